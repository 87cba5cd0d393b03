/// Word tokens from ICU's word break iterator, with kinds from its rule status.
enum Tokenizer {
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) throws(SegmentationError) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var cursor = ScalarCursor(bytes)
        var start = 0
        try BreakIteratorPool.shared.withIterator(.word, locale: "en") { iterator throws(SegmentationError) in
            try iterator.forEachBoundary(in: bytes) { end, status in
                defer { start = end }
                guard let kind = kind(of: start..<end, status: status, in: bytes) else { return }
                tokens.append(Token(kind: kind, span: cursor.span(start..<end)))
            }
        }
        return tokens
    }

    /// The token kind, or nil for whitespace (which is not a token).
    static func kind(of range: Range<Int>, status: Int32, in bytes: UnsafeBufferPointer<UInt8>) -> Token.Kind? {
        if BreakIterator.WordStatus.isNumber(status) { return .number }
        if BreakIterator.WordStatus.isLetters(status) { return .word }
        let (scalar, _) = TextBytes.scalar(at: range.lowerBound, in: bytes)
        if TextBytes.isSpace(scalar) { return nil }
        let properties = scalar.properties
        if scalar.value > 0xFF && (properties.isEmojiPresentation || properties.isEmoji) {
            return .emoji
        }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark:
            return .word
        case .decimalNumber, .letterNumber, .otherNumber:
            return .number
        default:
            return .symbol
        }
    }
}
