import ArgumentParser
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Quotient

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Find quotes (direct, partial, indirect) and who said them.",
        discussion: """
            With --input jsonl, each input line is a JSON object with "text" and an optional "id"; each gets \
            exactly one output line, in order, with the line's other fields passed through ("quotes" or \
            "warnings" come back as "input.quotes", "input.warnings"):
              {"id": …, …, "quotes": [{"text", "start", "end", "kind",
                "speaker": {"name", "mention", "role", "kind", "start", "end"} | null,
                "cue", "source"}], "warnings": […]}

            Offsets are Unicode scalar (code point) offsets into the text, end-exclusive. Text files are read in \
            parts of about 1 MB cut at paragraph breaks; a file of several parts gets one result per part \
            ("part": 0, 1, …), with offsets still into the whole file. A line that is not \
            such an object gets {"id": null, "line": N, "error": "…"} and is reported on standard error; the \
            exit status is then 1.

            Examples:
              quotient quotes examples/port-strike.txt
              quotient quotes --format jsonl article.txt
              quotient quotes --input jsonl --format jsonl < articles.jsonl > quotes.jsonl
            """
    )

    enum Format: String, ArgumentChoice { case table, json, jsonl, csv }
    enum InputKind: String, ArgumentChoice { case text, jsonl }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(Format.listed).")
    var format: Format = .table

    @Option(name: .customLong("input"), help: "Input kind: \(InputKind.listed).")
    var inputKind: InputKind = .text

    func run() throws {
        var output = Output()
        let segmenter = Segmenter(lineBreaks: input.lineBreaks)
        // Built with the first document, so an empty input loads no lexicon.
        lazy var extractor = QuoteExtractor()
        var source = DocumentSource(options: input, kind: inputKind == .jsonl ? .jsonl : .text, reader: InputReader())
        var jsonDocuments: [JSONValue] = []
        if format == .csv { output.line("document,start,end,kind,speaker,mention,role,cue,source,text") }
        while let record = source.next() {
            switch record {
            case .document(let name, let id, let passThrough, let text, let utf8Base, let scalarBase):
                let extraction = extractor.extract(from: try segmenter.segment(text)).shifted(utf8: utf8Base, scalars: scalarBase)
                // A JSON Lines document is named by its id; a text file (or part of one) by its name.
                let title = inputKind == .jsonl ? plainID(id, name: name) : name
                switch format {
                case .table:
                    output.line(QuoteTable.render(extraction, title: title))
                case .jsonl:
                    output.line(document: DocumentRecord(extraction: extraction, id: id, fields: passThrough))
                case .json:
                    jsonDocuments.append(DocumentRecord(extraction: extraction, id: id, fields: passThrough).json)
                case .csv:
                    for quote in extraction.quotes { output.line(QuoteCSV.row(quote, document: title)) }
                }
            case .invalid(_, let line, let reason, let id, let passThrough):
                guard format == .jsonl || format == .json else { break }
                let error = ErrorRecord(id: id, fields: passThrough, line: line, reason: .error(reason)).json
                if format == .jsonl { output.line(error) } else { jsonDocuments.append(error) }
            case .blank(let line):
                guard format == .jsonl || format == .json else { break }
                let skipped = ErrorRecord(line: line, reason: .skipped("blank")).json
                if format == .jsonl { output.line(skipped) } else { jsonDocuments.append(skipped) }
            }
            output.flush()
        }
        if format == .json { output.line(.array(jsonDocuments)) }
        output.flush()
        try source.inputReader.finish()
    }
}

enum QuoteCSV {
    static func row(_ quote: Quote, document: String) -> String {
        let s = quote.speaker
        return [
            CSV.field(document), "\(quote.span.scalars.lowerBound)", "\(quote.span.scalars.upperBound)", quote.kind.rawValue,
            CSV.field(s?.name ?? ""), CSV.field(s?.mention ?? ""), CSV.field(s?.role ?? ""), CSV.field(quote.cue ?? ""),
            CSV.field(quote.source ?? ""), CSV.field(quote.text),
        ].joined(separator: ",")
    }
}

/// A plain-text table of quotes for reading in a terminal.
enum QuoteTable {
    static func render(_ extraction: QuoteExtraction, title: String) -> String {
        var lines = ["\(title): \(extraction.quotes.count) quote\(extraction.quotes.count == 1 ? "" : "s")"]
        let width = min(28, extraction.quotes.map { ($0.speaker?.name ?? "?").count }.max() ?? 0)
        for quote in extraction.quotes {
            let speaker = (quote.speaker?.name ?? "(unattributed)").padding(width)
            let kind = quote.kind.rawValue.padding(9)
            let via = quote.source.map { "  [via \($0)]" } ?? ""
            lines.append("  \(speaker) \(kind) \(Self.clip(quote.text, 90))\(via)")
        }
        for warning in extraction.warnings { lines.append("  warning: \(warning)") }
        return lines.joined(separator: "\n")
    }

    static func clip(_ text: String, _ length: Int) -> String {
        let flat = text.replacing("\n", with: " ")
        return flat.count <= length ? "“\(flat)”" : "“\(flat.prefix(length - 1))…”"
    }
}
