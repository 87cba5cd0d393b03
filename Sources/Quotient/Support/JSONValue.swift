/// A JSON value with ordered object keys, for output whose field order is part of a contract.
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer.
    case int(Int)
    /// A number written in its shortest round-tripping form; non-finite values are written as `null`.
    case double(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object whose members keep their order.
    case object([(String, JSONValue)])

    /// Values are equal when they serialize to the same text (object key order matters).
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// The value with the members of every object sorted by name.
    func sortingKeys() -> JSONValue {
        switch self {
        case .array(let values): .array(values.map { $0.sortingKeys() })
        case .object(let members): .object(members.sorted { $0.0 < $1.0 }.map { ($0.0, $0.1.sortingKeys()) })
        default: self
        }
    }

    /// Compact JSON text; non-ASCII characters are written as UTF-8, not escaped.
    public func serialized() -> String {
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends compact JSON as UTF-8 to `out`.
    public func write(to out: inout [UInt8]) { writeJSON(to: &out) }

    /// The same bytes into the command line's output buffer.
    package func write(to out: inout ByteBuffer) { writeJSON(to: &out) }

    /// The same bytes into any byte sink.
    package func writeJSON(to out: inout some ByteSink) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .int(let value): out.append(integer: value)
        case .double(let value): Self.writeNumber(value, to: &out)
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                value.writeJSON(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                value.writeJSON(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends a number in its shortest round-tripping form, or `null` when it is not finite.
    /// At most ``maximumNumberSize`` bytes.
    package static func writeNumber(_ value: Double, to out: inout some ByteSink) {
        // Most of a stance row's scores are zero.
        if value == 0 && value.sign == .plus {
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "."))
            out.append(UInt8(ascii: "0"))
        } else if let units = fourDecimalUnits(value) {
            // Every score and weight the output holds is rounded to at most four decimals; for those the digits
            // are the shortest form, written without the general formatter (half of `score --stance`'s output time).
            PythonRounding.appendRepr(of: value, digits: 4, units: units, to: &out)
        } else if value.isFinite {
            var description = value.description
            description.withUTF8 { out.append(contentsOf: $0) }
        } else {
            out.append("null")
        }
    }

    /// The most bytes ``writeNumber(_:to:)`` stores (Swift's longest `Double` description is 24 bytes).
    package static let maximumNumberSize = 32

    /// `|value| × 10⁴` when `value` is the double nearest to a decimal of at most four places, below 10⁶ in
    /// magnitude and not −0 (whose shortest form keeps its sign): then that decimal, with its trailing zeros
    /// dropped, is the shortest form that reads back as `value`. Division is correctly rounded, so the check is
    /// exact.
    @inline(__always)
    private static func fourDecimalUnits(_ value: Double) -> Int? {
        let magnitude = value.magnitude
        guard magnitude < 1e6, value != 0 || value.sign == .plus else { return nil }
        let units = (magnitude * 10000).rounded()
        return units / 10000 == magnitude ? Int(units) : nil
    }

    /// Copies runs of bytes that need no escaping in one go; escapes quotes, backslashes, control characters
    /// and U+2028/U+2029 (which break JavaScript string literals).
    package static func writeString(_ value: String, to out: inout some ByteSink) {
        var value = value
        value.withUTF8 { writeStringToSink(utf8: $0, to: &out) }
    }

    /// Whether eight bytes may hold something to escape: a control character, `"`, `\`, or the lead byte of
    /// U+2028/U+2029. Each test is exact, so a false answer is certain and the common case skips eight bytes.
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        ASCIIWord.containsByte(below: 0x20, in: word) || ASCIIWord.contains(UInt8(ascii: "\""), in: word)
            || ASCIIWord.contains(UInt8(ascii: "\\"), in: word) || ASCIIWord.contains(0xE2, in: word)
    }

    /// Appends valid UTF-8 as a JSON string literal, without building a `String`.
    package static func writeString(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        writeStringToSink(utf8: bytes, to: &out)
    }

    /// The same into reserved memory (``maximumStringSize(utf8:)`` bytes).
    package static func writeString(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout UnsafeByteSink) {
        writeStringToSink(utf8: bytes, to: &out)
    }

    /// Room enough for `bytes` as a JSON literal. A short string gets the bound of every byte a six-byte escape;
    /// a long one is measured by writing it to a sink that only counts, so a line of many megabytes never
    /// reserves six times its size and the escapes are decided in one place.
    package static func maximumStringSize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard bytes.count > 4096 else { return 6 * bytes.count + 2 }
        var counter = CountingByteSink()
        writeStringToSink(utf8: bytes, to: &counter)
        return counter.count
    }

    /// A lowercase hexadecimal digit.
    private static func hexDigit(_ value: Int) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + UInt8(value) : UInt8(ascii: "a") + UInt8(value - 10)
    }

    @inline(__always)
    private static func writeStringToSink(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout some ByteSink) {
        out.append(UInt8(ascii: "\""))
        do {
            var runStart = 0
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count && !mayNeedEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                let isLineSeparator = byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || isLineSeparator else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    let code = isLineSeparator ? (bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029) : Int(byte)
                    out.append(UInt8(ascii: "u"))
                    for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigit(code >> shift & 0xF)) }
                }
                index += isLineSeparator ? 3 : 1
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
