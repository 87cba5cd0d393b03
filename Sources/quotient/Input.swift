import ArgumentParser
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

    @Flag(inversion: .prefixedNo, help: """
        With --input jsonl: exit with status 1 when a line is no document (it gets an error row in its place \
        either way). --no-fail-on-error suits pipelines that read the error rows.
        """)
    var failOnError = true

    @Flag(help: """
        End a sentence at every line break (one line, one sentence), instead of reading from the layout \
        which line breaks only wrap a paragraph.
        """)
    var keepLines = false

    /// How the input's single line breaks are read.
    var lineBreaks: Segmenter.LineBreaks { keepLines ? .keep : .infer }
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

    /// An input skipped because it looks binary (``InputReader/looksBinary(_:)``).
    static func binary(_ name: String) -> InputProblem {
        InputProblem(name: name, reason: "looks like a binary file (contains NUL bytes); skipped")
    }

    /// How messages name an input: standard input is `-` on the command line and `<stdin>` in messages.
    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }
}

/// Reads inputs one by one, reporting problems to standard error and remembering that one occurred.
struct InputReader {
    private(set) var failures = 0
    /// JSON Lines rows that held no document; they stand in the output as error rows.
    private(set) var rowFailures = 0
    /// Whether an error row makes the exit status 1 (`--no-fail-on-error` turns that off).
    var failOnRowError = true

    /// Opens an input for reading (`-` is standard input); nil, with the problem reported, when it is missing,
    /// a directory or unreadable.
    mutating func openInput(_ path: String) -> Int32? {
        if path == "-" { return 0 }
        var status = stat()
        guard stat(path, &status) == 0 else {
            report(InputProblem(name: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno))))
            return nil
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            report(InputProblem(name: path, reason: "is a directory (use --recursive to read the files in it)"))
            return nil
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            report(.unreadable(path))
            return nil
        }
        return descriptor
    }

    mutating func report(_ problem: InputProblem) {
        failures += 1
        Terminal.error(problem.description)
    }

    /// Reports a row that is not a document: it stands in the output as an error row.
    mutating func reportRow(_ problem: InputProblem) {
        rowFailures += 1
        Terminal.error(problem.description)
    }

    /// Exits non-zero when any input failed, or any row was an error row unless that was allowed, after
    /// everything else was processed.
    func finish() throws {
        if failures > 0 || (failOnRowError && rowFailures > 0) { throw ExitCode(1) }
    }

    mutating func expand(_ name: String, recursive: Bool) -> [String] {
        guard name != "-", FileSystem.isDirectory(name) else { return [name] }
        guard recursive else {
            report(InputProblem(name: name, reason: "is a directory (use --recursive to read the files in it)"))
            return []
        }
        return FileSystem.files(below: name).sorted()
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
        guard let descriptor = openInput(path) else { return }
        defer { if descriptor != 0 { close(descriptor) } }
        var lines = LineStream(descriptor: descriptor, partSize: 1 << 20)
        if Self.looksBinary(lines.leadingBytes(Self.inspectedBytes)) {
            return report(.binary(path))
        }
        var repairs = 0
        try lines.forEachLine { line in repairs += try UTF8Repair.withValidUTF8(line, body) }
        if let failure = lines.failure { report(.unreadable(name, "\(failure)")) }
        Terminal.reportRepairs(repairs, in: name)
    }
}

/// Messages on standard error, and whether standard output gets colors.
enum Terminal {
    static func error(_ message: String) {
        stderr("quotient: \(message)\n")
    }

    /// Reports that invalid UTF-8 in an input was replaced.
    static func reportRepairs(_ count: Int, in name: String) {
        if count > 0 { error("\(name): replaced \(count) invalid UTF-8 sequence(s) with U+FFFD") }
    }

    static func stderr(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
    }

    /// Whether a descriptor is a terminal that should get colors (honoring NO_COLOR and TERM=dumb).
    static func isColorTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && getenv("NO_COLOR") == nil && getenv("TERM").map { String(cString: $0) } != "dumb"
    }
}

/// A flag's closed set of values, spelled by their raw strings.
///
/// ArgumentParser's default descriptions of such values go through key paths and string interpolation, whose
/// run-time type look-ups cost a noticeable share of a short run's start; spelling the values out directly
/// does not.
protocol ArgumentChoice: CaseIterable, ExpressibleByArgument, RawRepresentable<String> {}

extension ArgumentChoice {
    static var allValueStrings: [String] { allCases.map { $0.rawValue } }

    var defaultValueDescription: String { rawValue }

    /// The values as a help text lists them ("text, json, jsonl").
    static var listed: String { allValueStrings.joined(separator: ", ") }
}
