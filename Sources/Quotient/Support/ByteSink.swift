/// Where the output's byte writers (JSON strings, Python-style numbers) put their bytes: a growing array, or
/// memory the caller has reserved, where each byte is one store with no capacity check.
package protocol ByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteSink where Element == UInt8 {}

extension ByteSink {
    /// Appends a literal's bytes.
    @inline(__always)
    package mutating func append(_ literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends an integer in decimal, with a minus sign when it is negative (`Int.min` included).
    package mutating func append(integer value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
    }
}

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

    // The command line composes its rows with the two methods below from another module, where the protocol
    // extension's versions run unspecialized (through the witness table); compiled for this type here, they store
    // directly.

    /// Stores a literal, as ``ByteSink/append(_:)`` does.
    @inline(__always)
    package mutating func append(_ literal: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// The most bytes ``append(decimal:)`` stores.
    package static let maximumDecimalSize = 20

    /// Stores a non-negative integer in decimal.
    package mutating func append(decimal value: Int) {
        precondition(value >= 0, "decimal of a negative value")
        append(integer: value)
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

/// A growing run of bytes in memory of its own: the command line's output buffer, which the record writers fill
/// a few bytes at a time without an array's uniqueness and capacity bookkeeping on every piece.
package struct ByteBuffer: ByteSink {
    @usableFromInline let storage: ByteStorage

    /// An empty buffer with room for `capacity` bytes before it grows.
    package init(capacity: Int) { storage = ByteStorage(capacity: capacity) }

    /// The number of bytes held.
    @inlinable package var count: Int { storage.count }

    @inlinable @inline(__always)
    package mutating func append(_ byte: UInt8) {
        if storage.count == storage.capacity { storage.grow(toHold: storage.count + 1) }
        storage.start[storage.count] = byte
        storage.count += 1
    }

    @inlinable
    package mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        if storage.count + bytes.count > storage.capacity { storage.grow(toHold: storage.count + bytes.count) }
        (storage.start + storage.count).initialize(from: base, count: bytes.count)
        storage.count += bytes.count
    }

    /// The bytes held.
    package var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage.start, count: storage.count) }

    /// Forgets the bytes held, keeping the memory.
    package mutating func removeAll() { storage.count = 0 }
}

/// The memory of a ``ByteBuffer``.
@usableFromInline
final class ByteStorage {
    // Only the buffer that owns this object touches it, so the per-access exclusivity checks Swift adds to class
    // properties would only cost time.
    @exclusivity(unchecked) @usableFromInline private(set) var start: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) @usableFromInline var count = 0
    @exclusivity(unchecked) @usableFromInline private(set) var capacity: Int

    init(capacity: Int) {
        start = .allocate(capacity: Swift.max(capacity, 1))
        self.capacity = Swift.max(capacity, 1)
    }

    /// Room for at least `needed` bytes, keeping those held.
    @usableFromInline
    func grow(toHold needed: Int) {
        let larger = Swift.max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.moveInitialize(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = larger
    }

    deinit { start.deallocate() }
}
