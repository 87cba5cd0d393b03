import Quotient
#if canImport(Glibc)
import Glibc
#endif

/// Reads a descriptor in 1 MB parts and hands out its `\n`-separated lines as views into the part, so scoring a
/// file of any size keeps one part (or one longer line) in memory and copies nothing per line.
struct LineChunks {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private static let partSize = 1 << 20

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.partSize)
    }

    /// Calls `body` with every line, without its `\n`; a final line without one is a line too. The first bytes
    /// read are passed to `inspect` first, which may return false to skip the input.
    mutating func forEachLine(
        inspect: (UnsafeBufferPointer<UInt8>) -> Bool,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws -> Bool {
        var inspected = false
        var finished = false
        while !finished {
            finished = try fill()
            if !inspected {
                inspected = true
                guard buffer.withUnsafeBufferPointer(inspect) else { return false }
            }
            let consumed = try buffer.withUnsafeBufferPointer { try Self.completeLines(in: $0, final: finished, body) }
            buffer.removeSubrange(0..<consumed)
        }
        return true
    }

    /// Passes the complete lines (and, at the end of input, the rest) and returns the bytes used.
    private static func completeLines(
        in bytes: UnsafeBufferPointer<UInt8>, final: Bool, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows -> Int {
        var start = 0
        var index = 0
        while let newline = nextNewline(in: bytes, from: index) {
            try body(UnsafeBufferPointer(rebasing: bytes[start..<newline]))
            start = newline + 1
            index = start
        }
        if final && start < bytes.count {
            try body(UnsafeBufferPointer(rebasing: bytes[start...]))
            return bytes.count
        }
        return start
    }

    private static func nextNewline(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + index, 0x0A, bytes.count - index)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Appends the next part; returns whether the input has ended.
    private mutating func fill() throws(FileBytes.ReadError) -> Bool {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.partSize))
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, Self.partSize) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                buffer.removeSubrange(old...)
                throw FileBytes.ReadError(code: errno)
            }
            buffer.removeSubrange((old + count)...)
            return count == 0
        }
    }
}
