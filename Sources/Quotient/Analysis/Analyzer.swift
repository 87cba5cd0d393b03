import Dispatch
import Synchronization

/// The whole pipeline: segmentation, quotes and attribution, valence and stance, speaker profiles.
///
/// ```swift
/// let analyzer = Analyzer()
/// let analysis = try analyzer.analyze("“We must take care of them,” Tokayev said.")
/// analysis.quotes[0].stance.toneLabel  // "positive · obligation · inclusive · care"
/// ```
public struct Analyzer: Sendable {
    /// The lexicons the pipeline runs with.
    public struct Configuration: Sendable {
        /// VADER tables for valence.
        public var valence: ValenceLexicon
        /// Stance categories.
        public var stance: StanceLexicon
        /// Speech cues and speaker words.
        public var quotes: QuoteLexicon
        /// How single line breaks are read (see ``Segmenter/LineBreaks``).
        public var lineBreaks: Segmenter.LineBreaks

        /// The bundled lexicons, optionally with a folder of extra stance categories.
        public init(
            valence: ValenceLexicon = .bundled, stance: StanceLexicon = .bundled, quotes: QuoteLexicon = .bundled,
            lineBreaks: Segmenter.LineBreaks = .infer
        ) {
            self.valence = valence
            self.stance = stance
            self.quotes = quotes
            self.lineBreaks = lineBreaks
        }
    }

    /// The configuration in use.
    public let configuration: Configuration
    private let segmenter: Segmenter
    /// Compiled once and shared by every document and thread.
    private let stanceScorer: StanceScorer

    /// Creates an analyzer.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        segmenter = Segmenter(lineBreaks: configuration.lineBreaks)
        stanceScorer = StanceScorer(lexicon: configuration.stance, valence: configuration.valence)
    }

    /// Analyzes one document given as text.
    public func analyze(_ text: String, id: String? = nil) throws(SegmentationError) -> Analysis {
        try analyze(document: segmenter.segment(text), id: id)
    }

    /// Analyzes one document given as bytes (invalid UTF-8 is repaired and counted).
    public func analyze(bytes: some Collection<UInt8>, id: String? = nil) throws(SegmentationError) -> Analysis {
        try analyze(document: segmenter.segment(bytes: bytes), id: id)
    }

    /// Analyzes an already segmented document.
    public func analyze(document: Document, id: String? = nil) -> Analysis {
        let extraction = QuoteExtractor(lexicon: configuration.quotes).extract(from: document)
        var quotes: [AnalyzedQuote] = []
        var profiles: [SpeakerProfile] = []
        var profileIndex: [String: Int] = [:]
        for quote in extraction.quotes {
            let tokens = tokenRange(of: quote.span.utf8, in: document)
            var stance = stanceScorer.stance(in: document, tokens: tokens, utf8: quote.span.utf8)
            // Words the speaker quotes from someone else are that person's, not evidence of this speaker's tone.
            if quote.kind == .direct, !stance.evidence.isEmpty {
                let embedded = EmbeddedQuotation.ranges(in: quote.span.utf8, of: document.text)
                if !embedded.isEmpty {
                    stance.evidence.removeAll { item in embedded.contains { $0.contains(item.span.utf8.lowerBound) } }
                }
            }
            quotes.append(AnalyzedQuote(quote: quote, stance: stance))
            guard let speaker = quote.speaker else { continue }
            let profile = SpeakerProfile(quote: quote, stance: stance, speaker: speaker)
            let key = SpeakerProfile.key(for: speaker.name)
            if let index = profileIndex[key] {
                profiles[index].merge(profile)
            } else {
                profileIndex[key] = profiles.count
                profiles.append(profile)
            }
        }
        return Analysis(id: id, quotes: quotes, speakers: profiles, quoteWarnings: extraction.warnings,
                        repairedSequences: document.repairedSequences)
    }

    private func tokenRange(of range: Range<Int>, in document: Document) -> Range<Int> {
        let tokens = document.tokens
        let low = tokens.partitioningIndex { $0.span.utf8.lowerBound >= range.lowerBound }
        var end = low
        while end < tokens.count && tokens[end].span.utf8.lowerBound < range.upperBound { end += 1 }
        return low..<end
    }

    /// Analyzes inputs on all cores (or on at most `threads`), up to `batchSize` inputs or `batchBytes` bytes of
    /// text at a time (whichever comes first), and hands results to `deliver` in input order: the engine behind
    /// ``analyze(batch:threads:)`` and the command line's streaming.
    ///
    /// Reading and delivering overlap with analysis: while one batch is analyzed, the calling thread delivers
    /// the batch before it and reads the next, so parsing input and writing output do not leave the other
    /// cores idle. Memory stays bounded by three batches of inputs and results. Return nil from `next` to end.
    package func analyzeInOrder<Input: Sendable, Output: Sendable>(
        batchSize: Int = 64,
        batchBytes: Int = 4 << 20,
        threads: Int? = nil,
        size: (Input) -> Int = { _ in 0 },
        next: () throws -> Input?,
        analyze work: @Sendable @escaping (Analyzer, Input) -> Output,
        deliver body: (Input, Output) throws -> Void
    ) rethrows {
        func readBatch() throws -> [Input] {
            var batch: [Input] = []
            var bytes = 0
            while batch.count < batchSize && bytes < batchBytes, let input = try next() {
                bytes += size(input)
                batch.append(input)
            }
            return batch
        }
        var current = try readBatch()
        var finished: (inputs: [Input], results: [Output])?
        while !current.isEmpty {
            let inputs = current
            let running = startAnalysis(of: inputs, threads: threads, work: work)
            // Whatever happens on this thread, the batch in flight finishes before this function returns.
            let results: [Output]
            do {
                if let (previous, outputs) = finished {
                    for (input, output) in zip(previous, outputs) { try body(input, output) }
                }
                current = try readBatch()
            } catch {
                _ = running.wait()
                throw error
            }
            results = running.wait()
            finished = (inputs, results)
        }
        if let (previous, outputs) = finished {
            for (input, output) in zip(previous, outputs) { try body(input, output) }
        }
    }

    /// Starts analyzing a batch on other threads; `wait()` returns the results in input order.
    private func startAnalysis<Input: Sendable, Output: Sendable>(
        of inputs: [Input], threads: Int?, work: @Sendable @escaping (Analyzer, Input) -> Output
    ) -> RunningBatch<Output> {
        let running = RunningBatch<Output>(count: inputs.count)
        let analyzer = self
        // With a cap, each of `threads` workers takes every threads-th input of the batch.
        let workers = min(inputs.count, max(1, threads ?? inputs.count))
        DispatchQueue.global().async(group: running.group) {
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: inputs.count, by: workers) {
                    let output = work(analyzer, inputs[index])
                    running.results.withLock { $0[index] = output }
                }
            }
        }
        return running
    }
}

/// A batch being analyzed on other threads.
final class RunningBatch<Output: Sendable>: Sendable {
    let group = DispatchGroup()
    let results: Mutex<[Output?]>

    init(count: Int) {
        results = Mutex(Array(repeating: nil, count: count))
    }

    /// Blocks until the batch is done; its results in input order.
    func wait() -> [Output] {
        group.wait()
        return results.withLock { $0.map { $0! } }
    }
}
