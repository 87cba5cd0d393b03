/// VADER's emoji descriptions (`emoji_utf8_lexicon.txt`), read on first use: most texts have no character
/// outside ASCII, and a run that never meets one should not pay for 3,500 lines at start-up.
struct EmojiTable: Sendable {
    /// Code point → description, as UTF-8.
    let descriptions: [UInt32: [UInt8]]
    /// Code points below U+3000 that are keys, so most lookups need no hashing.
    private let lowKeys: [Bool]

    static let bundled: EmojiTable = {
        do {
            return try EmojiTable(LexiconSource.bundled("emoji_utf8_lexicon.txt")!)
        } catch {
            fatalError("bundled emoji lexicon is invalid: \(error)")
        }
    }()

    /// Reads `EMOJI<TAB>DESCRIPTION` lines. Only single-code-point keys can ever match, because VADER scans
    /// text one code point at a time; the others are skipped.
    init(_ source: LexiconSource) throws(LexiconError) {
        var descriptions: [UInt32: [UInt8]] = [:]
        var lowKeys = Array(repeating: false, count: 0x3000)
        try source.withContentLines(comments: false) { (number, line) throws(LexiconError) in
            guard let tab = line.firstIndex(of: 0x09) else {
                throw LexiconError(file: source.name, line: number, reason: "expected EMOJI<TAB>DESCRIPTION")
            }
            let key = LexiconSource.trimmingSpaces(line[..<tab])
            guard !key.isEmpty else { return }
            let (scalar, length) = TextBytes.scalar(at: key.startIndex, in: line)
            guard key.startIndex + length == key.endIndex else { return }
            let fieldEnd = line[(tab + 1)...].firstIndex(of: 0x09) ?? line.endIndex
            descriptions[scalar.value] = Array(LexiconSource.trimmingSpaces(line[(tab + 1)..<fieldEnd]))
            if scalar.value < 0x3000 { lowKeys[Int(scalar.value)] = true }
        }
        self.descriptions = descriptions
        self.lowKeys = lowKeys
    }

    @inline(__always)
    func isKey(_ value: UInt32) -> Bool {
        value < 0x3000 ? lowKeys[Int(value)] : descriptions[value] != nil
    }
}
