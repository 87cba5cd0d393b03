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
    private let matcher: StanceMatcher
    // Per-call scratch, reused so scoring allocates nothing per text besides its evidence.
    private var tokenScratch: [Token] = []
    private var facts = FactsBuffer()
    private var wordCount = 0
    private var weights: [Double]
    private var lastMatchEnd: [Int]
    private var covered: [Int]
    private var best: [(entry: Int32, end: Int)] = []

    /// What matching needs to know about one token, looked up once.
    struct TokenFacts {
        var token: Token
        /// The stance id, or -1 for a word no entry starts with.
        var id: TermTable.ID
        var flags: StanceMatcher.Flags
        /// The first three bytes, lowercased (0 for shorter tokens): the key of prefix entries.
        var key: UInt32
        /// The VADER booster scalar of the word, 0 for most.
        var boost: Double
    }

    /// Token facts for one text, in memory kept from text to text (an array's append checks cost more than the
    /// lookups here).
    final class FactsBuffer: @unchecked Sendable {
        private var base = UnsafeMutablePointer<TokenFacts>.allocate(capacity: 64)
        private var capacity = 64
        private(set) var count = 0

        deinit { base.deallocate() }

        subscript(index: Int) -> TokenFacts {
            assert(index >= 0 && index < count)
            return base[index]
        }

        func removeAll() { count = 0 }

        func append(_ facts: TokenFacts) {
            if count == capacity { grow() }
            (base + count).initialize(to: facts)
            count += 1
        }

        private func grow() {
            let larger = UnsafeMutablePointer<TokenFacts>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
    }

    /// Creates a scorer over the given lexicons.
    public init(lexicon: StanceLexicon = .bundled, valence: ValenceLexicon = .bundled) {
        self.lexicon = lexicon
        self.valence = ValenceScorer(lexicon: valence)
        categoryNames = lexicon.categories.map(\.name)
        matcher = StanceMatcher(stance: lexicon, valence: valence)
        weights = Array(repeating: 0, count: lexicon.categories.count)
        lastMatchEnd = Array(repeating: Int.min, count: lexicon.categories.count)
        covered = Array(repeating: 0, count: lexicon.categories.count)
    }

    /// The stance of a standalone text, tokenized like a document. ASCII text is tokenized and looked up in
    /// one pass, without ICU and without storing its tokens.
    public mutating func stance(of text: String) throws(SegmentationError) -> Stance {
        var text = text
        var failure: SegmentationError?
        let stance = text.withUTF8 { bytes -> Stance? in
            let scores = valence.scores(utf8: bytes)
            startFacts()
            if Tokenizer.takesASCIIPath(bytes) {
                ASCIIWords.forEachSegment(in: bytes) { start, end, kind in appendASCIIFacts(start..<end, kind, in: bytes) }
            } else {
                tokenScratch.removeAll(keepingCapacity: true)
                do throws(SegmentationError) {
                    try Tokenizer.appendTokensWithICU(in: bytes, to: &tokenScratch)
                } catch {
                    failure = error
                    return nil
                }
                let tokens = tokenScratch
                for token in tokens { appendFacts(of: token, in: bytes) }
            }
            return score(bytes: bytes, valence: scores)
        }
        if let failure { throw failure }
        return stance!
    }

    /// The stance of part of a segmented document (a sentence or a quote): `tokens` are indices into
    /// `document.tokens` and `utf8` is the text range whose valence is scored.
    public mutating func stance(in document: Document, tokens: Range<Int>, utf8: Range<Int>) -> Stance {
        var text = document.text
        return text.withUTF8 { bytes in
            let scores = valence.scores(utf8: UnsafeBufferPointer(rebasing: bytes[utf8]))
            startFacts()
            for index in tokens { appendFacts(of: document.tokens[index], in: bytes) }
            return score(bytes: bytes, valence: scores)
        }
    }

    // MARK: - Matching

    private mutating func score(bytes: UnsafeBufferPointer<UInt8>, valence: ValenceScores) -> Stance {
        resetCategories()
        var evidence: [StanceEvidence] = []
        let rootHasPrefixes = matcher.nodeHasPrefixes[0]
        for start in 0..<facts.count {
            // Most tokens start no entry: skip them without walking the trie.
            let fact = facts[start]
            guard fact.id >= 0 || (rootHasPrefixes && fact.key != 0 && matcher.mayStartPrefix(fact.key)) else { continue }
            collectLongestMatches(startingAt: start, bytes: bytes)
            for (entryIndex, end) in best {
                let entry = lexicon.entries[Int(entryIndex)]
                guard start >= covered[entry.category] else { continue }
                covered[entry.category] = end + 1
                if let item = record(entry, from: start, to: end, bytes: bytes) { evidence.append(item) }
            }
        }
        var scores = CategoryScores(count: weights.count)
        for index in weights.indices where weights[index] > 0 && wordCount > 0 {
            scores.set(1 - exp(-10 * weights[index] / Double(wordCount)), at: index)
        }
        return Stance(valence: valence, categories: categoryNames, categoryScores: scores, evidence: evidence, wordCount: wordCount)
    }

    private mutating func resetCategories() {
        for index in weights.indices {
            weights[index] = 0
            lastMatchEnd[index] = Int.min
            covered[index] = 0
        }
    }

    private mutating func startFacts() {
        // A copied scorer must not share its scratch memory with the original.
        if !isKnownUniquelyReferenced(&facts) { facts = FactsBuffer() }
        facts.removeAll()
        wordCount = 0
    }

    /// Looks a token up once: its stance id, context flags, prefix key and booster scalar.
    private mutating func appendFacts(of token: Token, in bytes: UnsafeBufferPointer<UInt8>) {
        let span = token.span.utf8
        var flags: StanceMatcher.Flags = []
        if token.kind == .word || token.kind == .number {
            flags.insert(.word)
            wordCount += 1
        }
        if token.kind == .punctuation, StanceContext.isClauseBoundary(bytes[span.lowerBound]) || span.count == 3 && bytes[span.lowerBound] == 0xE2 {
            flags.insert(.clauseBoundary)
        }
        var fact = lookUp(token, in: bytes)
        fact.flags.formUnion(flags)
        facts.append(fact)
    }

    /// ``appendFacts(of:in:)`` for a token of ASCII text, where one-byte tokens take all their facts from a
    /// table and longer ones are always words or numbers.
    @inline(__always)
    private mutating func appendASCIIFacts(_ range: Range<Int>, _ kind: Token.Kind, in bytes: UnsafeBufferPointer<UInt8>) {
        let token = Token(kind: kind, asciiRange: range)
        var fact: TokenFacts
        if range.count == 1 {
            let known = matcher.singleASCIIToken[Int(bytes[range.lowerBound])]
            fact = TokenFacts(token: token, id: known.id, flags: known.flags, key: 0, boost: known.boost)
        } else {
            fact = lookUp(token, in: bytes)
            fact.flags.insert(.word)
        }
        if fact.flags.contains(.word) { wordCount += 1 }
        facts.append(fact)
    }

    /// A token's facts from its lowercase form with `’` folded to `'`; short ASCII tokens (nearly all) are
    /// lowercased and hashed eight bytes at a time, single ASCII characters read from a table.
    @inline(__always)
    private func lookUp(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> TokenFacts {
        let span = token.span.utf8
        if span.count == 1 && bytes[span.lowerBound] < 0x80 {
            let known = matcher.singleByte[Int(bytes[span.lowerBound])]
            return TokenFacts(token: token, id: known.id, flags: known.flags, key: 0, boost: known.boost)
        }
        if let short = ShortASCIIToken(span, in: bytes) {
            let lowered = short.lowercased
            let negator = short.containsApostrophe && lowered.withBytes(StanceContext.endsWithContractedNot)
            return facts(token, id: matcher.words.lookup(lowered), negator: negator, key: span.count >= 3 ? lowered.firstThreeBytes : 0)
        }
        let key = span.count < 3 ? 0 : StanceLexicon.prefixKey(
            TextBytes.asciiLowercased(bytes[span.lowerBound]), TextBytes.asciiLowercased(bytes[span.lowerBound + 1]),
            TextBytes.asciiLowercased(bytes[span.lowerBound + 2]))
        var normalized = StanceLexicon.normalize(String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self))
        return normalized.withUTF8 { word in
            facts(token, id: matcher.words.lookup(word), negator: StanceContext.endsWithContractedNot(word), key: key)
        }
    }

    private func facts(_ token: Token, id found: TermTable.ID?, negator: Bool, key: UInt32) -> TokenFacts {
        let known = matcher.facts(of: found)
        return TokenFacts(token: token, id: known.id, flags: negator ? known.flags.union(.negator) : known.flags, key: key, boost: known.boost)
    }

    /// For each category, the longest entry starting at `start` (into ``best``), with the index of its last token.
    private mutating func collectLongestMatches(startingAt start: Int, bytes: UnsafeBufferPointer<UInt8>) {
        best.removeAll(keepingCapacity: true)
        var node = 0
        var position = start
        while position < facts.count {
            let fact = facts[position]
            if matcher.nodeHasPrefixes[node] && fact.key != 0 && matcher.mayStartPrefix(fact.key) {
                for (prefix, entry) in matcher.nodes[node].prefixes[fact.key] ?? [] where hasPrefix(fact.token, prefix, bytes: bytes) {
                    consider(entry, end: position)
                }
            }
            guard fact.id >= 0 else { break }
            let child = matcher.child(of: node, id: fact.id)
            guard child >= 0 else { break }
            node = child
            for entry in matcher.nodes[node].entries { consider(entry, end: position) }
            position += 1
        }
    }

    private mutating func consider(_ entry: Int32, end: Int) {
        let category = matcher.entryCategory[Int(entry)]
        if let existing = best.firstIndex(where: { matcher.entryCategory[Int($0.entry)] == category }) {
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

    private mutating func record(_ entry: StanceLexicon.Entry, from start: Int, to end: Int, bytes: UnsafeBufferPointer<UInt8>) -> StanceEvidence? {
        let category = lexicon.categories[entry.category]
        for blocker in category.notAfter {
            if let blocking = lexicon.categoryIndex(blocker), lastMatchEnd[blocking] == start - 1 { return nil }
        }
        lastMatchEnd[entry.category] = end
        let negated = isNegated(from: start, to: end)
        var weight = entry.weight * (start > 0 ? 1 + facts[start - 1].boost : 1)
        var target = entry.category
        if negated {
            switch category.negation {
            case .keep: break
            case .drop: weight = 0
            case .move(let name): target = lexicon.categoryIndex(name) ?? target
            }
        }
        weights[target] += weight
        let first = facts[start].token.span
        let last = facts[end].token.span
        let span = TextSpan(utf8: first.utf8.lowerBound..<last.utf8.upperBound, scalars: first.scalars.lowerBound..<last.scalars.upperBound)
        return StanceEvidence(
            text: String(decoding: UnsafeBufferPointer(rebasing: bytes[span.utf8]), as: UTF8.self), term: entry.term,
            category: categoryNames[target], span: span, negated: negated, weight: weight)
    }

    private func isNegated(from start: Int, to end: Int) -> Bool {
        var wordsBack = 0
        var index = facts[start].flags.contains(.clauseOpener) ? -1 : start - 1
        while index >= 0 && wordsBack < 3 {
            let context = facts[index].flags
            if context.contains(.clauseBoundary) { break }
            if context.contains(.word) {
                if context.contains(.negator) { return true }
                if context.contains(.clauseOpener) { break }
                wordsBack += 1
            }
            index -= 1
        }
        for inside in start...end where facts[inside].flags.contains(.negator) { return true }
        return end + 1 < facts.count && facts[end + 1].flags.contains(.negatesBefore)
    }
}

extension ValenceLexicon {
    /// VADER's booster scalar for a lowercase word (`very` → 0.293, `slightly` → -0.293), or nil.
    func boosterScalar(of word: String) -> Double? {
        guard let id = terms.id(of: word), entries[Int(id)].booster != 0 else { return nil }
        return entries[Int(id)].booster
    }
}
