import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Buffered standard output; one write per flush keeps pipes fast.
struct Output {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
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
