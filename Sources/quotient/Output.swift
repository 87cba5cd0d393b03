import Quotient
#if canImport(Glibc)
import Glibc
#endif

/// Buffered standard output; one write per flush keeps pipes fast.
struct Output {
    private var buffer = ByteBuffer(capacity: 1 << 17)
    private let row = RowMemory()

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        flushIfFull()
    }

    /// Writes the buffer out once it holds 64 KB; the piecewise writers below leave this to the end of a record.
    mutating func flushIfFull() {
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        flushIfFull()
    }

    /// Composes a record of at most `maximum` bytes with unchecked byte stores, then appends it in one copy.
    mutating func writeRow(maximum: Int, _ body: (inout UnsafeByteSink) -> Void) {
        let start = row.reserve(maximum)
        var sink = UnsafeByteSink(start)
        body(&sink)
        // A writer that stored more than it reserved has already overwritten memory: stop rather than go on.
        precondition(sink.position - start <= maximum, "a row overran the room reserved for it")
        buffer.append(contentsOf: UnsafeBufferPointer(start: start, count: sink.position - start))
    }

    /// Writes a CSV field (RFC 4180) without building a `String`.
    mutating func writeCSVField(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        CSV.append(field: bytes, to: &buffer)
    }

    /// Writes a JSON value.
    mutating func write(_ json: JSONValue) {
        json.write(to: &buffer)
        flushIfFull()
    }

    /// Writes a JSON value and a newline.
    mutating func line(_ json: JSONValue) {
        json.write(to: &buffer)
        buffer.append(0x0A)
        flushIfFull()
    }

    /// Writes a document row and a newline.
    mutating func line(document: DocumentRecord) {
        document.write(to: &buffer)
        buffer.append(0x0A)
        flushIfFull()
    }

    mutating func line(_ text: String = "") {
        write(text)
        write("\n")
    }

    mutating func flush() {
        let bytes = buffer.bytes
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(1, bytes.baseAddress! + written, bytes.count - written)
            if result <= 0 {
                // A closed pipe (`quotient … | head`) ends the run quietly, as for any Unix filter.
                if errno == EINTR { continue }
                exit(errno == EPIPE ? 0 : 1)
            }
            written += result
        }
        buffer.removeAll()
    }
}

/// The memory ``Output/writeRow(maximum:_:)`` composes a record in, kept from record to record.
private final class RowMemory {
    private var start = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 12)
    private var capacity = 1 << 12

    /// The start of at least `bytes` bytes.
    func reserve(_ bytes: Int) -> UnsafeMutablePointer<UInt8> {
        if bytes > capacity {
            start.deallocate()
            capacity = Swift.max(bytes, capacity * 2)
            start = .allocate(capacity: capacity)
        }
        return start
    }

    deinit { start.deallocate() }
}
