import Foundation
import Testing

@Suite struct AnalyzeCommandTests {
    let example = CLI.packageRoot.appendingPathComponent("examples/port-strike.txt").path

    @Test func exampleArticleTable() throws {
        let result = try CLI.run(["analyze", example])
        #expect(result.status == 0)
        #expect(result.stdout.contains("port-strike.txt — 19 quotes"))
        #expect(result.stdout.contains("Marta Esquivel, union leader"))
        #expect(result.stdout.contains("“Our members must be able to feed their families.”"))
        #expect(!result.stdout.contains("\u{1B}["), "piped output must not be colored")
    }

    @Test func exampleArticleJSONCarriesToneAndEvidence() throws {
        let result = try CLI.run(["analyze", "--format", "json", example])
        let documents = try #require(try result.json() as? [[String: Any]])
        let quotes = try #require(documents.first?["quotes"] as? [[String: Any]])
        let members = try #require(quotes.first { ($0["text"] as? String) == "Our members must be able to feed their families." })
        #expect((members["speaker"] as? [String: Any])?["name"] as? String == "Marta Esquivel")
        #expect((members["tone"] as? [String])?.contains("obligation") == true)
        #expect(((members["evidence"] as? [[String: Any]]) ?? []).contains { $0["term"] as? String == "must" })
        let speakers = try #require(documents.first?["speakers"] as? [[String: Any]])
        #expect(speakers.first { $0["name"] as? String == "Henrik Dalberg" }?["quotes"] as? Int == 8)
    }

    @Test func jsonlKeepsOrderCountAndPassThroughFields() throws {
        let lines = (0..<40).map { index in
            #"{"id": \#(index), "source": "wire-\#(index % 3)", "text": "“We will win,” said Coach Nia Bell. Bell added that game \#(index) was hard."}"#
        }
        let result = try CLI.run(["analyze", "--input", "jsonl", "--format", "jsonl"], stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        let output = try result.jsonLines()
        #expect(output.count == 40)
        #expect(output.map { $0["id"] as? Int } == (0..<40).map { $0 })
        #expect(output.map { $0["source"] as? String } == (0..<40).map { "wire-\($0 % 3)" })
        #expect(output.allSatisfy { $0["text"] == nil })
        #expect(output.allSatisfy { ($0["quotes"] as? [Any])?.count == 2 })
    }

    /// PolNeAR's lines carry their gold "quotes": passed through, they must neither vanish nor duplicate a key.
    @Test(arguments: [["analyze"], ["quotes"]])
    func inputFieldNamedLikeAnOutputFieldIsKeptUnderInputPrefix(_ command: [String]) throws {
        let line = #"{"id": 7, "quotes": ["gold"], "warnings": 3, "source": "wire", "text": "“We will win,” said Coach Nia Bell."}"#
        let result = try CLI.run(command + ["--input", "jsonl", "--format", "jsonl"], stdin: line + "\n")
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: #""quotes":["#).count == 2)
        let output = try #require(try result.jsonLines().first)
        #expect(output["input.quotes"] as? [String] == ["gold"])
        #expect(output["input.warnings"] as? Int == 3)
        #expect(output["source"] as? String == "wire")
        #expect((output["quotes"] as? [[String: Any]])?.first?["text"] as? String == "We will win,")
    }

    @Test func malformedLineIsReportedAndTheRestProcessed() throws {
        let input = """
            {"id": "a", "text": "Mayor Rui Costa said the bridge would reopen soon."}
            {"id": "b", "text": broken
            {"id": "c"}
            {"id": "d", "text": "“Not yet,” said Ana Lopes."}

            """
        let result = try CLI.run(["analyze", "--input", "jsonl", "--format", "jsonl"], stdin: input)
        #expect(result.status == 1)
        let output = try result.jsonLines()
        #expect(output.count == 4)
        #expect(output[0]["id"] as? String == "a")
        #expect(output[1]["line"] as? Int == 2 && output[1]["error"] as? String == "not a JSON object")
        #expect(output[2]["line"] as? Int == 3 && output[2]["error"] as? String == "no \"text\" string")
        // The line had an id: the error row keeps it, so it joins back.
        #expect(output[2]["id"] as? String == "c")
        #expect(output[3]["id"] as? String == "d")
        #expect(result.stderr.contains("<stdin>:2: not a JSON object"))
        #expect(result.stderr.contains("<stdin>:3 (id \"c\"): no \"text\" string"))
    }

    @Test func csvHasOneRowPerQuote() throws {
        let result = try CLI.run(["analyze", "--format", "csv", example])
        #expect(result.stdout.split(separator: "\n").count == 20)
        #expect(result.stdout.hasPrefix("document,start,end,kind,speaker,role,cue,source,compound,tone,obligation"))
    }

    @Test(arguments: [["analyze", "--format", "yaml"], ["analyze", "--input", "xml"], ["compare", "--chart", "out.png"]])
    func badOptionsFail(_ arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64)
    }

    @Test func missingFileFails() throws {
        let result = try CLI.run(["analyze", "/nonexistent/article.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/article.txt: no such file"))
    }
}

@Suite struct CompareCommandTests {
    /// Four small articles with overlapping speakers, split into two shards.
    func writeArticles() throws -> (folder: URL, shardA: [String], shardB: [String]) {
        let folder = try CLI.temporaryDirectory()
        let texts = [
            "Governor Ada Kern opened the plant. “We must protect these jobs,” Kern said. Union leader Tom Reyes said the plan was a disaster.",
            "“We will help every family,” said Governor Ada Kern. Reyes warned that the crisis would deepen.",
            "Tom Reyes said they must stop the attack on workers. “Perhaps we can talk,” Kern said.",
            "Governor Ada Kern said the state is clearly on track. “Together we will succeed,” she said.",
        ]
        var paths: [String] = []
        for (index, text) in texts.enumerated() {
            let url = folder.appendingPathComponent("article-\(index).txt")
            try text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        return (folder, Array(paths[0..<2]), Array(paths[2...]))
    }

    @Test func shardsMergeIntoTheSameResultAsOneRun() throws {
        let (folder, shardA, shardB) = try writeArticles()
        let whole = try CLI.run(["compare", "--format", "json"] + shardA + shardB)
        let a = try CLI.run(["analyze", "--format", "jsonl"] + shardA)
        let b = try CLI.run(["analyze", "--format", "jsonl"] + shardB)
        let fileA = folder.appendingPathComponent("a.jsonl")
        let fileB = folder.appendingPathComponent("b.jsonl")
        try a.stdout.write(to: fileA, atomically: true, encoding: .utf8)
        try b.stdout.write(to: fileB, atomically: true, encoding: .utf8)
        let merged = try CLI.run(["compare", "--format", "json", "--from", fileB.path, "--from", fileA.path])
        #expect(whole.status == 0 && merged.status == 0)
        #expect(merged.stdout == whole.stdout)
        let speakers = try #require((try whole.json() as? [String: Any])?["speakers"] as? [[String: Any]])
        #expect(speakers.map { $0["name"] as? String } == ["Ada Kern", "Tom Reyes"])
        #expect(speakers.map { $0["quotes"] as? Int } == [5, 3])
    }

    /// Under a terminal (util-linux `script` gives the command one), the progress line goes to standard error
    /// only when the results go elsewhere, so it never lands inside them.
    @Test func progressIsDrawnOnlyWhenResultsGoElsewhere() throws {
        let folder = try CLI.temporaryDirectory()
        for index in 0..<5 {
            try "“We will win,” Ada Kern said on day \(index).".write(to: folder.appendingPathComponent("d\(index).txt"), atomically: true, encoding: .utf8)
        }
        let binary = CLI.executable.path
        let out = try CLI.temporaryDirectory().appendingPathComponent("out.jsonl").path
        func underTerminal(_ command: String) throws -> String {
            try CLI.runProgram("/usr/bin/script", ["-qc", command, "/dev/null"])
        }
        let redirected = try underTerminal("\(binary) analyze --format jsonl --recursive \(folder.path) > \(out)")
        #expect(redirected.contains("5/5 documents"))
        #expect(try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").count == 5)
        let onTerminal = try underTerminal("\(binary) analyze --format jsonl --recursive \(folder.path)")
        #expect(!onTerminal.contains("documents,"))
    }

    @Test func compareReadsOutputFoldersAndSeveralValues() throws {
        let (folder, shardA, shardB) = try writeArticles()
        let whole = try CLI.run(["compare", "--format", "json"] + shardA + shardB)
        // A folder as Spark and Hadoop write it: part files, a success marker and checksums.
        let output = folder.appendingPathComponent("analysis", isDirectory: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        for (index, shard) in [shardA, shardB].enumerated() {
            let part = try CLI.run(["analyze", "--format", "jsonl", "--threads", "1"] + shard)
            try part.stdout.write(to: output.appendingPathComponent("part-0000\(index)"), atomically: true, encoding: .utf8)
            try "checksum".write(to: output.appendingPathComponent(".part-0000\(index).crc"), atomically: true, encoding: .utf8)
        }
        try "".write(to: output.appendingPathComponent("_SUCCESS"), atomically: true, encoding: .utf8)
        let fromFolder = try CLI.run(["compare", "--format", "json", "--from", output.path])
        #expect(fromFolder.status == 0)
        #expect(fromFolder.stdout == whole.stdout)
        let parts = ["part-00001", "part-00000"].map { output.appendingPathComponent($0).path }
        let fromValues = try CLI.run(["compare", "--format", "json", "--from"] + parts)
        #expect(fromValues.stdout == whole.stdout)
        let badThreads = try CLI.run(["analyze", "--threads", "0"] + shardA)
        #expect(badThreads.status == 64)
    }

    @Test func speakersCompareByAnyFieldOfTheInput() throws {
        let lines = [
            ("2024-01-03", "Gazette", "Governor Ada Kern said the plan was sound. “We will rebuild,” Kern said."),
            ("2024-01-20", "Courier", "Tom Reyes said the plan was a disaster."),
            ("2024-02-11", "Gazette", "“We must protect these jobs,” said Governor Ada Kern."),
            ("2024-02-14", "Courier", "Tom Reyes warned that the crisis would deepen."),
        ].enumerated().map { index, line in
            let text = line.2.replacingOccurrences(of: "\"", with: "\\\"")
            return "{\"id\":\"d\(index)\",\"date\":\"\(line.0)\",\"outlet\":\"\(line.1)\",\"text\":\"\(text)\"}"
        }
        let analysis = try CLI.run(["analyze", "--input", "jsonl", "--format", "jsonl"], stdin: lines.joined(separator: "\n") + "\n")
        let file = try CLI.temporaryDirectory().appendingPathComponent("dated.jsonl")
        try analysis.stdout.write(to: file, atomically: true, encoding: .utf8)
        let byMonth = try CLI.run(["compare", "--from", file.path, "--by", "month", "--format", "csv"])
        let rows = byMonth.stdout.split(separator: "\n").map { $0.split(separator: ",").prefix(3).joined(separator: ",") }
        #expect(rows == ["month,speaker,quotes", "2024-01,Ada Kern,2", "2024-01,Tom Reyes,1", "2024-02,Ada Kern,1", "2024-02,Tom Reyes,1"])
        let byOutlet = try CLI.run(["compare", "--from", file.path, "--by", "outlet", "--speakers", "Kern", "--format", "csv"])
        #expect(byOutlet.stdout.split(separator: "\n").count == 2 && byOutlet.stdout.contains("\nGazette,Ada Kern,3,"))
        let withoutFrom = try CLI.run(["compare", "--by", "outlet", file.path])
        #expect(withoutFrom.status == 64)
    }

    @Test func speakersCompareByGenderAndKind() throws {
        let (folder, shardA, shardB) = try writeArticles()
        let byGender = try CLI.run(["compare", "--by", "gender", "--format", "csv"] + shardA + shardB)
        #expect(byGender.status == 0)
        // Kern is "she" in the last article; Tom is a given name of the list.
        #expect(byGender.stdout.hasPrefix("gender,quotes"))
        #expect(byGender.stdout.contains("\nfemale,5,") && byGender.stdout.contains("\nmale,3,"))
        let a = try CLI.run(["analyze", "--format", "jsonl"] + shardA + shardB)
        let file = folder.appendingPathComponent("all.jsonl")
        try a.stdout.write(to: file, atomically: true, encoding: .utf8)
        let fromShards = try CLI.run(["compare", "--by", "gender", "--format", "csv", "--from", file.path])
        #expect(fromShards.stdout == byGender.stdout)
        let byKind = try CLI.run(["compare", "--by", "kind", "--format", "csv"] + shardA + shardB)
        #expect(byKind.stdout.hasPrefix("kind,quotes") && byKind.stdout.contains("\nperson,8,"))
        let mixed = try CLI.run(["compare", "--by", "gender", "--speakers", "Kern"] + shardA)
        #expect(mixed.status == 64)
    }

    @Test func chosenSpeakersShowDifferences() throws {
        let (_, shardA, shardB) = try writeArticles()
        let result = try CLI.run(["compare", "--speakers", "Reyes, Kern"] + shardA + shardB)
        #expect(result.status == 0)
        #expect(result.stdout.contains("differences (Ada Kern relative to Tom Reyes)"))
        let missing = try CLI.run(["compare", "--speakers", "Nobody"] + shardA)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no speaker matches 'Nobody'"))
    }

    @Test(arguments: ["svg", "html"])
    func chartIsSelfContainedAndHasOneRowPerSpeaker(_ kind: String) throws {
        let (folder, shardA, shardB) = try writeArticles()
        let chart = folder.appendingPathComponent("chart.\(kind)")
        let result = try CLI.run(["compare", "--chart", chart.path] + shardA + shardB)
        #expect(result.status == 0)
        let document = try String(contentsOf: chart, encoding: .utf8)
        #expect(document.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(document.components(separatedBy: "<g class=\"speaker\"").count - 1 == 2)
        #expect(document.components(separatedBy: "class=\"cell\"").count - 1 == 2 * 8)
        #expect(document.contains("data-name=\"Ada Kern\""))
        #expect(!document.contains("http://") || document.components(separatedBy: "http://").count == 2, "only the SVG namespace may be a URL")
        #expect(!document.contains(" src="), "nothing is loaded from elsewhere")
        // The valence axis has ticks and a zero line; cells say their share and, on hover, its interval.
        #expect(document.contains(">0.00</text>") && document.contains("stroke-dasharray"))
        #expect(document.contains("95% interval"))
        if kind == "html" {
            #expect(document.hasPrefix("<!DOCTYPE html>"))
            // A sortable table lists every speaker.
            #expect(document.contains("<table id=\"speakers\">") && document.contains("addEventListener('click'"))
        } else {
            #expect(!document.contains("<script"))
        }
    }

    @Test func chartDrawsTheChosenSpeakersDifferences() throws {
        let (folder, shardA, shardB) = try writeArticles()
        let chart = folder.appendingPathComponent("differences.svg")
        let result = try CLI.run(["compare", "--speakers", "Reyes, Kern", "--chart", chart.path] + shardA + shardB)
        #expect(result.status == 0)
        let document = try String(contentsOf: chart, encoding: .utf8)
        #expect(document.contains("differences from Tom Reyes"))
        // One valence bar and one bar per category for the one speaker compared with the first.
        #expect(document.components(separatedBy: "class=\"difference\"").count - 1 == 1 + 8)
        #expect(document.contains("Ada Kern − Tom Reyes: valence"))
        let plain = try CLI.run(["compare", "--chart", chart.path] + shardA + shardB)
        #expect(plain.status == 0)
        #expect(try !String(contentsOf: chart, encoding: .utf8).contains("class=\"difference\""))
    }

    @Test func chartShowsTheMostQuotedSpeakersAndSaysHowManyMore() throws {
        let folder = try CLI.temporaryDirectory()
        let surnames = ["Aalto", "Berg", "Corvin", "Dahl", "Eklund", "Falk", "Gran", "Holm", "Ivers", "Jarl", "Kask",
                        "Lind", "Moe", "Nygard", "Ost", "Palm", "Quist", "Rask", "Sund", "Tor"]
        for (index, surname) in surnames.enumerated() {
            let text = String(repeating: "“We will hold,” said Mayor Ilse \(surname). ", count: index < 15 ? 2 : 1)
            try text.write(to: folder.appendingPathComponent("a\(index).txt"), atomically: true, encoding: .utf8)
        }
        let chart = folder.appendingPathComponent("chart.svg")
        let result = try CLI.run(["compare", "--recursive", "--chart", chart.path, folder.path])
        #expect(result.status == 0)
        let document = try String(contentsOf: chart, encoding: .utf8)
        #expect(document.components(separatedBy: "<g class=\"speaker\"").count - 1 == 15)
        #expect(document.contains("5 more speakers with fewer quotes not shown"))
        #expect(!document.contains("Ilse Tor"))
    }

    @Test func malformedAnalysisLineIsReported() throws {
        let folder = try CLI.temporaryDirectory()
        let file = folder.appendingPathComponent("bad.jsonl")
        try "{\"id\": 1, \"speakers\": []}\nnot json\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["compare", "--from", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.jsonl:2: not a JSON object"))
    }
}
