/// A document's tokens with what the quote stage asks of them again and again: text, lowercase form,
/// capitalization, enclosing quote and sentence.
///
/// Every rule reader holds a view, and the extractor's state is copied into closures, so the tables live in one
/// shared instance: a copy of the view costs two reference counts, not one for each of its twenty arrays and
/// lexicon tables.
struct TokenView {
    private let tables: Tables
    /// Index of the marked span a token lies in (marks included), or -1.
    var quoteOf: [Int]

    var document: Document { _read { yield tables.document } }
    var lexicon: QuoteLexicon { _read { yield tables.lexicon } }
    /// Token text.
    var words: [String] { _read { yield tables.words } }
    /// Lowercased token text with `’` folded to `'`.
    var lower: [String] { _read { yield tables.lower } }
    /// Index of the sentence a token belongs to.
    var sentenceOf: [Int] { _read { yield tables.sentenceOf } }
    /// Whether a token is a word starting with an uppercase letter.
    var capitalized: [Bool] { _read { yield tables.capitalized } }
    /// What each token can be in a speaker phrase, from the speaker-word list.
    var wordKinds: [QuoteLexicon.WordKind?] { _read { yield tables.wordKinds } }
    /// The token's id in the lexicon's vocabulary when speech cues start with its word (checked in full by
    /// ``cue(at:within:)``), else -1.
    var cueStarts: [TermTable.ID] { _read { yield tables.cueStarts } }
    /// What each token is, read once from its bytes and its lexicon entry, so the rules test bits instead of
    /// hashing and comparing strings.
    var traits: [WordTraits] { _read { yield tables.traits } }

    private final class Tables {
        let document: Document
        let lexicon: QuoteLexicon
        let words: [String]
        let lower: [String]
        let sentenceOf: [Int]
        let capitalized: [Bool]
        let wordKinds: [QuoteLexicon.WordKind?]
        let cueStarts: [TermTable.ID]
        let traits: [WordTraits]
        let wrappedHyphens: Set<Int>

        init(
            document: Document, lexicon: QuoteLexicon, words: [String], lower: [String], sentenceOf: [Int],
            capitalized: [Bool], wordKinds: [QuoteLexicon.WordKind?], cueStarts: [TermTable.ID], traits: [WordTraits],
            wrappedHyphens: Set<Int>
        ) {
            self.document = document
            self.lexicon = lexicon
            self.words = words
            self.lower = lower
            self.sentenceOf = sentenceOf
            self.capitalized = capitalized
            self.wordKinds = wordKinds
            self.cueStarts = cueStarts
            self.traits = traits
            self.wrappedHyphens = wrappedHyphens
        }
    }

    init(document: Document, bytes: UnsafeBufferPointer<UInt8>, lexicon: QuoteLexicon) {
        let count = document.tokens.count
        var words: [String] = []
        var lower: [String] = []
        var capitalized: [Bool] = []
        var wordKinds: [QuoteLexicon.WordKind?] = []
        var cueStarts: [TermTable.ID] = []
        var traits: [WordTraits] = []
        traits.reserveCapacity(count)
        words.reserveCapacity(count)
        lower.reserveCapacity(count)
        capitalized.reserveCapacity(count)
        wordKinds.reserveCapacity(count)
        cueStarts.reserveCapacity(count)
        // Everything asked of every token many times is computed here, once, from the bytes.
        for token in document.tokens {
            let raw = UnsafeBufferPointer(rebasing: bytes[token.span.utf8])
            words.append(String(decoding: raw, as: UTF8.self))
            let first = raw.first ?? 0
            let isASCII = raw.allSatisfy { $0 < 0x80 }
            // Most words have no capital: their lowercase form is the word itself, shared rather than rebuilt.
            var folded: String = isASCII
                ? raw.contains(where: TextBytes.isASCIIUpper) ? String(unsafeUninitializedCapacity: raw.count) { buffer in
                    for (index, byte) in raw.enumerated() { buffer[index] = TextBytes.asciiLowercased(byte) }
                    return raw.count
                } : words[words.count - 1]
                : token.kind == .punctuation ? Self.foldedPunctuation(raw, words[words.count - 1])
                : StanceLexicon.normalize(words[words.count - 1])
            if token.kind == .word, raw.count <= 7, raw.contains(UInt8(ascii: "'")) || !isASCII,
               let pronoun = Self.contractedPronoun(folded) {
                folded = pronoun
            }
            lower.append(folded)
            capitalized.append(token.kind == .word
                && (isASCII ? TextBytes.isASCIIUpper(first) : words[words.count - 1].unicodeScalars.first!.properties.isUppercase))
            var copy = folded
            let (id, shape, kind) = copy.withUTF8 { bytes in
                let id = lexicon.vocabulary.lookup(bytes)
                let kind = id.flatMap { lexicon.vocabularyKinds[Int($0)] }
                    ?? (token.kind == .word ? Self.unlistedKind(bytes, isASCII: isASCII, capitalized: TextBytes.isASCIIUpper(first), lexicon: lexicon) : nil)
                return (id, WordTraits.shape(of: bytes), kind)
            }
            let listed = id.map { lexicon.vocabularyTraits[Int($0)] } ?? []
            traits.append(listed.contains(.notAdverbInLy) ? shape.subtracting(.adverb).union(listed) : shape.union(listed))
            // "AP" and "AFP" are outlets; "Ap" in "Tomos Ap-Rhys" is part of a name.
            let listedKind = kind == .outlet && raw.count <= 3 && !raw.allSatisfy(TextBytes.isASCIIUpper) ? nil : kind
            wordKinds.append(listedKind ?? (token.kind == .word && raw.last == UInt8(ascii: ".") ? lexicon.kind(of: folded) : nil))
            cueStarts.append(id.flatMap { lexicon.vocabularyCues[Int($0)].isEmpty ? nil : $0 } ?? -1)
        }
        let wrapped = Self.wrappedHyphens(document.tokens, forms: lower, bytes: bytes)
        Self.unmarkHyphenatedNameParts(&wordKinds, lower: lower, capitalized: capitalized, tokens: document.tokens, wrapped: wrapped)
        Self.readHyphenatedRoles(&wordKinds, lower: lower, tokens: document.tokens, wrapped: wrapped, lexicon: lexicon)
        Self.markHyphenatedNameParts(&traits, words: words, capitalized: capitalized, tokens: document.tokens, wrapped: wrapped)
        Self.unmarkNamesEndingInEd(&traits, lower: lower, capitalized: capitalized, lexicon: lexicon)
        Self.unmarkMonthMay(&traits, lower: lower, capitalized: capitalized, tokens: document.tokens)
        var sentenceOf = Array(repeating: 0, count: count)
        for (index, sentence) in document.sentences.enumerated() {
            for token in sentence.tokens { sentenceOf[token] = index }
        }
        tables = Tables(
            document: document, lexicon: lexicon, words: words, lower: lower, sentenceOf: sentenceOf,
            capitalized: capitalized, wordKinds: wordKinds, cueStarts: cueStarts, traits: traits, wrappedHyphens: wrapped
        )
        quoteOf = Array(repeating: -1, count: count)
    }

    var count: Int { quoteOf.count }

    /// A punctuation mark has no case, so its folded form is itself, or the ASCII apostrophe for `’`: curly
    /// quotation marks and dashes are most of a news text's non-ASCII tokens, and lowercasing them as text
    /// cost more than all their other facts.
    private static func foldedPunctuation(_ raw: UnsafeBufferPointer<UInt8>, _ word: String) -> String {
        raw.count == 3 && raw[0] == 0xE2 && raw[1] == 0x80 && raw[2] == 0x99 ? "'" : word
    }

    /// The kind of an ASCII word the speaker-word list does not hold, from its form: a person compound or the
    /// plural of a listed role or body when lowercase, a title compound either way.
    private static func unlistedKind(
        _ lowercase: UnsafeBufferPointer<UInt8>, isASCII: Bool, capitalized: Bool, lexicon: QuoteLexicon
    ) -> QuoteLexicon.WordKind? {
        guard isASCII else { return nil }
        let lowercaseKind = capitalized ? nil : QuoteLexicon.compoundPersonKind(lowercase) ?? lexicon.pluralKind(lowercase)
        return lowercaseKind ?? QuoteLexicon.titleCompoundKind(lowercase) ?? QuoteLexicon.professionKind(lowercase)
    }

    /// "front-runner", "co-founder", "ex-minister": ICU splits a hyphenated compound into three tokens, so a role
    /// the list holds with its hyphen, or a listed role after a prefix that keeps it a role, marks all three; a
    /// speaker phrase then reads "Republican front-runner Ada Holm" as one title and name.
    private static func readHyphenatedRoles(
        _ kinds: inout [QuoteLexicon.WordKind?], lower: [String], tokens: [Token], wrapped: Set<Int>, lexicon: QuoteLexicon
    ) {
        var index = 1
        while index + 1 < tokens.count {
            defer { index += 1 }
            guard isGluedHyphen(index, forms: lower, tokens: tokens, wrapped: wrapped), tokens[index - 1].kind == .word, tokens[index + 1].kind == .word
            else { continue }
            // "brother-in-law", "mothers-in-law": the relation of the first word, over all five tokens.
            if lower[index + 1] == "in", let kin = kinds[index - 1], isInLaw(at: index, lower: lower, tokens: tokens) {
                for joined in (index - 1)...(index + 3) { kinds[joined] = kin }
                index += 3
                continue
            }
            let kind = lexicon.kind(of: lower[index - 1] + "-" + lower[index + 1])
                ?? (roleKeepingPrefixes.contains(lower[index - 1]) && kinds[index + 1] == .role ? .role : nil)
                ?? agentParticleKind(lower[index - 1], lower[index + 1])
            guard let kind else { continue }
            kinds[index - 1] = kind
            kinds[index] = kind
            kinds[index + 1] = kind
        }
    }

    /// "Chakraborty-Sen", "Ap-Rhys": a listed word (a role, an outlet) glued by a hyphen to a capitalized word the
    /// lexicon does not know is part of a double name, not a role of its own ("Vice-President" and "Ex-Minister"
    /// stay roles: "vice" and "ex" keep the role after them).
    private static func unmarkHyphenatedNameParts(
        _ kinds: inout [QuoteLexicon.WordKind?], lower: [String], capitalized: [Bool], tokens: [Token], wrapped: Set<Int>
    ) {
        guard tokens.count >= 3 else { return }
        for hyphen in 1..<(tokens.count - 1) where capitalized[hyphen - 1] && capitalized[hyphen + 1]
            && isGluedHyphen(hyphen, forms: lower, tokens: tokens, wrapped: wrapped) && (kinds[hyphen - 1] == nil) != (kinds[hyphen + 1] == nil) && !roleKeepingPrefixes.contains(lower[hyphen - 1]) {
            kinds[hyphen - 1] = nil
            kinds[hyphen + 1] = nil
        }
    }

    /// Whether "-in-law" follows the word before the hyphen at `hyphen`, every part glued to the next.
    private static func isInLaw(at hyphen: Int, lower: [String], tokens: [Token]) -> Bool {
        guard hyphen + 3 < tokens.count, isOneByte(lower[hyphen + 2], UInt8(ascii: "-")), lower[hyphen + 3] == "law" else { return false }
        return (hyphen + 1...hyphen + 3).allSatisfy { tokens[$0 - 1].span.utf8.upperBound == tokens[$0].span.utf8.lowerBound }
    }

    private static let roleKeepingPrefixes: WordSet = ["co", "ex", "vice"]

    /// "passer-by", "hanger-on", "runner-up", "passers-by": an agent noun in -er glued to a particle names a person
    /// (people when the noun is plural), so the particle is no preposition that ends a speaker phrase.
    private static func agentParticleKind(_ noun: String, _ particle: String) -> QuoteLexicon.WordKind? {
        guard agentParticles.contains(particle), noun.utf8.count >= 5, !nonAgentsInEr.contains(noun) else { return nil }
        if noun.hasSuffix("er") { return .role }
        return noun.hasSuffix("ers") && !nonAgentsInEr.contains(String(noun.dropLast())) ? .anonymous : nil
    }

    private static let agentParticles: WordSet = ["by", "on", "up", "in", "out", "off"]
    /// Words in -er that are no agent nouns but may be glued to a particle ("later-on", "other-in").
    private static let nonAgentsInEr: WordSet = [
        "after", "under", "over", "other", "ever", "never", "rather", "later", "upper", "inner", "outer", "lower",
        "either", "neither", "whether", "together", "hither", "thither", "further", "farther", "sooner", "longer",
    ]

    /// "she's", "they're", "we've": a subject pronoun with its auxiliary in one token reads as the pronoun, so
    /// "She's a member but concedes that …" has a subject to resolve ("'s" may also be "is", which changes
    /// nothing a speaker rule asks).
    static func contractedPronoun(_ folded: String) -> String? {
        let bytes = folded.utf8
        guard bytes.count <= 7, let apostrophe = bytes.firstIndex(of: UInt8(ascii: "'")) else { return nil }
        let base = String(folded.utf8[..<apostrophe])!
        let ending = String(folded.utf8[bytes.index(after: apostrophe)...])!
        return subjectPronouns.contains(base) && auxiliaryEndings.contains(ending) ? base : nil
    }

    static let subjectPronouns: WordSet = ["he", "she", "it", "they", "we", "i", "you"]
    /// The object pronouns for people, who may be told something ("told them", "promising us that …").
    static let personalObjects: WordSet = ["him", "her", "them", "us", "me", "you"]
    private static let objectRelatives: WordSet = ["that", "which", "what", "who", "whom"]
    private static let auxiliaryEndings: WordSet = ["s", "re", "ve", "d", "ll", "m"]

    /// The first token that starts at or after a UTF-8 offset.
    func token(atOrAfter offset: Int) -> Int {
        document.tokens.partitioningIndex { $0.span.utf8.lowerBound >= offset }
    }

    func isWord(_ index: Int) -> Bool {
        let kind = document.tokens[index].kind
        return kind == .word || kind == .number
    }

    func isCapitalized(_ index: Int) -> Bool { capitalized[index] }

    /// "Eun-ji Park", "Kim Jong-un": marks a short lowercase word glued after a capitalized word's hyphen, with a
    /// capitalized word after it (a given name first) or two before it (a family name first, "Moon Jae-in"), once,
    /// so the speaker readers need not test every lowercase word for it. English compound endings ("New
    /// York-based", "Cold War-era") are no syllables of a name.
    private static func markHyphenatedNameParts(
        _ traits: inout [WordTraits], words: [String], capitalized: [Bool], tokens: [Token], wrapped: Set<Int>
    ) {
        guard tokens.count >= 4 else { return }
        func familyNameFirst(_ index: Int) -> Bool {
            index >= 3 && capitalized[index - 3] && tokens[index - 3].kind == .word
                && tokens[index - 3].span.utf8.upperBound < tokens[index - 2].span.utf8.lowerBound
                && !compoundEndings.contains(words[index])
        }
        // The cheap tests on the hyphen and the capitals come first: this runs for every token.
        for index in 2..<tokens.count where capitalized[index - 2] && !capitalized[index]
            && isGluedHyphen(index - 1, forms: words, tokens: tokens, wrapped: wrapped) && tokens[index].kind == .word
            && (index + 1 == tokens.count || tokens[index].span.utf8.upperBound < tokens[index + 1].span.utf8.lowerBound
                || tokens[index + 1].kind != .word)
            && words[index].utf8.count <= 5 && words[index].utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
            && (index + 1 < tokens.count && capitalized[index + 1] || familyNameFirst(index)) {
            traits[index].insert(.hyphenatedNamePart)
        }
    }

    /// "Ahmed", "Samira Ahmed", "Dagny Evershed": a capitalized given name, or a capitalized word right after one,
    /// is a name whose "-ed" is no past tense, so "asked Samira Ahmed about the flood" holds no verb of a clause.
    private static func unmarkNamesEndingInEd(_ traits: inout [WordTraits], lower: [String], capitalized: [Bool], lexicon: QuoteLexicon) {
        for index in traits.indices where capitalized[index] && traits[index].contains(.ed)
            && (lexicon.givenNames[lower[index]] != nil || index > 0 && capitalized[index - 1] && lexicon.givenNames[lower[index - 1]] != nil) {
            traits[index].remove(.ed)
        }
    }

    /// "added two ferries to the route in May", "on May 4": the month is no modal, so a clause that holds it has no
    /// verb for it. A capitalized "May" after a preposition or before a day's number is the month; elsewhere (a
    /// sentence's first word, a headline) it stays the modal.
    private static func unmarkMonthMay(_ traits: inout [WordTraits], lower: [String], capitalized: [Bool], tokens: [Token]) {
        for index in 1..<max(1, tokens.count) where capitalized[index] && lower[index] == "may"
            && (traits[index - 1].contains(.preposition) || monthOpeners.contains(lower[index - 1])
                || index + 1 < tokens.count && tokens[index + 1].kind == .number) {
            traits[index].remove(.finiteVerb)
        }
    }

    /// Words other than prepositions that open a month as a time ("since May", "until May", "early May").
    private static let monthOpeners: WordSet = ["since", "until", "till", "early", "late", "mid", "last", "next", "this"]

    /// Words that end English compounds after a capitalized name ("Cold War-era", "New York-based").
    private static let compoundEndings: Set<String> = [
        "based", "born", "bred", "led", "run", "owned", "made", "era", "style", "like", "type", "class", "level",
        "scale", "wide", "area", "size", "sized", "free", "only", "old", "new", "long", "day", "week", "year",
    ]

    /// An em dash, en dash, horizontal bar ("WASHINGTON ― …", as some outlets set datelines) or "--".
    func isLongDash(_ index: Int) -> Bool {
        // Asked of many tokens: a long dash is no word and starts with "-" or the lead byte 0xE2, so most fail before hashing.
        guard !isWord(index), let first = words[index].utf8.first, first == UInt8(ascii: "-") || first == 0xE2 else { return false }
        return Self.longDashes.contains(words[index])
    }

    private static let longDashes: WordSet = ["—", "–", "―", "--"]

    /// Whether the token is exactly this one ASCII byte (",", ":", "-"): asked of every token by some passes,
    /// and cheaper than comparing strings.
    func isByte(_ index: Int, _ byte: UInt8) -> Bool { Self.isOneByte(words[index], byte) }

    /// Whether the token's lowercase form is `word`; false past either end of the text, which rules reading a
    /// neighbour need not test first. The lengths are compared first, inline: most tokens asked about differ in
    /// length, and a `String` comparison of unequal small strings is a call into the runtime.
    @inline(__always)
    func isLower(_ index: Int, _ word: String) -> Bool {
        guard index >= 0 && index < lower.count else { return false }
        let form = lower[index]
        return form.utf8.count == word.utf8.count && form == word
    }

    private static func isOneByte(_ word: String, _ byte: UInt8) -> Bool {
        let utf8 = word.utf8
        return utf8.count == 1 && utf8.first == byte
    }
    /// The tokens of a paragraph (an empty paragraph has none).
    func tokens(ofParagraph index: Int) -> Range<Int> {
        let sentences = document.paragraphs[index].sentences
        guard !sentences.isEmpty else { return 0..<0 }
        return document.sentences[sentences.lowerBound].tokens.lowerBound..<document.sentences[sentences.upperBound - 1].tokens.upperBound
    }

    /// A headline's line ("Ferry Firm Scraps Winter Timetable", "Jury Hears of “Reckless” Quarry Blast"): three or
    /// more words of four letters or more outside marks, every one capitalized, and no full stop. Its capitals say
    /// nothing about which words are names.
    func isTitleCased(_ sentence: Int) -> Bool {
        let tokens = document.sentences[sentence].tokens
        guard let last = tokens.last, !isByte(last, UInt8(ascii: ".")) else { return false }
        return capitalizedLongWords(sentence).map { $0 >= 3 } ?? false
    }

    /// How many words of four letters or more the sentence has outside quote marks, all capitalized; nil when one
    /// of them is lowercase.
    private func capitalizedLongWords(_ sentence: Int) -> Int? {
        var longWords = 0
        for index in document.sentences[sentence].tokens where quoteOf[index] < 0 && isWord(index) && words[index].utf8.count >= 4 {
            guard isCapitalized(index) else { return nil }
            longWords += 1
        }
        return longWords
    }

    /// Whether the token opens its sentence, where a capital says nothing about the word.
    func opensSentence(_ index: Int) -> Bool { document.sentences[sentenceOf[index]].tokens.lowerBound == index }

    /// "the American Jolene Pritchard", "Swiss Ana Souza", "Unseeded Dasha Kovalenko beat …": a word that describes
    /// the person whom a known given name and a capitalized word after it name is no part of the name: a nation's or
    /// region's word anywhere, a participle's ending where only the sentence's start gives it a capital. (A given
    /// name that looks so, "German", "Alfred", "Manning", is known as one.)
    /// A nation's word also describes a name of two words that nothing marks as a body's ("the Dutch Femke
    /// Oudshoorn", not "the Swiss Federal Railways").
    func describesNamedPerson(_ index: Int) -> Bool {
        guard index + 2 < count, capitalized[index + 1], capitalized[index + 2], sentenceOf[index + 2] == sentenceOf[index]
        else { return false }
        // "Dutch" and "German" are given names too, but none stands after "the".
        let givenName = lexicon.givenNames[lower[index]] != nil
        let nation = lexicon.isNationOrRegionWord(lower[index]) && (!givenName || index > 0 && isLower(index - 1, "the"))
        if lexicon.givenNames[lower[index + 1]] != nil {
            return nation || !givenName && has(index, [.ed, .ing]) && words[index].utf8.count > 5 && opensSentence(index)
        }
        return nation && wordKinds[index + 1] == nil && wordKinds[index + 2] == nil && isWord(index + 1) && isWord(index + 2)
            && !(index + 3 < count && capitalized[index + 3] && sentenceOf[index + 3] == sentenceOf[index])
    }

    /// "Sentencing Garside, the judge said …", "Thanking Okafor for …": a participle capitalized only because it
    /// opens the sentence, before the name it takes as object, which a comma or a preposition ends. Given names and
    /// short surnames that end in "-ing" ("Manning", "King", "Xing") stay names, as do places that open a body's
    /// name ("Kettering Records said").
    func isOpeningParticiple(_ index: Int) -> Bool {
        guard has(index, .ing), words[index].utf8.count > 5, index + 1 < count, capitalized[index + 1], opensSentence(index),
              lexicon.givenNames[lower[index]] == nil,
              let end = ((index + 2)..<min(count, index + 6)).first(where: { !capitalized[$0] })
        else { return false }
        return has(end, [.comma, .preposition])
    }

    /// A body word ("ministry", "union"), or "party", which the lexicon lists as a modifier for "party leader" but
    /// which ends a party's name ("the Coastal Party", "the Labour party").
    func isBodyWord(_ index: Int) -> Bool {
        // The kind, one table read, rules out nearly every token before a word is compared.
        wordKinds[index] == .org
            || wordKinds[index] == .modifier && isLower(index, "party") && (capitalized[index] || isPartyAfterItsName(index))
    }

    /// "Americans for Prosperity", "Doctors for Clean Air", "Parents for Safe Streets": a capitalized plural before
    /// "for" and a capitalized word names a body (an advocacy group or a campaign), as a body word would; so does any
    /// capitalized word there after a body noun in small letters ("the charity Food for Learning").
    func opensGroupName(before preposition: Int) -> Bool {
        let head = preposition - 1
        guard head >= 0, preposition + 1 < count, isLower(preposition, "for"), capitalized[head],
              has(head, .plural) || introducedAsBody(nameEndingAt: head),
              quoteOf[head] < 0, quoteOf[preposition + 1] < 0, !Self.agentsForOthers.contains(lower[head])
        else { return false }
        let next = isLower(preposition + 1, "the") && preposition + 2 < count ? preposition + 2 : preposition + 1
        guard capitalized[next], !has(next, [.dayWord, .notName]), document.tokens[next].kind == .word else { return false }
        // "the charity Action for Children": after a body noun, the words are a body's name whatever follows "for".
        if introducedAsBody(nameEndingAt: head) { return true }
        // "Lawyers for Ingrid Berg", "lawyers for Nordic Shipping", "Doctors for Norway": after "for" a person, a body
        // or a place is whom the group acts for; a cause ("Clean Air", "Prosperity") names the group.
        var end = next
        while end < min(count, next + 4) && capitalized[end] && quoteOf[end] < 0 { end += 1 }
        return lexicon.givenNames[lower[next]] == nil && !(next..<end).contains { isBodyWord($0) || wordKinds[$0] != nil }
            && !isPlace(phrase(next..<end)) && !isPlace(words[next])
    }

    /// "the charity Food for Learning", "campaign group Transport for All": whether the capitalized words ending at
    /// `last` follow a body noun in small letters, which says they name a body.
    private func introducedAsBody(nameEndingAt last: Int) -> Bool {
        var first = last
        while first > 0 && last - first < 3 && capitalized[first - 1] && !opensSentence(first) { first -= 1 }
        return first > 0 && !capitalized[first - 1] && wordKinds[first - 1] == .org && quoteOf[first - 1] < 0
    }

    /// People who act for someone else: "Lawyers for Berg" are Berg's lawyers, never a group of that name.
    private static let agentsForOthers: WordSet = [
        "lawyers", "attorneys", "solicitors", "barristers", "advisers", "advisors", "agents", "representatives",
        "negotiators", "spokesmen", "spokespeople", "aides", "accountants", "auditors", "consultants", "officials",
    ]

    /// "the Labour party", "the ruling Fidesz party", "the party said": a lowercase "party" after a capitalized
    /// name or an article is the party itself, unless a word of the lexicon follows it ("Labour party leader", "a
    /// party spokesman").
    private func isPartyAfterItsName(_ index: Int) -> Bool {
        index > 0 && (capitalized[index - 1] && !opensSentence(index - 1) || has(index - 1, .article))
            && !(index + 1 < count && document.tokens[index + 1].kind == .word && !capitalized[index + 1] && wordKinds[index + 1] != nil)
    }

    /// A lowercase word that is no pronoun and has none of `traits`: what the rules read as a plain noun,
    /// adjective or verb.
    func isPlainWord(_ index: Int, excluding traits: WordTraits) -> Bool {
        document.tokens[index].kind == .word && !capitalized[index] && wordKinds[index] != .pronoun && !has(index, traits)
    }

    /// Whether the token has any of `traits` (most calls name one).
    func isComma(_ index: Int) -> Bool { traits[index].contains(.comma) }

    func has(_ index: Int, _ traits: WordTraits) -> Bool { !self.traits[index].isDisjoint(with: traits) }

    func isPunctuation(_ index: Int, _ marks: String) -> Bool {
        document.tokens[index].kind == .punctuation && marks.contains(words[index])
    }

    /// The text from the start of one token to the end of another.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return string(at: span(range).utf8, lookingForBreaks: false).text
    }

    /// The words of a name, role or cue as one line: whitespace with a line break in it (hard-wrapped
    /// text) reads as one space.
    func phrase(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let (text, hasBreak) = string(at: span(range).utf8, lookingForBreaks: true)
        guard hasBreak else { return text }
        return Self.unwrapped(text)
    }

    /// A phrase across line breaks on one line: each run of white space becomes one space, except a line break
    /// after a word's hyphen, which goes ("Wambui-\nOtieno" is "Wambui-Otieno").
    private static func unwrapped(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        var pendingBreak = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
                if character.isNewline { pendingBreak = true }
                continue
            }
            if pendingSpace && !result.isEmpty {
                let joinsHyphen = pendingBreak && result.last == "-" && result.dropLast().last.map { $0.isLetter } == true
                if !joinsHyphen { result.append(" ") }
            }
            pendingSpace = false
            pendingBreak = false
            result.append(character)
        }
        return result
    }

    /// The document's text at the UTF-8 offsets, and whether it holds a line break. Asked for every quote, name and
    /// role: made from the document's bytes in place, since slicing the text by offsets aligns each index to a
    /// scalar first.
    private func string(at utf8: Range<Int>, lookingForBreaks: Bool) -> (text: String, hasBreak: Bool) {
        let made = document.text.utf8.withContiguousStorageIfAvailable { bytes in
            let words = UnsafeBufferPointer(rebasing: bytes[utf8])
            return (String(decoding: words, as: UTF8.self), lookingForBreaks && words.contains { $0 == 0x0A || $0 == 0x0D })
        }
        if let made { return made }
        let text = String(document[utf8: utf8])
        return (text, lookingForBreaks && text.utf8.contains { $0 == 0x0A || $0 == 0x0D })
    }

    /// The head word of a phrase that ends at `last`: the relation of "brother-in-law" (whose tokens the view
    /// reads as one relation word), otherwise the last word.
    func headWord(endingAt last: Int) -> String {
        guard last >= 4, isLower(last, "law"), isLower(last - 2, "in"), isGluedHyphen(last - 1), isGluedHyphen(last - 3),
              wordKinds[last] != nil, wordKinds[last] == wordKinds[last - 4]
        else { return lower[last] }
        return lower[last - 4]
    }

    /// "By Per Holm", "By Ana Lind and Tor Dahl, Fjord Post": a byline, a paragraph of its own that opens on "By"
    /// and holds only capitalized words, "and", commas and initials; the token after it when `start` opens one.
    /// It names who wrote the story, no one in it.
    func bylineEnd(_ start: Int) -> Int? {
        guard start + 1 < count, lower[start] == "by", opensSentence(start) else { return nil }
        let sentence = document.sentences[sentenceOf[start]]
        guard document.paragraphs[sentence.paragraph].sentences.count == 1, sentence.tokens.count <= 16 else { return nil }
        var words = sentence.tokens.dropFirst()
        while let last = words.last, isByte(last, UInt8(ascii: ".")) { words = words.dropLast() }
        let isBylineWord = { (index: Int) in
            self.capitalized[index] || self.isComma(index) || self.lower[index] == "and"
                || self.isByte(index, UInt8(ascii: ".")) && index > start + 1 && self.capitalized[index - 1]
        }
        guard let first = words.first, capitalized[first], words.allSatisfy(isBylineWord) else { return nil }
        return sentence.tokens.upperBound
    }

    /// "INDIANAPOLIS - ", "WASHINGTON (AP) — ", "LONDON, March 3 (Reuters) - ": a dateline opening a
    /// sentence (a place in capitals, an optional date and outlet, a dash); the token after its dash.
    func datelineEnd(_ start: Int) -> Int? {
        guard start < count else { return nil }
        if let stamp = clockStampEnd(start) { return stamp }
        // A word in capitals opens with one: the table rules out most openings before the letters are read.
        guard capitalized[start], TranscriptLabel.isInCapitals(words[start]) else { return nil }
        var index = start
        while index < min(count, start + 12) {
            if isByte(index, UInt8(ascii: "-")) || isLongDash(index) { return index > start ? afterHyphens(index + 1) : nil }
            guard quoteOf[index] < 0 else { return nil }
            index += 1
        }
        return nil
    }

    /// "DES MOINES -- …": the tokenizer splits a dash typed as two hyphens, whose second is still the dateline's.
    private func afterHyphens(_ index: Int) -> Int {
        var index = index
        while index < count && isByte(index, UInt8(ascii: "-")) { index += 1 }
        return index
    }

    /// Whether the token is a number of at most three digits, as an age set off after a name is ("Pia Lund, 62,").
    func isAge(_ index: Int) -> Bool {
        document.tokens[index].kind == .number && words[index].utf8.count <= 3
    }

    /// "10:05 — …", "9.40am - …", "14:12 GMT — …": a live report's time stamp and the dash after it; "10:42 Flood
    /// warnings …": a stamp of hours and minutes needs no dash before the capital that opens the entry.
    private func clockStampEnd(_ start: Int) -> Int? {
        // "9.40am" is one word to the tokenizer; most sentences open with a capital, ruled out first.
        let kind = document.tokens[start].kind
        guard kind == .number || kind == .word && !capitalized[start] && words[start].utf8.first.map(TextBytes.isASCIIDigit) == true
        else { return nil }
        var index = start + 1
        while index < min(count, start + 5) {
            if isLongDash(index) || isByte(index, UInt8(ascii: "-")) { return index + 1 < count ? index + 1 : nil }
            if index >= start + 3, capitalized[index], !TranscriptLabel.isInCapitals(words[index]), isHoursAndMinutes(start) { return index }
            guard quoteOf[index] < 0, document.tokens[index].kind == .number || isByte(index, UInt8(ascii: ":"))
                    || isByte(index, UInt8(ascii: ".")) || TranscriptLabel.isInCapitals(words[index]) || Self.clockSuffixes.contains(lower[index])
            else { return nil }
            index += 1
        }
        return nil
    }

    /// "10:42", "9.05": hours, a colon or point, and two digits of minutes.
    func isHoursAndMinutes(_ start: Int) -> Bool {
        start + 2 < count && document.tokens[start].kind == .number && words[start].utf8.count <= 2
            && (isByte(start + 1, UInt8(ascii: ":")) || isByte(start + 1, UInt8(ascii: ".")))
            && document.tokens[start + 2].kind == .number && words[start + 2].utf8.count == 2
    }

    private static let clockSuffixes: WordSet = ["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "h", "hrs"]

    /// A hyphen inside a word or name ("Kassym-Jomart"), not a dash between words ("INDIANAPOLIS - Ted").
    func isGluedHyphen(_ index: Int) -> Bool {
        Self.isGluedHyphen(index, forms: words, tokens: document.tokens, wrapped: tables.wrappedHyphens)
    }

    /// The lowercase word ending at `index`, with the word a glued hyphen joins to it ("start-up" at "up").
    func compound(endingAt index: Int) -> String {
        index >= 2 && isGluedHyphen(index - 1) ? lower[index - 2] + "-" + lower[index] : lower[index]
    }

    /// The same, while the view is being built: `forms` are the tokens' words in any case.
    /// A hyphen that `wrapped` holds ends a line inside a word ("Wambui-" at a line's end, "Otieno" on the next).
    private static func isGluedHyphen(_ index: Int, forms: [String], tokens: [Token], wrapped: Set<Int>) -> Bool {
        guard index > 0, index + 1 < tokens.count, isOneByte(forms[index], UInt8(ascii: "-")) else { return false }
        return tokens[index - 1].span.utf8.upperBound == tokens[index].span.utf8.lowerBound
            && (tokens[index].span.utf8.upperBound == tokens[index + 1].span.utf8.lowerBound || !wrapped.isEmpty && wrapped.contains(index))
    }

    /// Hard-wrapped text breaks lines after the hyphen of a compound or a double name ("Wambui-\nOtieno", as
    /// Python's `textwrap` does by default): a hyphen glued to a word before it, with one line break and nothing
    /// else before a word, still joins the two.
    private static func wrappedHyphens(_ tokens: [Token], forms: [String], bytes: UnsafeBufferPointer<UInt8>) -> Set<Int> {
        var wrapped: Set<Int> = []
        guard tokens.count >= 3 else { return wrapped }
        for index in 1..<(tokens.count - 1) where isOneByte(forms[index], UInt8(ascii: "-")) {
            let gap = tokens[index].span.utf8.upperBound..<tokens[index + 1].span.utf8.lowerBound
            guard !gap.isEmpty, gap.count <= 2, tokens[index - 1].kind == .word, tokens[index + 1].kind == .word,
                  tokens[index - 1].span.utf8.upperBound == tokens[index].span.utf8.lowerBound
            else { continue }
            let between = UnsafeBufferPointer(rebasing: bytes[gap])
            if between.elementsEqual([0x0A]) || between.elementsEqual([0x0D, 0x0A]) { wrapped.insert(index) }
        }
        return wrapped
    }

    /// An apostrophe outside any quote, written straight after the word before it ("Reuters' desk", "anglers' club"):
    /// a possessive's mark, not a quote mark.
    func isClosingApostrophe(_ index: Int) -> Bool {
        guard index > 0, document.tokens[index].kind == .punctuation, isByte(index, UInt8(ascii: "'")) || words[index] == "’", quoteOf[index] < 0
        else { return false }
        return document.tokens[index - 1].span.utf8.upperBound == document.tokens[index].span.utf8.lowerBound
    }

    func span(_ range: Range<Int>) -> TextSpan {
        let first = document.tokens[range.lowerBound].span
        let last = document.tokens[range.upperBound - 1].span
        return TextSpan(utf8: first.utf8.lowerBound..<last.utf8.upperBound, scalars: first.scalars.lowerBound..<last.scalars.upperBound)
    }

    /// Word tokens in a range.
    func wordCount(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (isWord($1) ? 1 : 0) }
    }

    /// Verbs of refusing or leaving undone before an infinitive cue ("declined to say", "failed to report"), and
    /// "yet", which leaves the words unsaid ("has yet to say whether …").
    private static let refusals = WordSet(
        ["decline", "refuse", "fail", "neglect", "omit", "forget"].flatMap(VerbForms.all) + ["forgot", "forgotten", "yet"]
    )

    /// Whether a name, in any case, is one of the lexicon's places.
    func isPlace(_ name: String) -> Bool { tables.lexicon.isPlace(name) }

    /// The cues of the lexicon whose first word is the token's, longest first.
    func cues(startingAt index: Int) -> [QuoteLexicon.Cue] {
        let id = cueStarts[index]
        return id < 0 ? [] : tables.lexicon.vocabularyCues[Int(id)]
    }

    /// The speech cue starting at `index`, if any, with its length in tokens.
    @inline(__always)
    func cue(at index: Int, within limit: Int) -> (cue: QuoteLexicon.Cue, length: Int)? {
        // Asked of nearly every token, many times over: most open no cue, which one table answers inline.
        guard tables.cueStarts[index] >= 0 || tables.traits[index].contains(.textReading) else { return nil }
        return cueOpening(at: index, within: limit)
    }

    private func cueOpening(at index: Int, within limit: Int) -> (cue: QuoteLexicon.Cue, length: Int)? {
        if has(index, .textReading) { return readsText(index) ? (Self.textReadingCue, 1) : nil }
        guard quoteOf[index] < 0 else { return nil }
        // A passive ("was told", "is tweeted") reports what someone heard, not who spoke; "didn't say",
        // "never said": words not said are not reported speech.
        // A form of "be" before an -ing cue is a progressive ("is saying"), still active.
        if index > 0 && (has(index - 1, .negator) || isPassive(index)) { return nil }
        // "declined to say how much …", "refused to comment", "accused of failing to declare", "neglected to mention":
        // what someone would not say, or did not, is not reported either.
        if index > 1 && isLower(index - 1, "to") && Self.refusals.contains(lower[index - 2]) { return nil }
        // "a vow", "her pledge", "the stated aim", "475 pledged delegates": after an article or a possessive a
        // cue form is a noun or an adjective, and so is a participle after a number.
        // So is one between a number word and a plural ("two alleged members of the gang").
        if index > 0 && (has(index - 1, [.article, .possessive]) || has(index, .ed) && document.tokens[index - 1].kind == .number
                         || has(index, .ed) && has(index - 1, .numberWord) && index + 1 < count && has(index + 1, .plural)
                         || isOwner(index - 1) || isNounAfterAdjective(index) || isObjectOfPerfect(index)) {
            return nil
        }
        if capitalized[index] && isSurname(index) { return nil }
        if isSoCalled(index) { return nil }
        guard let found = match(cues(startingAt: index), at: index, within: limit) else { return nil }
        // "Signe Moe and Per Dale": a source word capitalized inside a sentence is a name ("…, per ESPN" is not).
        if found.cue.kind == .source && capitalized[index] && !opensSentence(index) { return nil }
        if found.cue.kind == .naming && introducesName(index, after: index + found.length) { return nil }
        if found.cue.isBaseBeforeThat && !isBaseVerbBeforeThat(index) { return nil }
        if found.cue.isBaseBeforeName && !isBaseNamingVerb(index) { return nil }
        if found.cue.isBaseBeforeObject && !isBaseContentVerb(index) { return nil }
        // "Hospitals on alert as …", "in reply", "under review": a base form right after a preposition other than
        // "to" is a noun.
        if found.cue.isBase && index > 0 && has(index - 1, .preposition) && !isLower(index - 1, "to") { return nil }
        // "the volcanic alert level", "a formal protest": the base form after an article and a singular word is a
        // noun, since a singular subject takes no base form of a verb (after a preposition the phrase may end a
        // plural subject's modifier: "People briefed on the situation say"; so may a participle's object after a
        // plural: "Doctors treating the boy say"; and the object of a relative clause on a plural: "Nurses who signed
        // the letter say").
        if found.cue.isBase && index >= 2 && has(index - 2, .article) && !capitalized[index - 1]
            && !(index >= 3 && has(index - 3, .preposition)) && !(index >= 4 && has(index - 3, .ing) && has(index - 4, .plural))
            && !endsPluralRelativeClause(index - 1)
            && isPlainWord(index - 1, excluding: [.plural, .adverb, .negator, .ed, .irregularPast, .ing, .finiteVerb]) {
            return nil
        }
        if found.cue.isBase && endsHeadlinePassive(at: index + found.length) { return nil }
        // "Ministers ignored repeated warnings that …": a participle between a verb of its own and a noun of saying
        // is that noun's adjective ("He repeated warnings that …" keeps its verb).
        if has(index, .ed) && index > 0 && index + 1 < count && has(index + 1, .reportNoun)
            && has(index - 1, [.ed, .irregularPast]) && !has(index - 1, [.be, .auxiliary]) {
            return nil
        }
        return found
    }

    /// "A newly formed charity called Open Harbour ran …", "an outfit named Tidewater, which …": a participle of
    /// naming after a noun phrase that "a" or "an" opens introduces a name, which the sentence goes on after;
    /// nobody speaks.
    private func introducesName(_ index: Int, after name: Int) -> Bool {
        guard has(index, .ed), index >= 2, name < count, capitalized[name],
              let article = (max(0, index - 6)..<index).last(where: { isLower($0, "a") || isLower($0, "an") }),
              ((article + 1)..<index).allSatisfy({
                  document.tokens[$0].kind == .word && wordKinds[$0] != .pronoun
                      && !has($0, [.finiteVerb, .be, .auxiliary, .irregularPast, .relativePronoun, .clauseWord])
              })
        else { return false }
        var end = name
        while end < min(count, name + 5) && (capitalized[end] || document.tokens[end].kind == .number) && quoteOf[end] < 0 { end += 1 }
        return end < count && quoteOf[end] < 0 && (isComma(end) || has(end, [.finiteVerb, .ed, .irregularPast, .be]))
    }

    /// "Volcano alert raised as tremors increase", "Storm warning issued for …": a past participle right after a
    /// base form that ends its own phrase (a preposition, a subordinator, a comma or the sentence's end follows) is
    /// a passive whose subject the base form ends, so that form is a noun; the object a verb would take is missing.
    private func endsHeadlinePassive(at next: Int) -> Bool {
        guard next < count, quoteOf[next] < 0, !capitalized[next], has(next, [.ed, .irregularPast]) else { return false }
        let after = next + 1
        return after == count || sentenceOf[after] != sentenceOf[next] || isComma(after)
            || has(after, [.preposition, .subordinator])
    }

    /// "Dr. Omar Said, the hospital's director, said …", "Omar Said told …", "Mr. Tell told the jury", "“…,” Tell
    /// told the jury": a capitalized cue form mid-sentence right before a lowercase cue, or after a title, a given
    /// name or two capitalized words ("Fire Chief Brannock Tell warned …") and before a comma or a full stop, is a
    /// family name (a headline's "Lund Says He Will Stay", "Trevor Noah Says." and "Brennan Praises pipeline" keep
    /// their cue).
    private func isSurname(_ index: Int) -> Bool {
        guard index >= 1, index + 1 < count, !opensSentence(index) else { return false }
        // "“…,” Tell told the jury": right before a lowercase verb of saying, a capitalized word is its subject.
        if isWord(index + 1) && !capitalized[index + 1] && !cues(startingAt: index + 1).isEmpty { return true }
        // "Mr. Tell", "Ms Tell": after a title.
        let title = index >= 2 && isPunctuation(index - 1, ".") ? index - 2 : index - 1
        let afterTitle = capitalized[title] && SentenceRules.isTitle(words[title])
        guard afterTitle || capitalized[index - 1] else { return false }
        // "The harbour master, Ottokar Tell, closed …": two capitalized words set off by commas are a name.
        if index >= 2 && isComma(index - 2) && isComma(index + 1) { return true }
        let afterGivenName = lexicon.givenNames[lower[index - 1]] != nil
        guard afterTitle || afterGivenName || index >= 2 && capitalized[index - 2] && !opensSentence(index - 1) else { return false }
        // "a welder, Ansel Tell.": a full stop after a title or a given name ends the name's sentence, outside a
        // headline in title case ("…, Trevor Noah Says.").
        return isComma(index + 1)
            || isPunctuation(index + 1, ".") && (followsInvertedCue(nameEndingAt: index)
                || (afterTitle || afterGivenName) && capitalizedLongWords(sentenceOf[index]) == nil)
    }

    /// "“…,” said Fire Chief Brannock Tell.": the capitalized words before `index` follow a lowercase cue form.
    private func followsInvertedCue(nameEndingAt index: Int) -> Bool {
        guard let before = (max(0, index - 5)..<index).last(where: { !capitalized[$0] }) else { return false }
        return isWord(before) && !cues(startingAt: before).isEmpty
    }

    /// "which its backers call “…”", "what they call “…”": a naming verb's base form right after a plural or a
    /// plural pronoun, with words in marks a few words on (``cue(at:within:)`` has ruled out an owner before it:
    /// "the tenants' call").
    private func isBaseNamingVerb(_ index: Int) -> Bool {
        followsPluralSubject(index) && ((index + 1)..<min(count, index + 5)).contains { quoteOf[$0] >= 0 }
    }

    /// "Campaigners urge ministers to …", "They accuse the board of …": a content verb's base form after a plural
    /// subject, before an object that a determiner, a possessive, a plural or a name opens.
    private func isBaseContentVerb(_ index: Int) -> Bool {
        let next = index + 1
        guard followsPluralSubject(index), next < count, quoteOf[next] < 0 else { return false }
        return has(next, [.article, .determiner, .possessive, .plural]) || capitalized[next] || Self.personalObjects.contains(lower[next])
    }

    /// Whether a lowercase base form follows a plural or a plural pronoun, which may be its subject.
    private func followsPluralSubject(_ index: Int) -> Bool {
        index > 0 && !capitalized[index] && (has(index - 1, .plural) || Self.pluralSubjectPronouns.contains(lower[index - 1]))
    }

    private static let pluralSubjectPronouns: WordSet = ["they", "we", "you", "i"]

    /// "Residents who live near the quarry claim that …": a relative clause after a plural, with no comma, may end
    /// right before the verb of that plural.
    private func endsPluralRelativeClause(_ last: Int) -> Bool {
        guard last >= 1, let who = (max(1, last - 8)...last).last(where: { isLower($0, "who") }), has(who - 1, .plural) else { return false }
        return !((who + 1)..<(last + 1)).contains { isComma($0) || quoteOf[$0] >= 0 }
    }

    /// "as the old saying goes", "the stark warning was": an -ing form after an article or a possessive and a plain
    /// word is a noun when a verb of its own follows ("a statement saying …" keeps its participle).
    private func isNounAfterAdjective(_ index: Int) -> Bool {
        index >= 2 && index + 1 < count && has(index, .ing) && has(index - 2, [.article, .possessive]) && wordKinds[index - 1] == nil
            && Self.verbsAfterSubject.contains(lower[index + 1])
            && isPlainWord(index - 1, excluding: [.determiner, .possessive, .preposition, .clauseWord, .plural, .be, .auxiliary, .finiteVerb, .ing, .ed])
    }

    private static let verbsAfterSubject: WordSet = ["goes", "went", "is", "was", "has", "had"]

    /// "has rejected calls for an election", "have dismissed claims that …", "had long ignored warnings": an -s form
    /// right after the participle of a perfect is that verb's object, a plural noun, not a verb of its own.
    private func isObjectOfPerfect(_ index: Int) -> Bool {
        guard index >= 2, has(index, .plural), has(index - 1, [.ed, .irregularPast]) else { return false }
        if Self.perfectAuxiliaries.contains(lower[index - 2]) { return true }
        return index >= 3 && has(index - 2, [.adverb, .intervener]) && Self.perfectAuxiliaries.contains(lower[index - 3])
    }

    private static let perfectAuxiliaries: WordSet = ["has", "have", "had", "'ve", "'d"]

    /// Whether the token at `index` is the "called" of "so-called" ("the so-called “night of poets”"): an adjective,
    /// which names nothing and reports nothing.
    func isSoCalled(_ index: Int) -> Bool {
        index >= 2 && isLower(index, "called") && isByte(index - 1, UInt8(ascii: "-")) && isLower(index - 2, "so")
    }

    /// "Critics note that the …", "They reply that he …": a lowercase base form after a subject it may follow (a
    /// plural, a pronoun, a name, an adverb, a modal or "to"), with a clause after "that" ("repeat that mistake"
    /// has a determiner "that"); or set off with its subject inside a clause ("Cod, they note, are moving north").
    private func isBaseVerbBeforeThat(_ index: Int) -> Bool {
        guard index > 0, index + 1 < count, !capitalized[index] else { return false }
        let before = index - 1
        // "…, promising that …": a participle after a comma has its subject in the clause before.
        if has(index, .ing) && !isComma(before) { return false }
        // "The authors write that …, but caution that …": after "and" or "but" the form shares the subject before.
        let subject = has(index, .ing) || has(before, [.plural, .adverb, .intervener, .finiteVerb, .andBut]) || wordKinds[before] == .pronoun
            || Self.subjectPronouns.contains(lower[before]) || isLower(before, "to")
            || capitalized[before] && (!opensSentence(before) || isNameUsedBefore(before))
            || endsPluralRelativeClause(before) || isThirdPersonAfterSingular(index) || closesAsideAfterPluralSubject(before)
        // "The quota, skeptics say, was …", "…, Ilse Marnix claims, …", and at the sentence's end "…, prosecutors
        // allege.": set off with a subject of a few words.
        let endsSentence = isPunctuation(index + 1, ".!?") && sentenceOf[index + 1] == sentenceOf[index]
            && (index + 2 == count || sentenceOf[index + 2] != sentenceOf[index])
        if isComma(index + 1) || endsSentence, let open = (max(0, index - 5)..<(index - 1)).last(where: { isComma($0) }),
           ((open + 1)..<index).allSatisfy({ document.tokens[$0].kind == .word }) {
            return subject
        }
        guard index + 2 < count else { return false }
        // "The code states: “…”", "Ortega notes: “…”": before a colon and words in marks, after its subject.
        // So after a numbered provision ("Section 9 states: “…”").
        if isPunctuation(index + 1, ":") && quoteOf[index + 2] >= 0 {
            return subject || document.tokens[before].kind == .number && before > 0 && capitalized[before - 1]
        }
        // "is right to note, however, that …": a short aside set off by commas may stand before the "that".
        // "They claim the quota will …", "a quota they claim will …": right after a subject pronoun the form is the
        // verb, before the verb of the clause it leaves its subject out of, or before a clause with a verb of its
        // own ("they claim their pensions at sixty" reports nothing). So is a base form after a plural subject
        // ("Porters who saw it claim the manager locked …").
        let next = index + 1
        if Self.subjectPronouns.contains(lower[before])
            || !lower[index].hasSuffix("s") && (has(before, .plural) || endsPluralRelativeClause(before)), !has(index, .ing) {
            if has(next, .finiteVerb) { return true }
            // "the first thing that I recommend you do is …": in a relative clause the verb's object is the gap.
            let relative = before > 0 && Self.objectRelatives.contains(lower[before - 1])
            if !relative && (has(next, [.determiner, .possessive]) || Self.subjectPronouns.contains(lower[next])) {
                let reach = min(count, next + 10)
                let clauseEnd = (next..<reach).first { has($0, .phraseEnder) } ?? reach
                if ((next + 1)..<clauseEnd).contains(where: { has($0, [.finiteVerb, .irregularPast, .ed]) }) {
                    return true
                }
            }
        }
        var that = index + 1
        if isComma(that), index + 2 < count - 2, let closing = ((index + 2)..<min(count - 2, index + 6)).first(where: { isComma($0) }),
           closing > index + 2, ((index + 2)..<closing).allSatisfy({ document.tokens[$0].kind == .word }) {
            that = closing + 1
        }
        // "…, promising Iowa farmers that …": a participle's addressee, up to three words ending on people, before it.
        if has(index, .ing), !isLower(that, "that"), index + 3 < count,
           let found = ((index + 2)..<min(count - 1, index + 5)).first(where: { isLower($0, "that") }),
           ((index + 1)..<found).allSatisfy({ document.tokens[$0].kind == .word && !has($0, [.finiteVerb, .be, .auxiliary]) }),
           has(found - 1, .plural) || [.anonymous, .role].contains(wordKinds[found - 1]) || Self.personalObjects.contains(lower[found - 1]) {
            that = found
        }
        guard isLower(that, "that") else { return false }
        let after = that + 1
        let clause = has(after, [.determiner, .possessive]) || Self.subjectPronouns.contains(lower[after]) || isLower(after, "there")
            || capitalized[after] || document.tokens[after].kind == .number || Self.negativeSubjects.contains(lower[after])
            || opensWithBarePlural(after)
        return subject && clause
    }

    /// "… claims that managers used the footage", "… notes that prices will rise": a bare plural and its verb open the
    /// clause as a determiner does.
    private func opensWithBarePlural(_ index: Int) -> Bool {
        index + 1 < count && has(index, .plural) && !capitalized[index] && has(index + 1, [.finiteVerb, .irregularPast, .ed])
    }

    /// "Ilse Ortega runs the mill. … Ortega claims that …": a capitalized word that opens its sentence is a name when
    /// the text used it capitalized inside an earlier sentence ("Mining claims that …" opens on a noun).
    private func isNameUsedBefore(_ index: Int) -> Bool {
        (max(0, index - Self.nameReach)..<index).contains { capitalized[$0] && !opensSentence($0) && lower[$0] == lower[index] }
    }

    /// How far back, in tokens, ``isNameUsedBefore(_:)`` looks.
    private static let nameReach = 3000

    /// Words that open a clause's subject as a determiner does ("The code states that no vessel may …").
    private static let negativeSubjects: WordSet = ["no", "nobody", "none", "nothing", "every", "each", "everyone", "everybody"]

    /// "The authors, led by Ines Varga, conclude that …", "Critics, however, claim …": the comma at `comma` closes a
    /// phrase set off after a plural subject, so the base form after it is that subject's verb.
    private func closesAsideAfterPluralSubject(_ comma: Int) -> Bool {
        guard isComma(comma), comma >= 3, let open = (max(1, comma - 9)..<(comma - 1)).last(where: { isComma($0) }) else { return false }
        return (has(open - 1, .plural) || isLower(open - 1, "they"))
            && ((open + 1)..<comma).allSatisfy { document.tokens[$0].kind == .word && !has($0, [.finiteVerb, .be]) || isGluedHyphen($0) }
    }

    /// "The report claims that …", "the lawsuit alleges that …": an -s form after a singular noun that its determiner
    /// opens is that noun's verb.
    /// A noun may stand before the head ("the harbour survey states that …").
    private func isThirdPersonAfterSingular(_ index: Int) -> Bool {
        guard index >= 2, lower[index].hasSuffix("s") else { return false }
        let excluded: WordTraits = [.plural, .adverb, .negator, .ed, .irregularPast, .ing, .finiteVerb]
        let first = index >= 3 && !has(index - 2, [.article, .determiner, .possessive]) && isPlainWord(index - 2, excluding: excluded)
            ? index - 2 : index - 1
        return has(first - 1, [.article, .determiner, .possessive]) && (first..<index).allSatisfy { isPlainWord($0, excluding: excluded) }
    }

    /// "the mayor's warning", "Berg's pledge": a word in the possessive that is no contraction of a pronoun and
    /// "is" ("he's saying", "that's").
    private func isOwner(_ index: Int) -> Bool {
        guard document.tokens[index].kind == .word, let ending = SpeakerName.possessiveEnding(of: words[index]),
              wordKinds[index] != .pronoun
        else { return false }
        let owner = lower[index].dropLast(ending)
        return owner.contains(where: \.isLetter) && !Self.contractingPronouns.contains(String(owner))
    }

    static let contractingPronouns: WordSet = ["he", "she", "it", "that", "what", "who", "there", "here", "where", "let"]

    /// "read" as what a text says, words in marks only: "“…,” the statement read.", "A note from the family reads:".
    private static let textReadingCue = QuoteLexicon.Cue(words: ["read"], kind: .direct)

    /// Whether "read" at `index` has a written text for its subject: a lowercase "read" (not "Ian Read") with a
    /// text noun at most five words before it and no verb between ("A statement from the family read:"; not "He
    /// read the report"); or whether a pronoun right after words in marks reads them out ("“…,” she read.", and
    /// "“…,” it read." of a statement named before).
    private func readsText(_ index: Int) -> Bool {
        guard quoteOf[index] < 0, !capitalized[index] else { return false }
        if index >= 2, ["he", "she", "they", "it"].contains(lower[index - 1]), quoteOf[index - 2] >= 0 { return true }
        // "“Hands off our harbour,” read one placard.": inverted after the words in marks, the text follows.
        if index >= 1, quoteOf[index - 1] >= 0 || index >= 2 && isComma(index - 1) && quoteOf[index - 2] >= 0 {
            return (index + 1..<min(count, index + 4)).contains { has($0, .writtenText) && quoteOf[$0] < 0 }
        }
        var before = index - 1
        // "A sign taped to the ticket office read:": a participle and where the text was put may reach further back.
        while before >= 0 && index - before <= 8 && quoteOf[before] < 0 {
            if has(before, .writtenText) { return index - before <= 5 || before + 1 < index && has(before + 1, .ed) }
            if has(before, [.finiteVerb, .be, .auxiliary]) || document.tokens[before].kind == .punctuation { return false }
            before -= 1
        }
        return false
    }

    /// Subordinators after which a past participle is a passive with its subject left out ("when asked").
    private static let reducingSubordinators: WordSet = ["when", "whenever", "if", "once", "unless", "until", "while"]

    /// A cue form after a form of "be", with at most two adverbs between ("was told", "has been repeatedly
    /// criticized"), or a past participle right after a subordinator ("when asked"); not an -ing form ("is
    /// saying" is active).
    func isPassive(_ index: Int) -> Bool {
        guard !has(index, .ing) else { return false }
        var before = index - 1
        // "was first suggested by", "had never been told": adverbs of time and frequency stand inside the passive.
        while before > 0 && index - before <= 2 && (has(before, .adverb) || Self.passiveAdverbs.contains(lower[before])) { before -= 1 }
        // "when asked if she would resign", "if pressed": a past participle right after a subordinator is a
        // passive with its subject left out.
        // ("has since stressed" is active: "since" is an adverb there, and so is "once" after a subject: "he once told",
        // "Vossberg once told", "the mayor once told"; "laughed when asked" is a passive.)
        let reduced = before == index - 1 && before >= 0 && has(index, [.ed, .irregularPast]) && Self.reducingSubordinators.contains(lower[before])
            && !(before > 0 && isSubjectBefore(before - 1))
            // "…, once told him, “…”": a passive takes no personal object.
            && !(index + 1 < count && TokenView.personalObjects.contains(lower[index + 1]))
        return before >= 0 && (has(before, .be) || reduced)
    }

    /// A pronoun subject, a name or a noun for a person or body right before a subordinator.
    private func isSubjectBefore(_ index: Int) -> Bool {
        TokenView.subjectPronouns.contains(lower[index]) || capitalized[index] && !opensSentence(index)
            || [.role, .anonymous, .org].contains(wordKinds[index])
    }

    private static let passiveAdverbs: WordSet = ["also", "first", "never", "already", "later", "not", "just", "ever", "since"]

    /// The cue a passive form belongs to ("criticized" in "was criticized by …"), for the rule that gives the
    /// words to the agent after "by".
    func passiveCue(at index: Int, within limit: Int) -> (cue: QuoteLexicon.Cue, length: Int)? {
        let candidates = cues(startingAt: index)
        guard !candidates.isEmpty, quoteOf[index] < 0, isPassive(index),
              let found = match(candidates, at: index, within: limit), !found.cue.isBaseBeforeThat, !found.cue.isBaseBeforeName,
              !found.cue.isBaseBeforeObject
        else { return nil }
        return found
    }

    private func match(_ candidates: [QuoteLexicon.Cue], at index: Int, within limit: Int) -> (cue: QuoteLexicon.Cue, length: Int)? {
        for candidate in candidates {
            let length = candidate.words.count
            guard index + length <= limit else { continue }
            if (0..<length).allSatisfy({ lower[index + $0] == candidate.words[$0] && quoteOf[index + $0] < 0 }) {
                return (candidate, length)
            }
        }
        return nil
    }
}
