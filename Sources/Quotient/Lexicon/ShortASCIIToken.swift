/// A token of at most sixteen ASCII bytes held in two zero-padded little-endian words: nearly every word of
/// English text. Scorers lowercase, case-test and look such tokens up eight bytes at a time.
struct ShortASCIIToken: Equatable {
    var low: UInt64
    var high: UInt64
    var count: Int

    /// The token at `range` of `text`; nil when it is longer than sixteen bytes or not ASCII.
    @inline(__always)
    init?(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) {
        count = range.count
        guard count <= 16 else { return nil }
        low = Self.loadWord(text, at: range.lowerBound, count: Swift.min(count, 8))
        high = count > 8 ? Self.loadWord(text, at: range.lowerBound + 8, count: count - 8) : 0
        guard (low | high) & ASCIIWord.highBits == 0 else { return nil }
    }

    /// A token already loaded: `count` (at most sixteen) ASCII bytes in two zero-padded words.
    @inline(__always)
    init(low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high
        self.count = count
    }

    /// `count` (0…8) bytes from `offset`, zero-padded.
    @inline(__always)
    private static func loadWord(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, count: Int) -> UInt64 {
        ASCIIWord.load(text, at: offset) & ASCIIWord.byteOnes(count)
    }

    var hasUpper: Bool { ASCIIWord.upperMask(low) | ASCIIWord.upperMask(high) != 0 }
    var hasLower: Bool { ASCIIWord.lowerMask(low) | ASCIIWord.lowerMask(high) != 0 }
    var containsApostrophe: Bool { ASCIIWord.containsApostrophe(low) || ASCIIWord.containsApostrophe(high) }

    /// Whether every byte is a letter, a digit, `_` or `@`: one word for ICU. The padding bytes are zero, so
    /// the bytes that stop a word must be exactly the padding.
    @inline(__always)
    var isWordCharacters: Bool {
        let lowStops = ~ASCIIWord.wordCharacterMask(low) & ASCIIWord.highBits
        if count <= 8 { return lowStops == Self.paddingBits(count) }
        let highStops = ~ASCIIWord.wordCharacterMask(high) & ASCIIWord.highBits
        return lowStops == 0 && highStops == Self.paddingBits(count &- 8)
    }

    /// The top bits of the bytes of a word past its first `used` (0…8) bytes.
    @inline(__always)
    private static func paddingBits(_ used: Int) -> UInt64 {
        used >= 8 ? 0 : ASCIIWord.highBits & (~0 &<< UInt64(truncatingIfNeeded: used &* 8))
    }

    /// Whether a token of at most eight bytes is one word by ICU's rules although it holds punctuation: `.` and
    /// `'` join two letters or two digits, `,` and `;` two digits (`don't`, `U.S`, `3.5`, `1,000`). Longer
    /// tokens and joins next to `_` or `@` answer false, and are left to ``ASCIIWords``.
    var isWordWithJoiners: Bool {
        guard count <= 8 else { return false }
        let valid = ASCIIWord.highBits & ~Self.paddingBits(count)
        let letters = ASCIIWord.letterMask(low) & valid
        let digits = ASCIIWord.digitMask(low) & valid
        let joinsLettersOrDigits = (ASCIIWord.equalMask(low, UInt8(ascii: ".")) | ASCIIWord.equalMask(low, UInt8(ascii: "'"))) & valid
        let joinsDigits = (ASCIIWord.equalMask(low, UInt8(ascii: ",")) | ASCIIWord.equalMask(low, UInt8(ascii: ";"))) & valid
        // A byte's neighbours: shifting by one byte lines up the byte before (<<) and after (>>) it.
        let betweenLetters = (letters << 8) & (letters >> 8)
        let betweenDigits = (digits << 8) & (digits >> 8)
        let joined = (joinsLettersOrDigits & (betweenLetters | betweenDigits)) | (joinsDigits & betweenDigits)
        let nonWord = valid & ~ASCIIWord.wordCharacterMask(low)
        return nonWord == joined
    }

    /// A–Z folded to a–z.
    var lowercased: ShortASCIIToken {
        var copy = self
        copy.low = ASCIIWord.lowercased(low)
        copy.high = ASCIIWord.lowercased(high)
        return copy
    }

    /// The bytes at `range` (within `0..<count`), as a token of their own.
    @inline(__always)
    func slice(_ range: Range<Int>) -> ShortASCIIToken {
        var low = low
        var high = high
        let drop = range.lowerBound
        if drop >= 8 {
            low = high &>> UInt64(truncatingIfNeeded: (drop &- 8) &* 8)
            high = 0
        } else if drop > 0 {
            low = (low &>> UInt64(truncatingIfNeeded: drop &* 8)) | (high &<< UInt64(truncatingIfNeeded: 64 &- drop &* 8))
            high &>>= UInt64(truncatingIfNeeded: drop &* 8)
        }
        let kept = range.count
        if kept <= 8 {
            low &= ASCIIWord.byteOnes(kept)
            high = 0
        } else {
            high &= ASCIIWord.byteOnes(kept &- 8)
        }
        return ShortASCIIToken(low: low, high: high, count: kept)
    }

    /// The first three bytes (zero-padded), the key prefix entries are grouped by.
    var firstThreeBytes: UInt32 { UInt32(truncatingIfNeeded: low) & 0xFF_FFFF }

    /// Calls `body` with the token's bytes.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeBytes(of: (low, high)) { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<count]))
        }
    }
}

/// Eight bytes at a time in a `UInt64`. The range tests (letters, word characters, lowercasing) assume ASCII:
/// every byte below 0x80, so adding up to 0x7F to a byte never carries into the next one and its top bit tells
/// whether it reached a bound. The equality and "below" tests hold for any bytes.
enum ASCIIWord {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// 0x80 in each byte that is A–Z.
    @inline(__always)
    static func upperMask(_ word: UInt64) -> UInt64 { between(word, 0x41, 0x5B) }

    /// 0x80 in each byte that is a–z.
    @inline(__always)
    static func lowerMask(_ word: UInt64) -> UInt64 { between(word, 0x61, 0x7B) }

    @inline(__always)
    static func lowercased(_ word: UInt64) -> UInt64 { word | (upperMask(word) >> 2) }

    /// 0x80 in each byte that continues a word for ICU: a letter, a digit, `_` or `@`.
    @inline(__always)
    static func wordCharacterMask(_ word: UInt64) -> UInt64 {
        between(word, 0x30, 0x3A) | between(word, 0x40, 0x5B) | between(word, 0x5F, 0x60) | between(word, 0x61, 0x7B)
    }

    /// 0x80 in each byte that is a letter.
    @inline(__always)
    static func letterMask(_ word: UInt64) -> UInt64 { between(word, 0x41, 0x5B) | between(word, 0x61, 0x7B) }

    /// 0x80 in each byte that is a control byte, a space or not ASCII (below 0x21 or from 0x80), for any bytes:
    /// the bytes that may end a whitespace-separated token.
    @inline(__always)
    static func breakMask(_ word: UInt64) -> UInt64 {
        let belowBang = ~((word & ~highBits) &+ ones &* 0x5F) & ~word & highBits
        return belowBang | (word & highBits)
    }

    /// 0x80 in each of the first `count` (0…8) bytes.
    @inline(__always)
    static func firstBytes(_ count: Int) -> UInt64 { highBits & byteOnes(count) }

    /// Every bit of the first `count` (0…8) bytes.
    @inline(__always)
    static func byteOnes(_ count: Int) -> UInt64 {
        count >= 8 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: count &* 8)) &- 1
    }

    /// Eight bytes of `text` from `offset`, zero past its end: one unaligned load, shifted into place when fewer
    /// than eight remain.
    @inline(__always)
    static func load(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        let remaining = text.count &- offset
        if remaining >= 8 { return UnsafeRawPointer(text.baseAddress! + offset).loadUnaligned(as: UInt64.self) }
        guard remaining > 0 else { return 0 }
        if text.count >= 8 {
            return UnsafeRawPointer(text.baseAddress! + (text.count &- 8)).loadUnaligned(as: UInt64.self)
                &>> UInt64(truncatingIfNeeded: (8 &- remaining) &* 8)
        }
        return TermTable.load(UnsafeBufferPointer(rebasing: text[offset...]), from: 0)
    }

    /// 0x80 in each byte that is a digit.
    @inline(__always)
    static func digitMask(_ word: UInt64) -> UInt64 { between(word, 0x30, 0x3A) }

    /// 0x80 in each byte equal to `byte`, exactly (no false positives from borrows), for any bytes.
    @inline(__always)
    static func equalMask(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (ones &* UInt64(byte))
        let low7 = ~highBits
        return ~(((x & low7) &+ low7) | x) & highBits
    }

    @inline(__always)
    static func containsApostrophe(_ word: UInt64) -> Bool { contains(UInt8(ascii: "'"), in: word) }

    /// Whether any of the eight bytes equals `byte`: the exact "some byte is zero" test on `word ^ byte…`. It
    /// holds for any bytes, not only ASCII.
    @inline(__always)
    static func contains(_ byte: UInt8, in word: UInt64) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highBits != 0
    }

    /// Whether any of the eight bytes is below `bound` (at most 0x80), for any bytes.
    @inline(__always)
    static func containsByte(below bound: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(bound)) & ~word & highBits != 0
    }

    /// 0x80 in each byte `b` with `low <= b < high`.
    @inline(__always)
    private static func between(_ word: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        let atLeastLow = word &+ ones &* (0x80 - low)
        let atLeastHigh = word &+ ones &* (0x80 - high)
        return atLeastLow & ~atLeastHigh & highBits
    }
}
