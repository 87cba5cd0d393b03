/// Finds paragraphs and sentences: ICU's sentence boundaries, then English news post-rules that add the
/// boundaries ICU misses and drop the ones it gets wrong (see ``SentenceRules``). Single line breaks that only
/// wrap a paragraph (see ``LineLayout``) are read as spaces, in a copy of the text of the same length, so
/// offsets stay those of the input.
struct SentenceSplitter {
    let locale: String
    var lineBreaks: Segmenter.LineBreaks = .infer

    func paragraphsAndSentences(
        in text: UnsafeBufferPointer<UInt8>
    ) throws(SegmentationError) -> ([Paragraph], [Sentence]) {
        guard lineBreaks == .infer else { return try paragraphsAndSentences(in: text, paragraphEnds: []) }
        let layout = LineLayout(bytes: text)
        guard !layout.softBreaks.isEmpty else {
            return try paragraphsAndSentences(in: text, paragraphEnds: layout.paragraphEnds)
        }
        var unwrapped = Array(text)
        for offset in layout.softBreaks { unwrapped[offset] = UInt8(ascii: " ") }
        return try unwrapped.withUnsafeBufferPointer { bytes throws(SegmentationError) in
            try paragraphsAndSentences(in: bytes, paragraphEnds: layout.paragraphEnds)
        }
    }

    private func paragraphsAndSentences(
        in bytes: UnsafeBufferPointer<UInt8>, paragraphEnds: [Int]
    ) throws(SegmentationError) -> ([Paragraph], [Sentence]) {
        var paragraphs: [Paragraph] = []
        var sentences: [Sentence] = []
        sentences.reserveCapacity(bytes.count / 80)
        var paragraphCursor = ScalarCursor(bytes)
        var sentenceCursor = ScalarCursor(bytes)
        var icuBoundaries: [Int] = []
        var forced: [Int] = []
        try BreakIteratorPool.shared.withIterator(.sentence, locale: locale) { iterator throws(SegmentationError) in
            for paragraph in Self.paragraphRanges(in: bytes, breakingAt: paragraphEnds) {
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

    /// Paragraphs are separated by lines that hold nothing but whitespace, and end at `extraEnds` (sorted
    /// line starts); the ranges are trimmed.
    static func paragraphRanges(in bytes: UnsafeBufferPointer<UInt8>, breakingAt extraEnds: [Int] = []) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var paragraphStart = 0
        var lineStart = 0
        var lineIsBlank = true
        var offset = 0
        var nextExtraEnd = extraEnds.startIndex
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
                if nextExtraEnd < extraEnds.endIndex && extraEnds[nextExtraEnd] == offset {
                    nextExtraEnd += 1
                    closeParagraph(at: offset)
                    paragraphStart = offset
                }
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
