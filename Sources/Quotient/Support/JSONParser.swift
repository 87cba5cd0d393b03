/// Parses one JSON text from UTF-8 bytes into a ``JSONValue``, keeping object members in their written order
/// (so a row read back writes the same bytes) and without Foundation's bridging of every value.
///
/// Integers that fit `Int` stay integers; other numbers are read as the nearest `Double`. The bytes must be
/// valid UTF-8 (the callers check it once for the whole line).
struct JSONParser {
    struct Failure: Error {
        var offset: Int
        var reason: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Deep nesting is refused rather than allowed to exhaust the stack.
    private var depth = 0
    private static let maximumDepth = 512

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The value the bytes hold; whitespace may surround it, nothing else may follow it.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        let value = try parser.value()
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.failure("text after the value") }
        return value
    }

    /// The members of the object the bytes hold, leaving out the members named in `skipped` without building
    /// their values (they are only checked to be well-formed enough to find their end).
    static func members(of bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Set<String>) throws(Failure) -> [(String, JSONValue)] {
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        guard parser.position < bytes.count, bytes[parser.position] == UInt8(ascii: "{") else { throw parser.failure("not an object") }
        return try parser.members(skipping: skipped)
    }

    /// A member of the top-level object: built when the caller asked for its name, else the range of bytes its
    /// value was written in, checked to be well-formed JSON.
    enum Member {
        case value(JSONValue)
        case raw(Range<Int>)
    }

    /// The members of the object the bytes hold, in their written order: those named in `built` as values, every
    /// other as the bytes its value was written in. Those bytes are checked as strictly as a parse would check
    /// them, so they can be written out again as they are.
    static func members(of bytes: UnsafeBufferPointer<UInt8>, building built: Set<String>) throws(Failure) -> [(String, Member)] {
        var parser = JSONParser(bytes)
        parser.skipWhitespace()
        guard parser.position < bytes.count, bytes[parser.position] == UInt8(ascii: "{") else { throw parser.failure("not an object") }
        var members: [(String, Member)] = []
        try parser.forEachMember { parser, key throws(Failure) in
            if built.contains(key) {
                members.append((key, .value(try parser.value())))
            } else {
                let start = parser.position
                do throws(Failure) {
                    try parser.checkValue()
                    members.append((key, .raw(start..<parser.position)))
                } catch where error.reason == Self.notStrictJSON {
                    // A number this parser reads leniently ("012") is rewritten, not passed on as written.
                    parser.position = start
                    members.append((key, .value(try parser.value())))
                }
            }
        }
        parser.skipWhitespace()
        guard parser.position == bytes.count else { throw parser.failure("text after the value") }
        return members
    }

    /// Reads the object that opens at the current position, calling `body` with each member's name when the
    /// position is at its value; `body` must move past the value.
    private mutating func forEachMember(_ body: (inout JSONParser, String) throws(Failure) -> Void) throws(Failure) {
        position += 1
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw failure("expected a member name") }
            let key = try string()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':'") }
            position += 1
            skipWhitespace()
            try body(&self, key)
            skipWhitespace()
            guard position < bytes.count else { throw failure("unexpected end") }
            let separator = bytes[position]
            position += 1
            if separator == UInt8(ascii: "}") { return }
            guard separator == UInt8(ascii: ",") else { throw failure("expected ',' or '}'") }
        }
    }

    /// Moves past one value, checking it by JSON's grammar as ``value()`` does, without building it.
    private mutating func checkValue() throws(Failure) {
        guard position < bytes.count else { throw failure("unexpected end") }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            try nested { parser throws(Failure) in
                try parser.forEachMember { parser, _ throws(Failure) in try parser.checkValue() }
            }
        case UInt8(ascii: "["):
            try nested { parser throws(Failure) in
                parser.position += 1
                parser.skipWhitespace()
                if parser.position < parser.bytes.count && parser.bytes[parser.position] == UInt8(ascii: "]") {
                    parser.position += 1
                    return
                }
                while true {
                    parser.skipWhitespace()
                    try parser.checkValue()
                    parser.skipWhitespace()
                    guard parser.position < parser.bytes.count else { throw parser.failure("unexpected end") }
                    let separator = parser.bytes[parser.position]
                    parser.position += 1
                    if separator == UInt8(ascii: "]") { return }
                    guard separator == UInt8(ascii: ",") else { throw parser.failure("expected ',' or ']'") }
                }
            }
        case UInt8(ascii: "\""): try checkString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            let start = position
            _ = try scanNumber()
            let digits = bytes[start] == UInt8(ascii: "-") ? start + 1 : start
            if bytes[digits] == UInt8(ascii: "0") && digits + 1 < position && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[digits + 1]) {
                throw Failure(offset: start, reason: Self.notStrictJSON)
            }
        }
    }

    /// Why ``checkValue()`` refuses a value ``value()`` accepts: it is not written as JSON requires.
    private static let notStrictJSON = "not strict JSON"

    /// Moves past a string literal, checking its escapes and that it holds no control character.
    private mutating func checkString() throws(Failure) {
        position += 1
        while true {
            try skipPlainRun()
            guard position < bytes.count else { throw failure("unterminated string") }
            if bytes[position] == UInt8(ascii: "\"") {
                position += 1
                return
            }
            guard position + 1 < bytes.count else { throw failure("unterminated string") }
            position += 2
            switch bytes[position - 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                 UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                continue
            case UInt8(ascii: "u"): _ = try hex4()
            default: throw failure("unknown escape")
            }
        }
    }

    /// Moves past one value without building it: strings by scanning to their closing quote, containers by
    /// counting brackets outside strings.
    private mutating func skipValue() throws(Failure) {
        guard position < bytes.count else { throw failure("unexpected end") }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            repeat {
                guard position < bytes.count else { throw failure("unexpected end") }
                switch bytes[position] {
                case UInt8(ascii: "\""):
                    try skipString()
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                default: break
                }
                position += 1
            } while depth > 0
        default:
            _ = try value()
        }
    }

    private mutating func skipString() throws(Failure) {
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return
            }
            position += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        throw failure("unterminated string")
    }

    private func failure(_ reason: String) -> Failure { Failure(offset: position, reason: reason) }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private mutating func value() throws(Failure) -> JSONValue {
        guard position < bytes.count else { throw failure("unexpected end") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return try number()
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              (0..<count).allSatisfy({ bytes[position + $0] == word.utf8Start[$0] })
        else { throw failure("not a JSON value") }
        position += count
    }

    private mutating func nested<T>(_ body: (inout JSONParser) throws(Failure) -> T) throws(Failure) -> T {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("nested too deeply") }
        defer { depth -= 1 }
        return try body(&self)
    }

    private mutating func object() throws(Failure) -> JSONValue {
        try nested { parser throws(Failure) in .object(try parser.members(skipping: [])) }
    }

    /// The members of the object that opens at the current position, leaving out those named in `skipped`.
    private mutating func members(skipping skipped: Set<String>) throws(Failure) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        try forEachMember { parser, key throws(Failure) in
            if skipped.contains(key) {
                try parser.skipValue()
            } else {
                members.append((key, try parser.value()))
            }
        }
        return members
    }

    private mutating func array() throws(Failure) -> JSONValue {
        try nested { parser throws(Failure) in
            parser.position += 1
            var values: [JSONValue] = []
            parser.skipWhitespace()
            if parser.position < parser.bytes.count && parser.bytes[parser.position] == UInt8(ascii: "]") {
                parser.position += 1
                return .array(values)
            }
            while true {
                parser.skipWhitespace()
                values.append(try parser.value())
                parser.skipWhitespace()
                guard parser.position < parser.bytes.count else { throw parser.failure("unexpected end") }
                let separator = parser.bytes[parser.position]
                parser.position += 1
                if separator == UInt8(ascii: "]") { return .array(values) }
                guard separator == UInt8(ascii: ",") else { throw parser.failure("expected ',' or ']'") }
            }
        }
    }

    /// A string literal; runs without escapes are copied in one piece (a whole string without any in one copy
    /// into the `String`), and a `\u` escape is encoded as UTF-8 in place.
    private mutating func string() throws(Failure) -> String {
        position += 1
        let start = position
        try skipPlainRun()
        guard position < bytes.count else { throw failure("unterminated string") }
        if bytes[position] == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)]), as: UTF8.self)
        }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(2 * (position - start) + 64)
        decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(decoding: decoded, as: UTF8.self)
            }
            guard byte == UInt8(ascii: "\\") else {
                let run = position
                try skipPlainRun()
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
                continue
            }
            guard position + 1 < bytes.count else { throw failure("unterminated string") }
            position += 2
            switch bytes[position - 1] {
            case UInt8(ascii: "\""): decoded.append(0x22)
            case UInt8(ascii: "\\"): decoded.append(0x5C)
            case UInt8(ascii: "/"): decoded.append(0x2F)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"): UTF8.encode(try unicodeEscape()) { decoded.append($0) }
            default: throw failure("unknown escape")
            }
        }
        throw failure("unterminated string")
    }

    /// Moves to the next quote mark or backslash of a string; a control character there is an error.
    private mutating func skipPlainRun() throws(Failure) {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return }
            guard byte >= 0x20 else { throw failure("control character in a string") }
            position += 1
        }
    }

    /// The scalar of `\uXXXX` (the `\u` already read), joining a surrogate pair; a lone surrogate becomes U+FFFD.
    private mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
        let first = try hex4()
        if (0xD800...0xDBFF).contains(first), position + 5 < bytes.count,
           bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            let saved = position
            position += 2
            let second = try hex4()
            if (0xDC00...0xDFFF).contains(second) {
                return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
            }
            position = saved
        }
        return Unicode.Scalar(first) ?? "\u{FFFD}"
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("bad \\u escape")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// A number by JSON's grammar: an integer when it has no fraction or exponent and fits `Int`.
    private mutating func number() throws(Failure) -> JSONValue {
        let start = position
        let isInteger = try scanNumber()
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text) else { throw failure("not a number") }
        return .double(value)
    }

    /// Moves past a number by JSON's grammar; whether it has neither fraction nor exponent.
    private mutating func scanNumber() throws(Failure) -> Bool {
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - from
        }
        if position < bytes.count && bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard digits() > 0 else { throw failure("not a JSON value") }
        var isInteger = true
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            isInteger = false
            guard digits() > 0 else { throw failure("digits expected after '.'") }
        }
        if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "e") {
            position += 1
            isInteger = false
            if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) { position += 1 }
            guard digits() > 0 else { throw failure("digits expected in the exponent") }
        }
        return isInteger
    }
}
