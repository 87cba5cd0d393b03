
/// The analyses of an asynchronous sequence of texts, in input order, computed on up to `concurrency` texts at
/// once. Each element is the analysis of one text or the reason it could not be analyzed, so one bad text does
/// not end the stream. Memory stays bounded: at most `concurrency` texts are read ahead of the consumer.
///
/// ```swift
/// for try await result in Analyzer().analyses(of: lines) {
///     let analysis = try result.get()
///     print(analysis.quotes.count)
/// }
/// ```
public struct AnalysisSequence<Texts: AsyncSequence & Sendable>: AsyncSequence, Sendable where Texts.Element == String {
    /// One text's analysis, or why it failed.
    public typealias Element = Result<Analysis, SegmentationError>

    let texts: Texts
    let analyzer: Analyzer
    let concurrency: Int

    /// Starts reading the texts.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(texts: texts.makeAsyncIterator(), analyzer: analyzer, concurrency: concurrency)
    }

    /// Yields the analyses in input order.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var texts: Texts.AsyncIterator
        let analyzer: Analyzer
        let concurrency: Int
        var pending: [Task<Element, Never>] = []
        var textsEnded = false

        init(texts: Texts.AsyncIterator, analyzer: Analyzer, concurrency: Int) {
            self.texts = texts
            self.analyzer = analyzer
            self.concurrency = concurrency
        }

        /// The next text's analysis; rethrows an error of the input sequence.
        public mutating func next() async throws -> Element? {
            while !textsEnded && pending.count < concurrency {
                guard let text = try await texts.next() else {
                    textsEnded = true
                    break
                }
                let analyzer = analyzer
                pending.append(Task { Result { () throws(SegmentationError) in try analyzer.analyze(text) } })
            }
            guard !pending.isEmpty else { return nil }
            return await pending.removeFirst().value
        }
    }
}

extension Analyzer {
    /// Analyzes an asynchronous sequence of texts on up to `concurrency` cores (all of them by default),
    /// yielding one result per text in input order.
    public func analyses<Texts: AsyncSequence & Sendable>(of texts: Texts, concurrency: Int? = nil) -> AnalysisSequence<Texts>
    where Texts.Element == String {
        AnalysisSequence(texts: texts, analyzer: self,
                         concurrency: max(1, concurrency ?? Processors.online))
    }

    /// Analyzes many texts on all cores (or on at most `threads`), returning one result per text in input order.
    public func analyze(batch texts: some Collection<String>, threads: Int? = nil) -> [Result<Analysis, SegmentationError>] {
        let inputs = Array(texts)
        var iterator = inputs.makeIterator()
        var results: [Result<Analysis, SegmentationError>] = []
        results.reserveCapacity(inputs.count)
        analyzeInOrder(threads: threads, size: { $0.utf8.count }, next: { iterator.next() },
                       analyze: { analyzer, text in Result { () throws(SegmentationError) in try analyzer.analyze(text) } },
                       deliver: { _, result in results.append(result) })
        return results
    }
}
