/// The text of a lexicon file and the name used in error messages.
public struct LexiconSource: Sendable {
    /// A path or a bundled name such as `lexicons/vader_lexicon.txt`.
    public var name: String
    /// The file's text.
    public var text: String

    /// Creates a source from text already in memory.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// Reads a file, rejecting invalid UTF-8 with the line it occurs on.
    public init(contentsOf path: String) throws(LexiconError) {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            throw LexiconError(file: path, line: 0, reason: "cannot read: \(error)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = FileBytes.lineOfFirstInvalidUTF8(bytes)
            throw LexiconError(file: path, line: line, reason: "not valid UTF-8")
        }
        self.init(name: path, text: text)
    }

    /// A lexicon compiled into the library from the package's `lexicons/` folder.
    public static func bundled(_ relativePath: String) -> LexiconSource? {
        guard let entry = EmbeddedLexicons.files.first(where: { $0.path == relativePath }), let text = entry.text
        else { return nil }
        return LexiconSource(name: "lexicons/" + relativePath, text: text)
    }

    /// Bundled lexicon paths under a folder of `lexicons/`, e.g. `stance/`.
    static func bundledPaths(under folder: String) -> [String] {
        EmbeddedLexicons.files.map(\.path).filter { $0.hasPrefix(folder) }.sorted()
    }

    /// The lines split on `\n` only, numbered from 1, with a trailing `\r` removed, skipping blank lines and
    /// (when `comments` is true) lines starting with `#`.
    func contentLines(comments: Bool = true) -> [(number: Int, text: Substring)] {
        var lines: [(Int, Substring)] = []
        let utf8 = text.utf8
        forEachContentLine(comments: comments) { number, range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            lines.append((number, Substring(utf8[start..<end])))
        }
        return lines
    }

    /// The same lines as ``contentLines(comments:)``, as byte ranges: the loaders of large tables read them
    /// without building a string per line, which kept start-up slow.
    func withContentLines<E: Error>(
        comments: Bool = true, _ body: (_ number: Int, _ line: UnsafeBufferPointer<UInt8>) throws(E) -> Void
    ) throws(E) {
        var text = text
        var failure: E?
        text.withUTF8 { bytes in
            Self.lineRanges(of: bytes, comments: comments) { number, range in
                guard failure == nil else { return }
                do throws(E) {
                    try body(number, UnsafeBufferPointer(rebasing: bytes[range]))
                } catch {
                    failure = error
                }
            }
        }
        if let failure { throw failure }
    }

    /// The bytes without leading and trailing spaces, tabs and carriage returns.
    static func trimmingSpaces(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
        let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
        let end = bytes[start...].lastIndex { !isSpace($0) }.map { $0 + 1 } ?? start
        return bytes[start..<end]
    }

    /// A number as Swift's `Double(_:)` reads it. A plain decimal ("-1.5", "2", "0.25") with at most 15
    /// digits is one exact integer divided by an exact power of ten, which IEEE division rounds correctly, so
    /// the result is the same double without building a string; anything else goes to `Double(_:)`.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative || bytes.first == UInt8(ascii: "+") { index = 1 }
        var digits: Int64 = 0
        var count = 0
        var decimals = 0
        var seenPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits = digits * 10 + Int64(byte - UInt8(ascii: "0"))
                count += 1
                if seenPoint { decimals += 1 }
            } else {
                break
            }
            index += 1
        }
        guard index == bytes.count, count > 0, count <= 15 else { return Double(String(decoding: bytes, as: UTF8.self)) }
        let magnitude = Double(digits) / Self.powersOfTen[decimals]
        return negative ? -magnitude : magnitude
    }

    private static let powersOfTen: [Double] = (0...15).map { power in (0..<power).reduce(1.0) { value, _ in value * 10 } }

    static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        trimmingSpaces(bytes[...])
    }

    private func forEachContentLine(comments: Bool, _ body: (Int, Range<Int>) -> Void) {
        var text = text
        text.withUTF8 { Self.lineRanges(of: $0, comments: comments, body) }
    }

    private static func lineRanges(of bytes: UnsafeBufferPointer<UInt8>, comments: Bool, _ body: (Int, Range<Int>) -> Void) {
        var lineStart = 0
        var number = 1
        func take(_ end: Int) {
            let end = end > lineStart && bytes[end - 1] == 0x0D ? end - 1 : end
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
            let blank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if !blank && !(comments && line.first == UInt8(ascii: "#")) { body(number, lineStart..<end) }
        }
        for index in 0..<bytes.count where bytes[index] == 0x0A {
            take(index)
            number += 1
            lineStart = index + 1
        }
        if lineStart < bytes.count { take(bytes.count) }
    }
}

extension Substring {
    /// The parts between `separator` bytes (a tab unless given), found on the UTF-8 bytes: `split(separator:)`
    /// walks `Character`s, grapheme by grapheme, which made reading the lexicons a large part of start-up.
    func fields(separatedBy separator: UInt8 = 0x09, omittingEmpty: Bool = false) -> [Substring] {
        var parts: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == separator {
                if !(omittingEmpty && start == index) { parts.append(self[start..<index]) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if !(omittingEmpty && start == bytes.endIndex) { parts.append(self[start..<bytes.endIndex]) }
        return parts
    }
}
