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
        var lineStart = utf8.startIndex
        var number = 1
        func take(_ end: String.Index) {
            var line = text[lineStart..<end]
            if line.utf8.last == 0x0D { line = text[lineStart..<utf8.index(before: end)] }
            let blank = line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if !blank && !(comments && line.utf8.first == UInt8(ascii: "#")) { lines.append((number, line)) }
        }
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == 0x0A {
                take(index)
                number += 1
                lineStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if lineStart < utf8.endIndex { take(utf8.endIndex) }
        return lines
    }
}
