
/// One text at a time through the stance matcher: token facts first, then one matching pass over them.
///
/// A scorer keeps one pass and reuses its memory from text to text: an array's per-append checks would cost
/// more than the lookups themselves. Being the object that owns that memory, the pass holds no references of
/// its own per text, so scoring a text retains nothing here.
final class StancePass: @unchecked Sendable {
    // Only the scorer that owns this object touches it, one call at a time, so the per-access exclusivity
    // checks Swift adds to class properties would only cost time on every token.
    let matcher: StanceMatcher
    /// The text being scored, valid from ``begin(_:)`` to ``stance(valence:)``.
    @exclusivity(unchecked) private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    @exclusivity(unchecked) private var wordCount = 0

    @exclusivity(unchecked) private var facts = UnsafeMutablePointer<TokenFacts>.allocate(capacity: 64)
    @exclusivity(unchecked) private var capacity = 64
    @exclusivity(unchecked) private var factCount = 0
    /// The indices of the facts that may start a match, so matching visits only those.
    @exclusivity(unchecked) private var candidates = UnsafeMutablePointer<Int32>.allocate(capacity: 64)
    @exclusivity(unchecked) private var candidateCount = 0
    /// Tokens of a non-ASCII text, from ICU, and ICU's word iterator, opened for the first such text.
    @exclusivity(unchecked) private var tokens: [Token] = []
    @exclusivity(unchecked) private var iterator: BreakIterator?
    /// A token normalized for lookup, when it is not short ASCII.
    @exclusivity(unchecked) private var folded: [UInt8] = []
    private let categoryCount: Int
    /// Per category: where its last match ended, and the first token a new match may use. Raw memory: every
    /// text that matched resets them, and an array would check its uniqueness on each of those writes.
    private let lastMatchEnd: UnsafeMutablePointer<Int>
    private let covered: UnsafeMutablePointer<Int>
    /// For each category matched from the current token (at most one per category), the longest entry and
    /// its last token.
    private let best: UnsafeMutablePointer<(entry: Int32, end: Int)>
    /// Whether matching may have written the category state since it was last reset (it starts unset, so
    /// the first text resets it).
    @exclusivity(unchecked) private var categoryStateIsDirty = true
    @exclusivity(unchecked) private var bestCount = 0
    /// The matches of the current text, handed over with its stance.
    @exclusivity(unchecked) private var evidence: [StanceEvidence] = []
    /// Other-pronoun matches of the current text, and whether it has a "we" they could be set against.
    @exclusivity(unchecked) private var otherPronounMatches = 0
    @exclusivity(unchecked) private var hasOurSide = false
    /// Whether the current text is a headline in title case or written in capitals, once a match asked.
    @exclusivity(unchecked) private var capitalizedText: Bool?
    /// Whether the text is a reported clause, whose "would" reports a future ("said the plant would close").
    @exclusivity(unchecked) private var isReportedClause = false

    init(matcher: StanceMatcher) {
        self.matcher = matcher
        categoryCount = matcher.categoryNames.count
        lastMatchEnd = .allocate(capacity: categoryCount)
        covered = .allocate(capacity: categoryCount)
        best = .allocate(capacity: categoryCount)
    }

    deinit {
        facts.deallocate()
        candidates.deallocate()
        lastMatchEnd.deallocate()
        covered.deallocate()
        best.deallocate()
    }

    /// The pass's own word iterator: a scorer's texts are short, and the shared pool would lock for each.
    private func wordIterator() throws(SegmentationError) -> BreakIterator {
        if let iterator { return iterator }
        let opened = try BreakIterator(kind: .word, locale: "en")
        iterator = opened
        return opened
    }

    /// Starts a text: empties the facts and the category state. `reported` marks a reported clause.
    func begin(_ bytes: UnsafeBufferPointer<UInt8>, reported: Bool = false) {
        self.bytes = bytes
        isReportedClause = reported
        wordCount = 0
        factCount = 0
        candidateCount = 0
        otherPronounMatches = 0
        hasOurSide = false
        capitalizedText = nil
        // A text whose tokenizing failed was matched but never handed over.
        if !evidence.isEmpty { evidence = [] }
        // Only matching writes the category state, and most texts have nothing to match.
        guard categoryStateIsDirty else { return }
        categoryStateIsDirty = false
        for index in 0..<categoryCount {
            lastMatchEnd[index] = Int.min
            covered[index] = 0
        }
    }

    @inline(__always)
    private func fact(_ index: Int) -> TokenFacts {
        assert(index >= 0 && index < factCount)
        return facts[index]
    }

    /// Appends a fact, and its index to the candidates when `mayStartMatch` (written either way and kept or
    /// not by the count, which spares a branch).
    @inline(__always)
    private func append(_ fact: TokenFacts, mayStartMatch: Bool) {
        if factCount == capacity { grow() }
        (facts + factCount).initialize(to: fact)
        candidates[candidateCount] = Int32(truncatingIfNeeded: factCount)
        // Counts of tokens in memory cannot overflow.
        candidateCount &+= mayStartMatch ? 1 : 0
        factCount &+= 1
    }

    private func grow() {
        let larger = UnsafeMutablePointer<TokenFacts>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: facts, count: factCount)
        facts.deallocate()
        facts = larger
        let largerCandidates = UnsafeMutablePointer<Int32>.allocate(capacity: capacity * 2)
        largerCandidates.moveInitialize(from: candidates, count: candidateCount)
        candidates.deallocate()
        candidates = largerCandidates
        capacity *= 2
    }

    // MARK: - Token facts

    /// Adds the tokens of an ASCII text from the valence pass's tokens (whitespace-separated, edge punctuation
    /// stripped, looked up in ``StanceMatcher/scoringLexicon``), so most words need no segmentation and no
    /// lookup of their own. Returns false, having added only part of the text, when stripped punctuation holds
    /// `@` or `_`, which ICU joins to the word beside them; the caller then tokenizes the text itself.
    func appendTokens(from valenceTokens: UnsafeBufferPointer<ValenceToken>) -> Bool {
        var gapStart = 0
        for token in valenceTokens {
            // Most gaps are one space (or nothing, before the first token).
            if token.start > gapStart && (token.start != gapStart + 1 || bytes[gapStart] != UInt8(ascii: " ")) {
                guard appendGap(gapStart..<token.start) else { return false }
            }
            appendWords(of: token)
            gapStart = token.end
        }
        return gapStart == bytes.count || appendGap(gapStart..<bytes.count)
    }

    /// Whitespace and the punctuation VADER stripped: every byte that is a token is one by itself, since the
    /// ICU rules join punctuation only between letters or digits.
    private func appendGap(_ range: Range<Int>) -> Bool {
        for offset in range {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "@") || byte == UInt8(ascii: "_") { return false }
            appendSingleASCII(at: offset)
        }
        return true
    }

    /// A VADER token's ICU tokens: when it is one ICU word (nearly always: letters and digits, or a
    /// contraction), its facts come from the valence pass's lookup.
    @inline(__always)
    private func appendWords(of token: ValenceToken) {
        let range = token.start..<token.end
        if range.count == 1 { return appendSingleASCII(at: range.lowerBound) }
        guard let word = token.lowered else { return appendSegments(of: range) }
        if word.isWordCharacters {
            return add(wordFacts(range, word, valenceID: token.id))
        }
        if word.isWordWithJoiners {
            var fact = wordFacts(range, word, valenceID: token.id)
            if word.containsApostrophe && word.withBytes(StanceContext.endsWithContractedNot) { fact.flags.insert(.negator) }
            return add(fact)
        }
        appendSegments(of: range)
    }

    @inline(__always)
    private func wordFacts(_ range: Range<Int>, _ word: ShortASCIIToken, valenceID: TermTable.ID) -> TokenFacts {
        var fact = TokenFacts(ascii: range, known: matcher.facts(valenceID: valenceID), key: word.count >= 3 ? word.firstThreeBytes : 0)
        fact.flags.insert(.word)
        return fact
    }

    /// The ICU tokens of a VADER token that is not one word (`we,` `:-)` `so-called`), or over sixteen bytes.
    /// Out of line: it is rare, and inlined it would give every word a large stack frame.
    @inline(never)
    private func appendSegments(of range: Range<Int>) {
        // Most are one word with punctuation at its ends (`we,` `(us` `:-)`), which VADER keeps whole when the
        // word is short: the punctuation is one token per byte, and no join reaches past the word's ends.
        var first = range.lowerBound
        while first < range.upperBound && !ASCIIWords.isWordCharacter(bytes[first]) { first += 1 }
        var last = range.upperBound
        while last > first && !ASCIIWords.isWordCharacter(bytes[last - 1]) { last -= 1 }
        if bytes[first..<last].allSatisfy(ASCIIWords.isWordCharacter) {
            for offset in range.lowerBound..<first { appendSingleASCII(at: offset) }
            if first < last { appendASCII(first..<last) }
            for offset in last..<range.upperBound { appendSingleASCII(at: offset) }
            return
        }
        let base = range.lowerBound
        ASCIIWords.forEachSegment(in: UnsafeBufferPointer(rebasing: bytes[range])) { utf8, _, _ in
            appendASCII(base + utf8.lowerBound..<base + utf8.upperBound)
        }
    }

    /// Adds a token of ASCII text: one-byte tokens take all their facts from a table, and longer ones are
    /// always words or numbers.
    @inline(__always)
    func appendASCII(_ range: Range<Int>) {
        if range.count == 1 { return appendSingleASCII(at: range.lowerBound) }
        var fact = lookUp(TextSpan(utf8: range, scalars: range))
        fact.flags.insert(.word)
        add(fact)
    }

    @inline(__always)
    private func appendSingleASCII(at offset: Int) {
        guard let known = matcher.singleASCIIToken[Int(bytes[offset])] else { return }
        add(TokenFacts(ascii: offset..<offset + 1, known: known, key: 0))
    }

    /// Adds the tokens of a text whose characters beyond ASCII are all marks ``ASCIIWords`` handles (curly quotes,
    /// dashes): the tokens ICU would give, without ICU.
    func appendTokensOfSimpleText() {
        ASCIIWords.forEachToken(in: bytes) { append($0) }
    }

    /// Adds the tokens of a text that is not all ASCII, from ICU.
    func appendTokensWithICU() throws(SegmentationError) {
        tokens.removeAll(keepingCapacity: true)
        try Tokenizer.appendTokens(in: bytes, to: &tokens, iterator: wordIterator())
        for token in tokens { append(token) }
    }

    /// Adds any token, with the flags its kind implies.
    func append(_ token: Token) {
        let span = token.span
        var fact = lookUp(span)
        fact.flags.formUnion(StanceContext.flags(of: token.kind, firstByte: bytes[span.utf8.lowerBound], length: span.utf8.count))
        add(fact)
    }

    @inline(__always)
    private func add(_ fact: TokenFacts) {
        wordCount &+= fact.flags.contains(.word) ? 1 : 0
        append(fact, mayStartMatch: matcher.mayStartMatch(flags: fact.flags, key: fact.key))
    }

    /// A token's facts from its lowercase form with `’` folded to `'`; short ASCII tokens (nearly all) are
    /// lowercased and hashed eight bytes at a time, one-byte ones read from a table.
    @inline(__always)
    private func lookUp(_ span: TextSpan) -> TokenFacts {
        let range = span.utf8
        if range.count == 1 && bytes[range.lowerBound] < 0x80 {
            return TokenFacts(span: span, known: matcher.singleByte[Int(bytes[range.lowerBound])], key: 0)
        }
        if let short = ShortASCIIToken(range, in: bytes) {
            let lowered = short.lowercased
            let negator = short.containsApostrophe && lowered.withBytes(StanceContext.endsWithContractedNot)
            return facts(span, id: matcher.words.lookup(lowered), negator: negator, key: range.count >= 3 ? lowered.firstThreeBytes : 0)
        }
        let key = range.count < 3 ? 0 : StanceLexicon.prefixKey(
            TextBytes.asciiLowercased(bytes[range.lowerBound]), TextBytes.asciiLowercased(bytes[range.lowerBound + 1]),
            TextBytes.asciiLowercased(bytes[range.lowerBound + 2]))
        if foldCaseInvariant(range) {
            return folded.withUnsafeBufferPointer { word in
                facts(span, id: matcher.words.lookup(word), negator: StanceContext.endsWithContractedNot(word), key: key)
            }
        }
        let token = UnsafeBufferPointer(rebasing: bytes[range])
        if matcher.vocabularyIsASCII && !Self.containsKelvinSign(token) {
            // Lowercasing keeps every other non-ASCII letter non-ASCII, so the word cannot be in the vocabulary.
            return facts(span, id: nil, negator: StanceContext.endsWithContractedNotIgnoringCase(token), key: key)
        }
        var normalized = StanceLexicon.normalize(String(decoding: token, as: UTF8.self))
        return normalized.withUTF8 { word in
            facts(span, id: matcher.words.lookup(word), negator: StanceContext.endsWithContractedNot(word), key: key)
        }
    }

    /// U+212A KELVIN SIGN, the one non-ASCII character whose lowercase is ASCII (`k`).
    private static func containsKelvinSign(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.count >= 3 else { return false }
        for index in 0...(token.count - 3) where token[index] == 0xE2 && token[index + 1] == 0x84 && token[index + 2] == 0xAA {
            return true
        }
        return false
    }

    /// Normalizes a token into the `folded` bytes as ``StanceLexicon/normalize(_:)`` would, when that
    /// takes no Unicode tables: ASCII lowercased, `’` folded to `'`, and general punctuation (curly quotes,
    /// dashes) and emoji copied, since they have no lowercase. False for any other character, which the caller
    /// leaves to `String`.
    private func foldCaseInvariant(_ range: Range<Int>) -> Bool {
        folded.removeAll(keepingCapacity: true)
        var offset = range.lowerBound
        while offset < range.upperBound {
            let lead = bytes[offset]
            let length: Int
            if lead < 0x80 {
                folded.append(TextBytes.asciiLowercased(lead))
                offset += 1
                continue
            } else if lead == 0xE2 && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x99 {
                folded.append(UInt8(ascii: "'"))
                offset += 3
                continue
            } else if lead == 0xE2 && (bytes[offset + 1] == 0x80 || bytes[offset + 1] == 0x81) {
                length = 3  // U+2000–U+207F
            } else if lead == 0xF0 && bytes[offset + 1] == 0x9F {
                length = 4  // U+1F000–U+1FFFF
            } else if lead == 0xEF && bytes[offset + 1] == 0xB8 && bytes[offset + 2] == 0x8F {
                length = 3  // U+FE0F, the emoji presentation selector
            } else {
                return false
            }
            folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]))
            offset += length
        }
        return true
    }

    private func facts(_ span: TextSpan, id found: TermTable.ID?, negator: Bool, key: UInt32) -> TokenFacts {
        var fact = TokenFacts(span: span, known: matcher.facts(of: found), key: key)
        if negator { fact.flags.insert(.negator) }
        return fact
    }

    // MARK: - Matching

    /// Matches every candidate token and collects the evidence, while the text is at hand.
    func match() {
        guard candidateCount > 0 else { return }
        categoryStateIsDirty = true
        for candidate in 0..<candidateCount {
            let start = Int(candidates[candidate])
            guard mayMatch(from: start) else { continue }
            collectLongestMatches(startingAt: start)
            for index in 0..<bestCount {
                let (entryIndex, end) = best[index]
                let category = matcher.entryCategories[Int(entryIndex)]
                guard start >= covered[category] else { continue }
                covered[category] = end + 1
                guard let item = record(Int(entryIndex), category: category, from: start, to: end) else { continue }
                // Room for four at once: a third of the texts with evidence have more than one match, and
                // growing one at a time would allocate again for each.
                if evidence.capacity == 0 { evidence.reserveCapacity(4) }
                evidence.append(item)
            }
        }
    }

    /// The stance of the text matched last, with the valence scores of the same text. Built apart from the
    /// text's bytes so the caller can return it without copying it out of a closure.
    @inline(__always)
    func stance(valence: ValenceScores) -> Stance {
        if evidence.count > 1 && hasOverlappingMatches() { dropNestedMatches() }
        if otherPronounMatches > 0 { applyOthering() }
        // Moved out, not copied: a copy would retain the list and the reset would release it.
        var handedOver: [StanceEvidence] = []
        swap(&handedOver, &evidence)
        return Stance(valence: valence, categories: matcher.categoryNames, evidence: handedOver, wordCount: wordCount)
    }

    // MARK: - Senses

    /// The lowercase word at a token index, nil for punctuation or outside the text. Read only around the few
    /// matches whose sense is checked.
    private func lowerWord(_ index: Int) -> String? {
        guard index >= 0 && index < factCount, fact(index).flags.contains(.word) else { return nil }
        return lowerText(index)
    }

    /// The token's text lowercased, whatever its kind (a currency sign as well as a word).
    private func lowerText(_ index: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[fact(index).utf8]), as: UTF8.self).lowercased()
    }

    /// Whether the token is `word` (lowercase ASCII) in any case, compared on the bytes: the clause scans
    /// read many words to find one.
    private func isWord(_ index: Int, _ word: StaticString) -> Bool {
        guard index >= 0 && index < factCount, fact(index).flags.contains(.word) else { return false }
        let range = fact(index).utf8
        guard range.count == word.utf8CodeUnitCount else { return false }
        return hasPrefix(range, UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// Whether the token at `index` has a context flag (false outside the text).
    private func has(_ flag: StanceMatcher.Flags, at index: Int) -> Bool {
        index >= 0 && index < factCount && fact(index).flags.contains(flag)
    }

    /// "is said to", "was also alleged that", "has long been credited with": a form of "be" (perhaps with one
    /// adverb) before the participle, and "to", "as", "that" or "with" after it; an agent after "by" names the
    /// source, so it is no hedge.
    private func isAgentlessPassive(start: Int, end: Int) -> Bool {
        guard let next = lowerWord(end + 1), StanceSense.claimOpeners.contains(next) else { return false }
        var before = start - 1
        if let word = lowerWord(before), word.hasSuffix("ly") || StanceSense.modalAdverbs.contains(word) || word == "long" {
            before -= 1
        }
        guard lowerWord(before).map(StanceSense.passiveBe.contains) ?? false else { return false }
        // "You are supposed to wear a helmet", "we were supposed to meet at noon": what someone is expected to do,
        // not hearsay ("The well is supposed to be cursed", "He is supposed to have fled").
        if isWord(start, "supposed") {
            let verb = lowerWord(end + 2)
            if verb != "be" && verb != "have" { return false }
            if let subject = lowerWord(before - 1), ["i", "you", "we"].contains(subject) { return false }
        }
        return true
    }

    /// Whether a number, a currency sign or a word for a number or a part follows ("about 300", "around a third").
    private func roundsAQuantity(after end: Int) -> Bool {
        let next = end + 1
        guard next < factCount else { return false }
        return opensWithDigit(next) || StanceSense.quantityWords.contains(lowerText(next))
    }

    /// Whether a pledge word pledges: the speaker's own ("our promise"), or a verb, which no determiner or owner
    /// opens and, in its -s form, a complement follows ("vows to", "promises that").
    private func isPledgeMade(at index: Int) -> Bool {
        let previous = lowerWord(index - 1)
        if previous == "our" || previous == "my" { return true }
        // "you promised 5,000 homes", "can you guarantee the date?": the addressee's pledge.
        if pledgerIsAddressee(before: index) { return false }
        if let previous, StanceSense.nounOpeners.contains(previous) || previous.hasSuffix("'s") || previous.hasSuffix("’s") { return false }
        // "I can promise you he won't win": an assurance about someone else is certainty, not a pledge.
        if assuresOfOthers(after: index) { return false }
        guard let word = lowerWord(index) else { return true }
        // "Bernie promised to meet with us", "one of them pledged allegiance": someone else's pledge, reported; the
        // speaker's own has "I" or "we" before it.
        if word.hasSuffix("ed") { return committingWord(before: index) != nil }
        guard word.hasSuffix("s") else { return true }
        return lowerWord(index + 1).map(StanceSense.pledgeComplements.contains) ?? false
    }

    /// Whether "you", perhaps "that", and a subject other than the speaker follow the pledge word at `index`.
    private func assuresOfOthers(after index: Int) -> Bool {
        guard lowerWord(index + 1) == "you" else { return false }
        let subject = lowerWord(index + 2) == "that" ? index + 3 : index + 2
        guard let word = lowerWord(subject) else { return false }
        return !StanceSense.committingSubjects.contains(word) && !StanceSense.pledgeComplements.contains(word)
    }

    /// Whether the nearest subject pronoun within three words before the pledge verb at `index`, in its clause, is
    /// "you": the pledge is the addressee's, reported or asked for, never the speaker's own.
    private func pledgerIsAddressee(before index: Int) -> Bool {
        let subject = word(before: index, within: 3) { lowerWord($0).map(StanceSense.subjectPronouns.contains) ?? false }
        return subject.flatMap(lowerWord) == "you"
    }

    /// Whether the token at `index` starts with a digit (a number: "300", "£30,000" after its sign).
    private func opensWithDigit(_ index: Int) -> Bool {
        TextBytes.isASCIIDigit(bytes[Int(fact(index).utf8Start)])
    }

    /// A vague source that speaks is a clear hedge.
    static let hearsayWeight = 0.8

    /// Whether a verb of saying or believing follows within three words of the same clause ("Some argue",
    /// "many historians have long believed"), or a quantifier counts unnamed sources ("according to some
    /// scholars", "many fans"): either way, whose view it is stays vague.
    private func isHearsaySubject(endingAt end: Int) -> Bool {
        var index = end + 1
        var words = 0
        while index < factCount && words < 4 && !fact(index).flags.contains(.clauseBoundary) {
            if fact(index).flags.contains(.word) {
                guard let word = lowerWord(index) else { break }
                if StanceSense.hearsayVerbs.contains(word) { return true }
                if words < 2 && StanceSense.sourceNouns.contains(word) { return true }
                words += 1
            }
            index += 1
        }
        return false
    }

    /// The first word from `index` on that is not one of `skipping`, at most two skipped, with its index.
    private func word(from index: Int, skipping: Set<String>) -> (String?, Int) {
        var index = index
        var word = lowerWord(index)
        var skipped = 0
        while let found = word, skipping.contains(found), skipped < 2 {
            index += 1
            skipped += 1
            word = lowerWord(index)
        }
        return (word, index)
    }

    private func holds(_ sense: StanceSense, from start: Int, to end: Int) -> Bool {
        switch sense {
        case .deonticModal:
            return !isEpistemicModal(endingAt: end) && !isRemarkOnOwnWords(start: start, end: end) && !opensInvertedCondition(start)
        case .obligingPhrase:
            // "A lot will have to do with Israel", "it has to do with trust": what something concerns, not a duty.
            if isWord(end + 1, "do") && isWord(end + 2, "with") { return false }
            return !isRemarkOnOwnWords(start: start, end: end)
        case .dutyBound:
            return isDutyBound(start: start)
        case .may:
            // "in May", "May 2005": the month, written with a capital inside a text.
            let capitalized = TextBytes.isASCIIUpper(bytes[Int(fact(start).utf8Start)])
            if capitalized && start > 0 && !fact(start - 1).flags.contains(.clauseBoundary) { return false }
            return isSpeculation(modalAt: end) && !isPermission(modalAt: end)
        case .could:
            return lowerWord(end + 1) != "not" && !fact(end).flags.contains(.negator) && isSpeculation(modalAt: end)
                && !hasDeniedSubject(modalAt: end)
        case .might:
            return isSpeculation(modalAt: end)
        case .predicativeAdjective:
            let previous = lowerWord(start - 1)
            if let previous, ["make", "makes", "made", "making", "a", "an", "the"].contains(previous) { return false }
            if let previous, StanceSense.linkingWords.contains(previous) { return true }
            guard let next = lowerWord(end + 1) else { return true }
            return ["that", "to", "of", "about", "enough", "whether", "how", "what", "why"].contains(next)
        case .otherPronoun:
            otherPronounMatches += 1
            return true
        case .ourSide:
            hasOurSide = true
            return true
        case .vagueSource:
            return true
        case .categorical:
            return !deniesAnotherCue(after: end)
        case .degree:
            let opensClause = start == 0 || has(.clauseBoundary, at: start - 1)
            return !opensClause && !isWord(end + 1, "than") && !isWord(start - 1, "would") && !isWord(start - 1, "or")
        case .softeningDegree:
            guard !has(.clauseBoundary, at: end), let next = lowerWord(end + 1) else { return false }
            return !StanceSense.afterMannerAdverb.contains(next)
        case .conditional:
            return !has(.wishVerb, at: end + 1) && !reportsPastFuture(before: start) && !(isReportedClause && !hasCondition())
        case .conflict:
            return !(lowerWord(end + 1).map { $0 == "for" || $0 == "to" } ?? false)
        case .rescue:
            return word(after: end, within: 3) { index in
                opensWithDigit(index) || StanceSense.savedThings.contains(lowerText(index))
            } == nil
        case .concern:
            return !(lowerWord(end + 1).map(StanceSense.mattersMinded.contains) ?? false)
        case .safeguard:
            return word(after: end, within: 3) { lowerWord($0).map(StanceSense.takings.contains) ?? false } == nil
        case .killing:
            return word(after: end, within: 4) { lowerWord($0).map(StanceSense.killedMeasures.contains) ?? false } == nil
        case .support, .defence:
            return givesCare(start: start, end: end)
        case .assistance:
            return assistsPeople(start: start, end: end)
        case .pledge:
            return isPledgeMade(at: start)
        case .knowing:
            // "I don't know whether …" doubts: a negated "know" moves to hedging whatever follows it.
            if negator(from: start, to: end) != nil { return true }
            if let before = lowerWord(start - 1), before == "to" || before == "you" { return false }
            return !(lowerWord(end + 1).map(StanceSense.unknowingComplements.contains) ?? false)
        case .approximator:
            return roundsAQuantity(after: end)
        case .agentlessPassive:
            return isAgentlessPassive(start: start, end: end)
        case .vagueDeterminer:
            // Before a plural noun phrase ("certain trawler owners"), not after "for" or "make" ("for certain",
            // "make certain") or a linking verb.
            let next = lowerWord(end + 1)
            guard next.map(StanceSense.looksPlural) == true || (next != nil && lowerWord(end + 2).map(StanceSense.looksPlural) == true)
            else { return false }
            let previous = lowerWord(start - 1)
            return !(previous.map { ["for", "make", "makes", "made"].contains($0) || StanceSense.linkingWords.contains($0) } ?? false)
        case .intent:
            return committingWord(before: start) != nil
        case .demand:
            if lowerWord(start - 1).map(StanceSense.marketQualifiers.contains) ?? false { return false }
            if lowerWord(end + 1) == "for", !(lowerWord(start - 1).map(StanceSense.claimOwners.contains) ?? false) { return false }
            return !(lowerWord(end + 1).map(StanceSense.marketAfterDemand.contains) ?? false)
        case .callOn:
            return infinitiveFollows(end, within: 10)
        case .owedDuty:
            // "their duties on the ward": an owner's duties are owed, wherever they are done.
            if lowerWord(start - 1).map(StanceSense.owners.contains) ?? false { return true }
            if lowerWord(start - 1).map(StanceSense.leviedOn.contains) ?? false { return false }
            // "duties on imports", "duty-free": what a levy falls on, or is lifted from, follows it.
            let next = end + 1 < factCount && lowerText(end + 1) == "-" ? end + 2 : end + 1
            return lowerWord(next) != "on" && lowerWord(next) != "free"

        case .knowingSubject:
            guard start > 0, !has(.clauseBoundary, at: start - 1), let previous = lowerWord(start - 1) else { return true }
            return StanceSense.beforeKnowingClause.contains(previous)
        case .openQuestion:
            return !isConcession(start: start, end: end)
        case .heldInCommon:
            return !(lowerWord(start - 1).map(StanceSense.passingOnSubjects.contains) ?? false)
                && !(lowerWord(end + 1).map(StanceSense.passedOnObjects.contains) ?? false)
        case .shared:
            if lowerWord(start - 1) == "in" || lowerWord(start - 1) == "our" { return true }
            return lowerWord(end + 1).map(StanceSense.sharedThings.contains) ?? false
        case .calamity:
            return !(lowerWord(end + 1).map(StanceSense.calamityProvisions.contains) ?? false)
        case .crisis:
            // A word right after it that is not a preposition, a conjunction or a verb is the noun it modifies.
            guard let next = lowerWord(end + 1), !has(.clauseBoundary, at: end) else { return true }
            return StanceSense.afterCrisisNoun.contains(next)
        case .future:
            if let subject = lowerWord(start - 1), StanceSense.otherSubjectsOfWill.contains(subject) { return false }
            // "voters are going to …": the subject before a form of "be" is whose future it is, as it is in one token
            // with the verb ("it's going to work out", "the pressure's going to build").
            if let be = lowerWord(start - 1), StanceSense.passiveBe.contains(be) || be == "am",
               let subject = lowerWord(start - 2), subject != "i" && subject != "we" {
                return false
            }
            if let contracted = lowerWord(start - 1), StanceSense.otherSubjectWithBe(contracted) { return false }
            guard let committing = committingWord(before: start) else { return false }
            if let verb = lowerWord(end + 1), StanceSense.stativeAfterWill.contains(verb) { return false }
            // "Our party will …" binds the speaker's side; "Our fruit will rot" predicts.
            guard let owner = lowerWord(committing), owner == "our" || owner == "my" else { return true }
            return lowerWord(committing + 1).map(StanceSense.committingGroups.contains) ?? false
        }
    }

    /// Whether "to" follows within `reach` tokens after `end`, before a clause boundary.
    private func infinitiveFollows(_ end: Int, within reach: Int) -> Bool {
        var index = end + 1
        while index < min(factCount, end + 1 + reach) {
            if has(.clauseBoundary, at: index) { return false }
            if lowerWord(index) == "to" { return true }
            index += 1
        }
        return false
    }

    /// Whether a flat denial only bounds a quantity ("no more than", "no fewer than") or
    /// negates another cue in its next three words ("no clear evidence", "never had to"), which then carries the
    /// denial itself.
    private func deniesAnotherCue(after end: Int) -> Bool {
        if has(.boundingWord, at: end + 1) { return true }
        var index = end + 1
        var words = 0
        while index < factCount && words < 3 && !fact(index).flags.contains(.clauseBoundary) {
            if !fact(index).flags.contains(.negator) && mayMatch(from: index) && startsEntry(at: index) { return true }
            if fact(index).flags.contains(.word) { words += 1 }
            index += 1
        }
        return false
    }

    /// Whether the text states a condition ("if", "unless", "otherwise"), under which a "would" is conditional.
    private func hasCondition() -> Bool {
        (0..<factCount).contains { index in
            lowerWord(index).map(StanceSense.conditionWords.contains) ?? false
        }
    }

    /// Whether a verb of saying or deciding in the past governs "would" within four words of its clause ("said the
    /// plant would close", "promised that they would"): then it is the future of a past report.
    private func reportsPastFuture(before start: Int) -> Bool {
        word(before: start, within: 4) { fact($0).flags.contains(.pastFutureVerb) } != nil
    }

    /// Whether a certainty cue stands under a modal of possibility in its clause ("may indeed", "might prove
    /// helpful", "could demonstrate", "is likely to prove"): a booster a hedge governs is not held as certain.
    private func isUnderPossibility(before start: Int) -> Bool {
        let modal = word(before: start, within: 3) { index in
            isWord(index, "may") || isWord(index, "might") || isWord(index, "could")
                || isWord(index, "to") && (isWord(index - 1, "likely") || isWord(index - 1, "unlikely"))
        }
        return modal != nil
    }

    /// The first of the next `limit` words after `end` in its clause that passes `test`, if one does.
    private func word(after end: Int, within limit: Int, where test: (Int) -> Bool) -> Int? {
        var index = end + 1
        var words = 0
        while index < factCount && words < limit && !fact(index).flags.contains(.clauseBoundary) {
            if fact(index).flags.contains(.word) {
                if test(index) { return index }
                words += 1
            }
            index += 1
        }
        return nil
    }

    /// The nearest of the `limit` words before `start` in its clause that passes `test`, if one does.
    private func word(before start: Int, within limit: Int, where test: (Int) -> Bool) -> Int? {
        var index = start - 1
        var words = 0
        while index >= 0 && words < limit && !fact(index).flags.contains(.clauseBoundary) {
            if fact(index).flags.contains(.word) {
                if test(index) { return index }
                words += 1
            }
            index -= 1
        }
        return nil
    }

    /// The nearest first-person word within four words before `start` in its clause ("I", "we", "our", "my").
    private func committingWord(before start: Int) -> Int? {
        word(before: start, within: 4) { index in
            let id = Int(fact(index).id)
            return id >= 0 && id < matcher.isCommittingWord.count && matcher.isCommittingWord[id]
        }
    }

    /// Whether "support" is care for people: someone cared for in the next words of its clause ("support the
    /// families", "support for flood victims", "support each other") or a kind of care right before it ("emotional
    /// support"). Backing a measure, a candidate or a side is not care ("support the bill", "Okafor's support among
    /// voters", "her supporters"), and neither is support with no one it is for ("win support", "zero support").
    private func givesCare(start: Int, end: Int) -> Bool {
        if let word = lowerWord(start), word.hasPrefix("supporter") { return false }
        if let before = lowerWord(start - 1), StanceSense.kindsOfCare.contains(before) { return true }
        if backsSomething(after: end) { return false }
        return word(after: end, within: 5) { lowerWord($0).map(StanceSense.caredFor.contains) ?? false } != nil
    }

    /// Whether "help" or "welcome" is care: asked for or given as such ("need help", "with the help of"), with
    /// nothing after it in its clause ("we came to help", "a welcoming parish"), or with people cared for among
    /// its next three words ("help the families", "welcoming these refugees", "help them rebuild").
    private func assistsPeople(start: Int, end: Int) -> Bool {
        if let before = lowerWord(start - 1), StanceSense.helpNeeds.contains(before) { return true }
        guard lowerWord(end + 1) != nil, !has(.clauseBoundary, at: end + 1) else { return true }
        return word(after: end, within: 3) { index in
            lowerWord(index).map { StanceSense.caredFor.contains($0) || StanceSense.helped.contains($0) } ?? false
        } != nil
    }

    /// "the United States", "said Hope Hicks", "the US economy": a capitalized stance word inside a sentence next to
    /// another capitalized word is part of a name, as "US" in capitals is the country, unless the whole text is
    /// written in capitals or title case. Any other word in capitals is emphasis ("we MUST act"), not a name.
    private func isNamePart(_ start: Int) -> Bool {
        guard isCapitalized(start) else { return false }
        // "the Fed was keeping rates low": a word with a capital after "the" inside a sentence is a name.
        if isTitleCased(start) && start > 0 && isWord(start - 1, "the") && !isCapitalizedText { return true }
        let range = fact(start).utf8
        if range.count == 2, TextBytes.isASCIIUpper(bytes[range.upperBound - 1]), isWord(start, "us") { return !isCapitalizedText }
        guard isTitleCased(start), start > 0,
              fact(start - 1).flags.contains(.word) || isComma(start - 1)
        else { return false }
        return (isTitleCased(start - 1) || isTitleCased(start + 1)) && !isCapitalizedText
    }

    private func isCapitalized(_ index: Int) -> Bool {
        index >= 0 && index < factCount && fact(index).flags.contains(.word) && TextBytes.isASCIIUpper(bytes[Int(fact(index).utf8Start)])
    }

    /// A capital and then a small letter ("United", "Hope"), not the pronoun "I".
    private func isTitleCased(_ index: Int) -> Bool {
        guard isCapitalized(index) else { return false }
        let range = fact(index).utf8
        return range.count > 1 && TextBytes.isASCIILower(bytes[range.lowerBound + 1])
    }

    /// Whether the text is a headline in title case (a small word such as "the" or "we" capitalized after its
    /// first word) or written in capitals, so capitals say nothing of names. Read only when a capitalized match asks.
    private var isCapitalizedText: Bool {
        if let capitalizedText { return capitalizedText }
        let found = readsAsCapitalizedText()
        capitalizedText = found
        return found
    }

    private func readsAsCapitalizedText() -> Bool {
        var hasSmallLetters = false
        var first = true
        for index in 0..<factCount where fact(index).flags.contains(.word) {
            let range = fact(index).utf8
            if !first, isTitleCased(index), let word = lowerWord(index), StanceSense.smallWords.contains(word) { return true }
            hasSmallLetters = hasSmallLetters || range.contains { TextBytes.isASCIILower(bytes[$0]) }
            first = false
        }
        return !hasSmallLetters
    }

    /// Whether "support" at `end` backs a measure or a candidate: a thing from ``StanceSense/backedThings``
    /// within the next six tokens of its clause ("support the new ferry levy"), or a name right after it or
    /// its "for" ("support Okafor", "support for Okafor").
    private func backsSomething(after end: Int) -> Bool {
        var index = end + 1
        if lowerWord(index) == "for" { index += 1 }
        if index < factCount && fact(index).flags.contains(.word) && TextBytes.isASCIIUpper(bytes[Int(fact(index).utf8Start)]) {
            return true
        }
        while index < factCount && index <= end + 6 && !fact(index).flags.contains(.clauseBoundary) {
            if let word = lowerWord(index), StanceSense.backedThings.contains(word) { return true }
            index += 1
        }
        return false
    }

    /// "Whether it rains or shines, the ferry sails", "Whether or not the vote passes, we go on": a "whether" that
    /// opens its clause, with "or" in it, and a comma after which the sentence goes on, concedes; it doubts nothing.
    private func isConcession(start: Int, end: Int) -> Bool {
        guard start == 0 || has(.clauseBoundary, at: start - 1) else { return false }
        var sawOr = end > start
        var index = end + 1
        var words = 0
        while index < factCount && words < 14 {
            if has(.clauseBoundary, at: index) {
                return sawOr && isComma(index) && index + 1 < factCount
            }
            if isWord(index, "or") { sawOr = true }
            if fact(index).flags.contains(.word) { words += 1 }
            index += 1
        }
        return false
    }

    /// "I have to say", "I must admit", "I've got to confess": "I" and a verb of saying after the modal make a
    /// remark on the speaker's own words, which obliges no one.
    private func isRemarkOnOwnWords(start: Int, end: Int) -> Bool {
        guard let verb = lowerWord(end + 1), StanceSense.remarkVerbs.contains(verb) else { return false }
        var subject = start - 1
        // "I've got to", "I 've": a contracted auxiliary between.
        if let word = lowerWord(subject), word == "'ve" || word == "’ve" || word == "have" || word == "really" || word == "just" { subject -= 1 }
        guard let owner = lowerWord(subject) else { return false }
        // Only "I": an author's "we must concede that …" still sets out what the argument requires.
        return owner == "i" || owner == "i've" || owner == "i’ve"
    }

    /// Whether "bound to" at `start` puts a person under a duty: a law, morals or a contract binds ("legally
    /// bound to"), or a personal pronoun is bound or feels so ("we are bound to", "I feel bound to").
    private func isDutyBound(start: Int) -> Bool {
        guard let before = lowerWord(start - 1) else { return false }
        if StanceSense.bindingSources.contains(before) { return true }
        // "we're bound to": the subject and its verb in one token.
        if let apostrophe = before.firstIndex(where: { $0 == "'" || $0 == "’" }) {
            return StanceSense.personalSubjects.contains(String(before[..<apostrophe]))
        }
        guard StanceSense.beingBound.contains(before), let subject = lowerWord(start - 2) else { return false }
        return StanceSense.personalSubjects.contains(subject)
    }

    /// `must`/`should` that infer or predict: `must have` and a participle, `be` and a state ("must be
    /// exhausted", "must be joking"), or `should` before a verb of happening.
    private func isEpistemicModal(endingAt end: Int) -> Bool {
        let modal = lowerWord(end)
        if followsInference(before: end) { return true }
        let (verb, index) = word(from: end + 1, skipping: StanceSense.modalAdverbs)
        guard let verb else { return false }
        if modal == "should" && StanceSense.happeningVerbs.contains(verb) { return true }
        let (next, _) = word(from: index + 1, skipping: StanceSense.modalAdverbs)
        if verb == "be", let next, next.hasSuffix("ing") || StanceSense.stateAdjectives.contains(next) { return true }
        // "we should be able to finish by Friday", "it should be able to generalize": an expected outcome.
        // ("Workers should be able to organize" keeps its duty.)
        if modal == "should", verb == "be", next == "able", let subject = lowerWord(end - 1),
           StanceSense.expectingSubjects.contains(subject) {
            return true
        }
        if verb == "have", modal == "must", let next,
           next.hasSuffix("ed") || next.hasSuffix("en") || next.hasSuffix("wn") || StanceSense.irregularParticiples.contains(next) {
            return true
        }
        return false
    }

    /// "Should the ferry fail, we will …", "…, should the mayor resign": "should" that opens its clause before its
    /// subject states a condition, as "if" would; it obliges no one. ("Should we close the pier?" asks what ought
    /// to be done.)
    private func opensInvertedCondition(_ modal: Int) -> Bool {
        guard isWord(modal, "should"), let subject = lowerWord(modal + 1),
              StanceSense.invertedSubjects.contains(subject) || isCapitalized(modal + 1) && !isWord(modal + 1, "i")
        else { return false }
        let opensClause = modal == 0 || isComma(modal - 1) || isSentenceEnd(modal - 1)
        guard opensClause else { return false }
        var index = modal + 1
        while index < factCount && !isSentenceEnd(index) { index += 1 }
        return !(index < factCount && bytes[Int(fact(index).utf8Start)] == UInt8(ascii: "?"))
    }

    private func isSentenceEnd(_ index: Int) -> Bool {
        guard index >= 0, index < factCount, !fact(index).flags.contains(.word) else { return false }
        let byte = bytes[Int(fact(index).utf8Start)]
        return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// Whether "may", "might" or "could" weighs a possibility rather than listing options or what can be
    /// done: not before a verb of variation ("The results may vary", "may include") or a passive of use
    /// ("could be used to lift", "may be applied"), and not with "easily" ("could easily be extended"), nor in a
    /// purpose clause.
    private func isSpeculation(modalAt modal: Int) -> Bool {
        if isInPurposeClause(modalAt: modal) { return false }
        let (verb, index) = word(from: modal + 1, skipping: StanceSense.modalAdverbs)
        guard let verb else { return true }
        if lowerWord(modal + 1) == "easily" || StanceSense.variationVerbs.contains(verb) { return false }
        if offersCourseOfAction(modalAt: modal, verb: verb) || listsVariants(after: index, verb: verb) { return false }
        if verb == "be", let next = word(from: index + 1, skipping: StanceSense.modalAdverbs).0 {
            return next != "easily" && !StanceSense.useParticiples.contains(next)
        }
        return true
    }

    /// "so that residents could sleep", "in order that the case may be heard": the modal of a purpose clause
    /// says what something was for, not how likely it is. "so" alone also opens a result ("so prices could
    /// rise"), so only "so that" and "in order that" count.
    private func isInPurposeClause(modalAt modal: Int) -> Bool {
        let that = word(before: modal, within: 6) { isWord($0, "that") }
        guard let that else { return false }
        return isWord(that - 1, "so") || isWord(that - 1, "order") && isWord(that - 2, "in")
    }

    /// "Nothing could stop them", "no further repairs could be made", "No one could have known": a denied
    /// subject makes "could" a claim that something was impossible, not a guess.
    private func hasDeniedSubject(modalAt modal: Int) -> Bool {
        if let subject = lowerWord(modal - 1), ["nothing", "nobody", "none"].contains(subject) { return true }
        if isWord(modal - 2, "no") { return true }
        guard isWord(modal - 3, "no"), let degree = lowerWord(modal - 2) else { return false }
        return ["more", "further", "other", "single"].contains(degree)
    }

    /// "A segment may contain multiple heads", "The label could be either", "may take any value": a verb of
    /// being or holding after the modal, then a word of plurality or difference within three words, says what
    /// can be the case from one instance to another, not a guess ("could outweigh any benefit" still guesses).
    private func listsVariants(after verbIndex: Int, verb: String) -> Bool {
        guard StanceSense.holdingVerbs.contains(verb) else { return false }
        return word(after: verbIndex, within: 3) { lowerWord($0).map(StanceSense.variantWords.contains) ?? false } != nil
    }

    /// "We could use a larger window", "One may define the cost as …": a speaker or anyone offered a way to act
    /// (a verb of doing, not of being, happening or perceiving); "We could lose the harbour" still guesses.
    private func offersCourseOfAction(modalAt modal: Int, verb: String) -> Bool {
        guard let subject = lowerWord(modal - 1), StanceSense.agentSubjects.contains(subject), lowerWord(modal) != "might" else {
            return false
        }
        // "one" is anyone only as a pronoun, not a noun after a word of its phrase ("a loved one may double").
        if subject == "one" && has(.word, at: modal - 2) && !has(.clauseOpener, at: modal - 2) {
            return false
        }
        return !StanceSense.happeningVerbs.contains(verb) && !StanceSense.stativeVerbs.contains(verb)
            && !StanceSense.lossVerbs.contains(verb)
    }

    /// "Visitors may park here", "You may leave now": a rule's permission for people in general or the
    /// listener, before a verb of doing. ("The minister may resign" and "Prices may rise" weigh a
    /// possibility.)
    private func isPermission(modalAt modal: Int) -> Bool {
        guard let subject = lowerWord(modal - 1), let verb = lowerWord(modal + 1),
              !StanceSense.happeningVerbs.contains(verb), !StanceSense.stativeVerbs.contains(verb)
        else { return false }
        if subject == "you" { return true }
        // A bare plural that opens its clause, people in general as rules name them, before a verb of doing
        // that a rule allows ("Visitors may park", not "Patients may experience").
        let opensClause = modal - 1 == 0 || fact(modal - 2).flags.contains(.clauseBoundary)
        return opensClause && StanceSense.looksPlural(subject) && StanceSense.permittedActions.contains(verb)
    }

    /// Whether the modal stands in what a verb or noun of knowing or inferring introduces ("we know that one
    /// of them must be valid", "the tables indicate that the channel should be deep enough", "evidence that the
    /// two should be coreferent"): a conclusion, not a duty. Verbs of saying and believing ("argued that they must act", "I
    /// think we should go") leave the modal its duty.
    private func followsInference(before modal: Int) -> Bool {
        let that = word(before: modal, within: 15) { index in
            isWord(index, "that") && (lowerWord(index - 1).map(StanceSense.inferenceWords.contains) ?? false)
        }
        return that != nil
    }

    /// A third-person pronoun sets a group apart only against the speaker's own "we": "Those people do not
    /// share our values, and they never will", not "The pilots said they were tired". "Them" also needs a word
    /// of contrast before it ("against them", "unlike them"): "We must take care of them" is no othering; "those
    /// who" must not follow a word that takes the people in ("We will govern for everyone, including those who
    /// voted against us").
    private func applyOthering() {
        // "We went to the bank. They told me …": "they" is set against "we" in its own sentence only.
        // With no "we" matched, the set is empty and every such pronoun goes.
        let ends = hasOurSide ? sentenceEnds() : []
        let ourSentences = Set(evidence.lazy.filter { $0.category == "inclusive" && StanceSense.firstPersonPlural.contains($0.term) }
            .map { Self.sentence(at: $0.span.utf8.lowerBound, ends: ends) })
        evidence.removeAll { item in
            guard item.category == "exclusive" && StanceSense.otherPronouns.contains(item.term) else { return false }
            if !ourSentences.contains(Self.sentence(at: item.span.utf8.lowerBound, ends: ends)) { return true }
            if refersToOurPeople(token(startingAt: item.span.utf8.lowerBound)) { return true }
            if item.term != "those who" && isBoundInRelativeClause(token(startingAt: item.span.utf8.lowerBound)) { return true }
            func follows(_ words: Set<String>) -> Bool {
                lowerWord(token(startingAt: item.span.utf8.lowerBound) - 1).map(words.contains) ?? false
            }
            if item.term == "those who" { return follows(StanceSense.inclusionWords) }
            guard item.term == "them" || item.term == "themselves" else { return false }
            return !follows(StanceSense.contrastWords)
        }
    }

    /// "We will defend our children and their schools", "our workers, their jobs and their pensions": a pronoun in
    /// a list that opens with people owned by "our" (within eight words before it) refers to them, the speaker's
    /// own side.
    private func refersToOurPeople(_ pronoun: Int) -> Bool {
        guard pronoun > 0, isWord(pronoun - 1, "and") || isComma(pronoun - 1) else { return false }
        return (max(0, pronoun - 8)..<pronoun).contains { people in
            (lowerWord(people).map(StanceSense.caredFor.contains) ?? false)
                && (max(0, people - 3)..<people).contains { isWord($0, "our") }
                && ((people + 1)..<pronoun).allSatisfy { isComma($0) || fact($0).flags.contains(.word) }
        }
    }

    /// "We have many ventures that cannot pay their debts", "people who may have their reasons": a pronoun inside a
    /// relative clause on a plural noun, within eight words of its "that", "which" or "who", refers to that noun; it
    /// sets no one against "we".
    private func isBoundInRelativeClause(_ pronoun: Int) -> Bool {
        guard let relative = word(before: pronoun, within: 8, where: { lowerWord($0).map(StanceSense.relativeOpeners.contains) ?? false })
        else { return false }
        return lowerWord(relative - 1).map(StanceSense.looksPlural) ?? false
    }

    private func isComma(_ index: Int) -> Bool {
        index >= 0 && index < factCount && !fact(index).flags.contains(.word) && bytes[Int(fact(index).utf8Start)] == UInt8(ascii: ",")
    }

    /// Where the text's sentences end: the byte offset of each ".", "!" or "?" token, in order (read once, so a
    /// long text with many pronouns stays linear).
    private func sentenceEnds() -> [Int] {
        (0..<factCount).compactMap { isSentenceEnd($0) ? Int(fact($0).utf8Start) : nil }
    }

    /// The number of the sentence that holds the byte at `offset`: how many sentence ends come before it.
    private static func sentence(at offset: Int, ends: [Int]) -> Int {
        ends.partitioningIndex { $0 >= offset }
    }

    /// The index of the token that starts at a byte offset (tokens are in text order).
    private func token(startingAt offset: Int) -> Int {
        (0..<factCount).partitioningIndex { Int(fact($0).utf8Start) >= offset }
    }

    /// Whether a match starts before an earlier one ends: matches come in order of their first token, so
    /// one pass tells, and most texts need no more.
    private func hasOverlappingMatches() -> Bool {
        var end = Int.min
        for item in evidence {
            if item.span.utf8.lowerBound < end { return true }
            end = max(end, item.span.utf8.upperBound)
        }
        return false
    }

    /// A match inside a longer match of another category is part of that one: "doubt" in "no doubt" is not
    /// hedging, "care" in "take care of" counts once.
    ///
    /// One sweep, since matches come in order of their first byte: a match is nested when one that starts
    /// earlier reaches at least as far, or one that starts with it reaches further. (A text of many matches,
    /// such as a long transcript, would make a pairwise test quadratic.)
    private func dropNestedMatches() {
        var kept = 0
        var reachBefore = Int.min
        var group = evidence.startIndex
        while group < evidence.endIndex {
            let start = evidence[group].span.utf8.lowerBound
            var groupEnd = group
            var reachInGroup = Int.min
            while groupEnd < evidence.endIndex && evidence[groupEnd].span.utf8.lowerBound == start {
                reachInGroup = max(reachInGroup, evidence[groupEnd].span.utf8.upperBound)
                groupEnd += 1
            }
            for index in group..<groupEnd {
                let end = evidence[index].span.utf8.upperBound
                guard reachBefore < end && reachInGroup == end else { continue }
                // Compacted in place: the list is all a text may allocate.
                evidence.swapAt(kept, index)
                kept += 1
            }
            reachBefore = max(reachBefore, reachInGroup)
            group = groupEnd
        }
        evidence.removeLast(evidence.count - kept)
    }

    /// False when the token at `start` can only begin entries of several words and the next token continues
    /// none: function words such as `of` or `I` begin entries (`of course`, `I think`) far more often than
    /// they complete them.
    @inline(__always)
    private func mayMatch(from start: Int) -> Bool {
        let first = fact(start)
        if first.flags.contains(.isEntry) || matcher.mayStartRootPrefix(first.key) { return true }
        guard start + 1 < factCount else { return false }
        let next = fact(start + 1)
        return (next.id >= 0 && matcher.mayFollow(first.id, next.id)) || (next.key != 0 && matcher.mayStartPrefix(next.key))
    }

    /// Whether some entry matches the tokens from `start` on, read without touching the matches in progress.
    private func startsEntry(at start: Int) -> Bool {
        var found = false
        forEachMatch(startingAt: start) { _, _ in
            found = true
            return false
        }
        return found
    }

    /// For each category, the longest entry starting at `start` (into `best`), with the index of its last
    /// token.
    private func collectLongestMatches(startingAt start: Int) {
        bestCount = 0
        forEachMatch(startingAt: start) { entry, end in
            consider(entry, end: end)
            return true
        }
    }

    /// Walks the trie along the tokens from `start` and passes each entry that matches, with the index of its
    /// last token, to `visit`, until `visit` returns false.
    @inline(__always)
    private func forEachMatch(startingAt start: Int, _ visit: (Int32, Int) -> Bool) {
        var node = 0
        var position = start
        var goesOn = true
        while position < factCount {
            let fact = fact(position)
            if matcher.trie.hasPrefixes[node] && fact.key != 0 && matcher.mayStartPrefix(fact.key) {
                matcher.trie.forEachPrefixEntry(of: node, key: fact.key) { prefix, entry in
                    if goesOn && hasPrefix(fact.utf8, prefix) { goesOn = visit(entry, position) }
                }
            }
            guard goesOn, fact.id >= 0 else { return }
            let child = matcher.trie.child(of: node, id: fact.id)
            guard child >= 0 else { return }
            node = child
            matcher.trie.forEachEntry(endingAt: node) { entry in
                if goesOn { goesOn = visit(entry, position) }
            }
            guard goesOn else { return }
            position += 1
        }
    }

    @inline(__always)
    private func consider(_ entry: Int32, end: Int) {
        let category = matcher.entryCategories[Int(entry)]
        for index in 0..<bestCount where matcher.entryCategories[Int(best[index].entry)] == category {
            if best[index].end < end { best[index] = (entry, end) }
            return
        }
        best[bestCount] = (entry, end)
        bestCount += 1
    }

    private func hasPrefix<Prefix: Collection<UInt8>>(_ range: Range<Int>, _ prefix: Prefix) -> Bool {
        guard range.count >= prefix.count else { return false }
        for (index, byte) in zip(range, prefix) where TextBytes.asciiLowercased(bytes[index]) != byte {
            return false
        }
        return true
    }

    // MARK: - Context

    /// The evidence of a match, counted toward its category or the one its negation rule names; nil when a
    /// category it may not follow matched just before it.
    private func record(_ entry: Int, category: Int, from start: Int, to end: Int) -> StanceEvidence? {
        for index in matcher.notAfterStart[category]..<matcher.notAfterStart[category + 1]
        where lastMatchEnd[matcher.notAfter[index]] == start - 1 {
            return nil
        }
        if isNamePart(start) { return nil }
        let sense = matcher.entrySenses[entry]
        if let sense, !holds(sense, from: start, to: end) { return nil }
        if category == matcher.certaintyCategory && isUnderPossibility(before: start) { return nil }
        lastMatchEnd[category] = end
        // A flat denial is the claim itself, not a negated cue; a pronoun of a side ("No one asked us", "Nobody in our
        // delegation") names the side whatever the clause denies.
        let negator = sense == .categorical || sense == .ourSide || sense == .otherPronoun ? nil : negator(from: start, to: end)
        let negated = negator != nil
        var weight = matcher.entryWeights[entry] * (start > 0 ? 1 + fact(start - 1).boost : 1)
        if sense == .vagueSource && isHearsaySubject(endingAt: end) { weight = max(weight, Self.hearsayWeight) }
        var target = category
        if let negator {
            switch matcher.negations[category] {
            // "no need to", "without duty": a determiner's negation denies the thing itself, where "must not"
            // still obliges; so does any negation of a necessity ("does not have to", "don't need to").
            case .keep where negator >= 0 && (["no", "without"].contains(lowerWord(negator)) || sense == .obligingPhrase): weight = 0
            case .keep: break
            case .drop: weight = 0
            case .move(let index): target = index
            }
        }
        let first = fact(start)
        let last = fact(end)
        let span = TextSpan(
            utf8: Int(first.utf8Start)..<Int(last.utf8End), scalars: Int(first.scalarStart)..<Int(last.scalarEnd))
        let term = matcher.entries[entry].term
        return StanceEvidence(
            text: matchedText(span.utf8, term: term, termBytes: matcher.entryTermBytes[entry]), term: term,
            category: matcher.categoryNames[target], span: span, negated: negated, weight: weight)
    }

    /// The matched text as a string: the entry's term itself when the text spells it exactly (lowercase, single
    /// spaces: most matches), which spares decoding a new string.
    @inline(__always)
    private func matchedText(_ range: Range<Int>, term: String, termBytes: ShortASCIIToken?) -> String {
        if let termBytes, ShortASCIIToken(range, in: bytes) == termBytes { return term }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The token of the negator that governs a match (`-1` for one after it), or nil when none does.
    private func negator(from start: Int, to end: Int) -> Int? {
        var wordsBack = 0
        var index = fact(start).flags.contains(.clauseOpener) ? -1 : start - 1
        while index >= 0 && wordsBack < 3 {
            let context = fact(index).flags
            if context.contains(.clauseBoundary) { break }
            if context.contains(.word) {
                if context.contains(.negator) { return index }
                if context.contains(.clauseOpener) { break }
                wordsBack += 1
            }
            index -= 1
        }
        // A negator inside an entry of several words belongs to it ("no doubt", "without a doubt"); an entry
        // that is one negated word ("mustn't") is negated.
        if start == end && fact(start).flags.contains(.negator) { return start }
        guard end + 1 < factCount, fact(end + 1).flags.contains(.negatesBefore) else { return nil }
        // "Surely not.", "probably never", "of course not": an adverb of certainty or doubt holds the negation in its
        // scope; it is stated, not denied ("must not", "will never" are denied). So is a word before "not" and a
        // quantifier the "not" denies ("sure not everyone agrees", "must not only …").
        if isStanceAdverb(end) || lowerWord(end + 2).map(Self.deniedQuantifiers.contains) == true { return nil }
        return -1
    }

    private static let deniedQuantifiers: Set<String> = ["everyone", "everybody", "everything", "all", "every", "many", "much", "only", "just"]

    private func isStanceAdverb(_ index: Int) -> Bool {
        guard let word = lowerWord(index) else { return false }
        return word.utf8.count > 4 && word.hasSuffix("ly") || Self.stanceAdverbs.contains(word)
    }

    private static let stanceAdverbs: Set<String> = ["maybe", "perhaps", "course", "indeed"]
}

/// What matching needs to know about one token, looked up once.
struct TokenFacts {
    // 32-bit offsets, as in `Token`: the ASCII path takes texts under 4 GiB, documents are smaller still.
    var utf8Start: UInt32, utf8End: UInt32
    var scalarStart: UInt32, scalarEnd: UInt32
    /// The stance id, or -1 for a word in no entry.
    var id: TermTable.ID
    /// The first three bytes, lowercased (0 for shorter tokens): the key of prefix entries.
    var key: UInt32
    var flags: StanceMatcher.Flags
    /// The VADER booster scalar of the word, 0 for most.
    var boost: Double

    @inline(__always)
    init(span: TextSpan, known: StanceMatcher.Known, key: UInt32) {
        utf8Start = UInt32(truncatingIfNeeded: span.utf8.lowerBound)
        utf8End = UInt32(truncatingIfNeeded: span.utf8.upperBound)
        scalarStart = UInt32(truncatingIfNeeded: span.scalars.lowerBound)
        scalarEnd = UInt32(truncatingIfNeeded: span.scalars.upperBound)
        id = known.id
        self.key = key
        flags = known.flags
        boost = known.boost
    }

    /// A token of ASCII text, whose scalar offsets are its byte offsets.
    @inline(__always)
    init(ascii range: Range<Int>, known: StanceMatcher.Known, key: UInt32) {
        self.init(span: TextSpan(utf8: range, scalars: range), known: known, key: key)
    }

    var utf8: Range<Int> { Int(utf8Start)..<Int(utf8End) }
}
