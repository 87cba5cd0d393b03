/// Quotations inside a quote ("He told me, ‘We will never give up,’ and I believed him"): the words are the
/// embedded speaker's, so they are no evidence of the outer speaker's stance.
enum EmbeddedQuotation {
    /// UTF-8 ranges, within `range` of `text`, of the words between single quote marks, `‘…’` or `'…'`, whose
    /// marks stand at word edges (an apostrophe inside a word, as in "don't", is no mark).
    static func ranges(in range: Range<Int>, of text: String) -> [Range<Int>] {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        // Most quotes hold no single mark at all: `'` or the last byte of `‘` (E2 80 98).
        guard utf8[start..<end].contains(where: { $0 == 0x27 || $0 == 0x98 }) else { return [] }
        let scalars = Array(text.unicodeScalars[start..<end])
        func isWordCharacter(_ index: Int) -> Bool {
            guard scalars.indices.contains(index) else { return false }
            return scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil
        }
        var found: [Range<Int>] = []
        var open: (offset: Int, closing: Unicode.Scalar)?
        var offset = range.lowerBound
        for (index, scalar) in scalars.enumerated() {
            if open == nil, scalar == "‘" || scalar == "'", !isWordCharacter(index - 1), isWordCharacter(index + 1) {
                open = (offset + scalar.utf8.count, scalar == "‘" ? "’" : "'")
            } else if let opened = open, scalar == opened.closing, index > 0, !scalars[index - 1].properties.isWhitespace,
                      !isWordCharacter(index + 1) {
                found.append(opened.offset..<offset)
                open = nil
            }
            offset += scalar.utf8.count
        }
        return found
    }
}
