import Quotient
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file descriptor in fixed-size parts and splits it into `\n`-separated lines, so memory stays bounded
/// by the part size or the longest line rather than the input.
///
/// Two ways to read: ``next()`` hands out one line at a time as a copy (for callers that pull documents in
/// batches), ``forEachLine(_:)`` passes every line as a view into the buffer without copying (for scoring,
/// where lines are many and short).
struct LineStream {
    private let descriptor: Int32
    private let partSize: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0
    /// The read error that ended the input early, if any.
    private(set) var failure: FileBytes.ReadError?

    init(descriptor: Int32, partSize: Int = 1 << 16) {
        self.descriptor = descriptor
        self.partSize = partSize
    }

    /// The next line without its `\n` (a trailing `\r` is kept), or nil at the end of input.
    mutating func next() -> [UInt8]? {
        while true {
            if let newline = Self.newline(in: buffer, from: start) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                lineNumber += 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                lineNumber += 1
                return line
            }
            refill()
        }
    }

    /// Calls `body` with every remaining line, without its `\n`, as a view that is valid during the call; a
    /// final line without a `\n` is a line too.
    mutating func forEachLine(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        while true {
            let final = finished
            let consumed = try buffer.withUnsafeBufferPointer { bytes in
                try Self.completeLines(in: UnsafeBufferPointer(rebasing: bytes[start...]), final: final, body)
            }
            start += consumed.bytes
            lineNumber += consumed.lines
            if final { return }
            refill()
        }
    }

    /// Up to `count` bytes from the current position, read ahead without consuming them.
    mutating func leadingBytes(_ count: Int) -> ArraySlice<UInt8> {
        while buffer.count - start < count && !finished { refill() }
        return buffer[start...].prefix(count)
    }

    /// Passes the complete lines (all of them when `final`) and returns the bytes and lines used.
    private static func completeLines(
        in bytes: UnsafeBufferPointer<UInt8>, final: Bool, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows -> (bytes: Int, lines: Int) {
        var used = 0
        var lines = 0
        while let newline = newline(in: bytes, from: used) {
            try body(UnsafeBufferPointer(rebasing: bytes[used..<newline]))
            used = newline + 1
            lines += 1
        }
        if final && used < bytes.count {
            try body(UnsafeBufferPointer(rebasing: bytes[used...]))
            return (bytes.count, lines + 1)
        }
        return (used, lines)
    }

    private static func newline(in bytes: [UInt8], from index: Int) -> Int? {
        bytes.withUnsafeBufferPointer { newline(in: $0, from: index) }
    }

    private static func newline(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + index, 0x0A, bytes.count - index)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Drops the lines already handed out and appends the next part; a read error ends the input and is kept
    /// in ``failure``.
    ///
    /// The part is read into uninitialized memory: zero-filling it first touched every page of a 1 MB part even
    /// for empty input, a measurable share of a short run's start-up.
    private mutating func refill() {
        let kept = buffer[start...]
        let descriptor = self.descriptor
        let partSize = self.partSize
        var readError: FileBytes.ReadError?
        var count = 0
        buffer = [UInt8](unsafeUninitializedCapacity: kept.count + partSize) { storage, initialized in
            let keptCount = kept.withUnsafeBufferPointer { kept in
                _ = storage.initialize(fromContentsOf: kept)
                return kept.count
            }
            var result = -1
            while result < 0 {
                result = read(descriptor, storage.baseAddress! + keptCount, partSize)
                if result < 0 && errno != EINTR {
                    readError = FileBytes.ReadError(code: errno)
                    result = 0
                }
            }
            count = result
            initialized = keptCount + result
        }
        start = 0
        if let readError { failure = readError }
        if count == 0 { finished = true }
    }
}
