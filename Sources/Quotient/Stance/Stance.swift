import Foundation

/// A stance category's definition, read from a lexicon file's header.
public struct StanceCategory: Hashable, Sendable {
    /// What a negated match does to this category.
    public enum NegationRule: Hashable, Sendable {
        /// Count it as usual; the evidence is marked negated ("must not" is still obligation).
        case keep
        /// Do not count it ("will not help" is not care); it stays in the evidence with weight 0.
        case drop
        /// Count it toward another category instead ("not sure" is hedging, not certainty).
        case move(to: String)
    }

    /// The category's name, from the file name (`obligation.txt` → `obligation`).
    public var name: String
    /// The header's one-line definition.
    public var summary: String
    /// How negation is handled.
    public var negation: NegationRule
    /// Categories right after whose matches this category's matches are not counted (`# not-after:`).
    public var notAfter: [String]
}

/// One matched lexicon entry: the words that justify a category in a text.
public struct StanceEvidence: Hashable, Sendable {
    /// The matched text as it appears in the input.
    public var text: String
    /// The lexicon entry that matched (`take care of`, `protect*`).
    public var term: String
    /// The category the match counts toward (after negation rules).
    public var category: String
    /// Where the match lies in the input, in UTF-8 bytes and Unicode scalars.
    public var span: TextSpan
    /// Whether a negation (not, never, n't, …) governs the match.
    public var negated: Bool
    /// The weight the match contributed: the entry's weight times any intensifier, 0 when dropped.
    public var weight: Double
}

/// The tone of a text: its valence, a score per stance category, a label and the evidence behind it.
public struct Stance: Hashable, Sendable {
    /// VADER-compatible valence scores of the same text.
    public var valence: ValenceScores
    /// The lexicon's categories, in lexicon order.
    public var categories: [String]
    /// Matches in text order.
    public var evidence: [StanceEvidence]
    /// Word tokens in the text (the denominator of the density).
    public var wordCount: Int

    /// Score per category, aligned with ``categories``, in [0, 1): `1 - exp(-10 * weight / wordCount)`, where
    /// `weight` sums the ``StanceEvidence/weight`` of the category's evidence. The score saturates toward 1
    /// and is 0 without evidence.
    ///
    /// Scores are derived from the evidence rather than stored beside it, so they always agree with it, and a
    /// scored text carries nothing per category: most texts match nothing.
    public var categoryScores: [Double] {
        categoryWeights.map(score(weight:))
    }

    /// `positive`, `negative` or `neutral`: compound ≥ 0.05, ≤ -0.05, or between (VADER's convention).
    public var polarity: String {
        valence.compound >= StanceScorer.polarityThreshold ? "positive"
            : valence.compound <= -StanceScorer.polarityThreshold ? "negative" : "neutral"
    }

    /// ``polarity`` followed by the categories whose evidence weighs at least ``StanceScorer/labelWeight``,
    /// in lexicon order.
    public var tone: [String] {
        [polarity] + zip(categories, categoryWeights).filter { $0.1 >= StanceScorer.labelWeight - 1e-9 }.map(\.0)
    }

    /// Summed evidence weight per category, aligned with ``categories``.
    public var categoryWeights: [Double] {
        var weights = Array(repeating: 0.0, count: categories.count)
        for item in evidence {
            if let index = categories.firstIndex(of: item.category) { weights[index] += item.weight }
        }
        return weights
    }

    /// Score per category name.
    public var scores: [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(categories, categoryScores))
    }

    /// The score of one category, 0 for a category the lexicon does not have.
    public func score(of category: String) -> Double {
        var weight = 0.0
        for item in evidence where item.category == category { weight += item.weight }
        return score(weight: weight)
    }

    /// The tone as one string, e.g. `positive · obligation · inclusive · care`.
    public var toneLabel: String { tone.joined(separator: " · ") }

    /// The stance with its evidence spans moved by `utf8` bytes and `scalars` scalars: for a text that is one
    /// part of a larger input.
    public func shifted(utf8: Int, scalars: Int) -> Stance {
        var copy = self
        for index in copy.evidence.indices {
            copy.evidence[index].span = evidence[index].span.shifted(utf8: utf8, scalars: scalars)
        }
        return copy
    }

    private func score(weight: Double) -> Double {
        weight > 0 && wordCount > 0 ? 1 - exp(-10 * weight / Double(wordCount)) : 0
    }
}
