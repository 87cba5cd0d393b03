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
