/// A span between quote marks, found within one paragraph.
struct MarkedSpan {
    /// Offset of the opening mark.
    var open: Int
    /// Offset of the closing mark, or nil when the paragraph ended first.
    var close: Int?
    /// The text between the marks (UTF-8 offsets into the document).
    var inner: Range<Int>
    /// The paragraph's index.
    var paragraph: Int
    /// Whether this piece continues a quote left open in the previous paragraph.
    var continuesPrevious: Bool
    /// Offset just past the closing mark (or the paragraph's end).
    var end: Int
}

/// Pairs quote marks paragraph by paragraph.
///
/// Curly and angle marks have a direction; straight marks and `’` are read from their neighbours, so that
/// apostrophes (`don’t`, `Kazakhstan’s`, `’90s`) open nothing. Only outermost spans are returned. A mark left
/// open at a paragraph's end closes there, unless the next paragraph opens with a mark of the same family
/// (the news convention for a quote running over several paragraphs); either way it never runs further.
struct QuoteMarkScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let document: Document

    /// `doubledApostrophe` is `''…''`, two apostrophes standing for a double mark (typewriter style, as some
    /// newspapers print them).
    enum Family: Equatable { case double, single, guillemet, angle, straightDouble, straightSingle, doubledApostrophe }

    /// Quote marks nested deeper than this open nothing.
    static let maximumDepth = 16

    func scan(warnings: inout [QuoteWarning]) -> [MarkedSpan] {
        var spans: [MarkedSpan] = []
        var carried: Family?
        for (index, paragraph) in document.paragraphs.enumerated() {
            let range = paragraph.span.utf8
            var stack: [(family: Family, offset: Int)] = []
            var continues = false
            if let family = carried, let first = opening(at: range.lowerBound, range: range), first == family {
                continues = true
            }
            carried = nil
            var offset = range.lowerBound
            while offset < range.upperBound {
                let (scalar, scalarLength) = TextBytes.scalar(at: offset, in: bytes)
                var length = scalarLength
                defer { offset += length }
                guard Self.isMark(scalar) else { continue }
                if let family = closing(at: offset, scalar: scalar, range: range, stack: stack),
                   let match = stack.lastIndex(where: { $0.family == family }) {
                    length = markLength(at: offset, family: family)
                    if match == 0 {
                        let open = stack[0].offset
                        let openLength = markLength(at: open, family: stack[0].family)
                        spans.append(MarkedSpan(
                            open: open, close: offset, inner: (open + openLength)..<offset, paragraph: index,
                            continuesPrevious: continues && spans.last?.paragraph != index, end: offset + length))
                    }
                    stack.removeSubrange(match...)
                } else if stack.count < Self.maximumDepth, let family = opening(at: offset, range: range) {
                    // Deeper nesting than any prose uses is ignored, which keeps each mark's work bounded.
                    stack.append((family, offset))
                    length = markLength(at: offset, family: family)
                }
            }
            if let unclosed = stack.first {
                let openLength = markLength(at: unclosed.offset, family: unclosed.family)
                spans.append(MarkedSpan(
                    open: unclosed.offset, close: nil, inner: (unclosed.offset + openLength)..<range.upperBound,
                    paragraph: index, continuesPrevious: continues && spans.last?.paragraph != index, end: range.upperBound))
                let nextOpens = index + 1 < document.paragraphs.count
                    && opening(at: document.paragraphs[index + 1].span.utf8.lowerBound, range: document.paragraphs[index + 1].span.utf8) == unclosed.family
                if nextOpens {
                    carried = unclosed.family
                } else {
                    var cursor = ScalarCursor(bytes)
                    warnings.append(QuoteWarning(
                        span: cursor.span(unclosed.offset..<(unclosed.offset + openLength)),
                        message: "unclosed quote mark; the quote ends at the end of its paragraph"))
                }
            }
        }
        return spans
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "“", "”", "‘", "’", "„", "«", "»", "‹", "›": true
        default: false
        }
    }

    /// The bytes a mark of `family` takes at `offset`: two for a doubled apostrophe, else its scalar's.
    private func markLength(at offset: Int, family: Family) -> Int {
        family == .doubledApostrophe ? 2 : TextBytes.scalar(at: offset, in: bytes).1
    }

    /// Whether the apostrophe at `offset` is followed by a second one.
    private func isDoubledApostrophe(at offset: Int, range: Range<Int>) -> Bool {
        offset + 1 < range.upperBound && bytes[offset] == UInt8(ascii: "'") && bytes[offset + 1] == UInt8(ascii: "'")
    }

    private func previous(_ offset: Int, range: Range<Int>) -> Unicode.Scalar? {
        guard offset > range.lowerBound else { return nil }
        return TextBytes.scalar(at: TextBytes.previousScalarStart(before: offset, in: bytes), in: bytes).0
    }

    private func next(_ offset: Int, range: Range<Int>) -> Unicode.Scalar? {
        let length = TextBytes.scalar(at: offset, in: bytes).1
        guard offset + length < range.upperBound else { return nil }
        return TextBytes.scalar(at: offset + length, in: bytes).0
    }

    private static func isSpaceOrOpener(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return TextBytes.isSpace(scalar) || "([{—–-/“‘«„\"'".unicodeScalars.contains(scalar)
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The family a mark opens, or nil when it is not an opening mark here.
    private func opening(at offset: Int, range: Range<Int>) -> Family? {
        let (scalar, _) = TextBytes.scalar(at: offset, in: bytes)
        let before = previous(offset, range: range)
        let after = next(offset, range: range)
        let afterIsText = after.map { !TextBytes.isSpace($0) } ?? false
        switch scalar {
        case "“", "„": return .double
        case "«": return .guillemet
        case "‹": return .angle
        case "‘":
            guard Self.isSpaceOrOpener(before), afterIsText else { return nil }
            // Word processors turn the elision of `'08` and `'90s` into `‘08`: before a decade, or before a
            // two-digit year after a preposition ("in ‘08", "the class of ‘92"), it opens nothing.
            if let after, after.properties.numericType != nil, elidesYear(at: offset, range: range) { return nil }
            return .single
        case "\"": return Self.isSpaceOrOpener(before) && afterIsText ? .straightDouble : nil
        case "'" where isDoubledApostrophe(at: offset, range: range):
            guard Self.isSpaceOrOpener(before), offset + 2 < range.upperBound else { return nil }
            let afterPair = TextBytes.scalar(at: offset + 2, in: bytes).0
            return TextBytes.isSpace(afterPair) ? nil : .doubledApostrophe
        case "'":
            // `'90s` and `'em` are elisions, not quotes.
            guard Self.isSpaceOrOpener(before), let after, after.properties.isAlphabetic || Self.isMark(after) else { return nil }
            return .straightSingle
        default: return nil
        }
    }

    /// Whether the mark at `offset` starts a decade (`‘90s`) or a two-digit year after a preposition.
    private func elidesYear(at offset: Int, range: Range<Int>) -> Bool {
        var cursor = offset + TextBytes.scalar(at: offset, in: bytes).1
        let digits = cursor
        while cursor < range.upperBound, TextBytes.isASCIIDigit(bytes[cursor]) { cursor += 1 }
        if cursor < range.upperBound && bytes[cursor] == UInt8(ascii: "s") { return true }
        guard cursor - digits == 2, cursor == range.upperBound || !TextBytes.isASCIILetter(bytes[cursor]) else { return false }
        return Self.yearPrepositions.contains(wordBefore(offset, range: range))
    }

    private static let yearPrepositions: Set<[UInt8]> = Set(
        ["in", "of", "since", "from", "until", "till", "by", "before", "after", "through", "to", "and", "circa"]
            .map { Array($0.utf8) })

    /// The lowercased ASCII word that ends just before `offset`, across spaces.
    private func wordBefore(_ offset: Int, range: Range<Int>) -> [UInt8] {
        var end = offset
        while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > range.lowerBound, TextBytes.isASCIILetter(bytes[start - 1]), end - start < 8 { start -= 1 }
        return bytes[start..<end].map { $0 | 0x20 }
    }

    /// The family a mark closes, given what is open.
    private func closing(at offset: Int, scalar: Unicode.Scalar, range: Range<Int>, stack: [(family: Family, offset: Int)]) -> Family? {
        let before = previous(offset, range: range)
        let after = next(offset, range: range)
        switch scalar {
        // Messy text mixes straight and curly double quotes ("… ”): either closes the other.
        case "”":
            if stack.contains(where: { $0.family == .double }) { return .double }
            return stack.contains { $0.family == .straightDouble } ? .straightDouble : nil
        case "“": return stack.last?.family == .double && !Self.isSpaceOrOpener(before) ? .double : nil
        case "»": return .guillemet
        case "›": return .angle
        case "’":
            // Between letters it is an apostrophe (don’t); after a letter and before a space it may be a
            // possessive (players’), so it closes only an open single quote.
            guard stack.contains(where: { $0.family == .single }), !Self.isLetterOrDigit(after),
                  !isPluralPossessive(at: offset, range: range)
            else { return nil }
            return .single
        case "\"":
            if !stack.contains(where: { $0.family == .straightDouble }), stack.last?.family == .double, !Self.isSpaceOrOpener(before) {
                return .double
            }
            // `,' "` closes after a space too, when what follows cannot start quoted text.
            guard stack.contains(where: { $0.family == .straightDouble }),
                  !Self.isSpaceOrOpener(before) || after == nil || after.map({ TextBytes.isSpace($0) || ".,;:!?".unicodeScalars.contains($0) }) == true
            else { return nil }
            return .straightDouble
        case "'" where isDoubledApostrophe(at: offset, range: range) && stack.contains(where: { $0.family == .doubledApostrophe }):
            return before.map({ !TextBytes.isSpace($0) }) ?? false ? .doubledApostrophe : nil
        case "'":
            guard stack.contains(where: { $0.family == .straightSingle }), !Self.isLetterOrDigit(after), before.map({ !TextBytes.isSpace($0) }) ?? false,
                  !isPluralPossessive(at: offset, range: range)
            else { return nil }
            return .straightSingle
        default: return nil
        }
    }

    /// "‘The lads’ jobs are on the line.’": a mark after an "s" and before a lowercase word is a plural's
    /// possessive when a mark that can close the quote comes later in the paragraph (and the word is no verb of
    /// saying: "‘We want our jobs’ said Morris" closes there).
    private func isPluralPossessive(at offset: Int, range: Range<Int>) -> Bool {
        guard offset > range.lowerBound, bytes[offset - 1] | 0x20 == UInt8(ascii: "s") else { return false }
        let markEnd = offset + TextBytes.scalar(at: offset, in: bytes).1
        guard markEnd + 1 < range.upperBound, bytes[markEnd] == UInt8(ascii: " "), TextBytes.isASCIILower(bytes[markEnd + 1]) else { return false }
        var wordEnd = markEnd + 1
        while wordEnd < range.upperBound, TextBytes.isASCIILower(bytes[wordEnd]) { wordEnd += 1 }
        guard !Self.sayingWords.contains(Array(bytes[(markEnd + 1)..<wordEnd])) else { return false }
        // A later mark after a letter or a stop and before no letter could close the quote.
        var cursor = wordEnd
        while cursor < range.upperBound {
            let (scalar, length) = TextBytes.scalar(at: cursor, in: bytes)
            if scalar == "'" || scalar == "’", !TextBytes.isSpace(TextBytes.scalar(at: TextBytes.previousScalarStart(before: cursor, in: bytes), in: bytes).0),
               !Self.isLetterOrDigit(next(cursor, range: range)) {
                return true
            }
            cursor += length
        }
        return false
    }

    private static let sayingWords: Set<[UInt8]> = Set(["said", "says", "told", "added", "asked", "replied", "wrote"].map { Array($0.utf8) })
}
