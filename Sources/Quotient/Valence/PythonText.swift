/// Python `str` semantics that VADER's results depend on, over UTF-8 bytes.
enum PythonText {
    /// Python's `str.isspace()` set, which `str.split()` and `str.strip()` use. Unlike Unicode's White_Space it
    /// includes U+001C–U+001F; zero-width space (U+200B) is not in it.
    static func isWhitespace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// `text.strip()`.
    static func stripped(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = 0
        var upper = bytes.count
        while lower < upper {
            let (scalar, length) = TextBytes.scalar(at: lower, in: bytes)
            guard isWhitespace(scalar.value) else { break }
            lower += length
        }
        while upper > lower {
            let start = TextBytes.previousScalarStart(before: upper, in: bytes)
            guard isWhitespace(TextBytes.scalar(at: start, in: bytes).0.value) else { break }
            upper = start
        }
        return lower..<upper
    }

    /// 1 for Python whitespace, 2 for `!`, 3 for `?`, 0 otherwise.
    private static let asciiKinds: [UInt8] = (0..<128).map { value in
        if (0x09...0x0D).contains(value) || (0x1C...0x20).contains(value) { return 1 }
        return value == 0x21 ? 2 : value == 0x3F ? 3 : 0
    }

    /// `text.split()` within `range`, counting `!` and `?` on the way (VADER's punctuation emphasis reads
    /// them over the same text), so the text is read once.
    @discardableResult
    static func forEachWhitespaceSeparated(
        _ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, _ body: (Range<Int>) -> Void
    ) -> (exclamations: Int, questions: Int) {
        var offset = range.lowerBound
        var tokenStart = -1
        var exclamations = 0
        var questions = 0
        while offset < range.upperBound {
            let byte = bytes[offset]
            let length: Int
            let space: Bool
            if byte < 0x80 {
                length = 1
                let kind = asciiKinds[Int(byte)]
                space = kind == 1
                if kind > 1 { if kind == 2 { exclamations += 1 } else { questions += 1 } }
            } else {
                let (scalar, scalarLength) = TextBytes.scalar(at: offset, in: bytes)
                length = scalarLength
                space = isWhitespace(scalar.value)
            }
            if space {
                if tokenStart >= 0 { body(tokenStart..<offset) }
                tokenStart = -1
            } else if tokenStart < 0 {
                tokenStart = offset
            }
            offset += length
        }
        if tokenStart >= 0 { body(tokenStart..<range.upperBound) }
        return (exclamations, questions)
    }

    /// ASCII `string.punctuation`.
    @inline(__always)
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
            || (byte >= 0x7B && byte <= 0x7E)
    }

    /// VADER's `_strip_punc_if_word`: strip ASCII punctuation from both ends unless at most two code points
    /// would remain, in which case the token is kept whole (emoticons such as `:)`).
    static func strippingPunctuationIfWord(_ token: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = token.lowerBound
        var upper = token.upperBound
        while lower < upper && isPunctuation(bytes[lower]) { lower += 1 }
        while upper > lower && isPunctuation(bytes[upper - 1]) { upper -= 1 }
        var scalars = 0
        var offset = lower
        while offset < upper && scalars <= 2 {
            if !TextBytes.isContinuation(bytes[offset]) { scalars += 1 }
            offset += 1
        }
        return scalars <= 2 ? token : lower..<upper
    }

    /// Whether the text has an uppercase and a lowercase (or titlecase) character, for `str.isupper()`.
    static func caseFlags(_ text: String) -> (hasUpper: Bool, hasLower: Bool) {
        var hasUpper = false
        var hasLower = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter {
                hasLower = true
            } else if properties.isUppercase {
                hasUpper = true
            }
        }
        return (hasUpper, hasLower)
    }

    /// VADER's `"n't" in word` on the lowercased token (ASCII apostrophe only).
    static func containsContractedNot(_ lowered: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lowered.count >= 3 else { return false }
        for index in 0...(lowered.count - 3)
        where lowered[index] == UInt8(ascii: "n") && lowered[index + 1] == UInt8(ascii: "'")
            && lowered[index + 2] == UInt8(ascii: "t") {
            return true
        }
        return false
    }
}
