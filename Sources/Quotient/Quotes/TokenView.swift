/// A document's tokens with what the quote stage asks of them again and again: text, lowercase form,
/// capitalization, enclosing quote and sentence.
struct TokenView {
    let document: Document
    let lexicon: QuoteLexicon
    /// Token text.
    let words: [String]
    /// Lowercased token text with `’` folded to `'`.
    let lower: [String]
    /// Index of the marked span a token lies in (marks included), or -1.
    var quoteOf: [Int]
    /// Index of the sentence a token belongs to.
    let sentenceOf: [Int]

    init(document: Document, lexicon: QuoteLexicon) {
        self.document = document
        self.lexicon = lexicon
        var words: [String] = []
        var lower: [String] = []
        words.reserveCapacity(document.tokens.count)
        lower.reserveCapacity(document.tokens.count)
        for token in document.tokens {
            let word = String(document[token.span])
            words.append(word)
            lower.append(word.utf8.allSatisfy { $0 < 0x80 } ? word.lowercased() : StanceLexicon.normalize(word))
        }
        self.words = words
        self.lower = lower
        quoteOf = Array(repeating: -1, count: document.tokens.count)
        var sentenceOf = Array(repeating: 0, count: document.tokens.count)
        for (index, sentence) in document.sentences.enumerated() {
            for token in sentence.tokens { sentenceOf[token] = index }
        }
        self.sentenceOf = sentenceOf
    }

    var count: Int { words.count }

    /// The first token that starts at or after a UTF-8 offset.
    func token(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = document.tokens.count
        while low < high {
            let middle = (low + high) / 2
            if document.tokens[middle].span.utf8.lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func isWord(_ index: Int) -> Bool {
        let kind = document.tokens[index].kind
        return kind == .word || kind == .number
    }

    func isCapitalized(_ index: Int) -> Bool {
        guard document.tokens[index].kind == .word, let first = words[index].unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    func isPunctuation(_ index: Int, _ marks: String) -> Bool {
        document.tokens[index].kind == .punctuation && marks.contains(words[index])
    }

    /// The text from the start of one token to the end of another.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(document[utf8: span(range).utf8])
    }

    func span(_ range: Range<Int>) -> TextSpan {
        let first = document.tokens[range.lowerBound].span
        let last = document.tokens[range.upperBound - 1].span
        return TextSpan(utf8: first.utf8.lowerBound..<last.utf8.upperBound, scalars: first.scalars.lowerBound..<last.scalars.upperBound)
    }

    /// Word tokens in a range.
    func wordCount(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (isWord($1) ? 1 : 0) }
    }

    /// The speech cue starting at `index`, if any, with its length in tokens.
    func cue(at index: Int, within limit: Int) -> (cue: QuoteLexicon.Cue, length: Int)? {
        guard quoteOf[index] < 0, let candidates = lexicon.cues[lower[index]] else { return nil }
        // A passive ("was told", "is tweeted") reports what someone heard, not who spoke.
        if index > 0 && ["is", "was", "were", "be", "been", "being", "are"].contains(lower[index - 1]) { return nil }
        for candidate in candidates {
            let length = candidate.words.count
            guard index + length <= limit else { continue }
            if (0..<length).allSatisfy({ lower[index + $0] == candidate.words[$0] && quoteOf[index + $0] < 0 }) {
                return (candidate, length)
            }
        }
        return nil
    }
}
