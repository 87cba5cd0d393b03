import Foundation
import Testing

@Suite struct SegmentCommandTests {
    @Test func sentencesAsJSONFromStandardInput() throws {
        let result = try CLI.run(["segment", "--format", "json"], stdin: "Dr. Ortiz left at 5 p.m. on Friday. “Good,” he said.")
        #expect(result.status == 0)
        let items = try result.json() as! [[String: Any]]
        #expect(items.map { $0["text"] as! String } == ["Dr. Ortiz left at 5 p.m. on Friday.", "“Good,” he said."])
        #expect(items.map { $0["start"] as! Int } == [0, 36])
        #expect(items.map { $0["end"] as! Int } == [35, 52])
    }

    @Test func wrappedTextSplitsLikeProseUnlessLinesAreKept() throws {
        let text = """
            The ferry from Tallin Point was cancelled on Tuesday after a storm tore the
            roof off the terminal. Harbour officials said the crossing would resume once
            engineers had inspected the pier.
            """
        let inferred = try CLI.run(["segment", "--format", "jsonl"], stdin: text).jsonLines()
        #expect(inferred.map { $0["start"] as! Int } == [0, 99])
        let kept = try CLI.run(["segment", "--format", "jsonl", "--keep-lines"], stdin: text).jsonLines()
        #expect(kept.count == 4)
        let quotes = try CLI.run(["quotes", "--format", "jsonl"], stdin: text).jsonLines()
        let found = try #require((quotes.first?["quotes"] as? [[String: Any]])?.first)
        #expect(found["text"] as? String == "the crossing would resume once\nengineers had inspected the pier")
    }

    @Test func tokensAsJSONLinesCarryKinds() throws {
        let result = try CLI.run(["segment", "--unit", "tokens", "--format", "jsonl", "-"], stdin: "Isn’t it 5%?")
        let tokens = try result.jsonLines()
        #expect(tokens.map { $0["text"] as! String } == ["Isn’t", "it", "5", "%", "?"])
        #expect(tokens.map { $0["kind"] as! String } == ["word", "word", "number", "punctuation", "punctuation"])
    }

    @Test func paragraphsOfTheShippedExample() throws {
        let example = CLI.packageRoot.appendingPathComponent("examples/port-strike.txt").path
        let result = try CLI.run(["segment", "--unit", "paragraphs", example])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 13)
    }

    @Test func missingAndBinaryFilesAreReportedWhileOthersGoThrough() throws {
        let folder = try CLI.temporaryDirectory()
        let good = folder.appendingPathComponent("good.txt")
        let binary = folder.appendingPathComponent("image.bin")
        try "One sentence. Two sentences.".write(to: good, atomically: true, encoding: .utf8)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]).write(to: binary)
        let result = try CLI.run(["segment", folder.appendingPathComponent("missing.txt").path, binary.path, good.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("One sentence.\nTwo sentences.\n"))
        #expect(result.stderr.contains("missing.txt: no such file"))
        #expect(result.stderr.contains("image.bin: looks like a binary file"))
    }

    @Test func folderNeedsRecursive() throws {
        let folder = try CLI.temporaryDirectory()
        try "Hello there.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let flat = try CLI.run(["segment", folder.path])
        #expect(flat.status == 1)
        #expect(flat.stderr.contains("is a directory"))
        let recursive = try CLI.run(["segment", "--recursive", folder.path])
        #expect(recursive.status == 0)
        #expect(recursive.stdout.contains("Hello there."))
    }

    @Test func invalidUTF8IsRepairedWithAWarning() throws {
        let result = try CLI.run(["segment"], stdinData: Data([0x48, 0x69, 0xFF, 0x2E]))
        #expect(result.status == 0)
        #expect(result.stdout == "Hi\u{FFFD}.\n")
        #expect(result.stderr.contains("replaced 1 invalid UTF-8 sequence"))
    }

    @Test(arguments: [["segment", "--unit", "words"], ["segment", "--format", "xml"], ["segment", "--bogus"], ["frobnicate"]])
    func badFlagsPrintUsageAndFail(_ arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Usage:") || result.stderr.contains("Help:"))
    }

    @Test func helpShowsExamples() throws {
        let result = try CLI.run(["segment", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
    }
}

/// Each command's help is wrapped by the argument parser, not by line breaks in the source: a line of a paragraph
/// is as full as the 80 columns allow, and no example line runs past them.
@Suite struct HelpLayoutTests {
    @Test(arguments: ["analyze", "compare", "quotes", "segment", "score", "explain", "lexicon check"])
    func helpParagraphsAreFilled(_ command: String) throws {
        let result = try CLI.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let body = lines.prefix { !$0.hasPrefix("USAGE:") }
        for (line, next) in zip(body, body.dropFirst()) {
            #expect(line.count <= 80, "\(line)")
            // A prose line followed by more prose must leave no room for the next word.
            guard !line.isEmpty, !line.hasPrefix(" "), !next.isEmpty, !next.hasPrefix(" "), !line.hasSuffix(":") else { continue }
            let nextWord = next.prefix { $0 != " " }
            #expect(line.count + 1 + nextWord.count >= 80, "\(line) | \(next)")
        }
    }
}
