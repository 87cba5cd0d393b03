// Every record is Codable through the same JSON members the JSON Lines writer uses, so `JSONEncoder` and
// `JSONDecoder` read and write the contract too.

extension JSONValue: Codable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes any JSON value; object members are kept in key order (a decoder does not report the order).
    public init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: Key.self) {
            var members: [(String, JSONValue)] = []
            for key in object.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                members.append((key.stringValue, try object.decode(JSONValue.self, forKey: key)))
            }
            self = .object(members)
        } else if var array = try? decoder.unkeyedContainer() {
            var values: [JSONValue] = []
            while !array.isAtEnd { values.append(try array.decode(JSONValue.self)) }
            self = .array(values)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                self = .null
            } else if let value = try? single.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? single.decode(Int.self) {
                self = .int(value)
            } else if let value = try? single.decode(Double.self) {
                self = .double(value)
            } else {
                self = .string(try single.decode(String.self))
            }
        }
    }

    /// Encodes the value, object members in their order.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var single = encoder.singleValueContainer()
            try single.encodeNil()
        case .bool(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .int(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .double(let value):
            var single = encoder.singleValueContainer()
            if value.isFinite { try single.encode(value) } else { try single.encodeNil() }
        case .string(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .array(let values):
            var array = encoder.unkeyedContainer()
            for value in values { try array.encode(value) }
        case .object(let members):
            var object = encoder.container(keyedBy: Key.self)
            for (key, value) in members { try object.encode(value, forKey: Key(stringValue: key)) }
        }
    }
}

/// A value of the output contract that reads itself from, and writes itself as, a ``JSONValue``: the one
/// definition of its JSON members, from which its `Codable` conformance follows.
public protocol JSONRecord: Codable {
    /// Reads the value from its JSON members.
    init(json: JSONValue) throws(RecordError)
    /// The value's JSON members, in the contract's order.
    var json: JSONValue { get }
    /// Appends the value's compact JSON as UTF-8: the bytes of `json.write(to:)`. The records written once per
    /// line (documents, quotes, scores) write straight into `out` without building the tree.
    func write(to out: inout [UInt8])
}

extension JSONRecord {
    /// Appends `json` as compact UTF-8.
    public func write(to out: inout [UInt8]) { json.write(to: &out) }

    /// The same bytes into any byte sink.
    package func writeJSON(to out: inout some ByteSink) { json.writeJSON(to: &out) }

    /// Decodes the value through its JSON members.
    public init(from decoder: any Decoder) throws { try self.init(json: JSONValue(from: decoder)) }
    /// Encodes the value's JSON members.
    public func encode(to encoder: any Encoder) throws { try json.encode(to: encoder) }
}

extension ValenceScores: JSONRecord {}
extension SpeakerRecord: JSONRecord {}
extension EvidenceRecord: JSONRecord {}
extension QuoteRecord: JSONRecord {}
extension SpeakerProfile: JSONRecord {}
extension DocumentRecord: JSONRecord {}
extension ErrorRecord: JSONRecord {}
extension OutputRow: JSONRecord {}
extension ScoreRecord: JSONRecord {}
