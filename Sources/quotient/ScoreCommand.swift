import ArgumentParser
import Quotient

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score the valence of each line or sentence (VADER-compatible).",
        discussion: """
            Each input line is one text (lines are split on \\n only; an empty line is a text too), and each
            gets one result, in order. The numbers are those of vaderSentiment 3.3.2's polarity_scores.

            Examples:
              quotient score --text "The food was great but the service was awful."
              quotient score reviews.txt --format csv > scores.csv
              quotient score --by sentence article.txt --format jsonl
            """
    )

    enum Unit: String, ExpressibleByArgument, CaseIterable { case line, sentence }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl, csv }

    @OptionGroup var input: InputOptions

    @Option(help: "Score this text instead of reading files.")
    var text: String?

    @Option(help: "What one text is: \(Unit.allCases.map(\.rawValue).joined(separator: ", ")).")
    var by: Unit = .line

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    func validate() throws {
        if text != nil && !input.files.isEmpty {
            throw ValidationError("Give either --text or files, not both.")
        }
    }

    func run() throws {
        var scorer = ValenceScorer()
        var writer = ScoreWriter(format: format)
        var reader = InputReader()
        if let text {
            writer.write(ScoredText(text: text, source: nil, span: nil, scores: scorer.scores(text)))
        } else {
            let segmenter = Segmenter()
            try reader.forEachInput(input) { file in
                for item in try texts(in: file, segmenter: segmenter) {
                    writer.write(ScoredText(text: item.text, source: file.name, span: item.span, scores: scorer.scores(item.text)))
                }
            }
        }
        writer.finish()
        try reader.finish()
    }

    private func texts(in file: InputFile, segmenter: Segmenter) throws -> [(text: String, span: TextSpan?)] {
        switch by {
        case .line:
            var lines = file.bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            if lines.last?.isEmpty == true { lines.removeLast() }
            return lines.map { (String(decoding: $0, as: UTF8.self), nil) }
        case .sentence:
            let document = try segmenter.segment(bytes: file.bytes)
            return document.sentences.map { (String(document[$0.span]), $0.span) }
        }
    }
}

struct ScoredText {
    var text: String
    var source: String?
    var span: TextSpan?
    var scores: ValenceScores
}

/// Formats valence results; JSON is written as one array at the end, the other formats stream.
struct ScoreWriter {
    let format: ScoreCommand.Format
    private var output = Output()
    private var started = false

    init(format: ScoreCommand.Format) { self.format = format }

    mutating func write(_ item: ScoredText) {
        switch format {
        case .text:
            let s = item.scores
            output.line("\(signed(s.compound))\tneg \(s.negative)\tneu \(s.neutral)\tpos \(s.positive)\t\(item.text)")
        case .jsonl:
            output.line(json(item).serialized())
        case .json:
            output.write(started ? ",\n" : "[\n")
            output.write(json(item).serialized())
        case .csv:
            if !started { output.line("text,neg,neu,pos,compound") }
            let s = item.scores
            output.line("\(CSV.field(item.text)),\(s.negative),\(s.neutral),\(s.positive),\(s.compound)")
        }
        started = true
    }

    mutating func finish() {
        if format == .json { output.line(started ? "\n]" : "[]") }
        output.flush()
    }

    private func json(_ item: ScoredText) -> JSONValue {
        var members: [(String, JSONValue)] = [("text", .string(item.text))]
        if let span = item.span {
            members += [("start", .int(span.scalars.lowerBound)), ("end", .int(span.scalars.upperBound))]
        }
        let s = item.scores
        members += [("neg", .double(s.negative)), ("neu", .double(s.neutral)), ("pos", .double(s.positive)),
                    ("compound", .double(s.compound))]
        return .object(members)
    }

    private func signed(_ value: Double) -> String {
        value >= 0 ? "+\(value)" : "\(value)"
    }
}

enum CSV {
    /// RFC 4180 quoting.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
