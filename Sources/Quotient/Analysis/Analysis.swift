/// A quote with the tone of its words.
public struct AnalyzedQuote: Sendable {
    /// The quote and its attribution.
    public var quote: Quote
    /// Valence, stance categories, tone label and evidence of the quoted words.
    public var stance: Stance
}

/// Everything Quotient finds in one document.
public struct Analysis: Sendable {
    /// The caller's identifier for the document.
    public var id: String?
    /// Quotes in document order, each with its stance.
    public var quotes: [AnalyzedQuote]
    /// One profile per speaker of the document, in order of first quote.
    public var speakers: [SpeakerProfile]
    /// Repairs and unbalanced quote marks.
    public var warnings: [String]
    /// Invalid UTF-8 sequences replaced by U+FFFD.
    public var repairedSequences: Int

    /// Creates an analysis.
    public init(id: String?, quotes: [AnalyzedQuote], speakers: [SpeakerProfile], warnings: [String], repairedSequences: Int) {
        self.id = id
        self.quotes = quotes
        self.speakers = speakers
        self.warnings = warnings
        self.repairedSequences = repairedSequences
    }

    /// An analysis of nothing, standing in for an input that could not be read.
    public static let empty = Analysis(id: nil, quotes: [], speakers: [], warnings: [], repairedSequences: 0)
}
