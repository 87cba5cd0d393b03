/// Word tokens from ICU's word break iterator, with kinds from its rule status.
enum Tokenizer {
    /// Kinds of one-character ASCII segments, letters and digits included.
    static let singleASCIIKinds: [Token.Kind?] = (0..<128).map { value in
        let byte = UInt8(value)
        if TextBytes.isASCIILetter(byte) { return .word }
        if TextBytes.isASCIIDigit(byte) { return .number }
        return asciiKinds[value]
    }

    /// Kinds of ASCII characters that ICU leaves without a word status; nil for whitespace and controls.
    static let asciiKinds: [Token.Kind?] = (0..<128).map { value in
        let scalar = Unicode.Scalar(UInt8(value))
        if value <= 0x20 || value == 0x7F { return nil }
        if "!\"#%&'()*,-./:;?@[\\]_{}".unicodeScalars.contains(scalar) { return .punctuation }
        if scalar.properties.numericType != nil { return .number }
        if scalar.properties.isAlphabetic { return .word }
        return .symbol
    }

    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) throws(SegmentationError) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        try appendTokens(in: bytes, to: &tokens)
        return tokens
    }

    /// Appends the tokens of `bytes` to `tokens`, so callers can reuse one array across texts. ASCII text, and
    /// text whose only other characters are curly quotes, dashes and the like, takes ``ASCIIWords``, which gives
    /// ICU's tokens without ICU's rule engine and call overhead.
    static func appendTokens(in bytes: UnsafeBufferPointer<UInt8>, to tokens: inout [Token]) throws(SegmentationError) {
        if takesFastPath(bytes) {
            ASCIIWords.appendTokens(in: bytes, to: &tokens)
        } else {
            try appendTokensWithICU(in: bytes, to: &tokens)
        }
    }

    /// Whether ``ASCIIWords`` tokenizes `bytes`: ASCII but for the marks it handles (pass `isASCII` when it is
    /// already known), and short enough for 32-bit token offsets.
    static func takesFastPath(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool? = nil) -> Bool {
        bytes.count < Int(UInt32.max) && (isASCII == true || ASCIIWords.handles(bytes))
    }

    static func appendTokensWithICU(in bytes: UnsafeBufferPointer<UInt8>, to tokens: inout [Token]) throws(SegmentationError) {
        try BreakIteratorPool.shared.withIterator(.word, locale: "en") { iterator throws(SegmentationError) in
            try appendTokens(in: bytes, to: &tokens, iterator: iterator)
        }
    }

    /// The same with a word iterator the caller owns (a scorer keeps one, which spares short texts the pool's
    /// lock and lookup).
    static func appendTokens(in bytes: UnsafeBufferPointer<UInt8>, to tokens: inout [Token], iterator: BreakIterator) throws(SegmentationError) {
        var cursor = ScalarCursor(bytes)
        var start = 0
        try iterator.forEachBoundary(in: bytes) { end in
            defer { start = end }
            // A one-byte segment's kind follows from the byte; only longer ones need ICU's rule status.
            let kind = end - start == 1 && bytes[start] < 0x80
                ? singleASCIIKinds[Int(bytes[start])]
                : kind(of: start..<end, status: iterator.ruleStatus, in: bytes)
            guard let kind else { return }
            tokens.append(Token(kind: kind, span: cursor.span(start..<end)))
        }
    }

    /// The token kind, or nil for whitespace (which is not a token).
    static func kind(of range: Range<Int>, status: Int32, in bytes: UnsafeBufferPointer<UInt8>) -> Token.Kind? {
        if BreakIterator.WordStatus.isNumber(status) { return .number }
        if BreakIterator.WordStatus.isLetters(status) { return .word }
        let lead = bytes[range.lowerBound]
        if lead < 0x80 { return asciiKinds[Int(lead)] }
        let (scalar, _) = TextBytes.scalar(at: range.lowerBound, in: bytes)
        if TextBytes.isSpace(scalar) { return nil }
        // Curly quotes, dashes and other General Punctuation are by far the most common non-ASCII marks.
        if (0x2010...0x2027).contains(scalar.value) || (0x2030...0x205E).contains(scalar.value) { return .punctuation }
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
