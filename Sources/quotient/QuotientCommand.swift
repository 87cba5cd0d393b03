import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

@main
struct QuotientCommand: ParsableCommand {
    static func main() {
        // Writes to a closed pipe must fail with EPIPE (handled in Output) instead of killing the process.
        signal(SIGPIPE, SIG_IGN)
        Self.main(nil)
    }

    static let configuration = CommandConfiguration(
        commandName: "quotient",
        abstract: "Who said what, and in what tone: quotes, speakers and stance in English news.",
        version: "0.1.0",
        subcommands: [AnalyzeCommand.self, CompareCommand.self, QuotesCommand.self, SegmentCommand.self, ScoreCommand.self, ExplainCommand.self, LexiconCommand.self]
    )
}
