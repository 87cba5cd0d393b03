/// ICU's word segmentation, restated for text that is ASCII but for the few marks news and speech text is full
/// of (curly quotes and apostrophes, dashes, the ellipsis, the no-break space), so short texts (a line, a tweet)
/// and most articles are tokenized without a trip through ICU. It gives the same tokens, kinds and offsets as
/// ``Tokenizer``'s ICU path; a test compares the two on random text.
///
/// Only non-space segments matter (whitespace is not a token), so the rules reduce to UAX #29's word rules as
/// ICU's root locale tailors them: letters, digits and `_` join (WB5, WB8–WB10, WB13a/b); `.`, `'`, `‘` and `’`
/// join two letters or two digits (WB6/7, WB11/12: `'` is Single_Quote, the others MidNumLet); `,` and `;` join
/// two digits only; ICU removes `:` from MidLetter, so it joins nothing, and counts `@` as a letter (for handles
/// and addresses). Every other character is a segment of its own; the no-break space is one that is not a token.
enum ASCIIWords {
    private enum Class: UInt8 {
        case letter, digit, underscore, midNumLet, midNum, space, other, nonASCII
    }

    private static func classify(_ byte: UInt8) -> Class {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "@"): .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: "_"): .underscore
        case UInt8(ascii: "."), UInt8(ascii: "'"): .midNumLet
        case UInt8(ascii: ","), UInt8(ascii: ";"): .midNum
        case 0...0x20, 0x7F: .space
        case 0x80...: .nonASCII
        default: .other
        }
    }

    /// Whether an ASCII byte continues a word: a letter, a digit, `_` or `@`.
    static func isWordCharacter(_ byte: UInt8) -> Bool {
        switch classify(byte) {
        case .letter, .digit, .underscore: true
        default: false
        }
    }

    // MARK: The marks beyond ASCII

    /// The length of the mark beyond ASCII at `offset`, when it is one this type handles: U+00A0, or one of
    /// U+2013 U+2014 U+2018 U+2019 U+201C U+201D U+2026 (`E2 80 xx`); 0 for any other.
    @inline(__always)
    private static func markLength(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let lead = bytes[offset]
        if lead == 0xC2 { return offset + 1 < bytes.count && bytes[offset + 1] == 0xA0 ? 2 : 0 }
        guard lead == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80 else { return 0 }
        switch bytes[offset + 2] {
        case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: return 3
        default: return 0
        }
    }

    /// Whether the mark at `offset` (see ``markLength(at:in:)``) is `‘` or `’`, which join as `'` does.
    @inline(__always)
    private static func isQuoteJoiner(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[offset] == 0xE2 && (bytes[offset + 2] == 0x98 || bytes[offset + 2] == 0x99)
    }

    /// Whether every character beyond ASCII in `bytes` is one of the marks this type handles. Eight ASCII bytes
    /// are skipped at a time.
    static func handles(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            if offset + 8 <= bytes.count
                && UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) & ASCIIWord.highBits == 0 {
                offset += 8
                continue
            }
            if bytes[offset] < 0x80 {
                offset += 1
                continue
            }
            let length = markLength(at: offset, in: bytes)
            guard length > 0 else { return false }
            offset += length
        }
        return true
    }

    // MARK: Segments

    /// Appends the tokens of `bytes`, which ``handles(_:)`` must accept.
    static func appendTokens(in bytes: UnsafeBufferPointer<UInt8>, to tokens: inout [Token]) {
        forEachToken(in: bytes) { tokens.append($0) }
    }

    /// Calls `body` with each token of `bytes`, which ``handles(_:)`` must accept, in order.
    @inline(__always)
    static func forEachToken(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Token) -> Void) {
        forEachSegment(in: bytes) { utf8, scalars, kind in
            body(Token(kind: kind, span: TextSpan(utf8: utf8, scalars: scalars)))
        }
    }

    /// Calls `body` with each token's byte range, code-point range and kind, without building tokens; `bytes`
    /// must be accepted by ``handles(_:)``.
    @inline(__always)
    static func forEachSegment(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, Range<Int>, Token.Kind) -> Void) {
        let singleKinds = Tokenizer.singleASCIIKinds
        var offset = 0
        // Bytes past the first of each character so far: a code point's offset is its byte offset less these.
        var extra = 0
        while offset < bytes.count {
            let start = offset
            let scalarStart = offset - extra
            switch classify(bytes[offset]) {
            case .space:
                offset += 1
            case .letter, .digit, .underscore:
                var endsInDigit = false
                offset = wordEnd(from: start, in: bytes, endsInDigit: &endsInDigit, extra: &extra)
                let single = offset - start == 1
                // ICU's status for a longer segment comes from the rule for its last two characters: ending in a
                // digit, or a digit and `_`, is a number (`a1b2`, `12_34`, `1_`); anything else is letters
                // (`9a`, `__`, `9__`).
                let kind: Token.Kind? = single ? singleKinds[Int(bytes[start])] : endsInDigit ? .number : .word
                if let kind { body(start..<offset, scalarStart..<(offset - extra), kind) }
            case .midNumLet, .midNum, .other:
                offset += 1
                if let kind = singleKinds[Int(bytes[start])] { body(start..<offset, scalarStart..<(scalarStart + 1), kind) }
            case .nonASCII:
                let length = markLength(at: offset, in: bytes)
                precondition(length > 0, "ASCIIWords given a character it does not handle")
                offset += length
                extra += length - 1
                // The no-break space is whitespace to ICU's caller; the other marks are punctuation.
                if length == 3 { body(start..<offset, scalarStart..<(scalarStart + 1), .punctuation) }
            }
        }
    }

    /// The end of the word segment starting at `start` (a letter, digit or underscore); `extra` grows by the
    /// bytes past the first of each curly apostrophe the word takes in.
    private static func wordEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>, endsInDigit: inout Bool, extra: inout Int) -> Int {
        var offset = start
        while true {
            offset = runEnd(from: offset, in: bytes)
            // The run's last character decides both the joins below and ICU's status for the segment.
            let last = classify(bytes[offset - 1])
            endsInDigit = last == .digit || (last == .underscore && offset - start >= 2 && classify(bytes[offset - 2]) == .digit)
            guard offset + 1 < bytes.count else { return offset }
            var next = classify(bytes[offset])
            var length = 1
            if next == .nonASCII {
                guard markLength(at: offset, in: bytes) == 3 && isQuoteJoiner(at: offset, in: bytes) else { return offset }
                (next, length) = (.midNumLet, 3)
            }
            guard next == .midNumLet || next == .midNum, offset + length < bytes.count else { return offset }
            // A separator joins only between two letters (`.` and the apostrophes) or two digits (also `,` and `;`).
            let after = classify(bytes[offset + length])
            let joinsLetters = next == .midNumLet && last == .letter && after == .letter
            let joinsDigits = last == .digit && after == .digit
            guard joinsLetters || joinsDigits else { return offset }
            offset += length
            extra += length - 1
        }
    }

    /// The end of the run of letters, digits, `_` and `@` that starts at `start` (which is one of them), found
    /// eight bytes at a time while the text has eight more bytes.
    @inline(__always)
    private static func runEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = start + 1
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
            // A byte above 0x7F stops the run; the masks are exact only below the first such byte (their sums
            // carry upward from it), and that is where the lowest stop lies.
            let stops = (~ASCIIWord.wordCharacterMask(word) | word) & ASCIIWord.highBits
            if stops != 0 { return offset + stops.trailingZeroBitCount / 8 }
            offset += 8
        }
        while offset < bytes.count {
            switch classify(bytes[offset]) {
            case .letter, .digit, .underscore: offset += 1
            default: return offset
            }
        }
        return offset
    }
}
