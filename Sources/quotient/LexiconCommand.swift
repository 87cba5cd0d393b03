import ArgumentParser
import Quotient

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Work with stance lexicons.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        // Named here rather than derived from the type's name, which the argument parser does by reflection
        // on every run, whatever the command.
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate a folder of stance lexicons; report every problem as file:line: reason.",
            discussion: """
                Each .txt file in the folder is one category, named after the file. Lines starting with '#' are \
                comments; '# description:', '# negated: keep|drop|move CATEGORY' and '# not-after: CATEGORY' \
                set the category's rules. Other lines are entries: TERM or TERM<TAB>WEIGHT, where TERM may have \
                several words and may end in '*' to match a prefix. A file named like a shipped category \
                (obligation.txt, …) adds its entries to it; with a '# replace' line it replaces it instead. \
                Every problem in every file is reported.

                Examples:
                  quotient lexicon check my-lexicons/
                  quotient score --stance --lexicons my-lexicons/ speeches.txt
                """
        )

        @Argument(help: "The folder to check.", completion: .directory)
        var directory: String

        func run() throws {
            let problems = StanceLexicon.problems(inDirectory: directory)
            guard problems.isEmpty else {
                for problem in problems { Terminal.error(problem.description) }
                Terminal.error("\(problems.count) problem\(problems.count == 1 ? "" : "s")")
                throw ExitCode(1)
            }
            let lexicon = try StanceLexicon(addingDirectory: directory)
            var output = Output()
            output.line("ok: \(lexicon.categories.count) categories (\(lexicon.categories.map(\.rawValue).joined(separator: ", ")))")
            for name in lexicon.extended { output.line("\(name).txt extends the shipped category '\(name)'") }
            for name in lexicon.replaced { output.line("\(name).txt replaces the shipped category '\(name)'") }
            output.flush()
        }
    }
}
