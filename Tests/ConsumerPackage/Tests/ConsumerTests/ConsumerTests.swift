import DocExamples
import Foundation
import Quotient
import Testing

/// Quotient as a package that depends on it uses it: only public API, no `@testable`.
@Suite struct ConsumerTests {
    static func lines(_ name: String) throws -> [[UInt8]] {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
        return try Data(contentsOf: url).split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map(Array.init)
    }

    @Test(arguments: ["shard-a.jsonl", "shard-b.jsonl", "whole.jsonl"])
    func analyzeOutputDecodesAndWritesTheSameBytes(_ name: String) throws {
        for line in try Self.lines(name) {
            let row = try JSONLines.decodeRow(line)
            #expect(JSONLines.encode(row) == String(decoding: line, as: UTF8.self))
            #expect(try JSONDecoder().decode(OutputRow.self, from: JSONEncoder().encode(row)) == row)
        }
    }

    @Test func rowsKeepTheirFieldsAndErrors() throws {
        let rows = try Self.lines("shard-b.jsonl").map(JSONLines.decodeRow)
        guard case .document(let dam) = rows[0], case .error(let blank) = rows[1], case .error(let broken) = rows[3] else {
            Issue.record("unexpected rows: \(rows)")
            return
        }
        #expect(dam.id == .string("river-dam"))
        #expect(dam.fields.map(\.name) == ["date", "outlet"])
        #expect(dam.quotes.contains { $0.stance != nil && $0.speaker != nil })
        #expect(blank.reason == .skipped("blank"))
        #expect(broken.id == .string("broken") && broken.reason == .error("no \"text\" string"))
    }

    @Test func twoShardsMergeIntoTheWholeRun() throws {
        func directory(_ files: [String]) throws -> SpeakerDirectory {
            var directory = SpeakerDirectory()
            for file in files {
                for line in try Self.lines(file) {
                    try JSONLines.speakerProfiles(inLine: line)?.profiles.forEach { directory.add($0) }
                }
            }
            return directory
        }
        let whole = try directory(["whole.jsonl"]).profiles()
        var shards = try directory(["shard-b.jsonl"])
        shards.merge(try directory(["shard-a.jsonl"]))
        #expect(shards.profiles() == whole)
        #expect(whole.count > 5)
    }

    @Test func scoringFromSeveralTasksMatchesOneByOne() async throws {
        let texts = try Self.lines("whole.jsonl").compactMap { line -> [String]? in
            guard case .document(let row) = try JSONLines.decodeRow(line) else { return nil }
            return row.quotes.map(\.text)
        }.flatMap { $0 }
        let valence = ValenceScorer()
        let stance = StanceScorer()
        let analyzer = Analyzer()
        let expected = try texts.map { (valence.scores($0), try stance.stance(of: $0).tone, try analyzer.analyze($0).quotes.count) }
        let concurrent = try await withThrowingTaskGroup(of: (Int, ValenceScores, Tone, Int).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, valence.scores(text), try stance.stance(of: text).tone, try analyzer.analyze(text).quotes.count) }
            }
            var results = Array(repeating: (ValenceScores(negative: 0, neutral: 0, positive: 0, compound: 0), Tone(polarity: .neutral, categories: []), 0),
                                count: texts.count)
            for try await (index, scores, tone, count) in group { results[index] = (scores, tone, count) }
            return results
        }
        #expect(concurrent.map(\.0) == expected.map(\.0))
        #expect(concurrent.map(\.1) == expected.map(\.1))
        #expect(concurrent.map(\.2) == expected.map(\.2))
    }

    @Test func theDocumentationExamplesRun() async throws {
        #expect(docExampleCount >= 10)
        try await runDocExamples()
    }
}
