#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a text's line breaks as evidence: which single line breaks only wrap a paragraph to a column
/// width (and so end nothing), and which end a line on purpose (a heading, a list item, a signature, the
/// last line of a paragraph).
///
/// The width a text was wrapped to is estimated from the lines themselves: a wrapped line is one the next
/// word would not have fitted on. Lines that end a paragraph, and the few overlong lines of an unwrapped
/// text, are shorter or longer than that width, so the estimate takes a high percentile of the lengths of
/// lines that continue into another line, not their maximum.
struct LineLayout {
    /// Offsets of the line feeds (and of the carriage return before one) to read as spaces.
    var softBreaks: [Int] = []
    /// Offsets just after line breaks that end a paragraph although no blank line follows.
    var paragraphEnds: [Int] = []

    /// No line of wrapped prose is longer than this many characters; longer lines were never wrapped.
    static let longestWrapWidth = 200
    /// Narrower "widths" come from lists, verse and addresses, not from wrapping prose.
    static let narrowestWrapWidth = 30
    /// Where no width can be estimated, a line left open must be at least this long to read as wrapped
    /// prose rather than a lowercase list item ("contact manager").
    static let shortestOpenLine = 20

    /// Marks that open a list item in plain text when a space follows (`- two tyres`, `* a map`).
    static let plainBullets: Set<Unicode.Scalar> = ["-", "*", "+", "–"]

    /// One line of the text, without its line break. Stored in 32-bit fields (the segmenter takes texts under
    /// 2 GiB): a wrapped text has a line every 70 bytes or so, and the lines are all kept at once.
    struct Line {
        private var startValue: Int32
        private var breakValue: Int32
        private var lengthValue: Int32 = 0
        private var indentValue: Int32 = 0
        private var firstWordValue: Int32 = 0
        private var ordinalValue: Int32 = -1
        var firstScalar: Unicode.Scalar = " "
        /// The last character that is neither a space nor a closing mark or bracket.
        var lastScalar: Unicode.Scalar = " "
        /// Opens with a bullet.
        var bullet = false
        /// Opens with a speaker label of a transcript ("SOLHEIM: …", "SEN. OKAFOR: …").
        var speakerLabel = false
        /// The first letter, after any opening quote marks or brackets, is lowercase: the line carries on a
        /// sentence ("“give children back …” wrapped after "said the ban would").
        var opensLowercase = false

        init(start: Int, breakOffset: Int) {
            startValue = Int32(truncatingIfNeeded: start)
            breakValue = Int32(truncatingIfNeeded: breakOffset)
        }

        var start: Int { Int(startValue) }
        /// Offset of the line break (`\r` of `\r\n`, or `\n`), or the text's end.
        var breakOffset: Int { Int(breakValue) }
        /// Characters up to the last non-space one.
        var length: Int {
            get { Int(lengthValue) }
            set { lengthValue = Int32(truncatingIfNeeded: newValue) }
        }
        /// Leading spaces and tabs.
        var indent: Int {
            get { Int(indentValue) }
            set { indentValue = Int32(truncatingIfNeeded: newValue) }
        }
        /// Characters of the first word.
        var firstWordLength: Int {
            get { Int(firstWordValue) }
            set { firstWordValue = Int32(truncatingIfNeeded: newValue) }
        }
        /// Opens with a numbered or lettered list marker (`3.`, `b)`).
        var listOrdinal: Int? {
            get { ordinalValue < 0 ? nil : Int(ordinalValue) }
            set { ordinalValue = Int32(truncatingIfNeeded: newValue ?? -1) }
        }
        var isBlank: Bool { length == 0 }
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        guard Self.hasSingleLineBreak(bytes) else { return }
        let lines = Self.lines(in: bytes)
        guard lines.count > 1 else { return }
        let width = Self.wrapWidth(of: lines)
        let hasBlankLines = lines.dropLast().contains { $0.isBlank }
        let pairs = lines.indices.dropLast().filter { !lines[$0].isBlank && !lines[$0 + 1].isBlank }
        // One line that reaches the width proves no wrapping: it may be the longest of a few sentences,
        // one per line. Then only a line left open (no terminator) carries on.
        let wrapLike = pairs.lazy.filter { Self.isWrapped(lines[$0], before: lines[$0 + 1], width: width) }.prefix(2).count
        for index in pairs {
            let line = lines[index], next = lines[index + 1]
            if Self.isWrapped(line, before: next, width: width) && (wrapLike > 1 || !Self.endsSentence(line)) {
                softBreaks.append(line.breakOffset)
                if bytes[line.breakOffset] == 0x0D { softBreaks.append(line.breakOffset + 1) }
            } else if next.speakerLabel || !hasBlankLines && Self.endsParagraph(line, before: next, width: width) {
                paragraphEnds.append(next.start)
            }
        }
    }

    /// The break after `line` only wraps the paragraph: the next line's first word would not have fitted on
    /// this line, or the next line carries on a sentence (starts lowercase) that this long line left open.
    static func isWrapped(_ line: Line, before next: Line, width: Int) -> Bool {
        guard line.length <= longestWrapWidth, !opensListItem(next, after: line), next.indent <= line.indent else { return false }
        // Too few lines to estimate a width (a short note): a sentence left open that carries on in lowercase
        // on the next line was wrapped.
        guard width >= narrowestWrapWidth else {
            return next.opensLowercase && !endsSentence(line) && line.length >= shortestOpenLine
        }
        if line.length + 1 + next.firstWordLength > width { return true }
        return next.opensLowercase && !endsSentence(line) && line.length * 10 >= width * 6
    }

    /// Whether a line feed stands between two characters that are not line breaks: text whose paragraphs
    /// are only separated by blank lines, the common case, needs no layout reading.
    static func hasSingleLineBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 2 else { return false }
        var index = 1
        while index + 1 < bytes.count, let found = memchr(base + index, 0x0A, bytes.count - 1 - index) {
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let before = bytes[index - 1] == 0x0D && index >= 2 ? bytes[index - 2] : bytes[index - 1]
            let after = bytes[index + 1]
            if before != 0x0A && after != 0x0A && after != 0x0D { return true }
            index += 1
        }
        return false
    }

    /// A bullet, a first item (`1.`, `a)`), or an item after another: a number that merely opens a wrapped line
    /// (`… at Tab⏎3. And …`) is no list.
    static func opensListItem(_ next: Line, after line: Line) -> Bool {
        next.bullet || next.speakerLabel || next.listOrdinal == 1 || (next.listOrdinal != nil && (line.listOrdinal != nil || line.bullet))
    }

    /// Whether a line opens with a transcript's speaker label: up to 30 bytes of capital letters, spaces,
    /// periods, apostrophes and hyphens (two letters at least), then a colon and a space.
    static func opensWithSpeakerLabel(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, to end: Int) -> Bool {
        var letters = 0
        var offset = first
        while offset < end && offset - first <= 30 {
            let byte = bytes[offset]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                letters += 1
            } else if byte == UInt8(ascii: ":") {
                return letters >= 2 && offset + 1 < end && bytes[offset + 1] == UInt8(ascii: " ")
            } else if ![UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "-")].contains(byte) {
                return false
            }
            offset += 1
        }
        return false
    }

    /// A line break kept in a text without blank lines ends a paragraph when the line ends a sentence, the next
    /// line is indented or opens a list item, or the text is wrapped prose, where a short line is a choice.
    static func endsParagraph(_ line: Line, before next: Line, width: Int) -> Bool {
        endsSentence(line) || next.indent > line.indent || width >= narrowestWrapWidth
    }

    static func endsSentence(_ line: Line) -> Bool {
        SentenceRules.terminators.contains(line.lastScalar)
    }

    /// The width the text was wrapped to: the length that nine in ten lines continuing into another line do
    /// not exceed (lines longer than ``longestWrapWidth`` left out), or 0 when no line continues.
    static func wrapWidth(of lines: [Line]) -> Int {
        // Lengths are bounded, so a histogram gives the percentile without sorting.
        var counts = [Int](repeating: 0, count: longestWrapWidth + 1)
        var total = 0
        for index in lines.indices.dropLast() where !lines[index].isBlank && !lines[index + 1].isBlank {
            guard lines[index].length <= longestWrapWidth else { continue }
            counts[lines[index].length] += 1
            total += 1
        }
        guard total > 0 else { return 0 }
        var longer = 0
        for length in counts.indices.reversed() {
            longer += counts[length]
            if longer > total / 10 { return length }
        }
        return 0
    }

    /// The last character of a line that is not a closing mark or bracket, read backwards from its last
    /// visible character (once per line, so the per-byte loop tests no set).
    static func lastSignificantScalar(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, through last: Int) -> Unicode.Scalar {
        // Most lines end in a letter, a digit or ASCII punctuation that closes nothing.
        let byte = bytes[last]
        if byte < 0x80 && !SentenceRules.isASCIICloser(byte) {
            return Unicode.Scalar(byte)
        }
        var offset = last
        while offset >= start {
            while offset > start && TextBytes.isContinuation(bytes[offset]) { offset -= 1 }
            let scalar = TextBytes.scalar(at: offset, in: bytes).0
            if TextBytes.isSpace(scalar) { return " " }
            if !SentenceRules.closers.contains(scalar) { return scalar }
            offset -= 1
        }
        return " "
    }

    /// The first character of a word that is no opening quote mark or bracket.
    private static func firstLetter(from start: Int, to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var offset = start
        while offset < end {
            let (scalar, length) = bytes[offset] < 0x80 ? (Unicode.Scalar(bytes[offset]), 1) : TextBytes.scalar(at: offset, in: bytes)
            guard SentenceRules.openers.contains(scalar) else { return scalar }
            offset += length
        }
        return " "
    }

    /// The text's lines. Each is found with one tight scan for its line feed; its measures are then read at
    /// its two ends (indent, first word, last visible character), and its length counts characters only
    /// when the line holds non-ASCII bytes.
    static func lines(in bytes: UnsafeBufferPointer<UInt8>) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 64 + 1)
        let textIsASCII = TextBytes.isASCII(bytes)
        var offset = 0
        while offset <= bytes.count {
            let start = offset
            var isASCII = true
            if textIsASCII, let base = bytes.baseAddress, offset < bytes.count,
               let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            } else if textIsASCII {
                offset = bytes.count
            } else {
                while offset < bytes.count && bytes[offset] != 0x0A {
                    isASCII = isASCII && bytes[offset] < 0x80
                    offset += 1
                }
            }
            var end = offset
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(line(start..<end, in: bytes, isASCII: isASCII))
            offset += 1
        }
        return lines
    }

    private static func line(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> Line {
        var line = Line(start: range.lowerBound, breakOffset: range.upperBound)
        func characters(_ range: Range<Int>) -> Int {
            isASCII ? range.count : range.reduce(0) { $0 + (TextBytes.isContinuation(bytes[$1]) ? 0 : 1) }
        }
        func isSpace(at offset: Int) -> Bool {
            let byte = bytes[offset]
            return byte < 0x80 ? byte == 0x20 || byte == 0x09 : TextBytes.isSpace(TextBytes.scalar(at: offset, in: bytes).0)
        }
        func next(_ offset: Int) -> Int { bytes[offset] < 0x80 ? offset + 1 : offset + TextBytes.scalar(at: offset, in: bytes).1 }
        var first = range.lowerBound
        while first < range.upperBound && isSpace(at: first) { first = next(first) }
        guard first < range.upperBound else { return line }
        var last = TextBytes.previousScalarStart(before: range.upperBound, in: bytes)
        while last > first && isSpace(at: last) { last = TextBytes.previousScalarStart(before: last, in: bytes) }
        var wordEnd = first
        while wordEnd < range.upperBound && !isSpace(at: wordEnd) { wordEnd = next(wordEnd) }

        let firstByte = bytes[first]
        let firstScalar = firstByte < 0x80 ? Unicode.Scalar(firstByte) : TextBytes.scalar(at: first, in: bytes).0
        line.indent = characters(range.lowerBound..<first)
        line.length = characters(range.lowerBound..<next(last))
        line.firstWordLength = characters(first..<wordEnd)
        line.firstScalar = firstScalar
        line.opensLowercase = firstLetter(from: first, to: wordEnd, in: bytes).properties.isLowercase
        line.lastScalar = lastSignificantScalar(in: bytes, from: first, through: last)
        line.speakerLabel = firstByte >= UInt8(ascii: "A") && firstByte <= UInt8(ascii: "Z")
            && opensWithSpeakerLabel(bytes, from: first, to: range.upperBound)
        // Most lines open with a letter: only other lines can open a list item.
        if !TextBytes.isASCIILetter(firstByte) || (wordEnd - first <= 2 && wordEnd < range.upperBound) {
            line.bullet = SentenceRules.bullets.contains(firstScalar)
                || (plainBullets.contains(firstScalar) && first + 1 < bytes.count && bytes[first + 1] == UInt8(ascii: " "))
            line.listOrdinal = ListMarker.parse(at: first, in: bytes)?.ordinal
        }
        return line
    }
}
