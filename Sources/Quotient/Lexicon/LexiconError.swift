/// A lexicon file that could not be loaded, with the place and reason, formatted as `file:line: reason`.
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path or name.
    public var file: String
    /// The 1-based line number, or 0 when the problem concerns the whole file.
    public var line: Int
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(file: String, line: Int, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    /// `file:line: reason`, or `file: reason` when no line applies.
    public var description: String {
        line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)"
    }
}
