/// How a statement is reported.
public enum QuoteKind: String, Hashable, Sendable, CaseIterable {
    /// Words inside quote marks, attributed to a speaker.
    case direct
    /// A quoted fragment inside reported speech ("He called it a “key principle”").
    case partial
    /// Reported speech without quote marks ("Peskov said the ministry has not appealed …").
    case indirect
}

/// Who a quote is attributed to.
public struct Speaker: Hashable, Sendable {
    /// The fullest form of the name found in the document (or the organisation's name); for an unnamed
    /// source, its description ("a senior official").
    public var name: String
    /// The words that refer to the speaker at this quote ("he", "Tokayev", "the president"), on one line: a line
    /// break inside them (hard-wrapped text) reads as a space; ``span`` slices them as the input wrote them.
    public var mention: String
    /// The role or title given in the document ("Kremlin spokesperson", "a spokesman for the ministry").
    public var role: String?
    /// Where ``mention`` lies in the document.
    public var span: TextSpan
    /// Whether the speaker is a person, an organisation, an outlet or an unnamed source.
    public var kind: Kind
    /// A person's gender as the text shows it, `unknown` without evidence (and for everyone but persons).
    public var gender: Gender = .unknown
    /// What showed the gender: an honorific or title, a pronoun that refers to the speaker, or a given name.
    public var genderEvidence: GenderEvidence?
    /// The body an unnamed speaker speaks for ("a spokeswoman for the Energy Department": Energy Department);
    /// the speaker's name is then the description and the body ("spokeswoman, Energy Department").
    public var organization: String?

    /// A person's gender, inferred only from evidence in the text.
    public enum Gender: String, Hashable, Sendable {
        /// Shown female by an honorific, a "she" that refers to the speaker, or a given name.
        case female
        /// Shown male the same ways.
        case male
        /// Nothing in the text shows it.
        case unknown
    }

    /// The kind of evidence a gender rests on.
    public enum GenderEvidence: String, Hashable, Sendable {
        /// "Mrs.", "Ms.", "Mr." before the name, or a title for a woman ("Congresswoman", "chairwoman").
        case honorific
        /// "she" or "he" resolved to the speaker.
        case pronoun
        /// A given name from `lexicons/quotes/given_names.txt`.
        case givenName = "given name"
    }

    /// What sort of entity speaks.
    public enum Kind: String, Hashable, Sendable {
        /// A named person.
        case person
        /// A ministry, company, party or other body.
        case organization
        /// A news organization relaying or reporting the words.
        case outlet
        /// An unnamed source ("a senior official").
        case anonymous
        /// An unnamed group of people ("dock workers", "many of the dock workers", "friends").
        case group
    }
}

/// A statement attributed to someone in a document.
public struct Quote: Hashable, Sendable {
    /// The quoted words: what lies between the quote marks, or the reported clause (without "that" and
    /// without the attribution).
    public var text: String
    /// Where ``text`` lies in the document.
    public var span: TextSpan
    /// Direct, partial or indirect.
    public var kind: QuoteKind
    /// The speaker, or nil when no one could be identified.
    public var speaker: Speaker?
    /// The speech cue that attributes the quote ("said", "according to"), or nil for a continuation.
    public var cue: String?
    /// An outlet that relays the words ("AFP" in "according to AFP"), when it is not the speaker.
    public var source: String?

    /// The quote with its span and its speaker's moved by `utf8` bytes and `scalars` scalars.
    public func shifted(utf8: Int, scalars: Int) -> Quote {
        var copy = self
        copy.span = span.shifted(utf8: utf8, scalars: scalars)
        if let speaker { copy.speaker?.span = speaker.span.shifted(utf8: utf8, scalars: scalars) }
        return copy
    }
}

/// Something the extractor repaired or skipped, reported with the document's results.
public struct QuoteWarning: Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is.
    public var span: TextSpan
    /// What happened.
    public var message: String

    /// The scalar range and the message.
    public var description: String { "\(span.scalars.lowerBound)-\(span.scalars.upperBound): \(message)" }

    /// The warning with its span moved by `utf8` bytes and `scalars` scalars.
    public func shifted(utf8: Int, scalars: Int) -> QuoteWarning {
        QuoteWarning(span: span.shifted(utf8: utf8, scalars: scalars), message: message)
    }
}

/// The quotes of one document with the warnings raised while finding them.
public struct QuoteExtraction: Sendable {
    /// Quotes in document order.
    public var quotes: [Quote]
    /// Unbalanced quote marks and other repairs.
    public var warnings: [QuoteWarning]

    /// The extraction with every offset moved by `utf8` bytes and `scalars` scalars: for a document that is
    /// one part of a larger input.
    public func shifted(utf8: Int, scalars: Int) -> QuoteExtraction {
        guard utf8 != 0 || scalars != 0 else { return self }
        return QuoteExtraction(quotes: quotes.map { $0.shifted(utf8: utf8, scalars: scalars) },
                               warnings: warnings.map { $0.shifted(utf8: utf8, scalars: scalars) })
    }
}
