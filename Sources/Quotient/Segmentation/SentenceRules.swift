/// Post-rules over ICU's sentence boundaries for English news text.
///
/// ICU's `en@ss=standard` iterator already suppresses breaks after a fixed list of abbreviations. What it
/// still gets wrong falls in two groups, handled here:
/// - boundaries it misses: a terminator with no space after it (`world.Today`) and list items on one line
///   (`1. First 2. Second`, bullets);
/// - boundaries it adds wrongly: after titles (`Gen.`, `St.`), initials (`Jonas E. Smith`), acronyms before a
///   capitalized noun (`U.S. Government`), reference abbreviations before numbers (`p. 55`, `No. 5`), a
///   leading time phrase (`At 5 a.m. Mr. Smith …`), list markers, and any terminator followed by a lowercase
///   word (`Yahoo! in`, `'This is great.' she said`, `... well`).
struct SentenceRules {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Turns ICU's boundaries (sorted, starting with 0 and ending with the text's length) into sentence
    /// ranges, passed to `emit` in order. `forced` is scratch space, reused to avoid allocating per paragraph.
    func apply(to icuBoundaries: [Int], forced: inout [Int], emit: (Range<Int>) -> Void) {
        forced.removeAll(keepingCapacity: true)
        appendTerminatorBoundaries(to: &forced)
        appendListItemBoundaries(to: &forced)
        let references = referencesAfterTerminators()
        for reference in references where reference.upperBound < bytes.count { forced.append(reference.upperBound) }
        forced.sort()
        var start = 0
        var icuIndex = 0
        var forcedIndex = 0
        // Walk the union of both sorted lists; a forced boundary is never joined away.
        while icuIndex < icuBoundaries.count || forcedIndex < forced.count {
            let icu = icuIndex < icuBoundaries.count ? icuBoundaries[icuIndex] : Int.max
            let force = forcedIndex < forced.count ? forced[forcedIndex] : Int.max
            let boundary = min(icu, force)
            let isForced = force == boundary
            if icu == boundary { icuIndex += 1 }
            if isForced { forcedIndex += 1 }
            guard boundary > start else { continue }
            if !isForced && references.contains(where: { $0.lowerBound < boundary && boundary < $0.upperBound }) { continue }
            if boundary < bytes.count {
                let nextICU = icuIndex < icuBoundaries.count ? icuBoundaries[icuIndex] : Int.max
                let nextForced = forcedIndex < forced.count ? forced[forcedIndex] : Int.max
                let next = boundary..<min(nextICU, nextForced, bytes.count)
                if !isForced && shouldJoin(start..<boundary, next) { continue }
            }
            emit(start..<boundary)
            start = boundary
        }
        if start < bytes.count { emit(start..<bytes.count) }
    }

    // MARK: - Boundaries to add

    /// Boundaries ICU misses at a terminator, found in one pass over the terminators:
    /// - `world.Today`, `1,000.That`: a terminator glued to the next sentence, outside e-mail and web addresses;
    /// - `compounds. . . . The`: a period glued to its word, then a spaced ellipsis that opens the next sentence.
    func appendTerminatorBoundaries(to found: inout [Int]) {
        var index = 1
        while index + 2 < bytes.count {
            defer { index += 1 }
            let byte = bytes[index]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else { continue }
            let before = bytes[index - 1]
            if TextBytes.isASCIILower(before) || TextBytes.isASCIIDigit(before),
               TextBytes.isASCIIUpper(bytes[index + 1]), TextBytes.isASCIILower(bytes[index + 2]),
               endsWord(at: index), !isInsideAddress(index) {
                found.append(index + 1)
            } else if byte == UInt8(ascii: "."), opensSpacedEllipsisSentence(afterPeriodAt: index) {
                found.append(index + 2)
            } else if byte == UInt8(ascii: "."), bytes[index + 1] == UInt8(ascii: " "), TextBytes.isASCIILower(bytes[index + 2]),
                      endsPlainLowercaseWord(at: index) {
                found.append(index + 1)
            } else if byte == UInt8(ascii: "."), bytes[index + 1] == UInt8(ascii: " "), TextBytes.isASCIIUpper(bytes[index + 2]),
                      opensWithSubjectPronoun(index + 2), !endsWithTitle(at: index) || endsWithLoneLetterAfterLowercaseWord(at: index) {
                found.append(index + 1)
            } else if byte == UInt8(ascii: "."), bytes[index + 1] == UInt8(ascii: " "), endsWithLoneLetterAfterLowercaseWord(at: index),
                      opensQuotedSentence(index + 2) {
                found.append(index + 1)
            } else if byte == UInt8(ascii: "."), bytes[index + 1] == UInt8(ascii: " "),
                      TextBytes.isASCIIUpper(bytes[index + 2]) || opensQuotedSentence(index + 2),
                      endsWithAcronym(at: index) || endsWithWordICUKeeps(at: index) {
                found.append(index + 1)
            }
        }
    }

    private static let spacedEllipsis = Array(" . . . ".utf8)

    /// `the Clean Air Act. The law`, `I called Joe. Nobody answered`: ICU 72's English exceptions keep a sentence
    /// going after these capitalized words as after `Mr.`, although they are words and names, not abbreviations.
    /// So do names that end in "pp" (`Knapp.`, `Philipp.`), which ICU reads as ending in the abbreviation `pp.`,
    /// and camel-case names whose last part is such a word or an abbreviation (`LinkedIn.`, `MoveOn.`, `FedEx.`):
    /// ICU matches its exceptions against the end of a word, not the whole word.
    private func endsWithWordICUKeeps(at period: Int) -> Bool {
        let start = runStart(endingAt: period) { TextBytes.isASCIILetter($0) }
        guard period - start >= 2, start == 0 || bytes[start - 1] != UInt8(ascii: ".") else { return false }
        if isCamelCase(start..<period) { return true }
        guard TextBytes.isASCIIUpper(bytes[start]) else { return false }
        if period - start >= 4 && bytes[period - 1] == UInt8(ascii: "p") && bytes[period - 2] == UInt8(ascii: "p") { return true }
        return period - start <= 4 && Self.wordsICUKeeps.contains(text(start..<period))
    }

    /// A word of five letters or more whose last part starts with a capital after a lowercase letter and goes on in
    /// lowercase (`LinkedIn`, `YouTube`); not `McD` or `PhD`, whose last capital ends them.
    private func isCamelCase(_ word: Range<Int>) -> Bool {
        guard word.count >= 5, TextBytes.isASCIILower(bytes[word.upperBound - 1]) else { return false }
        var index = word.upperBound - 1
        while index > word.lowerBound && TextBytes.isASCIILower(bytes[index]) { index -= 1 }
        return index > word.lowerBound && TextBytes.isASCIIUpper(bytes[index]) && TextBytes.isASCIILower(bytes[index - 1])
    }

    /// Found by probing the iterator with every capitalized word of two to four letters, then keeping the ordinary
    /// words and names among those it keeps going after (not `Aug`, `Capt`, `Est` or `Rev`).
    static let wordsICUKeeps: WordSet = [
        "Act", "All", "App", "As", "By", "Card", "Do", "Ed", "Go", "Hat", "In", "Is", "Jam", "Job", "Joe", "Lev", "Link",
        "Long", "Mart", "Ok", "On", "Or", "Pro", "To", "Up",
    ]

    /// `told ERT. The`, `works for ZDF. “We`: a word of two or more capitals with no points inside ends its sentence
    /// before a capital, unless it is an abbreviation written in capitals (`GEN.`, `CORP.`). ICU 72's filtered
    /// iterator drops some of these breaks (after `ERT.` or `ZDF.` but not `CNN.`), so they are put back here.
    private func endsWithAcronym(at period: Int) -> Bool {
        let start = runStart(endingAt: period) { TextBytes.isASCIIUpper($0) }
        guard period - start >= 2 else { return false }
        if start > 0 {
            let before = bytes[start - 1]
            guard before == UInt8(ascii: " ") || before == UInt8(ascii: "(") || before == UInt8(ascii: "\"") else { return false }
        }
        let word = text(start..<period)
        return !Self.isTitle(word) && !Self.lowercaseAbbreviations.contains(word.lowercased())
            && !Self.numberAbbreviations.contains(word.lowercased())
    }

    /// Whether the letters or digits before a glued terminator are a word that can end a sentence: a lowercase
    /// word or a number, or a capitalized word of four letters or more (`late.Nobody`, `Paris.The`), not
    /// a short name part or abbreviation (`Mc.Dowell`, `Ltd.Harbour`).
    private func endsWord(at end: Int) -> Bool {
        let start = runStart(endingAt: end) { TextBytes.isASCIILetter($0) || TextBytes.isASCIIDigit($0) }
        guard TextBytes.isASCIIUpper(bytes[start]) else { return true }
        return end - start >= 4 && !Self.isTitle(text(start..<end))
    }

    /// `It`, `They`, `We` …: after an abbreviation ICU keeps inside a sentence (`394 AD. It is`), a
    /// subject pronoun opens the next one.
    private func opensWithSubjectPronoun(_ start: Int) -> Bool {
        var end = start
        while end < bytes.count && TextBytes.isASCIILetter(bytes[end]) { end += 1 }
        guard end - start <= 5, end < bytes.count, bytes[end] == UInt8(ascii: " ") else { return false }
        return Self.subjectPronouns.contains(text(start..<end))
    }

    /// `posted it on X.`, `went to plan B.`: a capital letter alone after a lowercase word is a name or a label,
    /// no initial (an initial follows a capitalized word: `Jonas E.`), so ICU's rule that keeps a capital letter and
    /// its period with the next capitalized word does not hold before a subject pronoun or a quotation.
    private func endsWithLoneLetterAfterLowercaseWord(at period: Int) -> Bool {
        period >= 3 && TextBytes.isASCIIUpper(bytes[period - 1]) && bytes[period - 2] == UInt8(ascii: " ")
            && TextBytes.isASCIILower(bytes[period - 3])
    }

    /// Whether an opening quotation mark and a capital letter start at `start` (`“Today`, `"Today`).
    private func opensQuotedSentence(_ start: Int) -> Bool {
        if start + 1 < bytes.count, bytes[start] == UInt8(ascii: "\""), TextBytes.isASCIIUpper(bytes[start + 1]) { return true }
        // “ and ‘ are E2 80 9C and E2 80 98 in UTF-8.
        return start + 3 < bytes.count && bytes[start] == 0xE2 && bytes[start + 1] == 0x80
            && (bytes[start + 2] == 0x9C || bytes[start + 2] == 0x98) && TextBytes.isASCIIUpper(bytes[start + 3])
    }

    private func endsWithTitle(at period: Int) -> Bool {
        let start = runStart(endingAt: period) { TextBytes.isASCIILetter($0) }
        let word = text(start..<period)
        return word.count <= 1 || Self.isTitle(word)
    }

    /// A title as written or in capitals (`Gen.`, `GEN.`).
    static func isTitle(_ word: String) -> Bool {
        if titles.contains(word) { return true }
        // Only a word in capitals is looked up again, so the common case builds no string.
        guard word.utf8.count > 1, word.utf8.allSatisfy(TextBytes.isASCIIUpper) else { return false }
        return titles.contains(word.prefix(1) + word.dropFirst().lowercased())
    }

    /// Where the run of bytes that `belongs` accepts, ending at `end`, starts.
    private func runStart(endingAt end: Int, _ belongs: (UInt8) -> Bool) -> Int {
        var start = end
        while start > 0 && belongs(bytes[start - 1]) { start -= 1 }
        return start
    }

    static let subjectPronouns: WordSet = ["It", "He", "She", "They", "We", "There", "This", "These", "Those"]

    /// Whether the bytes before `end` are a lowercase word of two letters or more that is no abbreviation:
    /// `home. then` ends a sentence in informal text, `approx. five` and `e.g. this` do not.
    private func endsPlainLowercaseWord(at end: Int) -> Bool {
        let start = runStart(endingAt: end) { TextBytes.isASCIILower($0) }
        guard end - start >= 2 else { return false }
        if start > 0 {
            let before = bytes[start - 1]
            guard before == UInt8(ascii: " ") || before == 0x0A else { return false }
        }
        return !Self.lowercaseAbbreviations.contains(text(start..<end))
    }

    /// Bracketed references, omissions and footnote numbers after a sentence's terminator (`harbour.[4] The`,
    /// `in 2019. [2, 5] Later`, `… so. […] For`, `rights. 4 Even`): they belong to the sentence before, which
    /// ends after them. Each range runs from the terminator to just after the reference.
    func referencesAfterTerminators() -> [Range<Int>] {
        var references: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else { continue }
            let terminatorEnd = index
            // Closing marks may follow the terminator, then spaces, then the reference.
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard Self.isASCIICloser(byte) else { break }
                    index += 1
                } else {
                    let (scalar, length) = TextBytes.scalar(at: index, in: bytes)
                    guard Self.closers.contains(scalar) else { break }
                    index += length
                }
            }
            while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
            guard index < bytes.count else { break }
            let close: Int?
            if bytes[index] == UInt8(ascii: "[") {
                close = referenceEnd(openingAt: index)
            } else if TextBytes.isASCIIDigit(bytes[index]) {
                close = footnoteNumberEnd(at: index)
            } else {
                close = nil
            }
            guard let close else { continue }
            references.append(terminatorEnd..<(close + 1))
            index = close + 1
        }
        return references
    }

    /// The last digit of a footnote number (`rights. 4 Even …`): one to three digits standing alone after a
    /// sentence, followed by a capitalized word.
    private func footnoteNumberEnd(at start: Int) -> Int? {
        guard start >= 2, bytes[start - 1] == UInt8(ascii: " ") else { return nil }
        var end = start
        while end < bytes.count && TextBytes.isASCIIDigit(bytes[end]) { end += 1 }
        guard end - start <= 3, end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), TextBytes.isASCIIUpper(bytes[end + 1])
        else { return nil }
        return end - 1
    }

    /// The closing bracket of a reference (`[4]`, `[2, 5]`, `[12–14]`) or an omission (`[...]`, `[…]`).
    private func referenceEnd(openingAt open: Int) -> Int? {
        var offset = open + 1
        while offset < bytes.count && offset - open <= 16 {
            let (scalar, length) = TextBytes.scalar(at: offset, in: bytes)
            if scalar == "]" { return offset > open + 1 ? offset : nil }
            guard scalar.properties.numericType != nil || ", .…–-".unicodeScalars.contains(scalar) else { return nil }
            offset += length
        }
        return nil
    }

    private func opensSpacedEllipsisSentence(afterPeriodAt index: Int) -> Bool {
        let pattern = Self.spacedEllipsis
        let before = bytes[index - 1]
        guard before != UInt8(ascii: "."), before > 0x20, index + pattern.count + 1 < bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + 1 + offset] != pattern[offset] { return false }
        return TextBytes.isASCIIUpper(bytes[index + 1 + pattern.count])
    }

    /// Inside `Jane.Doe@example.com` or a URL path; a finished address (`press@example.org.Thanks`) is not.
    private func isInsideAddress(_ offset: Int) -> Bool {
        let chunk = chunkRange(around: offset)
        let slash = UInt8(ascii: "/")
        for index in offset..<chunk.upperBound where bytes[index] == UInt8(ascii: "@") || bytes[index] == slash {
            return true
        }
        return (chunk.lowerBound..<offset).contains { bytes[$0] == slash }
    }

    /// When a paragraph opens with a list marker (`1.`, `1)`, `1.)`, `a.`, or a bullet), every later marker of
    /// the same form with the next number or letter starts a new sentence.
    func appendListItemBoundaries(to found: inout [Int]) {
        let start = TextBytes.trimmed(0..<bytes.count, in: bytes).lowerBound
        guard start < bytes.count else { return }
        let (first, firstLength) = TextBytes.scalar(at: start, in: bytes)
        if Self.bullets.contains(first) {
            appendBulletBoundaries(bullet: first, after: start + firstLength, to: &found)
            return
        }
        guard let marker = ListMarker.parse(at: start, in: bytes) else { return }
        var expected = marker.successor
        var offset = marker.end
        while offset < bytes.count {
            let previous = TextBytes.previousScalarStart(before: offset, in: bytes)
            if TextBytes.isSpace(TextBytes.scalar(at: previous, in: bytes).0),
               let next = ListMarker.parse(at: offset, in: bytes), next.form == marker.form, next.ordinal == expected.ordinal {
                found.append(offset)
                expected = next.successor
                offset = next.end
            } else {
                offset += 1
            }
        }
    }

    private func appendBulletBoundaries(bullet: Unicode.Scalar, after start: Int, to found: inout [Int]) {
        var offset = start
        while offset < bytes.count {
            let (scalar, length) = TextBytes.scalar(at: offset, in: bytes)
            if scalar == bullet { found.append(offset) }
            offset += length
        }
    }

    static let bullets: Set<Unicode.Scalar> = ["•", "⁃", "‣", "◦", "▪", "●", "∙"]

    // MARK: - Boundaries to drop

    func shouldJoin(_ previous: Range<Int>, _ next: Range<Int>) -> Bool {
        let before = TextBytes.trimmed(previous, in: bytes)
        let after = TextBytes.trimmed(next, in: bytes)
        guard !before.isEmpty, !after.isEmpty else { return false }
        // A line break without a terminator ends a line of a list, a heading or a caption.
        if containsLineBreak(before.upperBound..<after.lowerBound) && !endsWithTerminator(before) { return false }
        // "google.com/search?q=…": a query or fragment inside a web address, with no space after its mark, ends nothing.
        if before.upperBound == after.lowerBound && isWebAddress(chunkRange(around: before.upperBound - 1)) { return true }
        let (nextFirst, _) = TextBytes.scalar(at: after.lowerBound, in: bytes)
        // A question or exclamation before a lowercase word ends its sentence unless it closes a quote
        // (“Why?” she asked); a period does not (ICU breaks there only at a line break).
        if nextFirst.properties.isLowercase { return !endsWithBareQuestionOrExclamation(before) }
        switch trailingEllipsisDots(before) {
        case 3: return true  // an omission inside a sentence; a fourth dot is the sentence's own period
        case 4...: return false
        default: break
        }
        if nextFirst == "(" && isCitation(after) { return true }
        if let marker = ListMarker.parse(at: before.lowerBound, in: bytes), marker.end >= before.upperBound { return true }
        if isBulletMarkerOnly(before) { return true }

        guard bytes[before.upperBound - 1] == UInt8(ascii: ".") else { return false }
        let lastChunk = strippingOpeners(chunkRange(around: before.upperBound - 1))
        let coreBytes = lastChunk.lowerBound..<(lastChunk.upperBound - 1)
        let nextIsNumber = nextFirst.properties.numericType != nil
        if coreBytes.count <= 3 && Self.innerAbbreviations.contains(text(coreBytes)) { return true }
        // Every rule below needs a capitalized word, a dotted abbreviation or a number next; a plain word
        // (`said.`) ends the sentence.
        guard !coreBytes.isEmpty, !TextBytes.isASCIILower(bytes[coreBytes.lowerBound]) || nextIsNumber
            || coreBytes.contains(where: { bytes[$0] == UInt8(ascii: ".") })
        else { return false }
        let core = text(coreBytes)
        let nextWord = text(strippingOpeners(chunkRange(around: after.lowerBound)))

        if Self.isTitle(core) { return true }
        if nextIsNumber && Self.numberAbbreviations.contains(core.lowercased()) { return true }
        if Self.clockSuffixes.contains(core.lowercased()) {
            return wordCount(before) <= 4 && nextFirst.properties.isUppercase
        }
        if core.count == 1, let letter = core.unicodeScalars.first, letter.properties.isUppercase {
            if isInitial(chunkStart: lastChunk.lowerBound, sentenceStart: before.lowerBound) || isInitial(nextWord) { return true }
            // "signed by R. Oyelaran": after a preposition that may introduce a person a capital letter is still an
            // initial before a capitalized word that opens no sentence ("the winner was plan B." is no initial).
            return core != "I" && nextFirst.properties.isUppercase
                && followsPersonPreposition(lastChunk.lowerBound, sentenceStart: before.lowerBound)
                && !Self.sentenceOpeners.contains(String(nextWord.prefix { $0.isLetter }))
        }
        if isDottedAcronym(core) {
            return !Self.sentenceOpeners.contains(String(nextWord.prefix { $0.isLetter }))
        }
        return false
    }

    /// `Jonas E. Smith`, `J. R. R. Tolkien`: a capital letter after a capitalized word or at the start is an
    /// initial; after a lowercase word (`you and I.`) it ends the sentence.
    private func isInitial(chunkStart: Int, sentenceStart: Int) -> Bool {
        guard chunkStart > sentenceStart else { return true }
        let previousChunk = strippingOpeners(chunkRange(around: TextBytes.trimmed(sentenceStart..<chunkStart, in: bytes).upperBound - 1))
        guard !previousChunk.isEmpty else { return false }
        return TextBytes.scalar(at: previousChunk.lowerBound, in: bytes).0.properties.isUppercase
    }

    /// Whether the word before the chunk at `chunkStart` is a preposition that often introduces a person (`by`, `to`).
    private func followsPersonPreposition(_ chunkStart: Int, sentenceStart: Int) -> Bool {
        guard chunkStart > sentenceStart else { return false }
        let previous = chunkRange(around: TextBytes.trimmed(sentenceStart..<chunkStart, in: bytes).upperBound - 1)
        return previous.count <= 4 && Self.personPrepositions.contains(text(previous))
    }

    private static let personPrepositions: WordSet = ["by", "to", "from", "with", "for", "of", "and"]

    /// `R.` in `J. R. Ewing` or `S.` in `U. S.`: a capital letter and a period, so the one before was an initial too.
    private func isInitial(_ word: String) -> Bool {
        let scalars = word.unicodeScalars
        return scalars.count >= 2 && scalars.first!.properties.isUppercase && scalars.dropFirst().first == "."
            && (scalars.count == 2 || !scalars.dropFirst(2).first!.properties.isAlphabetic)
    }

    private func isDottedAcronym(_ core: String) -> Bool {
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    private func isBulletMarkerOnly(_ range: Range<Int>) -> Bool {
        let (first, length) = TextBytes.scalar(at: range.lowerBound, in: bytes)
        guard Self.bullets.contains(first) else { return false }
        let rest = TextBytes.trimmed((range.lowerBound + length)..<range.upperBound, in: bytes)
        if rest.isEmpty { return true }
        guard let marker = ListMarker.parse(at: rest.lowerBound, in: bytes) else { return false }
        return marker.end >= rest.upperBound
    }

    private func containsLineBreak(_ range: Range<Int>) -> Bool {
        range.contains { bytes[$0] == 0x0A || bytes[$0] == 0x0D }
    }

    private func endsWithTerminator(_ range: Range<Int>) -> Bool {
        var offset = range.upperBound
        while offset > range.lowerBound {
            offset = TextBytes.previousScalarStart(before: offset, in: bytes)
            let (scalar, _) = TextBytes.scalar(at: offset, in: bytes)
            if Self.closers.contains(scalar) { continue }
            return Self.terminators.contains(scalar)
        }
        return false
    }

    /// A question or exclamation mark with no closing quote after it; an exclamation mark glued to a
    /// capitalized word is part of a name (`Yahoo! in`, `Jeb! was`, `told OK! magazine`).
    private func endsWithBareQuestionOrExclamation(_ range: Range<Int>) -> Bool {
        let lastStart = TextBytes.previousScalarStart(before: range.upperBound, in: bytes)
        let last = TextBytes.scalar(at: lastStart, in: bytes).0
        if last == "?" { return true }
        guard last == "!" else { return false }
        let word = chunkRange(around: lastStart)
        return !(TextBytes.isASCIIUpper(bytes[word.lowerBound]) && word.upperBound - word.lowerBound > 2
            && (TextBytes.isASCIILower(bytes[lastStart - 1]) || TextBytes.isASCIIUpper(bytes[lastStart - 1])))
    }

    /// The ASCII members of ``closers`` (`"` `'` `)` `]` `}`), tested by byte.
    static func isASCIICloser(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x27 || byte == 0x29 || byte == 0x5D || byte == 0x7D
    }

    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", ")", "]", "}"]
    static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]

    /// How many dots end `range` as an ellipsis (`...`, `. . .`, `…` count three each), or 0.
    private func trailingEllipsisDots(_ range: Range<Int>) -> Int {
        var dots = 0
        var offset = range.upperBound
        while offset > range.lowerBound {
            offset = TextBytes.previousScalarStart(before: offset, in: bytes)
            switch TextBytes.scalar(at: offset, in: bytes).0 {
            case ".": dots += 1
            case "…": dots += 3
            case " ": continue
            default: return dots >= 3 ? dots : 0
            }
        }
        return dots >= 3 ? dots : 0
    }

    /// `(Smith 55).`: a short parenthetical reference closing the previous sentence.
    private func isCitation(_ range: Range<Int>) -> Bool {
        guard let close = range.first(where: { bytes[$0] == UInt8(ascii: ")") }) else { return false }
        // "(Laughter.)", "(Applause.)": a capitalized sentence with its own terminator inside the brackets is a
        // sentence of its own, as a transcript's stage directions are; a citation ends before the terminator.
        if close > range.lowerBound + 2, ".!?".utf8.contains(bytes[close - 1]), TextBytes.isASCIIUpper(bytes[range.lowerBound + 1]) {
            return false
        }
        let rest = TextBytes.trimmed((close + 1)..<range.upperBound, in: bytes)
        let tail = rest.isEmpty || (rest.count == 1 && ".!?".utf8.contains(bytes[rest.lowerBound]))
        return tail && wordCount(range.lowerBound..<close) <= 6
    }

    private func wordCount(_ range: Range<Int>) -> Int {
        var count = 0
        var inWord = false
        var offset = range.lowerBound
        while offset < range.upperBound {
            let (scalar, length) = TextBytes.scalar(at: offset, in: bytes)
            let space = TextBytes.isSpace(scalar)
            if !space && !inWord { count += 1 }
            inWord = !space
            offset += length
        }
        return count
    }

    /// Whether a run of text without spaces is a web address: a scheme ("https://") or "www." opens it, or a
    /// dotted host is followed by a path ("site.org/page").
    private func isWebAddress(_ chunk: Range<Int>) -> Bool {
        let run = bytes[chunk]
        guard let slash = run.firstIndex(of: UInt8(ascii: "/")) else { return false }
        if slash > chunk.lowerBound && bytes[slash - 1] == UInt8(ascii: ":") { return true }
        let lowered = run.prefix(4).map(TextBytes.asciiLowercased)
        if lowered.elementsEqual("www.".utf8) { return true }
        return run[..<slash].contains(UInt8(ascii: ".")) && slash > chunk.lowerBound
    }

    /// The whitespace-delimited run of text containing `offset`.
    private func chunkRange(around offset: Int) -> Range<Int> {
        var scalarStart = min(offset, bytes.count - 1)
        while scalarStart > 0 && TextBytes.isContinuation(bytes[scalarStart]) { scalarStart -= 1 }
        var lower = scalarStart
        while lower > 0 {
            let previous = TextBytes.previousScalarStart(before: lower, in: bytes)
            if TextBytes.isSpace(TextBytes.scalar(at: previous, in: bytes).0) { break }
            lower = previous
        }
        var upper = scalarStart
        while upper < bytes.count {
            let (scalar, length) = TextBytes.scalar(at: upper, in: bytes)
            if TextBytes.isSpace(scalar) { break }
            upper += length
        }
        return lower..<min(upper, bytes.count)
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Drops opening brackets and quote marks from the start of a chunk.
    private func strippingOpeners(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        while lower < range.upperBound {
            let (scalar, length) = TextBytes.scalar(at: lower, in: bytes)
            guard Self.openers.contains(scalar) else { break }
            lower += length
        }
        return lower..<range.upperBound
    }

    static let openers: Set<Unicode.Scalar> = ["(", "[", "{", "“", "‘", "\"", "'", "«", "„"]

    // MARK: - Word lists

    /// Titles and name prefixes that never end a sentence in news text.
    static let titles: WordSet = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Cmdr",
        "Adm", "Maj", "Rev", "Hon", "Pres", "St", "Mt", "Ft", "Messrs", "Mme", "Mlle", "Gens", "Sens", "Reps",
        "Supt", "Det", "Insp", "Brig", "Cpl", "Pvt", "Amb", "Atty", "Fr", "Sr", "Sgt", "Lieut", "Cdr", "Comdr",
    ]

    /// Abbreviations that stand before a number (`p. 55`, `No. 5`, `N°. 1026`).
    static let numberAbbreviations: WordSet = [
        "p", "pp", "no", "nos", "n°", "vol", "vols", "fig", "figs", "art", "sec", "ch", "chap", "op", "ca", "para",
        "ed", "nr", "tel", "rt", "ex", "c",
    ]

    static let clockSuffixes: WordSet = ["a.m", "p.m"]

    /// Lowercase abbreviations a lowercase word may follow inside a sentence (`approx. five`, `incl. tax`).
    static let lowercaseAbbreviations: WordSet = [
        "approx", "etc", "incl", "excl", "esp", "min", "max", "mins", "hrs", "hr", "sec", "secs", "ft", "lb", "lbs",
        "oz", "kg", "km", "cm", "mm", "mi", "yr", "yrs", "mo", "mos", "wk", "wks", "pp", "vol", "vols", "no", "nos",
        "fig", "figs", "ch", "chap", "dept", "est", "govt", "jr", "sr", "vs", "cf", "viz", "ca", "al", "ed", "eds",
        "pt", "pts", "tel", "ext", "misc", "avg", "dist", "div", "st", "mt", "ave", "blvd", "rd", "co", "corp",
        "inc", "ltd", "op", "cit", "ibid", "resp", "sq", "cu", "temp", "tbsp", "tsp",
    ]

    /// Abbreviations that stand inside a sentence whatever follows (`e.g. The Times`, `Smith v. Jones`).
    static let innerAbbreviations: WordSet = ["e.g", "i.e", "cf", "viz", "v", "vs"]

    /// Words that typically open a sentence, so an acronym before them (`the U.S. How …`) ends one.
    static let sentenceOpeners: WordSet = [
        "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "How", "What", "When", "Where", "Why", "Who",
        "Which", "But", "And", "Or", "So", "Yet", "If", "In", "On", "At", "For", "As", "After", "Before", "Since",
        "While", "Although", "Though", "Meanwhile", "However", "Still", "Then", "Now", "Today", "Yesterday",
        "Some", "Many", "Most", "All", "No", "Not", "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Can", "Will",
    ]
}

/// A list-item marker such as `3.`, `3)`, `3.)` or `c.`, followed by whitespace.
struct ListMarker {
    enum Form: Equatable { case period, parenthesis, periodParenthesis }

    /// The item number; letters count from `a` = 1.
    var ordinal: Int
    var isLetter: Bool
    var form: Form
    /// Offset just after the marker's punctuation.
    var end: Int

    var successor: ListMarker {
        ListMarker(ordinal: ordinal + 1, isLetter: isLetter, form: form, end: end)
    }

    static func parse(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ListMarker? {
        var offset = start
        var ordinal = 0
        var isLetter = false
        while offset < bytes.count, TextBytes.isASCIIDigit(bytes[offset]), offset - start < 3 {
            ordinal = ordinal * 10 + Int(bytes[offset] - 0x30)
            offset += 1
        }
        if offset == start {
            guard offset < bytes.count, TextBytes.isASCIILower(bytes[offset]) else { return nil }
            ordinal = Int(bytes[offset] - 0x60)
            isLetter = true
            offset += 1
        }
        guard offset < bytes.count else { return nil }
        let form: Form
        if bytes[offset] == UInt8(ascii: ".") {
            if offset + 1 < bytes.count && bytes[offset + 1] == UInt8(ascii: ")") {
                form = .periodParenthesis
                offset += 2
            } else {
                form = .period
                offset += 1
            }
        } else if bytes[offset] == UInt8(ascii: ")") && !isLetter {
            form = .parenthesis
            offset += 1
        } else {
            return nil
        }
        // A marker stands alone: whitespace or the end must follow it.
        if offset < bytes.count && !TextBytes.isSpace(TextBytes.scalar(at: offset, in: bytes).0) { return nil }
        return ListMarker(ordinal: ordinal, isLetter: isLetter, form: form, end: offset)
    }
}
