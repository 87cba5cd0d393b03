/// Why a JSON value is not the record it should be.
public struct RecordError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was wrong, e.g. `quote without integer "start"`.
    public var reason: String

    /// An error.
    public init(_ reason: String) { self.reason = reason }

    /// The reason.
    public var description: String { reason }
}

/// Reads the members of a JSON object by name, with errors that say what is missing.
struct JSONObjectReader {
    let what: String
    private let members: [String: JSONValue]

    init(_ value: JSONValue, what: String) throws(RecordError) {
        guard case .object(let pairs) = value else { throw RecordError("\(what) is not a JSON object") }
        self.what = what
        members = Dictionary(pairs, uniquingKeysWith: { _, last in last })
    }

    subscript(key: String) -> JSONValue? { members[key] }

    func string(_ key: String) throws(RecordError) -> String {
        guard case .string(let value)? = members[key] else { throw RecordError("\(what) without string \"\(key)\"") }
        return value
    }

    func optionalString(_ key: String) throws(RecordError) -> String? {
        switch members[key] {
        case nil, .null?: return nil
        case .string(let value)?: return value
        default: throw RecordError("\(what) with \"\(key)\" neither string nor null")
        }
    }

    /// The member as `read` reads it, or nil when the object lacks it (rows written by older versions, and
    /// members the contract makes optional).
    func ifPresent<T>(_ key: String, _ read: (String) throws(RecordError) -> T) throws(RecordError) -> T? {
        members[key] == nil ? nil : try read(key)
    }

    func int(_ key: String) throws(RecordError) -> Int {
        guard case .int(let value)? = members[key] else { throw RecordError("\(what) without integer \"\(key)\"") }
        return value
    }

    func double(_ key: String) throws(RecordError) -> Double {
        switch members[key] {
        case .double(let value)?: return value
        case .int(let value)?: return Double(value)
        default: throw RecordError("\(what) without number \"\(key)\"")
        }
    }

    func bool(_ key: String) throws(RecordError) -> Bool {
        guard case .bool(let value)? = members[key] else { throw RecordError("\(what) without boolean \"\(key)\"") }
        return value
    }

    func array(_ key: String) throws(RecordError) -> [JSONValue] {
        guard case .array(let values)? = members[key] else { throw RecordError("\(what) without array \"\(key)\"") }
        return values
    }

    func object(_ key: String) throws(RecordError) -> [(String, JSONValue)] {
        guard case .object(let pairs)? = members[key] else { throw RecordError("\(what) without object \"\(key)\"") }
        return pairs
    }

    func enumeration<T: RawRepresentable<String>>(_ key: String, as type: T.Type) throws(RecordError) -> T {
        let raw = try string(key)
        guard let value = T(rawValue: raw) else { throw RecordError("\(what) with unknown \"\(key)\" '\(raw)'") }
        return value
    }

    /// Members other than `known`, in their order: the fields an input line passed through.
    static func others(of value: JSONValue, excluding known: Set<String>) -> [PassThroughField] {
        guard case .object(let pairs) = value else { return [] }
        return pairs.filter { !known.contains($0.0) }.map { PassThroughField(name: $0.0, value: $0.1) }
    }
}

private func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

/// Appends `key` (with its comma and colon) and a string or `null`.
private func appendOptional(_ value: String?, key: StaticString, to out: inout some ByteSink) {
    out.append(key)
    if let value { JSONValue.writeString(value, to: &out) } else { out.append("null") }
}

/// Appends `key` (with its comma and colon) and a string.
private func appendString(_ value: String, key: StaticString, to out: inout some ByteSink) {
    out.append(key)
    JSONValue.writeString(value, to: &out)
}

/// Appends `key` (with its comma and colon) and a number.
private func appendNumber(_ value: Double, key: StaticString, to out: inout some ByteSink) {
    out.append(key)
    JSONValue.writeNumber(value, to: &out)
}

/// Appends `key` (with its comma and colon) and an integer.
private func appendInt(_ value: Int, key: StaticString, to out: inout some ByteSink) {
    out.append(key)
    out.append(integer: value)
}

/// The most bytes a JSON string of a short text takes (every byte a six-byte escape).
private func maximumShortStringSize(_ value: String) -> Int { 6 * value.utf8.count + 2 }

private func strings(_ values: [JSONValue], what: String) throws(RecordError) -> [String] {
    var result: [String] = []
    for value in values {
        guard case .string(let string) = value else { throw RecordError("\(what) holds a non-string") }
        result.append(string)
    }
    return result
}

private func counts(_ pairs: [(String, JSONValue)], what: String) throws(RecordError) -> [String: Int] {
    var result: [String: Int] = [:]
    for (key, value) in pairs {
        guard case .int(let count) = value else { throw RecordError("\(what) count of '\(key)' is not an integer") }
        result[key] = count
    }
    return result
}

extension ValenceScores {
    /// Appends `{"neg":…,"neu":…,"pos":…,"compound":…}`, the same bytes as `json.write(to:)`.
    public func write(to out: inout [UInt8]) { writeJSON(to: &out) }

    /// The same bytes into any byte sink.
    package func writeJSON(to out: inout some ByteSink) {
        out.append(UInt8(ascii: "{"))
        writeMembers(to: &out, first: true)
        out.append(UInt8(ascii: "}"))
    }

    /// Appends `,"neg":…,"neu":…,"pos":…,"compound":…` as a score row holds them (without the leading comma
    /// when `first`).
    func writeMembers(to out: inout some ByteSink, first: Bool = false) {
        out.append(first ? #""neg":"# : #","neg":"#)
        JSONValue.writeNumber(negative, to: &out)
        appendNumber(neutral, key: #","neu":"#, to: &out)
        appendNumber(positive, key: #","pos":"#, to: &out)
        appendNumber(compound, key: #","compound":"#, to: &out)
    }

    /// `{"neg": …, "neu": …, "pos": …, "compound": …}`.
    public var json: JSONValue {
        .object([("neg", .double(negative)), ("neu", .double(neutral)), ("pos", .double(positive)), ("compound", .double(compound))])
    }

    /// Reads `{"neg", "neu", "pos", "compound"}`.
    public init(json: JSONValue) throws(RecordError) {
        let reader = try JSONObjectReader(json, what: "valence")
        self.init(negative: try reader.double("neg"), neutral: try reader.double("neu"), positive: try reader.double("pos"),
                  compound: try reader.double("compound"))
    }
}

extension SpeakerRecord {
    /// Appends the speaker object, the same bytes as `json.write(to:)`.
    public func write(to out: inout [UInt8]) { writeJSON(to: &out) }

    /// The same bytes into any byte sink.
    package func writeJSON(to out: inout some ByteSink) {
        appendString(name, key: #"{"name":"#, to: &out)
        appendString(mention, key: #","mention":"#, to: &out)
        appendOptional(role, key: #","role":"#, to: &out)
        appendString(kind.rawValue, key: #","kind":"#, to: &out)
        appendString(gender.rawValue, key: #","gender":"#, to: &out)
        appendOptional(genderEvidence?.rawValue, key: #","gender_evidence":"#, to: &out)
        appendOptional(organization, key: #","organization":"#, to: &out)
        appendInt(start, key: #","start":"#, to: &out)
        appendInt(end, key: #","end":"#, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// The speaker object of a quote row.
    public var json: JSONValue {
        .object([
            ("name", .string(name)), ("mention", .string(mention)), ("role", optional(role)), ("kind", .string(kind.rawValue)),
            ("gender", .string(gender.rawValue)), ("gender_evidence", optional(genderEvidence?.rawValue)),
            ("organization", optional(organization)), ("start", .int(start)), ("end", .int(end)),
        ])
    }

    /// Reads a speaker object.
    public init(json: JSONValue) throws(RecordError) {
        let reader = try JSONObjectReader(json, what: "speaker")
        name = try reader.string("name")
        mention = try reader.string("mention")
        role = try reader.optionalString("role")
        kind = try reader.enumeration("kind", as: Speaker.Kind.self)
        gender = try reader.enumeration("gender", as: Speaker.Gender.self)
        genderEvidence = try reader.optionalString("gender_evidence").map { raw throws(RecordError) in
            guard let evidence = Speaker.GenderEvidence(rawValue: raw) else { throw RecordError("speaker with unknown \"gender_evidence\" '\(raw)'") }
            return evidence
        }
        organization = try reader.optionalString("organization")
        start = try reader.int("start")
        end = try reader.int("end")
    }
}

extension EvidenceRecord {
    /// Appends the evidence object, the same bytes as `json.write(to:)`.
    public func write(to out: inout [UInt8]) {
        Self.write(text: text, term: term, category: category, start: start, end: end, negated: negated, weight: weight, to: &out)
    }

    /// The evidence object of these members: the one writer of records and of ``Stance/writeRecordMembers(to:)``.
    fileprivate static func write(
        text: String, term: String, category: StanceCategory, start: Int, end: Int, negated: Bool, weight: Double,
        to out: inout some ByteSink
    ) {
        appendString(text, key: #"{"text":"#, to: &out)
        appendString(term, key: #","term":"#, to: &out)
        appendString(category.rawValue, key: #","category":"#, to: &out)
        appendInt(start, key: #","start":"#, to: &out)
        appendInt(end, key: #","end":"#, to: &out)
        out.append(negated ? #","negated":true,"weight":"# : #","negated":false,"weight":"#)
        JSONValue.writeNumber(weight, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// The most bytes ``write(text:term:category:start:end:negated:weight:to:)`` stores.
    fileprivate static func maximumSize(text: String, term: String, category: StanceCategory) -> Int {
        maximumShortStringSize(text) + maximumShortStringSize(term) + maximumShortStringSize(category.rawValue)
            + 2 * 21 + JSONValue.maximumNumberSize + 80
    }

    /// An evidence object.
    public var json: JSONValue {
        .object([
            ("text", .string(text)), ("term", .string(term)), ("category", .string(category.rawValue)),
            ("start", .int(start)), ("end", .int(end)), ("negated", .bool(negated)), ("weight", .double(weight)),
        ])
    }

    /// Reads an evidence object.
    public init(json: JSONValue) throws(RecordError) {
        let reader = try JSONObjectReader(json, what: "evidence")
        text = try reader.string("text")
        term = try reader.string("term")
        category = StanceCategory(try reader.string("category"))
        start = try reader.int("start")
        end = try reader.int("end")
        negated = try reader.bool("negated")
        weight = try reader.double("weight")
    }
}

extension StanceRecord {
    /// Appends `,"tone":[…],"scores":{…},"evidence":[…]` as ``jsonMembers`` serializes.
    func writeMembers(to out: inout some ByteSink) {
        writeTone(tone, to: &out)
        out.append(#","scores":{"#)
        for (index, (category, score)) in orderedScores.enumerated() {
            writeScore(score, of: category, first: index == 0, to: &out)
        }
        out.append(#"},"evidence":["#)
        for (index, item) in evidence.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            EvidenceRecord.write(text: item.text, term: item.term, category: item.category, start: item.start, end: item.end,
                                 negated: item.negated, weight: item.weight, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// The stance members of a quote or score row, after the text and offsets.
    var jsonMembers: [(String, JSONValue)] {
        [
            ("tone", .array(tone.strings.map { .string($0) })),
            ("scores", .object(orderedScores.map { ($0.rawValue, .double($1)) })),
            ("evidence", .array(evidence.map(\.json))),
        ]
    }

    /// Reads the stance members of an object (`valence` nested or flat, `tone`, `scores`, `evidence`).
    init(reader: JSONObjectReader, valence: ValenceScores) throws(RecordError) {
        let toneStrings = try strings(try reader.array("tone"), what: "tone")
        guard let first = toneStrings.first, let polarity = Polarity(rawValue: first) else {
            throw RecordError("\(reader.what) whose \"tone\" does not start with a polarity")
        }
        var categories: [StanceCategory] = []
        var scores: [StanceCategory: Double] = [:]
        for (name, value) in try reader.object("scores") {
            let category = StanceCategory(name)
            switch value {
            case .double(let score): scores[category] = score
            case .int(let score): scores[category] = Double(score)
            default: throw RecordError("\(reader.what) score of '\(name)' is not a number")
            }
            categories.append(category)
        }
        var evidence: [EvidenceRecord] = []
        for item in try reader.array("evidence") { evidence.append(try EvidenceRecord(json: item)) }
        self.init(valence: valence, tone: Tone(polarity: polarity, categories: toneStrings.dropFirst().map { StanceCategory($0) }),
                  scores: scores, evidence: evidence, categories: categories)
    }
}

extension QuoteRecord {
    /// Appends the quote object, the same bytes as `json.write(to:)`.
    public func write(to out: inout [UInt8]) { writeJSON(to: &out) }

    /// The same bytes into any byte sink.
    package func writeJSON(to out: inout some ByteSink) {
        appendString(text, key: #"{"text":"#, to: &out)
        appendInt(start, key: #","start":"#, to: &out)
        appendInt(end, key: #","end":"#, to: &out)
        appendString(kind.rawValue, key: #","kind":"#, to: &out)
        out.append(#","speaker":"#)
        if let speaker { speaker.writeJSON(to: &out) } else { out.append("null") }
        appendOptional(cue, key: #","cue":"#, to: &out)
        appendOptional(source, key: #","source":"#, to: &out)
        if let stance {
            out.append(#","valence":"#)
            stance.valence.writeJSON(to: &out)
            stance.writeMembers(to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// A quote object; with a stance, its `valence`, `tone`, `scores` and `evidence` follow the quote's fields.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("text", .string(text)), ("start", .int(start)), ("end", .int(end)), ("kind", .string(kind.rawValue)),
            ("speaker", speaker?.json ?? .null), ("cue", optional(cue)), ("source", optional(source)),
        ]
        if let stance { members += [("valence", stance.valence.json)] + stance.jsonMembers }
        return .object(members)
    }

    /// Reads a quote object.
    public init(json: JSONValue) throws(RecordError) {
        let reader = try JSONObjectReader(json, what: "quote")
        text = try reader.string("text")
        start = try reader.int("start")
        end = try reader.int("end")
        kind = try reader.enumeration("kind", as: QuoteKind.self)
        switch reader["speaker"] {
        case nil, .null?: speaker = nil
        case let value?: speaker = try SpeakerRecord(json: value)
        }
        cue = try reader.optionalString("cue")
        source = try reader.optionalString("source")
        if let valence = reader["valence"] {
            stance = try StanceRecord(reader: reader, valence: try ValenceScores(json: valence))
        } else {
            stance = nil
        }
    }
}

extension SpeakerProfile {
    /// Appends the profile, the same bytes as `json.write(to:)`, without building the tree: `analyze` writes one
    /// per speaker of every document.
    package func writeJSON(to out: inout some ByteSink) {
        let interval = valenceInterval
        appendString(name, key: #"{"name":"#, to: &out)
        out.append(#","aliases":["#)
        for (index, alias) in aliases.sorted().enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONValue.writeString(alias, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        appendOptional(role, key: #","role":"#, to: &out)
        appendString(kind.rawValue, key: #","kind":"#, to: &out)
        appendString(gender.rawValue, key: #","gender":"#, to: &out)
        appendInt(quoteCount, key: #","quotes":"#, to: &out)
        appendInt(femaleQuotes, key: #","female_quotes":"#, to: &out)
        appendInt(maleQuotes, key: #","male_quotes":"#, to: &out)
        appendNumber(PythonRounding.round(meanValence, digits: 4), key: #","mean_valence":"#, to: &out)
        appendNumber(PythonRounding.round(interval.lowerBound, digits: 4), key: #","valence_ci95":["#, to: &out)
        appendNumber(PythonRounding.round(interval.upperBound, digits: 4), key: ",", to: &out)
        out.append(UInt8(ascii: "]"))
        appendInt(valenceSum, key: #","valence_sum":"#, to: &out)
        appendInt(valenceSquareSum, key: #","valence_square_sum":"#, to: &out)
        out.append(#","categories":{"#)
        for (index, (category, count)) in categoryQuotes.sorted(by: { $0.key < $1.key }).enumerated() {
            appendCount(count, named: category.rawValue, first: index == 0, to: &out)
        }
        out.append(#"},"terms":{"#)
        for (index, (term, count)) in termCounts.sorted(by: { $0.key < $1.key }).enumerated() {
            appendCount(count, named: term, first: index == 0, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        appendOptional(typicalQuote, key: #","typical_quote":"#, to: &out)
        appendInt(typicalQuoteEvidence, key: #","typical_evidence":"#, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// `"name":count` in an object of counts, after a comma unless `first`.
    private func appendCount(_ count: Int, named name: String, first: Bool, to out: inout some ByteSink) {
        if !first { out.append(UInt8(ascii: ",")) }
        JSONValue.writeString(name, to: &out)
        appendInt(count, key: ":", to: &out)
    }

    /// A speaker profile as `analyze` writes it: the exact sums that merge, and the mean and interval they give.
    public var json: JSONValue {
        let interval = valenceInterval
        return .object([
            ("name", .string(name)),
            ("aliases", .array(aliases.sorted().map { .string($0) })),
            ("role", optional(role)),
            ("kind", .string(kind.rawValue)),
            ("gender", .string(gender.rawValue)),
            ("quotes", .int(quoteCount)),
            ("female_quotes", .int(femaleQuotes)),
            ("male_quotes", .int(maleQuotes)),
            ("mean_valence", .double(PythonRounding.round(meanValence, digits: 4))),
            ("valence_ci95", .array([.double(PythonRounding.round(interval.lowerBound, digits: 4)),
                                     .double(PythonRounding.round(interval.upperBound, digits: 4))])),
            ("valence_sum", .int(valenceSum)),
            ("valence_square_sum", .int(valenceSquareSum)),
            ("categories", .object(categoryQuotes.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .int($0.value)) })),
            ("terms", .object(termCounts.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
            ("typical_quote", optional(typicalQuote)),
            ("typical_evidence", .int(typicalQuoteEvidence)),
        ])
    }

    /// Reads a profile written by ``json``; the mean and interval are derived again from the sums.
    public init(json: JSONValue) throws(RecordError) {
        let reader = try JSONObjectReader(json, what: "speaker")
        let name = try reader.string("name")
        let aliases = try strings(try reader.ifPresent("aliases", reader.array) ?? [.string(name)], what: "speaker aliases")
        let categories = try counts(try reader.ifPresent("categories", reader.object) ?? [], what: "speaker category")
        let terms = try counts(try reader.ifPresent("terms", reader.object) ?? [], what: "speaker term")
        self.init(
            name: name, aliases: Set(aliases), role: try reader.optionalString("role"),
            kind: try reader.ifPresent("kind") { key throws(RecordError) in try reader.enumeration(key, as: Speaker.Kind.self) } ?? .person,
            quoteCount: try reader.int("quotes"), valenceSum: try reader.int("valence_sum"),
            valenceSquareSum: try reader.int("valence_square_sum"),
            categoryQuotes: Dictionary(uniqueKeysWithValues: categories.map { (StanceCategory($0.key), $0.value) }),
            termCounts: terms, typicalQuote: try reader.optionalString("typical_quote"),
            typicalEvidence: try reader.ifPresent("typical_evidence", reader.int) ?? 0)
        // Output written before genders were recorded has none.
        femaleQuotes = try reader.ifPresent("female_quotes", reader.int) ?? 0
        maleQuotes = try reader.ifPresent("male_quotes", reader.int) ?? 0
    }
}

extension DocumentRecord {
    /// Appends the row, the same bytes as `json.write(to:)`.
    public func write(to out: inout [UInt8]) { writeJSON(to: &out) }

    /// The same bytes into the command line's output buffer (the writer specialized here, where it is written).
    package func write(to out: inout ByteBuffer) { writeJSON(to: &out) }

    /// The same bytes into any byte sink.
    package func writeJSON(to out: inout some ByteSink) {
        writeOpening(id: id, fields: fields, to: &out)
        out.append(#","quotes":["#)
        for (index, quote) in quotes.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            quote.writeJSON(to: &out)
        }
        out.append(UInt8(ascii: "]"))
        if let speakers {
            out.append(#","speakers":["#)
            for (index, speaker) in speakers.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                speaker.writeJSON(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(#","warnings":["#)
        for (index, warning) in warnings.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONValue.writeString(warning, to: &out)
        }
        out.append("]}")
    }

    /// The row: `id`, the passed-through fields, `quotes`, `speakers` (for `analyze`), `warnings`.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("id", id)] + fields.map { ($0.name, $0.value) }
        members.append(("quotes", .array(quotes.map(\.json))))
        if let speakers { members.append(("speakers", .array(speakers.map(\.json)))) }
        members.append(("warnings", .array(warnings.map { .string($0) })))
        return .object(members)
    }

    /// Reads a row; every member the contract does not name is a passed-through field.
    public init(json: JSONValue) throws(RecordError) {
        let reader = try JSONObjectReader(json, what: "row")
        var quotes: [QuoteRecord] = []
        for quote in try reader.array("quotes") { quotes.append(try QuoteRecord(json: quote)) }
        var speakers: [SpeakerProfile]?
        if reader["speakers"] != nil {
            speakers = []
            for speaker in try reader.array("speakers") { speakers!.append(try SpeakerProfile(json: speaker)) }
        }
        self.init(id: reader["id"] ?? .null, fields: JSONObjectReader.others(of: json, excluding: Self.reservedNames),
                  quotes: quotes, speakers: speakers,
                  warnings: try strings(try reader.ifPresent("warnings", reader.array) ?? [], what: "warnings"))
    }
}

extension ErrorRecord {
    /// Appends the row's compact JSON; passed-through fields as the input wrote them.
    public func write(to out: inout [UInt8]) { writeJSON(to: &out) }

    /// The same bytes into any byte sink.
    package func writeJSON(to out: inout some ByteSink) {
        writeOpening(id: id, fields: fields, to: &out)
        out.append(#","line":"#)
        out.append(integer: line)
        switch reason {
        case .error(let message):
            out.append(#","error":"#)
            JSONValue.writeString(message, to: &out)
        case .skipped(let why):
            out.append(#","skipped":"#)
            JSONValue.writeString(why, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// The row: `id`, the passed-through fields, `line`, and `error` or `skipped`.
    public var json: JSONValue {
        let reasonMember: (String, JSONValue) = switch reason {
        case .error(let message): ("error", .string(message))
        case .skipped(let why): ("skipped", .string(why))
        }
        return .object([("id", id)] + fields.map { ($0.name, $0.value) } + [("line", .int(line)), reasonMember])
    }

    /// Reads an error or skip row.
    public init(json: JSONValue) throws(RecordError) {
        let reader = try JSONObjectReader(json, what: "row")
        let reason: Reason
        if reader["error"] != nil {
            reason = .error(try reader.string("error"))
        } else {
            reason = .skipped(try reader.string("skipped"))
        }
        self.init(id: reader["id"] ?? .null, fields: JSONObjectReader.others(of: json, excluding: Self.reservedNames),
                  line: try reader.int("line"), reason: reason)
    }
}

extension OutputRow {
    /// Appends the row's compact JSON.
    public func write(to out: inout [UInt8]) { writeJSON(to: &out) }

    /// The same bytes into any byte sink.
    package func writeJSON(to out: inout some ByteSink) {
        switch self {
        case .document(let record): record.writeJSON(to: &out)
        case .error(let record): record.writeJSON(to: &out)
        }
    }

    /// The row as JSON.
    public var json: JSONValue {
        switch self {
        case .document(let record): record.json
        case .error(let record): record.json
        }
    }

    /// Reads a row: an error or skip row when it has `error` or `skipped`, else a document row.
    public init(json: JSONValue) throws(RecordError) {
        let reader = try JSONObjectReader(json, what: "row")
        if reader["error"] != nil || reader["skipped"] != nil {
            self = .error(try ErrorRecord(json: json))
        } else {
            self = .document(try DocumentRecord(json: json))
        }
    }
}

/// `{"id":…` and the passed-through fields of a row, each as its input wrote it.
private func writeOpening(id: JSONValue, fields: [PassThroughField], to out: inout some ByteSink) {
    out.append(#"{"id":"#)
    id.writeJSON(to: &out)
    for field in fields {
        out.append(UInt8(ascii: ","))
        JSONValue.writeString(field.name, to: &out)
        out.append(UInt8(ascii: ":"))
        field.writeValue(to: &out)
    }
}

/// `,"tone":["positive","obligation",…]`.
private func writeTone(_ tone: Tone, to out: inout some ByteSink) {
    out.append(#","tone":["#)
    JSONValue.writeString(tone.polarity.rawValue, to: &out)
    for category in tone.categories {
        out.append(UInt8(ascii: ","))
        JSONValue.writeString(category.rawValue, to: &out)
    }
    out.append(UInt8(ascii: "]"))
}

/// `"category":score` in the scores object, after a comma unless `first`.
private func writeScore(_ score: Double, of category: StanceCategory, first: Bool, to out: inout some ByteSink) {
    if !first { out.append(UInt8(ascii: ",")) }
    JSONValue.writeString(category.rawValue, to: &out)
    out.append(UInt8(ascii: ":"))
    JSONValue.writeNumber(score, to: &out)
}

extension Stance {
    /// Appends `,"tone":[…],"scores":{…},"evidence":[…]`, the same bytes as the members of `StanceRecord(self)`,
    /// without building the record: `score --stance` writes one row per text, and the records took a third of
    /// its time.
    func writeRecordMembers(to out: inout some ByteSink) {
        let (tone, scores) = toneAndScores()
        writeTone(tone, to: &out)
        out.append(#","scores":{"#)
        for (index, category) in categories.enumerated() {
            let score = scores[index]
            writeScore(score == 0 ? 0 : PythonRounding.round(score, digits: 4), of: category, first: index == 0, to: &out)
        }
        out.append(#"},"evidence":["#)
        for (index, item) in evidence.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            EvidenceRecord.write(text: item.text, term: item.term, category: item.category, start: item.span.scalars.lowerBound,
                                 end: item.span.scalars.upperBound, negated: item.negated,
                                 weight: PythonRounding.round(item.weight, digits: 4), to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// The most bytes ``writeRecordMembers(to:)`` stores.
    var maximumRecordMembersSize: Int {
        var size = 64 + categories.count * (JSONValue.maximumNumberSize + 2)
        for category in categories { size += 2 * maximumShortStringSize(category.rawValue) }
        for item in evidence { size += EvidenceRecord.maximumSize(text: item.text, term: item.term, category: item.category) + 1 }
        return size
    }
}

extension ScoreRecord {
    /// Appends the row's JSON, the same bytes as `json.write(to:)`, without building the tree: `score
    /// --stance` writes one row per line, and the tree took most of its time.
    public func write(to out: inout [UInt8]) {
        Self.write(text: text, start: start, end: end, valence: valence, to: &out) { stance?.writeMembers(to: &$0) }
    }

    /// Stores the row of a text's stance, the same bytes as `ScoreRecord(text:span:valence:stance:).write(to:)`,
    /// straight from the stance, into memory of ``maximumSize(text:stance:)`` bytes.
    package static func write(text: String, span: TextSpan?, stance: Stance, to out: inout UnsafeByteSink) {
        write(text: text, start: span?.scalars.lowerBound, end: span?.scalars.upperBound, valence: stance.valence, to: &out) {
            stance.writeRecordMembers(to: &$0)
        }
    }

    /// The most bytes ``write(text:span:stance:to:)`` stores.
    package static func maximumSize(text: String, stance: Stance) -> Int {
        var text = text
        let textSize = text.withUTF8 { JSONValue.maximumStringSize(utf8: $0) }
        return textSize + 2 * 21 + 4 * JSONValue.maximumNumberSize + 80 + stance.maximumRecordMembersSize
    }

    private static func write<Sink: ByteSink>(
        text: String, start: Int?, end: Int?, valence: ValenceScores, to out: inout Sink, stance: (inout Sink) -> Void
    ) {
        appendString(text, key: #"{"text":"#, to: &out)
        if let start, let end {
            appendInt(start, key: #","start":"#, to: &out)
            appendInt(end, key: #","end":"#, to: &out)
        }
        valence.writeMembers(to: &out)
        stance(&out)
        out.append(UInt8(ascii: "}"))
    }

    /// `{"text", "start"?, "end"?, "neg", "neu", "pos", "compound"}`, then `tone`, `scores` and `evidence` with a stance.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [("text", .string(text))]
        if let start, let end { members += [("start", .int(start)), ("end", .int(end))] }
        if case .object(let valenceMembers) = valence.json { members += valenceMembers }
        if let stance { members += stance.jsonMembers }
        return .object(members)
    }

    /// Reads a score row.
    public init(json: JSONValue) throws(RecordError) {
        let reader = try JSONObjectReader(json, what: "score")
        text = try reader.string("text")
        start = try reader.ifPresent("start", reader.int)
        end = try reader.ifPresent("end", reader.int)
        valence = try ValenceScores(json: json)
        stance = reader["tone"] == nil ? nil : try StanceRecord(reader: reader, valence: valence)
    }
}
