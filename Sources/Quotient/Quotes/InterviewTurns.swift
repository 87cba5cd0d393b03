/// Interview layout: lines that open with "Q:" and "A:" (or "Q." and "A.", "Question:" and "Answer:") hold the
/// interviewer's questions and the interviewee's answers; so do paragraphs that alternate between a question
/// alone and its answers, as question-and-answer features print them. The person an answer belongs to is the one the
/// introduction names; the interviewer is left unnamed. Words in marks inside an answer are someone the answer
/// quotes, read by the rules for marks.
struct InterviewTurn {
    /// The label's word ("Q", "Answer"), or nil in a layout without labels.
    var label: Int?
    /// The words spoken: from after the colon to the next label or the end of the paragraph, or the whole
    /// paragraph without labels.
    var words: Range<Int>
    var isAnswer: Bool

    /// The turn's first token.
    var start: Int { label ?? words.lowerBound }

    private static let questionLabels: WordSet = ["q", "question"]
    private static let answerLabels: WordSet = ["a", "answer"]

    /// The turns of a document laid out as an interview: nothing unless it has at least one question and one
    /// answer label, each at the start of a line. A question that holds quote marks is left to the rules for marks.
    static func find(in view: TokenView, bytes: UnsafeBufferPointer<UInt8>) -> [InterviewTurn] {
        var labels: [(token: Int, isAnswer: Bool)] = []
        for index in 0..<max(0, view.count - 2) where view.capitalized[index] && isLabelSeparator(index + 1, after: index, view: view) {
            let isQuestion = questionLabels.contains(view.lower[index])
            guard isQuestion || answerLabels.contains(view.lower[index]), opensLine(index, view: view, bytes: bytes),
                  !namesTheFeature(index, view: view)
            else { continue }
            labels.append((index, !isQuestion))
        }
        guard labels.contains(where: \.isAnswer), labels.contains(where: { !$0.isAnswer }) else { return unlabelled(in: view, bytes: bytes) }
        var turns: [InterviewTurn] = []
        for (position, label) in labels.enumerated() {
            let paragraph = view.document.sentences[view.sentenceOf[label.token]].paragraph
            let paragraphEnd = view.tokens(ofParagraph: paragraph).upperBound
            let next = position + 1 < labels.count ? labels[position + 1].token : view.count
            let words = (label.token + 2)..<min(next, paragraphEnd)
            guard !words.isEmpty, label.isAnswer || !words.contains(where: { view.quoteOf[$0] >= 0 }) else { continue }
            turns.append(InterviewTurn(label: label.token, words: words, isAnswer: label.isAnswer))
        }
        return turns
    }

    /// "Q. and A.: The architect …": a headline that names the feature opens with "Q" but asks nothing.
    private static func namesTheFeature(_ label: Int, view: TokenView) -> Bool {
        label + 3 < view.count && view.isLower(label, "q") && view.isLower(label + 2, "and") && view.isLower(label + 3, "a")
    }

    /// A colon after a label; after "Q" and "A" also a full stop or a dash ("Q. When did you start?", "A — I was
    /// seven."), which only the turns of an interview put at the start of a line.
    private static func isLabelSeparator(_ index: Int, after label: Int, view: TokenView) -> Bool {
        if view.isByte(index, UInt8(ascii: ":")) { return true }
        guard view.words[label].utf8.count == 1 else { return false }
        return view.isByte(index, UInt8(ascii: ".")) || ["—", "–", "-"].contains(view.words[index])
    }

    /// "How did you start?" / "My grandfather gave me a hive …": from the first paragraph that opens with a
    /// question alone on its line, such questions alternate with the answers after them (in the same paragraph
    /// or the next). It takes three questions or more, every one followed by an answer, nothing in marks, and
    /// two of the signs of an interview: most questions ask "you", most answers speak as "I" or "we" (rhetorical
    /// questions in an essay mostly do neither), the introduction announces an interview.
    private static func unlabelled(in view: TokenView, bytes: UnsafeBufferPointer<UInt8>) -> [InterviewTurn] {
        let document = view.document
        /// The tokens of the question that opens the paragraph, when one does.
        func question(_ paragraph: Paragraph) -> Range<Int>? {
            let sentence = document.sentences[paragraph.sentences.lowerBound].tokens
            guard view.isByte(sentence.upperBound - 1, UInt8(ascii: "?")), view.wordCount(sentence) <= 30 else { return nil }
            guard paragraph.sentences.count > 1 else { return sentence }
            let next = document.sentences[paragraph.sentences.lowerBound + 1].tokens.lowerBound
            let gap = document.tokens[sentence.upperBound - 1].span.utf8.upperBound..<document.tokens[next].span.utf8.lowerBound
            return gap.contains { bytes[$0] == UInt8(ascii: "\n") } ? sentence : nil
        }
        /// "Flour has doubled in price since 2021. How have you coped?": once the layout has begun, an interviewer
        /// may set up a question with a sentence or two of their own.
        func ledQuestion(_ paragraph: Paragraph, in range: Range<Int>) -> Range<Int>? {
            guard paragraph.sentences.count <= 3, view.wordCount(range) <= 60,
                  let last = paragraph.sentences.last, view.isByte(document.sentences[last].tokens.upperBound - 1, UInt8(ascii: "?"))
            else { return nil }
            return range
        }
        // Where the text first announces an interview, read once: asked for each paragraph, a scan from the start
        // would cost the square of the text's length.
        var announcement: Int??
        func announcedBefore(paragraph index: Int) -> Bool {
            if announcement == nil { announcement = announcementEnd(from: view.tokens(ofParagraph: 0).lowerBound, view: view) }
            return announcement!.map { $0 <= view.tokens(ofParagraph: index - 1).upperBound } ?? false
        }
        // After an introduction that announces an interview, the first question may be led in as later ones are
        // ("Your book is very quiet. Was that deliberate?").
        func ledFirst(_ index: Int) -> Bool {
            index > 0 && ledQuestion(document.paragraphs[index], in: view.tokens(ofParagraph: index)) != nil
                && announcedBefore(paragraph: index)
        }
        guard let first = document.paragraphs.indices.first(where: { index in
                  !document.paragraphs[index].sentences.isEmpty && (question(document.paragraphs[index]) != nil || ledFirst(index))
              }), first > 0
        else { return [] }
        var turns: [InterviewTurn] = []
        for index in first..<document.paragraphs.count where !document.paragraphs[index].sentences.isEmpty {
            let paragraph = document.paragraphs[index]
            let range = view.tokens(ofParagraph: index)
            let mayLead = turns.last?.isAnswer == true || turns.isEmpty && index == first
            // An answer may quote someone ("He said, “Nobody talks this much on a boat.”"); a question with marks in it
            // is no interviewer's plain question.
            let hasMarks = range.contains(where: { view.quoteOf[$0] >= 0 })
            if let asked = question(paragraph) ?? (mayLead ? ledQuestion(paragraph, in: range) : nil) {
                guard !hasMarks else { return [] }
                // Two questions in a row would be a list.
                guard turns.last?.isAnswer != false else { return [] }
                // "Q: How pleased are you?": where only the questions are labelled, the label is no part of them.
                let labelled = asked.count > 2 && questionLabels.contains(view.lower[asked.lowerBound])
                    && isLabelSeparator(asked.lowerBound + 1, after: asked.lowerBound, view: view)
                turns.append(labelled ? InterviewTurn(label: asked.lowerBound, words: (asked.lowerBound + 2)..<asked.upperBound, isAnswer: false)
                             : InterviewTurn(label: nil, words: asked, isAnswer: false))
                if asked.upperBound < range.upperBound { turns.append(InterviewTurn(label: nil, words: asked.upperBound..<range.upperBound, isAnswer: true)) }
            } else if turns.last?.isAnswer == false {
                turns.append(InterviewTurn(label: nil, words: range, isAnswer: true))
            } else {
                // A second paragraph after an answer may be the story's own again; the layout ends there.
                break
            }
        }
        let questions = turns.filter { !$0.isAnswer }
        let answers = turns.filter(\.isAnswer)
        guard questions.count >= 3, turns.last?.isAnswer == true else { return [] }
        // Two signs of the three: questions that ask "you" ("How fast are the glaciers melting?" does not, though
        // an interviewer asks it), answers in the first person, an introduction that announces an interview.
        let signs = [
            2 * questions.count(where: { $0.words.contains { view.isLower($0, "you") || view.isLower($0, "your") } }) >= questions.count,
            2 * answers.count(where: { $0.words.contains { firstPersonWords.contains(view.lower[$0]) } }) >= answers.count,
            announcedBefore(paragraph: first),
        ]
        return signs.count(where: { $0 }) >= 2 ? turns : []
    }

    /// "Q&A: The Baker Who …", "Q. and A.: …", "We spoke to her about bread": words that say an interview follows, so short answers
    /// need not speak as "I" ("Barely. Weddings help."). The end of the first such words from `start`: the words
    /// before a question announce an interview when they reach that far.
    private static func announcementEnd(from start: Int, view: TokenView) -> Int? {
        var index = start
        while index < view.count {
            let word = view.lower[index]
            if word == "interview" || word == "interviewed" { return index + 1 }
            // The later forms end one or two words on, so none that starts after this one ends before it.
            if index + 2 < view.count && word == "q" && view.isLower(index + 1, "&") && view.isLower(index + 2, "a") { return index + 3 }
            if namesTheFeature(index, view: view) { return index + 4 }
            if index + 1 < view.count && Self.conversationVerbs.contains(word) && (view.isLower(index + 1, "to") || view.isLower(index + 1, "with")) {
                return index + 2
            }
            index += 1
        }
        return nil
    }

    private static let conversationVerbs: WordSet = ["spoke", "talked", "chatted", "sat"]

    /// "I", "we" and their forms: words that speak in the first person.
    static let firstPersonWords: WordSet = ["i", "i'm", "i've", "i'd", "i'll", "my", "me", "we", "we're", "our", "us"]

    /// Whether only spaces stand between the token and the start of its line.
    private static func opensLine(_ index: Int, view: TokenView, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = view.document.tokens[index].span.utf8.lowerBound - 1
        while position >= 0 && (bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t")) { position -= 1 }
        return position < 0 || bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r")
    }
}
