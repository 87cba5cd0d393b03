/// VADER's `polarity_scores` output: proportions of negative, neutral and positive words, and the normalized
/// compound score in [-1, 1], rounded as vaderSentiment 3.3.2 rounds them (3 and 4 decimals).
public struct ValenceScores: Hashable, Sendable, CustomStringConvertible {
    /// Share of negative valence.
    public var negative: Double
    /// Share of neutral words.
    public var neutral: Double
    /// Share of positive valence.
    public var positive: Double
    /// Normalized sum of valences, in [-1, 1].
    public var compound: Double

    /// Creates scores.
    public init(negative: Double, neutral: Double, positive: Double, compound: Double) {
        self.negative = negative
        self.neutral = neutral
        self.positive = positive
        self.compound = compound
    }

    /// All zero, as VADER reports for a text without tokens.
    public static let empty = ValenceScores(negative: 0, neutral: 0, positive: 0, compound: 0)

    /// The four scores on one line.
    public var description: String {
        "neg \(negative) neu \(neutral) pos \(positive) compound \(compound)"
    }
}
