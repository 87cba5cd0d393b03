import ArgumentParser
import Quotient

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show, token by token, why a text got its valence and tone.",
        discussion: """
            Examples:
              quotient explain "We must take care of them."
              quotient explain "The plan is not bad, but the timing is terrible!"
              echo "We must take care of them." | quotient explain
            """
    )

    @Argument(help: "The text to explain; '-' or none reads it from standard input.")
    var text: String?

    @Option(help: "A folder of extra stance lexicons (.txt); each file becomes a category.", completion: .directory)
    var lexicons: String?

    /// Standard input as one text, invalid UTF-8 repaired (a trailing line break dropped).
    private static func standardInput() throws -> String {
        var bytes: [UInt8] = []
        while let line = readLine(strippingNewline: false) { bytes += Array(line.utf8) }
        var text = String(decoding: bytes, as: UTF8.self)
        while text.last?.isNewline == true { text.removeLast() }
        guard !text.isEmpty else { throw ValidationError("Give a text, or pipe one to standard input.") }
        return text
    }

    func run() throws {
        let lexicon = try lexicons.map { directory throws(LexiconError) in try StanceLexicon(addingDirectory: directory) } ?? .bundled
        let stanceScorer = StanceScorer(lexicon: lexicon)
        let valenceScorer = ValenceScorer()
        let text = try self.text.flatMap { $0 == "-" ? nil : $0 } ?? Self.standardInput()
        let stance = try stanceScorer.stance(of: text)
        var output = Output()
        output.line("tone: \(stance.toneLabel)")
        let v = stance.valence
        output.line("valence: compound \(v.compound) (neg \(v.negative), neu \(v.neutral), pos \(v.positive))")
        output.line("")
        output.line("VADER tokens (valence before the 'but' rule and punctuation emphasis):")
        for (token, value) in valenceScorer.tokenValences(text) {
            output.line("  \(token.padding(20))\(value == 0 ? "·" : PythonRounding.round(value, digits: 4).description)")
        }
        output.line("")
        output.line("stance evidence:")
        if stance.evidence.isEmpty { output.line("  (none)") }
        for item in stance.evidence {
            let note = item.negated ? " negated" : ""
            output.line("  \(item.text.padding(20))\(item.category) via '\(item.term)', weight \(PythonRounding.round(item.weight, digits: 3))\(note)")
        }
        output.line("")
        output.line("categories (label at evidence weight ≥ \(StanceScorer.labelWeight); score over \(stance.wordCount) words):")
        for (index, category) in stance.categories.enumerated() {
            let weight = stance.categoryWeights[index]
            let labelled = stance.tone.contains(category)
            output.line("  \(category.rawValue.padding(12))weight \(PythonRounding.round(weight, digits: 3))  score \(PythonRounding.round(stance.categoryScores[index], digits: 3))\(labelled ? "  ✓" : "")")
        }
        output.flush()
    }
}

extension String {
    /// Left-aligned in a column of `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
