/// ICU's word segmentation, restated for text that is entirely ASCII, so short texts (a line, a tweet) are
/// tokenized without a trip through ICU. It gives the same tokens and kinds as ``Tokenizer``'s ICU path; a test
/// compares the two on random ASCII text.
///
/// Only non-space segments matter (whitespace is not a token), so the rules reduce to UAX #29's word rules as
/// ICU's root locale tailors them: letters, digits and `_` join (WB5, WB8–WB10, WB13a/b); `.` and `'` join two
/// letters or two digits (WB6/7, WB11/12); `,` and `;` join two digits only; ICU removes `:` from MidLetter,
/// so it joins nothing, and counts `@` as a letter (for handles and addresses). Every other ASCII character is a
/// segment of its own.
enum ASCIIWords {
    private enum Class: UInt8 {
        case letter, digit, underscore, midNumLet, midNum, space, other
    }

    private static func classify(_ byte: UInt8) -> Class {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "@"): .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: "_"): .underscore
        case UInt8(ascii: "."), UInt8(ascii: "'"): .midNumLet
        case UInt8(ascii: ","), UInt8(ascii: ";"): .midNum
        case 0...0x20, 0x7F: .space
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

    /// Appends the tokens of `bytes`, which must all be below 0x80.
    static func appendTokens(in bytes: UnsafeBufferPointer<UInt8>, to tokens: inout [Token]) {
        forEachToken(in: bytes) { tokens.append($0) }
    }

    /// Calls `body` with each token of `bytes`, which must all be below 0x80, in order.
    @inline(__always)
    static func forEachToken(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Token) -> Void) {
        forEachSegment(in: bytes) { start, end, kind in body(Token(kind: kind, asciiRange: start..<end)) }
    }

    /// Calls `body` with each token's byte range and kind, without building tokens.
    @inline(__always)
    static func forEachSegment(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Token.Kind) -> Void) {
        let singleKinds = Tokenizer.singleASCIIKinds
        var offset = 0
        while offset < bytes.count {
            let start = offset
            switch classify(bytes[offset]) {
            case .space:
                offset += 1
                continue
            case .letter, .digit, .underscore:
                var endsInDigit = false
                offset = wordEnd(from: start, in: bytes, endsInDigit: &endsInDigit)
                let single = offset - start == 1
                // ICU's status for a longer segment comes from the rule for its last two characters: ending in a
                // digit, or a digit and `_`, is a number (`a1b2`, `12_34`, `1_`); anything else is letters
                // (`9a`, `__`, `9__`).
                let kind: Token.Kind? = single ? singleKinds[Int(bytes[start])] : endsInDigit ? .number : .word
                if let kind { body(start, offset, kind) }
            case .midNumLet, .midNum, .other:
                offset += 1
                if let kind = singleKinds[Int(bytes[start])] { body(start, offset, kind) }
            }
        }
    }

    /// The end of the word segment starting at `start` (a letter, digit or underscore).
    private static func wordEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>, endsInDigit: inout Bool) -> Int {
        var offset = start
        while true {
            offset = runEnd(from: offset, in: bytes)
            // The run's last character decides both the joins below and ICU's status for the segment.
            let last = classify(bytes[offset - 1])
            endsInDigit = last == .digit || (last == .underscore && offset - start >= 2 && classify(bytes[offset - 2]) == .digit)
            guard offset + 1 < bytes.count else { return offset }
            let next = classify(bytes[offset])
            guard next == .midNumLet || next == .midNum else { return offset }
            // A separator joins only between two letters (`.` and `'`) or two digits (also `,` and `;`).
            let after = classify(bytes[offset + 1])
            let joinsLetters = next == .midNumLet && last == .letter && after == .letter
            let joinsDigits = last == .digit && after == .digit
            guard joinsLetters || joinsDigits else { return offset }
            offset += 1
        }
    }

    /// The end of the run of letters, digits, `_` and `@` that starts at `start` (which is one of them), found
    /// eight bytes at a time while the text has eight more bytes.
    @inline(__always)
    private static func runEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = start + 1
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
            let stops = ~ASCIIWord.wordCharacterMask(word) & ASCIIWord.highBits
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
