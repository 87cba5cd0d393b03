/// Byte-level helpers shared by the segmentation rules; they look at UTF-8 without building Strings.
enum TextBytes {
    @inlinable
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    @inlinable
    static func isASCIIUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    @inlinable
    static func isASCIILower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    @inlinable
    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The byte with ASCII A–Z folded to a–z; every other byte unchanged.
    @inlinable
    static func asciiLowercased(_ byte: UInt8) -> UInt8 { isASCIIUpper(byte) ? byte | 0x20 : byte }

    @inlinable
    static func isASCIILetter(_ byte: UInt8) -> Bool { isASCIIUpper(byte) || isASCIILower(byte) }

    /// Whether `string` holds a space: a name of more than one word. Read on the contiguous bytes, which the
    /// generic `contains` of a UTF-8 view is not.
    static func containsSpace(_ string: String) -> Bool {
        var string = string
        return string.withUTF8 { $0.contains(UInt8(ascii: " ")) }
    }

    /// Whether `string` ends with the bytes of `suffix` (byte for byte: names are compared as written).
    static func hasSuffix(_ string: String, _ suffix: String) -> Bool {
        let (whole, end) = (string.utf8, suffix.utf8)
        guard whole.count >= end.count else { return false }
        // Native and small strings lend their bytes; comparing those beats walking two reversed views.
        let compared = whole.withContiguousStorageIfAvailable { whole in
            end.withContiguousStorageIfAvailable { end in
                let offset = whole.count - end.count
                return end.indices.allSatisfy { whole[offset + $0] == end[$0] }
            }
        }
        return compared.flatMap { $0 } ?? whole.reversed().starts(with: end.reversed())
    }

    /// Whether `bytes` end with the bytes of `suffix`.
    @inline(__always)
    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let offset = bytes.count - count
        for index in 0..<count where bytes[offset + index] != suffix.utf8Start[index] { return false }
        return true
    }

    /// Whether every byte is below 0x80, tested eight bytes at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] >= 0x80 { return false }
            offset += 1
        }
        return true
    }

    /// Decodes the scalar starting at `offset` (which must be a scalar boundary) and its length in bytes.
    static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        // Only reached for an offset inside a scalar or a cut-off buffer: step one byte so callers progress.
        guard lead >= 0xC0, offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
        var index = offset + 1
        while index < offset + length && index < bytes.count {
            value = value << 6 | UInt32(bytes[index] & 0x3F)
            index += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The start of the scalar that ends just before `offset`.
    static func previousScalarStart(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset - 1
        while index > 0 && isContinuation(bytes[index]) { index -= 1 }
        return index
    }

    /// Unicode's White_Space property, spelled out so the common case needs no property lookup.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Shrinks `range` so it neither starts nor ends with whitespace.
    static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper {
            let (scalar, length) = scalar(at: lower, in: bytes)
            guard isSpace(scalar) else { break }
            lower += length
        }
        while upper > lower {
            let start = previousScalarStart(before: upper, in: bytes)
            guard isSpace(scalar(at: start, in: bytes).0) else { break }
            upper = start
        }
        return lower..<upper
    }
}

/// Converts increasing UTF-8 offsets into Unicode scalar offsets in one forward pass.
struct ScalarCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var byteOffset = 0
    private var scalarOffset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The scalar offset of byte `offset`; calls must not go backwards further than the last call.
    mutating func scalars(at offset: Int) -> Int {
        if offset < byteOffset {
            byteOffset = 0
            scalarOffset = 0
        }
        // Eight bytes at a time: a continuation byte has its top bits set to 10.
        let raw = UnsafeRawBufferPointer(bytes)
        while byteOffset + 8 <= offset {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: byteOffset, as: UInt64.self))
            let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
            scalarOffset += 8 - continuation.nonzeroBitCount
            byteOffset += 8
        }
        while byteOffset < offset {
            if !TextBytes.isContinuation(bytes[byteOffset]) { scalarOffset += 1 }
            byteOffset += 1
        }
        return scalarOffset
    }

    mutating func span(_ range: Range<Int>) -> TextSpan {
        let lower = scalars(at: range.lowerBound)
        return TextSpan(utf8: range, scalars: lower..<scalars(at: range.upperBound))
    }
}
