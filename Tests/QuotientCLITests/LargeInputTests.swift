import Foundation
import Testing

/// Text files over 1 MB are read in parts cut at paragraph breaks: `segment`, `score --by sentence` and
/// `quotes` must find everything a whole-file reading finds, with offsets into the whole file.
@Suite struct LargeInputTests {
    /// About 2.4 MB: numbered paragraphs of three sentences each, the last one a quote, with non-ASCII text so
    /// scalar and byte offsets differ; the file ends with a paragraph whose quote mark is never closed.
    static let paragraphCount = 12_000
    static let unclosed = "“The harbour stays open for now."
    static let sentenceCount = 3 * paragraphCount + 1
    static let file: (url: URL, scalars: [Unicode.Scalar]) = {
        let paragraphs = (0..<paragraphCount).map { index in
            "Paragraph \(index) opens in Zürich. The committee met for the \(index)th time. "
                + "“We must protect the harbour,” Ada Kern said."
        }
        let text = paragraphs.joined(separator: "\n\n") + "\n\n" + unclosed + "\n"
        let url = try! CLI.temporaryDirectory().appendingPathComponent("large.txt")
        try! text.write(to: url, atomically: true, encoding: .utf8)
        return (url, Array(text.unicodeScalars))
    }()

    func slice(_ start: Any?, _ end: Any?) -> String {
        let scalars = Self.file.scalars[(start as! Int)..<(end as! Int)]
        return String(String.UnicodeScalarView(scalars))
    }

    @Test func segmentFindsEverySentenceWithOffsetsIntoTheFile() throws {
        let result = try CLI.run(["segment", "--format", "jsonl", Self.file.url.path])
        #expect(result.status == 0)
        let sentences = try result.jsonLines()
        #expect(sentences.count == Self.sentenceCount)
        #expect(sentences.allSatisfy { slice($0["start"], $0["end"]) == $0["text"] as? String })
        #expect(sentences.last?["text"] as? String == Self.unclosed)
    }

    /// A single line of 6 MB of three-byte characters, with no line break to cut at: parts are cut at
    /// character boundaries (here at spaces), so nothing is replaced and every token is whole.
    @Test func aHugeLineOfMultibyteTextIsNeverCutInsideACharacter() throws {
        let word = "Ünïcödé—“wörds”"
        let text = String(repeating: word + " ", count: 6_000_000 / word.utf8.count)
        let url = try CLI.temporaryDirectory().appendingPathComponent("one-line.txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let result = try CLI.run(["segment", "--unit", "tokens", "--format", "jsonl", url.path])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("invalid UTF-8"))
        #expect(!result.stdout.contains("\u{FFFD}"))
        let scalars = Array(text.unicodeScalars)
        for line in result.stdout.split(separator: "\n").prefix(200_000) where line.contains("\"Ünïcödé\"") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "Ünïcödé")
        }
    }

    @Test func segmentJSONIsOneListAcrossParts() throws {
        let result = try CLI.run(["segment", "--format", "json", Self.file.url.path])
        let sentences = try #require(try result.json() as? [[String: Any]])
        #expect(sentences.count == Self.sentenceCount)
    }

    @Test func sentenceScoresAndEvidenceHaveOffsetsIntoTheFile() throws {
        let result = try CLI.run(["score", "--by", "sentence", "--stance", "--format", "jsonl", Self.file.url.path])
        #expect(result.status == 0)
        let sentences = try result.jsonLines()
        #expect(sentences.count == Self.sentenceCount)
        let evidence = sentences.flatMap { $0["evidence"] as! [[String: Any]] }
        #expect(evidence.count >= 2 * Self.paragraphCount)
        #expect(evidence.allSatisfy { slice($0["start"], $0["end"]) == $0["text"] as? String })
        #expect(sentences.allSatisfy { slice($0["start"], $0["end"]) == $0["text"] as? String })
    }

    @Test func quotesAreFoundInEveryPart() throws {
        let result = try CLI.run(["quotes", "--format", "jsonl", Self.file.url.path])
        #expect(result.status == 0)
        let parts = try result.jsonLines()
        #expect(parts.count >= 2)
        #expect(parts.map { $0["part"] as? Int } == Array(0..<parts.count))
        let quotes = parts.flatMap { $0["quotes"] as! [[String: Any]] }
        #expect(quotes.count == Self.paragraphCount + 1)
        #expect(quotes.allSatisfy { slice($0["start"], $0["end"]) == $0["text"] as? String })
        #expect(quotes.dropLast().allSatisfy { ($0["speaker"] as? [String: Any])?["name"] as? String == "Ada Kern" })
        try expectUnclosedQuoteWarning(in: parts)
    }

    @Test func analysisOffsetsAndWarningsPointIntoTheFile() throws {
        let result = try CLI.run(["analyze", "--format", "jsonl", Self.file.url.path])
        #expect(result.status == 0)
        let parts = try result.jsonLines()
        let quotes = parts.flatMap { $0["quotes"] as! [[String: Any]] }
        #expect(quotes.count == Self.paragraphCount + 1)
        let evidence = quotes.flatMap { $0["evidence"] as! [[String: Any]] }
        #expect(evidence.allSatisfy { slice($0["start"], $0["end"]) == $0["text"] as? String })
        try expectUnclosedQuoteWarning(in: parts)
    }

    /// The one warning, in the last part, names the range of the unclosed mark within the whole file.
    func expectUnclosedQuoteWarning(in parts: [[String: Any]]) throws {
        let warnings = parts.flatMap { $0["warnings"] as! [String] }
        #expect(warnings.count == 1)
        let range = try #require(warnings.first?.split(separator: ":").first?.split(separator: "-").compactMap { Int($0) })
        #expect(range.count == 2 && slice(range[0], range[1]) == "“")
    }
}
