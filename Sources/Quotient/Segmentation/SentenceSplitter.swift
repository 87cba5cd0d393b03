/// Finds paragraphs and sentences: ICU's sentence boundaries, then English news post-rules that add the
/// boundaries ICU misses and drop the ones it gets wrong (see ``SentenceRules``).
struct SentenceSplitter {
    let locale: String

    func paragraphsAndSentences(
        in bytes: UnsafeBufferPointer<UInt8>
    ) throws(SegmentationError) -> ([Paragraph], [Sentence]) {
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        sentences.reserveCapacity(bytes.count / 80)
        var paragraphCursor = ScalarCursor(bytes)
        var sentenceCursor = ScalarCursor(bytes)
        var icuBoundaries: [Int] = []
        var forced: [Int] = []
        try BreakIteratorPool.shared.withIterator(.sentence, locale: locale) { iterator throws(SegmentationError) in
            for paragraph in Self.paragraphRanges(in: bytes) {
                let first = sentences.count
                let slice = UnsafeBufferPointer(rebasing: bytes[paragraph])
                icuBoundaries.removeAll(keepingCapacity: true)
                icuBoundaries.append(0)
                try iterator.forEachBoundary(in: slice) { icuBoundaries.append($0) }
                SentenceRules(bytes: slice).apply(to: icuBoundaries, forced: &forced) { range in
                    let trimmed = TextBytes.trimmed(range, in: slice)
                    guard !trimmed.isEmpty else { return }
                    let absolute = (trimmed.lowerBound + paragraph.lowerBound)..<(trimmed.upperBound + paragraph.lowerBound)
                    sentences.append(Sentence(span: sentenceCursor.span(absolute), tokens: 0..<0, paragraph: paragraphs.count))
                }
                paragraphs.append(Paragraph(span: paragraphCursor.span(paragraph), sentences: first..<sentences.count))
            }
        }
        return (paragraphs, sentences)
    }

    /// Paragraphs are separated by lines that hold nothing but whitespace; the ranges are trimmed.
    static func paragraphRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var paragraphStart = 0
        var lineStart = 0
        var lineIsBlank = true
        var offset = 0
        func closeParagraph(at end: Int) {
            let range = TextBytes.trimmed(paragraphStart..<end, in: bytes)
            if !range.isEmpty { paragraphs.append(range) }
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0x0A {
                if lineIsBlank && lineStart > paragraphStart {
                    closeParagraph(at: lineStart)
                    paragraphStart = offset + 1
                } else if lineIsBlank {
                    paragraphStart = offset + 1
                }
                lineStart = offset + 1
                lineIsBlank = true
                offset += 1
                continue
            }
            if lineIsBlank {
                let (scalar, length) = TextBytes.scalar(at: offset, in: bytes)
                if !TextBytes.isSpace(scalar) { lineIsBlank = false }
                offset += length
            } else {
                offset += 1
            }
        }
        closeParagraph(at: bytes.count)
        return paragraphs
    }
}
