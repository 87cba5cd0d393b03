#if canImport(Glibc)
import Glibc
#endif

/// Reads a file descriptor line by line in fixed-size chunks, so memory stays bounded by the longest line
/// rather than the input.
struct LineStream {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// 1-based number of the line last returned.
    private(set) var lineNumber = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    /// The next line without its `\n` (a trailing `\r` is kept), or nil at the end of input.
    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
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

    private mutating func refill() {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count <= 0 {
            if count < 0 && errno == EINTR { return }
            finished = true
            return
        }
        buffer.append(contentsOf: chunk[0..<count])
    }
}
