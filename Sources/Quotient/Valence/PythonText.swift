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

    /// What the VADER tokenizer needs to know of a byte, as bits of ``byteClasses``. The low bits are exclusive:
    /// a byte with none of them is plain, part of a token and nothing else.
    enum ByteClass {
        /// An ASCII byte of `isWhitespace`: tab to carriage return, the four separators U+001C–U+001F, space.
        static let space: UInt8 = 1
        static let exclamation: UInt8 = 2
        static let question: UInt8 = 3
        /// A byte of a multi-byte scalar, which may be whitespace.
        static let nonASCII: UInt8 = 4
        /// The bits a plain byte has none of.
        static let notPlain: UInt8 = 7
        /// ASCII `string.punctuation` (`!` and `?` included).
        static let punctuation: UInt8 = 8
    }

    /// The ``ByteClass`` of every byte.
    static let byteClasses: [UInt8] = (0...255).map { (byte: UInt8) -> UInt8 in
        var bits: UInt8
        switch byte {
        case 0x09...0x0D, 0x1C...0x20: bits = ByteClass.space
        case UInt8(ascii: "!"): bits = ByteClass.exclamation
        case UInt8(ascii: "?"): bits = ByteClass.question
        case 0x80...: bits = ByteClass.nonASCII
        default: bits = 0
        }
        switch byte {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: bits |= ByteClass.punctuation
        default: break
        }
        return bits
    }

    /// Whether a scalar lies in General Punctuation (U+2000–U+206F: curly quotes, dashes, ellipsis), whose
    /// characters are neither upper- nor lowercase and lowercase to themselves; a test checks every one.
    @inline(__always)
    static func isUncasedPunctuation(_ scalar: UInt32) -> Bool { scalar >= 0x2000 && scalar <= 0x206F }

    /// VADER's `_strip_punc_if_word`: strip ASCII punctuation from both ends unless at most two code points
    /// would remain, in which case the token is kept whole (emoticons such as `:)`).
    /// `classes` is ``byteClasses``, which the caller holds.
    @inline(__always)
    static func strippingPunctuationIfWord(
        _ token: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>
    ) -> Range<Int> {
        var lower = token.lowerBound
        var upper = token.upperBound
        while lower < upper && classes[Int(bytes[lower])] & ByteClass.punctuation != 0 { lower += 1 }
        while upper > lower && classes[Int(bytes[upper - 1])] & ByteClass.punctuation != 0 { upper -= 1 }
        // Nothing stripped (nearly every word): the token stays whole whatever its length.
        if lower == token.lowerBound && upper == token.upperBound { return token }
        var scalars = 0
        var offset = lower
        while offset < upper && scalars <= 2 {
            if !TextBytes.isContinuation(bytes[offset]) { scalars += 1 }
            offset += 1
        }
        return scalars <= 2 ? token : lower..<upper
    }

    /// ``strippingPunctuationIfWord(_:in:classes:)`` for a token of at most sixteen ASCII bytes, from the masks
    /// of its bytes that are not punctuation (0x80 in each, ``ASCIIWord`` style, over two words): the bytes
    /// kept, all `0..<count` when the token stays whole.
    @inline(__always)
    static func strippedPunctuation(keptLow: UInt64, keptHigh: UInt64, count: Int) -> Range<Int> {
        guard keptLow | keptHigh != 0 else { return 0..<count }
        let first = keptLow != 0 ? keptLow.trailingZeroBitCount &>> 3 : 8 &+ keptHigh.trailingZeroBitCount &>> 3
        let last = keptHigh != 0 ? 8 &+ (63 &- keptHigh.leadingZeroBitCount) &>> 3 : (63 &- keptLow.leadingZeroBitCount) &>> 3
        // A token that would keep at most two characters stays whole (emoticons such as `:)`).
        return last &- first >= 2 ? first..<(last &+ 1) : 0..<count
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
