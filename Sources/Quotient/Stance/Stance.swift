#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A stance category: one of the built-in categories (``obligation``, ``commitment``, …) or a user lexicon's
/// category, by name. Its string form is what JSON output and lexicon file names use.
///
/// ```swift
/// stance.score(of: .obligation)
/// profile.rate(of: StanceCategory("sarcasm"))  // a category from a user lexicon folder
/// ```
public struct StanceCategory: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral {
    /// The category's name (`obligation`).
    public var rawValue: String

    /// A category by name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A category by name.
    public init(_ name: String) { rawValue = name }
    /// A category by name.
    public init(stringLiteral name: String) { rawValue = name }
    /// Decodes the category's name.
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    /// Encodes the category's name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The name.
    public var description: String { rawValue }
    /// Orders categories by name.
    public static func < (lhs: StanceCategory, rhs: StanceCategory) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Duty and necessity: *must*, *have to*, *need to*.
    public static let obligation = StanceCategory("obligation")
    /// The speaker's own pledges: *we will*, *I promise*.
    public static let commitment = StanceCategory("commitment")
    /// Boosters said as assertion: *clearly*, *it is certain that*.
    public static let certainty = StanceCategory("certainty")
    /// Hedges and speculation: *may*, *suggest*, *likely*.
    public static let hedging = StanceCategory("hedging")
    /// The speaker includes the audience: *we*, *our*, *together*.
    public static let inclusive = StanceCategory("inclusive")
    /// Othering: *those people*, *so-called*, *they* against *we*.
    public static let exclusive = StanceCategory("exclusive")
    /// Care and protection: *take care of*, *protect*, *help*.
    public static let care = StanceCategory("care")
    /// Threat and conflict: *attack*, *destroy*, *danger*.
    public static let threat = StanceCategory("threat")
    /// The categories the bundled lexicon defines, in its order.
    // Written out as literals so the array is static, never-freed storage: every stance holds it, and holding
    // it then costs no atomic reference counting.
    public static let builtIn: [StanceCategory] = [
        StanceCategory(rawValue: "obligation"), StanceCategory(rawValue: "commitment"), StanceCategory(rawValue: "certainty"),
        StanceCategory(rawValue: "hedging"), StanceCategory(rawValue: "inclusive"), StanceCategory(rawValue: "exclusive"),
        StanceCategory(rawValue: "care"), StanceCategory(rawValue: "threat"),
    ]
}

/// The sign of a text's valence, by VADER's convention.
public enum Polarity: String, Hashable, Sendable, Codable, CaseIterable {
    /// Compound score of 0.05 or more.
    case positive
    /// Compound score of −0.05 or less.
    case negative
    /// Compound score between the two.
    case neutral
}

/// A text's tone: its polarity and the stance categories whose evidence is strong enough
/// (see ``StanceScorer/labelWeight``). Written in JSON as `["positive", "obligation", …]`.
public struct Tone: Hashable, Sendable, CustomStringConvertible {
    /// The valence's sign.
    public var polarity: Polarity
    /// The labelled categories, in lexicon order.
    public var categories: [StanceCategory]

    /// A tone.
    public init(polarity: Polarity, categories: [StanceCategory]) {
        self.polarity = polarity
        self.categories = categories
    }

    /// The tone as one string, e.g. `positive · obligation · inclusive · care`.
    public var description: String { strings.joined(separator: " · ") }

    /// The tone as JSON writes it: the polarity, then the categories.
    public var strings: [String] { [polarity.rawValue] + categories.map(\.rawValue) }

    /// Whether the tone carries a category.
    public func contains(_ category: StanceCategory) -> Bool { categories.contains(category) }
}

extension Tone: Codable {
    /// Decodes `["positive", "obligation", …]`.
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        polarity = try container.decode(Polarity.self)
        var categories: [StanceCategory] = []
        while !container.isAtEnd { categories.append(try container.decode(StanceCategory.self)) }
        self.categories = categories
    }

    /// Encodes `["positive", "obligation", …]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(polarity)
        for category in categories { try container.encode(category) }
    }
}

/// A stance category's definition, read from a lexicon file's header.
public struct StanceCategoryDefinition: Hashable, Sendable {
    /// What a negated match does to this category.
    public enum NegationRule: Hashable, Sendable {
        /// Count it as usual; the evidence is marked negated ("must not" is still obligation).
        case keep
        /// Do not count it ("will not help" is not care); it stays in the evidence with weight 0.
        case drop
        /// Count it toward another category instead ("not sure" is hedging, not certainty).
        case move(to: StanceCategory)
    }

    /// The category, named by its file (`obligation.txt` → `obligation`).
    public var category: StanceCategory
    /// The category's name.
    public var name: String { category.rawValue }
    /// The header's one-line definition.
    public var summary: String
    /// How negation is handled.
    public var negation: NegationRule
    /// Categories right after whose matches this category's matches are not counted (`# not-after:`).
    public var notAfter: [StanceCategory]
}

/// One matched lexicon entry: the words that justify a category in a text.
public struct StanceEvidence: Hashable, Sendable {
    /// The matched text as it appears in the input.
    public var text: String
    /// The lexicon entry that matched (`take care of`, `protect*`).
    public var term: String
    /// The category the match counts toward (after negation rules).
    public var category: StanceCategory
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
    public var categories: [StanceCategory]
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

    /// ``tone`` and ``categoryScores`` from one sum of the weights, as an output record needs both.
    func toneAndScores() -> (Tone, [Double]) {
        // Most texts have no evidence: nothing to sum or to label.
        guard !evidence.isEmpty else {
            return (Tone(polarity: polarity, categories: []), Array(repeating: 0, count: categories.count))
        }
        let weights = categoryWeights
        return (tone(weights: weights), weights.map(score(weight:)))
    }

    /// The valence's sign: compound ≥ 0.05 is positive, ≤ −0.05 negative, neutral between (VADER's convention).
    public var polarity: Polarity {
        valence.compound >= StanceScorer.polarityThreshold ? .positive
            : valence.compound <= -StanceScorer.polarityThreshold ? .negative : .neutral
    }

    /// ``polarity`` and the categories whose evidence weighs at least ``StanceScorer/labelWeight``, in
    /// lexicon order.
    public var tone: Tone { tone(weights: categoryWeights) }

    private func tone(weights: [Double]) -> Tone {
        Tone(polarity: polarity, categories: zip(categories, weights).filter { $0.1 >= StanceScorer.labelWeight - 1e-9 }.map(\.0))
    }

    /// Summed evidence weight per category, aligned with ``categories``.
    public var categoryWeights: [Double] {
        var weights = Array(repeating: 0.0, count: categories.count)
        for item in evidence {
            if let index = categories.firstIndex(of: item.category) { weights[index] += item.weight }
        }
        return weights
    }

    /// Score per category.
    public var scores: [StanceCategory: Double] {
        Dictionary(uniqueKeysWithValues: zip(categories, categoryScores))
    }

    /// The score of one category, 0 for a category the lexicon does not have.
    public func score(of category: StanceCategory) -> Double {
        var weight = 0.0
        for item in evidence where item.category == category { weight += item.weight }
        return score(weight: weight)
    }

    /// The tone as one string, e.g. `positive · obligation · inclusive · care`.
    public var toneLabel: String { tone.description }

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
