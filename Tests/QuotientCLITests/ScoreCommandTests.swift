import Foundation
import Testing

/// `quotient score` reads its input in 1 MB parts: lines must come out one per input line, in order, across
/// part boundaries, with invalid UTF-8 repaired per line.
@Suite struct ScoreCommandTests {
    @Test func everyLineGetsOneResultAcrossReadParts() throws {
        // About 1.6 MB, so lines straddle the 1 MB boundary between parts.
        let lines = (0..<40_000).map { index in
            index % 3 == 0 ? "line \(index) is great" : index % 3 == 1 ? "" : "line \(index) is awful, truly awful"
        }
        let file = try CLI.temporaryDirectory().appendingPathComponent("lines.txt")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["score", file.path, "--format", "jsonl"])
        #expect(result.status == 0)
        let output = try result.jsonLines()
        #expect(output.count == lines.count)
        #expect(output.map { $0["text"] as? String } == lines)
        #expect(output[0]["compound"] as? Double == 0.6249)
        #expect(output[1]["compound"] as? Double == 0.0)
    }

    @Test func invalidUTF8IsRepairedInItsLineOnly() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("mixed.txt")
        try Data("good day\nbad \u{FF}".utf8.map { $0 } + [0xFF, 0x0A] + Array("café is nice".utf8)).write(to: file)
        let result = try CLI.run(["score", file.path, "--format", "jsonl"])
        #expect(result.status == 0)
        let output = try result.jsonLines()
        #expect(output.map { $0["text"] as? String } == ["good day", "bad ÿ\u{FFFD}", "café is nice"])
        #expect(result.stderr.contains("mixed.txt: replaced 1 invalid UTF-8 sequence(s)"))
    }

    @Test func binaryFileIsSkippedWithAReason() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("image.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: file)
        let result = try CLI.run(["score", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("image.png: looks like a binary file"))
    }

    /// Reading a directory as standard input fails in `read` (EISDIR): the error is reported, not taken for the
    /// end of input.
    @Test(arguments: [["score"], ["analyze", "--input", "jsonl"]])
    func readErrorsAreReported(_ arguments: [String]) throws {
        let result = try CLI.run(arguments, stdinPath: try CLI.temporaryDirectory().path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>: cannot be read"))
    }
}
