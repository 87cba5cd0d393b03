import Foundation

/// Scores the stance of texts: valence from the VADER-compatible core plus lexicon categories with evidence.
///
/// ```swift
/// var scorer = StanceScorer()
/// let stance = try scorer.stance(of: "We must take care of them.")
/// stance.toneLabel  // "positive · obligation · inclusive · care"
/// ```
///
/// Matching runs over ICU word tokens. For each token the longest entry of each category that starts there
/// is taken; a category's matches never overlap. A match is negated when a negator (`not`, `never`, `no`,
/// any `n't`) stands among the three words before it (within its clause: a comma, a subject pronoun or a
/// conjunction ends the search), right after it, or inside it. A booster word right
/// before it (`very`, `really`, `slightly`, … from VADER's list) scales its weight by `1 + scalar`.
public struct StanceScorer: Sendable {
    /// A category joins the tone label when its score reaches this value: one plain match per 23 words.
    public static let labelThreshold = 0.35
    /// The compound score beyond which a text is positive or negative (VADER's convention).
    public static let polarityThreshold = 0.05

    /// The compiled stance lexicon.
    public let lexicon: StanceLexicon
    private var valence: ValenceScorer
    private let segmenter = Segmenter()
    private var ids: [TermTable.ID] = []
    private var weights: [Double] = []
    private var lastMatchEnd: [Int] = []

    /// Creates a scorer over the given lexicons.
    public init(lexicon: StanceLexicon = .bundled, valence: ValenceLexicon = .bundled) {
        self.lexicon = lexicon
        self.valence = ValenceScorer(lexicon: valence)
    }

    /// The stance of a standalone text, tokenized with ICU.
    public mutating func stance(of text: String) throws(SegmentationError) -> Stance {
        let document = try segmenter.segment(text)
        return stance(in: document, tokens: 0..<document.tokens.count, utf8: 0..<text.utf8.count)
    }

    /// The stance of part of a segmented document (a sentence or a quote): `tokens` are indices into
    /// `document.tokens` and `utf8` is the text range whose valence is scored.
    public mutating func stance(in document: Document, tokens: Range<Int>, utf8: Range<Int>) -> Stance {
        var text = document.text
        let valenceScores = text.withUTF8 { bytes in
            valence.scores(utf8: UnsafeBufferPointer(rebasing: bytes[utf8]))
        }
        return text.withUTF8 { bytes in
            categories(in: document, tokens: tokens, bytes: bytes, valence: valenceScores)
        }
    }

    // MARK: - Matching

    private mutating func categories(
        in document: Document, tokens range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, valence: ValenceScores
    ) -> Stance {
        let tokens = document.tokens
        ids.removeAll(keepingCapacity: true)
        var wordCount = 0
        for index in range {
            let token = tokens[index]
            if token.kind == .word || token.kind == .number { wordCount += 1 }
            ids.append(id(of: UnsafeBufferPointer(rebasing: bytes[token.span.utf8])))
        }
        weights = Array(repeating: 0, count: lexicon.categories.count)
        lastMatchEnd = Array(repeating: Int.min, count: lexicon.categories.count)
        var evidence: [StanceEvidence] = []
        var covered = Array(repeating: range.lowerBound, count: lexicon.categories.count)
        for start in 0..<ids.count {
            for (entryIndex, end) in longestMatches(startingAt: start, tokens: tokens, offset: range.lowerBound, bytes: bytes) {
                let entry = lexicon.entries[Int(entryIndex)]
                guard start + range.lowerBound >= covered[entry.category] else { continue }
                covered[entry.category] = end + range.lowerBound
                if let item = record(entry, from: start, to: end, tokens: tokens, offset: range.lowerBound, document: document, bytes: bytes) {
                    evidence.append(item)
                }
            }
        }
        var scores: [String: Double] = [:]
        var tone = [polarity(valence.compound)]
        for (index, category) in lexicon.categories.enumerated() {
            let density = wordCount > 0 ? weights[index] / Double(wordCount) : 0
            let score = 1 - exp(-10 * density)
            scores[category.name] = score
            if score >= Self.labelThreshold { tone.append(category.name) }
        }
        return Stance(valence: valence, scores: scores, evidence: evidence, wordCount: wordCount, tone: tone)
    }

    private func polarity(_ compound: Double) -> String {
        compound >= Self.polarityThreshold ? "positive" : compound <= -Self.polarityThreshold ? "negative" : "neutral"
    }

    /// For each category, the longest entry starting at `start`, with the index of its last token (relative).
    private func longestMatches(
        startingAt start: Int, tokens: [Token], offset: Int, bytes: UnsafeBufferPointer<UInt8>
    ) -> [(entry: Int32, end: Int)] {
        var best: [(entry: Int32, end: Int)] = []
        func consider(_ entry: Int32, end: Int) {
            let category = lexicon.entries[Int(entry)].category
            if let existing = best.firstIndex(where: { lexicon.entries[Int($0.entry)].category == category }) {
                if best[existing].end < end { best[existing] = (entry, end) }
            } else {
                best.append((entry, end))
            }
        }
        var node = 0
        var position = start
        while position < ids.count {
            for (prefix, entry) in lexicon.nodes[node].prefixes
            where hasPrefix(tokens[position + offset], prefix, bytes: bytes) {
                consider(entry, end: position)
            }
            guard ids[position] >= 0, let child = lexicon.nodes[node].children[ids[position]] else { break }
            node = Int(child)
            for entry in lexicon.nodes[node].entries { consider(entry, end: position) }
            position += 1
        }
        return best
    }

    private func hasPrefix(_ token: Token, _ prefix: [UInt8], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = token.span.utf8
        guard range.count >= prefix.count else { return false }
        for (index, byte) in prefix.enumerated() where Self.lowercased(bytes[range.lowerBound + index]) != byte {
            return false
        }
        return true
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { TextBytes.isASCIIUpper(byte) ? byte | 0x20 : byte }

    /// The token's id in the stance vocabulary, lowercased with `’` folded to `'`; -1 when unknown.
    private func id(of token: UnsafeBufferPointer<UInt8>) -> TermTable.ID {
        if token.allSatisfy({ $0 < 0x80 }) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: token.count) { lowered in
                for (index, byte) in token.enumerated() { lowered[index] = Self.lowercased(byte) }
                return lexicon.words.lookup(UnsafeBufferPointer(lowered)) ?? -1
            }
        }
        return lexicon.words.id(of: StanceLexicon.normalize(String(decoding: token, as: UTF8.self))) ?? -1
    }

    // MARK: - Context

    private mutating func record(
        _ entry: StanceLexicon.Entry, from start: Int, to end: Int, tokens: [Token], offset: Int,
        document: Document, bytes: UnsafeBufferPointer<UInt8>
    ) -> StanceEvidence? {
        let category = lexicon.categories[entry.category]
        for blocker in category.notAfter {
            if let blocking = lexicon.categoryIndex(blocker), lastMatchEnd[blocking] == start - 1 { return nil }
        }
        lastMatchEnd[entry.category] = end
        let negated = isNegated(from: start, to: end, tokens: tokens, offset: offset, bytes: bytes)
        var weight = entry.weight * intensity(before: start, tokens: tokens, offset: offset, bytes: bytes)
        var target = entry.category
        if negated {
            switch category.negation {
            case .keep: break
            case .drop: weight = 0
            case .move(let name): target = lexicon.categoryIndex(name) ?? target
            }
        }
        weights[target] += weight
        let span = TextSpan(
            utf8: tokens[start + offset].span.utf8.lowerBound..<tokens[end + offset].span.utf8.upperBound,
            scalars: tokens[start + offset].span.scalars.lowerBound..<tokens[end + offset].span.scalars.upperBound)
        return StanceEvidence(
            text: String(document[span]), term: entry.term, category: lexicon.categories[target].name, span: span,
            negated: negated, weight: weight)
    }

    private func word(_ index: Int, tokens: [Token], offset: Int, bytes: UnsafeBufferPointer<UInt8>) -> String {
        StanceLexicon.normalize(String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index + offset].span.utf8]), as: UTF8.self))
    }

    private func isNegated(from start: Int, to end: Int, tokens: [Token], offset: Int, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var wordsBack = 0
        var index = Self.clauseOpeners.contains(word(start, tokens: tokens, offset: offset, bytes: bytes)) ? -1 : start - 1
        while index >= 0 && wordsBack < 3 {
            let token = tokens[index + offset]
            if token.kind == .punctuation {
                // A clause boundary ends negation's reach.
                let mark = word(index, tokens: tokens, offset: offset, bytes: bytes)
                if [",", ";", ":", ".", "!", "?", "—", "“", "”", "\""].contains(mark) { break }
            } else {
                let previous = word(index, tokens: tokens, offset: offset, bytes: bytes)
                if Self.isNegator(previous) { return true }
                if Self.clauseOpeners.contains(previous) { break }
                wordsBack += 1
            }
            index -= 1
        }
        for inside in start...end where Self.isNegator(word(inside, tokens: tokens, offset: offset, bytes: bytes)) {
            return true
        }
        if end + 1 < ids.count {
            let next = word(end + 1, tokens: tokens, offset: offset, bytes: bytes)
            if next == "not" || next == "never" { return true }
        }
        return false
    }

    /// Subjects and conjunctions open a new clause, which a negation before them does not reach
    /// ("not sure *we will* win").
    static let clauseOpeners: Set<String> = [
        "i", "we", "you", "he", "she", "it", "they", "and", "but", "or", "that", "because", "if", "which", "who",
        "while", "although", "so",
    ]

    static let negators: Set<String> = [
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without",
        "hardly", "barely", "rarely", "seldom",
    ]

    static func isNegator(_ word: String) -> Bool {
        negators.contains(word) || word.hasSuffix("n't")
    }

    private func intensity(before start: Int, tokens: [Token], offset: Int, bytes: UnsafeBufferPointer<UInt8>) -> Double {
        guard start > 0 else { return 1 }
        let previous = word(start - 1, tokens: tokens, offset: offset, bytes: bytes)
        guard let scalar = valence.lexicon.boosterScalar(of: previous) else { return 1 }
        return 1 + scalar
    }
}

extension ValenceLexicon {
    /// VADER's booster scalar for a lowercase word (`very` → 0.293, `slightly` → -0.293), or nil.
    func boosterScalar(of word: String) -> Double? {
        guard let id = terms.id(of: word), entries[Int(id)].booster != 0 else { return nil }
        return entries[Int(id)].booster
    }
}
