import Foundation

/// Scores the stance of texts: valence from the VADER-compatible core plus lexicon categories with evidence.
///
/// ```swift
/// var scorer = StanceScorer()
/// let stance = try scorer.stance(of: "We must take care of them.")
/// stance.toneLabel  // "positive · obligation · inclusive · care"
/// ```
///
/// Matching runs over word tokens by ICU's rules (restated in Swift for ASCII text). For each token the longest entry of each category that starts there
/// is taken; a category's matches never overlap. A match is negated when a negator (`not`, `never`, `no`,
/// any `n't`) stands among the three words before it (within its clause: a comma, a subject pronoun or a
/// conjunction ends the search), right after it, or inside it. A booster word right
/// before it (`very`, `really`, `slightly`, … from VADER's list) scales its weight by `1 + scalar`.
///
/// A scorer keeps scratch memory between calls, so keep one per thread and reuse it: scoring then allocates
/// only the evidence list (and nothing at all for a text without matches).
public struct StanceScorer: Sendable {
    /// A category joins the tone label when its score reaches this value: one plain match per 23 words.
    public static let labelThreshold = 0.35
    /// The compound score beyond which a text is positive or negative (VADER's convention).
    public static let polarityThreshold = 0.05

    /// The compiled stance lexicon.
    public let lexicon: StanceLexicon
    private var valence: ValenceScorer
    private let matcher: StanceMatcher
    private var scratch: StanceScratch

    /// Creates a scorer over the given lexicons.
    public init(lexicon: StanceLexicon = .bundled, valence: ValenceLexicon = .bundled) {
        self.lexicon = lexicon
        matcher = StanceMatcher(stance: lexicon, valence: valence)
        self.valence = ValenceScorer(lexicon: matcher.scoringLexicon)
        scratch = StanceScratch(categoryCount: lexicon.categories.count)
    }

    /// The stance of a standalone text, tokenized like a document. ASCII text takes its words from the valence
    /// pass, which has already split and looked them up; ICU tokenizes the rest.
    public mutating func stance(of text: String) throws(SegmentationError) -> Stance {
        var text = text
        let scratch = uniqueScratch()
        var failure: SegmentationError?
        let stance = text.withUTF8 { bytes -> Stance in
            let (scores, isASCII) = valence.scoresAndCharacters(utf8: bytes)
            var pass = StancePass(matcher: matcher, scratch: scratch, bytes: bytes)
            guard Tokenizer.takesASCIIPath(bytes, isASCII: isASCII) else {
                do throws(SegmentationError) {
                    scratch.tokens.removeAll(keepingCapacity: true)
                    try Tokenizer.appendTokens(in: bytes, to: &scratch.tokens, iterator: scratch.wordIterator())
                } catch {
                    failure = error
                }
                for token in scratch.tokens { pass.append(token) }
                return pass.stance(valence: scores)
            }
            if !pass.appendTokens(from: valence.lastTokens) {
                pass = StancePass(matcher: matcher, scratch: scratch, bytes: bytes)
                ASCIIWords.forEachSegment(in: bytes) { start, end, _ in pass.appendASCII(start..<end) }
            }
            return pass.stance(valence: scores)
        }
        if let failure { throw failure }
        return stance
    }

    /// The stance of part of a segmented document (a sentence or a quote): `tokens` are indices into
    /// `document.tokens` and `utf8` is the text range whose valence is scored.
    public mutating func stance(in document: Document, tokens: Range<Int>, utf8: Range<Int>) -> Stance {
        var text = document.text
        let scratch = uniqueScratch()
        return text.withUTF8 { bytes in
            let scores = valence.scores(utf8: UnsafeBufferPointer(rebasing: bytes[utf8]))
            var pass = StancePass(matcher: matcher, scratch: scratch, bytes: bytes)
            for index in tokens { pass.append(document.tokens[index]) }
            return pass.stance(valence: scores)
        }
    }

    /// The scratch memory, replaced first if a copy of this scorer shares it.
    private mutating func uniqueScratch() -> StanceScratch {
        if !isKnownUniquelyReferenced(&scratch) { scratch = StanceScratch(categoryCount: lexicon.categories.count) }
        return scratch
    }
}

/// What matching needs to know about one token, looked up once.
struct TokenFacts {
    // 32-bit offsets, as in `Token`: the ASCII path takes texts under 4 GiB, documents are smaller still.
    var utf8Start: UInt32, utf8End: UInt32
    var scalarStart: UInt32, scalarEnd: UInt32
    /// The stance id, or -1 for a word no entry starts with.
    var id: TermTable.ID
    /// The first three bytes, lowercased (0 for shorter tokens): the key of prefix entries.
    var key: UInt32
    var flags: StanceMatcher.Flags
    /// The VADER booster scalar of the word, 0 for most.
    var boost: Double

    @inline(__always)
    init(span: TextSpan, known: StanceMatcher.Known, key: UInt32) {
        utf8Start = UInt32(span.utf8.lowerBound)
        utf8End = UInt32(span.utf8.upperBound)
        scalarStart = UInt32(span.scalars.lowerBound)
        scalarEnd = UInt32(span.scalars.upperBound)
        id = known.id
        self.key = key
        flags = known.flags
        boost = known.boost
    }

    /// A token of ASCII text, whose scalar offsets are its byte offsets.
    @inline(__always)
    init(ascii range: Range<Int>, known: StanceMatcher.Known, key: UInt32) {
        self.init(span: TextSpan(utf8: range, scalars: range), known: known, key: key)
    }

    var utf8: Range<Int> { Int(utf8Start)..<Int(utf8End) }
}

/// Memory a stance scorer reuses from text to text: an array's per-append checks would cost more than the
/// lookups themselves.
final class StanceScratch: @unchecked Sendable {
    // Only the scorer that owns this object touches it, one call at a time, so the per-access exclusivity
    // checks Swift adds to class properties would only cost time on every token.
    @exclusivity(unchecked) private var facts = UnsafeMutablePointer<TokenFacts>.allocate(capacity: 64)
    @exclusivity(unchecked) private var capacity = 64
    @exclusivity(unchecked) private(set) var factCount = 0
    /// The indices of the facts that may start a match, so matching visits only those.
    @exclusivity(unchecked) private(set) var candidates = UnsafeMutablePointer<Int32>.allocate(capacity: 64)
    @exclusivity(unchecked) private(set) var candidateCount = 0
    /// Tokens of a non-ASCII text, from ICU.
    @exclusivity(unchecked) var tokens: [Token] = []
    /// A token normalized for lookup, when it is not short ASCII.
    @exclusivity(unchecked) var folded: [UInt8] = []
    /// ICU's word iterator, opened for the first non-ASCII text.
    @exclusivity(unchecked) private var iterator: BreakIterator?
    /// The number of categories.
    let categoryCount: Int
    /// Per category: the summed weight, where its last match ended, and the first token a new match may use.
    /// Raw memory: every text resets them, and an array would check its uniqueness on each of those writes.
    let weights: UnsafeMutablePointer<Double>
    let lastMatchEnd: UnsafeMutablePointer<Int>
    let covered: UnsafeMutablePointer<Int>
    /// For each category matched from the current token (at most one per category), the longest entry and
    /// its last token.
    let best: UnsafeMutablePointer<(entry: Int32, end: Int)>
    @exclusivity(unchecked) var bestCount = 0

    init(categoryCount: Int) {
        self.categoryCount = categoryCount
        weights = .allocate(capacity: categoryCount)
        lastMatchEnd = .allocate(capacity: categoryCount)
        covered = .allocate(capacity: categoryCount)
        best = .allocate(capacity: categoryCount)
    }

    deinit {
        facts.deallocate()
        candidates.deallocate()
        weights.deallocate()
        lastMatchEnd.deallocate()
        covered.deallocate()
        best.deallocate()
    }

    /// The scorer's own word iterator.
    func wordIterator() throws(SegmentationError) -> BreakIterator {
        if let iterator { return iterator }
        let opened = try BreakIterator(kind: .word, locale: "en")
        iterator = opened
        return opened
    }

    /// Empties the facts and the category state for the next text.
    func reset() {
        factCount = 0
        candidateCount = 0
        for index in 0..<categoryCount {
            weights[index] = 0
            lastMatchEnd[index] = Int.min
            covered[index] = 0
        }
    }

    @inline(__always)
    func fact(_ index: Int) -> TokenFacts {
        assert(index >= 0 && index < factCount)
        return facts[index]
    }

    /// Appends a fact, and its index to the candidates when `mayStartMatch` (written either way and kept or
    /// not by the count, which spares a branch).
    @inline(__always)
    func append(_ fact: TokenFacts, mayStartMatch: Bool) {
        if factCount == capacity { grow() }
        (facts + factCount).initialize(to: fact)
        candidates[candidateCount] = Int32(truncatingIfNeeded: factCount)
        candidateCount += mayStartMatch ? 1 : 0
        factCount += 1
    }

    private func grow() {
        let larger = UnsafeMutablePointer<TokenFacts>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: facts, count: factCount)
        facts.deallocate()
        facts = larger
        let largerCandidates = UnsafeMutablePointer<Int32>.allocate(capacity: capacity * 2)
        largerCandidates.moveInitialize(from: candidates, count: candidateCount)
        candidates.deallocate()
        candidates = largerCandidates
        capacity *= 2
    }
}

