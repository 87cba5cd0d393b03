import ArgumentParser
import Quotient

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split text into sentences, tokens or paragraphs.",
        discussion: """
            Offsets in JSON output are Unicode scalar (code point) offsets into the input, end-exclusive.

            Examples:
              quotient segment article.txt
              echo 'Mr. Smith left at 5 p.m. He was tired.' | quotient segment --format json
              quotient segment --unit tokens --format jsonl notes.txt
              quotient segment --recursive corpus/
            """
    )

    enum Unit: String, ExpressibleByArgument, CaseIterable { case sentences, tokens, paragraphs }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

    @OptionGroup var input: InputOptions

    @Option(help: "What to list: \(Unit.allCases.map(\.rawValue).joined(separator: ", ")).")
    var unit: Unit = .sentences

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    func run() throws {
        var reader = InputReader()
        var output = Output()
        let segmenter = Segmenter()
        var jsonDocuments: [JSONValue] = []
        let many = input.files.count > 1 || input.recursive
        try reader.forEachInput(input) { file in
            let document = try segmenter.segment(bytes: file.bytes)
            Terminal.reportRepairs(document.repairedSequences, in: file.name)
            let items = self.items(of: document)
            switch format {
            case .text:
                if many { output.line("# \(file.name)") }
                for item in items { output.line(String(item.text).replacing("\n", with: " ")) }
            case .jsonl:
                for item in items { output.line(item.json(file: many ? file.name : nil)) }
            case .json:
                let list = JSONValue.array(items.map { $0.json(file: nil) })
                jsonDocuments.append(many ? .object([("file", .string(file.name)), ("items", list)]) : list)
            }
            output.flush()
        }
        if format == .json {
            output.line(jsonDocuments.count == 1 && !many ? jsonDocuments[0] : .array(jsonDocuments))
        }
        output.flush()
        try reader.finish()
    }

    private struct Item {
        var text: Substring
        var span: TextSpan
        var kind: Token.Kind?

        func json(file: String?) -> JSONValue {
            var members: [(String, JSONValue)] = []
            if let file { members.append(("file", .string(file))) }
            members += [("text", .string(String(text))), ("start", .int(span.scalars.lowerBound)), ("end", .int(span.scalars.upperBound))]
            if let kind { members.append(("kind", .string(kind.rawValue))) }
            return .object(members)
        }
    }

    private func items(of document: Document) -> [Item] {
        switch unit {
        case .sentences: document.sentences.map { Item(text: document[$0.span], span: $0.span) }
        case .paragraphs: document.paragraphs.map { Item(text: document[$0.span], span: $0.span) }
        case .tokens: document.tokens.map { Item(text: document[$0.span], span: $0.span, kind: $0.kind) }
        }
    }
}
