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
    /// Unbalanced quote marks and other repairs the quote extractor made, with where they are.
    public var quoteWarnings: [QuoteWarning]
    /// Invalid UTF-8 sequences replaced by U+FFFD.
    public var repairedSequences: Int

    /// Creates an analysis.
    public init(id: String?, quotes: [AnalyzedQuote], speakers: [SpeakerProfile], quoteWarnings: [QuoteWarning],
                repairedSequences: Int) {
        self.id = id
        self.quotes = quotes
        self.speakers = speakers
        self.quoteWarnings = quoteWarnings
        self.repairedSequences = repairedSequences
    }

    /// Every repair as one line: the UTF-8 repairs first, then each quote warning with its scalar range.
    public var warnings: [String] {
        let repairs = repairedSequences > 0 ? ["replaced \(repairedSequences) invalid UTF-8 sequence(s) with U+FFFD"] : []
        return repairs + quoteWarnings.map(\.description)
    }

    /// The same analysis with every offset moved by `utf8` bytes and `scalars` scalars: for a document that
    /// is one part of a larger input.
    public func shifted(utf8: Int, scalars: Int) -> Analysis {
        guard utf8 != 0 || scalars != 0 else { return self }
        var copy = self
        copy.quotes = quotes.map { item in
            AnalyzedQuote(quote: item.quote.shifted(utf8: utf8, scalars: scalars),
                          stance: item.stance.shifted(utf8: utf8, scalars: scalars))
        }
        copy.quoteWarnings = quoteWarnings.map { $0.shifted(utf8: utf8, scalars: scalars) }
        return copy
    }

    /// An analysis of nothing, standing in for an input that could not be read.
    public static let empty = Analysis(id: nil, quotes: [], speakers: [], quoteWarnings: [], repairedSequences: 0)
}
