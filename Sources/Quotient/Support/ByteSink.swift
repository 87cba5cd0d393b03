/// Where the output's byte writers (JSON strings, Python-style numbers) put their bytes: a growing array, or
/// memory the caller has reserved, where each byte is one store with no capacity check.
package protocol ByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteSink where Element == UInt8 {}

/// Stores bytes through a pointer into memory reserved beforehand: the caller guarantees the room (see
/// ``JSONValue/maximumStringSize(utf8:)`` and ``PythonRounding/maximumReprSize``).
package struct UnsafeByteSink: ByteSink {
    /// Where the next byte goes.
    package private(set) var position: UnsafeMutablePointer<UInt8>

    package init(_ start: UnsafeMutablePointer<UInt8>) { position = start }

    @inline(__always)
    package mutating func append(_ byte: UInt8) {
        position.initialize(to: byte)
        position += 1
    }

    @inline(__always)
    package mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        position.initialize(from: base, count: bytes.count)
        position += bytes.count
    }

    /// The most bytes ``append(decimal:)`` stores.
    package static let maximumDecimalSize = 20

    /// Stores a non-negative integer in decimal.
    package mutating func append(decimal value: Int) {
        precondition(value >= 0, "decimal of a negative value")
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    /// Stores a literal.
    @inline(__always)
    package mutating func append(_ literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }
}

/// Counts the bytes a writer would store, storing none.
struct CountingByteSink: ByteSink {
    private(set) var count = 0

    @inline(__always)
    mutating func append(_ byte: UInt8) { count += 1 }

    @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) { count += bytes.count }
}
