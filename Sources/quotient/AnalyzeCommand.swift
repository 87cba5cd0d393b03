import ArgumentParser
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Quotient

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find who said what, and in what tone.",
        discussion: """
            Runs the whole pipeline: sentences, quotes and their speakers, valence and stance of every quote, \
            and a profile per speaker. On a terminal the table is colored and a progress bar shows on standard \
            error for many files; piped output is plain.

            With --input jsonl --format jsonl, each input line ({"id", "text", other fields}) yields exactly one \
            output line in the same order: the id and other fields (not the text) passed through, plus \
            "quotes", "speakers" and "warnings" (an input field of one of those names comes back as \
            "input.<name>"). A line that is not such an object yields \
            {"id": null, "line": N, "error": "…"}, is reported on standard error, and makes the exit status 1. \
            That makes the command a mapper for Spark's RDD.pipe or Hadoop streaming.

            Examples:
              quotient analyze examples/port-strike.txt
              quotient analyze --recursive articles/ --format csv > quotes.csv
              quotient analyze --input jsonl --format jsonl < in.jsonl > out.jsonl
            """
    )

    enum Format: String, ArgumentChoice { case table, json, jsonl, csv }
    enum InputKind: String, ArgumentChoice { case text, jsonl }

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("input"), help: "Input kind: \(InputKind.listed).")
    var inputKind: InputKind = .text

    @Option(help: "Output format: \(Format.listed).")
    var format: Format = .table

    @Option(help: "A folder of extra stance lexicons (.txt); each file becomes a category.", completion: .directory)
    var lexicons: String?

    @Flag(help: "Never color the table, even on a terminal.")
    var noColor = false

    @Option(help: "Analyze on at most this many threads (default: all cores), e.g. one per process under Spark's pipe; reading and writing run beside them.")
    var threads: Int?

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
    }

    func run() throws {
        // A user's lexicons are read first, so their errors show whatever the input.
        let userStance = try lexicons.map { directory throws(LexiconError) in try StanceLexicon(addingDirectory: directory) }
        var source = DocumentSource(options: input, kind: inputKind == .jsonl ? .jsonl : .text, reader: InputReader())
        var output = Output()
        var writer = AnalysisWriter(format: format, categories: userStance?.categories ?? StanceLexicon.shippedCategories,
                                    color: !noColor && Terminal.isColorTerminal(1))
        var progress = Progress(total: inputKind == .text ? source.fileCount : nil)
        func deliver(_ record: InputItem, _ analysis: Analysis) {
            switch record {
            case .document(let name, let id, let passThrough, _, _, _):
                writer.write(analysis, name: name, id: id, passThrough: passThrough, to: &output)
            case .invalid(_, let line, let reason, let id, let passThrough):
                writer.writeLine(ErrorRecord(id: id, fields: passThrough, line: line, reason: .error(reason)).json, to: &output)
            case .blank(let line):
                writer.writeLine(ErrorRecord(line: line, reason: .skipped("blank")).json, to: &output)
            }
            output.flush()
            progress.advance()
        }
        // Items without text before the first one with text (an empty input, an empty file; Spark's `pipe` runs the
        // command on every partition, empty ones too) are answered before any lexicon is built, so a run that
        // has nothing to analyze builds none.
        while let item = source.nextWithoutText() {
            deliver(item, item.analyze(with: nil))
        }
        if !source.isEmpty() {
            let analyzer = Analyzer(configuration: .init(stance: userStance ?? .bundled, lineBreaks: input.lineBreaks))
            analyzer.analyzeInOrder(
                threads: threads,
                size: { $0.size },
                next: { source.next() },
                analyze: { analyzer, record in record.analyze(with: analyzer) },
                deliver: deliver)
        }
        progress.finish()
        writer.finish(to: &output)
        output.flush()
        try source.inputReader.finish()
    }
}

/// Formats analyses as a colored or plain table, JSON, JSON Lines or CSV.
struct AnalysisWriter {
    let format: AnalyzeCommand.Format
    let categories: [StanceCategory]
    let color: Bool
    private var collected: [JSONValue] = []
    private var wroteHeader = false

    init(format: AnalyzeCommand.Format, categories: [StanceCategory], color: Bool) {
        self.format = format
        self.categories = categories
        self.color = color
    }

    mutating func write(_ analysis: Analysis, name: String, id: JSONValue, passThrough: [PassThroughField], to output: inout Output) {
        switch format {
        case .jsonl:
            output.line(document: DocumentRecord(analysis: analysis, id: id, fields: passThrough))
        case .json:
            collected.append(DocumentRecord(analysis: analysis, id: id, fields: passThrough).json)
        case .csv:
            if !wroteHeader {
                output.line((["document", "start", "end", "kind", "speaker", "role", "cue", "source", "compound", "tone"] + categories.map(\.rawValue) + ["text"]).joined(separator: ","))
                wroteHeader = true
            }
            for item in analysis.quotes { output.line(csvRow(item, document: plainID(id, name: name))) }
        case .table:
            output.line(AnalysisTable(color: color).render(analysis, title: name))
        }
    }

    /// An output line standing for an input line that holds no document (JSON formats only).
    mutating func writeLine(_ object: JSONValue, to output: inout Output) {
        switch format {
        case .jsonl: output.line(object)
        case .json: collected.append(object)
        case .csv, .table: break
        }
    }

    func finish(to output: inout Output) {
        if format == .json { output.line(.array(collected)) }
    }

    private func csvRow(_ item: AnalyzedQuote, document: String) -> String {
        let quote = item.quote
        let scores = categories.map { "\(PythonRounding.round(item.stance.score(of: $0), digits: 4))" }
        return ([CSV.field(document), "\(quote.span.scalars.lowerBound)", "\(quote.span.scalars.upperBound)", quote.kind.rawValue,
                 CSV.field(quote.speaker?.name ?? ""), CSV.field(quote.speaker?.role ?? ""), CSV.field(quote.cue ?? ""),
                 CSV.field(quote.source ?? ""), "\(item.stance.valence.compound)", CSV.field(item.stance.toneLabel)]
                + scores + [CSV.field(quote.text)]).joined(separator: ",")
    }
}

/// The human-readable summary: who said what, with tone, then each speaker's profile.
struct AnalysisTable {
    let color: Bool

    func render(_ analysis: Analysis, title: String) -> String {
        var lines: [String] = []
        let speakers = analysis.speakers.count
        lines.append(paint("\(title)", .bold) + " — \(analysis.quotes.count) quote\(analysis.quotes.count == 1 ? "" : "s"), \(speakers) speaker\(speakers == 1 ? "" : "s")")
        var lastSpeaker: String?
        for item in analysis.quotes {
            let name = item.quote.speaker?.name ?? "(unattributed)"
            if name != lastSpeaker {
                let role = item.quote.speaker?.role.map { ", \($0)" } ?? ""
                lines.append("  " + paint(name, .bold) + paint(role, .dim))
                lastSpeaker = name
            }
            let via = item.quote.source.map { paint("  via \($0)", .dim) } ?? ""
            lines.append("    \(item.quote.kind.rawValue.padding(9))\(tone(item.stance))")
            lines.append("      \(QuoteTable.clip(item.quote.text, 100))\(via)")
        }
        if !analysis.speakers.isEmpty {
            lines.append("  " + paint("speakers", .bold))
            for profile in analysis.speakers {
                let ranked = profile.categoryQuotes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                let top = ranked.prefix(3).map(\.key.rawValue).joined(separator: ", ")
                let mean = PythonRounding.round(profile.meanValence, digits: 3)
                lines.append("    \(profile.name.padding(28)) \(String(profile.quoteCount).padding(3)) quote\(profile.quoteCount == 1 ? " " : "s") valence \(signed(mean))  \(top)")
            }
        }
        for warning in analysis.warnings { lines.append(paint("  warning: \(warning)", .yellow)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func tone(_ stance: Stance) -> String {
        let polarity = stance.polarity
        let style: Style = polarity == .positive ? .green : polarity == .negative ? .red : .dim
        let categories = stance.tone.categories.map { paint($0.rawValue, .cyan) }
        return ([paint(polarity.rawValue, style)] + categories).joined(separator: " · ") + paint(" (\(signed(stance.valence.compound)))", .dim)
    }

    private func signed(_ value: Double) -> String { value > 0 ? "+\(value)" : "\(value)" }

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color && !text.isEmpty ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}

/// A progress bar on standard error, shown only when it is a terminal.
/// A progress line on standard error, drawn only when standard error is a terminal and standard output is
/// not (`quotient analyze corpus/ > out.jsonl`), so it never mixes with the results; with rate and time left.
struct Progress {
    let total: Int?
    private var done = 0
    private let visible: Bool
    private let started = DispatchTime.now()

    init(total: Int?) {
        self.total = total
        visible = isatty(2) == 1 && isatty(1) == 0 && (total.map { $0 > 1 } ?? true)
    }

    mutating func advance() {
        done += 1
        guard visible else { return }
        let seconds = max(Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9, 1e-3)
        let rate = Double(done) / seconds
        if let total {
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let left = rate > 0 ? Int((Double(total - done) / rate).rounded()) : 0
            Terminal.stderr("\r[\(String(repeating: "=", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(total) documents, \(Int(rate.rounded()))/s, \(left)s left ")
        } else if done % 100 == 0 {
            Terminal.stderr("\r\(done) documents, \(Int(rate.rounded()))/s ")
        }
    }

    func finish() {
        if visible && done > 0 { Terminal.stderr("\n") }
    }
}
