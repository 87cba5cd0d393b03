// Written by scripts/doc-examples.py from README.md and Sources/Quotient/Quotient.docc; do not edit.
import Foundation
import Quotient

/// From README.md.
public func docExample1() async throws {

    let analyzer = Analyzer()                 // Sendable: create once, share across tasks
    let text = "“We must take care of them,” Tokayev said."
    let analysis = try analyzer.analyze(text)
    for item in analysis.quotes {
        print(item.quote.speaker?.name ?? "?", item.quote.kind, item.stance.tone)
        // Tokayev direct positive · obligation · inclusive · care
        print(text[item.quote.span])          // We must take care of them,
        print(item.stance.tone.contains(.obligation), item.stance.score(of: .care))
    }

    let scorer = ValenceScorer()              // vaderSentiment 3.3.2's numbers, quirks included
    print(scorer.scores("VADER is smart, handsome, and funny!").compound)  // 0.8439
}

/// From README.md.
public func docExample2() async throws {
    let row = DocumentRecord(analysis: try Analyzer().analyze("“We will hold,” said Ada Quist."), id: .string("a1"))
    var bytes: [UInt8] = []
    JSONLines.write(.document(row), to: &bytes)              // the line `analyze --format jsonl` writes
    let back = try JSONLines.decodeRow(bytes.dropLast())     // == .document(row)
    var speakers = SpeakerDirectory()                        // merges shards exactly, in any order
    if case .document(let read) = back { read.speakers?.forEach { speakers.add($0) } }
}

/// From Sources/Quotient/Quotient.docc/ComparingSpeakers.md.
public func docExample3() async throws {
    let analyzer = Analyzer()
    var directory = SpeakerDirectory()
    for text in ["“We will hold,” said Mayor Ilse Marrow.", "“The port stays open,” Marrow said."] {
        try analyzer.analyze(text).speakers.forEach { directory.add($0) }
    }
    for profile in directory.profiles() {
        print(profile.name, profile.quoteCount, profile.meanValence, profile.rate(of: .commitment))
    }
}

/// From Sources/Quotient/Quotient.docc/GettingStarted.md.
public func docExample4() async throws {
    let analyzer = Analyzer()
    let text = "“We must take care of them,” Tokayev said."
    let analysis = try analyzer.analyze(text)
    for item in analysis.quotes {
        let speaker = item.quote.speaker?.name ?? "unknown"
        print(speaker, item.quote.kind, item.stance.tone)  // Tokayev direct positive · obligation · inclusive · care
        print(text[item.quote.span])                     // We must take care of them,
        if item.stance.tone.contains(.obligation) {
            print(item.stance.evidence.filter { $0.category == .obligation }.map(\.text))  // ["must"]
        }
    }
}

/// From Sources/Quotient/Quotient.docc/GettingStarted.md.
public func docExample5() async throws {
    let texts = AsyncStream<String> { continuation in
        continuation.yield("“The port stays open,” said Mayor Ilse Marrow.")
        continuation.finish()
    }
    for try await result in Analyzer().analyses(of: texts) {
        switch result {
        case .success(let analysis): print(analysis.quotes.count)
        case .failure(let error): print("skipped:", error)
        }
    }
}

/// From Sources/Quotient/Quotient.docc/OutputContract.md.
public func docExample6() async throws {
    let analysis = try Analyzer().analyze("“We will not back down,” said Ada Quist.")
    let row = DocumentRecord(analysis: analysis, id: .string("doc-1"),
                             fields: [PassThroughField(name: "outlet", value: .string("Harbour Gazette"))])
    var bytes: [UInt8] = []
    JSONLines.write(.document(row), to: &bytes)             // one line, ending in "\n"
    let back = try JSONLines.decodeRow(bytes.dropLast())    // .document(row)
    assert(back == .document(row))
}

/// From Sources/Quotient/Quotient.docc/OutputContract.md.
public func docExample7() async throws {
    func mergedSpeakers(from shards: [[UInt8]]) throws -> [SpeakerProfile] {
        var directory = SpeakerDirectory()
        for line in shards {
            guard let row = try JSONLines.speakerProfiles(inLine: line) else { continue }  // an error row
            row.profiles.forEach { directory.add($0) }
        }
        return directory.profiles(minimumQuotes: 1)
    }
}

/// From Sources/Quotient/Quotient.docc/QuotesAndSpeakers.md.
public func docExample8() async throws {
    let text = "Ivo Brandvold and Ulla Brandvold opened the mill. Mrs. Brandvold said the looms were old."
    let extraction = QuoteExtractor().extract(from: try Segmenter().segment(text))
    let quote = extraction.quotes[0]
    print(quote.kind, quote.text, quote.speaker?.name ?? "-")  // indirect the looms were old Ulla Brandvold
}

/// From Sources/Quotient/Quotient.docc/Quotient.md.
public func docExample9() async throws {
    let analysis = try Analyzer().analyze("“We must take care of them,” Tokayev said.")
    let quote = analysis.quotes[0]
    print(quote.quote.speaker?.name ?? "-")   // Tokayev
    print(quote.stance.tone)                  // positive · obligation · inclusive · care
    print(quote.stance.evidence.map(\.text))  // ["We", "must", "take care of"]
}

/// From Sources/Quotient/Quotient.docc/SegmentingText.md.
public func docExample10() async throws {
    let document = try Segmenter().segment("Sen. Ada Quist spoke first. The vote\nwas close.")
    for sentence in document.sentences {
        print(document[sentence.span])  // "Sen. Ada Quist spoke first." then "The vote\nwas close."
    }
    print(document.tokens.filter { $0.kind == .word }.count)  // 9
}

/// From Sources/Quotient/Quotient.docc/ValenceAndStance.md.
public func docExample11() async throws {
    let scorer = StanceScorer()
    let stance = try scorer.stance(of: "We must take care of them.")
    print(stance.tone)                          // positive · obligation · inclusive · care
    print(stance.score(of: .obligation))        // 0.9305…
    print(stance.evidence.map(\.term))          // ["we", "must", "take care of"]
    let many = try scorer.stances(of: ["They may return.", "Clearly, it works."])
    print(many.map(\.tone.categories))          // [[hedging], [certainty]]
}

/// From Sources/Quotient/Quotient.docc/ValenceAndStance.md.
public func docExample12() async throws {
    func customScorer(folder: String) throws -> StanceScorer {
        let lexicon = try StanceLexicon(addingDirectory: folder)  // e.g. economy.txt → StanceCategory("economy")
        return StanceScorer(lexicon: lexicon)
    }
}

/// How many examples were compiled.
public let docExampleCount = 12

/// Runs every example that needs no files of its own.
public func runDocExamples() async throws {
    try await docExample1()
    try await docExample2()
    try await docExample3()
    try await docExample4()
    try await docExample5()
    try await docExample6()
    try await docExample7()
    try await docExample8()
    try await docExample9()
    try await docExample10()
    try await docExample11()
    try await docExample12()
}
