
/// One document of a JSON Lines stream: `{"id": …, "text": "…", other fields}`.
public struct JSONLinesDocument: Sendable {
    /// The "id" field (any JSON value), or null.
    public var id: JSONValue
    /// The "text" field.
    public var text: String
    /// Every other field, in key order, for passing through to the output.
    public var fields: [PassThroughField]
}

/// Reads JSON Lines documents: the input format of data pipelines.
public enum JSONLines {
    /// Why a line is not a document, with what could still be read of it.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The reason, e.g. `not a JSON object`.
        public var message: String
        /// The line's "id" when it is a JSON object that has one, else null: error rows can be joined back.
        public var id: JSONValue = .null
        /// The line's other fields when it is a JSON object ("text" left out), in key order.
        public var fields: [PassThroughField] = []
        /// The reason.
        public var description: String { message }

        public static func == (lhs: Failure, rhs: Failure) -> Bool {
            lhs.message == rhs.message && lhs.id == rhs.id && lhs.fields == rhs.fields
        }
    }

    /// Parses one line (without its newline). The other fields are kept in the order of their names, each with
    /// the bytes its value was written in (checked, not decoded), which its output row writes again as they are.
    public static func parseDocument(_ line: [UInt8]) -> Result<JSONLinesDocument, Failure> {
        let members: [(String, JSONParser.Member)]
        do {
            members = try parsing(line) { bytes throws(JSONParser.Failure) in try JSONParser.members(of: bytes, building: ["id", "text"]) }
        } catch {
            return .failure(Failure(message: error.reason))
        }
        var id = JSONValue.null
        var text: String?
        var others: [PassThroughField] = []
        // Of repeated names the last counts, as in Foundation's reading.
        for (name, member) in Dictionary(members, uniquingKeysWith: { _, last in last }).sorted(by: { $0.key < $1.key }) {
            switch (name, member) {
            case ("id", .value(let value)): id = value.sortingKeys()
            case ("text", .value(let value)): if case .string(let string) = value { text = string }
            case (_, .raw(let range)): others.append(PassThroughField(name: name, written: line[range]))
            case (_, .value(let value)): others.append(PassThroughField(name: name, value: value.sortingKeys()))
            }
        }
        guard let text else { return .failure(Failure(message: "no \"text\" string", id: id, fields: others)) }
        return .success(JSONLinesDocument(id: id, text: text, fields: others))
    }

    /// Appends a row and a newline: the output contract's writer.
    public static func write(_ row: OutputRow, to buffer: inout [UInt8]) {
        row.write(to: &buffer)
        buffer.append(0x0A)
    }

    /// A row as one line of text, without the newline.
    public static func encode(_ row: OutputRow) -> String {
        var bytes: [UInt8] = []
        row.write(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The members a row of either kind sets itself: built when a row is read back, the rest passed through.
    private static let rowMemberNames = DocumentRecord.reservedNames.union(ErrorRecord.reservedNames)

    /// Reads one output line (without its newline) back into a row. Its passed-through fields keep the bytes the
    /// line wrote them in, so the row written again gives the same line.
    public static func decodeRow(_ line: some Collection<UInt8>) throws(RecordError) -> OutputRow {
        let bytes = Array(line)
        let members = try parsing(bytes) { bytes throws(JSONParser.Failure) in
            try JSONParser.members(of: bytes, building: rowMemberNames)
        }
        let built = members.compactMap { name, member in
            if case .value(let value) = member { (name, value) } else { nil }
        }
        var row = try OutputRow(json: .object(built))
        let reserved = if case .document = row { DocumentRecord.reservedNames } else { ErrorRecord.reservedNames }
        let fields = members.compactMap { name, member -> PassThroughField? in
            guard !reserved.contains(name) else { return nil }
            return switch member {
            case .value(let value): PassThroughField(name: name, value: value)
            case .raw(let range): PassThroughField(name: name, written: bytes[range])
            }
        }
        switch row {
        case .document(var record):
            record.fields = fields
            row = .document(record)
        case .error(var record):
            record.fields = fields
            row = .error(record)
        }
        return row
    }

    /// The speaker profiles of one line of `analyze` output and its passed-through fields, without decoding its
    /// quotes (what `compare --from` needs); nil for an error or skip row.
    public static func speakerProfiles(inLine line: some Collection<UInt8>) throws(RecordError) -> (profiles: [SpeakerProfile], fields: [PassThroughField])? {
        let value = JSONValue.object(try parsing(Array(line)) { bytes throws(JSONParser.Failure) in
            try JSONParser.members(of: bytes, skipping: ["quotes", "warnings"])
        })
        let reader = try JSONObjectReader(value, what: "line")
        if reader["error"] != nil || reader["skipped"] != nil { return nil }
        guard reader["speakers"] != nil else { throw RecordError("no \"speakers\" list (is this `analyze --format jsonl` output?)") }
        var profiles: [SpeakerProfile] = []
        for speaker in try reader.array("speakers") { profiles.append(try SpeakerProfile(json: speaker)) }
        return (profiles, JSONObjectReader.others(of: value, excluding: DocumentRecord.reservedNames))
    }

    /// Reads one line of JSON (without its newline), keeping object members in their written order.
    public static func parseValue(_ line: some Collection<UInt8>) throws(RecordError) -> JSONValue {
        try parsing(Array(line)) { bytes throws(JSONParser.Failure) in try JSONParser.parse(bytes) }
    }

    /// Runs a parse over a line's bytes once they are known to be valid UTF-8; a line that does not parse is
    /// "not a JSON object", as every reader of lines reports it.
    private static func parsing<Parsed>(
        _ line: [UInt8], _ parse: (UnsafeBufferPointer<UInt8>) throws(JSONParser.Failure) -> Parsed
    ) throws(RecordError) -> Parsed {
        guard String(validating: line, as: UTF8.self) != nil else { throw RecordError("not valid UTF-8") }
        do {
            return try line.withUnsafeBufferPointer { bytes throws(JSONParser.Failure) in try parse(bytes) }
        } catch {
            throw RecordError("not a JSON object")
        }
    }
}
