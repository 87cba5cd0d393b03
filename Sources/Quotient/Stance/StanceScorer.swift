
/// Scores the stance of texts: valence from the VADER-compatible core plus lexicon categories with evidence.
///
/// ```swift
/// let scorer = StanceScorer()
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
/// A scorer is a value that is safe to share across threads and tasks: each call borrows scratch memory from
/// the scorer's pool, so scoring allocates only the evidence list (and nothing at all for a text without
/// matches).
public struct StanceScorer: Sendable {
    /// A category joins the tone label when the weight of its evidence reaches this value: one clear cue
    /// (an entry of weight 0.6 or more, such as "must", "may" or "clearly"), or weaker cues together,
    /// whatever the length of the text. The length-normalised score ranks texts; it does not decide labels.
    public static let labelWeight = 0.6
    /// The compound score beyond which a text is positive or negative (VADER's convention).
    public static let polarityThreshold = 0.05

    /// The compiled stance lexicon.
    public let lexicon: StanceLexicon
    private let valence: ValenceScorer
    private let matcher: StanceMatcher
    private let passes: ScratchPool<StanceWork>

    /// Creates a scorer over the given lexicons.
    public init(lexicon: StanceLexicon = .bundled, valence: ValenceLexicon = .bundled) {
        self.lexicon = lexicon
        let matcher = StanceMatcher(stance: lexicon, valence: valence)
        self.matcher = matcher
        self.valence = ValenceScorer(lexicon: matcher.scoringLexicon)
        passes = ScratchPool { StanceWork(pass: StancePass(matcher: matcher)) }
    }

    /// The stance of a standalone text, tokenized like a document. ASCII text takes its words from the valence
    /// pass, which has already split and looked them up; ICU tokenizes the rest.
    public func stance(of text: String) throws(SegmentationError) -> Stance {
        try passes.withScratch { work throws(SegmentationError) in try stance(of: text, work: work) }
    }

    /// The stances of many texts, in order, reusing the same working memory for all of them.
    public func stances(of texts: some Sequence<String>) throws(SegmentationError) -> [Stance] {
        try passes.withScratch { work throws(SegmentationError) in
            var stances: [Stance] = []
            for text in texts { stances.append(try stance(of: text, work: work)) }
            return stances
        }
    }

    private func stance(of text: String, work: StanceWork) throws(SegmentationError) -> Stance {
        var text = text
        var failure: SegmentationError?
        let (pass, scratch) = (work.pass, work.valence)
        let scores = text.withUTF8 { bytes -> ValenceScores in
            let (scores, isASCII) = valence.scoresAndCharacters(utf8: bytes, scratch: scratch)
            pass.begin(bytes)
            if !Tokenizer.takesFastPath(bytes, isASCII: isASCII) {
                do throws(SegmentationError) {
                    try pass.appendTokensWithICU()
                } catch {
                    failure = error
                }
            } else if !isASCII {
                pass.appendTokensOfSimpleText()
            } else if !pass.appendTokens(from: ValenceScorer.lastTokens(of: scratch)) {
                pass.begin(bytes)
                ASCIIWords.forEachSegment(in: bytes) { utf8, _, _ in pass.appendASCII(utf8) }
            }
            pass.match()
            return scores
        }
        if let failure { throw failure }
        return pass.stance(valence: scores)
    }

    /// The stance of part of a segmented document (a sentence or a quote): `tokens` are indices into
    /// `document.tokens` and `utf8` is the text range whose valence is scored.
    public func stance(in document: Document, tokens: Range<Int>, utf8: Range<Int>) -> Stance {
        stance(in: document, tokens: tokens, utf8: utf8, reported: false)
    }

    /// As above; `reported` says the words are a reported clause ("the plant would close" after "said"), whose
    /// "would" is the future of the report, not a condition.
    func stance(in document: Document, tokens: Range<Int>, utf8: Range<Int>, reported: Bool) -> Stance {
        passes.withScratch { work in
            let pass = work.pass
            var text = document.text
            let scores = text.withUTF8 { bytes in
                let scores = valence.scoresAndCharacters(utf8: UnsafeBufferPointer(rebasing: bytes[utf8]), scratch: work.valence).scores
                pass.begin(bytes, reported: reported)
                for index in tokens { pass.append(document.tokens[index]) }
                pass.match()
                return scores
            }
            return pass.stance(valence: scores)
        }
    }
}

/// One call's working memory: the stance pass and the valence scratch it reads tokens from.
final class StanceWork: @unchecked Sendable {
    let pass: StancePass
    let valence = ValenceScratch()

    init(pass: StancePass) {
        self.pass = pass
    }
}
