/// Interview layout: lines that open with "Q:" and "A:" (or "Question:" and "Answer:") hold the interviewer's
/// questions and the interviewee's answers, without marks. The person an answer belongs to is the one the
/// introduction names; the interviewer is left unnamed.
struct InterviewTurn {
    /// The label's word ("Q", "Answer").
    var label: Int
    /// The words spoken: from after the colon to the next label or the end of the paragraph.
    var words: Range<Int>
    var isAnswer: Bool

    private static let questionLabels: Set<String> = ["q", "question"]
    private static let answerLabels: Set<String> = ["a", "answer"]

    /// The turns of a document laid out as an interview: nothing unless it has at least one question and one
    /// answer label, each at the start of a line. A turn that holds quote marks is left to the rules for marks.
    static func find(in view: TokenView, bytes: UnsafeBufferPointer<UInt8>) -> [InterviewTurn] {
        var labels: [(token: Int, isAnswer: Bool)] = []
        for index in 0..<max(0, view.count - 2) where view.capitalized[index] && view.isByte(index + 1, UInt8(ascii: ":")) {
            let isQuestion = questionLabels.contains(view.lower[index])
            guard isQuestion || answerLabels.contains(view.lower[index]), opensLine(index, view: view, bytes: bytes) else { continue }
            labels.append((index, !isQuestion))
        }
        guard labels.contains(where: \.isAnswer), labels.contains(where: { !$0.isAnswer }) else { return [] }
        var turns: [InterviewTurn] = []
        for (position, label) in labels.enumerated() {
            let paragraph = view.document.sentences[view.sentenceOf[label.token]].paragraph
            let paragraphEnd = view.document.sentences[view.document.paragraphs[paragraph].sentences.upperBound - 1].tokens.upperBound
            let next = position + 1 < labels.count ? labels[position + 1].token : view.count
            let words = (label.token + 2)..<min(next, paragraphEnd)
            guard !words.isEmpty, !words.contains(where: { view.quoteOf[$0] >= 0 }) else { continue }
            turns.append(InterviewTurn(label: label.token, words: words, isAnswer: label.isAnswer))
        }
        return turns
    }

    /// Whether only spaces stand between the token and the start of its line.
    private static func opensLine(_ index: Int, view: TokenView, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = view.document.tokens[index].span.utf8.lowerBound - 1
        while position >= 0 && (bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t")) { position -= 1 }
        return position < 0 || bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r")
    }
}
