import Foundation
import Quotient
#if canImport(Glibc)
import Glibc
#endif

/// One document to analyze: from a file, or from a JSONL line (with its id and other fields), or a line that
/// could not be read.
enum DocumentRecord: Sendable {
    /// A document's text, and where it starts within its input (non-zero for the later parts of a huge file).
    case document(name: String, id: JSONValue, passThrough: [(String, JSONValue)], text: String, utf8Base: Int, scalarBase: Int)
    case invalid(name: String, line: Int, reason: String)

    /// The size of the record's text in bytes, for batching.
    var size: Int {
        if case .document(_, _, _, let text, _, _) = self { return text.utf8.count }
        return 0
    }

    /// Analyzes the record; an invalid line gets an empty analysis.
    func analyze(with analyzer: Analyzer) -> Analysis {
        guard case .document(let name, _, _, let text, let utf8Base, let scalarBase) = self,
              let analysis = try? analyzer.analyze(text, id: name)
        else { return .empty }
        return analysis.shifted(utf8: utf8Base, scalars: scalarBase)
    }
}

/// Pulls documents one at a time from files, folders or standard input, as text files or JSON Lines, so a
/// caller can keep only a batch in memory.
struct DocumentSource {
    enum Kind { case text, jsonl }

    private var paths: [String]
    private let kind: Kind
    private var reader: InputReader
    private var lines: LineStream?
    private var lineSourceName = ""
    private var chunker: TextChunker?
    private var chunkSourceName = ""
    private var openDescriptor: Int32 = -1
    /// Number of files found (for progress), known up front.
    let fileCount: Int

    init(options: InputOptions, kind: Kind, reader: InputReader) {
        self.kind = kind
        var reader = reader
        let names = options.files.isEmpty ? ["-"] : options.files
        let expanded = names.flatMap { reader.expand($0, recursive: options.recursive) }
        self.reader = reader
        paths = expanded
        fileCount = expanded.count
    }

    /// The reader, with the problems it counted.
    var inputReader: InputReader { reader }

    mutating func next() -> DocumentRecord? {
        switch kind {
        case .text: return nextFile()
        case .jsonl: return nextLine()
        }
    }

    private mutating func nextFile() -> DocumentRecord? {
        while true {
            if chunker == nil {
                guard !paths.isEmpty else { return nil }
                let path = paths.removeFirst()
                guard let descriptor = openInput(path) else { continue }
                openDescriptor = descriptor
                chunker = TextChunker(descriptor: descriptor)
                chunkSourceName = InputProblem.displayName(path)
            }
            do {
                guard let chunk = try chunker!.next() else {
                    closeCurrent()
                    continue
                }
                if chunk.looksBinary {
                    reader.report(InputProblem(name: chunkSourceName, reason: "looks like a binary file (contains NUL bytes); skipped"))
                    closeCurrent()
                    continue
                }
                Terminal.reportRepairs(chunk.repairs, in: chunkSourceName)
                let single = chunk.index == 0 && chunk.isLast
                if chunk.isLast { closeCurrent() }
                let passThrough: [(String, JSONValue)] = single ? [] : [("part", .int(chunk.index))]
                return .document(name: single ? chunkSourceName : "\(chunkSourceName) (part \(chunk.index + 1))",
                                 id: .string(chunkSourceName), passThrough: passThrough, text: chunk.text,
                                 utf8Base: chunk.utf8Base, scalarBase: chunk.scalarBase)
            } catch {
                reader.report(InputProblem(name: chunkSourceName, reason: "cannot be read: \(error)"))
                closeCurrent()
            }
        }
    }

    private mutating func openInput(_ path: String) -> Int32? {
        if path == "-" { return 0 }
        var status = stat()
        guard stat(path, &status) == 0 else {
            reader.report(InputProblem(name: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno))))
            return nil
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            reader.report(InputProblem(name: path, reason: "is a directory (use --recursive to read the files in it)"))
            return nil
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            reader.report(.unreadable(path))
            return nil
        }
        return descriptor
    }

    private mutating func closeCurrent() {
        if openDescriptor > 0 { close(openDescriptor) }
        openDescriptor = -1
        chunker = nil
    }

    private mutating func nextLine() -> DocumentRecord? {
        while true {
            if lines == nil {
                guard !paths.isEmpty else { return nil }
                let path = paths.removeFirst()
                let descriptor: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
                guard descriptor >= 0 else {
                    reader.report(InputProblem(name: path, reason: String(cString: strerror(errno))))
                    continue
                }
                openDescriptor = descriptor
                lines = LineStream(descriptor: descriptor)
                lineSourceName = InputProblem.displayName(path)
            }
            guard var line = lines!.next() else {
                if let failure = lines!.failure { reader.report(.unreadable(lineSourceName, "\(failure)")) }
                if openDescriptor > 0 { close(openDescriptor) }
                lines = nil
                continue
            }
            let number = lines!.lineNumber
            if line.last == 0x0D { line.removeLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            switch JSONLines.parseDocument(line) {
            case .success(let document):
                return .document(name: "\(lineSourceName):\(number)", id: document.id, passThrough: document.otherFields,
                                 text: document.text, utf8Base: 0, scalarBase: 0)
            case .failure(let failure):
                reader.report(InputProblem(name: "\(lineSourceName):\(number)", reason: failure.message))
                return .invalid(name: lineSourceName, line: number, reason: failure.message)
            }
        }
    }
}
