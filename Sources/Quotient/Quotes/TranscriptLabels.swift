/// Transcript layout: a paragraph that opens with a speaker label in capitals and a colon
/// ("SENATOR OKAFOR: We passed the bill …", "HOST: Thank you …") holds that speaker's words, without marks;
/// so does one in a parliamentary record's ordinary case ("Ms. Karimova: I will not …", "The Minister for
/// Housing (Ms. Aziza Karimova): I thank …").
struct TranscriptLabel {
    /// The label's tokens, colon excluded.
    var label: Range<Int>
    /// The words spoken: the rest of the paragraph.
    var words: Range<Int>
    /// Leading role or title words ("SENATOR", "MS."), and the name words after them.
    var roleWords: [String]
    var nameWords: [String]
    /// A role in brackets after the name, in its written case ("MS. PETROVA (Treasurer):").
    var bracketRole: String?
    /// Whether the label is written in capitals, so its words are shown title-cased; a label in ordinary case
    /// keeps its words as written ("McAllister", "Minister for Housing").
    var isInCapitals = true
    /// Whether the name came from brackets in ordinary case after a role in capitals ("MODERATOR (Joan
    /// Calloway):"), so it is shown as written.
    var nameInOrdinaryCase = false

    /// The role to show: the title words and the bracketed role, nil when there are neither.
    var role: String? {
        let parts = [roleWords.isEmpty ? nil : roleWords.map(shown).joined(separator: " "), bracketRole]
        return parts.contains { $0 != nil } ? parts.compactMap { $0 }.joined(separator: " ") : nil
    }

    /// The name to show and to look the speaker up by.
    var name: String { nameWords.map { nameInOrdinaryCase ? $0 : shown($0) }.joined(separator: " ") }

    /// Whether `other` labels the same speaker: the same name, or the same role when neither has a name.
    func sameSpeaker(as other: TranscriptLabel) -> Bool {
        nameWords.map { $0.lowercased() } == other.nameWords.map { $0.lowercased() }
            && (!nameWords.isEmpty || roleWords.map { $0.lowercased() } == other.roleWords.map { $0.lowercased() })
    }

    private func shown(_ word: String) -> String { isInCapitals ? Self.titleCased(word) : word }

    /// Words before a colon that label a page or a line, not a speaker ("UPDATE:", "EDITOR'S NOTE:",
    /// "INTERVIEW:", "Watch:"), in capitals or not.
    static let layoutWords: WordSet = [
        "update", "updated", "breaking", "note", "editor", "editors", "watch", "read", "more", "photo", "photos",
        "video", "related", "advertisement", "correction", "transcript", "source", "sources", "credit", "caption",
        "analysis", "opinion", "live", "exclusive", "warning", "disclaimer", "subject", "re", "fwd", "to", "from",
        "date", "cc", "tags", "summary", "contents", "index", "ps", "listen", "comment", "commentary", "quote",
        "question", "answer", "q", "a", "background", "reminder", "statement", "headline", "interview", "review",
        "editorial", "explainer", "factbox", "profile", "obituary", "feature", "column", "letters", "poll", "podcast",
        "report", "special", "investigation", "essay", "briefing", "recap", "preview", "timeline",
    ]

    /// The label that opens `paragraph`, if its first one to five words are in capitals, or an honorific and a
    /// name in ordinary case, and a colon follows.
    static func opening(_ paragraph: Range<Int>, in view: TokenView, lexicon: QuoteLexicon) -> TranscriptLabel? {
        // "[00:00:03] HOST: Welcome back": a recording's transcript stamps each turn with its time.
        if let stamped = timeStampEnd(paragraph, in: view) {
            return opening(stamped..<paragraph.upperBound, in: view, lexicon: lexicon)
        }
        // "1. Nia Griffiths (Llanelli) (Lab): What steps …": a parliament's order paper numbers its questions.
        if paragraph.count > 4, view.document.tokens[paragraph.lowerBound].kind == .number,
           view.isByte(paragraph.lowerBound + 1, UInt8(ascii: ".")), view.isCapitalized(paragraph.lowerBound + 2) {
            return opening((paragraph.lowerBound + 2)..<paragraph.upperBound, in: view, lexicon: lexicon)
        }
        guard let colon = labelColon(in: paragraph, within: 12, in: view) else { return nil }
        var roleWords: [String] = []
        var nameWords: [String] = []
        // "PETROVA (Treasurer):", "KING (R-N.Y.):": a bracket before the colon holds a role in any case.
        var labelEnd = colon
        var bracketRole: String?
        var bracket: Range<Int>?
        if view.isByte(colon - 1, UInt8(ascii: ")")), let open = (paragraph.lowerBound..<(colon - 1)).last(where: { view.isByte($0, UInt8(ascii: "(")) }),
           open > paragraph.lowerBound, open + 1 < colon - 1 {
            labelEnd = open
            bracketRole = view.phrase((open + 1)..<(colon - 1))
            bracket = (open + 1)..<(colon - 1)
        }
        if !isInCapitals(view.words[paragraph.lowerBound]) {
            return inOrdinaryCase(paragraph.lowerBound..<labelEnd, colon: colon, end: paragraph.upperBound, bracketRole: bracketRole,
                                  in: view, lexicon: lexicon)
        }
        // "BETH CARRADINE, ITV:": after a comma, who the speaker works for, in any case, as in brackets.
        if bracket == nil, let comma = (paragraph.lowerBound..<labelEnd).first(where: { view.isComma($0) }),
           comma > paragraph.lowerBound, (1...4).contains(labelEnd - comma - 1),
           ((comma + 1)..<labelEnd).allSatisfy({ view.isWord($0) && view.isCapitalized($0) }) {
            bracketRole = view.phrase((comma + 1)..<labelEnd)
            labelEnd = comma
        }
        var index = paragraph.lowerBound
        while index < labelEnd {
            let word = view.words[index]
            defer { index += 1 }
            // "OWUSU-BEKOE": a hyphen inside a name joins its parts into one name word.
            if !nameWords.isEmpty, let part = capitalsAfterHyphen(index, limit: labelEnd, in: view) {
                nameWords[nameWords.count - 1] += "-" + part
                index += 1
                continue
            }
            if word == "." || word == "-" { continue }
            guard view.isWord(index), isInCapitals(word), !layoutWords.contains(view.lower[index]) else { return nil }
            let isTitle = SentenceRules.isTitle(word) && index + 1 < colon && view.isByte(index + 1, UInt8(ascii: "."))
            // "COUNCILLOR WHITE:": a modifier ends no role, so one that closes the label after a role is a name.
            let kind = lexicon.kind(of: view.lower[index])
            let closesAfterRole = kind == .modifier && !roleWords.isEmpty && index + 1 == labelEnd
            // "GUEST:", "CALLER:": a noun for an unnamed speaker is a role too.
            if nameWords.isEmpty && !closesAfterRole && (isTitle || kind == .role || kind == .modifier || kind == .anonymous) {
                roleWords.append(isTitle ? word + "." : word)
            } else {
                nameWords.append(word)
            }
        }
        guard (1...5).contains(roleWords.count + nameWords.count) else { return nil }
        // "PRESENTER (JUDITH OKAFOR-WYNNE):": after a role alone, a name in capitals in the brackets is who speaks.
        // "CONVENER (FIONA MACRAE):": or one word the lexicon does not list, before a name that opens on a given name
        // in the brackets, is the speaker's office.
        if let bracket, let named = namesInCapitals(bracket, in: view, lexicon: lexicon) {
            let isOffice = roleWords.isEmpty && nameWords.count == 1 && lexicon.givenNames[named[0].lowercased()] != nil
            if nameWords.isEmpty || isOffice {
                roleWords += nameWords
                nameWords = named
                bracketRole = nil
            }
        }
        // "MODERATOR (Joan Calloway):": after a role alone, a name in ordinary case that opens on a given name is who
        // speaks, not a body the role works for ("REPORTER (Coastal Herald):").
        var nameInOrdinaryCase = false
        if nameWords.isEmpty, !roleWords.isEmpty, let bracket,
           let named = capitalizedNameWords(bracket, in: view, capitalAfterHyphen: true, excluding: layoutWords),
           (2...4).contains(named.count), lexicon.givenNames[named[0].lowercased()] != nil {
            nameWords = named
            bracketRole = nil
            nameInOrdinaryCase = true
        }
        return TranscriptLabel(label: paragraph.lowerBound..<colon, words: (colon + 1)..<paragraph.upperBound,
                               roleWords: roleWords, nameWords: nameWords, bracketRole: bracketRole,
                               nameInOrdinaryCase: nameInOrdinaryCase)
    }

    /// "Vandenberghe: No. We are building …", "Courier: Why?": a label in ordinary case of one to three capitalized
    /// words with no honorific, which counts only where the document repeats it (see `QuoteExtractor`).
    /// "Speaker 2:", "Participant 14:": a research transcript numbers the voices it does not name.
    static func plain(_ paragraph: Range<Int>, in view: TokenView) -> TranscriptLabel? {
        guard let colon = labelColon(in: paragraph, within: 8, in: view) else { return nil }
        let numbered = colon - 2 >= paragraph.lowerBound && view.document.tokens[colon - 1].kind == .number
        guard var nameWords = capitalizedNameWords(paragraph.lowerBound..<(numbered ? colon - 1 : colon), in: view, capitalAfterHyphen: true,
                                                   excluding: layoutWords),
              (1...3).contains(nameWords.count)
        else { return nil }
        if numbered { nameWords.append(view.words[colon - 1]) }
        return TranscriptLabel(label: paragraph.lowerBound..<colon, words: (colon + 1)..<paragraph.upperBound,
                               roleWords: [], nameWords: nameWords, bracketRole: nil, isInCapitals: false)
    }

    /// Where a time stamp that opens a paragraph ends: "[00:01:15]", "(12:04)", "00:01:15", "[1:02:33.5]" (numbers
    /// joined by colons or stops, in brackets or not), when a word follows it.
    private static func timeStampEnd(_ paragraph: Range<Int>, in view: TokenView) -> Int? {
        var index = paragraph.lowerBound
        let bracketed = index < paragraph.upperBound && (view.isByte(index, UInt8(ascii: "[")) || view.isByte(index, UInt8(ascii: "(")))
        if bracketed { index += 1 }
        var numbers = 0
        while index < paragraph.upperBound, view.document.tokens[index].kind == .number {
            numbers += 1
            index += 1
            guard index < paragraph.upperBound, view.isByte(index, UInt8(ascii: ":")) || view.isByte(index, UInt8(ascii: ".")),
                  index + 1 < paragraph.upperBound, view.document.tokens[index + 1].kind == .number
            else { break }
            index += 1
        }
        guard numbers >= 2 else { return nil }
        if bracketed {
            guard index < paragraph.upperBound, view.isByte(index, UInt8(ascii: "]")) || view.isByte(index, UInt8(ascii: ")")) else { return nil }
            index += 1
        }
        return index + 2 < paragraph.upperBound && view.isWord(index) ? index : nil
    }

    /// The colon among the paragraph's first `reach` tokens that ends a label: not its first token, and followed by words
    /// not in marks.
    private static func labelColon(in paragraph: Range<Int>, within reach: Int, in view: TokenView) -> Int? {
        guard let colon = paragraph.prefix(reach).first(where: { view.isByte($0, UInt8(ascii: ":")) }), colon > paragraph.lowerBound,
              colon + 1 < paragraph.upperBound, view.quoteOf[colon + 1] < 0
        else { return nil }
        return colon
    }

    /// The word in capitals that a glued hyphen at `index` joins to the word before it, when it comes before `limit`.
    private static func capitalsAfterHyphen(_ index: Int, limit: Int, in view: TokenView) -> String? {
        guard view.isGluedHyphen(index), index + 1 < limit, isInCapitals(view.words[index + 1]) else { return nil }
        return view.words[index + 1]
    }

    /// The words of a name in capitals, two to four of them, hyphenated parts joined ("JUDITH OKAFOR-WYNNE"); nil
    /// when a word is no capitals or is a role, a layout word or punctuation.
    private static func namesInCapitals(_ range: Range<Int>, in view: TokenView, lexicon: QuoteLexicon) -> [String]? {
        var words: [String] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let word = view.words[index]
            if !words.isEmpty, let part = capitalsAfterHyphen(index, limit: range.upperBound, in: view) {
                words[words.count - 1] += "-" + part
                index += 2
                continue
            }
            guard view.isWord(index), isInCapitals(word), lexicon.kind(of: view.lower[index]) == nil, !layoutWords.contains(view.lower[index])
            else { return nil }
            words.append(word)
            index += 1
        }
        return (2...4).contains(words.count) ? words : nil
    }

    /// A label in ordinary case needs an honorific to tell it from a heading ("Update:", "Why it matters:"): an
    /// honorific and a name ("Mr. Lindqvist", with a party in brackets kept as the role's), or a role whose
    /// holder's honorific and name are in brackets ("The Minister for Housing (Ms. Aziza Karimova)").
    private static func inOrdinaryCase(
        _ label: Range<Int>, colon: Int, end: Int, bracketRole: String?, in view: TokenView, lexicon: QuoteLexicon
    ) -> TranscriptLabel? {
        if let named = honorificAndName(label, in: view) {
            return TranscriptLabel(label: label.lowerBound..<colon, words: (colon + 1)..<end,
                                   roleWords: named.honorific, nameWords: named.name, bracketRole: bracketRole, isInCapitals: false)
        }
        // "Councillor Ross Mackie: I voted against it": an office before a full name labels a speaker when the words
        // after the colon speak as "I" or "we" (a list's "Senator Ola Dahl: a profile" does not).
        if bracketRole == nil, label.count >= 3, view.isCapitalized(label.lowerBound), lexicon.kind(of: view.lower[label.lowerBound]) == .role,
           let name = capitalizedNameWords((label.lowerBound + 1)..<label.upperBound, in: view, capitalAfterHyphen: false, excluding: layoutWords),
           (2...3).contains(name.count), speaksInFirstPerson(after: colon, end: end, in: view) {
            return TranscriptLabel(label: label.lowerBound..<colon, words: (colon + 1)..<end,
                                   roleWords: [view.words[label.lowerBound]], nameWords: name, bracketRole: nil, isInCapitals: false)
        }
        if bracketRole != nil, let member = memberAndSeat(label, in: view, lexicon: lexicon) {
            return TranscriptLabel(label: label.lowerBound..<colon, words: (colon + 1)..<end,
                                   roleWords: [], nameWords: member, bracketRole: bracketRole, isInCapitals: false)
        }
        // The role's holder in brackets: the brackets sit between the label's words and the colon.
        guard bracketRole != nil, label.upperBound + 2 < colon,
              let holder = honorificAndName((label.upperBound + 1)..<(colon - 1), in: view)
        else { return nil }
        let opening = view.isLower(label.lowerBound, "the") ? label.lowerBound + 1 : label.lowerBound
        guard opening < label.upperBound, label.upperBound - opening <= 6, view.isCapitalized(opening),
              lexicon.kind(of: view.lower[opening]) == .role || lexicon.kind(of: view.lower[label.upperBound - 1]) == .role,
              (opening..<label.upperBound).allSatisfy({ view.isWord($0) })
        else { return nil }
        return TranscriptLabel(label: label.lowerBound..<colon, words: (colon + 1)..<end,
                               roleWords: [view.phrase(opening..<label.upperBound)], nameWords: holder.name, bracketRole: nil,
                               isInCapitals: false)
    }

    /// Whether "I", "we" or their forms are among the first dozen words after the colon.
    private static func speaksInFirstPerson(after colon: Int, end: Int, in view: TokenView) -> Bool {
        ((colon + 1)..<min(end, colon + 13)).contains { view.quoteOf[$0] < 0 && InterviewTurn.firstPersonWords.contains(view.lower[$0]) }
    }

    /// "Ms. Aziza Karimova", "Dr. Obi": an honorific with its stop and one to three capitalized name words, the
    /// whole of `range`.
    /// British usage writes the honorific without its stop ("Mr Tudor", "Sir Geoffrey Pell").
    private static func honorificAndName(_ range: Range<Int>, in view: TokenView) -> (honorific: [String], name: [String])? {
        guard range.count >= 2 else { return nil }
        let word = view.words[range.lowerBound]
        let stopped = range.count >= 3 && SentenceRules.isTitle(word) && view.isByte(range.lowerBound + 1, UInt8(ascii: "."))
        guard stopped || unstoppedHonorifics.contains(word) else { return nil }
        let nameStart = range.lowerBound + (stopped ? 2 : 1)
        guard let name = capitalizedNameWords(nameStart..<range.upperBound, in: view, capitalAfterHyphen: false, excluding: []),
              (1...3).contains(name.count)
        else { return nil }
        return ([stopped ? word + "." : word], name)
    }

    private static let unstoppedHonorifics: WordSet = ["Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness"]

    /// "Nia Griffiths (Llanelli) (Lab):", "Sir Geoffrey Pell (Wealden) (Con):": a member of a parliament named in full,
    /// with a constituency in brackets before the party's. With one bracket only, the name must open on a given
    /// name or an honorific.
    private static func memberAndSeat(_ label: Range<Int>, in view: TokenView, lexicon: QuoteLexicon) -> [String]? {
        var end = label.upperBound
        var seat = false
        if end - 1 > label.lowerBound, view.isByte(end - 1, UInt8(ascii: ")")),
           let open = (label.lowerBound..<(end - 1)).last(where: { view.isByte($0, UInt8(ascii: "(")) }), end - 1 - open <= 5 {
            end = open
            seat = true
        }
        if let named = honorificAndName(label.lowerBound..<end, in: view) { return named.name }
        guard let name = capitalizedNameWords(label.lowerBound..<end, in: view, capitalAfterHyphen: false, excluding: layoutWords),
              (2...4).contains(name.count), seat || lexicon.givenNames[name[0].lowercased()] != nil
        else { return nil }
        return name
    }

    /// The words of `range` as name words, each capitalized and none of `excluded`; a hyphen glued between two words
    /// joins them into one ("Mensah-Larbi"), when `capitalAfterHyphen` only before a capital. Nil when a word fails.
    private static func capitalizedNameWords(
        _ range: Range<Int>, in view: TokenView, capitalAfterHyphen: Bool, excluding excluded: WordSet
    ) -> [String]? {
        var words: [String] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if !words.isEmpty, view.isGluedHyphen(index), index + 1 < range.upperBound, !capitalAfterHyphen || view.isCapitalized(index + 1) {
                words[words.count - 1] += "-" + view.words[index + 1]
                index += 2
                continue
            }
            guard view.isWord(index), view.isCapitalized(index), !excluded.contains(view.lower[index]) else { return nil }
            words.append(view.words[index])
            index += 1
        }
        return words
    }

    /// Letters, all of them capitals ("OKAFOR", "O'BRIEN"); at least two, so "A" and "Q" are no labels.
    static func isInCapitals(_ word: String) -> Bool {
        // Nearly every word asked is ASCII, and most have a lowercase letter: decide on the bytes, in one pass over
        // the string's own storage, up to the first lowercase letter or the first byte that is not ASCII.
        var bytes = word
        let decided: Bool? = bytes.withUTF8 { bytes in
            var letters = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if TextBytes.isASCIILower(byte) { return false }
                if TextBytes.isASCIIUpper(byte) { letters += 1 }
            }
            return letters >= 2
        }
        if let decided { return decided }
        var letters = 0
        for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The word a name's entity is found by: its last, or the last part of a hyphenated last name ("Bekoe" of
    /// "Owusu-Bekoe", as the text's names are registered), lowercased.
    var lastWordKey: String? {
        nameWords.last.map { String($0.split(separator: "-").last ?? Substring($0)).lowercased() }
    }

    /// A name in capitals as a name is written: "OKAFOR" → "Okafor"; a letter after an apostrophe or a
    /// hyphen starts a part of its own ("O'BRIEN" → "O'Brien", "LIND-BERG" → "Lind-Berg").
    static func titleCased(_ word: String) -> String {
        var result = ""
        var startsPart = true
        for character in word {
            result += startsPart ? character.uppercased() : character.lowercased()
            startsPart = !character.isLetter
        }
        return result
    }
}
