import Quotient
#if canImport(Glibc)
import Glibc
#endif

/// Buffered standard output; one write per flush keeps pipes fast.
struct Output {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        flushIfFull()
    }

    /// Writes the buffer out once it holds 64 KB; the piecewise writers below leave this to the end of a record.
    mutating func flushIfFull() {
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes a string literal without going through `String`.
    mutating func writeLiteral(_ literal: StaticString) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        flushIfFull()
    }

    /// Writes a score rounded to `digits` decimals as Python prints it.
    mutating func write(number: Double, digits: Int) {
        PythonRounding.appendRepr(of: number, digits: digits, to: &buffer)
    }

    /// Writes a CSV field (RFC 4180) without building a `String`.
    mutating func writeCSVField(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        CSV.append(field: bytes, to: &buffer)
    }

    mutating func writeJSONString(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        JSONValue.writeString(utf8: bytes, to: &buffer)
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

    /// Writes a record.
    mutating func write(record: some JSONRecord) {
        record.write(to: &buffer)
        flushIfFull()
    }

    /// Writes a record and a newline.
    mutating func line(record: some JSONRecord) {
        record.write(to: &buffer)
        buffer.append(0x0A)
        flushIfFull()
    }

    mutating func line(_ text: String = "") {
        write(text)
        write("\n")
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { bytes in
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
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
