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
              echo 'Mr. Smith left at 5 p.m. He slept.' | quotient segment --format json
              quotient segment --unit tokens --format jsonl notes.txt
              quotient segment --recursive corpus/
            """
    )

    enum Unit: String, ArgumentChoice { case sentences, tokens, paragraphs }
    enum Format: String, ArgumentChoice { case text, json, jsonl }

    @OptionGroup var input: InputOptions

    @Option(help: "What to list: \(Unit.listed).")
    var unit: Unit = .sentences

    @Option(help: "Output format: \(Format.listed).")
    var format: Format = .text

    func run() throws {
        var output = Output()
        let segmenter = Segmenter(lineBreaks: input.lineBreaks)
        var parts = TextParts(options: input)
        let many = input.files.count > 1 || input.recursive
        var json = JSONCollector(many: many)
        while let part = parts.next() {
            let document = try segmenter.segment(part.text)
            let items = self.items(of: document).map { $0.shifted(utf8: part.utf8Base, scalars: part.scalarBase) }
            switch format {
            case .text:
                if many && part.index == 0 { output.line("# \(part.name)") }
                for item in items { output.line(String(item.text).replacing("\n", with: " ")) }
            case .jsonl:
                for item in items { output.line(item.json(file: many ? part.name : nil)) }
            case .json:
                json.add(items.map { $0.json(file: nil) }, of: part)
            }
            output.flush()
        }
        if format == .json { output.line(json.finish()) }
        output.flush()
        try parts.reader.finish()
    }

    /// The items of every input for `--format json`: one list per file, joined across the parts a large file
    /// is read in.
    private struct JSONCollector {
        let many: Bool
        private var documents: [JSONValue] = []
        private var name: String?
        private var items: [JSONValue] = []

        init(many: Bool) { self.many = many }

        mutating func add(_ partItems: [JSONValue], of part: InputPart) {
            // A file that failed part-way never delivers its last part; its items end at the next file.
            if part.index == 0 { closeFile() }
            name = part.name
            items += partItems
        }

        private mutating func closeFile() {
            guard let name else { return }
            documents.append(many ? .object([("file", .string(name)), ("items", .array(items))]) : .array(items))
            self.name = nil
            items = []
        }

        mutating func finish() -> JSONValue {
            closeFile()
            return documents.count == 1 && !many ? documents[0] : .array(documents)
        }
    }

    private struct Item {
        var text: Substring
        var span: TextSpan
        var kind: Token.Kind?

        func shifted(utf8: Int, scalars: Int) -> Item {
            Item(text: text, span: span.shifted(utf8: utf8, scalars: scalars), kind: kind)
        }

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
