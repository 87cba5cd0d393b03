import Quotient
#if canImport(Glibc)
import Glibc
#endif

/// One document to analyze: from a file, or from a JSONL line (with its id and other fields), or a line that
/// could not be read.
enum InputItem: Sendable {
    /// A document's text, and where it starts within its input (non-zero for the later parts of a huge file).
    case document(name: String, id: JSONValue, passThrough: [PassThroughField], text: String, utf8Base: Int, scalarBase: Int)
    /// A line that is not a document, with the id and fields that could be read of it.
    case invalid(name: String, line: Int, reason: String, id: JSONValue, passThrough: [PassThroughField])
    /// A blank line of JSON Lines input: it holds no document, and keeps its place in the output.
    case blank(line: Int)

    /// The size of the record's text in bytes, for batching.
    var size: Int {
        if case .document(_, _, _, let text, _, _) = self { return text.utf8.count }
        return 0
    }

    /// Whether the record holds text to analyze: a document with a byte that is not ASCII white space.
    var needsAnalysis: Bool {
        guard case .document(_, _, _, let text, _, _) = self else { return false }
        return text.utf8.contains { $0 != 0x20 && !(0x09...0x0D).contains($0) }
    }

    /// Analyzes the record; an invalid line gets an empty analysis, and so does a document without text, which
    /// needs no analyzer.
    func analyze(with analyzer: Analyzer?) -> Analysis {
        guard case .document(let name, _, _, let text, let utf8Base, let scalarBase) = self else { return .empty }
        guard let analyzer, needsAnalysis else {
            return Analysis(id: name, quotes: [], speakers: [], quoteWarnings: [], repairedSequences: 0)
        }
        guard let analysis = try? analyzer.analyze(text, id: name) else { return .empty }
        return analysis.shifted(utf8: utf8Base, scalars: scalarBase)
    }
}

/// A document's id as a CSV column or a table title holds it: a string id as it is, any other id as its JSON,
/// and a document without an id by `name` (its file, or file and line).
func plainID(_ id: JSONValue, name: String) -> String {
    switch id {
    case .string(let value): value
    case .null: name
    default: id.serialized()
    }
}


/// Pulls documents one at a time from files, folders or standard input, as text files or JSON Lines, so a
/// caller can keep only a batch in memory.
struct DocumentSource {
    enum Kind { case text, jsonl }

    private let kind: Kind
    private var parts: TextParts
    private var lines: LineStream?
    private var lineSourceName = ""
    private var lineDescriptor: Int32 = -1
    /// An item read ahead by ``isEmpty()``, handed out by the next ``next()``.
    private var readAhead: InputItem?

    init(options: InputOptions, kind: Kind, reader: InputReader) {
        self.kind = kind
        parts = TextParts(options: options, reader: reader)
    }

    /// Number of files found (for progress), known up front.
    var fileCount: Int { parts.fileCount }

    /// The reader, with the problems it counted.
    var inputReader: InputReader { parts.reader }

    /// Whether the input holds nothing at all, reading one item ahead. The commands ask before they load their
    /// lexicons, so a run on an empty input (Spark's `pipe` starts one for every partition, empty ones too)
    /// loads none.
    mutating func isEmpty() -> Bool {
        if readAhead == nil { readAhead = next() }
        return readAhead == nil
    }

    /// The next item when it needs no analysis (a document without text, such as an empty file or an empty
    /// standard input, a blank or invalid JSON line), reading one item ahead; nil when the input ends or the
    /// next item needs the lexicons, which then stays for ``next()``.
    mutating func nextWithoutText() -> InputItem? {
        if readAhead == nil { readAhead = next() }
        guard let item = readAhead, !item.needsAnalysis else { return nil }
        readAhead = nil
        return item
    }

    mutating func next() -> InputItem? {
        if let item = readAhead {
            readAhead = nil
            return item
        }
        switch kind {
        case .text: return nextFile()
        case .jsonl: return nextLine()
        }
    }

    private mutating func nextFile() -> InputItem? {
        guard let part = parts.next() else { return nil }
        let passThrough: [PassThroughField] = part.isWhole ? [] : [PassThroughField(name: "part", value: .int(part.index))]
        return .document(name: part.title, id: .string(part.name), passThrough: passThrough, text: part.text,
                         utf8Base: part.utf8Base, scalarBase: part.scalarBase)
    }

    private mutating func nextLine() -> InputItem? {
        while true {
            if lines == nil {
                guard let path = parts.nextPath() else { return nil }
                guard let descriptor = parts.reader.openInput(path) else { continue }
                lineDescriptor = descriptor
                lines = LineStream(descriptor: descriptor)
                lineSourceName = InputProblem.displayName(path)
            }
            guard var line = lines!.next() else {
                if let failure = lines!.failure { parts.reader.report(.unreadable(lineSourceName, "\(failure)")) }
                if lineDescriptor > 0 { close(lineDescriptor) }
                lines = nil
                continue
            }
            let number = lines!.lineNumber
            if line.last == 0x0D { line.removeLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .blank(line: number) }
            switch JSONLines.parseDocument(line) {
            case .success(let document):
                return .document(name: "\(lineSourceName):\(number)", id: document.id, passThrough: document.fields,
                                 text: document.text, utf8Base: 0, scalarBase: 0)
            case .failure(let failure):
                let named = failure.id == .null ? "" : " (id \(failure.id.serialized()))"
                parts.reader.reportRow(InputProblem(name: "\(lineSourceName):\(number)\(named)", reason: failure.message))
                return .invalid(name: lineSourceName, line: number, reason: failure.message, id: failure.id,
                                passThrough: failure.fields)
            }
        }
    }
}

/// Reads files, folders or standard input as text parts of bounded size (``TextChunker``), so memory stays
/// bounded whatever the input's size. Unreadable and binary inputs are reported to ``reader`` and skipped;
/// UTF-8 repairs are reported on standard error.
struct TextParts {
    private var paths: [String]
    /// Counts and reports the problems of every input read so far.
    var reader: InputReader
    private var chunker: TextChunker?
    private var name = ""
    private var descriptor: Int32 = -1
    /// Number of files found, known up front.
    let fileCount: Int

    init(options: InputOptions, reader: InputReader = InputReader()) {
        var reader = reader
        reader.failOnRowError = options.failOnError
        let names = options.files.isEmpty ? ["-"] : options.files
        paths = names.flatMap { reader.expand($0, recursive: options.recursive) }
        fileCount = paths.count
        self.reader = reader
    }

    /// The next input's path, for a caller that reads it another way (JSON Lines).
    mutating func nextPath() -> String? {
        paths.isEmpty ? nil : paths.removeFirst()
    }

    /// The next part, or nil when every input has been read.
    mutating func next() -> InputPart? {
        while true {
            if chunker == nil {
                guard let path = nextPath() else { return nil }
                guard let opened = reader.openInput(path) else { continue }
                descriptor = opened
                name = InputProblem.displayName(path)
                chunker = TextChunker(descriptor: opened, name: name)
            }
            do {
                guard let chunk = try chunker!.next() else {
                    closeCurrent()
                    continue
                }
                if chunk.looksBinary {
                    reader.report(.binary(name))
                    closeCurrent()
                    continue
                }
                Terminal.reportRepairs(chunk.repairs, in: name)
                if chunk.isLast { closeCurrent() }
                return chunk
            } catch {
                reader.report(.unreadable(name, "\(error)"))
                closeCurrent()
            }
        }
    }

    private mutating func closeCurrent() {
        if descriptor > 0 { close(descriptor) }
        descriptor = -1
        chunker = nil
    }
}
