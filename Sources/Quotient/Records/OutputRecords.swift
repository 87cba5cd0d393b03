/// The JSON Lines output contract as values: what `quotient quotes`, `analyze` and `score --stance` write, one
/// row per input document. Offsets are Unicode scalar offsets into the document's text, end-exclusive.
///
/// Build records from results (``DocumentRecord/init(analysis:id:fields:)``), write them with
/// ``JSONLines/encode(_:)``, and read them back with ``JSONLines/decodeRow(_:)``: decoding what was encoded gives
/// equal values. Every record is also `Codable`, for use with `JSONEncoder` and `JSONDecoder`.

/// A quote's speaker as the output writes it.
public struct SpeakerRecord: Hashable, Sendable {
    /// The speaker's fullest name in the document (see ``Speaker/name``).
    public var name: String
    /// The words that refer to the speaker where the quote is attributed.
    public var mention: String
    /// Title or role, when the text gives one.
    public var role: String?
    /// Person, organization, outlet, anonymous source or group.
    public var kind: Speaker.Kind
    /// Female, male or unknown, from the text's evidence only.
    public var gender: Speaker.Gender
    /// What showed the gender.
    public var genderEvidence: Speaker.GenderEvidence?
    /// The body an unnamed speaker speaks for.
    public var organization: String?
    /// Scalar offset of the mention.
    public var start: Int
    /// Scalar offset just past the mention.
    public var end: Int

    /// The record of a speaker.
    public init(_ speaker: Speaker) {
        name = speaker.name
        mention = speaker.mention
        role = speaker.role
        kind = speaker.kind
        gender = speaker.gender
        genderEvidence = speaker.genderEvidence
        organization = speaker.organization
        start = speaker.span.scalars.lowerBound
        end = speaker.span.scalars.upperBound
    }
}

/// One matched lexicon entry as the output writes it.
public struct EvidenceRecord: Hashable, Sendable {
    /// The matched words as they appear in the text.
    public var text: String
    /// The lexicon entry.
    public var term: String
    /// The category the match counts toward.
    public var category: StanceCategory
    /// Scalar offset of the match.
    public var start: Int
    /// Scalar offset just past the match.
    public var end: Int
    /// Whether a negation governs the match.
    public var negated: Bool
    /// The weight the match contributed, rounded to 4 decimals.
    public var weight: Double

    /// The record of a piece of evidence.
    public init(_ evidence: StanceEvidence) {
        text = evidence.text
        term = evidence.term
        category = evidence.category
        start = evidence.span.scalars.lowerBound
        end = evidence.span.scalars.upperBound
        negated = evidence.negated
        weight = PythonRounding.round(evidence.weight, digits: 4)
    }
}

/// A text's tone as the output writes it: valence, tone, a score per category and the evidence.
public struct StanceRecord: Hashable, Sendable {
    /// VADER's four scores.
    public var valence: ValenceScores
    /// Polarity and labelled categories.
    public var tone: Tone
    /// The matches, in text order.
    public var evidence: [EvidenceRecord]
    // Scores as the output lists them, in lexicon order: parallel arrays, so building a record for every text
    // hashes nothing.
    private var categories: [StanceCategory]
    private var values: [Double]

    /// The record of a stance.
    public init(_ stance: Stance) {
        valence = stance.valence
        let scores: [Double]
        (tone, scores) = stance.toneAndScores()
        evidence = stance.evidence.map(EvidenceRecord.init)
        categories = stance.categories
        values = scores.map { PythonRounding.round($0, digits: 4) }
    }

    /// A record from its parts; `scores` are listed in the order of `categories`, then any others by name.
    public init(valence: ValenceScores, tone: Tone, scores: [StanceCategory: Double], evidence: [EvidenceRecord],
                categories: [StanceCategory] = StanceCategory.builtIn) {
        self.valence = valence
        self.tone = tone
        self.evidence = evidence
        (self.categories, values) = Self.listing(scores, order: categories)
    }

    /// Score per category of the lexicon, rounded to 4 decimals.
    public var scores: [StanceCategory: Double] {
        get { Dictionary(zip(categories, values), uniquingKeysWith: { _, last in last }) }
        set { (categories, values) = Self.listing(newValue, order: categories) }
    }

    /// Scores as the output lists them: the categories of `order` that have one, then the others by name.
    private static func listing(_ scores: [StanceCategory: Double], order: [StanceCategory]) -> ([StanceCategory], [Double]) {
        let listed = order.filter { scores[$0] != nil }
        let categories = listed + scores.keys.filter { !listed.contains($0) }.sorted()
        return (categories, categories.map { scores[$0]! })
    }

    /// The score of one category, 0 for a category the record does not have.
    public func score(of category: StanceCategory) -> Double {
        categories.firstIndex(of: category).map { values[$0] } ?? 0
    }

    /// The categories and their scores in the order the output lists them.
    var orderedScores: Zip2Sequence<[StanceCategory], [Double]> { zip(categories, values) }

    /// Records are equal when their members are; the order scores are listed in does not matter.
    public static func == (lhs: StanceRecord, rhs: StanceRecord) -> Bool {
        lhs.valence == rhs.valence && lhs.tone == rhs.tone && lhs.evidence == rhs.evidence && lhs.scores == rhs.scores
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(valence)
        hasher.combine(tone)
        hasher.combine(evidence)
    }
}

/// A quote as the output writes it, with its tone when it was analyzed.
public struct QuoteRecord: Hashable, Sendable {
    /// The quoted or reported words.
    public var text: String
    /// Scalar offset of the words.
    public var start: Int
    /// Scalar offset just past the words.
    public var end: Int
    /// Direct, partial or indirect.
    public var kind: QuoteKind
    /// Who said it, or nil when no speaker could be named.
    public var speaker: SpeakerRecord?
    /// The speech verb or cue that attributes it.
    public var cue: String?
    /// An outlet that relays the words.
    public var source: String?
    /// The tone of the words (`analyze` output), or nil (`quotes` output).
    public var stance: StanceRecord?

    /// The record of a quote, with its stance when it was scored.
    public init(_ quote: Quote, stance: Stance? = nil) {
        text = quote.text
        start = quote.span.scalars.lowerBound
        end = quote.span.scalars.upperBound
        kind = quote.kind
        speaker = quote.speaker.map(SpeakerRecord.init)
        cue = quote.cue
        source = quote.source
        self.stance = stance.map(StanceRecord.init)
    }
}

/// A field of an input line passed through to its output row.
///
/// A field read from a JSON Lines document keeps the bytes its value was written in, and is written out again as
/// those bytes (member order and spacing inside it as the input had them), so a large field passes through a
/// pipeline without being decoded.
public struct PassThroughField: Hashable, Sendable {
    /// The field's name (prefixed `input.` when it would clash with an output field).
    public var name: String
    /// Its value.
    public var value: JSONValue {
        get {
            guard let written else { return stored }
            // Checked when it was read, so it parses.
            return (try? JSONLines.parseValue(written)) ?? .null
        }
        set {
            stored = newValue
            written = nil
        }
    }

    private var stored: JSONValue
    /// The value's JSON text as the input wrote it (a slice of the input line), when the field was read.
    private var written: ArraySlice<UInt8>?

    /// A field.
    public init(name: String, value: JSONValue) {
        self.name = name
        self.stored = value
    }

    /// A field whose value is the well-formed JSON text `written`, written out as it is.
    init(name: String, written: ArraySlice<UInt8>) {
        self.name = name
        self.stored = .null
        self.written = written
    }

    /// Appends the value's JSON: the input's own bytes when it has them.
    func writeValue(to out: inout some ByteSink) {
        guard let written else { return stored.writeJSON(to: &out) }
        written.withUnsafeBufferPointer { out.append(contentsOf: $0) }
    }

    public static func == (lhs: PassThroughField, rhs: PassThroughField) -> Bool {
        lhs.name == rhs.name && lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(value.serialized())
    }

    /// The fields with each name a row uses itself renamed `input.NAME`, so it is neither lost nor duplicated
    /// (PolNeAR's lines carry gold "quotes").
    static func renaming(_ fields: [PassThroughField], reserved: Set<String>) -> [PassThroughField] {
        fields.map { field in
            guard reserved.contains(field.name) else { return field }
            var renamed = field
            renamed.name = "input.\(field.name)"
            return renamed
        }
    }
}

/// One document's output row: its id, the input's other fields, its quotes and, for `analyze`, its speakers.
public struct DocumentRecord: Equatable, Sendable {
    /// The input's id (any JSON value), or null.
    public var id: JSONValue
    /// The input line's other fields, in order.
    public var fields: [PassThroughField]
    /// Quotes in document order.
    public var quotes: [QuoteRecord]
    /// One profile per speaker (`analyze` output); nil for `quotes` output.
    public var speakers: [SpeakerProfile]?
    /// Repairs and unbalanced quote marks, as messages.
    public var warnings: [String]

    /// Output field names a passed-through field must not take.
    static let reservedNames: Set<String> = ["id", "quotes", "speakers", "warnings"]

    /// Rows are equal when their members are; passed-through fields are compared by name, in any order
    /// (`JSONDecoder` does not report the order of an object's members).
    public static func == (lhs: DocumentRecord, rhs: DocumentRecord) -> Bool {
        lhs.id == rhs.id && lhs.quotes == rhs.quotes && lhs.speakers == rhs.speakers && lhs.warnings == rhs.warnings
            && sameFields(lhs.fields, rhs.fields)
    }

    /// A row. Passed-through fields whose names the row uses itself are renamed `input.NAME`.
    public init(id: JSONValue, fields: [PassThroughField] = [], quotes: [QuoteRecord], speakers: [SpeakerProfile]?,
                warnings: [String]) {
        self.id = id
        self.fields = PassThroughField.renaming(fields, reserved: Self.reservedNames)
        self.quotes = quotes
        self.speakers = speakers
        self.warnings = warnings
    }

    /// The row of an analysis.
    public init(analysis: Analysis, id: JSONValue, fields: [PassThroughField] = []) {
        self.init(id: id, fields: fields, quotes: analysis.quotes.map { QuoteRecord($0.quote, stance: $0.stance) },
                  speakers: analysis.speakers, warnings: analysis.warnings)
    }

    /// The row of a quote extraction.
    public init(extraction: QuoteExtraction, id: JSONValue, fields: [PassThroughField] = []) {
        self.init(id: id, fields: fields, quotes: extraction.quotes.map { QuoteRecord($0) }, speakers: nil,
                  warnings: extraction.warnings.map(\.description))
    }
}

/// The row that stands for an input line that is not a document, so that every input line keeps one output line.
public struct ErrorRecord: Equatable, Sendable {
    /// The line's id, when it could be read.
    public var id: JSONValue
    /// The line's other fields, when it could be read as an object.
    public var fields: [PassThroughField]
    /// The line number in the input, from 1.
    public var line: Int
    /// Why the line is not a document (`error`), or why it was skipped (`skipped`: `blank`).
    public var reason: Reason

    /// What happened to the line.
    public enum Reason: Hashable, Sendable {
        /// The line is not a document, for this reason.
        case error(String)
        /// The line was skipped on purpose (a blank line).
        case skipped(String)
    }

    /// Output field names a passed-through field must not take.
    static let reservedNames: Set<String> = ["id", "line", "error", "skipped"]

    /// Rows are equal when their members are; passed-through fields are compared by name, in any order.
    public static func == (lhs: ErrorRecord, rhs: ErrorRecord) -> Bool {
        lhs.id == rhs.id && lhs.line == rhs.line && lhs.reason == rhs.reason && sameFields(lhs.fields, rhs.fields)
    }

    /// An error or skip row.
    public init(id: JSONValue = .null, fields: [PassThroughField] = [], line: Int, reason: Reason) {
        self.id = id
        self.fields = PassThroughField.renaming(fields, reserved: Self.reservedNames)
        self.line = line
        self.reason = reason
    }
}

/// One line of JSON Lines output.
public enum OutputRow: Equatable, Sendable {
    /// A document's quotes (and speakers).
    case document(DocumentRecord)
    /// A line that is not a document, or was skipped.
    case error(ErrorRecord)
}

/// One result of `quotient score`: a text (a line or a sentence), where it lies when it is part of a document,
/// VADER's scores and, with `--stance`, its tone.
public struct ScoreRecord: Hashable, Sendable {
    /// The scored text.
    public var text: String
    /// Scalar offset of a sentence in its document; nil for a line scored on its own.
    public var start: Int?
    /// Scalar offset just past the sentence.
    public var end: Int?
    /// VADER's four scores.
    public var valence: ValenceScores
    /// Tone, scores and evidence (`score --stance`), or nil.
    public var stance: StanceRecord?

    /// A result; `span` places a sentence in its document.
    public init(text: String, span: TextSpan? = nil, valence: ValenceScores, stance: Stance? = nil) {
        self.text = text
        start = span?.scalars.lowerBound
        end = span?.scalars.upperBound
        self.valence = valence
        self.stance = stance.map(StanceRecord.init)
    }
}

/// Whether two lists of passed-through fields hold the same names and values, in any order.
private func sameFields(_ lhs: [PassThroughField], _ rhs: [PassThroughField]) -> Bool {
    lhs.count == rhs.count && lhs.sorted { $0.name < $1.name } == rhs.sorted { $0.name < $1.name }
}
