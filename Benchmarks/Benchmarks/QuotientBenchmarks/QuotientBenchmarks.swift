import Benchmark
import BenchmarkCorpus
import Quotient
import RawICU

// Each benchmark builds its input before `startMeasurement()`, sends results to `blackHole`, and tracks
// mallocs. Throughput is reported per MB of input through `scalingFactor`-free wall-clock figures; see
// README.md for the derived MB/s and ratios.

let newsBytes = 5_000_000
let vaderBytes = 10_000_000

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .throughput],
        warmupIterations: 1,
        maxDuration: .seconds(20),
        maxIterations: 8
    )

    Benchmark(
        "Segment sentences+tokens, quotient (5 MB news)",
        configuration: .init(thresholds: [.mallocCountTotal: .init(absolute: [.p90: 400])])
    ) { benchmark in
        var corpus = NewsCorpus()
        let text = corpus.text(bytes: newsBytes)
        let segmenter = Segmenter()
        benchmark.startMeasurement()
        let document = try segmenter.segment(text)
        blackHole(document.sentences.count + document.tokens.count)
    }

    Benchmark("Segment sentences+tokens, raw ICU C loop (5 MB news)") { benchmark in
        var corpus = NewsCorpus()
        var text = corpus.text(bytes: newsBytes)
        text.makeContiguousUTF8()
        benchmark.startMeasurement()
        let count = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { raw_icu_count_boundaries($0.baseAddress, Int64($0.count), "en@ss=standard") }
        }
        blackHole(count)
    }

    Benchmark(
        "Valence, VADER-compatible (10 MB dev corpus)",
        configuration: .init(thresholds: [.mallocCountTotal: .init(absolute: [.p90: 200_000])])
    ) { benchmark in
        let texts = try VaderCorpus.texts(minimumBytes: vaderBytes)
        var scorer = ValenceScorer()
        for text in texts.prefix(3000) { blackHole(scorer.scores(text)) }
        benchmark.startMeasurement()
        var total = 0.0
        for text in texts { total += scorer.scores(text).compound }
        blackHole(total)
    }
}
