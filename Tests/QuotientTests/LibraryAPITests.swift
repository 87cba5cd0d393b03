import Foundation
import Testing
import Quotient

/// The library as a Swift program uses it: records that round-trip, typed categories, scorers shared across
/// tasks, span helpers and the streaming API. Imported without `@testable`, so only the public API is used.
@Suite struct LibraryAPITests {
    static let articles = ["port-strike", "hospital-strike", "river-dam", "trade-talks"]

    static func record(_ article: String) throws -> DocumentRecord {
        let text = try Fixtures.text("articles/\(article).txt")
        let analysis = try Analyzer().analyze(text)
        let fields = [PassThroughField(name: "outlet", value: .string("Harbour Gazette")),
                      PassThroughField(name: "tags", value: .array([.string("labour"), .int(3), .bool(true), .null])),
                      PassThroughField(name: "quotes", value: .object([("gold", .int(2))]))]
        return DocumentRecord(analysis: analysis, id: .string(article), fields: fields)
    }

    @Test(arguments: articles)
    func analysisRowsRoundTripThroughJSONLines(_ article: String) throws {
        let record = try Self.record(article)
        #expect(!record.quotes.isEmpty)
        // A passed-through field that the row names itself keeps its value under `input.`.
        #expect(record.fields.map(\.name) == ["outlet", "tags", "input.quotes"])
        var line: [UInt8] = []
        JSONLines.write(.document(record), to: &line)
        #expect(line.last == 0x0A)
        let decoded = try JSONLines.decodeRow(line.dropLast())
        #expect(decoded == .document(record))
        // Writing what was read gives the same bytes.
        #expect(JSONLines.encode(decoded) + "\n" == String(decoding: line, as: UTF8.self))
    }

    /// Rows are written straight into bytes; those bytes are the serialized JSON tree of the row.
    @Test(arguments: articles)
    func analysisRowsWriteTheBytesOfTheirTree(_ article: String) throws {
        let record = try Self.record(article)
        var written: [UInt8] = []
        record.write(to: &written)
        #expect(String(decoding: written, as: UTF8.self) == record.json.serialized())
        // The command line's buffer, which starts small here so that rows grow it, holds the same bytes.
        var buffer = ByteBuffer(capacity: 16)
        record.write(to: &buffer)
        #expect(Array(buffer.bytes) == written)
        #expect(try #require(record.speakers).isEmpty == false)
    }

    @Test(arguments: articles)
    func analysisRowsRoundTripThroughCodable(_ article: String) throws {
        let record = try Self.record(article)
        let data = try JSONEncoder().encode(record)
        #expect(try JSONDecoder().decode(DocumentRecord.self, from: data) == record)
    }

    /// A field read from an input line is written again as the line wrote it (its members in their order, its
    /// spacing and escapes kept), and its value is the one the line holds; the row reads back as itself.
    @Test func readFieldsPassThroughAsWritten() throws {
        let line = #"{"text": "“We sail at dawn,” Ines Ekdal said.", "quotes": [{"speaker": "Ekdal", "start": 1}], "#
            + #""meta": {"b": 2.50, "a": "caf\u00e9"}, "id": "d1"}"#
        let document = try JSONLines.parseDocument(Array(line.utf8)).get()
        #expect(document.id == .string("d1"))
        #expect(document.fields.map(\.name) == ["meta", "quotes"])
        #expect(document.fields[0].value == .object([("b", .double(2.5)), ("a", .string("café"))]))
        let row = DocumentRecord(analysis: try Analyzer().analyze(document.text), id: document.id, fields: document.fields)
        let written = JSONLines.encode(.document(row))
        #expect(written.hasPrefix(#"{"id":"d1","meta":{"b": 2.50, "a": "caf\u00e9"},"input.quotes":[{"speaker": "Ekdal", "start": 1}],"#))
        let decoded = try JSONLines.decodeRow(Array(written.utf8))
        #expect(decoded == .document(row))
        #expect(JSONLines.encode(decoded) == written)
    }

    /// A passed field is checked as strictly as a parsed one: a line with a malformed field is no document. A
    /// number the reader takes leniently (a leading zero) is written as JSON writes it, not as the line did.
    @Test(arguments: [#"[1,,2]"#, "\"tab\there\"", #"{"a" 1}"#, #""\q""#, "tru", #""\u12G4""#, "[1, 2", #"{"a": 1,}"#])
    func malformedFieldsMakeNoDocument(_ field: String) {
        let line = #"{"text": "Fine.", "extra": "# + field + "}"
        guard case .failure(let failure) = JSONLines.parseDocument(Array(line.utf8)) else {
            Issue.record("\(line) was read as a document")
            return
        }
        #expect(failure.message == "not a JSON object")
    }

    @Test func leniencyIsNotPassedOn() throws {
        let document = try JSONLines.parseDocument(Array(#"{"text": "Fine.", "count": 012, "ratio": -0.5e1}"#.utf8)).get()
        let row = DocumentRecord(analysis: try Analyzer().analyze(document.text), id: document.id, fields: document.fields)
        #expect(JSONLines.encode(.document(row)).hasPrefix(#"{"id":null,"count":12,"ratio":-0.5e1,"#))
    }

    @Test func errorSkipAndScoreRowsRoundTrip() throws {
        let rows: [OutputRow] = [
            .error(ErrorRecord(id: .int(7), fields: [PassThroughField(name: "line", value: .int(1))], line: 3, reason: .error("no \"text\" string"))),
            .error(ErrorRecord(line: 4, reason: .skipped("blank"))),
        ]
        for row in rows {
            #expect(try JSONLines.decodeRow(Array(JSONLines.encode(row).utf8)) == row)
        }
        let scorer = StanceScorer()
        let text = "We must take care of them, and nobody will stop us."
        let stance = try scorer.stance(of: text)
        let score = ScoreRecord(text: text, valence: stance.valence, stance: stance)
        let line = Array(score.json.serialized().utf8)
        #expect(try ScoreRecord(json: JSONLines.parseValue(line)) == score)
        #expect(try JSONDecoder().decode(ScoreRecord.self, from: JSONEncoder().encode(score)) == score)
    }

    /// The direct writer of score rows gives the bytes of the JSON tree, with and without offsets, evidence
    /// and negation, for text that needs escaping.
    @Test(arguments: [
        "We must take care of them, and nobody will stop us.",
        "No doubt the \"ferry\" will not sail\ttoday — it may never sail again 😀",
        "Plain words.",
        "They said it was \u{2028}certainly not a threat\u{1}, but we might have to protect ourselves from those people.",
    ])
    func scoreRowsWriteTheBytesOfTheirTree(_ text: String) throws {
        let stance = try StanceScorer().stance(of: text)
        for span in [nil, TextSpan(utf8: 3..<9, scalars: 2..<8)] {
            for row in [ScoreRecord(text: text, span: span, valence: stance.valence, stance: stance),
                        ScoreRecord(text: text, span: span, valence: stance.valence, stance: nil)] {
                var written: [UInt8] = []
                row.write(to: &written)
                #expect(String(decoding: written, as: UTF8.self) == row.json.serialized())
            }
            // `score --stance` stores its rows straight from the stance, within the room it reserves.
            let maximum = ScoreRecord.maximumSize(text: text, stance: stance)
            let room = UnsafeMutablePointer<UInt8>.allocate(capacity: maximum)
            defer { room.deallocate() }
            var sink = UnsafeByteSink(room)
            ScoreRecord.write(text: text, span: span, stance: stance, to: &sink)
            let stored = String(decoding: UnsafeBufferPointer(start: room, count: sink.position - room), as: UTF8.self)
            #expect(sink.position - room <= maximum)
            #expect(stored == ScoreRecord(text: text, span: span, valence: stance.valence, stance: stance).json.serialized())
        }
    }

    @Test func malformedRowsSayWhatIsMissing() {
        #expect(throws: RecordError("not a JSON object")) { try JSONLines.decodeRow(Array("{oops".utf8)) }
        #expect(throws: RecordError("quote without integer \"start\"")) {
            try JSONLines.decodeRow(Array(#"{"id":1,"quotes":[{"text":"x","kind":"direct"}],"warnings":[]}"#.utf8))
        }
    }

    @Test func shardsMergeToTheSameProfilesAsOneRun() throws {
        let records = try Self.articles.map(Self.record)
        var whole = SpeakerDirectory()
        for record in records { record.speakers?.forEach { whole.add($0) } }
        var shards = [SpeakerDirectory(), SpeakerDirectory()]
        for (index, record) in records.enumerated() {
            // Each shard is read back from its own JSON Lines, as `compare --from` reads part files.
            let line = Array(JSONLines.encode(.document(record)).utf8)
            for profile in try #require(try JSONLines.speakerProfiles(inLine: line)).profiles { shards[index % 2].add(profile) }
        }
        var merged = shards[1]
        merged.merge(shards[0])
        #expect(merged.profiles() == whole.profiles())
    }

    @Test func profilesAreReadPastQuotesOfAnyShape() throws {
        let profile = try #require(try Self.record("port-strike").speakers?.first)
        let quotes = #"[{"text":"a \"b\" [c] {d} \\","more":[1,{"y":"}]"},null,true,-2.5e3]},"x"]"#
        let line = #"{"id":1,"quotes":"# + quotes + #","outlet":"Gazette","speakers":["# + profile.json.serialized() + #"],"warnings":["]"]}"#
        let read = try #require(try JSONLines.speakerProfiles(inLine: Array(line.utf8)))
        #expect(read.profiles == [profile])
        #expect(read.fields == [PassThroughField(name: "outlet", value: .string("Gazette"))])
        #expect(throws: RecordError.self) { try JSONLines.speakerProfiles(inLine: Array(#"{"quotes":[{"text":"x}]"#.utf8)) }
    }

    @Test func categoriesAndToneAreTyped() throws {
        let stance = try StanceScorer().stance(of: "We must take care of them.")
        #expect(stance.tone == Tone(polarity: .positive, categories: [.obligation, .inclusive, .care]))
        #expect(stance.tone.description == "positive · obligation · inclusive · care")
        #expect(stance.score(of: .obligation) > 0)
        #expect(stance.scores[.threat] == 0)
        #expect(StanceCategory.builtIn == StanceLexicon.bundled.categories)
        let profile = try #require(try Analyzer().analyze("“We must take care of them,” Ilse Marrow said.").speakers.first)
        #expect(profile.rate(of: .care) == 1)
        #expect(profile.rate(of: StanceCategory("no-such-category")) == 0)
    }

    @Test func scorersAreSharedAcrossTasks() async throws {
        let texts = try Fixtures.jsonLines("vader-oracle-corpus.jsonl").prefix(400).map { $0["text"] as! String }
        let valence = ValenceScorer()
        let stance = StanceScorer()
        let expected = texts.map { valence.scores($0) }
        let expectedTone = try texts.map { try stance.stance(of: $0).tone }
        let results = try await withThrowingTaskGroup(of: (Int, ValenceScores, Tone).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask { (index, valence.scores(text), try stance.stance(of: text).tone) }
            }
            var results = [(ValenceScores, Tone)?](repeating: nil, count: texts.count)
            for try await (index, scores, tone) in group { results[index] = (scores, tone) }
            return results
        }
        #expect(results.map { $0!.0 } == expected)
        #expect(results.map { $0!.1 } == expectedTone)
        // The batch forms give the same results in the same order.
        #expect(valence.scores(of: texts) == expected)
        #expect(try stance.stances(of: texts).map(\.tone) == expectedTone)
    }

    @Test func spansSliceTheTextTheyCameFrom() throws {
        let text = "Préambule.\n\n“Zurück an die Arbeit,” Ilse Mörrow said. 🚢 “We will hold,” Tomas Quill said."
        let analysis = try Analyzer().analyze(text)
        #expect(analysis.quotes.map { String(text[$0.quote.span]) } == ["Zurück an die Arbeit,", "We will hold,"])
        let speaker = try #require(analysis.quotes.last?.quote.speaker)
        #expect(text[speaker.span.range(in: text)!] == "Tomas Quill")
        // Scalar offsets slice the text as Python and JavaScript would, by code point.
        let scalars = Array(text.unicodeScalars)
        let quote = analysis.quotes[1].quote
        #expect(String(String.UnicodeScalarView(scalars[quote.span.scalars])) == "We will hold,")
        // A span from another text does not slice this one.
        #expect(TextSpan(utf8: 0..<400, scalars: 0..<400).range(in: text) == nil)
        #expect(TextSpan(utf8: 1..<3, scalars: 1..<2).range(in: text) == nil, "inside the two bytes of é")
    }

    @Test func analysesStreamInInputOrder() async throws {
        let texts = (0..<40).map { "“Shift \($0) holds,” said Mayor Ilse Marrow. The ferry left at \($0)." }
        let stream = AsyncStream<String> { continuation in
            for text in texts { continuation.yield(text) }
            continuation.finish()
        }
        var quotes: [String] = []
        for try await result in Analyzer().analyses(of: stream, concurrency: 4) {
            quotes.append(try result.get().quotes[0].quote.text)
        }
        #expect(quotes == (0..<40).map { "Shift \($0) holds," })
        let batch = Analyzer().analyze(batch: texts, threads: 2)
        #expect(try batch.map { try $0.get().quotes[0].quote.text } == quotes)
    }
}
