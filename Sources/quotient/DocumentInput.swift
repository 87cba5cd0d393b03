import Foundation
import Quotient
#if canImport(Glibc)
import Glibc
#endif

/// One document to analyze: from a file, or from a JSONL line (with its id and other fields), or a line that
/// could not be read.
enum DocumentRecord: Sendable {
    case document(name: String, id: JSONValue, passThrough: [(String, JSONValue)], bytes: [UInt8])
    case invalid(name: String, line: Int, reason: String)
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
        while !paths.isEmpty {
            let path = paths.removeFirst()
            do {
                let file = try reader.read(path)
                return .document(name: file.name, id: .string(file.name), passThrough: [], bytes: file.bytes)
            } catch let problem as InputProblem {
                reader.report(problem)
            } catch {
                reader.report(InputProblem(name: path, reason: "\(error)"))
            }
        }
        return nil
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
                lineSourceName = path == "-" ? "<stdin>" : path
            }
            guard var line = lines!.next() else {
                if openDescriptor > 0 { close(openDescriptor) }
                lines = nil
                continue
            }
            let number = lines!.lineNumber
            if line.last == 0x0D { line.removeLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            switch JSONLineParser.parseDocument(line) {
            case .success(let (id, text, passThrough)):
                return .document(name: "\(lineSourceName):\(number)", id: id, passThrough: passThrough, bytes: Array(text.utf8))
            case .failure(let failure):
                reader.report(InputProblem(name: "\(lineSourceName):\(number)", reason: failure.message))
                return .invalid(name: lineSourceName, line: number, reason: failure.message)
            }
        }
    }
}

extension JSONLineParser {
    /// A JSONL document: its id (or null), text, and its other fields in key order.
    static func parseDocument(_ line: [UInt8]) -> Result<(JSONValue, String, [(String, JSONValue)]), Failure> {
        guard String(validating: line, as: UTF8.self) != nil else { return .failure(Failure(message: "not valid UTF-8")) }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) as? [String: Any] else {
            return .failure(Failure(message: "not a JSON object"))
        }
        guard let text = object["text"] as? String else { return .failure(Failure(message: "no \"text\" string")) }
        let passThrough = object.keys.sorted().filter { $0 != "text" && $0 != "id" }.map { ($0, JSONBridge.value(object[$0])) }
        return .success((JSONBridge.value(object["id"]), text, passThrough))
    }
}
