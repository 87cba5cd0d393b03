/// A half-open range of the input, in UTF-8 bytes (for Swift) and in Unicode scalars (for JSON consumers).
///
/// Both ranges are end-exclusive. Scalar offsets match Python `str` and JavaScript code-point slicing of the
/// same text.
public struct TextSpan: Hashable, Sendable {
    /// Byte offsets into the document's UTF-8 text.
    public var utf8: Range<Int>
    /// Unicode scalar (code point) offsets into the document's text.
    public var scalars: Range<Int>

    /// Creates a span from matching byte and scalar ranges.
    public init(utf8: Range<Int>, scalars: Range<Int>) {
        self.utf8 = utf8
        self.scalars = scalars
    }

    /// The span moved by `utf8` bytes and `scalars` scalars: for a text that is one part of a larger input.
    public func shifted(utf8: Int, scalars: Int) -> TextSpan {
        TextSpan(utf8: (self.utf8.lowerBound + utf8)..<(self.utf8.upperBound + utf8),
                 scalars: (self.scalars.lowerBound + scalars)..<(self.scalars.upperBound + scalars))
    }

    /// The span as string indices into `text`, the text it was found in (for text read from bytes, the
    /// document's repaired ``Document/text``); nil when the span does not lie inside `text`.
    ///
    /// ```swift
    /// let text = "“We must take care of them,” Tokayev said."
    /// let quote = try Analyzer().analyze(text).quotes[0].quote
    /// text[quote.span.range(in: text)!]  // "We must take care of them,"
    /// ```
    public func range(in text: some StringProtocol) -> Range<String.Index>? {
        let bytes = text.utf8
        guard utf8.lowerBound >= 0, utf8.upperBound <= bytes.count,
              let start = bytes.index(bytes.startIndex, offsetBy: utf8.lowerBound, limitedBy: bytes.endIndex),
              let end = bytes.index(start, offsetBy: utf8.count, limitedBy: bytes.endIndex)
        else { return nil }
        // Offsets that fall inside a character's encoding are no span of this text.
        func isBoundary(_ index: String.Index) -> Bool { index == bytes.endIndex || bytes[index] & 0xC0 != 0x80 }
        guard isBoundary(start), isBoundary(end) else { return nil }
        return start..<end
    }
}

extension StringProtocol {
    /// The text a span of this text covers (see ``TextSpan/range(in:)``); empty when the span does not lie in it.
    public subscript(span: TextSpan) -> SubSequence {
        guard let range = span.range(in: self) else { return self[endIndex..<endIndex] }
        return self[range]
    }
}

/// A word, number, punctuation mark, symbol or emoji found by ICU's word break rules.
public struct Token: Hashable, Sendable {
    /// What a token is, taken from ICU's rule status and the token's first scalar.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Letters, including contractions such as `don't` and `isn’t`.
        case word
        /// Digits, with their decimal and thousands separators.
        case number
        /// A punctuation mark such as `.`, `“` or `—`.
        case punctuation
        /// A symbol such as `$`, `%` or `+`.
        case symbol
        /// An emoji, including its modifiers and joiners.
        case emoji
    }

    /// The token's kind.
    public var kind: Kind
    // Documents are limited to 2 GiB (ICU's offsets are 32-bit), so 32-bit offsets keep the token array
    // at less than half the size of two `Range<Int>`s.
    private var utf8Start: UInt32, utf8End: UInt32, scalarStart: UInt32, scalarEnd: UInt32

    /// Where the token lies in the document.
    public var span: TextSpan {
        get {
            TextSpan(utf8: Int(utf8Start)..<Int(utf8End), scalars: Int(scalarStart)..<Int(scalarEnd))
        }
        set {
            utf8Start = UInt32(newValue.utf8.lowerBound)
            utf8End = UInt32(newValue.utf8.upperBound)
            scalarStart = UInt32(newValue.scalars.lowerBound)
            scalarEnd = UInt32(newValue.scalars.upperBound)
        }
    }

    /// The first UTF-8 offset, without building a ``TextSpan``.
    var utf8Lower: Int { Int(utf8Start) }

    /// A token of ASCII text, where byte and scalar offsets agree; the caller guarantees offsets below 2³².
    init(kind: Kind, asciiRange range: Range<Int>) {
        self.kind = kind
        utf8Start = UInt32(truncatingIfNeeded: range.lowerBound)
        utf8End = UInt32(truncatingIfNeeded: range.upperBound)
        scalarStart = utf8Start
        scalarEnd = utf8End
    }

    /// Creates a token.
    public init(kind: Kind, span: TextSpan) {
        self.kind = kind
        utf8Start = UInt32(span.utf8.lowerBound)
        utf8End = UInt32(span.utf8.upperBound)
        scalarStart = UInt32(span.scalars.lowerBound)
        scalarEnd = UInt32(span.scalars.upperBound)
    }
}

/// A sentence: its span (without surrounding whitespace) and the tokens it contains.
public struct Sentence: Hashable, Sendable {
    /// Where the sentence lies in the document.
    public var span: TextSpan
    /// Indices into ``Document/tokens``.
    public var tokens: Range<Int>
    /// Index into ``Document/paragraphs``.
    public var paragraph: Int
}

/// A run of text separated from its neighbours by a blank line.
public struct Paragraph: Hashable, Sendable {
    /// Where the paragraph lies in the document (without surrounding whitespace).
    public var span: TextSpan
    /// Indices into ``Document/sentences``.
    public var sentences: Range<Int>
}

/// Segmented text: the input with its paragraphs, sentences and tokens.
///
/// Create one with ``Segmenter/segment(_:)`` or ``Segmenter/segment(bytes:)``.
public struct Document: Sendable {
    /// The text, after invalid UTF-8 was replaced by U+FFFD.
    public let text: String
    /// Paragraphs in order.
    public internal(set) var paragraphs: [Paragraph]
    /// Sentences in order, each inside one paragraph.
    public internal(set) var sentences: [Sentence]
    /// Tokens in order; whitespace is not a token.
    public internal(set) var tokens: [Token]
    /// How many invalid UTF-8 sequences were replaced by U+FFFD when the document was read from bytes.
    public let repairedSequences: Int

    /// The text a span covers.
    public subscript(span: TextSpan) -> Substring {
        self[utf8: span.utf8]
    }

    /// The text between two UTF-8 offsets.
    public subscript(utf8 range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return text[start..<end]
    }

    /// The tokens of a sentence.
    public func tokens(of sentence: Sentence) -> ArraySlice<Token> {
        tokens[sentence.tokens]
    }
}
