import ArgumentParser
import Foundation
import Quotient

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Find quotes (direct, partial, indirect) and who said them.",
        discussion: """
            With --input jsonl, each input line is a JSON object with "text" and an optional "id"; each gets
            exactly one output line, in order:
              {"id": …, "quotes": [{"text", "start", "end", "kind", "speaker": {"name", "mention", "role",
               "kind", "start", "end"} | null, "cue", "source"}], "warnings": […]}
            Offsets are Unicode scalar (code point) offsets into the text, end-exclusive. A line that is not
            such an object gets {"id": null, "line": N, "error": "…"} and is reported on standard error; the
            exit status is then 1.

            Examples:
              quotient quotes examples/port-strike.txt
              quotient quotes --format jsonl article.txt
              quotient quotes --input jsonl --format jsonl < articles.jsonl > quotes.jsonl
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, csv }
    enum InputKind: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(name: .customLong("input"), help: "Input kind: \(InputKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var inputKind: InputKind = .text

    func run() throws {
        var output = Output()
        let segmenter = Segmenter()
        let extractor = QuoteExtractor()
        var reader = InputReader()
        var jsonDocuments: [JSONValue] = []
        if format == .csv { output.line("document,start,end,kind,speaker,mention,role,cue,source,text") }

        func handle(id: JSONValue, name: String, bytes: [UInt8]) throws {
            let document = try segmenter.segment(bytes: bytes)
            let extraction = extractor.extract(from: document)
            switch format {
            case .table:
                output.line(QuoteTable.render(extraction, title: name))
            case .jsonl:
                output.line(QuoteJSON.document(id: id, extraction: extraction))
            case .json:
                jsonDocuments.append(QuoteJSON.document(id: id, extraction: extraction))
            case .csv:
                for quote in extraction.quotes { output.line(QuoteCSV.row(quote, document: name)) }
            }
            output.flush()
        }

        switch inputKind {
        case .text:
            try reader.forEachInput(input) { file in try handle(id: .string(file.name), name: file.name, bytes: file.bytes) }
        case .jsonl:
            try reader.forEachJSONLine(input) { line in
                switch line {
                case .object(let id, let text):
                    try handle(id: id, name: id.serialized(), bytes: Array(text.utf8))
                case .invalid(let number, let reason):
                    if format == .jsonl || format == .json {
                        let error = JSONValue.object([("id", .null), ("line", .int(number)), ("error", .string(reason))])
                        if format == .jsonl { output.line(error) } else { jsonDocuments.append(error) }
                    }
                }
            }
        }
        if format == .json { output.line(.array(jsonDocuments)) }
        output.flush()
        try reader.finish()
    }
}

/// The JSON shapes of quotes, shared by `quotes` and `analyze`.
enum QuoteJSON {
    static func document(id: JSONValue, extraction: QuoteExtraction) -> JSONValue {
        .object([
            ("id", id),
            ("quotes", .array(extraction.quotes.map { quote($0) })),
            ("warnings", .array(extraction.warnings.map { .string($0.description) })),
        ])
    }

    static func quote(_ quote: Quote, extra: [(String, JSONValue)] = []) -> JSONValue {
        .object([
            ("text", .string(quote.text)),
            ("start", .int(quote.span.scalars.lowerBound)),
            ("end", .int(quote.span.scalars.upperBound)),
            ("kind", .string(quote.kind.rawValue)),
            ("speaker", quote.speaker.map(speaker) ?? .null),
            ("cue", quote.cue.map { .string($0) } ?? .null),
            ("source", quote.source.map { .string($0) } ?? .null),
        ] + extra)
    }

    static func speaker(_ speaker: Speaker) -> JSONValue {
        .object([
            ("name", .string(speaker.name)),
            ("mention", .string(speaker.mention)),
            ("role", speaker.role.map { .string($0) } ?? .null),
            ("kind", .string(speaker.kind.rawValue)),
            ("start", .int(speaker.span.scalars.lowerBound)),
            ("end", .int(speaker.span.scalars.upperBound)),
        ])
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
