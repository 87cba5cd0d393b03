import ArgumentParser
import Quotient

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Work with stance lexicons.",
        subcommands: [Check.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a folder of stance lexicons; report every problem as file:line: reason.",
            discussion: """
                Each .txt file in the folder is one category, named after the file. Lines starting with '#' are
                comments; '# description:', '# negated: keep|drop|move CATEGORY' and '# not-after: CATEGORY'
                set the category's rules. Other lines are entries: TERM or TERM<TAB>WEIGHT, where TERM may have
                several words and may end in '*' to match a prefix.

              Examples:
                quotient lexicon check my-lexicons/
                quotient score --stance --lexicons my-lexicons/ speeches.txt
              """
        )

        @Argument(help: "The folder to check.", completion: .directory)
        var directory: String

        func run() throws {
            do {
                let lexicon = try StanceLexicon(addingDirectory: directory)
                var output = Output()
                output.line("ok: \(lexicon.categories.count) categories (\(lexicon.categories.map(\.name).joined(separator: ", ")))")
                output.flush()
            } catch {
                Terminal.error(error.description)
                throw ExitCode(1)
            }
        }
    }
}
