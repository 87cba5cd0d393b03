import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct FailurePathTests {
    @Test(arguments: ["analyze", "quotes", "segment", "score", "compare"])
    func missingFileNamesTheFileAndFails(_ command: String) throws {
        let result = try CLI.run([command, "/no/such/file.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/no/such/file.txt: no such file"))
    }

    @Test(arguments: ["analyze", "quotes", "segment"])
    func directoryWithoutRecursiveIsReported(_ command: String) throws {
        let folder = try CLI.temporaryDirectory()
        let result = try CLI.run([command, folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("is a directory"))
    }

    @Test(.enabled(if: getuid() != 0, "root reads any file, so permissions cannot be denied"))
    func unreadableFileIsReported() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("secret.txt")
        try "Hidden.".write(to: file, atomically: true, encoding: .utf8)
        chmod(file.path, 0)
        let result = try CLI.run(["analyze", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("secret.txt: cannot be read"))
    }

    @Test func versionFlagPrintsTheVersion() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func emptyInputGivesAnEmptyResult() throws {
        let result = try CLI.run(["analyze", "--format", "json"], stdin: "")
        #expect(result.status == 0)
        let documents = try #require(try result.json() as? [[String: Any]])
        #expect((documents.first?["quotes"] as? [Any])?.isEmpty == true)
    }

    /// An empty JSON Lines input (a Spark partition with no rows) writes the empty result of each format, and the
    /// lexicons, which load only with the first input, are still checked when the user gives a folder of them.
    @Test(arguments: [
        (["analyze", "--input", "jsonl", "--format", "json"], "[]"),
        (["analyze", "--input", "jsonl", "--format", "jsonl"], ""),
        (["quotes", "--input", "jsonl", "--format", "json"], "[]"),
        (["score", "--stance", "--format", "json"], "[]"),
        (["score", "--format", "jsonl"], ""),
    ])
    func emptyJSONLinesInputGivesTheEmptyResultOfEachFormat(_ arguments: [String], _ expected: String) throws {
        let result = try CLI.run(arguments, stdin: "")
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == expected)
    }

    @Test func aBrokenUserLexiconFailsEvenOnAnEmptyInput() throws {
        let folder = try CLI.temporaryDirectory()
        try "good\t0\n".write(to: folder.appendingPathComponent("mine.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["analyze", "--input", "jsonl", "--lexicons", folder.path], stdin: "")
        #expect(result.status != 0)
        #expect(result.stderr.contains("mine.txt:1"))
    }

    @Test func binaryFileIsSkippedWithAReason() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("photo.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]).write(to: file)
        let result = try CLI.run(["analyze", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("photo.jpg: looks like a binary file"))
    }

    @Test(arguments: [["analyze", "--unknown"], ["analyze", "--format"], ["score", "--by", "word"], ["lexicon", "check"]])
    func badFlagsShowUsageAndExit64(_ arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Usage:") || result.stderr.contains("Error:"))
    }

    @Test func lexiconCheckReportsFileAndLine() throws {
        let folder = try CLI.temporaryDirectory()
        try "# description: trade\ntariff*\ntar\t-1\n".write(to: folder.appendingPathComponent("trade.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["lexicon", "check", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("trade.txt:3: weight '-1' is not a number in (0, 10]"))
        try "# description: trade\ntariff*\ntar\t2\n".write(to: folder.appendingPathComponent("trade.txt"), atomically: true, encoding: .utf8)
        let fixed = try CLI.run(["lexicon", "check", folder.path])
        #expect(fixed.status == 0)
        #expect(fixed.stdout.contains("9 categories"))
    }

    @Test(arguments: ["quotes", "analyze"])
    func everyJSONLinesLineGetsOneOutputLineThatJoinsBack(_ command: String) throws {
        let input = "{\"id\":\"a\",\"text\":\"Ada Kern said the plan was sound.\"}\n\n   \n{\"id\":\"b\",\"outlet\":\"Gazette\"}\nnot json\n"
        let result = try CLI.run([command, "--input", "jsonl", "--format", "jsonl"], stdin: input)
        #expect(result.status == 1)
        let lines = try result.jsonLines()
        #expect(lines.count == 5)
        #expect(lines.map { $0["id"] as? String } == ["a", nil, nil, "b", nil])
        #expect(lines[1]["skipped"] as? String == "blank" && lines[2]["skipped"] as? String == "blank")
        #expect(lines[3]["outlet"] as? String == "Gazette" && lines[3]["line"] as? Int == 4)
        #expect(lines[3]["error"] as? String == "no \"text\" string")
        #expect(result.stderr.contains("<stdin>:4 (id \"b\"): no \"text\" string"))
        #expect(result.stderr.contains("<stdin>:5: not a JSON object"))
    }

    @Test(arguments: ["quotes", "analyze"])
    func errorRowsNeedNotFailAPipeline(_ command: String) throws {
        let input = "{\"id\":\"a\",\"text\":\"Ada Kern said the plan was sound.\"}\nnot json\n"
        let strict = try CLI.run([command, "--input", "jsonl", "--format", "jsonl"], stdin: input)
        #expect(strict.status == 1)
        let lenient = try CLI.run([command, "--input", "jsonl", "--format", "jsonl", "--no-fail-on-error"], stdin: input)
        #expect(lenient.status == 0)
        #expect(lenient.stdout == strict.stdout)
        #expect(lenient.stderr.contains("<stdin>:2: not a JSON object"))
        let missing = try CLI.run([command, "--no-fail-on-error", "/no/such/file.txt"])
        #expect(missing.status == 1)
    }

    @Test(arguments: [["quotes", "--input", "jsonl", "--format", "csv"], ["analyze", "--input", "jsonl", "--format", "csv"]])
    func csvRowsCarryThePlainID(_ arguments: [String]) throws {
        let result = try CLI.run(arguments, stdin: "{\"id\":\"doc-7\",\"text\":\"Ada Kern said the plan was sound.\"}\n")
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.count == 2)
        #expect(rows[1].hasPrefix("doc-7,"))
    }

    @Test func explainReadsStandardInput() throws {
        let result = try CLI.run(["explain"], stdin: "We must take care of them.\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("tone: positive · obligation · inclusive · care"))
    }

    @Test func lexiconCheckReportsEveryProblemInEveryFile() throws {
        let folder = try CLI.temporaryDirectory()
        try "harbour\t0.5\nquay\tmany\nharbour\n".write(to: folder.appendingPathComponent("ports.txt"), atomically: true, encoding: .utf8)
        try "# negated: sideways\nferr*y\n".write(to: folder.appendingPathComponent("ships.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["lexicon", "check", folder.path])
        #expect(result.status == 1)
        for problem in ["ports.txt:2: weight 'many'", "ports.txt:3: duplicate entry 'harbour'", "ships.txt:1: negated:",
                        "ships.txt:2: '*' may only end a term", "ships.txt: no entries", "5 problems"] {
            #expect(result.stderr.contains(problem), "\(problem)")
        }
    }

    @Test func aFileNamedLikeAShippedCategoryExtendsItUnlessItReplacesIt() throws {
        let folder = try CLI.temporaryDirectory()
        let file = folder.appendingPathComponent("obligation.txt")
        try "# description: duties of port staff\nduty roster\t0.8\n".write(to: file, atomically: true, encoding: .utf8)
        let check = try CLI.run(["lexicon", "check", folder.path])
        #expect(check.stdout.contains("obligation.txt extends the shipped category 'obligation'"))
        let extended = try CLI.run(["score", "--stance", "--lexicons", folder.path, "--format", "text", "--text", "Crews must check the duty roster."])
        #expect(extended.stdout.contains("must (obligation)") && extended.stdout.contains("duty roster (obligation)"))

        try "# replace\nduty roster\t0.8\n".write(to: file, atomically: true, encoding: .utf8)
        let replacedCheck = try CLI.run(["lexicon", "check", folder.path])
        #expect(replacedCheck.stdout.contains("obligation.txt replaces the shipped category 'obligation'"))
        let replaced = try CLI.run(["score", "--stance", "--lexicons", folder.path, "--format", "text", "--text", "Crews must check the duty roster."])
        #expect(!replaced.stdout.contains("must (obligation)") && replaced.stdout.contains("duty roster (obligation)"))
    }

    /// `quotient analyze big.txt | head -1`: a closed pipe ends the run quietly.
    @Test func brokenPipeExitsQuietly() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("big.txt")
        let paragraph = "“We will keep going,” said Mayor Ana Diaz. She added that the plan was sound.\n\n"
        try String(repeating: paragraph, count: 20_000).write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["analyze", "--format", "jsonl", file.path]
        let output = Pipe()
        let errorFile = file.deletingLastPathComponent().appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        _ = output.fileHandleForReading.readData(ofLength: 100)
        try output.fileHandleForReading.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try String(contentsOf: errorFile, encoding: .utf8).isEmpty)
    }
}
