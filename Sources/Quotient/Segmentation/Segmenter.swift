/// Splits text into paragraphs, sentences and tokens with ICU plus English news post-rules.
///
/// ```swift
/// let document = try Segmenter().segment("“We must take care of them,” Tokayev said.")
/// for sentence in document.sentences { print(document[sentence.span]) }
/// ```
public struct Segmenter: Sendable {
    /// The ICU locale of the sentence iterator; `ss=standard` suppresses breaks after ICU's abbreviations.
    public var sentenceLocale: String
    /// How single line breaks inside a paragraph are read.
    public var lineBreaks: LineBreaks

    /// How the segmenter reads a single line break (a blank line always ends a paragraph).
    public enum LineBreaks: Sendable, Hashable {
        /// Decide per line break from the layout: a break that only wraps a paragraph to a column width
        /// (the next word would not have fitted on the line) is read as a space; a short line, a heading,
        /// a list item or a line ending a sentence keeps its break, and in a text without blank lines such
        /// a break also ends a paragraph.
        case infer
        /// Every line break ends a sentence, whatever the layout: one line, one sentence at most.
        case keep
    }

    /// Creates a segmenter for English.
    public init(sentenceLocale: String = "en@ss=standard", lineBreaks: LineBreaks = .infer) {
        self.sentenceLocale = sentenceLocale
        self.lineBreaks = lineBreaks
    }

    /// Segments `text`.
    public func segment(_ text: String) throws(SegmentationError) -> Document {
        try segment(validText: text, repairs: 0)
    }

    /// Segments raw bytes, replacing each invalid UTF-8 sequence by U+FFFD and counting the repairs.
    public func segment(bytes: some Collection<UInt8>) throws(SegmentationError) -> Document {
        let (text, repairs) = UTF8Repair.decode(bytes)
        return try segment(validText: text, repairs: repairs)
    }

    private func segment(validText: String, repairs: Int) throws(SegmentationError) -> Document {
        var text = validText
        text.makeContiguousUTF8()
        guard text.utf8.count < Int(Int32.max) else { throw .documentTooLarge(bytes: text.utf8.count) }
        var document = Document(text: text, paragraphs: [], sentences: [], tokens: [], repairedSequences: repairs)
        let splitter = SentenceSplitter(locale: sentenceLocale, lineBreaks: lineBreaks)
        let result: Result<Void, SegmentationError> = text.utf8.withContiguousStorageIfAvailable { bytes in
            do throws(SegmentationError) {
                document.tokens = try Tokenizer.tokens(in: bytes)
                (document.paragraphs, document.sentences) = try splitter.paragraphsAndSentences(in: bytes)
                Self.assignTokens(to: &document.sentences, tokens: document.tokens)
                return .success(())
            } catch {
                return .failure(error)
            }
        } ?? .success(())
        try result.get()
        return document
    }

    /// Gives each sentence the range of tokens that start inside it; both lists are ordered.
    private static func assignTokens(to sentences: inout [Sentence], tokens: [Token]) {
        var next = 0
        for index in sentences.indices {
            let span = sentences[index].span.utf8
            while next < tokens.count && tokens[next].utf8Lower < span.lowerBound { next += 1 }
            let first = next
            while next < tokens.count && tokens[next].utf8Lower < span.upperBound { next += 1 }
            sentences[index].tokens = first..<next
        }
    }
}

/// Replaces invalid UTF-8 with U+FFFD (one per maximal invalid subpart, as the standard library does).
public enum UTF8Repair {
    /// Calls `body` with `bytes` if they are valid UTF-8, or else with their repaired form, and returns the
    /// number of repairs. ASCII input, the common case, is recognised eight bytes at a time and not copied.
    @discardableResult
    public static func withValidUTF8(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows -> Int {
        guard !TextBytes.isASCII(bytes) else {
            try body(bytes)
            return 0
        }
        var (text, repairs) = decode(bytes)
        if repairs == 0 {
            try body(bytes)
        } else {
            try text.withUTF8 { try body($0) }
        }
        return repairs
    }

    /// The repaired text and the number of invalid sequences replaced.
    public static func decode(_ bytes: some Collection<UInt8>) -> (String, Int) {
        let text = String(decoding: bytes, as: UTF8.self)
        var repaired = text
        let replacementsAfter = repaired.withUTF8 { countReplacementCharacters(in: $0) }
        guard replacementsAfter > 0 else { return (text, 0) }
        // A valid U+FFFD in the input is always a complete EF BF BD sequence, so the difference is the repairs.
        return (text, replacementsAfter - count(in: bytes))
    }

    /// Occurrences of U+FFFD's encoding, EF BF BD.
    private static func count(in bytes: some Collection<UInt8>) -> Int {
        if let found = bytes.withContiguousStorageIfAvailable({ countReplacementCharacters(in: $0) }) { return found }
        return countReplacementCharacters(in: Array(bytes))
    }

    private static func countReplacementCharacters(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { countReplacementCharacters(in: $0) }
    }

    private static func countReplacementCharacters(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var found = 0
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD { found += 1 }
            index += 1
        }
        return found
    }
}
