import Benchmark
import BenchmarkCorpus
import Quotient
import RawICU

// Each benchmark builds its input before `startMeasurement()`, sends results to `blackHole`, and tracks
// mallocs. Throughput is reported per MB of input through `scalingFactor`-free wall-clock figures; see
// README.md for the derived MB/s and ratios.

let newsBytes = 5_000_000
let vaderBytes = 10_000_000
let analyzeBytes = 20_000_000

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .throughput],
        warmupIterations: 1,
        maxDuration: .seconds(20),
        maxIterations: 8
    )

    // Also the same news hard-wrapped at 72 columns, as e-mail and plain-text copies arrive, where every
    // paragraph's line breaks are read as layout; each against the raw ICU loop over the same text.
    for (label, width) in [("", 0), (" wrapped at 72 columns", 72)] {
        Benchmark(
            "Segment sentences+tokens, quotient (5 MB news\(label))",
            configuration: .init(thresholds: [.mallocCountTotal: .init(absolute: [.p90: 400])])
        ) { benchmark in
            let text = newsText(wrappedAt: width)
            let segmenter = Segmenter()
            benchmark.startMeasurement()
            let document = try segmenter.segment(text)
            blackHole(document.sentences.count + document.tokens.count)
        }

        Benchmark("Segment sentences+tokens, raw ICU C loop (5 MB news\(label))") { benchmark in
            var text = newsText(wrappedAt: width)
            text.makeContiguousUTF8()
            benchmark.startMeasurement()
            let count = text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { raw_icu_count_boundaries($0.baseAddress, Int64($0.count), "en@ss=standard") }
            }
            blackHole(count)
        }
    }

    Benchmark(
        "Valence, VADER-compatible (10 MB dev corpus)",
        configuration: .init(thresholds: [.mallocCountTotal: .init(absolute: [.p90: 1_000])])
    ) { benchmark in
        let texts = try VaderCorpus.texts(minimumBytes: vaderBytes)
        let scorer = ValenceScorer()
        for text in texts.prefix(3000) { blackHole(scorer.scores(text)) }
        benchmark.startMeasurement()
        var total = 0.0
        for text in texts { total += scorer.scores(text).compound }
        blackHole(total)
    }

    // Linear time: ten 1 MB texts and one 10 MB text should take the same time.
    for (label, bytes, repetitions) in [("1 MB ×10", 1_000_000, 10), ("10 MB ×1", 10_000_000, 1)] {
        Benchmark("Valence, one long text (\(label))", configuration: .init(maxIterations: 3)) { benchmark in
            let text = try VaderCorpus.longText(bytes: bytes)
            let scorer = ValenceScorer()
            benchmark.startMeasurement()
            var total = 0.0
            for _ in 0..<repetitions { total += scorer.scores(text).compound }
            blackHole(total)
        }
    }

    Benchmark(
        "Stance + valence (10 MB dev corpus)",
        configuration: .init(thresholds: [.mallocCountTotal: .init(absolute: [.p90: 90_000])])
    ) { benchmark in
        let texts = try VaderCorpus.texts(minimumBytes: vaderBytes)
        let scorer = StanceScorer()
        for text in texts.prefix(3000) { blackHole(try scorer.stance(of: text)) }
        benchmark.startMeasurement()
        var total = 0
        for text in texts { total += try scorer.stance(of: text).evidence.count }
        blackHole(total)
    }

    Benchmark("Quotes: extraction + attribution (5 MB news, pre-segmented)") { benchmark in
        var corpus = NewsCorpus()
        let segmenter = Segmenter()
        let documents = try corpus.articles(bytes: newsBytes).map { try segmenter.segment($0) }
        let extractor = QuoteExtractor()
        benchmark.startMeasurement()
        var quotes = 0
        for document in documents { quotes += extractor.extract(from: document).quotes.count }
        blackHole(quotes)
    }

    Benchmark("Quotes: one 1 MB paragraph with 10,000 quotes (pre-segmented)") { benchmark in
        var corpus = NewsCorpus()
        var text = ""
        while text.utf8.count < 1_000_000 {
            text += "“We will \(corpus.article().prefix(60).filter { $0 != "\n" && $0 != "“" && $0 != "”" }),” Okafor said. "
        }
        let document = try Segmenter().segment(text)
        benchmark.startMeasurement()
        blackHole(QuoteExtractor().extract(from: document).quotes.count)
    }

    Benchmark("Analyze, one core (20 MB news)", configuration: .init(maxIterations: 3)) { benchmark in
        var corpus = NewsCorpus()
        let articles = corpus.articles(bytes: analyzeBytes)
        let analyzer = Analyzer()
        benchmark.startMeasurement()
        var quotes = 0
        for article in articles { quotes += try analyzer.analyze(article).quotes.count }
        blackHole(quotes)
    }

    Benchmark("Analyze, all cores (20 MB news)", configuration: .init(maxIterations: 3)) { benchmark in
        var corpus = NewsCorpus()
        let articles = corpus.articles(bytes: analyzeBytes)
        let analyzer = Analyzer()
        benchmark.startMeasurement()
        var quotes = 0
        for result in analyzer.analyze(batch: articles) { quotes += (try? result.get().quotes.count) ?? 0 }
        blackHole(quotes)
    }

    // `compare --from` on 10,000 documents' `analyze` rows: read each line's profiles, merge them by speaker,
    // rank them and look for ambiguous surnames. The rows are 1,000 analyzed articles, each written ten times
    // under another id, so speakers recur across documents as they do in a corpus.
    Benchmark("Compare: 10,000 documents' profiles (read, merge, rank)", configuration: .init(maxIterations: 5)) { benchmark in
        var corpus = NewsCorpus()
        let analyzer = Analyzer()
        var lines: [[UInt8]] = []
        for index in 0..<1_000 {
            let article = corpus.article()
            let analysis = try analyzer.analyze(article)
            for copy in 0..<10 {
                var line: [UInt8] = []
                JSONLines.write(.document(DocumentRecord(analysis: analysis, id: .int(index * 10 + copy))), to: &line)
                lines.append(Array(line.dropLast()))
            }
        }
        benchmark.startMeasurement()
        var directory = SpeakerDirectory()
        for line in lines {
            try JSONLines.speakerProfiles(inLine: line)?.profiles.forEach { directory.add($0) }
        }
        blackHole(directory.profiles(minimumQuotes: 3).count + directory.ambiguousNames().count)
    }
}

/// The benchmark news, hard-wrapped when `width` is not 0.
func newsText(wrappedAt width: Int) -> String {
    var corpus = NewsCorpus()
    let text = corpus.text(bytes: newsBytes)
    return width > 0 ? hardWrapped(text, width: width) : text
}

/// Turns the space before each word that would pass `width` columns into a line feed, paragraph by paragraph.
func hardWrapped(_ text: String, width: Int) -> String {
    var bytes = Array(text.utf8)
    var lineStart = 0
    var lastSpace = -1
    for index in bytes.indices {
        switch bytes[index] {
        case UInt8(ascii: "\n"):
            lineStart = index + 1
            lastSpace = -1
        case UInt8(ascii: " "):
            if index - lineStart > width && lastSpace >= 0 {
                bytes[lastSpace] = UInt8(ascii: "\n")
                lineStart = lastSpace + 1
            }
            lastSpace = index
        default:
            break
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}
