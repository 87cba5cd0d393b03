/// A noun phrase that names, describes or points to a speaker, read off the tokens next to a speech cue.
struct SpeakerPhrase {
    enum Form { case name, description, pronoun, anonymous }

    /// Tokens of the whole phrase, determiner and role included.
    var tokens: Range<Int>
    /// Tokens of the name inside it (empty unless `form == .name`).
    var name: Range<Int>
    var form: Form
    /// Role or title words, or an apposition ("a spokesman for …").
    var role: String?
    /// The lowercased head word ("president", "ministry") for descriptions and organisations.
    var head: String
    var isOrganization: Bool
    var isOutlet: Bool
    /// A count or share of a group ("two of the commissioners", "one in four voters"): the group speaks.
    var isCount = false
    /// The names a coordination joins ("Kolar and Amundsen"), who speak together; empty for one speaker.
    var conjuncts: [SpeakerPhrase] = []
}

/// Reads speaker phrases before and after cues.
struct SpeakerPhraseReader {
    let view: TokenView

    func isNameWord(_ index: Int) -> Bool {
        if isCapitalizedName(index) { return true }
        // Asked of nearly every token: a lowercase word is part of a name only as a particle ("von"), a romanized
        // given name's second part ("Eun-ji"), "plc", or an ampersand joint.
        if !view.isCapitalized(index) && !view.has(index, [.nameParticle, .hyphenatedNamePart])
            && view.document.tokens[index].kind == .word && !view.isLower(index, "plc") {
            return false
        }
        return isNameParticle(index) || endsCompanyName(index) || isAmpersandJoint(index) || isLowercaseGivenNamePart(index)
            || isDayInTitle(index) || isRoleWordAsSurname(index) || isRoleWordAsGivenName(index) || isCapitalizedPrepositionInName(index, lowerLimit: 0, upperLimit: view.count)
    }

    /// "the Bishop of Durham", "the Duke of Sussex", "the Secretary of State", "the Lord Mayor of Leeds": capitalized
    /// words up to a title, "of" (and "the") and one capitalized word or a place's name call the office's one holder by
    /// the office. Returns the office's words and its title's when they open at `start` (or after a "the" there), with
    /// "the" or the sentence's start before them (not "a Professor of Law"), and no person's name follows the title
    /// in the run ("Secretary of State Kerry" names Kerry).
    func officeHolder(from start: Int, limit: Int) -> (name: Range<Int>, title: Range<Int>)? {
        let first = view.isLower(start, "the") ? start + 1 : start
        guard view.opensSentence(first) || view.isLower(first - 1, "the") else { return nil }
        var of = first
        while of < limit && of - first < 3 && view.isCapitalized(of) && view.isWord(of) { of += 1 }
        guard of > first, of < limit, view.isLower(of, "of"), view.wordKinds[of - 1] == .role else { return nil }
        let runStart = view.isLower(of + 1, "the") ? of + 2 : of + 1
        var runEnd = runStart
        while runEnd < limit && view.sentenceOf[runEnd] == view.sentenceOf[first] && view.quoteOf[runEnd] < 0
            && (view.isCapitalized(runEnd) && view.isWord(runEnd) || isNameWord(runEnd)) {
            runEnd += 1
        }
        let run = runStart..<runEnd
        guard !run.isEmpty, run.count == 1 || runStart == of + 1 && view.lexicon.givenNames[view.lower[runStart]] == nil
                && view.isPlace(view.phrase(run))
        else { return nil }
        return (first..<runEnd, first..<of)
    }

    /// ``officeHolder(from:limit:)`` for the office whose "of" is at `of`.
    func officeHolder(of: Int) -> (name: Range<Int>, title: Range<Int>)? {
        guard of >= 1, view.wordKinds[of - 1] == .role, view.isCapitalized(of - 1) else { return nil }
        var first = of - 1
        while first > 0, of - first < 3, !view.opensSentence(first), view.isCapitalized(first - 1), view.isWord(first - 1),
              !view.isLower(first - 1, "the") {
            first -= 1
        }
        guard let office = officeHolder(from: first, limit: view.count), office.title.upperBound == of else { return nil }
        return office
    }

    /// An honour or office written in capitals after a name word ("Oduya KC", "Oyelowo MP").
    func isPostNominal(_ index: Int) -> Bool {
        index > 0 && Self.postNominals.contains(view.lower[index]) && TranscriptLabel.isInCapitals(view.words[index])
            && view.isCapitalized(index - 1) && !TranscriptLabel.isInCapitals(view.words[index - 1])
    }

    private static let postNominals: WordSet = [
        "kc", "qc", "sc", "mp", "msp", "mla", "mep", "td", "mbe", "obe", "cbe", "dbe", "kbe", "frs", "phd",
    ]

    /// "prosecutor Dean Whitaker", "Coach Earl Banner": a capitalized role word that is also a given name, between a
    /// role noun (lowercase, or opening the sentence) and a surname, is the given name (titles do not follow a role
    /// noun).
    private func isRoleWordAsGivenName(_ index: Int) -> Bool {
        view.isCapitalized(index) && index > 0 && index + 1 < view.count && view.wordKinds[index] == .role
            && view.wordKinds[index - 1] == .role && (!view.isCapitalized(index - 1) || view.opensSentence(index - 1)) && view.isWord(index - 1)
            && view.isCapitalized(index + 1) && view.wordKinds[index + 1] == nil && view.sentenceOf[index + 1] == view.sentenceOf[index]
            && view.lexicon.givenNames[view.lower[index]] != nil
    }

    /// "Harriet Monk", "Tom Judge": a capitalized role word right after a known given name, and not before another
    /// name word, is the family name (a title stands before the name it gives: "Judge Ann Berg").
    private func isRoleWordAsSurname(_ index: Int) -> Bool {
        // Asked of every word that is no other name word: the capital rules out most before any lookup.
        view.isCapitalized(index) && index > 0 && view.wordKinds[index] == .role && view.isCapitalized(index - 1)
            && view.lexicon.givenNames[view.lower[index - 1]] != nil && view.wordKinds[index - 1] == nil
            && (index + 1 >= view.count || !view.isCapitalized(index + 1) || view.sentenceOf[index + 1] != view.sentenceOf[index])
    }

    /// "The Sunday Review", "the Monday Club": a day's name after "the" and before a name word is part of the name,
    /// as in newspapers' titles ("On Sunday Okafor said" has no "the").
    private func isDayInTitle(_ index: Int) -> Bool {
        view.has(index, .dayWord) && index > 0 && index + 1 < view.count && view.isCapitalized(index)
            && view.has(index - 1, .article) && view.isLower(index - 1, "the") && isCapitalizedName(index + 1)
    }

    /// "Eun-ji Park", "Seo-yeon Kim", "Kim Jong-un": the second part of a romanized given name, written in
    /// lowercase after a hyphen, between a capitalized part and the family name, or after both.
    @inline(__always)
    func isLowercaseGivenNamePart(_ index: Int) -> Bool {
        view.has(index, .hyphenatedNamePart) && isCapitalizedName(index - 2)
            && (index + 1 < view.count && isCapitalizedName(index + 1) || index >= 3 && isCapitalizedName(index - 3))
    }

    /// "Marks & Spencer", "Crumb & Co", "AT&T": an ampersand between capitalized words joins one name.
    private func isAmpersandJoint(_ index: Int) -> Bool {
        index > 0 && index + 1 < view.count && view.isByte(index, UInt8(ascii: "&")) && isCapitalizedName(index - 1) && isCapitalizedName(index + 1)
    }

    private func isCapitalizedName(_ index: Int) -> Bool {
        view.isCapitalized(index) && view.wordKinds[index] == nil && !view.has(index, .notName)
            && (view.cue(at: index, within: view.count) == nil || isGivenNameBeforeName(index)) && !view.isOpeningParticiple(index)
            && !view.describesNamedPerson(index)
    }

    /// "Ursula von der Leyen", "Tom de Wit", "Lula da Silva": a lowercase particle (or two) between capitalized
    /// name words belongs to the name.
    private func isNameParticle(_ index: Int) -> Bool {
        // Asked of nearly every token: the capital before it rules out most before the set is looked up.
        guard index > 0, index + 1 < view.count, !view.isCapitalized(index),
              view.isCapitalized(index - 1) || index > 1 && view.isCapitalized(index - 2) || opensSurname(index),
              view.has(index, .nameParticle), Self.nameParticles.contains(view.words[index])
        else { return false }
        if opensSurname(index) && !isCapitalizedName(index - 1) { return true }
        var next = index + 1
        if next + 1 < view.count && view.has(next, .nameParticle) && Self.nameParticles.contains(view.words[next]) { next += 1 }
        // "Abdullah al-Mansour", "Ahmad bin-Said": a particle glued to the next name word by a hyphen.
        if next + 1 < view.count && view.isGluedHyphen(next) { next += 1 }
        var previous = index - 1
        if previous > 0 && view.has(previous, .nameParticle) && Self.nameParticles.contains(view.words[previous]) { previous -= 1 }
        return isCapitalizedName(next) && isCapitalizedName(previous)
    }

    /// "When de Ruiter admitted …", "van Gaal said": a surname that keeps its lowercase particle when the given
    /// name is left out (not "la"/"le", which open many other capitalized phrases, nor "do": "Why do Americans …").
    private func opensSurname(_ index: Int) -> Bool {
        guard view.has(index, .nameParticle), !["la", "le", "do"].contains(view.words[index]) else { return false }
        // "von der Leyen": a second particle.
        let next = index + 2 < view.count && view.has(index + 1, .nameParticle) && !view.isCapitalized(index + 1) ? index + 2 : index + 1
        return isCapitalizedName(next) && !view.opensSentence(next)
    }

    static let nameParticles: WordSet = [
        "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "dos", "das", "ter", "ten", "zu",
        "la", "le",
        // Portuguese: "Vale do Ouro", "Hélio do Carmo" (never a name word without capitals on both sides).
        "do",
        // Irish: "Tadhg Ó Loingsigh", "Síle Ní Bhriain".
        "ó", "ní", "nic", "uí",
    ]

    /// "Havvind AS", "Nordkraft ASA", "Volvo AB": a company form in capitals ends the company's name, even where
    /// its lowercase is a function word.
    @inline(__always)
    func endsCompanyName(_ index: Int) -> Bool {
        // Asked of nearly every token: all the forms are two to four letters, capitalized but for "plc".
        guard index > 0, (2...4).contains(view.words[index].utf8.count), view.isCapitalized(index) || view.isLower(index, "plc")
        else { return false }
        // "Brightwater Foods Inc": after a name word or a body word that ends a name.
        return Self.companyForms.contains(view.words[index])
            && (isNameWord(index - 1) || view.isCapitalized(index - 1) && view.wordKinds[index - 1] == .org)
    }

    /// "Jr", "Sr" after a name word, or a dotted acronym in capitals ("F.B.I", "N.T.S.B"), whose full stop follows it.
    private func endsWithAbbreviation(_ index: Int) -> Bool {
        guard view.isCapitalized(index), view.quoteOf[index] < 0 else { return false }
        let word = view.words[index]
        if Self.generationalSuffixes.contains(word) { return index > 0 && isNameWord(index - 1) }
        // Three letters or more: "N.C." and "D.C." end places in a dateline or an address ("of Raleigh, N.C.,").
        let letters = word.utf8.lazy.filter { $0 != UInt8(ascii: ".") }.count
        return letters >= 3 && word.utf8.contains(UInt8(ascii: ".")) && TranscriptLabel.isInCapitals(word)
    }

    private static let generationalSuffixes: WordSet = ["Jr", "Sr"]

    static let companyForms: WordSet = [
        "AS", "ASA", "AB", "AG", "SA", "NV", "BV", "GmbH", "PLC", "plc", "Plc", "LLC", "Ltd", "Inc", "Corp", "Co", "Cos", "Bros",
    ]

    /// Whether `index` is the period of a middle initial inside a name ("Elaine C. Kamarck").
    func isInitialPeriod(_ index: Int) -> Bool {
        guard index > 0, index + 1 < view.count, view.isByte(index, UInt8(ascii: ".")), isNameWord(index + 1) else { return false }
        let initial = view.words[index - 1].utf8
        let isInitial = initial.count == 1 && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(initial.first!)
        // "St. Brendan's Hospital", "Mt. Sinai", "Ft. Worth": the abbreviated saint, mount or fort opens a name.
        return (isInitial || Self.nameAbbreviations.contains(view.words[index - 1]))
            && view.document.tokens[index - 1].span.utf8.upperBound == view.document.tokens[index].span.utf8.lowerBound
    }

    private static let nameAbbreviations: WordSet = ["St", "Ste", "Mt", "Ft"]

    /// Whether a token can be part of a speaker phrase.
    func isPhraseWord(_ index: Int, lowerLimit: Int, upperLimit: Int) -> Bool {
        guard view.quoteOf[index] < 0 else { return false }
        let token = view.document.tokens[index]
        if token.kind == .word {
            if index > lowerLimit && isInChildCount(index, upperLimit: upperLimit) { return true }
            if view.isLower(index, "and") && index > lowerLimit
                && (joinsTitles(index, upperLimit: upperLimit) || joinsListInBodyName(index, lowerLimit: lowerLimit, upperLimit: upperLimit)) {
                return true
            }
            // "Secretary of State Jason Kander", "the Bank of England", "the Institute of Marine Research": "of"
            // after a role or body word and before a capitalized word belongs to the title or name ("Cruz of
            // Texas" stays a name and a place).
            // So are "for" and "on" after a body word ("the Center for Biological Diversity", "the Council on
            // Foreign Relations").
            // A preposition glued into a person's compound ("hanger-on") is part of the word.
            if (view.isLower(index, "of") || isBodyNamePreposition(index)) && !(index > 0 && view.isGluedHyphen(index - 1)) {
                // "chief of staff", "chief of police": a title that ends in a bare noun after "of".
                if isInOfTitle(index, lowerLimit: lowerLimit, upperLimit: upperLimit) { return true }
                // "the Institute for the Study of War": "the" may follow, and a body's name goes on after its first
                // preposition.
                let next = index + 2 < upperLimit && view.isLower(index + 1, "the") ? index + 2 : index + 1
                // "the Reserve Bank on Tuesday": a day after the preposition dates the words; it names nothing.
                return index > lowerLimit && next < upperLimit && view.isCapitalized(next) && !view.has(next, .dayWord)
                    && (opensBodyName(before: index) || continuesBodyName(before: index, lowerLimit: lowerLimit)
                        || view.isLower(index, "of") && next == index + 1 && view.isCapitalized(index - 1) && view.wordKinds[index - 1] == .role)
            }
            // The "the" of "the Society for the Protection of Birds" after the name's preposition.
            if view.isLower(index, "the") && index > lowerLimit && index + 1 < upperLimit && view.isCapitalized(index + 1)
                && (view.isLower(index - 1, "of") || isBodyNamePreposition(index - 1))
                && (opensBodyName(before: index - 1) || continuesBodyName(before: index - 1, lowerLimit: lowerLimit)) {
                return true
            }
            if index > lowerLimit && endsCompanyName(index) { return true }
            // "brother-in-law": a part of a hyphenated compound that carries the compound's kind.
            if index > lowerLimit && view.isGluedHyphen(index - 1), let kind = view.wordKinds[index], view.wordKinds[index - 1] == kind {
                return true
            }
            // "Moon Jae-in": a romanized syllable after the hyphen, whatever English word it spells.
            if index > lowerLimit && view.has(index, .hyphenatedNamePart) && isLowercaseGivenNamePart(index) { return true }
            if isCapitalizedPrepositionInName(index, lowerLimit: lowerLimit, upperLimit: upperLimit) { return true }
            if view.has(index, .notName) { return false }
            // "Per Holm said": a given name before a capitalized word is a name's first word, though "per" is a cue.
            if view.cue(at: index, within: view.count) != nil && !isGivenNameBeforeName(index) { return false }
            // "Alongside BLM calls …": a preposition capitalized only because it opens the sentence.
            if view.has(index, .preposition) && view.opensSentence(index) { return false }
            return view.isCapitalized(index) || view.wordKinds[index] != nil || isNameParticle(index) || modifiesRole(index, upperLimit: upperLimit)
                || isTitleBeforeName(index, lowerLimit: lowerLimit, upperLimit: upperLimit)
                // "On Monday, ski guide Halvard Moe argued": the modifier that opens such a title.
                || isPlainModifier(index) && opensClause(index, lowerLimit: lowerLimit) && isTitleBeforeName(index + 1, lowerLimit: lowerLimit, upperLimit: upperLimit)
        }
        if view.isByte(index, UInt8(ascii: "&")) { return index > lowerLimit && index + 1 < upperLimit && isAmpersandJoint(index) }
        if view.isComma(index) { return joinsListInBodyName(index, lowerLimit: lowerLimit, upperLimit: upperLimit) }
        // The apostrophe of a plural possessive ("The Dockers' Union", "the dockers’ union").
        if view.isByte(index, UInt8(ascii: "'")) || view.words[index] == "’" {
            return index > lowerLimit && index + 1 < upperLimit && view.words[index - 1].hasSuffix("s")
                && view.document.tokens[index - 1].span.utf8.upperBound == token.span.utf8.lowerBound
                && view.document.tokens[index + 1].kind == .word
        }
        // A hyphen inside a name (Kassym-Jomart) or a role ("front-runner"), or the period of a title (Sen. Walsh).
        if view.isByte(index, UInt8(ascii: "-")) && view.wordKinds[index] != nil { return index > lowerLimit && index + 1 < upperLimit }
        if index > lowerLimit && view.isGluedHyphen(index) && isInChildCount(index, upperLimit: upperLimit) { return true }
        // The hyphen of a compound before a role ("long-time resident").
        if index > lowerLimit && view.isGluedHyphen(index) && modifiesRole(index - 1, upperLimit: upperLimit) { return true }
        if view.isByte(index, UInt8(ascii: "-")) || view.isByte(index, UInt8(ascii: ".")) {
            // "al-Mansour": a name particle before the hyphen counts as the capital would.
            guard index > lowerLimit, index > 0, index + 1 < upperLimit else { return false }
            let joinsBefore = view.isCapitalized(index - 1) || view.isByte(index, UInt8(ascii: "-")) && Self.nameParticles.contains(view.lower[index - 1])
            return joinsBefore && (view.isCapitalized(index + 1) || view.isByte(index, UInt8(ascii: "-")) && isLowercaseGivenNamePart(index + 1))
                && view.document.tokens[index - 1].span.utf8.upperBound == token.span.utf8.lowerBound
        }
        return false
    }

    /// "Doctors Without Borders", "Mothers Against Drunk Driving": a preposition that keeps its capital between two
    /// capitalized words inside a sentence is part of a body's name (a person's name holds none).
    func isCapitalizedPrepositionInName(_ index: Int, lowerLimit: Int, upperLimit: Int) -> Bool {
        index > lowerLimit && index + 1 < upperLimit && view.isCapitalized(index) && Self.namePrepositions.contains(view.lower[index])
            && !view.opensSentence(index) && view.isCapitalized(index - 1) && view.isCapitalized(index + 1)
            && view.quoteOf[index + 1] < 0
    }

    private static let namePrepositions: WordSet = ["without", "against", "beyond", "across"]

    /// Whether the "of" at `index` joins a role word to the bare noun that ends its title ("chief of staff").
    private func isInOfTitle(_ index: Int, lowerLimit: Int, upperLimit: Int) -> Bool {
        index > lowerLimit && index + 1 < upperLimit && view.isLower(index, "of") && view.wordKinds[index - 1] == .role
            && !view.isCapitalized(index + 1) && Self.ofTitleNouns.contains(view.lower[index + 1])
    }

    private static let ofTitleNouns: WordSet = ["staff", "police", "state", "mission", "protocol", "operations", "communications"]

    /// "Republican presidential front-runner", "outgoing county treasurer", "Danish shipping group": a plain
    /// lowercase word right before a role or body word modifies it, so the lists need not hold every adjective
    /// of a title.
    private func modifiesRole(_ index: Int, upperLimit: Int) -> Bool {
        guard index + 1 < upperLimit, isPlainModifier(index) || opensCompoundModifier(index) else { return false }
        // Not "voters trust …": a plural before a body word is a subject, the body word its verb.
        func isHead(_ at: Int) -> Bool { view.wordKinds[at] == .role || view.wordKinds[at] == .org && !view.has(at - 1, .plural) }
        // "long-time resident", "season-ticket holder Gwen Pryce": a compound joined by a hyphen is one modifier,
        // and an agent noun before a name may head it.
        if view.isGluedHyphen(index + 1), index + 3 < upperLimit, isPlainModifier(index + 2) {
            return modifiesRole(index + 2, upperLimit: upperLimit)
        }
        if index > 0 && view.isGluedHyphen(index - 1) && isTitleBeforeName(index + 1, lowerLimit: index, upperLimit: upperLimit) { return true }
        // Up to two such words: "retired ferry pilot".
        return isHead(index + 1) || index + 2 < upperLimit && isPlainModifier(index + 1) && isHead(index + 2)
    }

    /// "mother-of-two Carys Penhallow", "father of three Ian Moss": how many children a parent has is part of the
    /// title before the name. True for the "of", the number and the hyphens between.
    private func isInChildCount(_ index: Int, upperLimit: Int) -> Bool {
        guard view.isLower(index, "of") || view.has(index, .numberWord) || view.isByte(index, UInt8(ascii: "-")) else { return false }
        for parent in stride(from: index - 1, through: max(0, index - 4), by: -1) where Self.parentNouns.contains(view.lower[parent]) {
            var next = parent + 1
            if view.isGluedHyphen(next) { next += 1 }
            guard next < upperLimit, view.isLower(next, "of") else { return false }
            next += 1
            if view.isGluedHyphen(next) { next += 1 }
            guard next + 1 < upperLimit, view.has(next, .numberWord), index <= next else { return false }
            return isNameWord(next + 1)
        }
        return false
    }

    private static let parentNouns: WordSet = ["mother", "father", "mum", "dad", "grandmother", "grandfather", "grandparent", "parent"]

    /// "co-founder and CEO Anika Sorensen", "cyclist and father of two Tobias Lindqvist": "and" between two
    /// lowercase titles of one person, the second leading straight to the name.
    private func joinsTitles(_ index: Int, upperLimit: Int) -> Bool {
        func isTitle(_ at: Int) -> Bool {
            let kind = view.wordKinds[at]
            return (kind == .role || kind == .anonymous) && !view.has(at, .plural) && (!view.isCapitalized(at) || view.opensSentence(at)
                || TranscriptLabel.isInCapitals(view.words[at]))
        }
        guard index > 0, index + 2 < upperLimit, isTitle(index - 1), isTitle(index + 1) else { return false }
        var next = index + 2
        while next < min(upperLimit, index + 7), !isNameWord(next) {
            guard !view.isComma(next), view.quoteOf[next] < 0, isInChildCount(next, upperLimit: upperLimit) || view.wordKinds[next] != nil
            else { return false }
            next += 1
        }
        return next < min(upperLimit, index + 7) && next + 1 < upperLimit && isNameWord(next + 1)
    }

    private func isPlainModifier(_ index: Int) -> Bool { view.isPlainWord(index, excluding: Self.functionWords) }

    /// "Long-serving councillor …" at a sentence's start: a word capitalized only there, joined by a hyphen to a
    /// lowercase word that is no part of a romanized given name ("Eun-ji").
    private func opensCompoundModifier(_ index: Int) -> Bool {
        index + 2 < view.count && view.opensSentence(index) && view.isGluedHyphen(index + 1) && !view.isCapitalized(index + 2)
            && !view.has(index + 2, .hyphenatedNamePart)
    }

    /// "star striker Ada Holm", "billionaire investor Carl Ice": a lowercase noun with an agent's ending right
    /// before a name of two words is a title the lists need not hold, unless an article or preposition makes it a
    /// phrase of its own ("in a letter Ada Holm …").
    /// Any other plain noun is one where it opens its clause, alone or after one modifier ("Swiss guide Reto
    /// Caminada said", "On Monday, veteran guide …"): nothing else can stand there before a subject's name.
    private func isTitleBeforeName(_ index: Int, lowerLimit: Int, upperLimit: Int) -> Bool {
        guard index + 2 < upperLimit, isPlainModifier(index), isNameWord(index + 1), isNameWord(index + 2) else { return false }
        if Self.agentEndings.contains(where: view.lower[index].hasSuffix) {
            return index == lowerLimit || !view.has(index - 1, [.article, .determiner, .possessive, .preposition])
        }
        return opensClause(index, lowerLimit: lowerLimit)
            || index - 1 >= lowerLimit && view.quoteOf[index - 1] < 0 && opensClause(index - 1, lowerLimit: lowerLimit)
                && (isPlainModifier(index - 1) || view.isCapitalized(index - 1) && !view.has(index - 1, Self.functionWords))
    }

    /// Whether a word is the first of its clause: the limit of the phrase, the sentence's first word, or the first
    /// after a comma.
    private func opensClause(_ index: Int, lowerLimit: Int) -> Bool {
        index == lowerLimit || view.opensSentence(index) || view.isComma(index - 1) && view.quoteOf[index - 1] < 0
    }

    private static let agentEndings = ["er", "or", "ist", "ian", "aire", "eon", "ant"]

    static let functionWords: WordTraits = [
        .clauseWord, .determiner, .possessive, .preposition, .conjunction, .subordinator, .finiteVerb, .negator, .be,
        .intervener, .joining, .coordinator, .dayWord, .quantifier, .relativePronoun, .numberWord, .adverb, .reportNoun,
    ]

    /// "on May 4", "on 4 May": a month, or a day's number next to one, in a date between a subject and its cue.
    private func isDatePart(_ index: Int) -> Bool {
        if isMonth(index) { return true }
        guard view.document.tokens[index].kind == .number, view.words[index].utf8.count <= 2 else { return false }
        return index > 0 && isMonth(index - 1) || index + 1 < view.count && isMonth(index + 1)
    }

    /// A capitalized month ("May", not the modal "may").
    private func isMonth(_ index: Int) -> Bool {
        // Asked of the word before most cues: the months' trait rules out names before the set is looked up.
        view.has(index, .notName) && view.isCapitalized(index) && Self.months.contains(view.lower[index])
    }

    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The phrase ending just before `end` (skipping adverbs and auxiliaries), not reaching below `floor`.
    func before(_ end: Int, floor: Int, allowApposition: Bool = true) -> SpeakerPhrase? {
        var last = end - 1
        // "Spicer on Thursday evening said": adverbs, auxiliaries and time words may stand before the cue; the
        // particle of a person's compound ("a hanger-on said") is none of them.
        var skipped = 0
        while last >= floor && skipped < 5 && view.wordKinds[last] == nil
            && (view.has(last, [.intervener, .dayWord]) || isMannerAdverb(last) || isAdverbAfterAuxiliary(last, floor: floor)
                || isFloatingQuantifier(last, floor: floor) || isDatePart(last)) {
            last -= 1
            skipped += 1
        }
        // "Exxon Mobil Corp. said", "Brightwater Foods Inc. today announced", "Robert Tallis Jr. said", "The F.B.I.
        // said": the full stop of a company form, of a generational suffix or of a dotted acronym ends no name.
        if last - 1 > floor, view.isByte(last, UInt8(ascii: ".")), endsCompanyName(last - 1) || endsWithAbbreviation(last - 1) {
            last -= 1
        }
        // "Marta Lind, who wrote “The Quiet Harbour,” said": American style sets the comma that closes an aside
        // inside the marks of a title that ends it; the closing mark then ends the aside as the comma would.
        if allowApposition, last - 1 > floor, view.has(last, .closingMark), view.isComma(last - 1),
           opensMidClause(quoteEndingAt: last, floor: floor), let appositive = appositionBefore(comma: last, floor: floor) {
            return appositive
        }
        // "Forbes, however, says": a connective set off by commas between the subject and the cue; so is a scene
        // ("Kolar, in an interview, said").
        if last - 2 >= floor && view.isComma(last) && view.isComma(last - 2) && view.has(last - 1, .connective) {
            last -= 3
        } else if last - 3 >= floor && view.isComma(last),
                  let opening = (max(floor, last - 7)..<last).last(where: { view.isComma($0) }),
                  last - opening <= 5 && isComparisonAside((opening + 1)..<last) || last - opening <= 4 && isSetPhraseAside((opening + 1)..<last) {
            // "Lunde, for her part, insisted", "The council, in turn, argued", "Haddad, like Jansen, said".
            last = opening - 1
        } else if last - 2 >= floor && view.isComma(last),
                  let opening = (max(floor, last - 20)..<last).last(where: { view.isComma($0) }), opening > floor,
                  isSituatingAside((opening + 1)..<last),
                  let subject = before(opening, floor: floor, allowApposition: false),
                  // Only a subject that opens its clause: in "…, in Aurora, Colorado, in July 2012, said" the
                  // phrase before the scene is part of a longer apposition.
                  subject.tokens.lowerBound == floor
                    || !view.isComma(subject.tokens.lowerBound - 1) && view.has(subject.tokens.lowerBound - 1, .clauseOpener) {
            // "The senator from Ohio, in explaining her vote, wrote": a head with its modifier, not the name in it.
            if subject.tokens.lowerBound == floor, subject.name.lowerBound > floor, view.has(subject.name.lowerBound - 1, .preposition),
               let modified = postmodifiedSubject(start: floor, cue: opening) {
                return modified
            }
            return subject
        }
        // A party label or aside in brackets between the name and the cue: "Harry Reid (D-Nev.) said", also
        // followed by a comma: "Gov. John Kasich (R-OH), said".
        if last - 1 >= floor && view.isComma(last) && view.isByte(last - 1, UInt8(ascii: ")")) { last -= 1 }
        if last >= floor && view.isByte(last, UInt8(ascii: ")")), let opening = (floor..<last).last(where: { view.isByte($0, UInt8(ascii: "(")) }), last - opening <= 8 {
            last = opening - 1
            if last >= floor && view.isComma(last) && allowApposition { last -= 1 }
        }
        // "Ardent Therapeutics, Inc. today announced", "Ardent Therapeutics, Inc. (NASDAQ: ARDT) said": a company form
        // set off by a comma ends a business's name.
        var form = last
        if form - 1 > floor, view.isByte(form, UInt8(ascii: ".")) { form -= 1 }
        if form - 2 > floor, view.isComma(form - 1), view.isCapitalized(form), Self.companyForms.contains(view.words[form]),
           var named = before(form - 1, floor: floor, allowApposition: false), named.form == .name,
           named.tokens.upperBound == form - 1 {
            named.isOrganization = true
            named.tokens = named.tokens.lowerBound..<(form + 1)
            return named
        }
        // "Sen. Ola Dahl, D-Calif., said": a party and state set off by commas, as agencies print them.
        if let label = partyLabelStart(closingComma: last, floor: floor) { last = label - 2 }
        // "Some planners - including two of the board - warn": an aside between dashes after the subject.
        if let closing = dashStart(endingAt: last, floor: floor),
           let opening = (max(floor, closing - 16)..<closing).last(where: { dashStart(endingAt: $0, floor: floor) != nil }),
           let openingStart = dashStart(endingAt: opening, floor: floor), openingStart > floor {
            last = openingStart - 1
        }
        guard last >= floor, view.quoteOf[last] < 0 else { return nil }
        // "“…,” one of them said": a count of a group named before, as when it opens a clause.
        if last - 2 >= floor, isPartitiveOfPronoun((last - 2)..<(last + 1)) { return count(of: (last - 2)..<(last + 1)) }
        // "“…,” one said.": a lone count of a group named before.
        if view.has(last, .numberWord), Self.loneCounts.contains(view.lower[last]),
           last == floor || view.quoteOf[last - 1] >= 0 || view.isComma(last - 1),
           view.cue(at: last + 1, within: view.count) != nil {
            return count(of: last..<(last + 1))
        }
        if view.wordKinds[last] == .pronoun || view.isLower(last, "i") || view.isLower(last, "we") {
            return pronoun(last)
        }
        // "Some said …", "A few said …": a quantifier, with its article, stands for part of a group.
        if view.has(last, .quantifier) {
            return unnamed((last - 1 >= floor && view.has(last - 1, .article) ? last - 1 : last)..<(last + 1))
        }
        if let provision = provision(endingAt: last, floor: floor) { return provision }
        // "43 said …", "A third of independents, 33%, say …": a count or share of those polled.
        if view.document.tokens[last].kind == .number { return unnamed(last..<(last + 1)) }
        if view.words[last] == "%" && last > floor && view.document.tokens[last - 1].kind == .number {
            return unnamed((last - 1)..<(last + 1))
        }
        if allowApposition && view.isComma(last), let appositive = appositionBefore(comma: last, floor: floor) {
            return appositive
        }
        var first = last + 1
        while first - 1 >= floor && isPhraseWord(first - 1, lowerLimit: floor, upperLimit: end) { first -= 1 }
        // "300 residents said", "more than 300 nurses said": a number in digits before the group counts it, with
        // the words that bound it.
        if first <= last, view.wordKinds[last] == .anonymous, first - 1 >= floor, view.document.tokens[first - 1].kind == .number {
            first = Self.countStart(ofNumberAt: first - 1, floor: floor, view: view)
        }
        guard first <= last else {
            guard let group = genericGroup(endingAt: last, floor: floor) else { return describedThing(endingAt: last, floor: floor) }
            return coordinated(group, floor: floor)
        }
        // "election officials said": plain nouns before an unnamed group's head belong to it.
        if first - 1 >= floor, view.document.tokens[first - 1].kind == .word, !view.isCapitalized(first - 1),
           !view.has(first - 1, .clauseWord), view.wordKinds[last] == .anonymous,
           let group = genericGroup(endingAt: last, floor: floor) {
            // "Correa and his colleagues said": a name may stand with the group.
            return coordinated(group, floor: floor)
        }
        // "The hospital board", "A hospital official", "Her campaign workers": plain nouns may stand between a
        // determiner or possessive and the head, and so may compounds joined by hyphens ("The well-known
        // nurse", "A 34-year-old nurse").
        if let determiner = ((max(floor, first - 6))..<first).last(where: { view.has($0, [.determiner, .possessive]) && !insideCompound($0) }),
           ((determiner + 1)..<first).allSatisfy({ index in
               view.quoteOf[index] < 0 && !view.has(index, [.clauseWord, .irregularPast]) && !isVerbAfterHead(index)
                   && (view.document.tokens[index].kind == .word || isCompoundJoint(index))
           }),
           ((determiner + 1)..<first).filter({ view.document.tokens[$0].kind == .word }).count <= 4 {
            first = determiner
        }
        return coordinated(classify(first..<(last + 1)), floor: floor)
    }

    /// "Kolar and Amundsen said", "Both Kolar and Amundsen said", "The council and the union said": two names, or
    /// two bodies, joined by "and" speak together.
    /// A name or body may also stand with a plural group ("Maersk and two smaller carriers said").
    private func coordinated(_ phrase: SpeakerPhrase?, floor: Int) -> SpeakerPhrase? {
        if let phrase, let groups = coordinatedGroups(phrase, floor: floor) { return groups }
        guard let phrase else { return phrase }
        let group = phrase.form == .anonymous && view.has(phrase.tokens.upperBound - 1, .plural)
        guard phrase.form == .name || phrase.isOrganization || group || isOnePersonByRole(phrase) else { return phrase }
        let and = phrase.tokens.lowerBound - 1
        if let shared = sharedBodyName(phrase, and: and, floor: floor) { return shared }
        if let joined = coordinatedAfterApposition(phrase, and: and, floor: floor) { return joined }
        guard and - 1 >= floor, view.isLower(and, "and"),
              let first = before(and, floor: floor, allowApposition: false),
              // "The mayor and her deputy"; with no article, roles before a name are its titles ("GOP contender
              // and former neurosurgeon Ben Carson" is one person).
              (first.form == .name && !first.isOrganization
               || isOnePersonByRole(first) && view.has(first.tokens.lowerBound, [.article, .possessive]))
                && (phrase.form == .name || isOnePersonByRole(phrase)) && !phrase.isOrganization
                || first.isOrganization && phrase.isOrganization
                // "The union and the employers", "the nurses and the porters": a body or a group with a group.
                || group && (first.form == .name || first.isOrganization
                             || first.form == .anonymous && view.has(first.tokens.upperBound - 1, .plural)),
              first.tokens.upperBound == and, first.conjuncts.isEmpty
        else { return phrase }
        var start = first.tokens.lowerBound
        var conjuncts = [first, phrase]
        // "Ines Berg, Ola Lund and Piet Moe said": full names in a series before the last two speak with them.
        while start - 2 >= floor, view.isComma(start - 1), first.form == .name, !first.isOrganization,
              let earlier = before(start - 1, floor: floor, allowApposition: false), earlier.form == .name, !earlier.isOrganization,
              earlier.conjuncts.isEmpty, earlier.name.count >= 2, earlier.tokens.upperBound == start - 1 {
            conjuncts.insert(earlier, at: 0)
            start = earlier.tokens.lowerBound
        }
        if start - 1 >= floor && view.isLower(start - 1, "both") { start -= 1 }
        var joined = phrase
        joined.tokens = start..<phrase.tokens.upperBound
        joined.conjuncts = conjuncts
        return joined
    }

    /// "Tomasz Nowicki, the head of the miners' union, and his deputy, Ewa Lis, told …": a person named with an
    /// apposition that opens the clause, then ", and" and another person, speak together.
    private func coordinatedAfterApposition(_ phrase: SpeakerPhrase, and: Int, floor: Int) -> SpeakerPhrase? {
        guard phrase.form == .name || isOnePersonByRole(phrase), !phrase.isOrganization, and - 3 >= floor, view.isLower(and, "and"), view.isComma(and - 1),
              let first = appositionBefore(comma: and - 1, floor: floor), first.tokens.lowerBound == floor,
              first.form == .name, !first.isOrganization, first.conjuncts.isEmpty
        else { return nil }
        var joined = phrase
        joined.tokens = floor..<phrase.tokens.upperBound
        joined.conjuncts = [first, phrase]
        return joined
    }

    /// "the mayor", "the county's chief planner": one person described by a role the lexicon knows.
    /// So is one a possessive relates to someone: "her deputy", "his wife" ("Ines Kolar and her deputy said", "The
    /// mayor and her deputy insisted").
    private func isOnePersonByRole(_ phrase: SpeakerPhrase) -> Bool {
        guard phrase.form == .description || phrase.form == .anonymous, !view.has(phrase.tokens.upperBound - 1, .plural)
        else { return false }
        let kind = view.lexicon.kind(of: phrase.head)
        if phrase.form == .description && kind == .role { return true }
        return (kind == .anonymous || kind == .modifier) && ["his", "her"].contains(view.lower[phrase.tokens.lowerBound])
    }

    /// "Devon and Cornwall Police", "the Harwich and Dovercourt Sailing Club": one capitalized word (no given
    /// name) and "and" before a body's name of a few words are one body of two places.
    /// So are two such words that no body word ends ("Essex Fire and Rescue Service").
    private func sharedBodyName(_ phrase: SpeakerPhrase, and: Int, floor: Int) -> SpeakerPhrase? {
        guard phrase.isOrganization, phrase.form == .name, phrase.name.lowerBound == phrase.tokens.lowerBound,
              phrase.name.count <= 4, and - 1 >= floor, view.isLower(and, "and")
        else { return nil }
        func isPlaceWord(_ index: Int) -> Bool {
            view.quoteOf[index] < 0 && isCapitalizedName(index) && view.lexicon.givenNames[view.lower[index]] == nil
        }
        var place = and - 1
        guard isPlaceWord(place) else { return nil }
        if place - 1 >= floor, view.wordKinds[place] != .org, isPlaceWord(place - 1) { place -= 1 }
        guard place == floor || !isNameWord(place - 1) else { return nil }
        var shared = phrase
        shared.name = place..<phrase.tokens.upperBound
        shared.tokens = (place > floor && view.isLower(place - 1, "the") ? place - 1 : place)..<phrase.tokens.upperBound
        return shared
    }

    /// "Doctors and nurses said", "local officials and residents told Reuters": two unnamed groups of people
    /// joined by "and" speak together, as one group.
    private func coordinatedGroups(_ phrase: SpeakerPhrase, floor: Int) -> SpeakerPhrase? {
        let and = phrase.tokens.lowerBound - 1
        guard phrase.form == .anonymous, view.has(phrase.tokens.upperBound - 1, .plural), and - 1 >= floor, view.isLower(and, "and"),
              let first = before(and, floor: floor, allowApposition: false), first.tokens.upperBound == and,
              first.form == .anonymous, view.has(and - 1, .plural)
        else { return nil }
        return unnamed(first.tokens.lowerBound..<phrase.tokens.upperBound)
    }

    /// Names or bodies joined by "and" that fill `tokens` exactly ("Otto Brask and Lene Moe"), read as one subject
    /// that speaks together; nil for anything else.
    private func joinedNames(_ tokens: Range<Int>) -> SpeakerPhrase? {
        guard let joined = before(tokens.upperBound, floor: tokens.lowerBound, allowApposition: false),
              !joined.conjuncts.isEmpty, joined.tokens == tokens
        else { return nil }
        return joined
    }

    /// A phrase set off between a subject and its cue that says when, where or how it was said.
    func isAside(_ range: Range<Int>) -> Bool {
        isSetPhraseAside(range) || isSituatingAside(range)
    }

    /// A scene, a subordinate clause, a gerund or participle phrase or a time set off before a cue.
    private func isSituatingAside(_ range: Range<Int>) -> Bool {
        isScenePhrase(range) || isSubordinateAside(range) || isGerundAside(range) || isTimeAside(range) || isParticipleAside(range)
            || isStateAside(range)
    }

    /// "Varga, visibly irritated, said …", "Holm, furious, wrote …", "the mayor, unrepentant, insisted …": one to
    /// three lowercase words that are no noun of a speaker phrase, no verb and no function word describe how the
    /// speaker was, and report nothing.
    private func isStateAside(_ range: Range<Int>) -> Bool {
        (1...3).contains(range.count) && range.allSatisfy { index in
            view.document.tokens[index].kind == .word && !view.isCapitalized(index) && view.quoteOf[index] < 0
                && view.wordKinds[index] == nil && !view.has(index, Self.notStateWords)
                && view.cue(at: index, within: range.upperBound) == nil
        }
    }

    private static let notStateWords: WordTraits = [
        .finiteVerb, .be, .auxiliary, .clauseWord, .determiner, .article, .possessive, .preposition, .conjunction,
        .relativePronoun, .andBut, .quantifier, .numberWord, .subordinator, .negator,
    ]

    /// Prepositions that open where or when something was said (not "to": "adds to the drama" is no report).
    /// ("with" and "via" give the manner or the channel: "she adds with a grin", "said via a translator".)
    static let scenePrepositions: WordSet = [
        "in", "at", "during", "on", "after", "before", "from", "outside", "inside", "near", "aboard", "under", "beside", "behind",
        "with", "via",
    ]
    /// Units of time after "for" ("for years"), which then gives how long, not what was argued for.
    static let timeUnits: WordSet = [
        "years", "year", "months", "month", "weeks", "week", "days", "day", "decades", "decade", "hours", "hour", "minutes", "time",
    ]

    /// "in a joint statement", "at a rally in Oslo", "for years": a short phrase that opens with a preposition
    /// of place or time and holds no verb sets the scene of a report; it reports nothing itself.
    func isScenePhrase(_ range: Range<Int>) -> Bool {
        guard let first = range.first, range.count <= 24, view.wordCount(range) <= 10, first + 1 < range.upperBound,
              Self.scenePrepositions.contains(view.lower[first])
                || view.isLower(first, "for") && range.contains(where: { Self.timeUnits.contains(view.lower[$0]) }),
              // "at least 20 boats" is a count, not a place.
              !["least", "most"].contains(view.lower[first + 1])
        else { return false }
        return !range.contains { index in
            // "a packed rally": a participle after an article is an adjective; "in a letter posted on Friday": a
            // past participle right after a noun modifies it, even a verb of saying.
            // So does an irregular one ("in a letter read in every parish").
            let modifiesNoun = (view.has(index, .ed) || Self.irregularParticiples.contains(view.lower[index])) && index > first + 1
                && !view.has(index - 1, [.ed, .ing])
                && view.isPlainWord(index - 1, excluding: [.clauseWord, .determiner, .possessive, .preposition, .finiteVerb, .be])
            if modifiesNoun { return false }
            let participle = view.has(index, [.ed, .ing]) && !(index > first && view.has(index - 1, .article))
            return participle || view.has(index, [.finiteVerb, .be, .negator]) || view.cue(at: index, within: range.upperBound) != nil
                // "on Friday to dredge the basin": an infinitive is what was said, not where.
                || view.isLower(index, "to") && index > first && opensInfinitive(index + 1, end: range.upperBound)
        }
    }

    private static let irregularParticiples: WordSet = ["read", "written", "sent", "given", "shown", "spoken", "drawn", "made"]

    /// Whether the word at `index` can be the verb of an infinitive: a plain lowercase word that is no
    /// determiner, audience or time ("to dredge", not "to a crowd", "to reporters", "to Monday").
    func opensInfinitive(_ index: Int, end: Int) -> Bool {
        index < end && view.isPlainWord(index, excluding: [.determiner, .possessive, .audience, .settingWord, .plural])
    }

    /// "after the scandal broke in March", "when the vote was called": a subordinate clause set off between a
    /// subject and its cue ("Kolar, after the scandal broke in March, said …"), with no cue of its own.
    /// "for her part", "for its part", "in turn", "in response": set phrases a writer puts between a subject
    /// and its verb.
    private func isSetPhraseAside(_ range: Range<Int>) -> Bool {
        let first = range.lowerBound
        switch range.count {
        case 2:
            // "in turn", "in response", and "for one" ("Rush Limbaugh, for one, called …").
            return view.isLower(first, "in") && (view.isLower(first + 1, "turn") || view.isLower(first + 1, "response"))
                || view.isLower(first, "for") && view.isLower(first + 1, "one")
                || isMeansAside(range)
        case 3:
            return view.isLower(first, "for") && view.has(first + 1, .possessive) && view.isLower(first + 2, "part")
                || isMeansAside(range)
        default: return false
        }
    }

    /// "like Jansen", "unlike her rival", "like many economists": whom the subject is compared with, set off
    /// between the subject and its cue.
    private func isComparisonAside(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, view.isLower(range.lowerBound, "like") || view.isLower(range.lowerBound, "unlike") else { return false }
        return range.dropFirst().allSatisfy { view.isWord($0) && view.quoteOf[$0] < 0 && !view.has($0, [.finiteVerb, .be])
            && view.cue(at: $0, within: range.upperBound) == nil || view.isGluedHyphen($0) || view.isByte($0, UInt8(ascii: ".")) }
    }

    /// "through a spokesman", "via her lawyers", "through lawyers": whom the words went through, not what the
    /// speaker is.
    private func isMeansAside(_ range: Range<Int>) -> Bool {
        let first = range.lowerBound
        guard view.isLower(first, "through") || view.isLower(first, "via") else { return false }
        let head = range.upperBound - 1
        return (range.count == 2 || view.has(first + 1, [.article, .possessive])) && view.isWord(head) && !view.isCapitalized(head)
    }

    /// "only two months later", "a week earlier", "days later": how long after (or before) set off between a
    /// subject and its cue ("DuPont, only two months later, announced …").
    private func isTimeAside(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 4, Self.relativeTimeWords.contains(view.lower[range.upperBound - 1]) else { return false }
        let unit = range.upperBound - 2
        guard Self.timeUnits.contains(view.lower[unit]) else { return false }
        // Before the unit: a count ("two", "2", "a"), perhaps after a limiting adverb ("only", "nearly").
        return (range.lowerBound..<unit).allSatisfy { index in
            view.document.tokens[index].kind == .number || view.has(index, [.numberWord, .article])
                || index == range.lowerBound && view.has(index, .approximator)
        }
    }

    private static let relativeTimeWords: WordSet = ["later", "earlier", "ago", "before", "after"]

    private func isSubordinateAside(_ range: Range<Int>) -> Bool {
        // "The mayor, once told of the plan, said": "once" opens a clause there too.
        guard let first = range.first, range.count >= 3, range.count <= 20, view.has(first, .subordinator) || view.isLower(first, "once")
        else { return false }
        return !range.contains { view.quoteOf[$0] >= 0 || view.cue(at: $0, within: range.upperBound) != nil }
    }

    /// Where a party-and-state label ("D-Calif.", "R-Texas", "I-Vt.") starts when the comma at `comma` closes one
    /// that a comma opens, with a word before it; nil otherwise.
    private func partyLabelStart(closingComma comma: Int, floor: Int) -> Int? {
        guard comma >= floor, view.isComma(comma) else { return nil }
        var end = comma
        if end - 1 >= floor && view.isByte(end - 1, UInt8(ascii: ".")) { end -= 1 }
        let start = end - 3
        if start - 2 >= floor, view.isComma(start - 1), isPartyLabel(at: start) { return start }
        // "Senator Ada Holm, Democrat of Oregon, said", "…, Republican of New Jersey,": the party and the state in
        // words, as some papers print them.
        for words in 3...4 {
            let start = comma - words
            if start - 2 >= floor, view.isComma(start - 1), Self.partyNouns.contains(view.lower[start]), view.isLower(start + 1, "of"),
               ((start + 2)..<comma).allSatisfy({ view.isCapitalized($0) }) {
                return start
            }
        }
        return nil
    }

    private static let partyNouns: WordSet = ["democrat", "republican", "independent"]

    /// Whether a party-and-state label ("D-Calif.", "R-Texas", "I-Vt.") starts at `start`.
    func isPartyLabel(at start: Int) -> Bool { Self.isPartyLabel(at: start, view: view) }

    static func isPartyLabel(at start: Int, view: TokenView) -> Bool {
        start + 2 < view.count && view.quoteOf[start] < 0 && ["D", "R", "I"].contains(view.words[start])
            && view.isByte(start + 1, UInt8(ascii: "-")) && view.isCapitalized(start + 2)
    }

    /// "without naming him", "after hearing the verdict", "before leaving office": a preposition and a gerund set
    /// off between a subject and its cue tell how or when, and report nothing.
    private func isGerundAside(_ range: Range<Int>) -> Bool {
        guard let first = range.first, range.count >= 2, view.wordCount(range) <= 6, Self.gerundPrepositions.contains(view.lower[first]),
              view.has(first + 1, .ing)
        else { return false }
        return !range.contains { view.quoteOf[$0] >= 0 || ($0 > first + 1 && view.cue(at: $0, within: range.upperBound) != nil) }
    }

    /// "published on Monday", "released last week", "signed by 40 members": a past participle set off between a
    /// subject and its cue says when or by whom the subject (a report, a letter) was made, and reports nothing.
    private func isParticipleAside(_ range: Range<Int>) -> Bool {
        // "Kari Nes, explaining her vote, wrote": an -ing participle and its object, with no clause of its own
        // unless the participle reports it ("Kari Nes, insisting that the vote was rigged, said …").
        if let first = range.first, range.count >= 2, view.has(first, .ing), !view.isCapitalized(first) {
            if view.cue(at: first, within: range.upperBound) != nil && view.wordCount(range) <= 14 {
                return !range.contains { view.quoteOf[$0] >= 0 }
            }
            // "speaking on condition of anonymity because he was not authorised to brief the press": the phrase may
            // end in a subordinate clause that says why, with verbs of its own.
            let phraseEnd = range.dropFirst(2).first { view.has($0, .subordinator) }.flatMap { isSubordinateAside($0..<range.upperBound) ? $0 : nil }
                ?? range.upperBound
            // A preposition goes on with the participle ("speaking at a rally", "writing in a newspaper column").
            return view.wordCount(range.lowerBound..<phraseEnd) <= 8 && !(range.lowerBound + 1..<phraseEnd).contains {
                view.quoteOf[$0] >= 0 || view.has($0, [.finiteVerb, .be, .clauseWord]) && !view.has($0, .preposition)
                    || view.cue(at: $0, within: range.upperBound) != nil
            }
        }
        // "retired teacher Anjali Shah" is an apposition: the participle must go on with a preposition, a particle
        // ("carried out in March") or a time.
        guard let first = range.first, range.count >= 2, view.wordCount(range) <= 8,
              !view.isCapitalized(first),
              view.has(first + 1, [.preposition, .dayWord]) || Self.participleContinuations.contains(view.lower[first + 1])
                || isMonth(first + 1),
              view.has(first, [.ed, .irregularPast]) || Self.participlesLikeTheirBase.contains(view.lower[first]),
              view.cue(at: first, within: range.upperBound) == nil
        else { return false }
        // "sent in May": a month is no modal.
        return !range.contains {
            view.quoteOf[$0] >= 0 || view.has($0, .finiteVerb) && !isMonth($0) || view.cue(at: $0, within: range.upperBound) != nil
        }
    }

    /// Words besides prepositions and days that carry a participle on: a time ("released last week") or a particle
    /// ("carried out in March").
    private static let participleContinuations: WordSet = ["last", "this", "earlier", "yesterday", "today", "late", "early", "out", "up"]

    private static let gerundPrepositions: WordSet = ["without", "after", "before", "while", "despite", "by", "when", "upon", "on", "in"]

    /// Where the dash that ends at `index` starts: an em or en dash, or one or two hyphens with space on both
    /// sides ("a - b", "a -- b"); nil when `index` ends no dash.
    func dashStart(endingAt index: Int, floor: Int) -> Int? {
        guard index >= floor, index + 1 < view.count else { return nil }
        // Asked of most tokens: words, then the first byte, rule out all but dashes before any string is compared.
        guard !view.isWord(index), let first = view.words[index].utf8.first, first == UInt8(ascii: "-") || first == 0xE2 else { return nil }
        let word = view.words[index]
        if word == "—" || word == "–" || word == "―" { return index }
        guard word == "-" else { return nil }
        let tokens = view.document.tokens
        var start = index
        if start - 1 >= floor && view.isByte(start - 1, UInt8(ascii: "-")) && tokens[start - 1].span.utf8.upperBound == tokens[start].span.utf8.lowerBound {
            start -= 1
        }
        return hasSpaceAround(start...index) ? start : nil
    }

    /// Whether space stands before the first token of `run` and after its last.
    func hasSpaceAround(_ run: ClosedRange<Int>) -> Bool {
        guard run.lowerBound > 0, run.upperBound + 1 < view.count else { return false }
        let tokens = view.document.tokens
        return tokens[run.lowerBound - 1].span.utf8.upperBound < tokens[run.lowerBound].span.utf8.lowerBound
            && tokens[run.upperBound + 1].span.utf8.lowerBound > tokens[run.upperBound].span.utf8.upperBound
    }

    /// The start of the interveners and manner adverbs ("has repeatedly", "also") that end just before `end`,
    /// not reaching below `floor`.
    func skippingInterveners(before end: Int, floor: Int) -> Int {
        var end = end
        while end > floor && (view.has(end - 1, .intervener) || isMannerAdverb(end - 1) || isAdverbAfterAuxiliary(end - 1, floor: floor)) {
            end -= 1
        }
        return end
    }

    /// "Vik and Holm both said", "They have all argued", "the two unions each said": a quantifier after a
    /// subject of names, a plural or a pronoun belongs to the subject before it.
    private func isFloatingQuantifier(_ index: Int, floor: Int) -> Bool {
        guard index > floor, ["both", "all", "each"].contains(view.lower[index]) else { return false }
        // "Ellen Flett and her husband, Tom, both said": after the comma that closes an apposition.
        let before = index - 1 > floor && view.isComma(index - 1) ? index - 2 : index - 1
        return isNameWord(before) || view.has(before, .plural) || view.wordKinds[before] == .pronoun
    }

    /// "has since stressed", "have long maintained", "is now saying", "have not said": one plain lowercase word
    /// between an auxiliary and the verb is an adverb, whatever the word, so no list of adverbs is needed.
    func isAdverbAfterAuxiliary(_ index: Int, floor: Int) -> Bool {
        index - 1 >= floor && view.has(index - 1, .auxiliary) && view.document.tokens[index].kind == .word
            && !view.isCapitalized(index) && view.quoteOf[index] < 0 && !view.has(index, [.clauseWord, .determiner])
            && view.cue(at: index, within: index + 1) == nil
    }

    /// A lowercase -ly word that is no noun ("mostly", "bluntly"; not "family"), which may stand between a
    /// subject and its cue.
    func isMannerAdverb(_ index: Int) -> Bool {
        view.has(index, .adverb) && !view.isCapitalized(index) && view.wordKinds[index] == nil && !view.has(index, .lyNoun)
    }

    /// The phrase starting at `start` (inverted attribution: "said Peskov", "says Andriy Yusov, a spokesman
    /// for …"), not reaching `limit`.
    func after(_ start: Int, limit: Int) -> SpeakerPhrase? {
        let first = sourceBehindDocument(start, limit: limit)
        guard first < limit, view.quoteOf[first] < 0 else { return nil }
        // "said one of them, Lucia Ferraro": the name set off after a count of a group.
        if first + 4 < limit, isPartitiveOfPronoun(first..<(first + 3)), view.isComma(first + 3),
           let named = nameInApposition(after: first + 3, limit: limit) {
            return named
        }
        // "said one of them.": the count alone.
        if first + 3 <= limit, isPartitiveOfPronoun(first..<(first + 3)),
           first + 3 == limit || !view.isWord(first + 3) {
            return count(of: first..<(first + 3))
        }
        // "said one of the residents", "said one of the victims, Edith Marlowe": a count of a group, or the person
        // named after it.
        if view.has(first, .numberWord), let counted = countedGroup(after: first, limit: limit) { return counted }
        // "said one, Ewan Pryce": the name set off after a lone count.
        if view.has(first, .numberWord), Self.loneCounts.contains(view.lower[first]), first + 2 < limit, view.isComma(first + 1),
           let named = nameInApposition(after: first + 1, limit: limit) {
            return named
        }
        // "said one, who asked not to be named": a lone count of a group named before.
        if view.has(first, .numberWord), Self.loneCounts.contains(view.lower[first]), first + 1 == limit || !view.isWord(first + 1) {
            return count(of: first..<(first + 1))
        }
        // "said nine-year-old Poppy Hale", "joked the 74-year-old marathon runner, Derek Oyo", "said the 81-year-old,
        // Ivo Brask": an age compound says how old the speaker is; the name or role after it is read as without it.
        if let aged = agedSpeaker(after: first, limit: limit) { return aged }
        // "said her sister": "her" before a noun is its owner, as "his" is, not the one who speaks.
        let ownsNext = view.isLower(first, "her") && first + 1 < limit && view.isPlainWord(first + 1, excluding: Self.functionWords)
        if view.wordKinds[first] == .pronoun && !ownsNext { return pronoun(first) }
        var last = first
        // "said conservative activist Bob Klaus": lowercase words right before a role belong to it.
        if !view.has(first, .determiner) && !view.isCapitalized(first),
           let head = (first..<min(limit, first + 3)).first(where: { isRoleWord($0) }),
           (first..<head).allSatisfy({ isAdjectiveBeforeHead($0) }) {
            last = head + 1
        }
        // "said master of ceremonies Asab Al-Tabchi": a lowercase description the lexicon does not know, right
        // before a name of two words or more, is the name's role.
        // So does a role with a count ("said mother of three Abi Latchford").
        if last == first || last < limit && view.isLower(last, "of"), !view.isCapitalized(first), let name = namedAfterDescription(first, limit: limit) {
            last = name
        }
        if let named = nameAfterAdjectives(first, limit: limit) { return named }
        if let group = plainGroup(from: first, limit: limit) { return group }
        if view.has(first, .determiner) {
            last += 1
            // "one unaligned Florida Republican strategist": adjectives up to a role, organisation or source word.
            if let head = (last..<min(limit, last + 6)).first(where: { isRoleWord($0) }),
               (last..<head).allSatisfy({ isAdjectiveBeforeHead($0) }) {
                last = head + 1
                // "the county elections office": a plain noun after a body word may lead on to the phrase's head.
                // A verb is no such noun ("the chief executive told reporters").
                while let next = (last..<min(limit, last + 2)).first(where: { isRoleWord($0) }),
                      (last..<next).allSatisfy({
                          view.isPlainWord($0, excluding: Self.functionWords) && view.quoteOf[$0] < 0
                              && !view.has($0, [.irregularPast, .ed]) && view.cue(at: $0, within: limit) == nil
                      }) {
                    last = next + 1
                }
            } else if let name = namedAfterDescription(first + 1, limit: limit) {
                // "wrote the reviewer Jonas Eklund": a description the lexicon does not know, right before a name.
                last = name
            } else if let described = describedAfterCue(first, limit: limit) {
                // "said the harbour master, Ingrid Solberg.": a name set off after it is who the description
                // describes, as after a role the lexicon lists.
                return namedAfter(described, limit: limit) ?? described
            }
        }
        while last < limit && (isPhraseWord(last, lowerLimit: start, upperLimit: limit)
            || (view.isLower(last, "and") && last > first && last + 1 < limit && isPhraseWord(last + 1, lowerLimit: start, upperLimit: limit))) {
            last += 1
        }
        // "fumed Lund's predecessor, Arne Dahl", "said Vibeke Lund's lawyer": a name in the possessive owns the
        // role after it, and the role's holder speaks, not the owner.
        if last > first, isPossessiveName(last - 1) {
            guard let head = possessedRoleEnd(after: last - 1, limit: limit) else { return nil }
            last = head
        }
        guard last > first, !(last == first + 1 && view.has(first, .determiner)), !endsBeforeItsHead(first..<last, limit: limit)
        else { return nil }
        var phrase = classify(first..<last)
        // "according to the chamber of commerce": a body's bare "of" noun is part of its name, as before a cue.
        if let body = phrase, body.isOrganization, body.form != .name, body.tokens.upperBound == last,
           let field = ((last + 2)...(last + 3)).first(where: { ($0 == limit || $0 < limit && !view.isWord($0)) && namesBodyField(last..<$0) }) {
            phrase!.tokens = body.tokens.lowerBound..<field
            last = field
        }
        if phrase != nil, last + 1 < limit, view.isComma(last), let role = appositionAfter(comma: last, limit: limit) {
            phrase!.role = role
        }
        if let described = phrase, described.form == .description || described.form == .anonymous, let named = namedAfter(described, limit: limit) {
            return named
        }
        return phrase
    }

    /// "…, say installers.", "…, warn local growers": a plural of people the lexicon need not know, after at most two
    /// plain lowercase words, that ends the attribution is a group.
    private func plainGroup(from first: Int, limit: Int) -> SpeakerPhrase? {
        var end = first
        while end < limit && end - first < 3 && !view.isCapitalized(end) && view.quoteOf[end] < 0
            && view.isPlainWord(end, excluding: Self.functionWords) && view.cue(at: end, within: limit) == nil {
            end += 1
        }
        guard end > first, end == limit || !view.isWord(end) && !isPluralPossessiveMark(end), view.has(end - 1, .plural), view.wordKinds[end - 1] == nil,
              looksLikePeople(end - 1),
              let group = genericGroup(endingAt: end - 1, floor: first), group.tokens.lowerBound == first
        else { return nil }
        return group
    }

    /// The speaker an age compound opens after a cue, with or without its article: the name after the age, the
    /// role after it (and the name set off after the role), or the age alone as a description ("the 81-year-old").
    private func agedSpeaker(after first: Int, limit: Int) -> SpeakerPhrase? {
        let article = view.has(first, .article) ? first + 1 : first
        if article > first, let counted = timesCompoundEnd(from: article, limit: limit) { return countedTimesSpeaker(first, after: counted, limit: limit) }
        guard let ageEnd = ageCompoundEnd(from: article, limit: limit) else { return nil }
        if ageEnd < limit, isNameWord(ageEnd) {
            guard let named = classify(ageEnd..<nameRunEnd(from: ageEnd, limit: limit)), named.form == .name else { return nil }
            return named
        }
        guard article > first else { return roleAndName(after: ageEnd, limit: limit) }
        var end = ageEnd
        while end < limit && end - ageEnd < 3 && view.isPlainWord(end, excluding: Self.functionWords) && view.quoteOf[end] < 0 { end += 1 }
        guard end == limit || view.has(end, .phraseEnder) else { return nil }
        let described = description(first..<end)
        // The age is no role: the role is what follows it, if anything.
        guard end > ageEnd else {
            guard var named = namedAfter(described, limit: limit) else { return described }
            named.role = nil
            return named
        }
        return namedAfter(description(ageEnd..<end), limit: limit) ?? described
    }

    /// "said the three-time MVP", "said the two-time Olympic champion, Ada Brekke": up to three words of any case
    /// after a count of times describe the speaker, or the name set off after them.
    private func countedTimesSpeaker(_ first: Int, after counted: Int, limit: Int) -> SpeakerPhrase? {
        var end = counted
        while end < limit && end - counted < 3 && view.isWord(end) && !view.has(end, Self.functionWords) && view.quoteOf[end] < 0 { end += 1 }
        guard end > counted, end == limit || view.has(end, .phraseEnder) else { return nil }
        let described = description(first..<end)
        return namedAfter(described, limit: limit) ?? described
    }

    /// "admitted 19-year-old student Leona Vasquez-Tran": after an age with no article, up to three lowercase words of
    /// a role and the name they stand before.
    private func roleAndName(after ageEnd: Int, limit: Int) -> SpeakerPhrase? {
        var nameStart = ageEnd
        while nameStart < min(limit, ageEnd + 3) && !view.isCapitalized(nameStart) && view.quoteOf[nameStart] < 0
            && view.isPlainWord(nameStart, excluding: Self.functionWords) {
            nameStart += 1
        }
        guard nameStart > ageEnd, nameStart < limit, isNameWord(nameStart),
              let named = classify(ageEnd..<nameRunEnd(from: nameStart, limit: limit)), named.form == .name
        else { return nil }
        return named
    }

    /// "said a tearful Marguerite Dubois", "said a visibly shaken Lund": an article and a word or two of how the
    /// speaker was, before the name that ends the phrase or its apposition.
    private func nameAfterAdjectives(_ first: Int, limit: Int) -> SpeakerPhrase? {
        guard view.isLower(first, "a") || view.isLower(first, "an") else { return nil }
        var nameStart = first + 1
        while nameStart < min(limit, first + 3) && view.quoteOf[nameStart] < 0 && !isRoleWord(nameStart)
            && (view.isPlainWord(nameStart, excluding: Self.functionWords) || view.has(nameStart, .adverb) && !view.isCapitalized(nameStart)) {
            nameStart += 1
        }
        guard nameStart > first + 1, nameStart < limit, isNameWord(nameStart) else { return nil }
        let end = nameRunEnd(from: nameStart, limit: limit)
        // "… as he left the building": a clause or a place after the name is no part of it.
        guard end == limit || view.has(end, [.phraseEnder, .subordinator, .preposition]) || view.isComma(end),
              let named = classify(nameStart..<end), named.form == .name
        else { return nil }
        return named
    }

    /// Where the run of name words from `start` ends; a double name's hyphen is inside the name ("a visibly shaken
    /// Ottoline Brackenbury-Shaw").
    func nameRunEnd(from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit && (isNameWord(end) || view.isGluedHyphen(end) && end + 1 < limit && isNameWord(end + 1)) { end += 1 }
        return end
    }

    /// "the city engineer, Nils Sæther", "a lawyer for the family, Tomasz Wierzbicki": the name set off after a
    /// description read after a cue, with the description as its role.
    private func namedAfter(_ described: SpeakerPhrase, limit: Int) -> SpeakerPhrase? {
        let first = described.tokens.lowerBound
        guard let comma = descriptionEnd(after: described.tokens.upperBound, limit: limit),
              var named = nameInApposition(after: comma, limit: limit),
              !namesBody(named.tokens, setOffAfter: comma - 1, floor: first)
        else { return nil }
        // "the lead author, Dr. Anneli Sørbø": the description says more than the title's abbreviation.
        if named.role.map({ $0.hasSuffix(".") && !$0.contains(" ") }) ?? true { named.role = descriptionRole(first..<comma) }
        return named
    }

    /// The words of a description as the role of the name set off after it, without its determiner.
    private func descriptionRole(_ words: Range<Int>) -> String {
        view.phrase((words.lowerBound + (view.has(words.lowerBound, .determiner) ? 1 : 0))..<words.upperBound)
    }

    /// "CNN's Jake Tapper", "Morgenposten's Leif Aune": where the name in `names` starts when a possessive name
    /// before a given name and a surname says whom the person works for (it is no part of their name); nil when
    /// none does.
    func nameAfterAffiliation(in names: Range<Int>) -> Int? {
        guard names.count >= 3 else { return nil }
        return (names.lowerBound..<(names.upperBound - 2)).first {
            isPossessiveName($0) && (view.lexicon.givenNames[view.lower[$0 + 1]] != nil || isPartyOrOutlet(possessive: $0))
        }.map { $0 + 1 }
    }

    /// "Labour's", "Reuters's", "the BBC's", "Scotland's": a party, an outlet or a country in the possessive, which
    /// before a name is where the person belongs, whatever their given name.
    private func isPartyOrOutlet(possessive index: Int) -> Bool {
        let base = String(view.lower[index].unicodeScalars.dropLast(2))
        return SpeakerName.partyNames.contains(base) || view.lexicon.kind(of: base) == .outlet || view.lexicon.isPlace(base)
    }

    /// Whether the word at `index` is a capitalized name with "'s" ("Lund's", "Fjordlink's").
    func isPossessiveName(_ index: Int) -> Bool {
        // "Here's what …", "That's …": a pronoun and "is", no owner.
        view.isCapitalized(index) && SpeakerName.possessiveEnding(of: view.words[index]) == 2
            && !TokenView.contractingPronouns.contains(String(view.lower[index].dropLast(2)))
    }

    /// "Lind's office", "Gov. Maribel Sandoval's lawyers": the name words of an owner in the possessive (its title
    /// left out) and the possessive word, when only lowercase words follow it in `tokens`.
    func possessiveOwner(in tokens: Range<Int>) -> (name: Range<Int>, possessive: Int)? {
        guard let possessive = tokens.dropLast().first(where: { isPossessiveName($0) }),
              ((possessive + 1)..<tokens.upperBound).allSatisfy({ !view.isCapitalized($0) })
        else { return nil }
        var first = tokens.lowerBound
        while first < possessive && !isNameWord(first) { first += 1 }
        guard (first..<possessive).allSatisfy({ isNameWord($0) || view.isByte($0, UInt8(ascii: "-")) }) else { return nil }
        // "The Prime Minister's spokesman": an office named by its title alone keeps the whole title ("Governor Ada
        // Lund's office" is Ada Lund's).
        if first == possessive {
            while first > tokens.lowerBound && view.isCapitalized(first - 1) && view.wordKinds[first - 1] == .modifier { first -= 1 }
        }
        return (first..<(possessive + 1), possessive)
    }

    /// The end of a role a possessive at `possessive` owns, up to two modifiers before it ("Lund's longtime
    /// lawyer"), and of a name right after it; nil when no role, body or relation word follows.
    private func possessedRoleEnd(after possessive: Int, limit: Int) -> Int? {
        var index = possessive + 1
        while index < limit && index - possessive <= 3 && !isRoleWord(index) && isAdjectiveBeforeHead(index) && !view.isCapitalized(index) {
            index += 1
        }
        guard index < limit, isRoleWord(index), !view.isCapitalized(index) else { return nil }
        // "Lund's campaign chairman": the role runs over the words of the lexicon that follow.
        while index + 1 < limit && !view.isCapitalized(index + 1) && (isRoleWord(index + 1) || view.wordKinds[index + 1] == .modifier) {
            index += 1
        }
        // "Trump's campaign chairman Paul Manafort": a name right after the role is its holder.
        var end = index + 1
        while end < limit && isNameWord(end) { end += 1 }
        return end
    }

    /// The comma that ends a description at `end`, after at most a short prepositional modifier ("a lawyer for
    /// the family, Tomasz Wierzbicki"): plain words only, no verb, no quote.
    private func descriptionEnd(after end: Int, limit: Int) -> Int? {
        guard end + 1 < limit else { return nil }
        if view.isComma(end) { return end }
        guard Self.descriptionModifiers.contains(view.lower[end]) else { return nil }
        for index in (end + 1)..<min(limit - 1, end + 6) {
            if view.isComma(index) { return index > end + 1 ? index : nil }
            guard view.document.tokens[index].kind == .word, view.quoteOf[index] < 0,
                  !view.has(index, [.finiteVerb, .be, .clauseWord]) || view.has(index, .article)
            else { return nil }
        }
        return nil
    }

    private static let descriptionModifiers: WordSet = ["for", "of", "at", "to", "from", "with"]

    /// "said the city engineer, Nils Sæther.", "according to a spokeswoman, Eva Rønning, who …": a name set off
    /// after a description is who it describes. Only a whole name that ends the attribution or its own aside.
    private func nameInApposition(after comma: Int, limit: Int) -> SpeakerPhrase? {
        // "…, a nurse named Ola Brekke": the name a participle gives after a noun; "…, the veteran defender Emeka
        // Nwosu": the name a lowercase description ends with.
        // "said the shop's owner, 58-year-old Dimitri Lund": an age may open the apposition.
        let first = ageCompoundEnd(from: comma + 1, limit: limit) ?? comma + 1
        let described = view.has(first, .article) ? first + 1 : first
        // "said the lead author, Dr. Anneli Sørbø": a title and its full stop open the name; so does a title written
        // without one, as British style has it ("Dr Anneli Sørbø", "Prof Ian Wolde").
        let titleStop = first + 1 < limit && view.isByte(first + 1, UInt8(ascii: ".")) ? 1 : 0
        let titled = first + 1 + titleStop < limit && SentenceRules.isTitle(view.words[first]) && isNameWord(first + 1 + titleStop)
        let start = isNameWord(first) || titled ? first
            : nameAfterIntroducer(first, limit: limit) ?? namedAfterDescription(described, limit: limit) ?? first
        var end = titled ? first + 1 + titleStop : start
        // "Ann-Sofie Hermansson": a hyphen glued between name words is part of the name.
        while end < limit && (isNameWord(end) || isInitialPeriod(end) || end > start && end + 1 < limit && view.isGluedHyphen(end) && isNameWord(end + 1)) {
            end += 1
        }
        // "…, said the owners, Otto Brask and Lene Moe.": names joined by "and" speak together.
        if start == first, end < limit, view.isLower(end, "and"),
           let close = ((end + 1)..<min(limit, end + 6)).first(where: { view.has($0, .phraseEnder) }) ?? (limit - end <= 5 ? limit : nil),
           let joined = joinedNames(start..<close) {
            return joined
        }
        // "…, Dr. Anneli Sørbø of the University of Tromsø.": where the person works may follow the name.
        let affiliation = end + 1 < limit && Self.affiliationWords.contains(view.lower[end])
            && (view.isCapitalized(end + 1) || view.isLower(end + 1, "the") && end + 2 < limit && view.isCapitalized(end + 2))
        // "said her grandson, Caspar.": after a kinship noun, or as a known given name, one word names the person.
        let oneWordName = end - start == 1 && start == first
            && (EntityRegistry.kinshipPronouns[view.lower[comma - 1]] != nil || view.lexicon.givenNames[view.lower[start]] != nil)
        // "…, Tommaso Berti — a gondolier, …": a dash may open an aside after the name, as a comma does.
        guard end - start >= 2 || oneWordName, end == limit || view.has(end, .phraseEnder) || affiliation || dashStart(endingAt: end, floor: end) != nil,
              let named = classify(start..<end), named.form == .name
        else { return nil }
        return named
    }

    private static let affiliationWords: WordSet = ["of", "at", "from"]
    private static let originWords: WordSet = ["from", "of", "in", "at"]
    private static let nameLinkWords: WordSet = ["of", "for", "the", "and", "&"]

    /// "the national birth registry": a lowercase phrase that stops at a modifier while a plain noun follows
    /// has not reached its head (a verb after it, "the campaign proposed", "the campaign says", ends it).
    private func endsBeforeItsHead(_ phrase: Range<Int>, limit: Int) -> Bool {
        let next = phrase.upperBound
        guard view.wordKinds[next - 1] == .modifier, next < limit, view.document.tokens[next].kind == .word,
              !phrase.contains(where: { view.isCapitalized($0) && !view.has($0, .determiner) }), !view.isCapitalized(next)
        else { return false }
        return !view.has(next, [.clauseWord, .preposition, .finiteVerb, .ed, .ing, .plural, .adverb]) && view.cue(at: next, within: limit) == nil
    }

    /// A plain word that may stand between a determiner and its head noun: no second determiner, verb, and no
    /// clause word or preposition but "of" ("a lot of people"; "The campaign pushed back against Mr. Lin" is a
    /// clause), so that "The growers left the cooperative" is not read as one phrase
    /// headed by "cooperative".
    private func isAdjectiveBeforeHead(_ index: Int) -> Bool {
        // "according to the anglers' club": a plural's apostrophe makes it the owner of the head after it.
        if isPluralPossessiveMark(index) { return true }
        // A verb of saying is a clause's verb ("the harbour master told reporters").
        return view.document.tokens[index].kind == .word && view.quoteOf[index] < 0
            && (view.isLower(index, "of") || !view.has(index, [.determiner, .clauseWord, .preposition, .be, .finiteVerb])
                && !(view.has(index, .irregularPast) && view.cue(at: index, within: view.count) != nil))
    }

    /// The apostrophe of a plural possessive written straight after its word ("anglers' club"), not a quote mark.
    private func isPluralPossessiveMark(_ index: Int) -> Bool {
        view.isClosingApostrophe(index) && view.document.tokens[index - 1].kind == .word && view.lower[index - 1].hasSuffix("s")
    }

    /// "asked the boy, who …": a determiner and one or two plain words that end the attribution (a comma, the
    /// sentence's end) describe the speaker even when the lexicon does not list the noun.
    private func describedAfterCue(_ determiner: Int, limit: Int) -> SpeakerPhrase? {
        var end = determiner + 1
        var words = 0
        // "a banner outside the mill", "the crowd when the gates opened": a preposition of place or a subordinator
        // ends the description as a clause word does.
        while end < limit && words < 2 && view.document.tokens[end].kind == .word && !view.isCapitalized(end)
            && !view.has(end, [.clauseWord, .subordinator]) && !Self.workplaceOpeners.contains(view.lower[end]) && view.quoteOf[end] < 0
            && !(words > 0 && isPlacedHead(end - 1)) {
            words += 1
            end += 1
            // "said a season-ticket holder": a compound joined by a hyphen is one word of the description.
            if end + 1 < limit && view.isGluedHyphen(end) && view.isWord(end + 1) && !view.isCapitalized(end + 1) { end += 2 }
        }
        // "said the choir as the doors closed": a subordinate clause after it ends it too.
        guard words > 0,
              end == limit || view.has(end, [.phraseEnder, .subordinator]) || placeFollows(head: end - 1, limit: limit)
        else { return nil }
        // "…, said the vote mattered": a noun and its past verb are a clause ("said the accused" stays a person).
        if words == 2 && view.has(end - 1, [.ed, .simplePast, .irregularPast]) { return nil }
        return description(determiner..<end)
    }

    /// "said a porter at the infirmary", "reads a sign in the window": where an agent noun or a written text the
    /// lexicon need not list is, up to the end of the attribution.
    private func placeFollows(head: Int, limit: Int) -> Bool {
        guard head + 2 < limit, isPlacedHead(head) else { return false }
        return !((head + 2)..<limit).contains { view.quoteOf[$0] >= 0 || view.has($0, [.finiteVerb, .be, .auxiliary]) || view.cue(at: $0, within: limit) != nil }
    }

    /// "a porter at …", "a barber from …", "a sign on …": an agent noun or a written text, which the lexicon need not
    /// list, before where the person works or the text stands, or before a participle that says so ("a porter
    /// standing by …", "a banner held by …", "a notice pinned to …").
    private func isPlacedHead(_ head: Int) -> Bool {
        // The word after the head rules most candidates out before the noun is looked at.
        guard head + 1 < view.count else { return false }
        let placedAfter = Self.workplaceOpeners.contains(view.lower[head + 1])
            || head + 2 < view.count && view.has(head + 1, [.ed, .irregularPast, .ing]) && !view.has(head + 1, .finiteVerb)
                && view.has(head + 2, .preposition) && view.cue(at: head + 1, within: view.count) == nil
        // "The winner of the lottery said", "a survivor of the crash": what an agent did or holds, after "of"
        // ("the number of", "the order of" name things, whose plurals the lexicon lists).
        if view.isLower(head + 1, "of") && isPersonAgentNoun(head) { return true }
        return placedAfter && (EntityRegistry.isAgentNoun(view.lower[head]) && !view.has(head, .reportNoun) || view.has(head, .writtenText))
    }

    /// An agent noun that names a person, not a thing whose plural the lexicon lists ("number", "order", "corner").
    private func isPersonAgentNoun(_ index: Int) -> Bool {
        let word = view.lower[index]
        return EntityRegistry.isAgentNoun(word) && !EntityRegistry.notAgentNouns.contains(word) && !view.has(index, .reportNoun)
            && !view.lexicon.thingSingulars.contains(word)
    }

    /// The first token of a name of at least two words that follows up to four lowercase words from `first`
    /// (with "of" between them), none of them a time, clause or determiner word.
    private func namedAfterDescription(_ first: Int, limit: Int) -> Int? {
        var index = first
        while index < min(limit, first + 4) && view.isWord(index) && !view.isCapitalized(index) {
            // A verb of saying is no description ("said Mathias Vuille" is the cue and the name); a count after "of"
            // is part of one ("mother of three Abi Latchford").
            let count = index > first && view.isLower(index - 1, "of") && (view.has(index, .numberWord) || view.document.tokens[index].kind == .number)
            let allowed = view.isLower(index, "of") || count || view.document.tokens[index].kind == .word
                && !view.has(index, [.clauseWord, .determiner, .dayWord, .adverb]) && view.cue(at: index, within: limit) == nil
            guard allowed, view.quoteOf[index] < 0 else { return nil }
            index += 1
        }
        guard index > first, !view.isLower(index - 1, "of"), index + 1 < limit, isNameWord(index), isNameWord(index + 1) else { return nil }
        return index
    }

    /// A description of someone by the words of `tokens`, its last word the head.
    func description(_ tokens: Range<Int>) -> SpeakerPhrase {
        SpeakerPhrase(tokens: tokens, name: tokens.lowerBound..<tokens.lowerBound, form: .description, role: nil,
                      head: view.headWord(endingAt: tokens.upperBound - 1), isOrganization: false, isOutlet: false)
    }

    /// "according to the cooperative": a short determiner phrase naming an unnamed group or body.
    func group(_ start: Int, limit: Int) -> SpeakerPhrase? {
        guard start < limit, limit - start <= 6, view.has(start, [.determiner, .possessive]),
              (start..<limit).allSatisfy({ view.document.tokens[$0].kind == .word && view.quoteOf[$0] < 0 })
        else { return nil }
        return unnamed(start..<limit)
    }

    /// "according to the latest estimate of the port council", "according to the 2019 paper": a document no name
    /// reader reads is still the source, in its own words. Only a short noun phrase that opens with a determiner,
    /// possessive or number and holds a document noun counts, so a clause never becomes a source.
    func documentSource(_ start: Int, limit: Int) -> SpeakerPhrase? {
        // "figures from the national birth registry": whoever issued the document is the source.
        let issuer = sourceBehindDocument(start, limit: limit)
        if issuer > start, let body = group(issuer, limit: limit) { return body }
        // "a study of 180,000 nurses published on Wednesday in the journal Circulation": a long phrase is named
        // up to the participle that tells where it appeared.
        var limit = limit
        if limit - start > 10, let participle = ((start + 2)..<(start + 10)).first(where: { view.has($0, .ed) && !view.isCapitalized($0) }) {
            limit = participle
        }
        // "court documents", "police records": a bare plural whose head is the document, all lowercase.
        guard start < limit, limit - start <= 10,
              view.has(start, [.determiner, .possessive]) || view.document.tokens[start].kind == .number
                || endsWithDocumentNoun(start..<limit) && limit - start <= 3 && !(start..<limit).contains(where: { view.isCapitalized($0) })
                // "figures released on Tuesday": a bare document noun and its participle; "minutes of the meeting": and
                // what it is of; "reports in the Netherlands": or where it appeared.
                || start + 1 < limit && isDocumentNoun(view.lower[start])
                    && (view.has(start + 1, .ed) || view.isLower(start + 1, "of") || view.isLower(start + 1, "in")),
              (start..<limit).allSatisfy({ index in
                  let kind = view.document.tokens[index].kind
                  return (kind == .word || kind == .number) && view.quoteOf[index] < 0
                      && !view.has(index, [.finiteVerb, .relativePronoun, .conjunction, .be])
              }),
              (start..<limit).contains(where: { isDocumentNoun(view.lower[$0]) })
        else { return nil }
        return unnamed(start..<limit)
    }

    /// Whether the phrase's last word is a document noun ("court documents", "the latest figures").
    func endsWithDocumentNoun(_ tokens: Range<Int>) -> Bool {
        !tokens.isEmpty && isDocumentNoun(view.lower[tokens.upperBound - 1])
    }

    private func isDocumentNoun(_ word: String) -> Bool {
        Self.documentNouns.contains(word) || word.hasSuffix("s") && Self.documentNouns.contains(String(word.dropLast()))
    }

    /// "The council thanked nurses": an -ed word right after a person or body noun is that noun's verb, not a
    /// modifier of what follows (a modifier stands before its noun: "the newly elected officials").
    private func isVerbAfterHead(_ index: Int) -> Bool {
        guard index > 0, view.has(index, .ed), let kind = view.wordKinds[index - 1] else { return false }
        return kind == .role || kind == .org || kind == .anonymous
    }

    /// Words that count one member of a group named before when they stand alone as a subject.
    static let loneCounts: WordSet = ["one"]

    /// "…, with two saying …", "…, with many warning …": a number word or quantifier standing alone for part of a
    /// group the sentence named, as a count.
    func countAlone(at index: Int) -> SpeakerPhrase? {
        guard view.quoteOf[index] < 0, view.has(index, [.numberWord, .quantifier]) || view.isLower(index, "others") else { return nil }
        return count(of: index..<(index + 1))
    }

    /// A count of a group named before ("one of them", "two"), which attribution resolves to that group.
    private func count(of tokens: Range<Int>) -> SpeakerPhrase {
        var phrase = unnamed(tokens)
        phrase.isCount = true
        return phrase
    }

    /// "A sign taped to the window", "one placard outside the gates": a determiner and a word for a written text
    /// (with up to two plain words between), which speaks for itself as a document does.
    private func writtenText(_ tokens: Range<Int>) -> SpeakerPhrase? {
        guard tokens.count >= 2, tokens.count <= 4, view.has(tokens.lowerBound, [.determiner, .numberWord]),
              view.has(tokens.upperBound - 1, .writtenText),
              tokens.dropFirst().allSatisfy({ !view.isCapitalized($0) && view.isPlainWord($0, excluding: Self.functionWords) })
        else { return nil }
        return unnamed(tokens)
    }

    /// An unnamed source or group, its last word the head ("some", "a State Department official").
    private func unnamed(_ tokens: Range<Int>) -> SpeakerPhrase {
        SpeakerPhrase(tokens: tokens, name: tokens.lowerBound..<tokens.lowerBound, form: .anonymous, role: nil,
                      head: view.headWord(endingAt: tokens.upperBound - 1), isOrganization: false, isOutlet: false)
    }

    /// "political scientists say", "some families said": a short lowercase plural noun phrase that opens
    /// its clause stands for an unnamed group.
    private func genericGroup(endingAt last: Int, floor: Int) -> SpeakerPhrase? {
        // "Besides praising the mayor": a function word ending in "s" is no plural noun.
        guard view.document.tokens[last].kind == .word, view.has(last, .plural), !view.has(last, [.preposition, .notName]),
              !view.isCapitalized(last) || last == floor
        else { return nil }
        var first = last
        // "boasted to reporters" is a predicate, not a group: no verb of saying and no preposition but "of".
        while first - 1 >= floor && last - first < 3 && view.document.tokens[first - 1].kind == .word
            && !view.isCapitalized(first - 1) && !view.has(first - 1, [.clauseWord, .irregularPast]) && !isVerbAfterHead(first - 1)
            && !ExtractionRun.subordinatingWords.contains(view.lower[first - 1]) && !view.has(first - 1, .subordinator)
            && (view.isLower(first - 1, "of") || !view.has(first - 1, .preposition)) && view.cue(at: first - 1, within: last) == nil {
            first -= 1
        }
        // "Anti-war protesters", "pro-democracy activists": a modifier joined by a hyphen, capitalized only when it
        // opens the sentence.
        if first - 2 >= floor && view.isGluedHyphen(first - 1) && view.document.tokens[first - 2].kind == .word
            && (!view.isCapitalized(first - 2) || first - 2 == floor) && !view.has(first - 2, [.clauseWord, .preposition]) {
            first -= 2
        }
        if first - 1 >= floor && view.isCapitalized(first - 1) && first - 1 == floor
            && !view.has(first - 1, [.adverb, .conjunction, .coordinator, .preposition]) {
            first -= 1
        }
        // "41 backbenchers", "the 41 nurses", "some 300 growers", "more than 300 growers": a number in digits
        // counts the group.
        if first - 1 >= floor && view.document.tokens[first - 1].kind == .number {
            first = Self.countStart(ofNumberAt: first - 1, floor: floor, view: view)
        }
        // "North Carolina election officials": a place or body name of up to three words may qualify the group.
        var qualified = first
        while qualified - 1 >= floor && first - qualified < 3 && view.isCapitalized(qualified - 1) && view.quoteOf[qualified - 1] < 0
            && !view.has(qualified - 1, [.adverb, .preposition, .notName]) {
            qualified -= 1
        }
        if qualified < first && (qualified == floor || view.isComma(qualified - 1) || view.has(qualified - 1, .joining)) {
            first = qualified
        }
        // "…, where dock workers praised her": a relative "where" opens the group's clause.
        // "…, although critics argue …": so does a subordinating word, and an object's relative pronoun ("a ban
        // that ferry operators say would cost …"; a plural after it is no demonstrative's noun).
        func opensClause(_ first: Int) -> Bool {
            first == floor || view.isComma(first - 1) || view.has(first - 1, .joining)
                || view.isLower(first - 1, "where") || view.isLower(first - 1, "whereby")
                || view.isLower(first - 1, "that") || view.isLower(first - 1, "which")
                || ExtractionRun.subordinatingWords.contains(view.lower[first - 1]) || view.has(first - 1, .subordinator)
        }
        // "Outside experts said", "but outside lawyers argue": "outside" or "inside" right before a group that opens
        // its clause says where the group stands, not where the words were said.
        if first - 1 >= floor, view.isLower(first - 1, "outside") || view.isLower(first - 1, "inside"), opensClause(first - 1) {
            first -= 1
        }
        guard opensClause(first) else { return nil }
        return unnamed(first..<(last + 1))
    }

    /// "Republicans", "Democrats": a capitalized plural whose singular is a speaker word names a group.
    func isPartyPlural(_ phrase: SpeakerPhrase) -> Bool {
        guard phrase.form == .name, isPartyPlural(at: phrase.tokens.upperBound - 1) else { return false }
        // "the Liberal Democrats", "Senate Republicans": capitalized words before the plural name the party or
        // the group of its members.
        return partyName(phrase).dropLast().allSatisfy {
            view.isCapitalized($0) && view.document.tokens[$0].kind == .word && !view.has($0, Self.functionWords) && !view.has($0, .notName)
        }
    }

    /// The words of a party plural's phrase without its article ("Liberal Democrats").
    func partyName(_ phrase: SpeakerPhrase) -> Range<Int> {
        view.has(phrase.tokens.lowerBound, .article) ? (phrase.tokens.lowerBound + 1)..<phrase.tokens.upperBound : phrase.tokens
    }

    /// Whether the word at `index` is such a plural, capitalized or not.
    func isPartyPlural(at index: Int) -> Bool {
        view.has(index, .plural) && view.lexicon.kind(of: String(view.lower[index].dropLast())) != nil
    }

    /// "His campaign sued …", "Her lawyers argued …": a possessive pronoun and a role, body or source noun
    /// (with at most one word between) that open a clause at `start`.
    func possessedBody(at start: Int, limit: Int) -> SpeakerPhrase? {
        guard start + 1 < limit, view.has(start, .possessive) else { return nil }
        for head in (start + 1)..<min(limit, start + 3) {
            guard view.document.tokens[head].kind == .word, !view.isCapitalized(head), view.quoteOf[head] < 0 else { return nil }
            if isRoleWord(head) { return description(start..<(head + 1)) }
        }
        // "His campaign sued …": a word the lexicon knows only inside roles ("campaign manager") heads the
        // phrase when no role follows it.
        return view.wordKinds[start + 1] == .modifier ? description(start..<(start + 2)) : nil
    }

    /// "Mr. Guerrero, a farmer who …": the name a description stands in apposition to, with the description as
    /// its role, when the name opens its clause; nil when `phrase` follows no such name.
    func namedInApposition(to phrase: SpeakerPhrase, floor: Int) -> SpeakerPhrase? {
        let start = phrase.tokens.lowerBound
        guard phrase.form != .name, view.has(start, .determiner), start - 1 > floor, view.isComma(start - 1),
              var named = before(start - 1, floor: floor, allowApposition: false), named.form == .name,
              // The name ends at the comma: "Sailings resume on Monday, two people said" skipped a time to reach
              // a word that names no one.
              named.tokens.upperBound == start - 1,
              named.tokens.lowerBound == floor || !view.isComma(named.tokens.lowerBound - 1)
                // "In an interview with the Ledger, a lawyer said": a name after a preposition ends an introductory
                // phrase; the description after its comma is the subject. ("The inquiry heard from NAME, a consultant,
                // who said …": after a verb the name is its object, and the description its apposition.)
                && !opensIntroduction(before: named.tokens.lowerBound, floor: floor)
        else { return nil }
        named.role = view.phrase((start + 1)..<phrase.tokens.upperBound)
        return named
    }

    /// Whether a preposition right before `start` ends a phrase with no verb before it, which introduces a clause.
    private func opensIntroduction(before start: Int, floor: Int) -> Bool {
        let preposition = start - 1
        guard preposition >= floor, view.has(preposition, .preposition) else { return false }
        return !(floor..<preposition).contains { view.has($0, [.ed, .irregularPast, .finiteVerb, .be]) && !view.isCapitalized($0) }
    }

    /// "The growers left …", "Some dairy farmers have …": a group of people named by a short lowercase plural
    /// noun phrase that opens a clause at `start`, its head the first plural.
    func openingGroup(at start: Int, limit: Int) -> SpeakerPhrase? {
        var index = start
        if index < limit && view.has(index, .determiner) { index += 1 }
        while index < limit && index - start < 4 && view.document.tokens[index].kind == .word && !view.isCapitalized(index)
            && view.quoteOf[index] < 0 && !view.has(index, [.clauseWord, .determiner]) && view.wordKinds[index] != .pronoun {
            if view.has(index, .plural) { return looksLikePeople(index) ? genericGroup(endingAt: index, floor: start) : nil }
            index += 1
        }
        return nil
    }

    /// A plural the lexicon lists for people, or one with an agent's ending ("growers", "vintners", "chemists",
    /// "librarians", "fishermen", "townspeople"), not a thing ("payments", "news", and the listed "doors",
    /// "computers").
    func looksLikePeople(_ index: Int) -> Bool {
        if isRoleWord(index) { return true }
        let word = view.lower[index]
        return ["ers", "ors", "ists", "ians", "men", "people", "children"].contains { word.hasSuffix($0) }
            && !view.lexicon.thingPlurals.contains(word)
    }

    /// A hyphen glued to the words on both sides, or a number glued to such a hyphen ("58" in "58-year-old").
    private func isCompoundJoint(_ index: Int) -> Bool {
        view.isGluedHyphen(index) || view.document.tokens[index].kind == .number && view.isGluedHyphen(index + 1)
    }

    /// A word joined by hyphens to its neighbours ("a" in "Mar-a-Lago"), which is no determiner.
    private func insideCompound(_ index: Int) -> Bool {
        index > 0 && view.isGluedHyphen(index - 1) || view.isGluedHyphen(index + 1)
    }

    /// "the business mogul announced", "The complaint … alleged": a short determiner phrase that opens its
    /// clause names the speaker by description.
    private func describedThing(endingAt last: Int, floor: Int) -> SpeakerPhrase? {
        if let written = writtenByName(endingAt: last, floor: floor) { return written }
        guard view.document.tokens[last].kind == .word, !view.isCapitalized(last) || last == floor,
              // Not "One could argue": an auxiliary is no head noun.
              !view.has(last, [.clauseWord, .preposition, .frontPreposition, .adverb, .finiteVerb]),
              // "the shyness told me to just walk", "my gut told me": a feeling or an inner voice speaks only as a figure.
              !Self.innerVoices.contains(view.lower[last])
        else { return nil }
        // "the business mogul", and also "another ranking", "one company", "each side", and an owner's ("Her
        // publisher", "their landlord").
        // Hyphenated compounds count as one word ("the 58-year-old physician").
        guard let determiner = (max(floor, last - 7)...last).last(where: {
                  (view.has($0, [.article, .possessive]) || ["another", "one", "each"].contains(view.lower[$0])) && !insideCompound($0)
              }),
              determiner < last,
              ((determiner + 1)...last).allSatisfy({
                  (view.document.tokens[$0].kind == .word || isCompoundJoint($0)) && !view.has($0, .clauseWord)
                      && view.quoteOf[$0] < 0 && !view.has($0, .contractedNot)
              }),
              // "The party's national campaign arm": an owner right after the article belongs to the determiner.
              ((determiner + 1)...last).filter({
                  !isCompoundJoint($0) && !view.isGluedHyphen($0 - 1) && !($0 == determiner + 1 && $0 < last && isOwnerAfterArticle($0))
              }).count <= 3
        else { return nil }
        // "Afterwards the 41-year-old said", "Yesterday the trust said": an adverb or a day may stand before the
        // subject at the clause's start.
        var opener = determiner
        while opener > floor && (view.has(opener - 1, .adverb) || view.has(opener - 1, .dayWord) && !view.has(opener - 1, .preposition)) {
            opener -= 1
        }
        // A subordinate clause has a subject too ("While one bakery says …, another …").
        let opens = opener == floor || view.isComma(opener - 1) || view.has(opener - 1, [.andBut, .subordinator])
        guard opens else { return nil }
        return SpeakerPhrase(tokens: determiner..<(last + 1), name: determiner..<determiner, form: .description, role: nil,
                             head: view.headWord(endingAt: last), isOrganization: false, isOutlet: false)
    }

    /// Feelings and inner voices, which "tell" and "say" only as figures of speech.
    static let innerVoices: WordSet = [
        "shyness", "fear", "fears", "love", "instinct", "instincts", "gut", "heart", "conscience", "intuition", "pride",
        "shame", "anger", "guilt", "curiosity", "loneliness", "sadness", "happiness", "hope", "doubt", "doubts",
    ]

    /// "Article 33 affirms", "Rule 4 says", "Section 230 of the act states": a numbered provision of a law, treaty or
    /// code, with the text it belongs to after "of", which speaks for itself as a document does.
    private func provision(endingAt last: Int, floor: Int) -> SpeakerPhrase? {
        var number = last
        if let of = (max(floor, last - 6)..<last).last(where: { view.isLower($0, "of") }) {
            guard ((of + 1)...last).allSatisfy({
                      view.isLower($0, "the") || view.document.tokens[$0].kind == .word && view.quoteOf[$0] < 0
                          && !view.has($0, [.clauseWord, .finiteVerb])
                  })
            else { return nil }
            number = of - 1
        }
        guard number - 1 >= floor, isProvisionNumber(number), view.isCapitalized(number - 1),
              Self.provisionWords.contains(view.lower[number - 1])
        else { return nil }
        let start = number - 1
        guard start == floor || view.isComma(start - 1) || view.has(start - 1, [.andBut, .subordinator]) else { return nil }
        return SpeakerPhrase(tokens: start..<(last + 1), name: start..<start, form: .description, role: nil,
                             head: view.lower[start], isOrganization: false, isOutlet: false)
    }

    /// A provision's number: digits ("33", "9a") or a Roman numeral in capitals ("IV").
    private func isProvisionNumber(_ index: Int) -> Bool {
        if view.document.tokens[index].kind == .number { return true }
        let word = view.words[index]
        return word.utf8.count <= 6 && word.utf8.allSatisfy { "IVXLC".utf8.contains($0) }
    }

    /// Words that name a numbered provision ("Article 33", "Section 9").
    private static let provisionWords: WordSet = [
        "article", "section", "subsection", "clause", "rule", "paragraph", "chapter", "regulation", "resolution",
        "directive", "proposition", "measure", "title", "annex", "schedule", "amendment",
    ]

    /// A lowercase possessive noun after "the" ("the party's", "the union’s").
    private func isOwnerAfterArticle(_ index: Int) -> Bool {
        view.has(index - 1, .article) && !view.isCapitalized(index) && SpeakerName.possessiveEnding(of: view.lower[index]) == 2
    }

    /// "Vukovic's statement", "Esperanza Vukovic's letter": a text a named owner wrote, opening its clause.
    private func writtenByName(endingAt last: Int, floor: Int) -> SpeakerPhrase? {
        guard last - 1 >= floor, view.has(last, .writtenText), isPossessiveName(last - 1) else { return nil }
        var first = last - 1
        while first - 1 >= floor && last - first < 4 && isNameWord(first - 1) { first -= 1 }
        guard first == floor || view.isComma(first - 1) || view.has(first - 1, [.andBut, .subordinator]) else { return nil }
        return SpeakerPhrase(tokens: first..<(last + 1), name: first..<last, form: .description, role: nil,
                             head: view.lower[last], isOrganization: false, isOutlet: false)
    }

    /// "People briefed on the move said …", "Lee Wang of The Intercept asked …", "Carlos Guerrero, 55, said …":
    /// the head of a subject that opens its clause at `start`, when a modifier (a prepositional or participle
    /// phrase, a relative clause, an age) stands between it and the cue at `cue`. Nil when the words between
    /// do not read as a modifier, or when nothing stands between (the plain readers handle that).
    func postmodifiedSubject(start: Int, cue: Int) -> SpeakerPhrase? {
        let start = skippingConjunction(start, cue: cue)
        // "…, Republican of New Hampshire, who …": a party label set off after a name is no subject of its own.
        if start > 0 && view.isComma(start - 1) && Self.partyNouns.contains(view.lower[start]) && view.isLower(start + 1, "of") { return nil }
        var end = skippingInterveners(before: cue, floor: start)
        // "The statement, signed by three trustees, said": an aside that names who issued the text names who speaks.
        if let signers = signersOfText(start: start, end: end) { return signers }
        // "The senator from Ohio, in a statement, said": an aside set off before the cue is no modifier.
        if end - 1 > start, view.isComma(end - 1),
           let opening = (max(start, end - 24)..<(end - 1)).last(where: { view.isComma($0) }), opening > start,
           isAside((opening + 1)..<(end - 1)) {
            end = opening
        }
        // "A worker with a charity, who asked not to be named because she was not allowed to talk to the press,
        // said": a relative clause set off before the cue describes the subject, however long it runs.
        if end - 1 > start, view.isComma(end - 1), let opening = relativeAsideOpening(before: end - 1, floor: start) {
            end = opening
        }
        guard end - start >= 2, end - start <= 20 else { return nil }
        if subordinateSubject(before: end, floor: start) { return nil }
        // "A statement from the ministry said …": the document's issuer speaks.
        let issuer = sourceBehindDocument(start, limit: end)
        if issuer > start, let phrase = before(end, floor: issuer, allowApposition: false), phrase.tokens.lowerBound == issuer {
            return phrase
        }
        if let named = namedByParticiple(start..<end) { return named }
        // Six words at most before the modifier; a hyphenated compound ("state-owned") is one word of three tokens,
        // and a title's full stop ("Gov. Tom Vilsack's former chief of staff") no word.
        let window = start..<min(end, start + 8)
        let reach = start + 6 + 2 * window.lazy.filter { view.isGluedHyphen($0) }.count
            + window.lazy.filter { view.isByte($0, UInt8(ascii: ".")) && $0 > start && SentenceRules.isTitle(view.words[$0 - 1]) }.count
        for split in (start + 1)..<min(end, reach) {
            // "Secretary of State Jason Kander said": an "of" inside a title or a body's name modifies nothing.
            // So is the "for" of a group's name ("Americans for Prosperity").
            guard isModifier(split..<end),
                  !((view.isLower(split, "of") || view.opensGroupName(before: split)) && isPhraseWord(split, lowerLimit: start, upperLimit: end))
            else { continue }
            // "A statement on the club website said …": a document before its modifier is the source.
            guard var head = subjectHead(start..<split) ?? documentSource(start, limit: split) ?? describedBeforeModifier(start..<split)
                    ?? writtenText(start..<split),
                  !hasVerbOfItsOwn(head.tokens)
            else { return nil }
            // "The chamber of commerce", "the board of directors": a body's bare "of" noun is part of its name.
            if head.isOrganization && head.form != .name && namesBodyField(split..<end) { head.tokens = head.tokens.lowerBound..<end }
            return head
        }
        return nil
    }

    /// The comma that opens a relative clause ("…, who asked not to be named, …") closed by the comma at `closing`,
    /// within 40 tokens and with no words in marks inside.
    private func relativeAsideOpening(before closing: Int, floor: Int) -> Int? {
        var index = closing - 1
        while index > floor && closing - index <= 40 && view.quoteOf[index] < 0 {
            // "…, and who asked not to be named, said": a second relative clause joined by "and" or "but" too.
            // "Residents of Harrowgate Court, where the lifts have failed, say": "where" after a place opens one too.
            let relative = view.has(index + 1, .andBut) && index + 2 < closing ? index + 2 : index + 1
            if view.isComma(index) && (view.has(relative, .relativePronoun) || view.isLower(relative, "where")) && relative + 1 < closing {
                return index > floor + 1 ? index : nil
            }
            index -= 1
        }
        return nil
    }

    /// "Prices rose 3 percent on Monday and analysts said …": a head with a finite verb of its own ("rose") is a
    /// clause, not the noun phrase a modifier follows. (A capitalized form is a name, "Rose Tremain"; one glued to a
    /// hyphen is part of a compound, "the Labour-led council".)
    private func hasVerbOfItsOwn(_ tokens: Range<Int>) -> Bool {
        tokens.contains { index in
            view.has(index, [.irregularPast, .finiteVerb, .be]) && !view.isCapitalized(index)
                && !(index > tokens.lowerBound && view.isGluedHyphen(index - 1))
        }
    }

    /// "Shares in Harvest Foods fell after the company warned that …": a subordinator and a speaker right before the
    /// cue make the cue that clause's, with its own subject ("Residents displaced after the storm said" has none).
    private func subordinateSubject(before end: Int, floor: Int) -> Bool {
        guard let subordinator = (max(floor + 1, end - 9)..<end).last(where: { view.has($0, .subordinator) }), subordinator + 1 < end
        else { return false }
        // "Fans cheered because the chair of another club announced …": the subject may have a modifier of its own.
        let adjoining = before(end, floor: subordinator + 1, allowApposition: false).flatMap { $0.tokens.lowerBound == subordinator + 1 ? $0 : nil }
        guard let subject = adjoining ?? (end - subordinator > 3 ? postmodifiedSubject(start: subordinator + 1, cue: end) : nil)
        else { return false }
        // "after one promised …": a count alone is someone too.
        return subject.form == .pronoun || subject.isCount || namesASpeaker(subject) || hasMainVerb(floor..<subordinator)
    }

    /// "The chief executive of the charity resigned on Wednesday after a newspaper revealed …": a past form after a
    /// singular noun, or an auxiliary, is the verb of the clause the subordinate one hangs from ("Residents
    /// displaced after the storm said" has a participle after a plural).
    private func hasMainVerb(_ range: Range<Int>) -> Bool {
        range.contains { index in
            view.quoteOf[index] < 0 && !view.isCapitalized(index)
                && (view.has(index, [.finiteVerb, .be])
                    || index > range.lowerBound && view.has(index, [.ed, .irregularPast]) && view.isWord(index - 1) && !view.has(index - 1, .plural))
        }
    }

    /// "The diver who found the wreck said …": "who" after a determiner and plain words makes them a description of
    /// a person, whatever the noun (the lexicon need not list "diver"). So does where a person works or comes from
    /// after an agent noun ("A porter at the infirmary said …", "a barber from Tromsø").
    private func describedBeforeModifier(_ tokens: Range<Int>) -> SpeakerPhrase? {
        guard tokens.upperBound < view.count, (2...4).contains(tokens.count), view.has(tokens.lowerBound, .determiner),
              tokens.dropFirst().allSatisfy({ view.isPlainWord($0, excluding: Self.functionWords) && !view.has($0, .plural) })
        else { return nil }
        // "A sign on the door read: …", "a placard in the crowd": so does a written text where it stands.
        guard view.isLower(tokens.upperBound, "who") || isPlacedHead(tokens.upperBound - 1) else { return nil }
        return description(tokens)
    }

    private static let workplaceOpeners: WordSet = [
        "at", "from", "in", "on", "with", "outside", "inside", "near", "beside", "behind", "above", "opposite",
    ]

    /// "A farmer from Kent named Ruth Abara said": a description whose modifier ends in a participle of naming is the
    /// name that closes it, with the description as its role.
    private func namedByParticiple(_ tokens: Range<Int>) -> SpeakerPhrase? {
        guard view.has(tokens.lowerBound, [.article, .determiner]),
              let participle = ((tokens.lowerBound + 2)..<tokens.upperBound).first(where: { introducesName($0, limit: tokens.upperBound) }),
              ((participle + 1)..<tokens.upperBound).allSatisfy({ isNameWord($0) || view.isGluedHyphen($0) }),
              var named = classify((participle + 1)..<tokens.upperBound), named.form == .name
        else { return nil }
        named.role = named.role ?? descriptionRole(tokens.lowerBound..<participle)
        return named
    }

    /// "The engineer who inspected the bridge, Dag Olsen, insisted …": a full name set off by commas between a
    /// modified description and its cue is who the description is, with the description as its role.
    func nameClosing(_ described: SpeakerPhrase, cue: Int) -> SpeakerPhrase? {
        let end = skippingInterveners(before: cue, floor: described.tokens.lowerBound)
        guard described.form != .name, end - 1 > described.tokens.upperBound, view.isComma(end - 1),
              let opening = (described.tokens.upperBound..<(end - 1)).last(where: { view.isComma($0) })
        else { return nil }
        // "Her co-founder, a former welder named Piet Oosterhuis, says …": the name a participle of naming gives.
        var nameStart = opening + 1
        var role = descriptionRole(described.tokens.lowerBound..<opening)
        if let introduced = nameAfterIntroducer(opening + 1, limit: end - 1) {
            nameStart = introduced
            role = descriptionRole((opening + 1)..<(introduced - 1))
        }
        // A double surname is one word of three tokens ("Freya Lind-Bates").
        guard end - 1 - nameStart >= (nameStart == opening + 1 ? 2 : 1), isNameWord(end - 2),
              (nameStart..<(end - 1)).allSatisfy({ isNameWord($0) || view.isGluedHyphen($0) }),
              var named = classify(nameStart..<(end - 1)), named.form == .name
        else { return nil }
        named.role = named.role ?? role
        return named
    }

    /// An abbreviated title with its full stop, or a role word in full, after up to two lowercase words that
    /// qualify it ("state Sen. Lorna Pettibone", "former Gov. Ada Holm", "state Senator Ada Holm"), before a name
    /// word: the title's index.
    private func qualifiedTitle(_ start: Int, limit: Int) -> Int? {
        // Asked at every apposition: a lowercase word must open it before any title is looked up.
        guard start < limit, view.isWord(start), !view.isCapitalized(start),
              let title = ((start + 1)..<min(limit, start + 3)).first(where: {
                  view.isCapitalized($0) && (SentenceRules.isTitle(view.words[$0]) || view.wordKinds[$0] == .role)
              }),
              // "state Sen. Lorna Pettibone", "state Senator Lorna Pettibone": an abbreviation with its point, or a
              // role word in full.
              title + 2 < limit,
              view.isByte(title + 1, UInt8(ascii: ".")) ? isNameWord(title + 2) : view.wordKinds[title] == .role && isNameWord(title + 1),
              (start..<title).allSatisfy({ view.isWord($0) && !view.isCapitalized($0) && view.quoteOf[$0] < 0 })
        else { return nil }
        return title
    }

    /// Participles that introduce a name after a noun ("a nurse named Ola Brekke", "a welder called Sven Aas").
    static let nameIntroducers: WordSet = ["named", "called", "nicknamed"]

    /// Whether the word at `index` is such a participle, after a lowercase noun and before a name that ends
    /// before `limit`.
    /// The noun may have a place after it ("a retired engineer from Leeds named Clive Ashworth").
    func introducesName(_ index: Int, limit: Int) -> Bool {
        guard index >= 1, index + 1 < limit, Self.nameIntroducers.contains(view.lower[index]), isNameWord(index + 1),
              view.isWord(index - 1)
        else { return false }
        return !view.isCapitalized(index - 1) || placeBeforeNaming(index) != nil
    }

    /// "from Leeds" in "an engineer from Leeds named Clive Ashworth": the preposition of a place of up to three
    /// name words between a lowercase noun and the participle at `participle`.
    func placeBeforeNaming(_ participle: Int) -> Int? {
        guard let preposition = (max(1, participle - 4)..<participle).last(where: { !view.isCapitalized($0) }),
              preposition + 1 < participle, Self.placePrepositions.contains(view.lower[preposition]),
              view.isWord(preposition - 1), !view.isCapitalized(preposition - 1),
              ((preposition + 1)..<participle).allSatisfy({ isNameWord($0) })
        else { return nil }
        return preposition
    }

    private static let placePrepositions: WordSet = ["from", "in", "of", "at"]

    /// "a former welder named Piet Oosterhuis": where the name starts when the phrase at `determiner` is a
    /// determiner, up to four words and such a participle, all before `limit`. A hyphenated compound counts as
    /// one word ("a sixth-form student called Amira Latif").
    private func nameAfterIntroducer(_ determiner: Int, limit: Int) -> Int? {
        guard determiner + 2 < limit, view.has(determiner, [.article, .determiner]),
              let participle = ((determiner + 2)..<min(limit, determiner + 8)).first(where: { introducesName($0, limit: limit) }),
              ((determiner + 1)..<participle).allSatisfy({ (view.isWord($0) || view.isGluedHyphen($0)) && view.quoteOf[$0] < 0 }),
              view.wordCount((determiner + 1)..<participle) - hyphens(in: (determiner + 1)..<participle) <= 4
        else { return nil }
        return participle + 1
    }

    private func hyphens(in range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (view.isGluedHyphen($1) ? 1 : 0) }
    }

    /// A four-digit number from 1800 to 2199.
    private func isYear(_ index: Int) -> Bool {
        let digits = view.words[index].utf8
        guard digits.count == 4, let first = digits.first, let second = digits.dropFirst().first else { return false }
        return first == UInt8(ascii: "1") && second >= UInt8(ascii: "8") || first == UInt8(ascii: "2") && second <= UInt8(ascii: "1")
    }

    /// "of commerce", "of health", "of directors": "of" and one or two lowercase words, no determiner.
    private func namesBodyField(_ words: Range<Int>) -> Bool {
        guard view.isLower(words.lowerBound, "of"), (2...3).contains(words.count) else { return false }
        return words.dropFirst().allSatisfy {
            view.isWord($0) && !view.isCapitalized($0) && view.quoteOf[$0] < 0
                && !view.has($0, [.determiner, .possessive, .preposition, .adverb, .finiteVerb, .be, .ed, .ing, .clauseWord])
        }
    }

    /// A count of a group that an inverted cue's speaker opens with ("said one of the residents"), or the person a
    /// name set off after it gives ("…, Edith Marlowe").
    private func countedGroup(after first: Int, limit: Int) -> SpeakerPhrase? {
        guard let count = countEnd(from: first, limit: limit), count.end < limit, view.isLower(count.end, "of"),
              let groupEnd = groupPhraseEnd(from: count.end + 1, limit: limit)
        else { return nil }
        if groupEnd + 1 < limit, view.isComma(groupEnd), let named = nameInApposition(after: groupEnd, limit: limit) { return named }
        guard groupEnd == limit || !view.isWord(groupEnd) else { return nil }
        return self.count(of: first..<groupEnd)
    }

    /// Whether an aside is a role and the name of its holder ("fellow crew member Siân Pugh"), with no clause in it.
    private func endsWithRoleAndName(_ aside: Range<Int>) -> Bool {
        guard aside.count >= 3, let last = aside.last, view.isCapitalized(last), isNameWord(last),
              !aside.contains(where: { view.has($0, [.relativePronoun, .preposition, .finiteVerb, .be]) })
        else { return false }
        return aside.contains { isRoleWord($0) }
    }

    /// "Two of the three commissioners have argued …", "One in four voters in a survey said …", "Nearly half of
    /// the nurses surveyed said …", "A third of farmers, 34%, say …": a count or share of a group of people
    /// opens the clause and speaks for that group. The phrase covers the count and the group; what modifies
    /// the group after it (a place, a poll, a relative clause) is left out of the name.
    func countedGroup(start: Int, cue: Int) -> SpeakerPhrase? {
        let start = skippingConjunction(start, cue: cue)
        // "Former students filled the guestbook. One wrote that …": a lone count right before its cue counts
        // the group named before, as "One of them" does (not "One could argue", where "one" is anyone).
        if cue == start + 1, view.has(start, .numberWord) { return count(of: start..<cue) }
        // "… and at least 21,000 said they would", "More than 40 said …": a count of people with no noun after it,
        // right before its cue, counts the people the story is about; so it does after the comma that closes an
        // opening clause ("While most backed the levy, 43 said …", "When the union asked, at least 4,000 said …").
        // (A year is no count: "In 2019 said" is no clause.)
        let bareStart = (start..<cue).last { view.isComma($0) && view.quoteOf[$0] < 0 }.map { skippingConjunction($0 + 1, cue: cue) } ?? start
        if let count = countEnd(from: bareStart, limit: cue), count.end == cue,
           (bareStart..<cue).contains(where: { view.document.tokens[$0].kind == .number && !isYear($0) }) {
            return self.count(of: bareStart..<cue)
        }
        let end = skippingInterveners(before: cue, floor: start)
        // "One, who has nursed for nine years, said …", "Another, a porter, said …": so is a lone count with an
        // aside set off by commas (a name there is who the count is: "One, Eirik Solbakken, said").
        // A name after a role there is who the count is too ("One, fellow crew member Siân Pugh, said").
        if view.has(start, .numberWord), start + 3 < end, view.isComma(start + 1), view.isComma(end - 1),
           !view.isCapitalized(start + 2),
           ((start + 2)..<(end - 1)).allSatisfy({ !view.isComma($0) && view.quoteOf[$0] < 0 }),
           !endsWithRoleAndName((start + 2)..<(end - 1)) {
            return count(of: start..<(start + 1))
        }
        guard end - start >= 2, end - start <= 24, let count = countEnd(from: start, limit: end) else { return nil }
        // "Two of the grocers traded barbs after one promised …": the cue belongs to the subordinate clause.
        if subordinateSubject(before: end, floor: start) { return nil }
        var groupStart = count.end
        if groupStart < end && view.isLower(groupStart, "of") {
            groupStart += 1
        } else if count.needsOf {
            // Only a number or share may stand right before its group ("One in four voters", "Two commissioners").
            return nil
        }
        // "One of them said …": a count of a group named before.
        if groupStart > count.end && groupStart + 1 == end && view.isLower(groupStart, "them") {
            return self.count(of: start..<end)
        }
        // A modifier may follow the group (also one and then a relative clause set off by commas: "in Dunmore
        // County, who own land, said"), or the count again as a share.
        guard var groupEnd = groupPhraseEnd(from: groupStart, limit: end) else { return nil }
        // "Several of the protesters, many of them students, insisted …": a share of the group set off after it is
        // no further group.
        if isPartitiveAside(groupEnd..<end) { return self.count(of: start..<groupEnd) }
        // "45% of Republicans, 28% of independents and 12% of Democrats say …": shares of several groups speak
        // together.
        while let next = coordinatedCount(after: groupEnd, limit: end) { groupEnd = next }
        guard groupEnd == end || isModifier(groupEnd..<end) || isCountAside(groupEnd..<end) || isDescriptionAside(groupEnd..<end)
        else { return nil }
        return self.count(of: start..<groupEnd)
    }

    /// The end of a further count of a group joined by a comma or "and" ("…, 28% of independents", "and 12% of
    /// Democrats"), or nil.
    private func coordinatedCount(after groupEnd: Int, limit: Int) -> Int? {
        var index = groupEnd
        if index < limit && view.isComma(index) { index += 1 }
        if index < limit && view.isLower(index, "and") { index += 1 }
        guard index > groupEnd, let count = countEnd(from: index, limit: limit), count.end < limit else { return nil }
        let groupStart = view.isLower(count.end, "of") ? count.end + 1 : count.end
        guard groupStart > count.end || !count.needsOf else { return nil }
        return groupPhraseEnd(from: groupStart, limit: limit)
    }

    /// Where a count that ends with the number at `number` starts: at an article or an approximator before it
    /// ("the 41", "some 300"), or at words that bound it ("more than 300").
    static func countStart(ofNumberAt number: Int, floor: Int, view: TokenView) -> Int {
        if number - 1 >= floor && view.has(number - 1, [.article, .approximator]) { return number - 1 }
        if number - 2 >= floor && isComparisonBeforeNumber(number - 2, view: view) { return number - 2 }
        return number
    }

    /// "more than", "fewer than", "at least", "up to" at `index`: words that bound the number after them.
    static func isComparisonBeforeNumber(_ index: Int, view: TokenView) -> Bool {
        let (first, second) = (view.lower[index], view.lower[index + 1])
        return ["more", "less", "fewer"].contains(first) && second == "than" || first == "at" && ["least", "most"].contains(second)
            || first == "up" && second == "to"
    }

    /// The end of a count or share that opens a phrase: "nearly half", "a third", "two-thirds", "40 percent",
    /// "33%", "one in four", "three out of five", "most", "two"; `needsOf` when only "of" can follow it
    /// ("half of", "most of"), not a plural noun.
    private func countEnd(from start: Int, limit: Int) -> (end: Int, needsOf: Bool)? {
        var index = start
        func lower(_ offset: Int) -> String { index + offset < limit ? view.lower[index + offset] : "" }
        func isNumber(_ at: Int) -> Bool {
            at < limit && (view.document.tokens[at].kind == .number || view.has(at, .numberWord))
        }
        // "more than", "at least", "up to", "nearly", "about": only before a number or share.
        if index + 1 < limit && Self.isComparisonBeforeNumber(index, view: view) {
            index += 2
        } else if view.has(index, .approximator) && index + 1 < limit && (isNumber(index + 1) || view.has(index + 1, .share)
            || view.has(index + 1, .article) && index + 2 < limit && view.has(index + 2, .share)) {
            index += 1
        }
        guard index < limit else { return nil }
        if view.has(index, .article) && index + 1 < limit && view.has(index + 1, .share) {
            return (index + 2, true)  // "a third", "a majority"
        }
        if isNumber(index) {
            var next = index + 1
            // "thirty-one", "two-thirds"
            while next + 1 < limit && view.isByte(next, UInt8(ascii: "-")) && (isNumber(next + 1) || view.has(next + 1, .share)) { next += 2 }
            if next < limit && view.has(next, .share) { return (next + 1, false) }  // "40 percent", "33%"
            if view.has(next - 1, .share) { return (next, true) }  // "two-thirds"
            // "one in four", "three out of five"
            if next + 1 < limit && view.isLower(next, "in") && isNumber(next + 1) { return (next + 2, false) }
            if next + 2 < limit && view.isLower(next, "out") && view.isLower(next + 1, "of") && isNumber(next + 2) {
                return (next + 3, false)
            }
            return (next, true)
        }
        if view.has(index, .share) || view.has(index, .quantifier) { return (index + 1, true) }
        return nil
    }

    /// The end of the group a count is of: up to six words with an optional determiner, the last a plural, a
    /// people noun of the lexicon or a group noun, or "those" and a participle ("those surveyed").
    private func groupPhraseEnd(from start: Int, limit: Int) -> Int? {
        guard start < limit else { return nil }
        if view.isLower(start, "those"), start + 1 < limit, view.lower[start + 1].hasSuffix("ed") { return start + 2 }
        var index = start
        var head: Int?
        // "half of the residents that the council surveyed": "that" after the head opens a relative clause.
        while index < limit && index - start < 6 && view.isWord(index) && view.quoteOf[index] < 0
            && view.cue(at: index, within: limit) == nil && !view.has(index, [.finiteVerb, .modifierOpener, .relativePronoun])
            && !(index > start && view.isLower(index, "that")) {
            if view.has(index, .plural) || view.wordKinds[index] != nil || Self.groupNouns.contains(view.lower[index]) { head = index }
            index += 1
        }
        guard let head, view.wordKinds[head] != .pronoun else { return nil }
        return head + 1
    }

    /// Singular nouns for a group of people (plurals and the lexicon's people words count without being listed).
    static let groupNouns: WordSet = ["crowd", "audience", "public", "electorate", "staff"]

    /// ", 34%," or ", 33 percent," set off after the group: the count again, as a share.
    /// ", a 62-year-old man from Chester,": a description of the one counted, set off by commas, with no verb.
    private func isDescriptionAside(_ range: Range<Int>) -> Bool {
        guard range.count >= 4, view.isComma(range.lowerBound), view.isComma(range.upperBound - 1),
              view.has(range.lowerBound + 1, .article)
        else { return false }
        let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        return view.wordCount(inner) <= 12 && !inner.contains {
            view.isComma($0) || view.quoteOf[$0] >= 0 || view.has($0, [.finiteVerb, .be, .relativePronoun]) || view.cue(at: $0, within: inner.upperBound) != nil
        }
    }

    /// ", many of them students,", ", most of whom live nearby,": a share of the group set off after it says who
    /// they are.
    private func isPartitiveAside(_ range: Range<Int>) -> Bool {
        guard range.count >= 5, view.isComma(range.lowerBound), view.isComma(range.upperBound - 1) else { return false }
        let share = range.lowerBound + 1
        guard view.has(share, [.quantifier, .numberWord, .share]), view.isLower(share + 1, "of"),
              view.isLower(share + 2, "them") || view.isLower(share + 2, "whom")
        else { return false }
        let inner = (share + 3)..<(range.upperBound - 1)
        return view.wordCount(inner) <= 8 && !inner.contains {
            view.isComma($0) || view.quoteOf[$0] >= 0 || view.cue(at: $0, within: inner.upperBound) != nil
        }
    }

    private func isCountAside(_ range: Range<Int>) -> Bool {
        guard range.count >= 3, view.isComma(range.lowerBound), view.isComma(range.upperBound - 1) else { return false }
        let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
        let last = inner.upperBound - 1
        return inner.count <= 3 && view.document.tokens[inner.lowerBound].kind == .number
            && (view.has(last, .share) || view.words[last].hasSuffix("%"))
    }

    /// "a statement from the port authority", "a report by the Harbour Gazette": who issued a document is the
    /// source, not the document; the index where that source's phrase starts (or `start`).
    func sourceBehindDocument(_ start: Int, limit: Int) -> Int {
        var index = start
        if index < limit && view.has(index, [.article, .possessive]) { index += 1 }
        // Every reading below needs "by", "of" or "from" (or a participle) after the noun: tested first, as this is
        // asked of every phrase read.
        func linksIssuer(_ next: Int) -> Bool { view.has(next, .ed) || Self.issuerLinks.contains(view.lower[next]) }
        // "early reports from returning officers", "official figures from the ministry": a plain word may qualify the
        // document noun, which may be plural.
        if index + 2 < limit, linksIssuer(index + 2), view.isWord(index), !view.isCapitalized(index),
           !view.has(index, [.preposition, .finiteVerb, .be, .auxiliary, .determiner, .possessive, .conjunction]),
           isDocumentNoun(view.lower[index + 1]), !isDocumentNoun(view.lower[index]) {
            index += 1
        }
        guard index + 2 < limit, linksIssuer(index + 1), isDocumentNoun(view.lower[index]) else { return start }
        // "figures released by the ministry", "a statement issued by the club": the participle of issuing, then "by";
        // whoever obtained or saw the text ("documents obtained by Reuters") did not issue it.
        if index + 3 < limit && view.has(index + 1, .ed) && view.isLower(index + 2, "by") {
            return Self.receivingParticiples.contains(view.lower[index + 1]) ? start : index + 3
        }
        // "minutes of the meeting": after "of", only a body or a person issues the text ("the report of the committee").
        if view.isLower(index + 1, "of") {
            // The of-phrase's head stands before any participle that modifies it ("the meeting seen by the Clarion").
            let participle = ((index + 3)..<limit).first { view.isLower($0, "by") }.map { $0 - 1 }
                ?? ((index + 3)..<limit).first { view.has($0, [.ed, .irregularPast]) && !view.isCapitalized($0) }
            let head = (participle ?? limit) - 1
            // "a study of 180,000 nurses", "a survey of voters": people counted or studied are what the text is of.
            return view.wordKinds[head] != nil && view.wordKinds[head] != .anonymous || view.isCapitalized(head) ? index + 2 : start
        }
        return ["from", "by"].contains(view.lower[index + 1]) ? index + 2 : start
    }

    private static let issuerLinks: WordSet = ["by", "of", "from"]

    /// Participles of getting hold of a text, whose agent is not its source.
    static let receivingParticiples: WordSet = ["obtained", "reviewed", "viewed", "acquired", "received", "intercepted", "leaked", "cited", "quoted"]

    /// "The statement, signed by Haverford and two other trustees,", "The ruling, written by Justice Okwuosa,", "The
    /// message sent by Elin Brask": a text, then the participle of issuing, signing, sending or writing it and its
    /// agent, who speaks for it (not one who only got hold of it: "obtained by Reuters").
    private func signersOfText(start: Int, end: Int) -> SpeakerPhrase? {
        var index = start
        if index < end && view.has(index, [.article, .possessive, .determiner]) { index += 1 }
        // The cheap test first, as this is asked of every subject with a modifier: "by" a few words in.
        guard index + 2 < end, let by = ((index + 2)..<min(end, index + 7)).first(where: { view.isLower($0, "by") }) else { return nil }
        // "signed by", "issued by", "written by": any participle of making the text, set off by commas or not ("The
        // message sent by Elin Brask said"); a few plain words may qualify the document noun ("The last text message").
        let participle = by - 1
        let setOff = view.isComma(participle - 1)
        let noun = setOff ? participle - 2 : participle - 1
        guard noun >= index, !view.isCapitalized(participle),
              view.has(participle, [.ed, .irregularPast]) || view.isLower(participle, "written"),
              (index..<noun).allSatisfy({ view.isPlainWord($0, excluding: Self.functionWords) }),
              Self.documentNouns.contains(view.lower[noun]), !Self.receivingParticiples.contains(view.lower[participle])
        else { return nil }
        var agentEnd = view.isComma(end - 1) ? end - 1 : end
        if setOff && agentEnd == end { return nil }
        // "…, read to the jury on Tuesday, said": an aside after the agent says when or where the text was used.
        if !setOff, agentEnd < end, let comma = ((by + 1)..<agentEnd).first(where: { view.isComma($0) }) {
            guard isAside((comma + 1)..<agentEnd) else { return nil }
            agentEnd = comma
        }
        let agentStart = by + 1
        guard agentStart < agentEnd,
              !(agentStart..<agentEnd).contains(where: { view.isComma($0) || view.quoteOf[$0] >= 0 }),
              let agent = before(agentEnd, floor: agentStart, allowApposition: false), agent.tokens == agentStart..<agentEnd,
              agent.form != .pronoun
        else { return nil }
        return agent
    }

    /// Participles spelled as their verb's base ("set to retire in June", "broadcast on Sunday", "put on hold").
    static let participlesLikeTheirBase: WordSet = ["read", "broadcast", "set", "put", "spread", "cut", "shut"]

    static let documentNouns: WordSet = [
        "statement", "report", "release", "letter", "filing", "post", "tweet", "memo", "email", "analysis", "study",
        "survey", "poll", "transcript", "document", "documents", "records", "announcement", "estimate", "estimates",
        "article", "story", "note", "editorial", "column", "bulletin", "notice", "message", "newsletter", "paper",
        "data", "figures", "average", "census", "website", "budget", "draft", "plan", "proposal", "forecast", "audit",
        "minutes", "indictment", "complaint", "lawsuit", "ruling", "judgment", "verdict", "opinion", "order", "contract", "agreement",
        "strategy", "assessment", "review", "inquiry", "investigation", "application", "submission", "petition",
        "video", "ad", "advert", "advertisement", "commercial", "leaflet", "flyer", "pamphlet", "brochure", "podcast",
        "readout", "summary", "dossier", "invoice", "receipt", "research",
    ]

    /// "But harbour pilots …", "And most of them …": a clause's opening conjunction is no part of its subject.
    private func skippingConjunction(_ start: Int, cue: Int) -> Int {
        // "But as one mother at the session told me, …": a coordinator may stand before the conjunction.
        if start + 2 < cue && view.has(start, .coordinator) && view.has(start + 1, .conjunction) { return start + 2 }
        if start + 1 < cue && view.has(start, [.coordinator, .conjunction]) { return start + 1 }
        // "At least one council member who …": the words that bound a count stand before the subject's own words.
        if start + 3 < cue, view.document.tokens[start + 2].kind == .number || view.has(start + 2, .numberWord),
           Self.isComparisonBeforeNumber(start, view: view) {
            return start + 2
        }
        return start
    }

    /// Whether a phrase read where a clause starts can only be a speaker: a name of two words or with a role,
    /// or a description whose head is a role, a body or an unnamed source ("The State Department"), not a
    /// lone capitalized word that may open any sentence ("Speaking", "Nothing").
    func namesASpeaker(_ phrase: SpeakerPhrase) -> Bool {
        switch phrase.form {
        case .name: phrase.name.count >= 2 || phrase.role != nil || phrase.isOrganization
        case .description, .anonymous:
            // "The Varga campaign", "the Obama administration": a word the lexicon knows inside roles, owned by a
            // name, heads a body that speaks.
            isRoleWord(phrase.tokens.upperBound - 1)
                // "the coach's": a possessive's head is the noun without its ending.
                || SpeakerName.possessiveEnding(of: view.words[phrase.tokens.upperBound - 1]) != nil
                    && [.role, .org, .anonymous].contains(view.lexicon.kind(of: phrase.head))
                || view.wordKinds[phrase.tokens.upperBound - 1] == .modifier
                    && phrase.tokens.dropFirst().contains { view.isCapitalized($0) && view.wordKinds[$0] == nil }
                // "Her deputy was blunt:", "the assistant said": a title's first word that stands alone as a person.
                || Self.personModifiers.contains(view.lower[phrase.tokens.upperBound - 1]) && phrase.tokens.count >= 2
                || headsOfPhrase(phrase.tokens)
        case .pronoun: false
        }
    }

    /// Words the lexicon reads inside titles ("deputy mayor") that name a person when they end a phrase.
    static let personModifiers: WordSet = ["deputy", "assistant"]

    /// "a panel of surveyors", "the team of divers": a person, group or body noun right after the determiner,
    /// with an "of" phrase after it, heads the phrase whatever the phrase's own noun.
    private func headsOfPhrase(_ tokens: Range<Int>) -> Bool {
        let head = tokens.lowerBound + 1
        return head + 2 < tokens.upperBound && view.has(tokens.lowerBound, .determiner) && isRoleWord(head) && view.isLower(head + 1, "of")
    }

    /// Whether ", 61," follows the word at `index`: an age, which only a person has.
    func hasAgeApposition(after index: Int) -> Bool {
        let comma = index + 1
        return comma + 2 < view.count && view.isComma(comma) && view.isComma(comma + 2) && view.isAge(comma + 1)
    }

    /// A name, a role description or an unnamed group ("People", "Some voters") that may head a subject.
    private func subjectHead(_ tokens: Range<Int>) -> SpeakerPhrase? {
        // "Thirty-one percent of those surveyed", "Half of the respondents": a share of a group speaks for it.
        if view.has(tokens.upperBound - 1, .share),
           tokens.allSatisfy({ view.quoteOf[$0] < 0 && (view.isWord($0) || view.isByte($0, UInt8(ascii: "-"))) }) {
            return unnamed(tokens)
        }
        // "The Labour-led council in Hull": a hyphen inside a compound is no punctuation between phrases, nor is a
        // plural's possessive apostrophe ("The farmers' union in Lleida").
        guard tokens.allSatisfy({
            view.quoteOf[$0] < 0 && view.document.tokens[$0].kind != .punctuation || view.isByte($0, UInt8(ascii: "."))
                || $0 > tokens.lowerBound && $0 + 1 < tokens.upperBound && (view.isGluedHyphen($0) || isPluralPossessiveMark($0))
        })
        else { return nil }
        // A second determiner, other than after "of", starts another phrase: "The union sued the board" is a
        // clause, not a head.
        guard !tokens.dropFirst().contains(where: { view.has($0, .determiner) && !view.isLower($0 - 1, "of") }) else { return nil }
        // So does a verb of saying or a preposition other than "of" ("Ada Holm boasted to reporters" is a clause),
        // and a verb form before a name ("The club thanked Kenji Hayward").
        guard !tokens.contains(where: {
            view.cue(at: $0, within: tokens.upperBound) != nil || view.has($0, .preposition) && !view.isLower($0, "of")
                || $0 + 1 < tokens.upperBound && view.has($0, [.ed, .ing]) && !view.isCapitalized($0) && view.wordKinds[$0] == nil
                    && view.isCapitalized($0 + 1)
        }) else { return nil }
        // "Most of the vulnerable senators", "Many of her supporters": a quantifier heads the group.
        if tokens.count == 1 && view.has(tokens.lowerBound, .quantifier) { return unnamed(tokens) }
        // "Kjell and Anne Hauge, who live nearby, said": names joined by "and" speak together.
        if let joined = joinedNames(tokens) { return joined }
        guard let phrase = classify(tokens), phrase.tokens == tokens else {
            // "Some anglers from the north", "Growers who rely on the harbour": a plural of people the lexicon
            // need not know heads a group.
            guard looksLikePeople(tokens.upperBound - 1), let group = genericGroup(endingAt: tokens.upperBound - 1, floor: tokens.lowerBound),
                  group.tokens == tokens
            else { return nil }
            return group
        }
        switch phrase.form {
        case .name:
            // A lone capitalized word opening a sentence may be a common noun ("People"); names need two words
            // or a role. A lone plural before its modifier is a group: a party's members keep their capital
            // ("Democrats on the panel"), other plurals are common nouns ("Partisans on both sides"); a plural
            // in -rs before "of" may be a surname ("Sanders of Vermont") and names no group ("Islanders on Senja"
            // do).
            if phrase.name.count >= 2 || phrase.role != nil || isPartyPlural(phrase) { return phrase }
            guard tokens.count == 1, view.has(tokens.lowerBound, .plural) else { return nil }
            // "Castellanos, 61, told players …": an age set off after the word makes it a person's name.
            if hasAgeApposition(after: tokens.upperBound - 1) { return phrase }
            let surnameLike = view.lower[tokens.lowerBound].hasSuffix("rs") && view.isLower(tokens.upperBound, "of")
            return surnameLike ? nil : unnamed(tokens)
        case .anonymous, .description:
            return phrase
        case .pronoun:
            return nil
        }
    }

    /// "The coalition's regional fundraising arm said": an -ing word and one bare singular noun before the cue, after
    /// a word that names no one ("regional"), make a compound noun, not a participle with its object ("A man
    /// carrying water said" keeps its modifier: "man" names someone).
    private func isIngCompound(_ range: Range<Int>) -> Bool {
        guard range.count == 2, range.lowerBound > 0, view.has(range.lowerBound, .ing) else { return false }
        let before = range.lowerBound - 1, noun = range.lowerBound + 1
        return (view.wordKinds[before] == nil || view.wordKinds[before] == .modifier) && !view.has(before, .plural) && !view.isCapitalized(before)
            && view.document.tokens[noun].kind == .word && !view.isCapitalized(noun) && !view.has(noun, .plural)
            && view.isPlainWord(noun, excluding: Self.functionWords)
    }

    /// "Several residents I spoke to said", "the nurses we interviewed say": a relative clause without its pronoun,
    /// a personal subject pronoun and its verb (and a particle), right after a noun for people.
    private func isContactClause(_ range: Range<Int>) -> Bool {
        guard (2...4).contains(range.count), range.lowerBound > 0, Self.contactSubjects.contains(view.lower[range.lowerBound]),
              view.has(range.lowerBound - 1, .plural) || [.role, .anonymous].contains(view.wordKinds[range.lowerBound - 1]),
              !view.isCapitalized(range.lowerBound - 1), view.has(range.lowerBound + 1, [.ed, .irregularPast])
        else { return false }
        return range.dropFirst(2).allSatisfy { view.has($0, [.preposition, .adverb]) && view.quoteOf[$0] < 0 }
    }

    private static let contactSubjects: WordSet = ["i", "we", "you", "they", "he", "she"]

    /// Whether `range` (between a subject's head and its cue) reads as a modifier of the head.
    private func isModifier(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let first = view.lower[range.lowerBound]
        // Most candidate splits fail on their first word; the scans below run only for the rest.
        let setOff = first == "," && range.count >= 3 && view.isComma(range.upperBound - 1)
        if isContactClause(range) { return true }
        // "A lawyer representing the pension fund said": a participle that is no cue opens a modifier too.
        // A capital inside the sentence makes the -ing word part of a name ("the College of Nursing said").
        // "Residents displaced after the storm said": after a plural, a past participle opens one too.
        // "operating" in "chief operating officer" stands inside a title, as the lexicon's modifiers do.
        // "A coalition led by dairy farmers said": a participle with its agent opens one after any noun.
        // "A driver accused of speeding said", "A councillor criticised for failing to declare an interest has
        // insisted": a verb of saying as a past participle right after its noun, before a preposition, is passive; it
        // opens a modifier whatever cues it holds.
        let passiveCue = view.has(range.lowerBound, .ed) && range.count > 2 && range.lowerBound > 0
            && view.has(range.lowerBound + 1, .preposition) && !view.isLower(range.lowerBound + 1, "to")
            && view.isWord(range.lowerBound - 1) && !view.has(range.lowerBound - 1, [.be, .auxiliary, .adverb])
            && view.cue(at: range.lowerBound, within: range.upperBound) != nil
        let participle = (view.has(range.lowerBound, .ing) || view.has(range.lowerBound, .ed) && range.lowerBound > 0
                          && view.has(range.lowerBound - 1, .plural)
                          || view.has(range.lowerBound, [.ed, .irregularPast]) && range.count > 2 && view.isLower(range.lowerBound + 1, "by")
                          // "A note pinned to the door read:", "An analyst based in Oslo said", "a lawyer involved in the
                          // case said": a past participle and its preposition; its noun has the cue for a verb.
                          // ("tried to defend" is a verb and its infinitive.)
                          || view.has(range.lowerBound, .ed) && range.count > 2 && view.has(range.lowerBound + 1, .preposition)
                              && range.lowerBound > 0 && !view.has(range.lowerBound - 1, [.be, .auxiliary])
                              && (!view.isLower(range.lowerBound + 1, "to") || view.has(range.lowerBound - 1, .writtenText)))
            && !view.isCapitalized(range.lowerBound) && view.wordKinds[range.lowerBound] != .modifier
            && (view.cue(at: range.lowerBound, within: range.upperBound) == nil || passiveCue)
            // "Several nursing unions", "some striking workers": right after a quantifier or determiner the -ing word
            // qualifies the noun after it.
            && !(range.lowerBound > 0 && view.has(range.lowerBound - 1, [.quantifier, .determiner, .numberWord, .possessive]))
            && !isIngCompound(range)
        guard setOff || participle || view.has(range.lowerBound, .modifierOpener) || opensToPhrase(range)
                || first == "that" || first == "which",
              range.allSatisfy({ view.quoteOf[$0] < 0 })
        else { return false }
        if first == "that" || first == "which" { return opensRestrictiveRelative(range) }
        // A relative clause may hold a speech verb of its own ("who spoke anonymously"); other modifiers may not.
        let relative = range.first { view.has($0, .relativePronoun) } ?? range.upperBound
        guard passiveCue || !(range.lowerBound..<relative).contains(where: { view.cue(at: $0, within: relative) != nil }) else { return false }
        // "who have heard his sermons, in person or on the radio,": a relative clause closed by a comma before
        // the cue may hold set-off phrases of its own, but no second finite verb, which would be the main
        // clause's ("Farmers who rely on the harbor are worried, says …" is a clause, not a subject).
        // A clause subordinate to the relative one may have its verb ("who spoke on condition of anonymity because
        // the talks were confidential,").
        if view.has(range.lowerBound, .relativePronoun) && range.count >= 3 && view.isComma(range.upperBound - 1) {
            let subordinate = range.dropFirst(2).first { view.has($0, .subordinator) || Self.causalSubordinators.contains(view.lower[$0]) }
                ?? range.upperBound
            if !((range.lowerBound + 2)..<subordinate).contains(where: { view.has($0, [.finiteVerb, .relativePronoun]) }) { return true }
        }
        if setOff {
            // ", 55," an age; ", who …," a relative clause (", which …," after a body: "a spokesman for the
            // government, which has faced criticism,"); ", speaking on condition of anonymity," a participle, and so
            // is ", dated January 14," or ", sent in May," (not ", retired teacher Malcolm Dunn,", an apposition).
            let inner = (range.lowerBound + 1)..<(range.upperBound - 1)
            if inner.count == 1 { return view.document.tokens[inner.lowerBound].kind == .number }
            return ((view.has(inner.lowerBound, [.relativePronoun, .ing]) || view.isLower(inner.lowerBound, "which"))
                    && !inner.contains { view.isComma($0) })
                || view.has(inner.lowerBound, [.ed, .irregularPast]) && isParticipleAside(inner)
        }
        // "Mayors from Leith, Dunmore and Kilbride said": names listed after the preposition are one modifier.
        // ("… all said", "… both said": the quantifier floats after the subject.)
        if view.has(range.lowerBound, .preposition) {
            let listEnd = ["all", "both"].contains(view.lower[range.upperBound - 1]) ? range.upperBound - 1 : range.upperBound
            if isNameList((range.lowerBound + 1)..<listEnd) { return true }
        }
        // "at the port authority, speaking on condition of anonymity,": a modifier and a set-off one.
        if let comma = range.first(where: { view.isComma($0) }) {
            return comma > range.lowerBound && isModifier(range.lowerBound..<comma) && isModifier(comma..<range.upperBound)
        }
        // A relative clause ("who have seen him …") has verbs of its own; a modifier before it has none ("Shares in
        // Harvest Foods fell …" is a clause).
        return !(range.lowerBound..<relative).contains {
            view.has($0, .finiteVerb) || view.has($0, .simplePast) && !view.isCapitalized($0)
        }
    }

    private static let causalSubordinators: WordSet = ["because", "although", "though", "until", "unless"]

    /// "Leith, Dunmore and Kilbride": capitalized words separated by commas, the last two joined by "and" or "or".
    private func isNameList(_ words: Range<Int>) -> Bool {
        guard words.count >= 5, let last = words.last, view.isCapitalized(last), view.has(last - 1, .andBut) || view.isLower(last - 1, "or"),
              words.contains(where: { view.isComma($0) })
        else { return false }
        return words.allSatisfy { index in
            view.quoteOf[index] < 0 && (view.isCapitalized(index) || view.isComma(index) || index == last - 1)
        }
    }

    /// "The firm that owns the site said", "the trust which ran the ferry said": "that" or "which" right before a
    /// verb (or an adverb and a verb) opens a relative clause that tells which body or person speaks. With no
    /// comma inside: a comma would close a clause of its own.
    private func opensRestrictiveRelative(_ range: Range<Int>) -> Bool {
        guard range.count >= 3, !range.contains(where: { view.isComma($0) }) else { return false }
        var verb = range.lowerBound + 1
        if view.has(verb, .adverb) && verb + 1 < range.upperBound { verb += 1 }
        return !view.isCapitalized(verb) && view.has(verb, [.finiteVerb, .ed, .irregularPast, .plural])
            && !view.has(verb, [.article, .determiner, .possessive]) && view.wordKinds[verb] == nil
            || isObjectRelative(range)
    }

    /// "that we spoke to", "that the council surveyed": a relative clause with a subject of its own (a pronoun, or
    /// a determiner and up to two words) and its verb, with at most a particle after, that ends the modifier.
    private func isObjectRelative(_ range: Range<Int>) -> Bool {
        let subject = range.lowerBound + 1
        var verb = subject + 1
        if !TokenView.subjectPronouns.contains(view.lower[subject]) {
            guard view.has(subject, [.article, .determiner, .possessive]) else { return false }
            while verb < range.upperBound && verb - subject <= 2 && view.isPlainWord(verb, excluding: Self.functionWords)
                && !view.has(verb, [.ed, .irregularPast]) {
                verb += 1
            }
            guard verb > subject + 1 else { return false }
        }
        guard verb < range.upperBound, range.upperBound - verb <= 2, !view.isCapitalized(verb),
              view.has(verb, [.finiteVerb, .ed, .irregularPast]), view.cue(at: verb, within: range.upperBound) == nil
        else { return false }
        return ((verb + 1)..<range.upperBound).allSatisfy { view.has($0, [.preposition, .adverb]) }
    }

    /// "Advisers to the governor", "the envoy to Oslo": "to" opens a modifier only before a determiner or a name,
    /// where it cannot be an infinitive's.
    private func opensToPhrase(_ range: Range<Int>) -> Bool {
        let next = range.lowerBound + 1
        return view.isLower(range.lowerBound, "to") && next < range.upperBound
            && (view.has(next, [.article, .possessive]) || view.isCapitalized(next) && !view.has(next, .notName))
    }

    private func pronoun(_ index: Int) -> SpeakerPhrase {
        SpeakerPhrase(tokens: index..<(index + 1), name: index..<index, form: .pronoun, role: nil,
                      head: view.lower[index], isOrganization: false, isOutlet: false)
    }

    /// The role an apposition gives, as a clean phrase: "a spokesman for the ministry" gives "spokesman for the
    /// ministry", "63, a retired nurse" gives "retired nurse"; a relative or participle clause ("who did not
    /// say …", "speaking at …") gives none; nor does a party label before it ("R-Texas, a member of …").
    private func appositionRole(_ start: Int, _ end: Int) -> String? {
        var start = start
        if view.document.tokens[start].kind == .number || isPartyLabel(at: start), let comma = (start..<end).first(where: { view.isComma($0) }) {
            start = comma + 1
        }
        guard start < end, !view.has(start, [.relativePronoun, .ing]) else { return nil }
        // "Jane Doerr, 52, of Leeds, said": where the person lives or comes from is no role ("of the patients' group
        // Scan Watch" is whom they speak for).
        if view.isLower(start, "of") || view.isLower(start, "from"), start + 1 < end, view.isCapitalized(start + 1) { return nil }
        // "Holloway, asked by reporters whether …, said": a participle with its own complement is an aside, not what
        // the person is ("a retired teacher", "retired teacher Ane Lid" keep theirs).
        if view.has(start, .ed), !view.isCapitalized(start), start + 1 < end,
           view.has(start + 1, [.preposition, .subordinator, .questionStop]) || Self.participleComplements.contains(view.lower[start + 1]) {
            return nil
        }
        // "Latvia's leader, Inese Kalnina, agreed, saying …": a past verb alone between the commas is the name's
        // predicate.
        if start + 1 == end, view.has(start, [.ed, .irregularPast]), !view.isCapitalized(start) { return nil }
        if view.has(start, .article) { start += 1 }
        let end = durationStart(in: start..<end) ?? end
        return start < end ? view.phrase(start..<end) : nil
    }

    /// "a nurse for 30 years", "a teacher at the school since 2004": where a closing phrase of how long the person
    /// has been what the role says starts; how long is no part of the role.
    private func durationStart(in words: Range<Int>) -> Int? {
        guard let opener = words.last(where: { view.isLower($0, "for") || view.isLower($0, "since") }), opener > words.lowerBound
        else { return nil }
        let rest = (opener + 1)..<words.upperBound
        guard !rest.isEmpty, rest.count <= 4 else { return nil }
        let isCount = { (index: Int) in view.document.tokens[index].kind == .number || view.has(index, .numberWord) }
        if view.isLower(opener, "since") {
            // "since 2004", "since the 1990s", "since March".
            return rest.allSatisfy({ isCount($0) || view.isLower($0, "the") || Self.months.contains(view.lower[$0]) }) ? opener : nil
        }
        // "for 30 years", "for more than a decade", "for two decades".
        guard let last = rest.last, Self.durationNouns.contains(view.lower[last]) else { return nil }
        return rest.dropLast().allSatisfy { isCount($0) || Self.durationQualifiers.contains(view.lower[$0]) } ? opener : nil
    }

    private static let durationNouns: WordSet = ["years", "decades", "months", "weeks", "year", "decade", "generations", "century"]
    private static let durationQualifiers: WordSet = ["more", "than", "almost", "nearly", "over", "a", "about", "some", "the", "past", "last"]

    /// "Brook praised his opponent, Hilde Moe, on …": whether the comma closes a main clause with a verb of its own,
    /// so a name after it is that clause's object set off, not a new subject ("When the vote came, Moe, a nurse,
    /// said" opens with a subordinate clause).
    private func followsObject(comma: Int, floor: Int) -> Bool {
        let clauseStart = (floor..<comma).last(where: { view.isComma($0) || view.quoteOf[$0] >= 0 }).map { $0 + 1 } ?? floor
        guard clauseStart < comma, !view.has(clauseStart, [.subordinator, .clauseWord]) else { return false }
        // "Asked whether she would run, Falkner, 71, said", "Speaking in Ames, …": a participle that opens the
        // sentence opens an adjunct, whose verbs have no object the name could be set off after.
        if view.opensSentence(clauseStart) && view.has(clauseStart, [.ed, .irregularPast, .ing]) { return false }
        return hasClauseVerb(clauseStart..<comma)
    }

    /// "of North Yorkshire Police", "of the University of NSW's school of public health": where a person works or
    /// comes from, an origin word and a capitalized name, perhaps after "the".
    private func isAffiliation(_ words: Range<Int>) -> Bool {
        guard words.count >= 2, Self.originWords.contains(view.lower[words.lowerBound]) else { return false }
        let first = view.isLower(words.lowerBound + 1, "the") ? words.lowerBound + 2 : words.lowerBound + 1
        return first < words.upperBound && view.isCapitalized(first)
    }

    /// Whether the words hold a verb that makes them a clause: a finite form, or a past form before a determiner
    /// ("praised his", "visited the"; "the retired teacher" has an adjective).
    private func hasClauseVerb(_ words: Range<Int>) -> Bool {
        words.contains { index in
            guard !view.isCapitalized(index), view.quoteOf[index] < 0 else { return false }
            if view.has(index, [.finiteVerb, .be, .auxiliary, .irregularPast]) { return true }
            // "to discuss his remarks about …": an infinitive.
            if view.isLower(index, "to") && index + 2 < words.upperBound && opensInfinitive(index + 1, end: words.upperBound)
                && view.has(index + 2, [.determiner, .possessive]) {
                return true
            }
            return view.has(index, .ed) && index + 1 < words.upperBound && view.has(index + 1, [.determiner, .possessive, .article])
                || view.has(index, .unmarkedPast) && takesObject(index, before: words.upperBound)
        }
    }

    /// "defended the delay", "praised his staff": a past form right before a determiner is a verb with its object,
    /// unless it is a passive that says what someone was made ("named the club's captain", "voted the best player").
    /// "shut two plants": a verb whose past is its base form also takes a counted object; a marked past before a
    /// count is more often a participle saying when ("appointed two years ago").
    private func takesObject(_ verb: Int, before end: Int) -> Bool {
        guard verb + 1 < end, !Self.namingPassives.contains(view.lower[verb]) else { return false }
        return view.has(verb + 1, [.determiner, .possessive, .article])
            || view.has(verb, .unmarkedPast) && (view.has(verb + 1, .numberWord) || view.document.tokens[verb + 1].kind == .number)
    }

    private static let namingPassives: WordSet = ["named", "voted", "elected", "appointed", "crowned", "dubbed", "made"]

    /// Words that open the complement of a participle set off after a name ("asked whether", "pressed on").
    private static let participleComplements: WordSet = ["whether", "if", "about", "by", "on", "what", "how", "why", "to", "for", "after"]

    /// "teacher Gareth Evans from Swansea", "nurse Ola Brun of Tromsø", "Hamid Rezaei of the University of Leeds":
    /// "from", "of", "at" or "in" and a name of up to five words (inner "the", "of" and "for" lowercase) say where
    /// a person named in an apposition comes from or works.
    func isOriginAfterName(_ words: Range<Int>) -> Bool {
        guard (2...7).contains(words.count), Self.originWords.contains(view.lower[words.lowerBound]) else { return false }
        var first = words.lowerBound + 1
        if view.isLower(first, "the") { first += 1 }
        guard first < words.upperBound, view.isCapitalized(first), view.isCapitalized(words.upperBound - 1),
              words.upperBound - first <= 5 else { return false }
        return (first..<words.upperBound).allSatisfy {
            view.quoteOf[$0] < 0 && (view.isCapitalized($0) || Self.nameLinkWords.contains(view.lower[$0]))
        }
    }

    /// Where a description's role words start: past its article or possessive ("Its lead author, Prof. Hamid Rezaei,"
    /// gives "lead author") and a count of one ("one volunteer, Eleni Papadaki,"; "One of them" stays), before the
    /// comma at `opening`.
    private func roleWordsStart(from start: Int, before opening: Int) -> Int {
        var roleStart = start
        while roleStart + 1 < opening
            && (view.has(roleStart, [.article, .possessive]) || view.isLower(roleStart, "one") && !view.isLower(roleStart + 1, "of")) {
            roleStart += 1
        }
        return roleStart
    }

    /// "Andriy Yusov, a spokesman for the ministry, said": the name before the apposition, with the
    /// apposition as its role.
    private func appositionBefore(comma: Int, floor: Int) -> SpeakerPhrase? {
        // The apposition may hold commas itself ("Roxana M. Leon, 63, an independent voter raised in Chile,"),
        // so try each earlier comma, nearest first, within a bounded distance.
        var opening = comma - 1
        while opening > floor && comma - opening <= 30 {
            defer { opening -= 1 }
            guard view.isComma(opening), opening + 1 < comma, view.quoteOf[opening] < 0 else { continue }
            // An apposition has no verb of saying of its own, except in a relative clause ("a gynecologist who
            // said …"): "TROMSØ, Norway — Gov. Strand blamed …, saying" is a dateline and a clause.
            // A passive participle that opens the apposition reports nothing of the subject's ("Kolar, asked if the
            // union would strike, said …").
            // "a welder named Piet Oosterhuis": a participle that gives the name is no cue.
            if let cue = ((opening + 1)..<comma).first(where: { view.cue(at: $0, within: comma) != nil && !introducesName($0, limit: comma) }),
               !((opening + 1)..<cue).contains(where: { view.has($0, .relativePronoun) || view.isLower($0, "which") || view.isLower($0, "whom") }),
               !(cue == opening + 1 && view.has(cue, .ed)) {
                return nil
            }
            if let speaker = bodyNamedInApposition(opening: opening, comma: comma, floor: floor) { return speaker }
            // "Aurelio Santangelo, defended the delay on Monday, saying", "…, has defended the delay, saying": a past
            // verb and its object, or an auxiliary, after the name are the name's own predicate, and the comma before
            // the cue closes that clause, not an apposition.
            // So are they after when it happened ("Lucinda Obi, on Wednesday defended a budget, telling …").
            var verb = opening + 1
            while verb + 1 < comma && verb - opening <= 3 && view.has(verb, [.dayWord, .intervener]) { verb += 1 }
            if !view.isCapitalized(verb),
               view.has(verb, [.ed, .irregularPast, .unmarkedPast]) && takesObject(verb, before: comma)
                || view.has(verb, [.auxiliary, .be]) && verb + 1 < comma && view.has(verb + 1, [.ed, .irregularPast]) {
                return nil
            }
            // "a spokesman for …", "who lost her daughter …", "66", or any role: what an apposition looks like.
            // "The website, run by Per Dahl, said": a participle and its agent describe the subject too.
            // "Kolar, asked about the poll, said": a passive participle set off after the subject is an aside.
            let looksAppositive = view.has(opening + 1, [.determiner, .appositionOpener, .ing])
                || view.has(opening + 1, .ed) && !view.isCapitalized(opening + 1)
                || opening + 2 < comma && view.isLower(opening + 2, "by") && !view.isCapitalized(opening + 1)
                || view.document.tokens[opening + 1].kind == .number
                // "The former coach, now 68, said": an age after "now" or "aged".
                || comma == opening + 3 && ["now", "aged"].contains(view.lower[opening + 1]) && view.document.tokens[opening + 2].kind == .number
                || ((opening + 1)..<min(comma, opening + 8)).contains(where: { isRoleWord($0) })
                // "Michael Demastus, pastor of the Fort Des Moines Church, said": a lowercase description after a
                // full name.
                || (view.document.tokens[opening + 1].kind == .word && !view.isCapitalized(opening + 1)
                    && endsFullName(at: opening - 1, floor: floor))
                // "Two students, juniors at Westfield High, urged": a plural noun describing a plural subject.
                || (view.has(opening + 1, .plural) && view.isPlainWord(opening + 1, excluding: [.determiner, .clauseWord])
                    && view.has(opening - 1, .plural))
            // "Its chair, Dr. Rosalind Achebe, conceded", "Another speaker, 16-year-old Tariq Haddad, said": a title
            // or an age before the name is part of the apposition.
            let afterAge = ageCompoundEnd(from: opening + 1, limit: comma) ?? opening + 1
            // "His rival, state Sen. Lorna Pettibone, said": lowercase words may qualify the title.
            var nameStart = titleEnd(from: qualifiedTitle(afterAge, limit: comma) ?? afterAge, limit: comma)
            // "The vicar, the Rev Anna Holt, said": a title of address may take the article.
            if nameStart == opening + 1, view.has(nameStart, .article), case let titled = titleEnd(from: nameStart + 1, limit: comma),
               titled > nameStart + 1 {
                nameStart = titled
            }
            // "One of them, Fenwick MP Harriet Oyelowo, said": a place and an office before the name.
            if isNameWord(nameStart), let office = ((nameStart + 1)..<min(comma, nameStart + 3)).first(where: { view.wordKinds[$0] == .role }),
               (nameStart..<office).allSatisfy({ view.isCapitalized($0) && view.wordKinds[$0] == nil }),
               office + 2 < comma, isNameWord(office + 1) {
                nameStart = office + 1
            }
            // "His neighbour, retired teacher Anjali Shah, said", "The captain, the veteran defender Emeka Nwosu,
            // said": a lowercase description, with or without its article, may stand before the name that closes
            // the apposition.
            let descriptionStart = view.has(nameStart, .article) ? nameStart + 1 : nameStart
            if !isNameWord(nameStart), let name = nameAfterDescribingName(from: descriptionStart, comma: comma) {
                nameStart = name
            } else if !isNameWord(nameStart), let name = (descriptionStart..<min(comma, descriptionStart + 4)).first(where: { isNameWord($0) }),
               (descriptionStart..<name).allSatisfy({ view.isPlainWord($0, excluding: [.determiner, .clauseWord, .possessive, .finiteVerb, .preposition]) }),
               isRoleWord(name - 1) || EntityRegistry.isAgentNoun(view.lower[name - 1]) || closesWithFullName(from: name, comma: comma) {
                nameStart = name
            }
            // "Her union, the Royal College of Nursing, said": a body's name after "the" closes the apposition.
            if nameStart == opening + 1, view.isLower(nameStart, "the"), nameStart + 1 < comma, isNameWord(nameStart + 1),
               let body = before(comma, floor: nameStart + 1, allowApposition: false), body.isOrganization, body.form == .name,
               body.tokens.lowerBound == nameStart + 1 {
                nameStart += 1
            }
            if let body = bodyNamedAfterBodyNoun(opening: opening, comma: comma, floor: floor) { return body }
            // "Her co-founder, a former welder named Piet Oosterhuis, said": or a participle that gives the name.
            if !isNameWord(nameStart), let introduced = nameAfterIntroducer(opening + 1, limit: comma) {
                nameStart = introduced
            }
            // "Two of the strikers, Otto Brask and Lene Moe, said": names joined by "and" speak together.
            if nameStart == opening + 1, isNameWord(nameStart), ((opening + 1)..<comma).contains(where: { view.isLower($0, "and") }),
               let joined = joinedNames((opening + 1)..<comma) {
                return joined
            }
            if isNameWord(nameStart), let named = leadingName(from: nameStart, after: opening, limit: comma, floor: floor),
               nameStart == opening + 1 || named.tokens.upperBound == comma || isOriginAfterName(named.tokens.upperBound..<comma) {
                // "Another pollster, David Woodard of Clemson University, said", "The veteran member for Leeds
                // North, Aisha Grant, argued": the name between the commas speaks; the description is its role.
                var phrase = named
                phrase.tokens = (opening + 1)..<named.tokens.upperBound
                // The description starts after the comma, colon or dash before it ("BERGEN, Norway — The head of the
                // port authority, Ingrid Solheim, said": not the dateline).
                // "Farmers were angry when the minister, Dobrev, said": or after the subordinator that opens its clause.
                // "But her counterpart, Ines Dahl, said": or after the coordinator that opens the sentence.
                // "Here's what one reader, Ada Lunde, told us:": or after the "what" of a free relative.
                var descriptionStart = (floor..<opening).last(where: {
                    view.isComma($0) || view.isByte($0, UInt8(ascii: ":")) || dashStart(endingAt: $0, floor: floor) != nil
                        || (view.has($0, .subordinator) || view.isLower($0, "what")) && view.quoteOf[$0] < 0
                }).map { $0 + 1 } ?? skippingOpeningCoordinator(floor)
                // "Brook praised his opponent, Hilde Moe, saying": a description with a verb of its own is a clause,
                // whose object the name set off after it is; the name is not the subject.
                // ("“No comment,” was all the harbourmaster, Piet Dekker, would say": the copula of the frame.)
                if !view.has(descriptionStart, .be) && hasClauseVerb(descriptionStart..<opening) { continue }
                var roleStart = min(roleWordsStart(from: descriptionStart, before: opening), opening)
                // "a figure the former mayor, Clement Oduya, called …": an article after a plain noun opens a new noun
                // phrase (the writer's label ends there); an article after "of" or another preposition stays inside
                // the role ("head of the port authority").
                if roleStart + 1 < opening, let article = ((roleStart + 1)..<opening).last(where: { view.has($0, .article) }), article + 1 < opening,
                   view.isPlainWord(article - 1, excluding: Self.functionWords), !view.has(article - 1, [.preposition, .ing, .ed]) {
                    roleStart = article + 1
                }
                // "Otto Brask and his wife, Lene, said": a name joined to the description speaks with the name after it.
                if let and = (roleStart..<opening).first(where: { view.isLower($0, "and") }), and > roleStart,
                   let first = before(and, floor: roleStart, allowApposition: false), first.form == .name, !first.isOrganization,
                   first.tokens == roleStart..<and, !phrase.isOrganization {
                    phrase.role = view.phrase((and + 1)..<opening)
                    var joined = phrase
                    joined.tokens = roleStart..<phrase.tokens.upperBound
                    joined.conjuncts = [first, phrase]
                    return joined
                }
                // "Tomasz Nowicki, the union head, and his deputy, Ewa Lis, said": "and" after a person's apposition.
                if view.isLower(roleStart, "and"), roleStart + 1 < opening {
                    phrase.role = view.phrase((roleStart + 1)..<opening)
                    if let joined = coordinatedAfterApposition(phrase, and: roleStart, floor: floor) { return joined }
                }
                // "The Review praised the play, and its critic, Nell Abara, wrote …": otherwise a coordinator after a
                // comma (or after the marks a comma closed) opens a clause of its own, whose subject follows it.
                if view.has(roleStart, .closingMark), roleStart + 2 < opening, view.has(roleStart + 1, .andBut) { roleStart += 1 }
                if view.has(roleStart, .andBut), roleStart + 1 < opening {
                    descriptionStart = roleStart + 1
                    roleStart = roleWordsStart(from: descriptionStart, before: opening)
                }
                // "One of them" and "Another" say which group, not what the person is.
                // "Speaking in the parents' defence, Tom Molomby, SC, said": a participle or scene phrase before the
                // name says when or how, not what the person is.
                let describes = roleStart < opening && !isPartitiveOfPronoun(roleStart..<opening) && !isBareCount(roleStart..<opening)
                    && !view.has(roleStart, [.ing, .preposition])
                phrase.role = describes ? view.phrase(roleStart..<opening) : nameStart > opening + 1 ? view.phrase((opening + 1)..<nameStart) : nil
                // "The plant will close, the company, Brenner Tools, said": the description is part of the subject,
                // so what was said ends before it.
                if descriptionStart < opening { phrase.tokens = descriptionStart..<phrase.tokens.upperBound }
                // "The operator, Nordlys Linjer, said": a business noun describes a body, unless a given name
                // opens the name ("The operator, Kari Holm,").
                if view.lexicon.businessHeads.contains(view.lower[opening - 1]), view.lexicon.givenNames[view.lower[nameStart]] == nil {
                    phrase.isOrganization = true
                }
                return phrase
            }
            // "Pia Lund, 58, a pilot,": an age between commas is part of the apposition, not the one who speaks.
            // No time words between the subject and the apposition: in "Speaking on Tuesday, the head steward, said"
            // they belong to an opening phrase, which has no subject ("Reid (D-Nev.), who …," has one).
            // "Sen. Ada Holm, R-Idaho, who leads the committee, said": a party label before the aside is the name's.
            let nameEnd = partyLabelStart(closingComma: opening, floor: floor).map { $0 - 1 } ?? opening
            guard looksAppositive, view.document.tokens[opening - 1].kind != .number,
                  let plain = before(nameEnd, floor: floor, allowApposition: false), plain.form != .pronoun,
                  !(plain.tokens.upperBound..<nameEnd).contains(where: { view.has($0, [.dayWord, .preposition]) })
            else { continue }
            var phrase = plain
            // "Then Daniel Amundsen, the Delaware governor, said": a sentence adverb may open the clause.
            func opensClause(_ start: Int) -> Bool {
                start == floor || view.isComma(start - 1) && !followsObject(comma: start - 1, floor: floor) || view.quoteOf[start - 1] >= 0
                    || start - 1 == floor && view.has(floor, .clauseOpener)
                    // "… was “sensible,” while Tom Hargreaves, an economist, warned …": a joining word after a comma,
                    // also one inside the closing mark, opens a clause.
                    || start - 2 >= floor && view.has(start - 1, [.joining, .subordinator])
                        && (view.isComma(start - 2) || start - 3 >= 0 && view.has(start - 2, .closingMark) && view.isComma(start - 3))
            }
            if !opensClause(plain.tokens.lowerBound) {
                // "The head of the port authority, a former naval officer, said": the subject's head stands before
                // its own modifier.
                guard view.has(opening + 1, .article), !((opening + 1)..<comma).contains(where: { view.has($0, [.finiteVerb, .be, .auxiliary]) }),
                      let modified = postmodifiedSubject(start: floor, cue: opening), opensClause(modified.tokens.lowerBound)
                else { continue }
                phrase = modified
            }
            // "Detective Sergeant Callum Reid, of North Yorkshire Police,": where a person works or comes from
            // leaves the title their role.
            // "Hilde Moe, on Monday, said": a time or scene set off after the name says when, not what she is.
            if let role = appositionRole(opening + 1, comma), phrase.role == nil || !isAffiliation((opening + 1)..<comma),
               !isSituatingAside((opening + 1)..<comma) {
                phrase.role = role
            }
            return phrase
        }
        return nil
    }

    /// "The union, Health Workers United, said": after a short description that opens the clause and ends on a body
    /// noun, capitalized words set off by commas are the body's name, whatever the lexicon says of each word
    /// ("Health", "Workers"); the description is its role.
    private func bodyNamedAfterBodyNoun(opening: Int, comma: Int, floor: Int) -> SpeakerPhrase? {
        let head = opening - 1
        guard head > floor, view.wordKinds[head] == .org, !view.isCapitalized(head), comma - opening - 1 >= 2, comma - opening - 1 <= 5,
              !((opening + 1)..<comma).allSatisfy({ isNameWord($0) }),
              ((opening + 1)..<comma).allSatisfy({ view.isWord($0) && view.isCapitalized($0) && view.quoteOf[$0] < 0 })
        else { return nil }
        let description = descriptionStart(floor: floor, comma: opening)..<opening
        guard isShortDescription(description) else { return nil }
        let roleStart = view.has(description.lowerBound, [.article, .possessive]) ? description.lowerBound + 1 : description.lowerBound
        return SpeakerPhrase(tokens: description.lowerBound..<comma, name: (opening + 1)..<comma, form: .name,
                             role: view.phrase(roleStart..<opening), head: view.lower[comma - 1], isOrganization: true, isOutlet: false)
    }

    /// "The director of the museum, Ottavio Brennan, said": two or three plain name words (no body word, sector or
    /// company form ending them) set off after "of the" and a body noun, with a role for one person before it, are
    /// that person's name, whatever the given name ("the airline, Norse Atlantic" follows "for", not "of").
    private func readsAsFullName(_ name: Range<Int>, after noun: Int) -> Bool {
        guard (2...3).contains(name.count), noun >= 3, view.isLower(noun - 2, "of"), view.wordKinds[noun - 3] == .role,
              !view.has(noun - 3, .plural), let last = name.last, view.wordKinds[last] == nil,
              !EntityRegistry.sectorNameEndings.contains(view.lower[last]), !Self.companyForms.contains(view.words[last])
        else { return false }
        return name.allSatisfy { !TranscriptLabel.isInCapitals(view.words[$0]) }
    }

    /// "A spokesman for the operator, Vestlink, said": a name set off right after the noun of a body preposition
    /// ("for the operator") names that body, so the description before it speaks for the body; a given name
    /// ("…, Kari Holm,") or a noun for a person ("the father of the victim, Haugen,") leaves the name to speak.
    private func bodyNamedInApposition(opening: Int, comma: Int, floor: Int) -> SpeakerPhrase? {
        guard namesBody((opening + 1)..<comma, setOffAfter: opening - 1, floor: floor) else { return nil }
        return postmodifiedSubject(start: floor, cue: opening)
    }

    /// Whether the capitalized words at `name`, set off after the noun at `noun`, name the body that noun stands
    /// for after a body preposition and an article ("for the operator, Vestlink"): not a given name, and not
    /// after a noun for a person.
    private func namesBody(_ name: Range<Int>, setOffAfter noun: Int, floor: Int) -> Bool {
        name.count <= 4 && name.allSatisfy({ isNameWord($0) || view.isCapitalized($0) && view.wordKinds[$0] == .org })
            && view.lexicon.givenNames[view.lower[name.lowerBound]] == nil
            && !readsAsFullName(name, after: noun)
            && noun - 2 >= floor && view.has(noun - 1, .article) && !view.isCapitalized(noun)
            && standsForBody(noun: noun, name: name)
            && Self.bodyPrepositions.contains(view.lower[noun - 2])
    }

    /// Whether the lowercase noun at `noun` may stand for a body whose own name `name` is set off after it: a noun
    /// the lexicon does not know or a body's ("the operator, Vestlink"), or a noun for a person or a body when the
    /// name ends in a body's or a company's word ("the regulator, Harbour Water Authority").
    func standsForBody(noun: Int, name: Range<Int>) -> Bool {
        view.wordKinds[noun] == nil || view.wordKinds[noun] == .org
            || view.wordKinds[noun] == .role && !name.isEmpty && (view.isBodyWord(name.upperBound - 1) || endsCompanyName(name.upperBound - 1))
    }

    /// Prepositions after a role that name the body it serves ("a spokesman for the ministry").
    static let bodyPrepositions: WordSet = ["for", "at", "of", "with", "from"]

    /// "Her coach, the former champion Ferenc Dallos, said": a name of two words or more from `name` to the comma
    /// that closes an apposition is who its description describes, whatever the noun before it.
    /// "Her coach, the former Davis Cup player Tomasz Wierzbicki, said", "Its founder, a one-time Royal Navy
    /// engineer Ines Pardo, said": a description may hold a name of its own (a cup, a league, a service) before its
    /// role noun; the full name after that noun, closing the apposition, is the speaker's.
    private func nameAfterDescribingName(from start: Int, comma: Int) -> Int? {
        let roleLimit = min(comma - 2, start + 7)
        guard roleLimit > start + 1, let role = ((start + 1)..<roleLimit).first(where: {
            (isRoleWord($0) || EntityRegistry.isAgentNoun(view.lower[$0])) && !view.isCapitalized($0) && closesWithFullName(from: $0 + 1, comma: comma)
        }) else { return nil }
        let describesOnly = (start..<role).allSatisfy {
            view.isPlainWord($0, excluding: [.determiner, .clauseWord, .possessive, .finiteVerb, .preposition])
                || view.isCapitalized($0) && (view.wordKinds[$0] == nil || view.wordKinds[$0] == .org) && view.isWord($0)
        }
        return describesOnly && (start..<role).contains(where: { view.isCapitalized($0) }) ? role + 1 : nil
    }

    private func closesWithFullName(from name: Int, comma: Int) -> Bool {
        comma - name >= 2 && (name..<comma).allSatisfy { isNameWord($0) }
    }

    /// Whether a name of two words or more ends at `last`, a hyphenated part counting with its word ("Bridget
    /// Okafor-Reyes").
    private func endsFullName(at last: Int, floor: Int) -> Bool {
        var word = last
        while word - 2 >= floor && view.isGluedHyphen(word - 1) && isNameWord(word - 2) { word -= 2 }
        return word - 1 >= floor && isNameWord(word) && isNameWord(word - 1)
    }

    /// Where the name starts after a capitalized title that opens `start..<limit` ("Dr.", "Senator", "Foreign
    /// Minister"), or `start` when no title does or no name follows it.
    private func titleEnd(from start: Int, limit: Int) -> Int {
        // "A local priest, Father Anselm Kowalczyk, said": a capitalized form of address of the clergy is a title.
        if start + 1 < limit, view.isCapitalized(start), Self.clericalAddresses.contains(view.lower[start]), isNameWord(start + 1) {
            return start + 1
        }
        // "Justice Philippa Mornington", "Lady Justice Mornington", "Mr. Justice Holt": a judge's title of address
        // ("justice" is otherwise a modifier of roles, "justice minister").
        var justice = start
        if justice + 1 < limit, view.isCapitalized(justice), Self.judgeAddressOpeners.contains(view.lower[justice]) {
            justice += view.isByte(justice + 1, UInt8(ascii: ".")) ? 2 : 1
        }
        if justice + 1 < limit, view.isCapitalized(justice), view.lower[justice] == "justice", isNameWord(justice + 1) {
            return justice + 1
        }
        var index = start
        // "Deputy District Attorney", "Police Chief": a body word inside a title, before a role word.
        func isTitleWord(_ index: Int) -> Bool {
            switch view.wordKinds[index] {
            case .role, .modifier: true
            case .org: index + 1 < limit && view.isCapitalized(index + 1) && view.wordKinds[index + 1] == .role
            default: false
            }
        }
        while index < limit && view.isCapitalized(index) && isTitleWord(index) {
            index += 1
            if index < limit && view.isByte(index, UInt8(ascii: ".")) { index += 1 }
        }
        guard index > start, index < limit, view.wordKinds[index - 1] == .role || view.isByte(index - 1, UInt8(ascii: ".")) else { return start }
        return isNameWord(index) ? index : start
    }

    /// Whether "Lord Justice" or "Lady Justice" starts at `index`.
    func isJudgeTitle(at index: Int) -> Bool {
        index + 1 < view.count && (view.isLower(index, "lord") || view.isLower(index, "lady")) && view.isCapitalized(index + 1)
            && view.isLower(index + 1, "justice")
    }

    /// Words that open a judge's title of address before "Justice" ("Lady Justice", "Mr Justice").
    private static let judgeAddressOpeners: WordSet = ["lord", "lady", "mr", "mrs", "ms"]

    /// Kinship words that, capitalized before a name, address a member of the clergy or of an order.
    private static let clericalAddresses: WordSet = ["father", "mother", "sister", "brother"]

    /// "three-time", "2-time": how often someone has won or held something, which, as an age does, says the text
    /// already knows the person ("the three-time MVP said"). The token after the compound, or nil.
    func timesCompoundEnd(from start: Int, limit: Int) -> Int? {
        guard start + 3 < limit, view.document.tokens[start].kind == .number || view.has(start, .numberWord),
              view.isGluedHyphen(start + 1), view.isLower(start + 2, "time")
        else { return nil }
        return start + 3
    }

    /// The end of an age written as one compound ("16-year-old", "6-month-old") at `start`, or nil.
    func ageCompoundEnd(from start: Int, limit: Int) -> Int? {
        guard start + 5 <= limit, view.document.tokens[start].kind == .number || view.has(start, .numberWord), view.isByte(start + 1, UInt8(ascii: "-")),
              ["year", "month", "week"].contains(view.lower[start + 2]), view.isByte(start + 3, UInt8(ascii: "-")), view.isLower(start + 4, "old")
        else { return nil }
        return start + 5
    }

    /// The run of name words that opens `start..<limit`, when a description with a role word (up to eight
    /// words, not reaching below `floor`) stands before the comma at `comma` (a title or an age may stand
    /// between the comma and `start`).
    private func leadingName(from start: Int, after comma: Int, limit: Int, floor: Int) -> SpeakerPhrase? {
        var end = start
        while end < limit && (isNameWord(end) || (view.isByte(end, UInt8(ascii: "-")) && end + 1 < limit && isNameWord(end + 1))
            || (end + 1 < limit && isInitialPeriod(end))
            || isPeoplePluralInsideName(end, start: start, end: limit) && isNameWord(end + 1)) { end += 1 }
        // "The buyer, Castellan Holdings, said": capitalized body words end the name of a body.
        while end > start && end < limit && end - start < 6 && view.isCapitalized(end) && view.wordKinds[end] == .org { end += 1 }
        guard end > start, comma >= 1 else { return nil }
        // "The developer, Ridgeline Energy, said": after a short description, a capitalized word that may stand
        // inside a role ("energy", "health", "trade") closes the name of a body.
        if end + 1 == limit, view.isCapitalized(end), view.wordKinds[end] == .modifier, isShortDescription(floor..<comma) {
            return SpeakerPhrase(tokens: start..<limit, name: start..<limit, form: .name, role: nil, head: view.lower[end],
                                 isOrganization: true, isOutlet: false)
        }
        // A description longer than its last word must open the clause, so that it is not itself an apposition
        // ("Rachel Berg, a philanthropist from Monsey, New York, said").
        let description = descriptionStart(floor: floor, comma: comma)..<comma
        guard view.wordKinds[comma - 1] != nil || view.wordKinds[comma + 1] == .role
            || (end - start >= 2 && description.count <= 9 && !description.contains { view.isComma($0) }
                && description.contains { isRoleWord($0) })
            // "The operator, Nordrail, said": one capitalized word set off after a short description names it.
            || isShortDescription(description) && (end - start >= 2 || end == limit && limit < view.count && view.isComma(limit))
            // "One of them, Lucia Ferraro, said", "Another, Kari Nes, said": a count of a group named before.
            || end - start >= 2 && (isPartitiveOfPronoun(description) || isBareCount(description))
            // "The harbour master of Port Eynon, Bryn Thomas, told …": a definite description the lexicon has no role
            // word for, before a full name that opens on a given name.
            || end - start >= 2 && view.lexicon.givenNames[view.lower[start]] != nil && isPlainDefiniteDescription(description)
        else { return nil }
        return classify(start..<end)
    }

    /// "The harbour master of Port Eynon", "Its convener at the yard": "the" or a possessive and up to eight words,
    /// no comma, verb or marks.
    private func isPlainDefiniteDescription(_ range: Range<Int>) -> Bool {
        range.count >= 2 && range.count <= 9 && (view.isLower(range.lowerBound, "the") || view.has(range.lowerBound, .possessive))
            && !range.contains { !view.isWord($0) || view.quoteOf[$0] >= 0 || view.has($0, [.finiteVerb, .be, .auxiliary, .relativePronoun]) }
    }

    /// The token after a coordinator that opens the sentence at `floor` ("But her counterpart, …"), else `floor`.
    private func skippingOpeningCoordinator(_ floor: Int) -> Int {
        view.has(floor, .coordinator) && view.opensSentence(floor) ? floor + 1 : floor
    }

    /// Where a description before an apposition starts: after an opening participle or prepositional phrase set
    /// off by a comma ("Testifying on Tuesday, the head steward, Marloes Brink, said"), after the coordinator that
    /// opens the sentence ("But her counterpart, Ines Dahl, said"), else at `floor`.
    private func descriptionStart(floor: Int, comma: Int) -> Int {
        if floor + 1 < comma, case let start = skippingOpeningCoordinator(floor), start > floor { return start }
        guard let lead = (floor..<comma).last(where: { view.isComma($0) }), lead > floor + 1,
              view.has(floor, [.ing, .preposition]),
              !((floor + 1)..<lead).contains(where: { view.has($0, [.finiteVerb, .be]) || view.quoteOf[$0] >= 0 || !view.isWord($0) })
        else { return floor }
        return lead + 1
    }

    /// "One", "Another", "A third": a count alone that opens its clause, standing for one of a group.
    private func isBareCount(_ range: Range<Int>) -> Bool {
        guard let first = range.first, range.count <= 2, view.has(first, [.numberWord, .quantifier]) || range.count == 2 && view.has(first, .article)
        else { return false }
        let last = range.upperBound - 1
        return view.has(last, [.numberWord, .quantifier]) || view.isLower(last, "another") || isOrdinal(last)
    }

    private func isOrdinal(_ index: Int) -> Bool {
        ["second", "third", "fourth", "fifth", "last"].contains(view.lower[index])
    }

    /// Whether the quote whose closing mark is at `close` opens after a word of its clause (a title or fragment
    /// inside it), not where the clause starts.
    private func opensMidClause(quoteEndingAt close: Int, floor: Int) -> Bool {
        let quote = view.quoteOf[close]
        var open = close
        while open > floor && view.quoteOf[open - 1] == quote { open -= 1 }
        return open > floor && view.isWord(open - 1)
    }

    /// "One of them", "two of those", "each of us": a count of a group a pronoun stands for.
    private func isPartitiveOfPronoun(_ range: Range<Int>) -> Bool {
        guard range.count == 3, view.isLower(range.lowerBound + 1, "of"), ["them", "those", "us"].contains(view.lower[range.upperBound - 1])
        else { return false }
        let count = range.lowerBound
        return view.document.tokens[count].kind == .number || view.has(count, [.numberWord, .quantifier]) || view.isLower(count, "each")
    }

    /// "Her colleague", "A crane operator", "The treasurer", "Vasconcelos's agent", "Ada Lund's minder": a determiner,
    /// a possessive or a name in the possessive and up to three plain lowercase words that open the clause, which a
    /// full name after a comma can stand in apposition to.
    private func isShortDescription(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 4 else { return false }
        let words: Range<Int>
        if view.has(range.lowerBound, [.determiner, .possessive]) {
            words = (range.lowerBound + 1)..<range.upperBound
        } else if let owner = (range.lowerBound..<min(range.upperBound - 1, range.lowerBound + 2)).first(where: {
                      view.isCapitalized($0) && SpeakerName.possessiveEnding(of: view.words[$0]) != nil
                  }),
                  (range.lowerBound..<owner).allSatisfy({ isNameWord($0) }) {
            words = (owner + 1)..<range.upperBound
        } else {
            return false
        }
        return words.allSatisfy {
            view.isWord($0) && !view.isCapitalized($0) && view.quoteOf[$0] < 0
                && !view.has($0, [.clauseWord, .determiner, .finiteVerb, .be, .auxiliary, .preposition])
                && view.cue(at: $0, within: range.upperBound) == nil
        }
    }

    private func appositionAfter(comma: Int, limit: Int) -> String? {
        let start = comma + 1
        guard start < limit, view.has(start, .determiner) || isRoleWord(start) || opensWithOwner(start, limit: limit) else { return nil }
        var end = start
        while end < limit && !view.isComma(end) && !view.isByte(end, UInt8(ascii: ".")) && view.quoteOf[end] < 0 { end += 1 }
        guard (start..<end).contains(where: { isRoleWord($0) }) else { return nil }
        return view.phrase(start..<(durationStart(in: start..<end) ?? end))
    }

    /// "Pettigrew's communications director", "Rosalind Pettigrew's aide": up to three capitalized words, the last in
    /// the possessive, open an apposition as a determiner would.
    private func opensWithOwner(_ start: Int, limit: Int) -> Bool {
        var index = start
        while index < min(limit, start + 3) && view.isCapitalized(index) {
            if SpeakerName.possessiveEnding(of: view.words[index]) != nil { return index + 1 < limit }
            index += 1
        }
        return false
    }

    private func isRoleWord(_ index: Int) -> Bool {
        switch view.wordKinds[index] {
        case .role, .org, .anonymous: true
        default: false
        }
    }

    /// "Transit Workers United", "Harbour Pilots Together": a capitalized plural for people between capitalized
    /// words is part of a body's name, since a title before a person's name is singular ("Pilot Ana Lind"). Not
    /// before a given name ("Senate Democrats Joe Manchin and …"), and not first ("Developers Haverleigh Homes",
    /// "Police Scotland").
    private func isPeoplePluralInsideName(_ index: Int, start: Int, end: Int) -> Bool {
        index > start && index + 1 < end && view.isCapitalized(index) && view.has(index, .plural) && view.wordKinds[index] != nil
            && view.isCapitalized(index - 1) && view.lexicon.givenNames[view.lower[index + 1]] == nil
    }

    /// "Coastal Trade Journal": a capitalized modifier between capitalized name words belongs to the name.
    private func isModifierInsideName(_ index: Int, start: Int) -> Bool {
        index - 1 >= start && view.isCapitalized(index) && view.wordKinds[index] == .modifier
            && isNameWord(index - 1)
    }

    /// "Police Scotland", "Network Rail": a capitalized body word alone before a one-word name is part of one
    /// body's name, not a role of a person called "Scotland"; so is a field of government before a place
    /// ("Transport Scotland", "Health Canada"). "Radio Shetland" is a broadcaster, an outlet.
    private func namesBodyWithWord(before nameStart: Int, start: Int, end: Int) -> Bool {
        guard nameStart == start + 1, end == nameStart + 1, view.isCapitalized(start) else { return false }
        guard view.wordKinds[start] != .org else { return true }
        guard view.wordKinds[start] == .modifier else { return false }
        // "National Rail", "Federal Express", "Regional Water": a scope or field is no person's title either.
        return view.isPlace(view.words[nameStart])
            || Self.scopeModifiers.contains(view.lower[start]) && view.lexicon.givenNames[view.lower[nameStart]] == nil
    }

    /// "Northern Powergrid", "Royal Mail", "Southern Water": a word of region or standing that opens a name of two
    /// words, neither of them a given name, names a body; a person's first name is no such word.
    private func opensWithRegionOrStanding(_ name: Range<Int>) -> Bool {
        name.count == 2 && Self.regionAndStandingWords.contains(view.lower[name.lowerBound])
            && view.lexicon.givenNames[view.lower[name.lowerBound]] == nil && view.lexicon.givenNames[view.lower[name.upperBound - 1]] == nil
    }

    private static let regionAndStandingWords: WordSet = [
        "north", "northern", "south", "southern", "east", "eastern", "west", "western", "central", "united", "global",
        "international", "royal", "metropolitan", "coastal", "northwest", "northeast", "southwest", "southeast", "midland",
    ]

    private static let scopeModifiers: WordSet = [
        "national", "federal", "regional", "state", "local", "trade", "energy", "transport", "health", "education", "finance",
        "press", "news", "wire", "channel",
    ]

    /// "The Confederation of British Industry", "the Medical Journal of Australia": a capitalized word the lexicon
    /// does not know before "of", after "the" and up to two more such words, heads a name (a given name does not:
    /// "the Anna of the film"; nor does a headline's "The Mythology Of Trump", whose "Of" is capitalized).
    func headsNameAfterThe(_ index: Int) -> Bool {
        guard index + 1 < view.count, view.words[index + 1] == "of", view.lexicon.givenNames[view.lower[index]] == nil else { return false }
        var first = index
        while first > 0 && index - first < 3 && view.isCapitalized(first) && view.wordKinds[first] == nil && !view.has(first, .notName) {
            if view.isLower(first - 1, "the") { return true }
            first -= 1
        }
        return false
    }

    /// Whether the word at `index` is a known given name written with a capital before another capitalized word ("Per
    /// Holm"), which makes it a name's first word whatever else the word may be.
    private func isGivenNameBeforeName(_ index: Int) -> Bool {
        index + 1 < view.count && view.isCapitalized(index) && view.isCapitalized(index + 1) && view.quoteOf[index + 1] < 0
            && view.lexicon.givenNames[view.lower[index]] != nil
    }

    private func isBodyNamePreposition(_ index: Int) -> Bool {
        view.isLower(index, "for") || view.isLower(index, "on")
    }

    /// Whether the capitalized word before the "of", "for" or "on" at `preposition` heads a body's name that the
    /// preposition continues: a body word ("the Bank of England", "the Center for …"), or, before "of", a name
    /// after "the" ("the Medical Journal of Australia").
    private func opensBodyName(before preposition: Int) -> Bool {
        let head = preposition - 1
        return head >= 0 && view.isCapitalized(head) && (view.wordKinds[head] == .org || view.isLower(preposition, "of") && headsNameAfterThe(head)
                                                          || view.opensGroupName(before: preposition))
    }

    /// Whether the capitalized words before the preposition at `preposition` go back to a body word and its own
    /// "for", "on" or "of" ("the Council for the Exploration of the Sea": the "of" after "Exploration").
    private func continuesBodyName(before preposition: Int, lowerLimit: Int) -> Bool {
        var index = preposition - 1
        guard index > lowerLimit, view.isCapitalized(index) else { return false }
        while index > lowerLimit && preposition - index < 8 {
            let word = view.lower[index]
            if (word == "of" || isBodyNamePreposition(index)) && opensBodyName(before: index) { return true }
            guard view.isCapitalized(index) || word == "the" || word == "of" || isBodyNamePreposition(index) else { return false }
            index -= 1
        }
        return false
    }

    /// "the Department of Consumer and Worker Protection", "the Bureau of Alcohol, Tobacco, Firearms and Explosives":
    /// whether the "and" or comma at `index` joins the capitalized words of a list inside a body's name, one that a
    /// body word and its "of", "for" or "on" open before it and "and" closes after it.
    private func joinsListInBodyName(_ index: Int, lowerLimit: Int, upperLimit: Int) -> Bool {
        guard index > lowerLimit, index + 1 < upperLimit, view.isCapitalized(index - 1), view.isCapitalized(index + 1),
              view.quoteOf[index] < 0
        else { return false }
        // A comma is inside the list only when the list's "and" follows, after capitalized words and commas alone.
        if view.isComma(index) {
            var next = index + 1
            while next < min(upperLimit, index + 8) && (view.isCapitalized(next) || view.isComma(next)) { next += 1 }
            guard next + 1 < upperLimit, view.isLower(next, "and"), view.isCapitalized(next + 1) else { return false }
        }
        var before = index - 1
        while before > lowerLimit && index - before < 10 {
            if (view.isLower(before, "of") || isBodyNamePreposition(before)) && opensBodyName(before: before) { return true }
            guard view.isCapitalized(before) || view.isComma(before) || view.isLower(before, "and") else { return false }
            before -= 1
        }
        return false
    }

    /// Splits a phrase into determiner, role and name, and decides what it names.
    func classify(_ tokens: Range<Int>) -> SpeakerPhrase? {
        // "Quentin Oduya KC", "Harriet Oyelowo MP": honours and offices written after a name are no part of it.
        if tokens.count >= 3, isPostNominal(tokens.upperBound - 1), var phrase = classify(tokens.lowerBound..<(tokens.upperBound - 1)),
           phrase.form == .name, !phrase.isOrganization {
            phrase.tokens = tokens
            if phrase.role == nil && view.wordKinds[tokens.upperBound - 1] == .role { phrase.role = view.words[tokens.upperBound - 1] }
            return phrase
        }
        // "the three-time MVP", "the two-time Olympian": the words after such a count describe the person, whatever
        // their case; they name no one.
        if view.has(tokens.lowerBound, .article), let counted = timesCompoundEnd(from: tokens.lowerBound + 1, limit: tokens.upperBound),
           tokens.upperBound - counted <= 3 {
            return description(tokens)
        }
        var start = tokens.lowerBound
        while start < tokens.upperBound && view.has(start, .determiner) { start += 1 }
        // "Sen. Mike Lee, R-Utah, voted …": a party-and-state label is said of a speaker and names none.
        guard start < tokens.upperBound, !isPartyLabel(at: start) else { return nil }
        let lastLower = view.headWord(endingAt: tokens.upperBound - 1)
        let lastKind = view.wordKinds[tokens.upperBound - 1]
        let isOutlet = (tokens.upperBound - start == 1 && lastKind == .outlet)
        // "The Bishop of Durham said", "the Secretary of State": the office is the holder's name, its title the role.
        if tokens.upperBound - start >= 3, view.isCapitalized(start),
           let office = officeHolder(from: start, limit: tokens.upperBound), office.name.upperBound == tokens.upperBound {
            return SpeakerPhrase(tokens: tokens, name: office.name, form: .name, role: view.phrase(office.title),
                                 head: lastLower, isOrganization: false, isOutlet: false)
        }
        if view.isBodyWord(tokens.upperBound - 1) {
            // "Their union" at a sentence's start is capitalized but names nothing; "the opposition Green Party" is
            // named from its first capital.
            // "Lind's office" is a body of Lind's, described, not named.
            // So is "Governor Maribel Sandoval's office": a possessive name of a few words before lowercase words.
            let ownedByName = possessiveOwner(in: start..<tokens.upperBound) != nil
            var firstCapital = ownedByName ? nil : (start..<tokens.upperBound).first { view.isCapitalized($0) && !view.has($0, .possessive) }
            // "Ferry operator Scillonian Lines", "Haulage firm Brennan Logistics": a word capitalized only because it
            // opens the sentence (or an entry after a dash), before lowercase nouns, describes the body the capitals
            // after them name.
            if let capital = firstCapital, view.opensSentence(capital) || capital > 0 && view.isLongDash(capital - 1),
               capital + 1 < tokens.upperBound, !view.isCapitalized(capital + 1),
               let named = ((capital + 2)..<tokens.upperBound).first(where: { view.isCapitalized($0) }),
               ((capital + 1)..<named).allSatisfy({ view.isWord($0) && !view.has($0, [.preposition, .article, .coordinator, .determiner]) }) {
                firstCapital = named
            }
            return SpeakerPhrase(tokens: tokens, name: firstCapital.map { $0..<tokens.upperBound } ?? start..<start,
                                 form: firstCapital != nil ? .name : .description, role: nil, head: lastLower,
                                 isOrganization: true, isOutlet: false)
        }
        // "the Bank of England", "the Institute of Marine Research": a body word, "of" and a name are one name, also
        // when the name ends in a word for people ("the Society of Mining Engineers", "the Board of Muslim
        // clerics" are no groups of engineers or clerics).
        if let of = (start..<tokens.upperBound).first(where: { view.isLower($0, "of") || isBodyNamePreposition($0) }), of > start,
           opensBodyName(before: of) {
            // "Bank of England governor Mark Carney": a lowercase role after the body's name, then a name, is that
            // person, the body's office the role.
            if let office = ((of + 1)..<tokens.upperBound).first(where: { !view.isCapitalized($0) && view.wordKinds[$0] == .role }),
               office + 1 < tokens.upperBound, ((office + 1)..<tokens.upperBound).allSatisfy({ isNameWord($0) || view.isGluedHyphen($0) }) {
                return SpeakerPhrase(tokens: tokens, name: (office + 1)..<tokens.upperBound, form: .name, role: view.phrase(start..<(office + 1)),
                                     head: lastLower, isOrganization: false, isOutlet: false)
            }
            // "A Department of Health spokesman": a lowercase role after the body's name is a person who speaks for it.
            // (A plural stays in the name: "the Board of Muslim clerics".)
            if !view.isCapitalized(tokens.upperBound - 1), !view.has(tokens.upperBound - 1, .plural), lastKind == .role || lastKind == .anonymous {
                return SpeakerPhrase(tokens: tokens, name: start..<start, form: lastKind == .role ? .description : .anonymous, role: nil,
                                     head: lastLower, isOrganization: false, isOutlet: false)
            }
            // "the city's Department of Health": a lowercase owner before the name is no part of it.
            let nameStart = (start..<of).first { view.isCapitalized($0) } ?? start
            return SpeakerPhrase(tokens: tokens, name: nameStart..<tokens.upperBound, form: .name, role: nil, head: lastLower,
                                 isOrganization: true, isOutlet: false)
        }
        if lastKind == .anonymous {
            return SpeakerPhrase(tokens: tokens, name: start..<start, form: .anonymous, role: nil, head: lastLower,
                                 isOrganization: false, isOutlet: false)
        }
        var nameStart = tokens.upperBound
        while nameStart - 1 >= start && (isNameWord(nameStart - 1) || isOutlet
            || (view.isByte(nameStart - 1, UInt8(ascii: "-")) && nameStart - 2 >= start && isNameWord(nameStart - 2))
            || (nameStart - 2 >= start && isInitialPeriod(nameStart - 1))
            || isModifierInsideName(nameStart - 1, start: start)
            || isPeoplePluralInsideName(nameStart - 1, start: start, end: tokens.upperBound)
            // "Doctors Without Borders": the word before such a preposition opens the name, even a role word.
            || nameStart < tokens.upperBound && view.isCapitalized(nameStart - 1)
                && isCapitalizedPrepositionInName(nameStart, lowerLimit: start, upperLimit: tokens.upperBound)
            // "Harland Shipping Co": before a company form, a capitalized body word is part of the company's name.
            || view.isCapitalized(nameStart - 1) && view.wordKinds[nameStart - 1] == .org && endsCompanyName(tokens.upperBound - 1)) {
            nameStart -= 1
        }
        // "Thought adding a comment would help", "Highly recommended": a lone word opening the sentence that is an
        // adverb or a past tense is capitalized for its place, not a name.
        // ("Hung said" before a cue may still be a surname).
        if nameStart == start, tokens.upperBound == start + 1, view.opensSentence(start),
           view.has(start, .adverb) || view.has(start, .irregularPast) && (view.has(start + 1, .ing) || view.cue(at: start + 1, within: view.count) == nil) {
            return nil
        }
        if nameStart == tokens.upperBound {
            guard lastKind == .role || lastKind == .modifier else { return nil }
            return SpeakerPhrase(tokens: tokens, name: start..<start, form: .description, role: nil, head: lastLower,
                                 isOrganization: false, isOutlet: false)
        }
        // "Secretary of State Jason Kander": what follows "of" belongs to the title, and the person is named by the
        // last two words.
        if nameStart - 2 >= start, view.isLower(nameStart - 1, "of"), view.wordKinds[nameStart - 2] == .role,
           tokens.upperBound - nameStart > 2 {
            nameStart = tokens.upperBound - 2
        }
        if let afterAffiliation = nameAfterAffiliation(in: nameStart..<tokens.upperBound) { nameStart = afterAffiliation }
        if namesBodyWithWord(before: nameStart, start: start, end: tokens.upperBound) {
            return SpeakerPhrase(tokens: tokens, name: start..<tokens.upperBound, form: .name, role: nil, head: lastLower,
                                 isOrganization: true, isOutlet: view.isLower(start, "radio"))
        }
        // "Organist Marta Quist": an agent noun opening the sentence before a given name and a surname is a role.
        if tokens.upperBound - nameStart >= 3, view.opensSentence(nameStart),
           EntityRegistry.describesName(at: nameStart, in: view, givenNames: view.lexicon.givenNames) {
            nameStart += 1
        }
        // "Lady Justice Hesper Achterlonie": a judge's title of address is the role, not part of the name.
        if isJudgeTitle(at: nameStart), tokens.upperBound - nameStart >= 4 { nameStart += 2 }
        // "A locksmith from Dunmore": a name after a preposition is its object, not the person the words before
        // describe.
        if nameStart > start && view.has(nameStart - 1, .preposition) && !view.isLower(nameStart - 1, "of") { return nil }
        // "His Republican rival Ted Marsh": the possessive that opens the phrase is no part of the role.
        var roleStart = start
        while roleStart < nameStart && view.has(roleStart, [.article, .possessive]) { roleStart += 1 }
        // "Hospital director Dr. Anwen Pryce": a courtesy title after an office is how the name is addressed; the
        // office is the role.
        let roleEnd = EntityRegistry.officeEnd(roleStart: roleStart, nameStart: nameStart, view: view)
        let role = roleEnd > roleStart ? view.phrase(roleStart..<roleEnd) : nil
        // "Caldera Energy", "Caldera Energy Ltd": a sector or a company form ending a name of two words or more names
        // a business.
        let isBusiness = tokens.upperBound - nameStart >= 2
            && (EntityRegistry.sectorNameEndings.contains(view.lower[tokens.upperBound - 1]) || Self.companyForms.contains(view.words[tokens.upperBound - 1]))
        // "“…,” was all Signy Rud would say": the frame's "all" stands before the name, not in its phrase.
        let phraseStart = start == tokens.lowerBound + 1 && nameStart == start && view.isLower(tokens.lowerBound, "all") ? start : tokens.lowerBound
        return SpeakerPhrase(tokens: phraseStart..<tokens.upperBound, name: nameStart..<tokens.upperBound, form: .name, role: role,
                             head: view.headWord(endingAt: tokens.upperBound - 1),
                             isOrganization: isBusiness || opensWithRegionOrStanding(nameStart..<tokens.upperBound)
                                 || (nameStart..<tokens.upperBound).contains { isCapitalizedPrepositionInName($0, lowerLimit: nameStart, upperLimit: tokens.upperBound) },
                             isOutlet: isOutlet)
    }
}
