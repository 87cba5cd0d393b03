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
    private let categoryNames: [String]
    /// The stance words plus the context words and VADER boosters, so a token needs one lookup.
    private let vocabulary: Vocabulary
    // Per-call scratch, reused so scoring allocates nothing per text besides the result and its evidence.
    private var tokenScratch: [Token] = []
    private var ids: [TermTable.ID] = []
    private var flags: [TokenFlags] = []
    private var boosts: [Double] = []
    private var weights: [Double] = []
    private var lastMatchEnd: [Int] = []
    private var covered: [Int] = []
    private var best: [(entry: Int32, end: Int)] = []

    /// What the context rules need to know about a token, computed once per token.
    struct TokenFlags: OptionSet {
        let rawValue: UInt8
        static let word = TokenFlags(rawValue: 1)
        static let negator = TokenFlags(rawValue: 2)
        static let clauseOpener = TokenFlags(rawValue: 4)
        static let clauseBoundary = TokenFlags(rawValue: 8)
        static let negatesBefore = TokenFlags(rawValue: 16)
    }

    /// Creates a scorer over the given lexicons.
    public init(lexicon: StanceLexicon = .bundled, valence: ValenceLexicon = .bundled) {
        self.lexicon = lexicon
        self.valence = ValenceScorer(lexicon: valence)
        categoryNames = lexicon.categories.map(\.name)
        vocabulary = Vocabulary(stance: lexicon, valence: valence)
    }

    /// Per-id facts over a table that extends the stance lexicon's own: ids below the lexicon's count are the
    /// lexicon's, so trie lookups use them directly.
    struct Vocabulary: Sendable {
        var words: TermTable
        var flags: [TokenFlags]
        var boosts: [Double]
        /// Ids at or above this are not stance words.
        var stanceCount: Int

        init(stance: StanceLexicon, valence: ValenceLexicon) {
            words = stance.words
            stanceCount = words.count
            flags = Array(repeating: [], count: words.count)
            boosts = Array(repeating: 0, count: words.count)
            func id(_ word: String) -> Int {
                let id = Int(words.intern(word))
                while flags.count <= id { flags.append([]); boosts.append(0) }
                return id
            }
            for word in StanceContext.clauseOpeners { flags[id(word)].insert(.clauseOpener) }
            for word in StanceContext.negators { flags[id(word)].insert(.negator) }
            for word in ["not", "never"] { flags[id(word)].insert(.negatesBefore) }
            for index in 0..<valence.terms.count where valence.entries[index].booster != 0 {
                let term = valence.terms.text(of: TermTable.ID(index))
                if !term.contains(" ") { boosts[id(term)] = valence.entries[index].booster }
            }
        }
    }

    /// The stance of a standalone text, tokenized with ICU.
    public mutating func stance(of text: String) throws(SegmentationError) -> Stance {
        var text = text
        let result: Result<Stance, SegmentationError> = text.withUTF8 { bytes in
            tokenScratch.removeAll(keepingCapacity: true)
            do throws(SegmentationError) {
                try Tokenizer.appendTokens(in: bytes, to: &tokenScratch)
            } catch {
                return .failure(error)
            }
            let tokens = tokenScratch
            return .success(score(tokens: tokens, range: 0..<tokens.count, bytes: bytes, valence: valence.scores(utf8: bytes)))
        }
        return try result.get()
    }

    /// The stance of part of a segmented document (a sentence or a quote): `tokens` are indices into
    /// `document.tokens` and `utf8` is the text range whose valence is scored.
    public mutating func stance(in document: Document, tokens: Range<Int>, utf8: Range<Int>) -> Stance {
        var text = document.text
        return text.withUTF8 { bytes in
            let scores = valence.scores(utf8: UnsafeBufferPointer(rebasing: bytes[utf8]))
            return score(tokens: document.tokens, range: tokens, bytes: bytes, valence: scores)
        }
    }

    // MARK: - Matching

    private mutating func score(
        tokens: [Token], range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, valence: ValenceScores
    ) -> Stance {
        let wordCount = prepare(tokens: tokens, range: range, bytes: bytes)
        let categoryCount = lexicon.categories.count
        weights.removeAll(keepingCapacity: true)
        weights.append(contentsOf: repeatElement(0, count: categoryCount))
        lastMatchEnd.removeAll(keepingCapacity: true)
        lastMatchEnd.append(contentsOf: repeatElement(Int.min, count: categoryCount))
        covered.removeAll(keepingCapacity: true)
        covered.append(contentsOf: repeatElement(0, count: categoryCount))
        var evidence: [StanceEvidence] = []
        for start in 0..<ids.count {
            collectLongestMatches(startingAt: start, tokens: tokens, offset: range.lowerBound, bytes: bytes)
            for (entryIndex, end) in best {
                let entry = lexicon.entries[Int(entryIndex)]
                guard start >= covered[entry.category] else { continue }
                covered[entry.category] = end + 1
                if let item = record(entry, from: start, to: end, tokens: tokens, offset: range.lowerBound, bytes: bytes) {
                    evidence.append(item)
                }
            }
        }
        var scores: [Double] = []
        scores.reserveCapacity(categoryCount)
        var tone = [polarity(valence.compound)]
        for index in 0..<categoryCount {
            let density = wordCount > 0 ? weights[index] / Double(wordCount) : 0
            let score = 1 - exp(-10 * density)
            scores.append(score)
            if score >= Self.labelThreshold { tone.append(categoryNames[index]) }
        }
        return Stance(valence: valence, categories: categoryNames, categoryScores: scores, evidence: evidence,
                      wordCount: wordCount, tone: tone)
    }

    /// Looks every token up once: its id in the stance vocabulary, its context flags and any booster scalar.
    /// Returns the number of word tokens.
    private mutating func prepare(tokens: [Token], range: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        ids.removeAll(keepingCapacity: true)
        flags.removeAll(keepingCapacity: true)
        boosts.removeAll(keepingCapacity: true)
        var wordCount = 0
        for index in range {
            let token = tokens[index]
            let span = token.span.utf8
            var tokenFlags: TokenFlags = []
            if token.kind == .word || token.kind == .number {
                tokenFlags.insert(.word)
                wordCount += 1
            }
            if token.kind == .punctuation, StanceContext.isClauseBoundary(bytes[span.lowerBound]) || span.count == 3 && bytes[span.lowerBound] == 0xE2 {
                tokenFlags.insert(.clauseBoundary)
            }
            let word = UnsafeBufferPointer(rebasing: bytes[span])
            let (id, context, boost) = lookUp(word)
            tokenFlags.formUnion(context)
            ids.append(id)
            flags.append(tokenFlags)
            boosts.append(boost)
        }
        return wordCount
    }

    /// The token's stance id (-1 when unknown), context flags and booster scalar, from its lowercase form
    /// with `’` folded to `'`.
    private func lookUp(_ token: UnsafeBufferPointer<UInt8>) -> (TermTable.ID, TokenFlags, Double) {
        if token.allSatisfy({ $0 < 0x80 }) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: token.count) { lowered in
                for (index, byte) in token.enumerated() { lowered[index] = TextBytes.asciiLowercased(byte) }
                return lookUp(normalized: UnsafeBufferPointer(lowered))
            }
        }
        var normalized = StanceLexicon.normalize(String(decoding: token, as: UTF8.self))
        return normalized.withUTF8 { lookUp(normalized: $0) }
    }

    private func lookUp(normalized word: UnsafeBufferPointer<UInt8>) -> (TermTable.ID, TokenFlags, Double) {
        var context: TokenFlags = StanceContext.endsWithContractedNot(word) ? .negator : []
        guard let found = vocabulary.words.lookup(word) else { return (-1, context, 0) }
        let id = Int(found)
        context.formUnion(vocabulary.flags[id])
        return (id < vocabulary.stanceCount ? found : -1, context, vocabulary.boosts[id])
    }

    private func polarity(_ compound: Double) -> String {
        compound >= Self.polarityThreshold ? "positive" : compound <= -Self.polarityThreshold ? "negative" : "neutral"
    }

    /// For each category, the longest entry starting at `start` (into ``best``), with the index of its last token.
    private mutating func collectLongestMatches(startingAt start: Int, tokens: [Token], offset: Int, bytes: UnsafeBufferPointer<UInt8>) {
        best.removeAll(keepingCapacity: true)
        var node = 0
        var position = start
        while position < ids.count {
            let span = tokens[position + offset].span.utf8
            if !lexicon.nodes[node].prefixes.isEmpty && span.count >= 3 {
                let key = StanceLexicon.prefixKey(TextBytes.asciiLowercased(bytes[span.lowerBound]), TextBytes.asciiLowercased(bytes[span.lowerBound + 1]),
                                                  TextBytes.asciiLowercased(bytes[span.lowerBound + 2]))
                for (prefix, entry) in lexicon.nodes[node].prefixes[key] ?? []
                where hasPrefix(tokens[position + offset], prefix, bytes: bytes) {
                    consider(entry, end: position)
                }
            }
            guard ids[position] >= 0, let child = lexicon.nodes[node].children[ids[position]] else { break }
            node = Int(child)
            for entry in lexicon.nodes[node].entries { consider(entry, end: position) }
            position += 1
        }
    }

    private mutating func consider(_ entry: Int32, end: Int) {
        let category = lexicon.entries[Int(entry)].category
        if let existing = best.firstIndex(where: { lexicon.entries[Int($0.entry)].category == category }) {
            if best[existing].end < end { best[existing] = (entry, end) }
        } else {
            best.append((entry, end))
        }
    }

    private func hasPrefix(_ token: Token, _ prefix: [UInt8], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = token.span.utf8
        guard range.count >= prefix.count else { return false }
        for (index, byte) in prefix.enumerated() where TextBytes.asciiLowercased(bytes[range.lowerBound + index]) != byte {
            return false
        }
        return true
    }

    // MARK: - Context

    private mutating func record(
        _ entry: StanceLexicon.Entry, from start: Int, to end: Int, tokens: [Token], offset: Int,
        bytes: UnsafeBufferPointer<UInt8>
    ) -> StanceEvidence? {
        let category = lexicon.categories[entry.category]
        for blocker in category.notAfter {
            if let blocking = lexicon.categoryIndex(blocker), lastMatchEnd[blocking] == start - 1 { return nil }
        }
        lastMatchEnd[entry.category] = end
        let negated = isNegated(from: start, to: end)
        var weight = entry.weight * (start > 0 ? 1 + boosts[start - 1] : 1)
        var target = entry.category
        if negated {
            switch category.negation {
            case .keep: break
            case .drop: weight = 0
            case .move(let name): target = lexicon.categoryIndex(name) ?? target
            }
        }
        weights[target] += weight
        let first = tokens[start + offset].span
        let last = tokens[end + offset].span
        let span = TextSpan(utf8: first.utf8.lowerBound..<last.utf8.upperBound, scalars: first.scalars.lowerBound..<last.scalars.upperBound)
        return StanceEvidence(
            text: String(decoding: UnsafeBufferPointer(rebasing: bytes[span.utf8]), as: UTF8.self), term: entry.term,
            category: categoryNames[target], span: span, negated: negated, weight: weight)
    }

    private func isNegated(from start: Int, to end: Int) -> Bool {
        var wordsBack = 0
        var index = flags[start].contains(.clauseOpener) ? -1 : start - 1
        while index >= 0 && wordsBack < 3 {
            let context = flags[index]
            if context.contains(.clauseBoundary) { break }
            if context.contains(.word) {
                if context.contains(.negator) { return true }
                if context.contains(.clauseOpener) { break }
                wordsBack += 1
            }
            index -= 1
        }
        for inside in start...end where flags[inside].contains(.negator) { return true }
        return end + 1 < ids.count && flags[end + 1].contains(.negatesBefore)
    }
}

/// The closed word lists of the context rules, interned once.
enum StanceContext {
    /// Subjects and conjunctions open a new clause, which a negation before them does not reach
    /// ("not sure *we will* win").
    static let clauseOpeners = [
        "i", "we", "you", "he", "she", "it", "they", "and", "but", "or", "that", "because", "if", "which", "who",
        "while", "although", "so",
    ]

    static let negators = [
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without",
        "hardly", "barely", "rarely", "seldom",
    ]

    /// `can't`, `mustn't` (the typographic apostrophe is already folded).
    static func endsWithContractedNot(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = word.count
        return count >= 3 && word[count - 3] == UInt8(ascii: "n") && word[count - 2] == UInt8(ascii: "'") && word[count - 1] == UInt8(ascii: "t")
    }

    /// Commas, semicolons, colons, terminators and straight quotes end negation's reach; so do curly quotes and
    /// dashes (three-byte punctuation starting with E2, checked by the caller).
    static func isClauseBoundary(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }
}

extension ValenceLexicon {
    /// VADER's booster scalar for a lowercase word (`very` → 0.293, `slightly` → -0.293), or nil.
    func boosterScalar(of word: String) -> Double? {
        guard let id = terms.id(of: word), entries[Int(id)].booster != 0 else { return nil }
        return entries[Int(id)].booster
    }
}
