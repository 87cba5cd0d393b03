import Benchmark
import BenchmarkCorpus
import Quotient

// Worst-case inputs at growing sizes: segmentation plus quote extraction must cost the same per byte at
// 1 KB and at 100 MB. Each benchmark processes about the same number of bytes per iteration (a 1 KB input
// is processed many times), so wall-clock times compare directly; README.md lists them as ns per byte.

enum Hostile: String, CaseIterable {
    case noSpaceNoPeriod = "no space or period"
    case quoteMarkFlood = "quote-mark flood"
    case unbalancedQuotes = "unclosed quote per paragraph"
    /// Paragraphs an interview layout tries as led-in questions, with no question alone on its line before them.
    case ledQuestions = "led-in question per paragraph"

    func text(bytes: Int) -> String {
        switch self {
        case .noSpaceNoPeriod:
            return String(repeating: "a", count: bytes)
        case .quoteMarkFlood:
            return String(repeating: "“x”‘", count: max(1, bytes / 10))
        case .unbalancedQuotes:
            return String(repeating: "“Unclosed words run on, said Ana Diaz and others\n\n", count: max(1, bytes / 52))
        case .ledQuestions:
            return String(repeating: "The pier is old. Is the harbour safe for the ferries?\n\n", count: max(1, bytes / 56))
        }
    }
}

func process(_ text: String) throws -> Int {
    let document = try Segmenter().segment(text)
    return document.tokens.count + QuoteExtractor().extract(from: document).quotes.count
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident], warmupIterations: 0, maxDuration: .seconds(60), maxIterations: 3)

    for hostile in Hostile.allCases {
        for (label, bytes, repetitions) in [("1 KB ×10000", 1_000, 10_000), ("10 MB", 10_000_000, 1), ("100 MB", 100_000_000, 1)] {
            Benchmark("\(hostile.rawValue), \(label)") { benchmark in
                let text = hostile.text(bytes: bytes)
                benchmark.startMeasurement()
                var total = 0
                for _ in 0..<repetitions { total += try process(text) }
                blackHole(total)
            }
        }
    }
}
