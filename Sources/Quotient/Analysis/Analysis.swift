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

    /// The same analysis with every offset moved by `utf8` bytes and `scalars` scalars: for a document that
    /// is one part of a larger input.
    public func shifted(utf8: Int, scalars: Int) -> Analysis {
        guard utf8 != 0 || scalars != 0 else { return self }
        func move(_ span: TextSpan) -> TextSpan {
            TextSpan(utf8: (span.utf8.lowerBound + utf8)..<(span.utf8.upperBound + utf8),
                     scalars: (span.scalars.lowerBound + scalars)..<(span.scalars.upperBound + scalars))
        }
        var copy = self
        copy.quotes = quotes.map { item in
            var item = item
            item.quote.span = move(item.quote.span)
            if let speaker = item.quote.speaker { item.quote.speaker?.span = move(speaker.span) }
            item.stance.evidence = item.stance.evidence.map { evidence in
                var evidence = evidence
                evidence.span = move(evidence.span)
                return evidence
            }
            return item
        }
        return copy
    }

    /// An analysis of nothing, standing in for an input that could not be read.
    public static let empty = Analysis(id: nil, quotes: [], speakers: [], warnings: [], repairedSequences: 0)
}
