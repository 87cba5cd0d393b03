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
            var stance = stanceScorer.stance(in: document, tokens: tokens, utf8: quote.span.utf8, reported: quote.kind == .indirect)
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

    /// Analyzes inputs on all cores (or on `threads` workers) and hands results to `deliver` in input order: the
    /// engine behind ``analyze(batch:threads:)`` and the command line's streaming.
    ///
    /// The calling thread reads inputs and delivers results while the workers analyze; a worker takes the next
    /// input as soon as it is free, so no core waits for a batch's slowest document. At most `windowSize` inputs,
    /// and `windowBytes` bytes of them (but always one), are read and not yet delivered: memory stays bounded
    /// whatever the input's length. Return nil from `next` to end.
    package func analyzeInOrder<Input: Sendable, Output: Sendable>(
        windowSize: Int = 256,
        windowBytes: Int = 8 << 20,
        threads: Int? = nil,
        size: (Input) -> Int = { _ in 0 },
        next: () throws -> Input?,
        analyze work: @Sendable @escaping (Analyzer, Input) -> Output,
        deliver body: (Input, Output) throws -> Void
    ) rethrows {
        let workers = max(1, threads ?? Processors.online)
        let window = OrderedWindow<Input, Output>(capacity: max(1, windowSize))
        let finished = DispatchGroup()
        let analyzer = self
        for _ in 0..<workers {
            DispatchQueue.global().async(group: finished) {
                while let (index, input) = window.take() { window.store(work(analyzer, input), at: index) }
            }
        }
        // Whatever happens on this thread, the workers stop before this function returns.
        defer {
            window.close(workers: workers)
            finished.wait()
        }
        var sizes = [Int](repeating: 0, count: window.capacity)
        var (read, delivered, bytesInFlight) = (0, 0, 0)
        var exhausted = false
        while true {
            while !exhausted && read - delivered < window.capacity && (bytesInFlight < windowBytes || read == delivered) {
                guard let input = try next() else {
                    exhausted = true
                    break
                }
                sizes[read % window.capacity] = size(input)
                bytesInFlight += sizes[read % window.capacity]
                window.put(input, at: read)
                read += 1
            }
            guard delivered < read else { return }
            guard let (input, output) = window.result(at: delivered) else {
                // Waiting for a quarter of the inputs in flight, rather than for the next one, lets a worker sharing a
                // core with this thread finish a run of inputs before this thread takes the core back.
                window.waitForResult(at: delivered + (read - 1 - delivered) / 4, orAt: delivered)
                continue
            }
            try body(input, output)
            bytesInFlight -= sizes[delivered % window.capacity]
            delivered += 1
        }
    }
}

/// The inputs read and not yet delivered, in a ring of slots: workers take inputs in order and store their
/// results; the reading thread puts inputs and collects results in order.
final class OrderedWindow<Input: Sendable, Output: Sendable>: Sendable {
    private struct State {
        var inputs: [Input?]
        var outputs: [Output?]
        /// Indices of inputs put but not taken yet, in order.
        var nextToTake = 0
        var put = 0
        var isClosed = false
        /// The index whose result the reading thread sleeps for.
        var awaited: Int?
    }

    let capacity: Int
    private let state: Mutex<State>
    /// One signal per input put (and one per worker at closing), so a free worker sleeps until there is work.
    private let work = DispatchSemaphore(value: 0)
    /// Signalled when the result the reading thread sleeps for is stored.
    private let results = DispatchSemaphore(value: 0)

    init(capacity: Int) {
        self.capacity = capacity
        state = Mutex(State(inputs: Array(repeating: nil, count: capacity), outputs: Array(repeating: nil, count: capacity)))
    }

    func put(_ input: Input, at index: Int) {
        state.withLock { state in
            state.inputs[index % capacity] = input
            state.put = index + 1
        }
        work.signal()
    }

    /// The next input and its index, or nil once the window is closed; blocks while there is nothing to take.
    func take() -> (Int, Input)? {
        while true {
            work.wait()
            let taken: (Int, Input)?? = state.withLock { state in
                if state.isClosed { return .some(nil) }
                guard state.nextToTake < state.put, let input = state.inputs[state.nextToTake % capacity] else { return nil }
                defer { state.nextToTake += 1 }
                return (state.nextToTake, input)
            }
            if let taken { return taken }
        }
    }

    func store(_ output: Output, at index: Int) {
        let isAwaited = state.withLock { state in
            state.outputs[index % capacity] = output
            guard state.awaited == index else { return false }
            state.awaited = nil
            return true
        }
        if isAwaited { results.signal() }
    }

    /// The input and result at `index` once the result is in, emptying the slot.
    func result(at index: Int) -> (Input, Output)? {
        state.withLock { state in
            let slot = index % capacity
            guard let output = state.outputs[slot], let input = state.inputs[slot] else { return nil }
            state.outputs[slot] = nil
            state.inputs[slot] = nil
            return (input, output)
        }
    }

    /// Sleeps until the result at `index` is stored, or at `fallback` (whose result is missing) when that one
    /// is in already.
    func waitForResult(at index: Int, orAt fallback: Int) {
        let mustWait = state.withLock { state in
            let awaited = state.outputs[index % capacity] == nil ? index : fallback
            guard state.outputs[awaited % capacity] == nil else { return false }
            state.awaited = awaited
            return true
        }
        if mustWait { results.wait() }
    }

    /// Stops the `workers` workers: each finishes the input it holds, and none takes another.
    func close(workers: Int) {
        state.withLock { $0.isClosed = true }
        for _ in 0..<workers { work.signal() }
    }
}
