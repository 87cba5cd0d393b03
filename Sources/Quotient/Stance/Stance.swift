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

/// A score per stance category, in lexicon order, each in [0, 1).
///
/// Up to sixteen scores are stored inline, so scoring a text with the shipped categories (eight) allocates
/// nothing for them; a lexicon with more categories keeps its scores in an array.
public struct CategoryScores: RandomAccessCollection, Hashable, Sendable {
    private static let inlineCapacity = SixteenScores.count
    private var inline = SixteenScores()
    private var spilled: [Double]?
    /// The number of categories.
    public let count: Int

    /// Zero scores for `count` categories.
    init(count: Int) {
        self.count = count
        if count > Self.inlineCapacity { spilled = Array(repeating: 0, count: count) }
    }

    /// The scores of summed match weights over `wordCount` words: `1 - exp(-10 * weight / words)`, which
    /// saturates toward 1 and is 0 without matches.
    @inline(__always)
    init(weights: UnsafeBufferPointer<Double>, wordCount: Int) {
        self.init(count: weights.count)
        guard wordCount > 0 else { return }
        for (index, weight) in weights.enumerated() where weight > 0 {
            set(1 - exp(-10 * weight / Double(wordCount)), at: index)
        }
    }

    /// The first category's position, 0.
    public var startIndex: Int { 0 }
    /// One past the last category's position.
    public var endIndex: Int { count }

    /// The score of the category at `position`.
    public subscript(position: Int) -> Double {
        precondition(position >= 0 && position < count, "category index out of range")
        return count <= Self.inlineCapacity ? inline[position] : spilled![position]
    }

    mutating func set(_ value: Double, at position: Int) {
        precondition(position >= 0 && position < count, "category index out of range")
        if count <= Self.inlineCapacity { inline[position] = value } else { spilled![position] = value }
    }

    /// Equal when they hold the same scores in the same order.
    public static func == (lhs: CategoryScores, rhs: CategoryScores) -> Bool { lhs.elementsEqual(rhs) }

    /// Hashes the scores in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for score in self { hasher.combine(score) }
    }
}

/// Sixteen scores as a plain tuple. Every text builds one and hands it along inside a `Stance`; the optimizer
/// builds a tuple in place, where `InlineArray` went through several temporary copies.
private struct SixteenScores: Sendable {
    static let count = 16
    private var values: (Double, Double, Double, Double, Double, Double, Double, Double,
                         Double, Double, Double, Double, Double, Double, Double, Double) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)

    /// The score at `index`, which the caller has checked to be below ``count``.
    subscript(index: Int) -> Double {
        get { withUnsafeBytes(of: values) { $0.load(fromByteOffset: index &* 8, as: Double.self) } }
        set { withUnsafeMutableBytes(of: &values) { $0.storeBytes(of: newValue, toByteOffset: index &* 8, as: Double.self) } }
    }
}

/// The tone of a text: its valence, a score per stance category, a label and the evidence behind it.
public struct Stance: Hashable, Sendable {
    /// VADER-compatible valence scores of the same text.
    public var valence: ValenceScores
    /// The lexicon's categories, in lexicon order.
    public var categories: [String]
    /// Score per category, aligned with ``categories``, in [0, 1): `1 - exp(-10 * weighted matches / word tokens)`.
    public var categoryScores: CategoryScores
    /// Matches in text order.
    public var evidence: [StanceEvidence]
    /// Word tokens in the text (the denominator of the density).
    public var wordCount: Int

    /// `positive`, `negative` or `neutral`: compound ≥ 0.05, ≤ -0.05, or between (VADER's convention).
    public var polarity: String {
        valence.compound >= StanceScorer.polarityThreshold ? "positive"
            : valence.compound <= -StanceScorer.polarityThreshold ? "negative" : "neutral"
    }

    /// ``polarity`` followed by the categories whose score reaches ``StanceScorer/labelThreshold``, in lexicon
    /// order.
    public var tone: [String] {
        [polarity] + zip(categories, categoryScores).filter { $0.1 >= StanceScorer.labelThreshold }.map(\.0)
    }

    /// Score per category name.
    public var scores: [String: Double] {
        Dictionary(uniqueKeysWithValues: zip(categories, categoryScores))
    }

    /// The score of one category, 0 for a category the lexicon does not have.
    public func score(of category: String) -> Double {
        categories.firstIndex(of: category).map { categoryScores[$0] } ?? 0
    }

    /// The tone as one string, e.g. `positive · obligation · inclusive · care`.
    public var toneLabel: String { tone.joined(separator: " · ") }
}
