/// Letters-page layout: a letter opens with a salutation to the editor ("Sir, …", "Madam, …", "Dear Editor, …")
/// and ends with its writer's signature on a line of its own ("Margaret Eskdale, Kilbride", "Dr Aileen Moffat,
/// Kilbride"); the words between are the writer's, without marks.
enum LetterSignatures {
    /// Each paragraph of a letter found in the document and the writer's turn in it: the signature's name as the
    /// label, the paragraph's words without salutation and signature as the words.
    static func find(in view: TokenView) -> [Int: TranscriptLabel] {
        var letters: [Int: TranscriptLabel] = [:]
        let paragraphs = view.document.paragraphs
        var index = 0
        while index < paragraphs.count {
            guard let opening = salutationEnd(view.tokens(ofParagraph: index), in: view) else {
                index += 1
                continue
            }
            // The signature ends the letter's last paragraph, or stands alone as the paragraph after it; a letter
            // runs over a few paragraphs at most.
            var last = index
            var signature: (sentence: Int, name: TranscriptLabel)?
            while last < min(paragraphs.count, index + 6) {
                if let found = signatureSentence(ofParagraph: last, in: view) {
                    signature = found
                    break
                }
                if last > index, salutationEnd(view.tokens(ofParagraph: last), in: view) != nil { break }
                last += 1
            }
            // The signature follows the salutation; a sentence that holds both is no letter.
            guard let signature, view.document.sentences[signature.sentence].tokens.lowerBound >= opening else {
                index += 1
                continue
            }
            let signatureStart = view.document.sentences[signature.sentence].tokens.lowerBound
            for paragraph in index...last {
                var words = view.tokens(ofParagraph: paragraph)
                if paragraph == index { words = opening..<words.upperBound }
                if paragraph == last { words = words.lowerBound..<max(words.lowerBound, min(words.upperBound, signatureStart)) }
                guard view.wordCount(words) > 0 else { continue }
                var turn = signature.name
                turn.words = words
                letters[paragraph] = turn
            }
            index = last + 1
        }
        return letters
    }

    /// Where the words start after a salutation that opens `paragraph`: "Sir," "Madam," "Sir –" or "Dear" and up to
    /// three words and a comma ("Dear Editor,", "Dear Sir or Madam,").
    private static func salutationEnd(_ paragraph: Range<Int>, in view: TokenView) -> Int? {
        let first = paragraph.lowerBound
        guard paragraph.count > 3, view.quoteOf[first] < 0 else { return nil }
        if view.isLower(first, "sir") || view.isLower(first, "madam") {
            return view.isComma(first + 1) || view.isLongDash(first + 1) ? first + 2 : nil
        }
        guard view.isLower(first, "dear"),
              let comma = ((first + 2)..<min(paragraph.upperBound, first + 6)).first(where: { view.isComma($0) }),
              ((first + 1)..<comma).allSatisfy({ view.isCapitalized($0) || view.isLower($0, "or") })
        else { return nil }
        return comma + 1
    }

    /// The sentence that ends `paragraph` when it is a signature: an optional courtesy title, a given name and a
    /// surname (or a title and a surname), then perhaps a comma and a place in capitals; nothing else, no verb.
    private static func signatureSentence(ofParagraph paragraph: Int, in view: TokenView) -> (sentence: Int, name: TranscriptLabel)? {
        let sentences = view.document.paragraphs[paragraph].sentences
        guard let last = sentences.last else { return nil }
        // A signature is a line of its own, never the letter's only sentence.
        let tokens = view.document.sentences[last].tokens
        guard tokens.count >= 2, tokens.count <= 10, sentences.count >= 2 || paragraph > 0 else { return nil }
        var index = tokens.lowerBound
        var roleWords: [String] = []
        if courtesyTitles.contains(view.lower[index]) {
            roleWords.append(view.words[index])
            index += 1
            if index < tokens.upperBound && view.isByte(index, UInt8(ascii: ".")) { index += 1 }
        }
        let nameStart = index
        while index < tokens.upperBound && (view.isCapitalized(index) || view.isGluedHyphen(index) || view.has(index, .nameParticle))
            && view.quoteOf[index] < 0 && !view.has(index, [.finiteVerb, .be, .notName]) {
            index += 1
        }
        let nameWords = (nameStart..<index).filter { view.isCapitalized($0) }.map { view.words[$0] }
        guard nameWords.count >= (roleWords.isEmpty ? 2 : 1), nameWords.count <= 4 else { return nil }
        // ", Kilbride", ", Newcastle upon Tyne": where the writer lives.
        if index < tokens.upperBound {
            guard view.isComma(index), index + 1 < tokens.upperBound,
                  ((index + 1)..<tokens.upperBound).allSatisfy({
                      view.isCapitalized($0) || view.isComma($0) || view.isGluedHyphen($0) || ["upon", "on", "le", "de"].contains(view.lower[$0])
                  })
            else { return nil }
        }
        let label = TranscriptLabel(label: tokens.lowerBound..<index, words: tokens, roleWords: roleWords, nameWords: nameWords,
                                    bracketRole: nil, isInCapitals: false)
        return (last, label)
    }

    private static let courtesyTitles: WordSet = ["dr", "mr", "mrs", "ms", "miss", "prof", "professor", "rev", "revd", "sir", "dame", "lord", "lady", "cllr"]
}
