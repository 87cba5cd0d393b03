import ArgumentParser
import Foundation
import Quotient
#if canImport(Glibc)
import Glibc
#endif

/// Where texts come from: files, folders (with `--recursive`) or standard input.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files to read; '-' or none reads standard input.", completion: .file())
    var files: [String] = []

    @Flag(name: .shortAndLong, help: "Read every file under the given folders.")
    var recursive = false
}

/// One input that could be read: its display name and bytes.
struct InputFile {
    var name: String
    var bytes: [UInt8]
}

/// A problem with one input; reported on one line and counted, while the other inputs go on.
struct InputProblem: Error, CustomStringConvertible {
    var name: String
    var reason: String
    var description: String { "\(name): \(reason)" }

    /// An input that could not be opened or read to its end; `cause` is what the system said (by default the
    /// reason for the last failed call).
    static func unreadable(_ name: String, _ cause: String = String(cString: strerror(errno))) -> InputProblem {
        InputProblem(name: name, reason: "cannot be read (\(cause))")
    }

    /// How messages name an input: standard input is `-` on the command line and `<stdin>` in messages.
    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }
}

/// Reads inputs one by one, reporting problems to standard error and remembering that one occurred.
struct InputReader {
    private(set) var failures = 0

    mutating func forEachInput(_ options: InputOptions, _ body: (InputFile) throws -> Void) throws {
        let names = options.files.isEmpty ? ["-"] : options.files
        for name in names {
            for path in expand(name, recursive: options.recursive) {
                do {
                    try body(try read(path))
                } catch let problem as InputProblem {
                    report(problem)
                }
            }
        }
    }

    mutating func report(_ problem: InputProblem) {
        failures += 1
        Terminal.error(problem.description)
    }

    /// Exits non-zero when any input failed, after everything else was processed.
    func finish() throws {
        if failures > 0 { throw ExitCode(1) }
    }

    mutating func expand(_ name: String, recursive: Bool) -> [String] {
        var isDirectory: ObjCBool = false
        guard name != "-", FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), isDirectory.boolValue
        else { return [name] }
        guard recursive else {
            report(InputProblem(name: name, reason: "is a directory (use --recursive to read the files in it)"))
            return []
        }
        let walker = FileManager.default.enumerator(atPath: name)
        var paths: [String] = []
        while let relative = walker?.nextObject() as? String {
            let path = (name as NSString).appendingPathComponent(relative)
            var nested: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &nested), !nested.boolValue,
               !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    func read(_ path: String) throws -> InputFile {
        let name = InputProblem.displayName(path)
        if path != "-" && !FileManager.default.fileExists(atPath: path) {
            throw InputProblem(name: path, reason: "no such file")
        }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path == "-" ? "/dev/stdin" : path)
        } catch {
            throw InputProblem.unreadable(name, "\(error)")
        }
        if Self.looksBinary(bytes) {
            throw InputProblem(name: path, reason: "looks like a binary file (contains NUL bytes); skipped")
        }
        return InputFile(name: name, bytes: bytes)
    }

    /// How much of an input's start ``looksBinary(_:)`` reads.
    static let inspectedBytes = 8192

    /// Text files never contain NUL; binary formats nearly always do within their first few kilobytes.
    static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.prefix(inspectedBytes).contains(0)
    }
}

extension InputReader {
    /// Streams the `\n`-separated lines of each input in 1 MB parts: memory stays bounded by the part or the
    /// longest line, invalid UTF-8 is repaired line by line and the repairs are reported once per input.
    mutating func forEachLine(_ options: InputOptions, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let names = options.files.isEmpty ? ["-"] : options.files
        for name in names {
            for path in expand(name, recursive: options.recursive) {
                try forEachLine(ofPath: path, body)
            }
        }
    }

    private mutating func forEachLine(ofPath path: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let name = InputProblem.displayName(path)
        if path != "-" && !FileManager.default.fileExists(atPath: path) {
            return report(InputProblem(name: path, reason: "no such file"))
        }
        let descriptor: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            return report(.unreadable(name))
        }
        defer { if descriptor != 0 { close(descriptor) } }
        var lines = LineStream(descriptor: descriptor, partSize: 1 << 20)
        if Self.looksBinary(lines.leadingBytes(Self.inspectedBytes)) {
            return report(InputProblem(name: path, reason: "looks like a binary file (contains NUL bytes); skipped"))
        }
        var repairs = 0
        try lines.forEachLine { line in repairs += try UTF8Repair.withValidUTF8(line, body) }
        if let failure = lines.failure { report(.unreadable(name, "\(failure)")) }
        Terminal.reportRepairs(repairs, in: name)
    }
}

/// One line of a JSONL input.
enum JSONLine {
    /// An object with a string "text"; `id` is its "id" (any JSON value) or null.
    case object(id: JSONValue, text: String)
    /// A line that could not be used, with its 1-based number and the reason.
    case invalid(line: Int, reason: String)
}

extension InputReader {
    /// Reads JSON Lines from each input, streaming; a malformed line is reported (file:line: reason) and
    /// passed on as `.invalid` so callers can keep one output line per input line.
    mutating func forEachJSONLine(_ options: InputOptions, _ body: (JSONLine) throws -> Void) throws {
        let names = options.files.isEmpty ? ["-"] : options.files
        for name in names {
            let descriptor: Int32 = name == "-" ? 0 : open(name, O_RDONLY)
            guard descriptor >= 0 else {
                report(InputProblem(name: name, reason: String(cString: strerror(errno))))
                continue
            }
            defer { if descriptor != 0 { close(descriptor) } }
            var lines = LineStream(descriptor: descriptor)
            while var line = lines.next() {
                if line.last == 0x0D { line.removeLast() }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                switch JSONLines.parseDocument(line) {
                case .success(let document):
                    try body(.object(id: document.id, text: document.text))
                case .failure(let reason):
                    report(InputProblem(name: "\(InputProblem.displayName(name)):\(lines.lineNumber)", reason: reason.message))
                    try body(.invalid(line: lines.lineNumber, reason: reason.message))
                }
            }
            if let failure = lines.failure { report(.unreadable(name, "\(failure)")) }
        }
    }
}

enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("quotient: \(message)\n".utf8))
    }

    /// Reports that invalid UTF-8 in an input was replaced.
    static func reportRepairs(_ count: Int, in name: String) {
        if count > 0 { error("\(name): replaced \(count) invalid UTF-8 sequence(s) with U+FFFD") }
    }

    static func stderr(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether a descriptor is a terminal that should get colors (honoring NO_COLOR and TERM=dumb).
    static func isColorTerminal(_ descriptor: Int32) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(descriptor) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
}
