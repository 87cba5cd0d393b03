/// Finds direct, partial and indirect quotes in a segmented document and attributes each to its speaker.
///
/// ```swift
/// let document = try Segmenter().segment(article)
/// let extraction = QuoteExtractor().extract(from: document)
/// for quote in extraction.quotes { print(quote.speaker?.name ?? "?", quote.kind, quote.text) }
/// ```
///
/// Rule-based and lexicon-driven (`lexicons/quotes/`): quote marks are paired per paragraph, speech cues are
/// found outside quotes, the speaker phrase is read next to the cue, and mentions are resolved within the
/// document (surnames to full names, descriptions to the entity introduced with that role, pronouns to the
/// latest speaker). A quote with no attribution continues the latest speaker's words when that speaker was
/// quoted in the same or the previous paragraph.
public struct QuoteExtractor: Sendable {
    /// The cue and speaker-word lists.
    public var lexicon: QuoteLexicon

    /// Creates an extractor.
    public init(lexicon: QuoteLexicon = .bundled) {
        self.lexicon = lexicon
    }

    /// The quotes of `document`, in document order.
    public func extract(from document: Document) -> QuoteExtraction {
        var text = document.text
        return text.withUTF8 { bytes in
            var run = ExtractionRun(document: document, bytes: bytes, lexicon: lexicon)
            return run.extract()
        }
    }
}

/// The state of one extraction: tokens, marked spans, entities and what has been emitted.
struct ExtractionRun {
    private var view: TokenView
    private var reader: SpeakerPhraseReader
    private var registry: EntityRegistry
    private var spans: [MarkedSpan] = []
    /// Token of each span's opening mark and of its closing mark (or the paragraph's last token).
    /// Per span: its opening mark's first token, its closing mark's last token, and the tokens between the
    /// marks (a doubled apostrophe is two tokens).
    private var spanTokens: [(open: Int, close: Int, inner: Range<Int>)] = []
    private var quotes: [Quote] = []
    /// The entity of each quote's speaker, aligned with `quotes`, to give persons their gender at the end,
    /// when the whole document has been read.
    private var quoteEntities: [Int?] = []
    private var warnings: [QuoteWarning] = []
    /// Cue tokens already used to attribute a quote in marks; an indirect clause may not reuse them.
    private var usedCues: Set<Int> = []
    /// For cues that attribute a quote in marks after them: where the quote opens. Such a cue may still report
    /// the clause set off before it ("If the bill stalls, he said, Congress can pass “a simple fix.”", "Talks
    /// resume Monday, Spicer said, adding, “…”"), never one reaching into the quote.
    private var quoteCues: [Int: Int] = [:]
    /// While such a cue is being read: the token an indirect clause must end before.
    private var clauseLimit: Int?
    /// The group the latest count of members was of ("one of the nurses"), with its sentence, so that
    /// "Another added …" right after counts the same group.
    private var countedGroup: (sentence: Int, members: String)?
    /// Where the indirect clause last emitted ends, so a sentence can go on to a second report after it.
    private var reportedClauseEnd: Int?
    /// The span of the latest marks read as a title, so the titles listed after it are read as titles too.
    private var lastTitleSpan = -2
    /// The spans read as titles: a clause that holds one reports it with its other words.
    private var titleSpans: Set<Int> = []
    /// The latest attributed quote's speaker, entity and paragraph, for continuations.
    private var lastSpeaker: (speaker: Speaker, entity: Int?, paragraph: Int)?
    /// The question and answer turns of an interview laid out with "Q:" and "A:" labels, in text order.
    private var interviewTurns: [InterviewTurn] = []
    /// Transcript roles whose label named their holder ("MODERATOR (Joan Calloway):"), lowercased, and that holder:
    /// a later "MODERATOR:" is the same person.
    private var transcriptRoleHolders: [String: Int] = [:]

    init(document: Document, bytes: UnsafeBufferPointer<UInt8>, lexicon: QuoteLexicon) {
        view = TokenView(document: document, bytes: bytes, lexicon: lexicon)
        registry = EntityRegistry(givenNames: lexicon.givenNames, businessNameWords: lexicon.businessNameWords, businessHeads: lexicon.businessHeads, isPlace: lexicon.isPlace)
        reader = SpeakerPhraseReader(view: view)
        spans = QuoteMarkScanner(bytes: bytes, document: document).scan(warnings: &warnings)
        // Sized once, so a document's results do not grow by repeated reallocation.
        quotes.reserveCapacity(spans.count + document.sentences.count / 2)
        spanTokens.reserveCapacity(spans.count)
        for (index, span) in spans.enumerated() {
            let open = view.token(atOrAfter: span.open)
            let innerStart = view.token(atOrAfter: span.inner.lowerBound)
            let paragraphEnd = view.tokens(ofParagraph: span.paragraph).upperBound
            let innerEnd = span.close.map { view.token(atOrAfter: $0) } ?? paragraphEnd
            let close = max(open, span.close != nil ? view.token(atOrAfter: span.end) - 1 : paragraphEnd - 1)
            spanTokens.append((open, close, innerStart..<max(innerStart, innerEnd)))
            for token in open...close where token < view.count { view.quoteOf[token] = index }
        }
        reader = SpeakerPhraseReader(view: view)
        registry.collectNames(view: view, reader: reader)
        interviewTurns = InterviewTurn.find(in: view, bytes: bytes)
    }

    mutating func extract() -> QuoteExtraction {
        var nextSpan = 0
        let labels = transcriptLabels()
        var nextTurn = 0
        for (sentenceIndex, sentence) in view.document.sentences.enumerated() {
            while nextSpan < spans.count && spanTokens[nextSpan].open < sentence.tokens.upperBound {
                if view.sentenceOf[spanTokens[nextSpan].open] <= sentenceIndex { handleMarked(nextSpan) }
                nextSpan += 1
            }
            // An interview's turn is one direct quote; like a transcript's, it reports nothing inside itself. A
            // paragraph a speaker's label opens ("HOLM: Keep going.") is that speaker's turn, even between questions.
            while nextTurn < interviewTurns.count && interviewTurns[nextTurn].words.upperBound <= sentence.tokens.lowerBound { nextTurn += 1 }
            if nextTurn < interviewTurns.count && interviewTurns[nextTurn].start < sentence.tokens.upperBound
                && !opensOwnTurn(labels[sentence.paragraph]?.label, paragraph: sentence.paragraph) {
                let turn = interviewTurns[nextTurn]
                if turn.start >= sentence.tokens.lowerBound {
                    // The answer's words in marks first: whom they were given to says whose the words outside are.
                    while nextSpan < spans.count && spanTokens[nextSpan].open < turn.words.upperBound {
                        handleMarked(nextSpan)
                        nextSpan += 1
                    }
                    handleInterviewTurn(turn, paragraph: sentence.paragraph)
                }
                continue
            }
            if let (label, words) = labels[sentence.paragraph] {
                // A speaker's turn in a transcript is one direct quote; it reports nothing inside itself.
                if view.document.paragraphs[sentence.paragraph].sentences.lowerBound == sentenceIndex {
                    handleTranscriptTurn(label, words: words, paragraph: sentence.paragraph)
                }
                continue
            }
            handleIndirect(sentence)
            handlePassiveAgents(sentence)
            handleReportNouns(sentence)
            handleRemarksMaker(sentence)
        }
        attributeRepeatedWords()
        reportFullestNames()
        assignGenders()
        quotes.sort { $0.span.utf8.lowerBound < $1.span.utf8.lowerBound }
        return QuoteExtraction(quotes: quotes, warnings: warnings)
    }

    /// "‘It felt like the sky fell in’: villagers recall landslide": words in marks that no one is found to speak
    /// (a headline, a pull quote) and that a speaker says again elsewhere in the document, in four words or more,
    /// are that speaker's.
    private mutating func attributeRepeatedWords() {
        let unattributed = quotes.indices.filter {
            quotes[$0].speaker == nil && quotes[$0].kind != .indirect && Self.wordCount(quotes[$0].text) >= 4
        }
        guard !unattributed.isEmpty else { return }
        let attributed = quotes.indices.filter { quotes[$0].speaker != nil && quotes[$0].kind != .indirect }
        let letters = attributed.map { Self.lettersAndDigits(quotes[$0].text) }
        for index in unattributed {
            let wanted = Self.lettersAndDigits(quotes[index].text)
            guard let found = letters.indices.first(where: { Self.contains(letters[$0], wanted) }) else { continue }
            quotes[index].speaker = quotes[attributed[found]].speaker
            quoteEntities[index] = quoteEntities[attributed[found]]
        }
    }

    /// The number of runs of characters between spaces, read on the bytes (no array of words is built).
    private static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let isSpace = byte == UInt8(ascii: " ")
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    /// The text's letters and digits, ASCII letters lowercased: what two printings of the same words share
    /// whatever their capitals and punctuation.
    private static func lettersAndDigits(_ text: String) -> [UInt8] {
        text.utf8.compactMap { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...: byte
            default: nil
            }
        }
    }

    private static func contains(_ text: [UInt8], _ part: [UInt8]) -> Bool {
        guard !part.isEmpty, part.count <= text.count else { return false }
        return (0...(text.count - part.count)).contains { start in text[start..<(start + part.count)].elementsEqual(part) }
    }

    /// Every quote of a person reports the fullest name the document gives them: a surname read before the full
    /// name appeared (a headline's "Lindqvist", "the mayor" resolved to it) is that full name's person.
    private mutating func reportFullestNames() {
        for (index, entity) in quoteEntities.enumerated() {
            guard let entity, let fuller = registry.fullerName(of: entity) ?? registry.fullNameOpening(with: entity) else { continue }
            let found = registry[fuller]
            quotes[index].speaker?.name = found.name
            if quotes[index].speaker?.role == nil { quotes[index].speaker?.role = found.shownRole }
            quoteEntities[index] = fuller
        }
    }

    /// A person's gender from what the document showed of them by its end: an honorific, a given name, or a
    /// pronoun resolved to them. A name shown later to be a body's ("Crumbwell said …. It added …") is a body
    /// in every quote.
    private mutating func assignGenders() {
        for (index, entity) in quoteEntities.enumerated() {
            guard let entity, quotes[index].speaker?.kind == .person else { continue }
            let found = registry[entity]
            if found.kind == .organization {
                quotes[index].speaker?.kind = .organization
                continue
            }
            guard let pronoun = found.pronoun else { continue }
            quotes[index].speaker?.gender = pronoun == "she" ? .female : .male
            quotes[index].speaker?.genderEvidence = found.pronounEvidence
        }
    }

    // MARK: - Transcript turns

    /// Paragraphs that open with a speaker label whose words do not open with marks ("Okafor: “We Will Not Back
    /// Down”" is a headline's layout, left to the rules for marks), with the words each holds. A label counts when
    /// it has a role and a name ("SENATOR OKAFOR"), names someone the document knows, or when two paragraphs or more
    /// open with labels, as a transcript's do ("HOST:", "OKAFOR:"); a transcript's paragraph without a label, between
    /// labelled ones, goes on with the turn before it.
    private func transcriptLabels() -> [Int: (label: TranscriptLabel, words: Range<Int>)] {
        var found: [Int: TranscriptLabel] = [:]
        for (index, paragraph) in view.document.paragraphs.enumerated() {
            let sentences = view.document.sentences[paragraph.sentences]
            guard let first = sentences.first?.tokens.lowerBound, let last = sentences.last?.tokens.upperBound,
                  let label = TranscriptLabel.opening(first..<last, in: view, lexicon: view.lexicon),
                  let opening = label.words.first, view.quoteOf[opening] < 0
            else { continue }
            found[index] = label
        }
        addRepeatedPlainLabels(to: &found)
        var turns: [Int: (label: TranscriptLabel, words: Range<Int>)]
        if found.count >= 2 {
            turns = withContinuedTurns(found)
        } else {
            // A label in ordinary case counts only among others: one alone is likelier a heading.
            turns = found.filter { _, label in
                guard label.isInCapitals, let last = label.lastWordKey else { return false }
                return label.role != nil || registry.resolve(name: label.name, lastWord: last) != nil
            }.mapValues { ($0, $0.words) }
        }
        // "Sir, … / Margaret Eskdale, Kilbride": a letter's words are its writer's, as a labelled turn's are.
        for (paragraph, letter) in LetterSignatures.find(in: view) where turns[paragraph] == nil {
            turns[paragraph] = (letter, letter.words)
        }
        return turns
    }

    /// "Courier: Is the city building enough homes?" / "Vandenberghe: No. …": an interview printed with plain
    /// labels. A label in ordinary case without an honorific is likelier a heading ("Pros:", "Why it matters:"),
    /// so such labels count only when two of them or more each open two paragraphs or more and one names someone
    /// the document introduced; or, where only the answers are labelled (the questions set apart in print), when
    /// the one repeated label names someone the document introduced ("Anneke Mulder became mayor …" / "Mulder:
    /// Six hundred so far." / "Mulder: Ask me in a year.").
    private func addRepeatedPlainLabels(to found: inout [Int: TranscriptLabel]) {
        var plain: [Int: TranscriptLabel] = [:]
        var paragraphsOf: [String: Int] = [:]
        for (index, paragraph) in view.document.paragraphs.enumerated() where found[index] == nil {
            let sentences = view.document.sentences[paragraph.sentences]
            guard let first = sentences.first?.tokens.lowerBound, let last = sentences.last?.tokens.upperBound,
                  let label = TranscriptLabel.plain(first..<last, in: view)
            else { continue }
            plain[index] = label
            paragraphsOf[label.name, default: 0] += 1
        }
        // "Nia Griffiths (Llanelli) (Lab): …" / … / "Nia Griffiths: …": a plain label that names a speaker another
        // label already gave the floor to is a turn too.
        let labelledSpeakers = Set(found.values.map(\.name))
        for (index, label) in plain where labelledSpeakers.contains(label.name) { found[index] = label }
        let repeated = Set(paragraphsOf.filter { $0.value >= 2 }.keys)
        let namingSomeone = plain.values.contains { label in
            repeated.contains(label.name) && label.lastWordKey.flatMap { registry.resolve(name: label.name, lastWord: $0) } != nil
        }
        // "Interviewer: …" / "Respondent: …", "Speaker 1: …" / "Speaker 2: …": two voices or more, one taking the
        // floor again, labelled by their part in the talk or by number, name no one and are turns all the same.
        let voices = paragraphsOf.count >= 2 && !repeated.isEmpty && paragraphsOf.keys.allSatisfy(isVoiceLabel)
        guard voices || namingSomeone && (repeated.count >= 2 || repeated.count == 1 && paragraphsOf.count == 1) else { return }
        for (index, label) in plain where voices || repeated.contains(label.name) {
            var label = label
            // A part in the talk is the speaker's role, shown as a label in capitals shows it ("interviewer").
            if label.nameWords.count == 1, isPartInTalk(label.nameWords[0]) {
                (label.roleWords, label.nameWords) = (label.nameWords.map { $0.lowercased() }, [])
            }
            found[index] = label
        }
    }

    /// Whether a transcript label opens its own paragraph (rather than carrying a turn on from one before).
    private func opensOwnTurn(_ label: TranscriptLabel?, paragraph: Int) -> Bool {
        label.map { view.document.sentences[view.sentenceOf[$0.label.lowerBound]].paragraph == paragraph } ?? false
    }

    /// A plain label that names no one: a part in the talk the lexicon knows ("Interviewer", "Respondent"), alone or
    /// numbered ("Speaker 2", "Participant 14"; not "Step 2").
    private func isVoiceLabel(_ name: String) -> Bool {
        var words = name.split(separator: " ")
        if words.count == 2, words[1].allSatisfy(\.isNumber) { words.removeLast() }
        return words.count == 1 && isPartInTalk(String(words[0]))
    }

    /// A role or a word for an unnamed person ("interviewer", "respondent"), in any case.
    private func isPartInTalk(_ word: String) -> Bool {
        view.lexicon.kind(of: word.lowercased()).map { $0 == .role || $0 == .anonymous } ?? false
    }

    /// "GOVERNOR FALK: Good evening. …" / "We will rebuild every bridge. …" / "(APPLAUSE)" / "REPORTER: …": the
    /// paragraphs between two labels in capitals that hold words and no marks are the earlier label's speaker's; a
    /// stage direction in brackets alone on its paragraph is nobody's. After the last label the story may resume, and
    /// a parliamentary record's lines between turns in ordinary case are the record's ("The House divided.").
    private func withContinuedTurns(_ labels: [Int: TranscriptLabel]) -> [Int: (label: TranscriptLabel, words: Range<Int>)] {
        var turns = labels.mapValues { ($0, $0.words) }
        let labelled = labels.keys.sorted()
        for (paragraph, next) in zip(labelled, labelled.dropFirst()) where labels[paragraph]!.isInCapitals {
            // "TALLYFORTH: 1987. …" / "Did you ever think of leaving?" / "TALLYFORTH: Every February.": a transcript
            // names the same speaker again only after someone else spoke; here, whoever it leaves unlabelled.
            if labels[paragraph]!.sameSpeaker(as: labels[next]!) { continue }
            for following in (paragraph + 1)..<next {
                let words = view.tokens(ofParagraph: following)
                guard view.wordCount(words) > 0, !words.contains(where: { view.quoteOf[$0] >= 0 }), !isStageDirection(words) else { continue }
                turns[following] = (labels[paragraph]!, words)
            }
        }
        return turns
    }

    /// The stage direction that opens at `index`, if one does before `limit`: one in capitals anywhere, or, closing
    /// a turn after its words (`start` is the turn's first token), one to three words in any case ("… every line of
    /// it. [Laughter]").
    private func stageDirection(at index: Int, within limit: Int, turnStart start: Int) -> Range<Int>? {
        guard index + 2 < limit, view.isPunctuation(index, "(["),
              let close = ((index + 2)..<min(limit, index + 8)).first(where: { view.isPunctuation($0, ")]") })
        else { return nil }
        let endsTurn = index > start && close + 1 == limit && close - index <= 4 && ((index + 1)..<close).allSatisfy(view.isWord)
        return endsTurn || isStageDirection(index..<(close + 1)) ? index..<(close + 1) : nil
    }

    /// "(APPLAUSE)", "[CROSSTALK]", "(LAUGHTER AND BOOING)": words in capitals in brackets, the whole of `range`;
    /// or, as official transcripts print them, a short sentence of its own ("(Applause.)", "(Laughter and
    /// applause.)"): one to four words, the first capitalized, the rest lowercase, and its full stop.
    private func isStageDirection(_ range: Range<Int>) -> Bool {
        guard range.count >= 3, let last = range.last, view.isPunctuation(range.lowerBound, "(["), view.isPunctuation(last, ")]") else { return false }
        let inside = (range.lowerBound + 1)..<last
        if view.wordCount(inside) > 0 && inside.allSatisfy({ !view.isWord($0) || TranscriptLabel.isInCapitals(view.words[$0]) }) { return true }
        let words = inside.lowerBound..<(inside.upperBound - 1)
        return (1...4).contains(words.count) && view.isByte(inside.upperBound - 1, UInt8(ascii: ".")) && view.isCapitalized(words.lowerBound)
            && words.allSatisfy { view.isWord($0) && ($0 == words.lowerBound || !view.isCapitalized($0)) }
    }

    private mutating func handleTranscriptTurn(_ turn: TranscriptLabel, words: Range<Int>, paragraph: Int) {
        guard view.wordCount(words) > 0 else { return }
        let role = turn.role
        let mention = view.phrase(turn.label)
        let span = view.span(turn.label)
        var speaker: Speaker
        var entity: Int?
        if let last = turn.lastWordKey {
            let name = turn.name
            let known = registry.resolve(name: name, lastWord: last)
            let index = known ?? registry.register(name: name, lastWord: last, role: role, kind: .person)
            // "Mr Lindgren" named before "ERIK LINDGREN:" leaves the label's capitals as the fuller name; the
            // speaker is shown as the label reads in ordinary case.
            if let fuller = registry.fullerName(of: index) ?? (known != nil ? index : nil),
               registry[fuller].name != name, registry[fuller].name == name.uppercased() {
                registry.rename(fuller, to: name)
            }
            let found = registry[index]
            speaker = Speaker(name: found.name, mention: mention, role: role ?? found.shownRole, span: span, kind: found.kind)
            entity = index
            if let role { transcriptRoleHolders[role.lowercased()] = index }
        } else if turn.bracketRole == nil, let role, let holder = transcriptRoleHolders[role.lowercased()] {
            let found = registry[holder]
            speaker = Speaker(name: found.name, mention: mention, role: role, span: span, kind: found.kind)
            entity = holder
        } else if let body = turn.bracketRole {
            // "REPORTER (Coastal Herald):": an unnamed role and the body in brackets, named as "spokeswoman,
            // Energy Department" is.
            let role = turn.roleWords.joined(separator: " ").lowercased()
            speaker = Speaker(name: "\(role), \(body)", mention: mention, role: role, span: span, kind: .anonymous, organization: body)
        } else {
            speaker = Speaker(name: role!.lowercased(), mention: mention, role: nil, span: span, kind: .anonymous)
        }
        // "ALDOUS: … One man told me, and I quote, “They knew.”": words in marks inside a turn are someone else's,
        // read by the rules for marks; the turn is the words around them.
        for words in partsOutsideMarks(words) {
            emit(Quote(text: view.text(words), span: view.span(words), kind: .direct, speaker: speaker, cue: nil, source: nil),
                 entity: entity, paragraph: paragraph)
        }
    }

    /// The runs of `words` outside quote marks and stage directions ("(APPLAUSE)") that hold a word, without the
    /// punctuation that joined them to the marks.
    private func partsOutsideMarks(_ words: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = words.lowerBound
        var index = words.lowerBound
        while index < words.upperBound {
            let direction = stageDirection(at: index, within: words.upperBound, turnStart: words.lowerBound)
            let isInside = view.quoteOf[index] >= 0 || direction != nil
            if isInside || index == words.upperBound - 1 {
                var part = start..<(isInside ? index : index + 1)
                if part.lowerBound > words.lowerBound {
                    while let first = part.first, !view.isWord(first) { part = part.dropFirst() }
                }
                if isInside {
                    while let last = part.last, view.isPunctuation(last, ",:;") { part = part.dropLast() }
                }
                if view.wordCount(part) > 0 { parts.append(part) }
                start = (direction?.upperBound ?? index + 1)
            }
            index = direction?.upperBound ?? index + 1
        }
        return parts
    }

    /// An answer is the words of the person the introduction names first (nil when it names no one); a question
    /// is the interviewer's, whom the layout leaves unnamed.
    private mutating func handleInterviewTurn(_ turn: InterviewTurn, paragraph: Int) {
        guard view.wordCount(turn.words) > 0 else { return }
        var speaker: Speaker?
        var entity: Int?
        if turn.isAnswer, let interviewee = addressedByFirstQuestion() ?? registry.firstPerson(before: interviewTurns[0].start) {
            // An answer's label stands for the interviewee; without labels, the introduction's name does.
            let mention = turn.label.map { $0..<($0 + 1) } ?? registry.firstMention(of: interviewee).map(nameTokens)
            speaker = self.speaker(interviewee, mention: mention.map(view.phrase) ?? registry[interviewee].name,
                                   span: view.span(mention ?? turn.words.lowerBound..<turn.words.lowerBound))
            entity = interviewee
        }
        let parts = partsOutsideMarks(turn.words)
        if turn.label == nil, turn.words.contains(where: { view.quoteOf[$0] >= 0 }) {
            let bytes = view.span(turn.words).utf8
            let marked = quotes.indices.filter { bytes.contains(quotes[$0].span.utf8.lowerBound) }
            if parts.isEmpty, let speaker {
                // "“Fresh milk, and the post.”": an answer printed in marks, with no one to give it to, is the
                // interviewee's.
                for index in marked where quotes[index].speaker == nil {
                    quotes[index].speaker = speaker
                    quoteEntities[index] = entity
                    lastSpeaker = (speaker, entity, paragraph)
                }
                if let entity { registry.markSpoke(entity, paragraph: paragraph) }
                return
            }
            // "She pauses. “It was like losing a child,” she says.": words in marks the interviewee is said to speak
            // make the paragraph the writer's telling, not an answer; words in marks someone else spoke are quoted
            // inside the answer ("My father said, “…”").
            if let entity, marked.contains(where: { quoteEntities[$0] == entity }) { return }
        }
        for words in parts {
            emit(Quote(text: view.text(words), span: view.span(words), kind: .direct, speaker: speaker, cue: nil, source: nil),
                 entity: entity, paragraph: paragraph)
        }
    }

    /// "Q. Ms. Lindgren, where were you …?": the person the first question addresses by name, set off by a comma at
    /// its start, is the one who answers (a hearing's witness, not the lawyer the record named before).
    private func addressedByFirstQuestion() -> Int? {
        guard let question = interviewTurns.first(where: { !$0.isAnswer }),
              let comma = question.words.prefix(6).first(where: { view.isComma($0) }), comma > question.words.lowerBound,
              (question.words.lowerBound..<comma).allSatisfy({ view.isCapitalized($0) || view.isByte($0, UInt8(ascii: ".")) })
        else { return nil }
        return registry.firstPerson(in: question.words.lowerBound..<comma)
    }

    /// The capitalized words of a name from its first token ("Hester Llewellyn", "Yvette Okonkwo-Hale").
    private func nameTokens(from start: Int) -> Range<Int> {
        var end = start + 1
        while end < view.count && view.sentenceOf[end] == view.sentenceOf[start]
            && (view.isCapitalized(end) || view.isGluedHyphen(end) && end + 1 < view.count && view.isCapitalized(end + 1)) {
            end += 1
        }
        return start..<end
    }

    // MARK: - Quotes in marks

    /// Where to look for the attribution of a quote in marks: the text before it in its sentence (after any
    /// earlier quote), the text after it, and whether a colon introduces it.
    private struct MarkedFrames {
        var sentenceStart: Int
        var before: Range<Int>
        var after: Range<Int>
        var introduced: Bool
    }

    private func frames(ofSpan index: Int, open: Int, close: Int) -> MarkedFrames {
        let sentences = view.document.sentences
        let sentenceStart = sentences[view.sentenceOf[open]].tokens.lowerBound
        var directFloor = sentenceStart
        if index > 0 && spanTokens[index - 1].close >= sentenceStart { directFloor = spanTokens[index - 1].close + 1 }
        // "Voters are “tired,” “angry” and “ready for change,” the pollster said": marks listed one after another
        // are attributed together, by what follows the last of them.
        let last = lastListed(from: index)
        let close = spanTokens[last].close
        var afterLimit = sentences[view.sentenceOf[close]].tokens.upperBound
        if last + 1 < spans.count && spanTokens[last + 1].open < afterLimit { afterLimit = spanTokens[last + 1].open }
        let before = directFloor..<open
        var after = min(close + 1, afterLimit)..<afterLimit
        let introduced = before.last.map { view.isByte($0, UInt8(ascii: ":")) } ?? false
        let lastBefore = last == index ? before : (spanTokens[last - 1].close + 1)..<spanTokens[last].open
        if after.isEmpty, !introduced, !isJoinedToPrevious(last, before: lastBefore),
           let next = attributionSentence(after: close, paragraph: spans[last].paragraph) {
            // `"…?" Sanders asked.`: the sentence ended inside the marks and the next one only attributes.
            after = next
        }
        return MarkedFrames(sentenceStart: sentenceStart, before: before, after: after, introduced: introduced)
    }

    /// The last span of the marks listed one after another from span `index` on (`index` itself when none follows).
    private func lastListed(from index: Int) -> Int {
        var last = index
        while last + 1 < spans.count, isListedAfterPrevious(last + 1, before: (spanTokens[last].close + 1)..<spanTokens[last + 1].open) {
            last += 1
        }
        return last
    }

    /// "“Heat,” “Ran” and “Alien”": marks listed right after the marks before them, with only commas and a
    /// conjunction between.
    private func isListedAfterPrevious(_ index: Int, before: Range<Int>) -> Bool {
        index > 0 && spanTokens[index - 1].close + 1 == before.lowerBound
            && view.sentenceOf[spanTokens[index - 1].close] == view.sentenceOf[spanTokens[index].open]
            && before.allSatisfy { view.isPunctuation($0, ",") || view.has($0, .andBut) }
    }

    /// "telling the crowd, “…,” and, “…”": marks joined to the marks before them in their sentence by a
    /// conjunction alone.
    private func isJoinedToPrevious(_ index: Int, before: Range<Int>) -> Bool {
        isListedAfterPrevious(index, before: before) && before.contains { view.has($0, .andBut) }
    }

    /// The quote emitted for the marks of span `index`, when it was the last one emitted.
    private func lastQuote(ofSpan index: Int) -> (quote: Quote, entity: Int?)? {
        guard let quote = quotes.last, spans[index].inner.contains(quote.span.utf8.lowerBound) else { return nil }
        return (quote, quoteEntities[quoteEntities.count - 1])
    }

    private mutating func handleMarked(_ index: Int) {
        let span = spans[index]
        let (open, close, innerTokens) = spanTokens[index]
        guard !innerTokens.isEmpty, view.wordCount(innerTokens) > 0 else { return }
        let frames = frames(ofSpan: index, open: open, close: close)

        // The second half of a split quote (“…,” she said, “and …”) is as direct as the first.
        // Only an attribution stands between the halves ("said," / "Ada Obi said:"), not a clause that mentions a
        // title in marks ("asked the boy, who wore a 'Make America Great Again' hat").
        let continuesDirect = index > 0 && spanTokens[index - 1].close >= frames.sentenceStart
            && lastQuote(ofSpan: index - 1)?.quote.kind == .direct
            && frames.before.last.map { view.isPunctuation($0, ",:") } ?? true
        // "“…,” and “…,” the marchers chanted": marks joined to the quote before them are quoted the same way.
        let listedAfterPrevious = isListedAfterPrevious(index, before: frames.before)
        let joined = isJoinedToPrevious(index, before: frames.before) ? lastQuote(ofSpan: index - 1) : nil
        // "are “tired,” “angry” and …": marks listed after a quote are quoted as it is.
        let listed = listedAfterPrevious ? lastQuote(ofSpan: index - 1) : nil
        let kind = listed?.quote.kind
            ?? (continuesDirect || joined?.quote.kind == .direct || isDirect(before: frames.before, inner: innerTokens) ? QuoteKind.direct : .partial)
        // A title listed after a title ("roles in “Heat,” “Ran,” and “Alien”") is one whatever its punctuation.
        let listsTitles = lastTitleSpan == index - 1 && listedAfterPrevious
        if (kind == .partial || listsTitles || isSetOffAfterNoun(before: frames.before)) && isTitle(innerTokens) && !isShouted(open: open)
            || namesAWork(innerTokens, before: frames.before) {
            lastTitleSpan = index
            titleSpans.insert(index)
            return
        }
        // "the so-called “poets' night”": a label the writer holds at a distance, nobody's words.
        if kind == .partial && open > 0 && view.isSoCalled(open - 1) { return }
        // "Read more: ‘Last of the line’: …": a link to another story quotes that story's headline, not anyone here.
        if isLinkLine(sentence: view.sentenceOf[open]) { return }

        // Whitespace is never a token, so the tokens between the marks span exactly the trimmed quote.
        let text = view.text(innerTokens)
        // "Send it to “post@fjord.no”", "File: 'http://…'": an address in marks is where to go, nobody's words.
        if Self.isAddress(text) { return }
        let textSpan = view.span(innerTokens)
        // "gave the council a “D” on roads", "He got a “B” in maths, she said": a lone letter in marks is a grade or a
        // label, no words, unless a cue introduces it ("Asked to grade it, Moe said “F.”"); it leaves the sentence's
        // cue to the clause around it.
        if kind == .partial && isLoneLetter(innerTokens) && !followsItsCue(open) { return }
        if let attribution = attribute(kind: kind, open: open, frames: frames) {
            emit(Quote(text: text, span: textSpan, kind: kind, speaker: attribution.speaker, cue: attribution.cue,
                       source: attribution.source), entity: attribution.entity, paragraph: span.paragraph)
            if span.continuesPrevious, attribution.speaker != nil {
                attributeOpenParagraphs(before: index, entity: attribution.entity)
            }
            // Joined quotes share one cue and speaker, named after either.
            if let joined, joined.quote.speaker == nil, attribution.speaker != nil {
                quotes[quotes.count - 2].speaker = attribution.speaker
                quotes[quotes.count - 2].cue = attribution.cue
                quoteEntities[quoteEntities.count - 2] = attribution.entity
            }
        } else if let joined, joined.quote.speaker != nil {
            emit(Quote(text: text, span: textSpan, kind: kind, speaker: joined.quote.speaker, cue: joined.quote.cue,
                       source: joined.quote.source), entity: joined.entity, paragraph: span.paragraph)
        } else if kind == .direct, let intro = paragraphIntroducer(before: open, paragraph: span.paragraph) {
            emit(Quote(text: text, span: textSpan, kind: kind, speaker: intro.speaker, cue: intro.cue, source: nil),
                 entity: intro.entity, paragraph: span.paragraph)
        } else if kind == .direct && isWordsAsSubject(innerTokens, frames: frames) {
            return
        } else if let last = lastSpeaker, kind == .direct,
                  span.continuesPrevious || ((last.paragraph >= span.paragraph - 1 || isBeatBetween(last.paragraph, span.paragraph, speaker: last.entity))
                                             && view.wordCount(frames.before) == 0
                                             && !sentenceBeforeNamesAnother(open, than: last.entity)
                                             && !paragraphOpensOnAnother(before: open, than: last.entity)
                                             && !hasUnreadAttribution(after: frames.after, open: open)
                                             && !narrationTurnsToAnother(before: open, than: last.entity)) {
            emit(Quote(text: text, span: textSpan, kind: kind, speaker: last.speaker, cue: nil, source: nil),
                 entity: last.entity, paragraph: span.paragraph)
        } else if kind == .direct, view.wordCount(frames.before) == 0, let intro = interviewIntroducer(before: open, paragraph: span.paragraph) {
            emit(Quote(text: text, span: textSpan, kind: kind, speaker: intro.speaker, cue: intro.cue, source: nil),
                 entity: intro.entity, paragraph: span.paragraph)
        } else if kind == .direct && !isTitle(innerTokens) && (view.wordCount(innerTokens) >= 4 || endsLikeSpeech(innerTokens)) {
            emit(Quote(text: text, span: textSpan, kind: kind, speaker: nil, cue: nil, source: nil), entity: nil, paragraph: span.paragraph)
        }
    }

    /// Whether the sentence opens its paragraph with a label that links to another page ("Read more:", "Related:",
    /// "See also:", "Watch:").
    private func isLinkLine(sentence: Int) -> Bool {
        let sentences = view.document.sentences
        let tokens = sentences[sentence].tokens
        guard sentence == 0 || sentences[sentence - 1].paragraph != sentences[sentence].paragraph,
              let colon = tokens.prefix(4).first(where: { view.isByte($0, UInt8(ascii: ":")) }), colon > tokens.lowerBound
        else { return false }
        let label = tokens.lowerBound..<colon
        return Self.linkLabels.contains { words in
            words.count == label.count && zip(words, label).allSatisfy { view.lower[$1] == $0 }
        }
    }

    private static let linkLabels: [[String]] = [
        ["read", "more"], ["related"], ["see", "also"], ["also", "read"], ["read", "also"], ["more"], ["more", "on", "this"],
        ["watch"], ["listen"], ["read"], ["recommended"], ["further", "reading"],
    ]

    /// "“Every option we looked at lost money.” Residents reacted with fury.": words in marks that end their own
    /// sentence, followed by a new sentence whose verb of reacting has a complement of its own ("reacted with",
    /// "responded to", "expressed concern"), are answered, not attributed, by that sentence ("“…,” she replied with
    /// a smile" is an attribution); so are they by a sentence that opens on a participle of asking or speaking
    /// ("Asked whether he was nervous, Tobiloba shrugged."), which introduces the words after it.
    private func narratesReaction(cue: Int, open: Int, after: Range<Int>) -> Bool {
        guard let (found, length) = view.cue(at: cue, within: after.upperBound),
              let first = after.first, view.isCapitalized(first), view.opensSentence(first) || view.sentenceOf[first] != view.sentenceOf[open]
        else { return false }
        let inner = spanTokens[view.quoteOf[open]].inner
        guard let last = inner.last else { return false }
        // "“A restaurant in a bank vault?” Nazari laughed. “They still tell us that.”": a short sentence of a verb of
        // reacting right before more words in marks is the beat that introduces them.
        // (Only when someone spoke just before in the paragraph, whom the words may continue.)
        if found.kind == .direct && view.isPunctuation(last, ".?!") && lastSpeaker?.paragraph == view.document.sentences[view.sentenceOf[open]].paragraph
            && isBeatBeforeQuote(sentence: view.sentenceOf[cue]) {
            return true
        }
        guard view.isByte(last, UInt8(ascii: ".")) else { return false }
        if view.has(first, [.ed, .ing]) && view.cue(at: first, within: after.upperBound) != nil { return true }
        guard found.kind == .direct else { return false }
        // A verb and its noun ("expressed concern"), not a phrasal verb ("That is how Bakker sums up the problem").
        return length >= 2 && !Self.particles.contains(view.lower[cue + 1])
            || cue + length < view.count && view.has(cue + length, .preposition) && !view.isLower(cue + length, "as")
    }

    /// Whether the sentence is a short one (five words at most) followed in its paragraph by an opening mark.
    private func isBeatBeforeQuote(sentence: Int) -> Bool {
        let tokens = view.document.sentences[sentence].tokens
        let next = tokens.upperBound
        return view.wordCount(tokens) <= 5 && !tokens.contains { view.quoteOf[$0] >= 0 }
            && next < view.count && view.quoteOf[next] >= 0 && spanTokens[view.quoteOf[next]].open == next
            && view.document.sentences[view.sentenceOf[next]].paragraph == view.document.sentences[sentence].paragraph
    }

    /// Whether `text` is one web or e-mail address ("https://…", "www.…", "post@fjord.no"), with nothing else.
    static func isAddress(_ text: String) -> Bool {
        let bytes = text.utf8
        guard !bytes.isEmpty, !bytes.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }) else { return false }
        if text.contains("://") || text.lowercased().hasPrefix("www.") { return true }
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at != bytes.startIndex else { return false }
        return bytes[bytes.index(after: at)...].contains(UInt8(ascii: "."))
    }

    /// Whether the words in marks are one letter and punctuation ("D", "R,", "F.").
    private func isLoneLetter(_ inner: Range<Int>) -> Bool {
        // A letter is one token, or two with its stop ("F."): a longer span is no letter, counted or not.
        guard inner.count <= 3, view.wordCount(inner) == 1, let word = inner.first(where: view.isWord) else { return false }
        return view.words[word].unicodeScalars.count == 1
    }

    /// "“Disaster” is a strong word.", "“Win” means different things to different people": a few words in marks
    /// that open a sentence as the subject of its verb are mentioned, not said; with no cue they are no quote.
    private func isWordsAsSubject(_ inner: Range<Int>, frames: MarkedFrames) -> Bool {
        guard frames.before.isEmpty, view.wordCount(inner) <= 3, let last = inner.last, !view.isPunctuation(last, ".!?,"),
              let next = frames.after.first, view.isWord(next), !view.isCapitalized(next)
        else { return false }
        return view.has(next, [.be, .finiteVerb]) || Self.mentionVerbs.contains(view.lower[next])
    }

    private static let mentionVerbs: WordSet = ["means", "meant", "sounds", "seems", "remains"]

    /// "“…” / “…” / Sir Anthony Welland made the remarks at a lecture in Cardiff.": a sentence whose subject made
    /// the remarks or the comments names who spoke the words in marks left without a speaker right before it, in
    /// its own paragraph and the paragraphs just before, up to the first words with a speaker.
    private mutating func handleRemarksMaker(_ sentence: Sentence) {
        guard let last = quotes.last, last.speaker == nil, last.kind == .direct else { return }
        let tokens = sentence.tokens
        guard let verb = tokens.prefix(24).first(where: { Self.makingVerbs.contains(view.lower[$0]) && view.quoteOf[$0] < 0 }),
              verb + 2 < tokens.upperBound, view.has(verb + 1, [.article, .possessive, .determiner]),
              Self.remarkNouns.contains(view.lower[verb + 2]),
              let subject = reader.before(verb, floor: tokens.lowerBound), subject.tokens.lowerBound == tokens.lowerBound,
              let (speaker, entity) = resolvedSpeaker(subject)
        else { return }
        var paragraph = sentence.paragraph
        var index = quotes.count - 1
        while index >= 0, quotes[index].speaker == nil, quotes[index].kind == .direct {
            let quoteParagraph = view.document.sentences[view.sentenceOf[view.token(atOrAfter: quotes[index].span.utf8.lowerBound)]].paragraph
            guard quoteParagraph == paragraph || quoteParagraph == paragraph - 1 else { break }
            quotes[index].speaker = speaker
            quoteEntities[index] = entity
            paragraph = quoteParagraph
            index -= 1
        }
    }

    private static let makingVerbs: WordSet = ["made", "makes", "delivered"]
    private static let remarkNouns: WordSet = ["remarks", "comments", "comment", "remark"]

    /// A quotation run over several paragraphs names its speaker only in its last piece (“… / “…,” she said.):
    /// the earlier pieces, left open at their paragraphs' ends and emitted without a speaker, or with one only
    /// carried over from the quote before them (no cue of their own), get the speaker of the quote just emitted
    /// for span `index`.
    private mutating func attributeOpenParagraphs(before index: Int, entity: Int?) {
        var piece = index - 1
        var quote = quotes.count - 2
        while piece >= 0, quote >= 0, spans[piece].close == nil, quotes[quote].speaker == nil || quotes[quote].cue == nil,
              quotes[quote].kind == .direct,
              spans[piece].inner.contains(quotes[quote].span.utf8.lowerBound) {
            if quotes[quote].speaker == nil || quoteEntities[quote] != entity {
                quotes[quote].speaker = quotes[quotes.count - 1].speaker
                quoteEntities[quote] = entity
            }
            guard spans[piece].continuesPrevious else { break }
            piece -= 1
            quote -= 1
        }
    }

    /// "“…,” Quist said. / Mrs Ware was more direct. Asked what she would say, she shrugged. “Nothing I can print.”":
    /// a paragraph that opens on another person, with no quote before the words in marks, does not run on from
    /// the last speaker (a gesture right before the words, as here, names its subject as the speaker).
    private func paragraphOpensOnAnother(before open: Int, than speaker: Int?) -> Bool {
        guard let subject = paragraphSubject(before: open) else { return false }
        return subject.entity != speaker
    }

    /// The person a paragraph opens on, when words in marks open a later sentence of it with no quote before
    /// them and no one else is named on the way.
    private func paragraphSubject(before open: Int) -> EntityRegistry.Mention? {
        let sentence = view.sentenceOf[open]
        let sentences = view.document.sentences
        let paragraph = sentences[sentence].paragraph
        guard sentence > 0, sentences[sentence].tokens.lowerBound == open || view.wordCount(sentences[sentence].tokens.lowerBound..<open) == 0
        else { return nil }
        var first = sentence - 1
        while first > 0 && sentences[first - 1].paragraph == paragraph && sentence - first < 3 { first -= 1 }
        guard sentences[first].paragraph == paragraph, first == 0 || sentences[first - 1].paragraph != paragraph else { return nil }
        let lead = sentences[first].tokens.lowerBound..<sentences[sentence - 1].tokens.upperBound
        guard !lead.contains(where: { view.quoteOf[$0] >= 0 }),
              let subject = registry.subject(ofSentence: first, before: sentences[first].tokens.upperBound),
              opensSubject(subject, clauseStart: sentences[first].tokens.lowerBound), registry[subject.entity].kind == .person
        else { return nil }
        // Another name in the lead may be the one who speaks.
        let others = lead.contains { index in
            view.isCapitalized(index) && !view.opensSentence(index) && !reader.isNameWord(index - 1)
                && registry.resolve(name: view.words[index], lastWord: view.lower[index]).map { $0 != subject.entity } ?? false
        }
        return others ? nil : subject
    }

    /// "“…,” Solum said. Jens Aga walked to the podium. “…”": a sentence right before the quote, in its paragraph,
    /// whose subject is another person leaves open who speaks, so the quote does not continue the last speaker's.
    private func sentenceBeforeNamesAnother(_ open: Int, than speaker: Int?) -> Bool {
        let sentence = view.sentenceOf[open]
        guard sentence > 0, case let before = view.document.sentences[sentence - 1],
              before.paragraph == view.document.sentences[sentence].paragraph,
              !before.tokens.contains(where: { view.quoteOf[$0] >= 0 }),
              let subject = registry.subject(ofSentence: sentence - 1, before: open)
        else { return false }
        // The name must open the sentence (after any title), as its subject does.
        let opening = (before.tokens.lowerBound..<subject.token).allSatisfy { view.wordKinds[$0] != nil || view.isCapitalized($0) }
        return opening && subject.entity != speaker && registry[subject.entity].kind == .person
    }

    /// "“…,” the manager said. / The winner came from Kofi Osei. Asked how it felt, he grinned. “…”": the sentence
    /// just before the words in marks has a pronoun for its subject that refers to someone other than the last
    /// speaker, so the words do not run on from that speaker (no cue says whose they are).
    private mutating func narrationTurnsToAnother(before open: Int, than speaker: Int?) -> Bool {
        let sentence = view.sentenceOf[open]
        guard sentence > 0, case let before = view.document.sentences[sentence - 1],
              before.paragraph == view.document.sentences[sentence].paragraph,
              !before.tokens.contains(where: { view.quoteOf[$0] >= 0 }),
              let subject = before.tokens.first(where: { index in
                  ["he", "she"].contains(view.lower[index]) && index + 1 < before.tokens.upperBound
                      && (index == before.tokens.lowerBound || view.isComma(index - 1))
                      && view.has(index + 1, [.ed, .irregularPast, .finiteVerb, .be])
              }),
              let phrase = pronounPhrase(subject), let (_, entity) = resolvedSpeaker(phrase), let entity
        else { return false }
        return entity != speaker
    }

    /// "“…,” she said. / She pauses. / “…”": one short paragraph of narration between two quotes, without a
    /// quote or a name in it (a pronoun or no subject at all), keeps the conversation with its speaker.
    private func isBeatBetween(_ earlier: Int, _ later: Int, speaker: Int?) -> Bool {
        guard later - earlier == 2 else { return false }
        let paragraph = view.document.paragraphs[earlier + 1]
        let sentences = view.document.sentences[paragraph.sentences]
        guard let first = sentences.first?.tokens.lowerBound, let end = sentences.last?.tokens.upperBound,
              view.wordCount(first..<end) <= 8
        else { return false }
        // A capital inside a sentence is a name; one that opens it is only when it names someone else.
        func namesAnother(_ index: Int) -> Bool {
            guard view.isCapitalized(index) else { return false }
            guard view.opensSentence(index) else { return true }
            let entity = registry.resolve(name: view.words[index], lastWord: view.lower[index])
            return entity != nil && entity != speaker
        }
        return !(first..<end).contains { view.quoteOf[$0] >= 0 || namesAnother($0) }
    }

    /// "“…,” said Brekke's oldest friend": a cue right after the quote whose speaker could not be read still
    /// says someone else may speak, so the quote does not continue the last speaker's.
    /// A reaction narrated in the next sentence is no attribution (``narratesReaction(cue:open:after:)``).
    private func hasUnreadAttribution(after frame: Range<Int>, open: Int) -> Bool {
        frame.prefix(6).contains {
            view.quoteOf[$0] < 0 && view.cue(at: $0, within: frame.upperBound) != nil && !narratesReaction(cue: $0, open: open, after: frame)
        } || opensOnPronounSubject(frame)
    }

    /// "“…,” she read.", "“…,” he paused.": a personal pronoun and its past-tense verb right after the words in
    /// marks make someone their subject, with a verb no lexicon knows; who it is stays open rather than running
    /// on from the last speaker.
    private func opensOnPronounSubject(_ frame: Range<Int>) -> Bool {
        guard var pronoun = frame.first else { return false }
        if view.isPunctuation(pronoun, ",") { pronoun += 1 }
        guard pronoun + 1 < frame.upperBound, ["he", "she", "they"].contains(view.lower[pronoun]) else { return false }
        return view.has(pronoun + 1, [.ed, .irregularPast])
    }

    /// "“We are heartbroken.”", "“Not again,” …": words of two or more that end with their own stop or comma
    /// inside the marks are a sentence someone said, however short; a name or a scare-quoted word is not.
    private func endsLikeSpeech(_ inner: Range<Int>) -> Bool {
        guard view.wordCount(inner) >= 2, let last = inner.last else { return false }
        return view.isPunctuation(last, ".!?,") || view.words[last] == "…"
    }

    /// The attribution of a quote in marks: a cue and speaker in its frames (after it first, unless a colon
    /// introduces it; before it first for a partial quote), else, for a partial quote, the sentence's subject;
    /// plus any outlet named around it.
    private mutating func attribute(kind: QuoteKind, open: Int, frames: MarkedFrames) -> Attribution? {
        // Attribution is local: look at most `frameReach` tokens back, so a giant sentence stays linear.
        let partialFrame = max(frames.sentenceStart, open - Self.frameReach)..<open
        let directBefore = max(frames.before.lowerBound, open - Self.frameReach)..<open
        let howClause = clauseAfterHow(clamp(frames.after))
        let after = howClause ?? clamp(frames.after)
        let (first, second) = kind == .partial ? (partialFrame, after) : frames.introduced ? (directBefore, after) : (after, directBefore)
        if kind == .partial, let naming = agentlessNaming(before: open, floor: partialFrame.lowerBound) {
            // Who reports the clause the name stands in may still speak: "Vale admitted the work could be termed
            // “influence peddling”", "could be termed “…,” the paper reported"; the sentence's subject alone does not.
            return namingAgent(after: after, naming: naming)
                ?? attribution(in: partialFrame.lowerBound..<naming, partial: true)
                ?? attribution(in: after, partial: true, following: true)
                ?? sentenceTailAttribution(after: open)
        }
        if kind == .partial, let (judging, agent) = passiveJudgement(before: open, floor: partialFrame.lowerBound) {
            if let agent, let (speaker, entity) = resolvedSpeaker(agent) {
                return Attribution(speaker: speaker, entity: entity, cue: view.words[judging], source: nil)
            }
            // "… accused of “…”, after a leaked memo suggested …": a clause a subordinator opens after the words says
            // when, not who judged; with no agent the words are someone's, unnamed.
            let subordinate = after.first { view.has($0, .subordinator) && !view.isLower($0, "as") && ($0 == after.lowerBound || view.isComma($0 - 1)) }
            let frame = after.lowerBound..<(subordinate ?? after.upperBound)
            return namingAgent(after: after, naming: judging)
                ?? (frame.isEmpty ? nil : attribution(in: frame, partial: true, following: true))
                ?? Attribution(speaker: nil, entity: nil, cue: view.words[judging], source: nil)
        }
        var found: Attribution?
        // "Vey said that crews would stay and warned: “…”": the cue nearest the colon introduces the quote;
        // an earlier one has a clause of its own.
        // So does one right before a comma and the marks ("When I asked her if she would run, she looked up and said,
        // “Never.”").
        // A participle there speaks for the subject of the cue before it, which is read as before.
        // So does one with a pronoun object ("once told him, “…”").
        let cueBeforeComma = open - 2 >= directBefore.lowerBound && TokenView.personalObjects.contains(view.lower[open - 2]) ? open - 3 : open - 2
        let introducedByComma = kind == .direct && cueBeforeComma >= directBefore.lowerBound && view.isComma(open - 1)
            && !view.has(cueBeforeComma, .ing) && view.cue(at: cueBeforeComma, within: open) != nil
        if frames.introduced || introducedByComma, let nearest = directBefore.last(where: { view.cue(at: $0, within: open) != nil }),
           directBefore[directBefore.lowerBound..<nearest].contains(where: { view.cue(at: $0, within: nearest) != nil }) {
            // "When I asked him if he would run, he said, “Never.”": the cue's own clause, after the last comma
            // before it, holds its subject.
            let clauseStart = (directBefore.lowerBound..<nearest).last { view.isComma($0) && view.quoteOf[$0] < 0 }.map { $0 + 1 }
            let ownClause = clauseStart.flatMap { start in
                (start..<nearest).contains { view.cue(at: $0, within: nearest) != nil } ? nil : attribution(in: start..<open, partial: false)
            }
            // "testified that the defendant, Gerald Vossberg, once told him, “…”": the cue's clause may open after a
            // "that", its subject set off by commas.
            let thatClause = (directBefore.lowerBound..<nearest).last { view.isLower($0, "that") && view.quoteOf[$0] < 0 }.map { $0 + 1 }
            let subjectSetOff = ownClause == nil ? thatClause.flatMap { start in
                (start..<nearest).contains { view.cue(at: $0, within: nearest) != nil } ? nil : attribution(in: start..<open, partial: false)
            } : nil
            found = ownClause ?? subjectSetOff ?? attribution(in: nearest..<open, partial: false)
        }
        if kind == .partial, let label = writersLabel(before: open, floor: partialFrame.lowerBound) {
            found = labelAttribution(label, open: open)
        }
        if found == nil && kind == .partial { found = reportNounAttribution(open: open, floor: partialFrame.lowerBound) }
        if found == nil { found = ownedNounAttribution(open: open, floor: partialFrame.lowerBound) }
        if found == nil && kind == .partial { found = ownerBeforeMarks(open: open, floor: partialFrame.lowerBound) }
        if found == nil && kind == .partial { found = freeRelativeAttribution(open: open, floor: partialFrame.lowerBound) }
        if found == nil && kind == .partial { found = adjacentNamingAttribution(open: open, floor: partialFrame.lowerBound) }
        if found == nil && kind == .partial { found = joinedClauseAttribution(open: open, frame: partialFrame) }
        // "“…” That is how one parent described the pool.": after "how", a cue that frames words in marks (a judgement,
        // a name) gives them their speaker, as it does a fragment's.
        let afterHow = howClause != nil || after.lowerBound > 0 && view.isLower(after.lowerBound - 1, "how") && view.quoteOf[after.lowerBound - 1] < 0
        if found == nil { found = attribution(in: first, partial: kind == .partial || first == after && afterHow, following: first == after) }
        if kind == .direct, first == after, let cue = found?.cueToken, narratesReaction(cue: cue, open: open, after: after) { found = nil }
        if found == nil { found = attribution(in: second, partial: kind == .partial || second == after && afterHow, following: second == after) }
        if let cue = found?.cueToken, cue < open { quoteCues[cue] = open }
        if found == nil && kind == .direct && frames.introduced { found = freeRelativeAttribution(open: open, floor: directBefore.lowerBound) }
        if found == nil && kind == .direct && frames.introduced {
            // "Brandt: “…”", "The minister was direct: “…”": the clause before the colon names the speaker.
            found = colonSubject(before: open - 1, floor: frames.before.lowerBound, isHeadline: isHeadline(frames))
        }
        if found == nil && kind == .direct { found = headlineSpeakerAfterColon(open: open, frames: frames) }
        if found == nil && kind == .direct { found = framingQuestionAttribution(open: open) }
        if found == nil && kind == .direct { found = signature(after: frames.after.lowerBound) }
        if found == nil && kind == .direct { found = contentlessReport(before: open) }
        if found == nil && kind == .direct { found = mannerDescription(before: open) }
        if found == nil && kind == .direct { found = issuedTextBefore(open) }
        if found == nil && kind == .direct { found = replyFrom(in: after) }
        if found == nil { found = possessorOfWords(in: partialFrame) }
        if found == nil && kind == .partial { found = sentenceTailAttribution(after: open) }
        if found == nil && kind == .partial, let cue = passiveHearerCue(in: partialFrame) {
            // "was encouraged not to restrain himself from “violent” bouts": one word with no one to say it is a
            // term the writer marks, no one's words, and no more the subject's than longer ones.
            let attribution = passiveAttribution(cue: cue, open: open)
            guard attribution.speaker != nil || view.wordCount(spanTokens[view.quoteOf[open]].inner) >= 2 else { return nil }
            found = attribution
        }
        if found == nil && kind == .partial, !isTitleCased(view.sentenceOf[open], before: open), !modifiesNoun(after: after, open: open),
           frames.sentenceStart + 1 >= open || !opensHeadlineHearing(frames.sentenceStart),
           !isPredicateSaidOfSubject(open, sentenceStart: frames.sentenceStart),
           !standsInLaterSubordinateClause(open, sentenceStart: frames.sentenceStart), let subject = sentenceSubject(before: open) {
            // "Merkel heralded the deal as a “breakthrough”": the words in marks are the subject's.
            found = Attribution(speaker: subject.speaker, entity: subject.entity, cue: nil, source: nil)
        }
        if let speaker = found?.speaker, found?.source == nil {
            found?.source = source(in: partialFrame, excluding: speaker) ?? source(in: after, excluding: speaker)
        }
        return found
    }

    /// "Ministers ‘ignored warnings’ over flood defences": in a headline, words in marks that open on a past verb
    /// right after a subject with no verb of its own are the predicate someone else said of that subject, not
    /// the subject's words. (In a story's sentence they are often the subject's own statement: "The council of
    /// clerics “condemned the killing and promised …”".)
    private func isPredicateSaidOfSubject(_ open: Int, sentenceStart: Int) -> Bool {
        let inner = spanTokens[view.quoteOf[open]].inner
        guard let first = inner.first, !view.isCapitalized(first), view.has(first, [.ed, .irregularPast]),
              open > sentenceStart, hasNoVerb(sentenceStart..<open)
        else { return false }
        return isHeadlineLine(view.sentenceOf[open])
    }

    /// A sentence that is a paragraph of its own and ends without a full stop, question or exclamation mark, as
    /// a headline does.
    private func isHeadlineLine(_ sentence: Int) -> Bool {
        let document = view.document
        guard document.paragraphs[document.sentences[sentence].paragraph].sentences.count == 1 else { return false }
        var last = document.sentences[sentence].tokens.upperBound - 1
        while last > document.sentences[sentence].tokens.lowerBound && view.has(last, .closingMark) { last -= 1 }
        return !view.isPunctuation(last, ".?!")
    }

    static let frameReach = 60

    /// "The board has apologised, after an internal review found that referrals had been “lost in the system”": words
    /// in marks inside a subordinate clause with a subject and verb of its own, after the main clause, are none of the
    /// main subject's ("heralded the deal as a “breakthrough”" has no clause after "as").
    private func standsInLaterSubordinateClause(_ open: Int, sentenceStart: Int) -> Bool {
        var index = open - 1
        var sawVerb = false
        // A comma closes a subordinate clause before the main one ("After the talks ended, Merkel heralded …").
        while index > sentenceStart && view.quoteOf[index] < 0 && !view.isComma(index) {
            if view.has(index, [.finiteVerb, .ed, .irregularPast]) { sawVerb = true }
            // "plans to test whether bees can learn “zero”": an indirect question is such a clause too, as "if" is.
            if view.has(index, .subordinator) || view.isLower(index, "whether") {
                return sawVerb && index + 2 < open && !view.has(index + 1, [.finiteVerb, .ed, .irregularPast])
            }
            index -= 1
        }
        return false
    }

    /// "pushed the “gun violence” narrative", "conquers “impossible” route": words in marks right before the noun
    /// they modify are a label the writer holds at a distance; with no cue, the sentence's subject did not say them.
    private func modifiesNoun(after frame: Range<Int>, open: Int) -> Bool {
        guard let next = frame.first, view.sentenceOf[next] == view.sentenceOf[open] else { return false }
        return isPlainNoun(next) && !view.has(next, SpeakerPhraseReader.functionWords.union([.ed, .ing, .irregularPast]))
            && !Self.comparisonWords.contains(view.lower[next])
    }

    private static let comparisonWords: WordSet = ["than", "where", "whereas", "because", "unless", "until", "so", "then"]

    /// "the levy, often called the “pasty tax”", "(sometimes known as a “pool”)", "what is widely known as the
    /// “…”": after a naming participle with no subject of its own (a comma, a bracket or a form of "be" before it),
    /// the words in marks are a name in use, which no one before them coined. The participle's position, or nil.
    private func agentlessNaming(before open: Int, floor: Int) -> Int? {
        var naming = open - 1
        while naming > floor && open - naming <= 3 && (view.has(naming, [.article, .possessive, .determiner]) || view.isLower(naming, "as")) {
            naming -= 1
        }
        guard naming > floor, view.quoteOf[naming] < 0 else { return nil }
        let isNaming = view.isLower(naming, "known") && view.isLower(naming + 1, "as")
            || view.has(naming, .ed) && view.cues(startingAt: naming).contains(where: { $0.kind == .naming })
        guard isNaming else { return nil }
        var before = naming - 1
        while before > floor && view.has(before, [.adverb, .connective]) { before -= 1 }
        guard view.quoteOf[before] < 0 else { return nil }
        if view.has(before, .be) { return naming }
        // "that Rush Limbaugh, for one, called “…”": a comma that closes an aside after the subject leads to its verb.
        return Self.asideOpeners.contains(view.words[before])
            && !(max(floor, before - 12)..<before).contains(where: { view.isComma($0) }) ? naming : nil
    }

    /// "the plan, branded “cruel” by unions,": a "by" agent right after the words named the thing; without one,
    /// no one did.
    private mutating func namingAgent(after frame: Range<Int>, naming: Int) -> Attribution? {
        guard frame.count >= 2, view.isLower(frame.lowerBound, "by") else { return nil }
        // "by Tomas Lind at the meeting": the agent ends at punctuation or a preposition.
        let stop = (frame.lowerBound + 2..<frame.upperBound).first {
            view.document.tokens[$0].kind == .punctuation || view.has($0, .frontPreposition) && !view.isLower($0, "of")
        } ?? frame.upperBound
        guard let agent = agentPhrase(frame.lowerBound + 1, upTo: stop), agent.form != .pronoun,
              let (speaker, entity) = resolvedSpeaker(agent)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: view.words[naming], source: nil)
    }

    private static let asideOpeners: WordSet = [",", "(", "—", "–"]

    /// "Ministers have been accused of “quietly shelving” the plan", "was criticised by residents for “dragging its
    /// feet”": a judgement in the passive frames the words in marks; its agent after "by", if any, said them, never
    /// the grammatical subject. The participle's position and the agent.
    private func passiveJudgement(before open: Int, floor: Int) -> (participle: Int, agent: SpeakerPhrase?)? {
        var index = open - 1
        while index > floor && open - index <= 3
            && (view.has(index, [.article, .possessive, .determiner]) || Self.judgementParticles.contains(view.lower[index])) {
            index -= 1
        }
        guard index < open - 1, Self.judgementParticles.contains(view.lower[index + 1]) else { return nil }
        var agent: SpeakerPhrase?
        if let by = (max(floor, index - 5)...index).last(where: { view.isLower($0, "by") }), by > floor,
           let phrase = agentPhrase(by + 1, upTo: index + 1), phrase.form != .pronoun {
            agent = phrase
            index = by - 1
        }
        guard index > floor, view.quoteOf[index] < 0, view.has(index, .ed),
              view.cues(startingAt: index).contains(where: { $0.kind == .content })
        else { return nil }
        var before = index - 1
        while before > floor && view.has(before, [.adverb, .connective]) { before -= 1 }
        return view.has(before, .be) && view.quoteOf[before] < 0 ? (index, agent) : nil
    }

    /// The words between a judging participle and what it judges: "accused of", "criticised for", "condemned as".
    private static let judgementParticles: WordSet = ["as", "of", "for"]

    /// A headline's line before words in marks: its capitals name no one, so it has no subject to take them,
    /// unless a colon before the words labels them ("Clinton: Hillary ‘Better …’").
    private func isTitleCased(_ sentence: Int, before open: Int) -> Bool {
        let start = view.document.sentences[sentence].tokens.lowerBound
        return !(start..<open).contains(where: { view.isByte($0, UInt8(ascii: ":")) }) && view.isTitleCased(sentence)
    }

    /// The last clause of `frame` after a semicolon, or after a comma and a conjunction (which it starts with). The
    /// comma may stand inside the closing mark of earlier words in marks ("called it “a masterpiece,” while …").
    private func lastJoinedClause(in frame: Range<Int>) -> Range<Int>? {
        guard let boundary = frame.last(where: { index in
            // Punctuation first: most tokens are words, and the conjunction test hashes a string.
            view.document.tokens[index].kind == .punctuation && index + 1 < frame.upperBound && view.quoteOf[index + 1] < 0
                && (view.isByte(index, UInt8(ascii: ";")) && view.quoteOf[index] < 0
                    || (view.isComma(index) || view.has(index, .closingMark) && index > frame.lowerBound && view.isComma(index - 1))
                        && Self.clauseJoiners.contains(view.lower[index + 1]))
        }), boundary > frame.lowerBound else { return nil }
        return (boundary + 1)..<frame.upperBound
    }

    /// "The town has warned it is short of water, and Brandt said the “emergency pumps” failed": after a comma and
    /// a conjunction, or a semicolon, a clause with a cue of its own frames the words in marks at `open` for its
    /// own speaker, not for the sentence's first one; with no cue, its named subject speaks.
    private mutating func joinedClauseAttribution(open: Int, frame: Range<Int>) -> Attribution? {
        guard let clause = lastJoinedClause(in: frame) else { return nil }
        if clause.contains(where: { view.cue(at: $0, within: frame.upperBound) != nil }), let found = attribution(in: clause, partial: true) {
            return found
        }
        return joinedClauseSubject(before: open, clause: clause).map {
            Attribution(speaker: $0.speaker, entity: $0.entity, cue: nil, source: nil)
        }
    }

    /// "…, but the critic Yusuf Demir found it “slow”": words in marks in a joined clause with no cue belong to
    /// that clause's named subject, not to the sentence's first one.
    private mutating func joinedClauseSubject(before open: Int, clause: Range<Int>) -> (speaker: Speaker, entity: Int?)? {
        let start = Self.clauseJoiners.contains(view.lower[clause.lowerBound]) ? clause.lowerBound + 1 : clause.lowerBound
        // "…, and that Lind had “no shame”": a second reported clause is still the first cue's.
        guard start < open, !view.isLower(start, "that"), let mention = registry.subject(ofSentence: view.sentenceOf[open], before: open, from: start),
              opensSubject(mention, clauseStart: start)
        else { return nil }
        return speaker(of: mention)
    }

    private static let clauseJoiners: WordSet = ["and", "but", "while", "whereas", "yet"]

    /// "Trump repeated the claims, which Ola Brun called “pure fantasy.”": a naming or framing cue right before
    /// the marks frames them for its own subject, after the last comma or relative pronoun, not for an earlier
    /// cue's subject. So does a verb of describing before "as" ("after talks that one diplomat described as “…”").
    private mutating func adjacentNamingAttribution(open: Int, floor: Int) -> Attribution? {
        var cueStart = open - 1
        let describedAs = cueStart > floor && view.isLower(cueStart, "as")
        if describedAs { cueStart -= 1 }
        guard cueStart > floor, let (cue, length) = view.cue(at: cueStart, within: open), cueStart + length >= open - 1,
              cue.kind == .naming || cue.kind == .frame || describedAs && cue.kind == .content
        else { return nil }
        guard let boundary = (floor..<cueStart).last(where: { view.isComma($0) || view.has($0, .relativePronoun) || ["which", "that"].contains(view.lower[$0]) }),
              boundary + 1 < cueStart
        else { return nil }
        return attribution(in: (boundary + 1)..<open, partial: true)
    }

    /// Who a source cue ("according to", "in the words of") names: a document seen by someone, a phrase headed by a
    /// document ("the council's own report"), a speaker, a group, or a document in its own words.
    private func citedSource(after start: Int, limit: Int) -> SpeakerPhrase? {
        seenRecord(after: start, limit: limit) ?? documentHeadedSource(start, limit: limit)
            ?? sourcePhrase(after: start, limit: limit) ?? reader.group(start, limit: limit) ?? reader.documentSource(start, limit: limit)
    }

    /// The phrase after a source cue ("according to", "in the words of"), or the name set off after it when it
    /// only describes someone ("the harbour master, Siri Lunde,").
    private func sourcePhrase(after start: Int, limit: Int) -> SpeakerPhrase? {
        guard let phrase = reader.after(start, limit: limit) else { return nil }
        let comma = phrase.tokens.upperBound
        // "according to the residents' association, whose secretary, Kwame Boateng, …": a relative clause's
        // name is someone else.
        guard phrase.form == .description, comma + 1 < limit, view.isComma(comma), !view.has(comma + 1, .relativePronoun),
              var named = reader.after(comma + 1, limit: limit), named.form == .name,
              named.tokens.upperBound == limit || view.isComma(named.tokens.upperBound)
        else { return phrase }
        named.role = named.role ?? view.phrase(phrase.tokens)
        return named
    }

    /// "In Okafor's words, that is “a start”", "In her own words, “…”": the possessor of the words is who
    /// speaks, named or as a pronoun, right after the "in".
    private mutating func possessorOfWords(in frame: Range<Int>) -> Attribution? {
        guard let words = frame.last(where: { view.isLower($0, "words") && view.quoteOf[$0] < 0 }),
              let opening = (max(frame.lowerBound, words - 5)..<words).last(where: { view.isLower($0, "in") }),
              let phrase = possessor(of: words, floor: opening + 1), phrase.tokens.lowerBound == opening + 1,
              phrase.form == .name || phrase.form == .pronoun,
              case let between = phrase.tokens.upperBound..<words, between.isEmpty || between.count == 1 && view.isLower(between.lowerBound, "own"),
              let (speaker, entity) = resolvedSpeaker(phrase)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: view.phrase(opening..<(words + 1)), source: nil)
    }

    /// "… blamed the media for Donald Trump's claim that Obama “founded ISIS”", "the suggestion by a potential
    /// president that someone “ought to look into” the judge": words in marks inside the that-clause of a noun
    /// of saying are its owner's or its agent's, not the sentence subject's.
    private mutating func reportNounAttribution(open: Int, floor: Int) -> Attribution? {
        guard let that = (max(floor + 1, open - 24)..<open).last(where: { view.isLower($0, "that") && view.quoteOf[$0] < 0 }),
              !((that + 1)..<open).contains(where: { view.cue(at: $0, within: open) != nil || view.quoteOf[$0] >= 0 }),
              let noun = (max(floor, that - 8)..<that).last(where: { view.has($0, .reportNoun) }),
              // Words in marks are given to an owner or a "by" agent only; after "from" the whole clause is reported.
              !view.isLower(noun + 1, "from"),
              let (phrase, nounsThat) = reportNounOwner(noun, floor: floor, end: open + 1), nounsThat == that,
              let (speaker, entity) = resolvedSpeaker(phrase)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: view.words[noun], source: nil)
    }

    /// "The minister's answer – “we are looking at all options” – satisfied no one", "Lund's reply, “…”, …": words
    /// in marks set off right after an owned noun of saying are its owner's.
    private mutating func ownedNounAttribution(open: Int, floor: Int) -> Attribution? {
        let noun = open - 2
        guard noun > floor, Self.appositionMarks.contains(view.words[open - 1]), view.quoteOf[noun] < 0,
              isNounOfSaying(noun),
              let phrase = possessor(of: noun, floor: floor), let (speaker, entity) = resolvedSpeaker(phrase)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: view.words[noun], source: nil)
    }

    /// "Okonjo's “bridge to nowhere” remark", "his “woman's card” line": words in marks between an owner and a
    /// noun of saying after them are the owner's, whoever the sentence is about.
    private mutating func ownerBeforeMarks(open: Int, floor: Int) -> Attribution? {
        let noun = spanTokens[view.quoteOf[open]].close + 1
        guard noun < view.count, view.sentenceOf[noun] == view.sentenceOf[open], view.quoteOf[noun] < 0,
              isNounOfSaying(noun) || Self.quipNouns.contains(view.lower[noun]),
              let phrase = possessor(of: open, floor: floor)
        else { return nil }
        // An owner nothing resolves ("his" with no one before) leaves the words unattributed, not the subject's.
        let resolved = resolvedSpeaker(phrase)
        return Attribution(speaker: resolved?.0, entity: resolved?.1, cue: view.words[noun], source: nil)
    }

    /// A noun of saying: one of the lexicon's report nouns ("claim", "warning") or an answer noun ("reply", "verdict").
    private func isNounOfSaying(_ index: Int) -> Bool { view.has(index, .reportNoun) || Self.answerNouns.contains(view.lower[index]) }

    /// Nouns for a short remark that words in marks may stand before ("his “lock her up” line").
    private static let quipNouns: WordSet = ["line", "quip", "jibe", "gibe", "jab", "taunt", "joke", "refrain", "catchphrase"]

    /// "“Not a chance,” came the reply from the ministry.", "“Enough is enough” — that was the message from the
    /// protesters.", "“…,” was the verdict of the coroner", "“…” Those were the words of …": a noun of saying after
    /// the quote, "from" or "of", and who sent it; or the noun's owner before it ("was Ferriter's verdict").
    private mutating func replyFrom(in frame: Range<Int>) -> Attribution? {
        var index = frame.lowerBound
        while index < frame.upperBound && (view.isComma(index) || reader.dashStart(endingAt: index, floor: frame.lowerBound) != nil) { index += 1 }
        if index < frame.upperBound && Self.replyPointers.contains(view.lower[index]) { index += 1 }
        // "“We go again,” was Ferriter's verdict.", "“…” That was his reply.": an owner's noun of saying that ends the
        // clause.
        if index + 2 < frame.upperBound, Self.replyVerbs.contains(view.lower[index]), !view.isLower(index + 1, "the"),
           let noun = ((index + 2)..<min(frame.upperBound, index + 5)).first(where: isNounOfSaying),
           noun + 1 >= frame.upperBound || view.isPunctuation(noun + 1, ".!?,;"),
           let owner = possessor(of: noun, floor: index + 1), let (speaker, entity) = resolvedSpeaker(owner) {
            return Attribution(speaker: speaker, entity: entity, cue: view.phrase(index..<(noun + 1)), source: nil)
        }
        guard index + 4 < frame.upperBound, Self.replyVerbs.contains(view.lower[index]), view.isLower(index + 1, "the") else { return nil }
        // Words may describe it ("the curt reply", "the one-word verdict").
        guard let noun = ((index + 2)..<min(frame.upperBound, index + 6)).first(where: isNounOfSaying),
              ((index + 2)..<noun).allSatisfy({ view.isWord($0) && view.quoteOf[$0] < 0 || view.isGluedHyphen($0) }),
              noun + 2 < frame.upperBound,
              view.isLower(noun + 1, "from") || view.isLower(noun + 1, "of"), let phrase = reader.after(noun + 2, limit: frame.upperBound),
              let (speaker, entity) = resolvedSpeaker(phrase)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: view.phrase(index..<(noun + 2)), source: nil)
    }

    /// Whether the words open with up to three capitalized words, the last in the possessive ("Piet Hollander's").
    private func opensWithPossessiveName(_ words: Range<Int>) -> Bool {
        for index in words.prefix(3) {
            guard view.isCapitalized(index) else { return false }
            if SpeakerName.possessiveEnding(of: view.words[index]) != nil { return true }
        }
        return false
    }

    private static let replyPointers: WordSet = ["that", "this", "those", "these", "such", "so"]
    private static let replyVerbs: WordSet = ["came", "comes", "come", "was", "is", "were", "are"]

    private static let appositionMarks = asideOpeners.union(["-"])
    /// Nouns for what someone said that the cue list leaves out, being no reports of a clause.
    private static let answerNouns: WordSet = [
        "answer", "reply", "response", "retort", "message", "words", "verdict", "comment", "comments", "explanation", "excuse",
        "slogan", "motto", "catchphrase", "mantra", "advice", "question", "plea",
    ]

    /// "Howard continued his remarks. “…”", "Tove Lunde added. “…”": a sentence right before the quote whose
    /// verb of saying reports nothing of its own (no object but the speaker's own remarks) introduces it.
    private mutating func contentlessReport(before open: Int) -> Attribution? {
        let stop = open - 1
        guard stop >= 2, view.isByte(stop, UInt8(ascii: ".")), view.quoteOf[stop] < 0 else { return nil }
        let sentence = view.document.sentences[view.sentenceOf[stop]].tokens
        guard !sentence.contains(where: { view.quoteOf[$0] >= 0 }),
              // "Asked whether there would be more gigs, she laughed.": the last cue is the sentence's own.
              let cue = sentence.last(where: { view.cue(at: $0, within: stop) != nil }),
              let (found, length) = view.cue(at: cue, within: stop), found.kind == .verb || found.kind == .direct
        else { return nil }
        // Nothing after the cue, "his remarks", "her scathing remarks" (the speaker's own words, named), or
        // whom the words were for ("Tamm interrupted her.").
        let rest = (cue + length)..<stop
        let addressed = rest.count == 1 && found.kind == .direct && TokenView.personalObjects.contains(view.lower[rest.lowerBound])
        guard rest.isEmpty || addressed || view.has(rest.lowerBound, .possessive) && rest.count <= 4 && view.has(rest.upperBound - 1, .plural)
            || found.kind == .direct && (isShortSetting(rest) || isAskedClause(rest))
        else { return nil }
        return attribution(in: sentence.lowerBound..<stop, partial: false)
    }

    /// "She laughed at the question.", "Lund smiled at reporters.": a short phrase of a preposition and no verb
    /// after a gesture of speaking says where or at whom, not what was said.
    private func isShortSetting(_ words: Range<Int>) -> Bool {
        (2...5).contains(words.count) && view.has(words.lowerBound, .preposition) && !view.isLower(words.lowerBound, "that")
            && words.allSatisfy { view.isWord($0) && view.quoteOf[$0] < 0 && !view.has($0, [.finiteVerb, .be, .auxiliary, .irregularPast]) }
    }

    /// "Abimbola laughs when asked whether she would go back to days.", "Kovács shrugs when told this.": what was put
    /// to the speaker, after the gesture, says what the words in marks answer.
    private func isAskedClause(_ words: Range<Int>) -> Bool {
        words.count >= 2 && ["when", "as"].contains(view.lower[words.lowerBound]) && Self.putToParticiples.contains(view.lower[words.lowerBound + 1])
            && !words.contains { view.quoteOf[$0] >= 0 }
    }

    /// Participles of a question, a claim or a fact put to someone: "when asked", "when told", "when pressed".
    private static let putToParticiples: WordSet = ["asked", "told", "pressed", "questioned", "reminded", "challenged", "shown", "informed", "confronted"]

    /// "The minister issued a statement on Friday. / “We are deeply saddened …”", "Mayor Ilse Brandauer read a short
    /// statement to reporters. / “…”": a sentence right before the words in marks that only says someone issued
    /// or read out a text (a short phrase of time, place or audience may follow) introduces the text's words.
    private mutating func issuedTextBefore(_ open: Int) -> Attribution? {
        let stop = open - 1
        guard stop >= 2, view.isByte(stop, UInt8(ascii: ".")), view.quoteOf[stop] < 0 else { return nil }
        let sentence = view.sentenceOf[stop]
        let tokens = view.document.sentences[sentence].tokens
        guard !tokens.contains(where: { view.quoteOf[$0] >= 0 }), let (noun, verb) = issuedText(in: tokens),
              case let tail = (noun + 1)..<stop, tail.count <= 6,
              // ("a letter from the victims" is theirs, whoever reads it.)
              tail.allSatisfy({ view.isWord($0) && !view.has($0, [.finiteVerb, .be, .ed, .irregularPast]) && view.cue(at: $0, within: stop) == nil
                  && !Self.authorPointers.contains(view.lower[$0]) }),
              // "At the end of the hearing, the chairman read …": an opening phrase may stand before the subject.
              case let start = (tokens.lowerBound..<verb).last(where: { view.isComma($0) }).map({ $0 + 1 }) ?? tokens.lowerBound,
              let phrase = reader.postmodifiedSubject(start: start, cue: verb) ?? reader.before(verb, floor: start),
              phrase.tokens.lowerBound <= start + 1, phrase.form != .pronoun, reader.namesASpeaker(phrase),
              let (speaker, entity) = resolvedSpeaker(phrase)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: nil, source: nil)
    }

    private static let authorPointers: WordSet = ["that", "from", "by"]

    /// The first text in `tokens` that is issued or read aloud, and the verb that does it.
    private func issuedText(in tokens: Range<Int>) -> (noun: Int, verb: Int)? {
        for noun in tokens where view.has(noun, .writtenText) {
            if let verb = issuingVerb(ofDocumentEndingAt: noun, readAloud: true) { return (noun, verb) }
        }
        return nil
    }

    /// "Mr Haverford was blunt. “Rules are rules.”", "Mrs Ware was more direct. “…”": a sentence right before the
    /// words in marks, in their paragraph, that says only how its subject, a person, was (a form of "be" and at
    /// most three words of manner) introduces them.
    private mutating func mannerDescription(before open: Int) -> Attribution? {
        let stop = open - 1
        guard stop >= 2, view.isByte(stop, UInt8(ascii: ".")), view.quoteOf[stop] < 0 else { return nil }
        let sentence = view.document.sentences[view.sentenceOf[stop]]
        let tokens = sentence.tokens
        guard view.document.sentences[view.sentenceOf[open]].paragraph == sentence.paragraph,
              !tokens.contains(where: { view.quoteOf[$0] >= 0 }),
              let be = tokens.first(where: { view.has($0, .be) }), be > tokens.lowerBound,
              case let manner = (be + 1)..<stop, (1...3).contains(manner.count),
              manner.allSatisfy({ view.isWord($0) && !view.isCapitalized($0) && view.cue(at: $0, within: stop) == nil
                  && !view.has($0, [.article, .determiner, .possessive, .preposition, .ing, .negator, .finiteVerb, .irregularPast, .plural]) }),
              let phrase = reader.before(be, floor: tokens.lowerBound), phrase.tokens == tokens.lowerBound..<be,
              // A name, a pronoun or a role: "The ferry was cancelled again." says nothing of a speaker.
              phrase.form == .name || phrase.form == .pronoun || view.lexicon.kind(of: phrase.head) == .role,
              let (speaker, entity) = resolvedSpeaker(phrase), speaker.kind == .person
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: nil, source: nil)
    }

    /// "“We will build it.” — Ola Vik, harbour director": a dash after the closing mark and a name that ends the
    /// sentence sign a pull quote. The dash may open a sentence of its own in the same paragraph.
    private mutating func signature(after start: Int) -> Attribution? {
        var dash = start
        while dash < view.count && view.quoteOf[dash] < 0 && view.isPunctuation(dash, ",.") { dash += 1 }
        guard dash < view.count, view.quoteOf[dash] < 0, view.isLongDash(dash) || view.isByte(dash, UInt8(ascii: "-")),
              dash == start || view.sentenceOf[dash] == view.sentenceOf[start]
                || view.document.sentences[view.sentenceOf[dash]].paragraph == view.document.sentences[view.sentenceOf[start]].paragraph
        else { return nil }
        var end = view.document.sentences[view.sentenceOf[dash]].tokens.upperBound
        while end > dash + 1 && view.isPunctuation(end - 1, ".") { end -= 1 }
        guard let phrase = reader.after(dash + 1, limit: end), phrase.form == .name,
              phrase.tokens.upperBound == end || view.isComma(phrase.tokens.upperBound),
              let (speaker, entity) = resolvedSpeaker(phrase)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: nil, source: nil)
    }

    /// "His backing will carry “real weight” and bring the “local muscle” they need, union spokesman Per Holm
    /// said.": an attribution that closes the sentence after its last words in marks speaks for every fragment
    /// in it. Only a tail of a cue and a speaker counts ("…, which the mayor said was unfair" reports more).
    private mutating func sentenceTailAttribution(after open: Int) -> Attribution? {
        let sentence = view.document.sentences[view.sentenceOf[open]]
        var end = sentence.tokens.upperBound
        while end > open && view.document.tokens[end - 1].kind == .punctuation && view.quoteOf[end - 1] < 0 { end -= 1 }
        let lastQuoted = (open..<end).last(where: { view.quoteOf[$0] >= 0 }) ?? open
        guard let comma = ((lastQuoted + 1)..<max(lastQuoted + 1, end)).first(where: { view.isComma($0) }), end - comma <= 16
        else { return nil }
        let tail = (comma + 1)..<end
        guard let found = attribution(in: tail, partial: false), let cue = found.cueToken,
              let (_, length) = view.cue(at: cue, within: end)
        else { return nil }
        let afterCue = cue + length
        // "…, Holm said." or "…, said Per Holm, a union spokesman.": nothing follows but the speaker.
        return afterCue == end || speakerAlone(after: afterCue, end: end) != nil ? found : nil
    }

    /// The speaker an inverted cue names when nothing but it, and an apposition after a comma, follows to
    /// `end` ("said Per Holm, a union spokesman.").
    private func speakerAlone(after cueEnd: Int, end: Int) -> SpeakerPhrase? {
        guard let speaker = reader.after(cueEnd, limit: end),
              speaker.tokens.upperBound == end || view.isComma(speaker.tokens.upperBound)
        else { return nil }
        return speaker
    }

    /// Words after which a subordinate clause, with a subject of its own, begins.
    static let clauseIntroducers: WordSet = [
        "because", "which", "where", "although", "though", "whom", "once", "until", "unless", "that",
    ]

    /// Quantifiers that may stand for an unnamed group but never name a speaker.
    static let bareQuantifiers: WordSet = ["some", "many", "most", "several", "few", "both", "another", "others", "all"]

    /// "Enernorth welcomed the statement but warned that …": a name whose own past-tense verb the cue is joined to
    /// is the cue's subject, even one the lexicon does not know ("Founded by …" is no such verb).
    private func isSubjectOfJoinedVerb(_ phrase: SpeakerPhrase, cue: Int) -> Bool {
        guard phrase.form == .name, joinsPredicate(cue: cue, floor: phrase.tokens.upperBound) else { return false }
        return hasOwnPastVerb(phrase, before: cue, skippingTime: false)
    }

    /// "Beijing rejected the proposal, calling it “…”", "The White House on Friday dismissed the plan, saying …": a
    /// name whose own past-tense verb opens the clause speaks in a participle of saying after the clause's comma,
    /// even a name the lexicon does not know as a speaker's (a capital, a ministry's building).
    private func isSubjectOfParticipleClause(_ phrase: SpeakerPhrase, cue: Int) -> Bool {
        // "The White House": a description whose words after the article are all capitalized is a name too.
        let isName = phrase.form == .name
            || phrase.form == .description && phrase.tokens.count >= 2 && view.has(phrase.tokens.lowerBound, .article)
                && phrase.tokens.dropFirst().allSatisfy { view.isCapitalized($0) }
        guard isName, cue >= 2, view.has(cue, .ing), view.isComma(cue - 1), view.quoteOf[cue - 1] < 0 else { return false }
        return hasOwnPastVerb(phrase, before: cue - 1, skippingTime: true)
    }

    /// Whether the phrase is followed by its own active past-tense verb before `limit`, with only interveners and
    /// adverbs (and, when `skippingTime`, days and times: "on Friday") between.
    private func hasOwnPastVerb(_ phrase: SpeakerPhrase, before limit: Int, skippingTime: Bool) -> Bool {
        var verb = phrase.tokens.upperBound
        while verb < limit && (view.has(verb, [.intervener, .adverb]) || skippingTime && view.has(verb, .dayWord)) {
            if skippingTime && view.has(verb, .be) { return false }
            verb += 1
        }
        return verb < limit && view.has(verb, [.ed, .irregularPast]) && !view.isCapitalized(verb) && !view.isLower(verb + 1, "by")
    }

    /// "Nordlys responded late Friday with an editor's note …, saying": a name whose own verb is a cue speaks,
    /// even one the lexicon does not know as a person's.
    private func precedesCue(_ phrase: SpeakerPhrase, limit: Int) -> Bool {
        guard phrase.form == .name else { return false }
        let end = phrase.tokens.upperBound
        var next = end
        while next < limit && view.has(next, [.intervener, .adverb]) { next += 1 }
        // "Mulcahy was quoted as saying …": the one quoted is a speaker too.
        if end + 2 < limit && view.has(end, .be), let asIndex = ((end + 2)..<min(limit, end + 4)).first(where: { view.isLower($0, "as") }),
           isQuotedAs(asIndex) {
            return true
        }
        return next < limit && view.cue(at: next, within: limit) != nil
    }

    private func isBareQuantifier(_ phrase: SpeakerPhrase) -> Bool {
        let last = phrase.tokens.upperBound - 1
        // "A few said …" as "Few said …".
        let opensWithA = phrase.tokens.count == 2 && view.isLower(phrase.tokens.lowerBound, "a") && view.isLower(last, "few")
        return (phrase.tokens.count == 1 || opensWithA) && Self.bareQuantifiers.contains(view.lower[last])
    }

    /// "President Clinton released the following statement:" ending the paragraph before a quote: the
    /// sentence's cue and speaker, or else the subject of its main clause (after any introductory clause).
    private mutating func paragraphIntroducer(before open: Int, paragraph: Int) -> Attribution? {
        let colon = open - 1
        guard colon >= 0, view.isByte(colon, UInt8(ascii: ":")) else { return nil }
        let sentence = view.document.sentences[view.sentenceOf[colon]]
        guard sentence.paragraph == paragraph - 1 else { return nil }
        let frame = max(sentence.tokens.lowerBound, colon - Self.frameReach)..<colon
        if let found = attribution(in: frame, partial: false) { return found }
        return colonSubject(before: colon, floor: frame.lowerBound)
    }

    /// "Judge Castellanos spoke to the Ledger about the cases that stayed with her." ending the paragraph before
    /// words in marks that no cue attributes: the person who spoke (or talked) to someone is who speaks them.
    private mutating func interviewIntroducer(before open: Int, paragraph: Int) -> Attribution? {
        let sentenceIndex = view.sentenceOf[open]
        guard sentenceIndex > 0, case let sentence = view.document.sentences[sentenceIndex - 1], sentence.paragraph == paragraph - 1,
              !sentence.tokens.contains(where: { view.quoteOf[$0] >= 0 }),
              let verb = sentence.tokens.first(where: { index in
                  Self.conversationVerbs.contains(view.lower[index]) && index + 1 < sentence.tokens.upperBound
                      && ["to", "with"].contains(view.lower[index + 1])
              }),
              let phrase = reader.before(verb, floor: sentence.tokens.lowerBound),
              phrase.tokens.lowerBound == sentence.tokens.lowerBound || view.isComma(phrase.tokens.lowerBound - 1),
              phrase.form == .name || phrase.form == .description, !phrase.isOrganization,
              let (speaker, entity) = resolvedSpeaker(phrase)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: view.phrase(verb..<(verb + 2)), source: nil)
    }

    private static let conversationVerbs: WordSet = ["spoke", "talked", "speaks", "talks"]

    /// "Okonkwo: “We Will Not Back Down”" as a line of its own: a name, a colon and words in marks, and
    /// nothing else in the sentence, as headlines and pull quotes print them.
    private func isHeadline(_ frames: MarkedFrames) -> Bool {
        frames.introduced && frames.before.lowerBound == frames.sentenceStart && view.wordCount(frames.after) == 0
            && frames.before.count <= 5
    }

    /// "‘We will not sell’: Hauge defiant over port", "“I never wanted to be famous”: a conversation with Odile
    /// Marchetti-Vance": a headline that opens with words in marks and a colon names their speaker right after the
    /// colon (or after "conversation with", "interview with"): a name the story knows, or a full name.
    private mutating func headlineSpeakerAfterColon(open: Int, frames: MarkedFrames) -> Attribution? {
        guard open == frames.sentenceStart, let colon = frames.after.first, view.isByte(colon, UInt8(ascii: ":")),
              isHeadlineLine(view.sentenceOf[open])
        else { return nil }
        let limit = frames.after.upperBound
        var start = colon + 1
        if let with = (start..<min(limit, start + 4)).first(where: { view.isLower($0, "with") }),
           (start..<with).contains(where: { Self.conversationNouns.contains(view.lower[$0]) }) {
            start = with + 1
        }
        let end = reader.nameRunEnd(from: start, limit: limit)
        guard end > start, let phrase = reader.classify(start..<end), phrase.form == .name, !phrase.isOrganization,
              end - start >= 2 || registry.resolve(name: view.phrase(phrase.name), lastWord: view.lower[end - 1]) != nil,
              let (speaker, entity) = resolvedSpeaker(phrase)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: nil, source: nil)
    }

    private static let conversationNouns: WordSet = ["conversation", "interview", "talk", "chat", "audience"]

    /// The speaker of words a colon introduces without a cue: the name or description that opens the
    /// clause before the colon, up to the first word that cannot continue it (its verb): "Brandt:", "The
    /// port authority released the following statement:", "The minister was blunt:". A lone capitalized
    /// word names a speaker only when the document already knows the name ("Update:" does not), or when it
    /// labels a headline that is only the name and the quote (and is not a layout word).
    private mutating func colonSubject(before colon: Int, floor: Int, isHeadline: Bool = false) -> Attribution? {
        // "… how tempting that can be!— Cruz called them on it:": a dash opens a clause as a comma does.
        var clauseStart = (floor..<colon).last(where: { view.isComma($0) || view.isLongDash($0) })
            .map { $0 + 1 } ?? floor
        // "09:12 Met Office forecaster Dan Kerridge: “…”": a live blog's entries open with the time.
        clauseStart = clockTimeEnd(at: clauseStart, limit: colon) ?? clauseStart
        guard clauseStart < colon else { return nil }
        if let roundUp = roundUpSpeaker(before: colon, comma: clauseStart - 1, floor: floor) { return roundUp }
        if let subject = subjectBeforeScene(floor: floor, comma: clauseStart - 1, colon: colon) { return subject }
        if let subject = subjectBeforeAside(floor: floor, secondComma: clauseStart - 1, colon: colon) { return subject }
        if let named = nameBeforeApposition(floor: floor, secondComma: clauseStart - 1, colon: colon) { return named }
        // "The message from the coach, Tariq Benali, was simple:": a framing noun opens the sentence, before an
        // apposition set off by commas.
        if clauseStart > floor, let framed = framingNounAttribution(floor, colon: colon) { return framed }
        // "…, but she gave the mayor a back-handed compliment:", "Then Cruz hit back:": past the conjunction or
        // sentence adverb, the subject speaks.
        if clauseStart + 1 < colon && (view.has(clauseStart, .coordinator) || view.isWord(clauseStart) && view.has(clauseStart, .clauseOpener)) {
            clauseStart += 1
        }
        if Self.personalSubjects.contains(view.lower[clauseStart]), clauseStart + 1 < colon, !view.has(clauseStart + 1, .phraseEnder),
           let phrase = pronounPhrase(clauseStart), let (speaker, entity) = resolvedSpeaker(phrase) {
            return Attribution(speaker: speaker, entity: entity, cue: nil, source: nil)
        }
        // "Minister: 'We Will Rebuild Every School'": a headline labelled with a role alone gives the words of the
        // person the article introduces with that role.
        if isHeadline, clauseStart + 1 == colon, view.wordKinds[clauseStart] == .role,
           let entity = registry.firstNamed(withRoleWord: view.lower[clauseStart]) {
            let label = clauseStart..<colon
            return Attribution(speaker: speaker(entity, mention: view.phrase(label), span: view.span(label)), entity: entity, cue: nil, source: nil)
        }
        if let framed = framingNounAttribution(clauseStart, colon: colon) { return framed }
        if let quoted = quotedBeforeColon(clauseStart, colon: colon) { return quoted }
        for end in (clauseStart + 1)...min(colon, clauseStart + 7) {
            guard end == colon || !reader.isPhraseWord(end, lowerLimit: clauseStart, upperLimit: colon),
                  let phrase = reader.before(end, floor: clauseStart, allowApposition: false),
                  phrase.tokens.lowerBound == clauseStart, phrase.form != .pronoun, !isBareQuantifier(phrase)
            else { continue }
            let labelsHeadline = isHeadline && phrase.form == .name && end == colon
                && !TranscriptLabel.layoutWords.contains(view.lower[phrase.tokens.lowerBound])
            guard reader.namesASpeaker(phrase) || labelsHeadline
                || registry.resolve(name: view.phrase(phrase.name), lastWord: view.lower[phrase.tokens.upperBound - 1]) != nil,
                let (speaker, entity) = resolvedSpeaker(phrase)
            else { return nil }
            return Attribution(speaker: speaker, entity: entity, cue: nil, source: nil)
        }
        return nil
    }

    /// "Lotte Brandl quoted her father:", "He likes to cite Churchill:": the words a colon introduces after a verb
    /// of quoting are its object's, not its subject's.
    private mutating func quotedBeforeColon(_ clauseStart: Int, colon: Int) -> Attribution? {
        guard let verb = (clauseStart..<colon).first(where: { Self.quotingVerbs.contains(view.lower[$0]) && view.quoteOf[$0] < 0 }),
              verb + 1 < colon, let phrase = reader.after(verb + 1, limit: colon), phrase.tokens.upperBound == colon,
              phrase.form != .pronoun, let (speaker, entity) = resolvedSpeaker(phrase)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: view.lower[verb], source: nil)
    }

    private static let quotingVerbs: WordSet = ["quoted", "quotes", "quoting", "quote", "cited", "cites", "citing", "cite"]

    /// Where a clock time that opens a line ends ("09:12", "9.12am", "10am", "14:05 GMT"), with a dash or colon after it.
    private func clockTimeEnd(at start: Int, limit: Int) -> Int? {
        var end: Int
        if start + 2 < limit, view.isHoursAndMinutes(start) {
            end = start + 3
        } else if start < limit, Self.isClockWord(view.lower[start]) {
            end = start + 1
        } else {
            return nil
        }
        if end < limit, Self.clockSuffixes.contains(view.lower[end]) { end += 1 }
        if end < limit, view.isLongDash(end) || view.isByte(end, UInt8(ascii: "-")) || view.isByte(end, UInt8(ascii: ":")) { end += 1 }
        return end < limit ? end : nil
    }

    private static let clockSuffixes: WordSet = ["am", "pm", "a.m.", "p.m.", "gmt", "bst", "utc", "et", "cet", "pt"]

    /// "9.12am", "10am", "7:45pm": a time written as one word.
    private static func isClockWord(_ word: String) -> Bool {
        let bytes = word.utf8
        let meridiem = bytes.dropLast().last
        guard bytes.count >= 3, bytes.last == UInt8(ascii: "m"), meridiem == UInt8(ascii: "a") || meridiem == UInt8(ascii: "p"),
              let first = bytes.first, first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
        else { return false }
        return bytes.dropLast(2).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }
    }

    /// "The message from the coach was simple:", "His advice to young players:", "Kolar's verdict was brief:": a
    /// noun of saying that opens the clause before a colon frames the words of its owner (after "from" or "of",
    /// or its possessor).
    private func ownerOfFramingNoun(_ clauseStart: Int, colon: Int) -> SpeakerPhrase? {
        // Up to four words before the noun, and a plural's apostrophe ("The crew members' verdict?").
        guard let noun = (clauseStart..<min(colon, clauseStart + 5)).first(where: {
                  view.has($0, .reportNoun) || Self.framingNouns.contains(view.lower[$0])
              }), noun > clauseStart, colon - noun <= 13
        else { return nil }
        let owner: SpeakerPhrase?
        if noun + 2 < colon, view.isLower(noun + 1, "from") || view.isLower(noun + 1, "of") {
            // "The reply from Lars Engström came within minutes": the owner ends at the verb, whatever its form; a
            // regular past ends it right after a name or a person's noun ("from Solveig Brekke arrived by email", not
            // "from the embattled mayor").
            var stop = ((noun + 2)..<colon).first { index in
                view.has(index, [.be, .finiteVerb, .auxiliary, .irregularPast]) || view.isLower(index, "to")
                    || view.has(index, .ed) && (view.isCapitalized(index - 1) || view.wordKinds[index - 1] != nil)
            } ?? colon
            // "The message from the coach, Tariq Benali, was simple": the comma that closes an apposition.
            if stop - 1 > noun + 2 && view.isComma(stop - 1) { stop -= 1 }
            owner = agentPhrase(noun + 2, upTo: stop).flatMap { $0.form == .pronoun ? nil : $0 }
        } else {
            // What follows the noun is a short predicate or addressee ("was simple", "to young players"), no cue.
            guard !((noun + 1)..<colon).contains(where: { view.cue(at: $0, within: colon) != nil || view.quoteOf[$0] >= 0 }) else { return nil }
            owner = possessor(of: noun, floor: clauseStart)
        }
        // "The words of the song": only someone who can speak owns the words ("the crew members' verdict": a group
        // of people does).
        guard let owner, owner.form == .pronoun || owner.form == .name || reader.namesASpeaker(owner)
                || owner.form == .anonymous && reader.looksLikePeople(owner.tokens.upperBound - 1)
        else { return nil }
        return owner
    }

    /// "Her response to the criticism? “Let them talk.”": a question that names someone's words frames the quote
    /// right after it, as a colon would.
    private mutating func framingQuestionAttribution(open: Int) -> Attribution? {
        guard open > 0, view.words[open - 1] == "?", view.quoteOf[open - 1] < 0 else { return nil }
        return framingNounAttribution(view.document.sentences[view.sentenceOf[open - 1]].tokens.lowerBound, colon: open - 1)
    }

    /// The owner of a framing noun (``ownerOfFramingNoun(_:colon:)``), resolved, as the attribution of the quote
    /// after the colon or question mark at `colon`.
    private mutating func framingNounAttribution(_ clauseStart: Int, colon: Int) -> Attribution? {
        guard let owner = ownerOfFramingNoun(clauseStart, colon: colon), let (speaker, entity) = resolvedSpeaker(owner) else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: nil, source: nil)
    }

    /// Nouns for what someone said that frame words in marks after a colon, besides the report nouns of the
    /// cue lexicon.
    private static let framingNouns: WordSet = [
        "message", "advice", "verdict", "response", "reply", "answer", "reaction", "plea", "instructions", "explanation",
        "assessment", "conclusion", "words", "comment", "comments", "retort", "diagnosis", "summary",
    ]

    /// "The Morning Ledger, in an editorial: “…”", "Ossory, in a statement: “…”": a subject and the scene of its
    /// words, with no verb, before the colon.
    private mutating func subjectBeforeScene(floor: Int, comma: Int, colon: Int) -> Attribution? {
        guard comma > floor, view.isComma(comma), !(floor..<comma).contains(where: { view.isComma($0) }),
              reader.isScenePhrase((comma + 1)..<colon),
              let subject = reader.before(comma, floor: floor, allowApposition: false), subject.tokens.lowerBound == floor,
              reader.namesASpeaker(subject) || subject.isOutlet, let (speaker, entity) = resolvedSpeaker(subject)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: nil, source: nil)
    }

    /// "The senator from Ohio, in explaining her vote, wrote:": an aside set off between the subject and the verb
    /// before the colon says how it was said, and the subject before it speaks.
    private mutating func subjectBeforeAside(floor: Int, secondComma: Int, colon: Int) -> Attribution? {
        guard secondComma > floor, view.isComma(secondComma), secondComma + 1 < colon,
              let firstComma = (floor..<secondComma).last(where: { view.isComma($0) }), firstComma > floor,
              reader.isAside((firstComma + 1)..<secondComma),
              let subject = reader.postmodifiedSubject(start: floor, cue: secondComma + 1) ?? reader.before(firstComma, floor: floor, allowApposition: false),
              subject.tokens.lowerBound == floor, reader.namesASpeaker(subject),
              let (speaker, entity) = resolvedSpeaker(subject)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: nil, source: nil)
    }

    /// "Ada Nes, the county engineer, reacted sharply to the plan: “…”", "His neighbour, Randi Holm, was
    /// angrier: “…”": the comma before the predicate closes an apposition, and the name on either side of it
    /// (before it, or as the apposition of a short description) is the clause's subject.
    private mutating func nameBeforeApposition(floor: Int, secondComma: Int, colon: Int) -> Attribution? {
        guard secondComma > floor, view.isComma(secondComma), secondComma + 1 < colon,
              !view.has(secondComma + 1, [.coordinator, .conjunction, .subordinator]), view.wordKinds[secondComma + 1] != .pronoun,
              let firstComma = (floor..<secondComma).first(where: { view.isComma($0) }), firstComma + 1 < secondComma,
              !((firstComma + 1)..<secondComma).contains(where: { view.isComma($0) || view.quoteOf[$0] >= 0 })
        else { return nil }
        let reader = self.reader
        func nameBeforeFirstComma() -> SpeakerPhrase? {
            guard let named = reader.before(firstComma, floor: floor, allowApposition: false), named.tokens.lowerBound == floor,
                  named.form == .name else { return nil }
            return named
        }
        func nameInApposition() -> SpeakerPhrase? {
            // "Its chief executive, …" and "Fjordlink's chief executive, …": a description owned by a body or person.
            let owner = (floor..<firstComma).first { !view.isCapitalized($0) || reader.isPossessiveName($0) }
            let opensDescription = view.has(floor, [.article, .possessive, .determiner]) || owner.map(reader.isPossessiveName) ?? false
            guard opensDescription, firstComma - floor <= 4,
                  let named = reader.before(secondComma, floor: firstComma + 1, allowApposition: false),
                  named.tokens == (firstComma + 1)..<secondComma
            else { return nil }
            return named
        }
        // "the county engineer", "61", or a participle aside ("asked whether the board would reconsider") describe
        // a name before them; "His neighbour, retired fisherman Oddvar Berg," names the description before it.
        let opensAside = view.has(firstComma + 1, [.article, .possessive, .determiner, .ed])
            || view.document.tokens[firstComma + 1].kind == .number
        guard let person = opensAside ? nameBeforeFirstComma() ?? nameInApposition() : nameInApposition(),
              person.form == .name,
              reader.namesASpeaker(person)
                  || registry.resolve(name: view.phrase(person.name), lastWord: view.lower[person.tokens.upperBound - 1]) != nil,
              let (speaker, entity) = resolvedSpeaker(person)
        else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: nil, source: nil)
    }

    /// "Mara Quist, The Harbour Gazette: “…”", as round-ups of commentators print it: the person speaks, and
    /// the name after the comma is where they write or work. The label may run over commas ("Dr. Tom Ellery,
    /// transport economist, University of the Highlands:") and describe the person in a relative clause ("Gwen
    /// Pritchard, who runs the island's only bakery:").
    private mutating func roundUpSpeaker(before colon: Int, comma: Int, floor: Int) -> Attribution? {
        guard comma > floor, view.isComma(comma), let split = (floor...comma).first(where: { view.isComma($0) }),
              let person = reader.before(split, floor: floor, allowApposition: false), person.form == .name,
              person.tokens.lowerBound == floor
        else { return nil }
        let parts = labelParts((split + 1)..<colon)
        // "Halvorsen, writing in the Clarion: “…”": a surname alone opens a round-up line when an outlet follows it.
        let outlet = parts.count == 1 ? outletLabel(parts[0]) : nil
        guard person.name.count >= 2 || outlet != nil && !view.has(floor, [.notName, .dayWord]) else { return nil }
        // "Tomasz Wiśniewski, 52: “…”": an age is no label, and no role.
        let ages = parts.map { $0.count == 1 && view.isAge($0.lowerBound) }
        let age = parts.count == 1 && ages[0]
        var labelled = true
        for (part, isAge) in zip(parts, ages) where !isAge && !isRoundUpLabel(part) && !describesInRelativeClause(part) { labelled = false }
        guard age || outlet != nil || labelled, let (resolved, entity) = resolvedSpeaker(person) else { return nil }
        var speaker = resolved
        if !age, let role = zip(parts, ages).first(where: { !$0.1 })?.0 { speaker.role = speaker.role ?? view.phrase(outlet ?? role) }
        return Attribution(speaker: speaker, entity: entity, cue: nil, source: nil)
    }

    /// The parts of a round-up label between its commas.
    private func labelParts(_ label: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = label.lowerBound
        for index in label where view.isComma(index) {
            parts.append(start..<index)
            start = index + 1
        }
        parts.append(start..<label.upperBound)
        return parts.filter { !$0.isEmpty }
    }

    /// "who runs the island's only bakery": a relative clause on the person, with no words in marks and no cue.
    private func describesInRelativeClause(_ part: Range<Int>) -> Bool {
        guard let first = part.first, view.isLower(first, "who"), part.count >= 3, view.wordCount(part) <= 12 else { return false }
        return !part.contains { view.quoteOf[$0] >= 0 || view.cue(at: $0, within: part.upperBound) != nil }
    }

    /// The outlet a round-up line names after the person, with "the" and perhaps "writing in" or "in" before it
    /// ("the Clarion", "writing in the Morning Ledger"): the article and the capitalized words after it.
    private func outletLabel(_ label: Range<Int>) -> Range<Int>? {
        var start = label.lowerBound
        if start + 1 < label.upperBound && view.isLower(start, "writing") && view.isLower(start + 1, "in") { start += 2 }
        else if start < label.upperBound && view.isLower(start, "in") { start += 1 }
        guard start + 1 < label.upperBound, view.isLower(start, "the"),
              ((start + 1)..<label.upperBound).allSatisfy({ view.isCapitalized($0) && view.quoteOf[$0] < 0 })
        else { return nil }
        return start..<label.upperBound
    }

    /// What a round-up prints after the name: an outlet or a body ("The Harbour Gazette"), or a short lowercase
    /// description of what the person does ("net mender", "retired teacher from Alta"), with no verb.
    private func isRoundUpLabel(_ label: Range<Int>) -> Bool {
        let reader = self.reader
        if label.allSatisfy({ reader.isPhraseWord($0, lowerLimit: label.lowerBound, upperLimit: label.upperBound) || view.has($0, .article) }) {
            return true
        }
        return view.wordCount(label) <= 5 && label.allSatisfy { index in
            view.isGluedHyphen(index) || view.isCapitalized(index) && index > label.lowerBound
                || view.isPlainWord(index, excluding: [.clauseWord, .finiteVerb, .be, .auxiliary, .relativePronoun, .negator])
        }
    }

    /// The next sentence of the paragraph when it is a bare attribution: short, starting with a speaker
    /// phrase and a cue ("Sanders said.", "Pence said in response.") or a cue and a speaker ("said Rick Wilson").
    private func attributionSentence(after close: Int, paragraph: Int) -> Range<Int>? {
        let sentences = view.document.sentences
        let index = view.sentenceOf[close] + 1
        guard index < sentences.count else { return nil }
        let range = sentences[index].tokens
        // "“…” That was the verdict of Ana Lim, a retired judge, after …": a sentence that points back at the words
        // and says whose they were may go on about that person.
        // ("That was Ferriter's verdict.": an owner may stand for "the".)
        let pointsBack = range.count > 3 && Self.replyPointers.contains(view.lower[range.lowerBound]) && !view.isLower(range.lowerBound, "so")
            && Self.replyVerbs.contains(view.lower[range.lowerBound + 1])
            && (view.isLower(range.lowerBound + 2, "the") || Self.possessivePronouns[view.lower[range.lowerBound + 2]] != nil
                || opensWithPossessiveName((range.lowerBound + 2)..<range.upperBound))
        // So may one that says how someone put them ("“…” That is how Ilse Bakker, a lawyer in Rotterdam, sums up
        // the problem with …").
        let pointsAtHow = range.count > 4 && (view.isLower(range.lowerBound, "that") || view.isLower(range.lowerBound, "this"))
            && view.has(range.lowerBound + 1, .be) && view.isLower(range.lowerBound + 2, "how")
        // "“The numbers do not add up.” ¶ That was the verdict of the city's auditor …": words in marks standing
        // alone as a paragraph may be pointed back at from the next one.
        if sentences[index].paragraph != paragraph {
            guard pointsBack || pointsAtHow, sentences[index].paragraph == paragraph + 1, isAlone(quoteClosingAt: close, paragraph: paragraph)
            else { return nil }
        }
        // "Trump replied: “No …”" (or "Trump replied:" before the next paragraph's quote) attributes its own
        // quote, not the one before.
        guard !range.isEmpty, pointsBack || pointsAtHow || view.wordCount(range.prefix(20)) <= 14, view.quoteOf[range.lowerBound] < 0,
              !endsWithColon(sentences[index]), !range.contains(where: { view.quoteOf[$0] >= 0 })
        else { return nil }
        if view.cue(at: range.lowerBound, within: range.upperBound) != nil { return range }
        let first = range.lowerBound
        // "“…” So said the coroner.": a cue after a pointer says whose the words were too.
        if pointsBack || range.count > 3 && view.isLower(first, "so") && view.cue(at: first + 1, within: range.upperBound) != nil {
            return range
        }
        // "“It’s a death trap.” That is how one parent described the pool.": the clause after "how" says who, its
        // subject perhaps with an apposition.
        if pointsAtHow, range.dropFirst(3).prefix(16).contains(where: { view.cue(at: $0, within: range.upperBound) != nil }) {
            return (first + 3)..<range.upperBound
        }
        // The cue may stand after an apposition: "Miller, a retired worker from a nuclear plant, said …".
        for cue in range.prefix(16) {
            guard let (found, length) = view.cue(at: cue, within: range.upperBound) else { continue }
            guard let phrase = reader.before(cue, floor: range.lowerBound) else { return nil }
            let rest = (cue + length)..<range.upperBound
            // "Neighbours described Mr Kowalczyk as a quiet man.": what a verb of judging or naming takes is what
            // its own sentence reports.
            let namesObject = (found.kind == .content || found.kind == .naming) && view.wordCount(rest) > 0
            let ownReport = reportsOwnWords(rest) || opensOwnClause(after: cue + length, cue: found, end: range.upperBound)
            return phrase.tokens.lowerBound == range.lowerBound && !namesObject && !ownReport ? range : nil
        }
        return nil
    }

    /// Whether the quote closing at `close` is all its paragraph holds, punctuation aside.
    private func isAlone(quoteClosingAt close: Int, paragraph: Int) -> Bool {
        let sentences = view.document.sentences[view.document.paragraphs[paragraph].sentences]
        guard let first = sentences.first?.tokens.lowerBound, let last = sentences.last?.tokens.upperBound else { return false }
        let quote = view.quoteOf[close]
        return (first..<last).allSatisfy { view.quoteOf[$0] == quote || !view.isWord($0) }
    }

    /// "Dale agreed, adding that …", "She responded, arguing that …": a cue followed at once by a comma and a
    /// participle of saying reports nothing itself; the participle reports for the same subject.
    /// So does one whose addressee comes before the participle ("wrote to members warning that …", "emailed
    /// passengers saying …"), and one whose object is only a word pointing back ("denied that, saying …", "confirmed
    /// this, adding that …"): "that" before a comma opens no clause.
    private func handsOverToParticiple(_ next: Int, end: Int) -> Bool {
        guard next + 2 < end, view.quoteOf[next] < 0 else { return false }
        if Self.pointingObjects.contains(view.lower[next]), view.isComma(next + 1) { return handsOverToParticiple(next + 1, end: end) }
        let participle = view.isComma(next) ? next + 1
            : (next + 1..<min(end, next + 8)).prefix { view.quoteOf[$0] < 0 && view.isWord($0) }.first {
                view.has($0, .ing) && view.cue(at: $0, within: end) != nil
            }
        guard let participle, view.has(participle, .ing), let (cue, _) = view.cue(at: participle, within: end),
              cue.kind == .verb || cue.kind == .object || cue.kind == .direct
        else { return false }
        return participle == next + 1 && view.isComma(next) || messageBefore(participle: participle) != nil
    }

    private static let pointingObjects: WordSet = ["that", "this", "it"]

    /// "…, saying the money had been found", "…, adding that …": a comma and the -ing form of a cue.
    /// Also after a word that introduces a participle ("…, while admitting that two routes would be cut").
    private func opensParticipleReport(after comma: Int, end: Int) -> Bool {
        let participle = comma + 1 < end && Self.participleIntroducers.contains(view.lower[comma + 1]) ? comma + 2 : comma + 1
        return participle + 1 < end && view.has(participle, .ing) && view.cue(at: participle, within: end) != nil
    }

    /// "The paper reported that the mill would close, citing two managers": a participle of sourcing after a comma
    /// says where the reporter had the clause from; its subject is the reporter, so the clause ends before it.
    private func namesItsSource(after comma: Int, end: Int) -> Bool {
        comma + 2 < end && Self.sourcingParticiples.contains(view.lower[comma + 1])
    }

    private static let sourcingParticiples: WordSet = ["citing", "quoting"]

    /// "said she would not take the money, sharpening her contrast with the governor", "…, setting up a clash with
    /// the Senate": a participle of consequence after a comma says what the saying did; its subject is the speaker's
    /// clause, so the reported clause ends before it.
    private func opensResultClause(after comma: Int, end: Int) -> Bool {
        comma + 2 < end && Self.resultParticiples.contains(view.lower[comma + 1]) && view.isWord(comma + 2)
    }

    private static let resultParticiples: WordSet = [
        "prompting", "sparking", "fueling", "fuelling", "triggering", "sharpening", "deepening", "widening",
        "escalating", "underscoring", "highlighting", "signaling", "signalling", "echoing", "reversing", "contradicting",
        "throwing", "drawing", "setting", "dealing", "handing", "leaving", "marking",
    ]

    /// "The strike went on, with managers warning that …": in an absolute phrase after "with" (which a comma or the
    /// sentence's start opens), the noun phrase before an -ing cue is its subject.
    private func absoluteSubject(ofCue index: Int, floor: Int) -> SpeakerPhrase? {
        guard view.has(index, .ing), let with = (max(floor, index - 7)..<index).last(where: { view.isLower($0, "with") }),
              with == floor || view.isComma(with - 1), with + 1 < index
        else { return nil }
        // "Residents were angry, with two saying …": a count alone is part of the group the sentence named.
        if with + 2 == index, let count = reader.countAlone(at: with + 1) { return count }
        guard let phrase = reader.before(index, floor: with + 1), phrase.tokens == (with + 1)..<index, phrase.form != .pronoun
        else { return nil }
        return phrase
    }

    /// "Scientists observing the talks were relieved": an -ing form of saying right after a subject with no verb
    /// before it describes the subject; the sentence's own verb comes after its object, and nobody reports what
    /// follows. Before "that" the participle still reports ("Doctors warning that … were ignored").
    private func modifiesSubject(participle index: Int, cueEnd: Int, subjectStart: Int) -> Bool {
        guard view.has(index, .ing), index > subjectStart, !view.isComma(index - 1), !view.isLower(cueEnd, "that"),
              let subject = reader.before(index, floor: subjectStart)
        else { return false }
        // A pronoun ("I'm saying", "She's claiming") carries its auxiliary; "Trump keeps saying" is no noun phrase;
        // a text speaks in its participle ("A notice saying the ferry was withdrawn was pinned up").
        return subject.tokens == subjectStart..<index && subject.form != .pronoun
            && !SpeakerPhraseReader.documentNouns.contains(view.lower[index - 1])
            && (subjectStart..<index).allSatisfy { !isVerb($0) && !view.has($0, .auxiliary) }
    }

    /// "Ola Brun insisted that the cut was temporary.": after its cue, a sentence that says what was said is no
    /// bare attribution of the quote before it (that quote is still its earlier speaker's); "Brun said in a
    /// statement." is.
    /// "“…agents of influence.” Critics say the bill copies a Russian law.": a clause after the cue (after whom it was
    /// said to), opening on a determiner or a subject pronoun, is what the cue's sentence reports, whatever verb the
    /// lexicon misses ("said pleasantly into the phone", "said on Tuesday" are how and when).
    private func opensOwnClause(after cueEnd: Int, cue: QuoteLexicon.Cue, end: Int) -> Bool {
        let tail = skipAddressee(after: cueEnd, cue: cue, end: end)..<end
        guard view.wordCount(tail) >= 3, let first = tail.first else { return false }
        // "“Is that fair?” Ortiz asked the lawyer for the state.": a person described, and no more, is the addressee.
        if let person = personObjectEnd(from: first, limit: end), !(person..<end).contains(where: { view.isWord($0) }) { return false }
        return view.has(first, [.article, .determiner, .possessive]) || TokenView.subjectPronouns.contains(view.lower[first])
    }

    private func reportsOwnWords(_ rest: Range<Int>) -> Bool {
        rest.contains { view.isLower($0, "that") || view.has($0, [.finiteVerb, .be, .auxiliary]) }
    }

    private func clamp(_ frame: Range<Int>) -> Range<Int> {
        frame.lowerBound..<min(frame.upperBound, frame.lowerBound + Self.frameReach)
    }

    /// "“A disgrace” - that was how Kinsella described it", "“A disgrace” is how …": the clause after "how" in the
    /// same sentence, which names who gave the words, or nil.
    private func clauseAfterHow(_ after: Range<Int>) -> Range<Int>? {
        var start = after.lowerBound
        if start < after.upperBound, isAsideDash(start) || view.isByte(start, UInt8(ascii: ":")) { start += 1 }
        if start < after.upperBound, view.isLower(start, "that") || view.isLower(start, "this") { start += 1 }
        guard start + 2 < after.upperBound, view.has(start, .be), view.isLower(start + 1, "how") else { return nil }
        return (start + 2)..<after.upperBound
    }

    /// A quote is direct when it stands as its own statement: nothing but an attribution ("X said," or
    /// "X warned:") comes before it in its sentence.
    private func isDirect(before: Range<Int>, inner: Range<Int>) -> Bool {
        if view.wordCount(before) == 0 { return true }
        guard let last = before.last, view.isPunctuation(last, ",:") else { return false }
        guard let firstWord = inner.first(where: { view.isWord($0) }) else { return false }
        return view.isCapitalized(firstWord) || view.document.tokens[firstWord].kind == .number
    }

    /// Titles of works and names in quote marks ("Sunday Morning Futures") are not quotes.
    private func isTitle(_ inner: Range<Int>) -> Bool {
        let words = inner.filter { view.isWord($0) }
        guard !words.isEmpty, words.count <= 8, view.isCapitalized(words[0]),
              words.allSatisfy({ view.isCapitalized($0) || view.has($0, .titleFiller) || view.document.tokens[$0].kind == .number })
        else { return false }
        // One capitalized word is a title when a possessive owner names it ("NBC’s “Today”", "Fox’s “Hannity”").
        return words.count > 1 || isOwnedByName(markBefore: inner.lowerBound)
    }

    /// "The crowd chanted “Freedom for Ihar”", "shouted “Get Out”": words in marks right after a verb of loud
    /// speech are what was shouted, however they are capitalized (slogans often are), not a title. A song is sung
    /// by its title ("sang “Blue Moon”").
    private func isShouted(open: Int) -> Bool {
        guard open > 0, let (cue, length) = view.cue(at: open - 1, within: open), length == 1, cue.kind == .direct else { return false }
        return !Self.singing.contains(view.lower[open - 1])
    }

    private static let singing: WordSet = ["sang", "sing", "sings", "singing", "sung"]

    /// "Her title track, “Harri eta Ur,” has …", "the album “Sal y agua”": a few words in marks right after a noun
    /// for a work, with or without a comma, are its title in whatever language and case, not anyone's words.
    private func namesAWork(_ inner: Range<Int>, before: Range<Int>) -> Bool {
        guard var noun = before.last else { return false }
        if view.isComma(noun) && noun > before.lowerBound { noun -= 1 }
        guard view.isWord(noun), !view.isCapitalized(noun), Self.workNouns.contains(view.lower[noun]) else { return false }
        // "said of the episode, “I don't like it”": a topic after a cue, and the words are the speaker's.
        if (max(before.lowerBound, noun - 4)..<noun).contains(where: { view.cue(at: $0, within: noun) != nil }) { return false }
        let words = inner.filter { view.isWord($0) }
        return (1...8).contains(words.count) && view.isCapitalized(words[0])
            && !inner.dropLast().contains { view.isPunctuation($0, ".!?") }
    }

    static let workNouns: WordSet = [
        "album", "albums", "single", "song", "songs", "track", "tracks", "record", "film", "films", "movie", "documentary",
        "series", "show", "novel", "book", "memoir", "poem", "play", "opera", "musical", "painting", "sculpture",
        "exhibition", "podcast", "episode", "column", "essay", "headline", "slogan", "motto", "hashtag", "course",
    ]

    /// "He read a new poem, “Water Lines,” which …": marks set off by a comma after words with no cue near its end
    /// stand beside a noun, as a title does, rather than after an attribution ("Lund said, “…”").
    private func isSetOffAfterNoun(before: Range<Int>) -> Bool {
        guard view.wordCount(before) > 0, let comma = before.last, view.isComma(comma), comma > before.lowerBound,
              view.isWord(comma - 1), !view.isCapitalized(comma - 1)
        else { return false }
        return !(max(before.lowerBound, comma - 4)..<comma).contains { view.cue(at: $0, within: comma) != nil }
    }

    /// Whether the word before the opening mark that precedes `start` is a capitalized possessive ("NBC’s").
    private func isOwnedByName(markBefore start: Int) -> Bool {
        let owner = start - 2
        guard owner >= 0, view.quoteOf[owner] < 0, view.isCapitalized(owner) else { return false }
        let word = view.lower[owner]
        return word.hasSuffix("'s") || word.hasSuffix("’s")
    }

    // MARK: - Indirect speech

    /// Reported speech without quote marks: each cue of the sentence that yields a speaker and a clause, the
    /// next one looked for after the clause just reported ("one company says …, another says …").
    private mutating func handleIndirect(_ sentence: Sentence) {
        let range = sentence.tokens
        guard !range.isEmpty else { return }
        let end = clauseEnd(range)
        if reportAccordingTo(sentence, end: end) || reportInOwnWords(sentence, end: end) || reportBeforeClosingAttribution(sentence, end: end)
            || reportAfterMannerColon(sentence, end: end) || reportAfterPutItColon(sentence, end: end) {
            return
        }
        reportAskedBy(sentence)
        var index = range.lowerBound
        while index < end {
            // A cue of words in marks only reports a clause that "that" opens ("She replied that he had voted for
            // it", "he shouted that the hall was on fire").
            guard let (cue, length) = view.cue(at: index, within: end), cue.kind != .frame,
                  cue.kind != .naming || namesItsObject(after: index + length, end: end),
                  cue.kind != .direct || opensThatClause(after: index + length, cue: cue, end: end)
                    || setOffAttribution(cue: index, next: index + length, sentenceStart: range.lowerBound, end: end)
                    || opensAsFrame(cue: index, sentenceStart: range.lowerBound),
                  !agreesToAct(index + length, end: end), !agreesOnThing(index + length, end: end),
                  !usedCues.contains(index) || quoteCues[index] != nil, !isAnnounced(index), !requestsAnonymity(index + length),
                  !asksToActItself(index, next: index + length), !opensPassiveIntroduction(index), !isHeadlinePassive(index),
                  !isPassiveAfterAs(index, next: index + length),
                  !isInWritersLabel(index, floor: range.lowerBound), !isWhatWasSaidLabel(index + length, sentenceStart: range.lowerBound),
                  !isProductRecall(index, next: index + length), !claimsMoney(index, next: index + length),
                  !takesThingObject(index, next: index + length, end: end), !isCueOfSubjectRelative(index, next: index + length, end: end),
                  !questionsPerson(index, next: index + length, end: end), !asksPersonOnly(index, next: index + length, end: end)
            else {
                index += 1
                continue
            }
            reportedClauseEnd = nil
            clauseLimit = quoteCues[index]
            defer { clauseLimit = nil }
            // "Prices will rise, warned Idris Nolan: “…”": a cue that introduces words in marks after a colon may
            // still report a clause before it (one with a verb: "Speaking in Hull, she said: “…”" has none); the
            // sentence it reads ends at the colon.
            let colon = clauseLimit.map { $0 - 1 }.flatMap {
                $0 > index && view.isByte($0, UInt8(ascii: ":")) && (range.lowerBound..<index).contains(where: isVerb) ? $0 : nil
            }
            if report(cue: cue, at: index..<(index + length), in: sentence, end: colon ?? end) {
                // A content cue whose object was too short to report leaves the rest of the sentence to others
                // ("denounced him, rushing to TV to say …").
                guard let clauseEnd = reportedClauseEnd else {
                    index += length
                    continue
                }
                index = max(index + length, clauseEnd)
                continue
            }
            index += length
        }
    }

    /// "Mr. Oduya's claims that his ranch exceeds 900 acres", "her insistence that she never saw it": a noun of
    /// saying with a possessor and a that-clause reports the clause, up to a comma or an aside, for the
    /// possessor. Words another report already covers are left to it.
    private mutating func handleReportNouns(_ sentence: Sentence) {
        let range = sentence.tokens
        let end = clauseEnd(range)
        for index in range where view.has(index, .reportNoun) && index > range.lowerBound && index + 2 < end && view.quoteOf[index] < 0 {
            guard let (phrase, that) = reportNounOwner(index, floor: range.lowerBound, end: end) else { continue }
            let start = that + 1
            var stop = (start..<end).first { view.isComma($0) || view.isByte($0, UInt8(ascii: ")")) || opensAside($0) } ?? end
            // "The mayor's warning that …": an owner's "'s" is no "is". The subject may follow an opening phrase
            // that a subordinator or a preposition opens ("After the vote, his warning that …"); a comma elsewhere
            // may part the items of a list ("including his proposal to …, his statement that …").
            let opening = view.has(range.lowerBound, [.subordinator, .frontPreposition])
                ? (range.lowerBound..<index).filter({ view.isComma($0) && view.quoteOf[$0] < 0 }) : []
            let clauseStart = opening.count == 1 ? opening[0] + 1 : range.lowerBound
            if !(clauseStart..<index).contains(where: { isVerb($0) && SpeakerName.possessiveEnding(of: view.words[$0]) == nil }) {
                stop = subjectClauseEnd(start..<stop)
            }
            guard view.wordCount(start..<stop) >= 3 else { continue }
            let span = view.span(start..<stop).utf8
            // This sentence's quotes are among the last found; looking at a few keeps a long document linear.
            guard !quotes.suffix(16).contains(where: { $0.span.utf8.overlaps(span) }) else { continue }
            emitIndirect(clause: start..<stop, phrase: phrase, cue: view.words[index], cueKind: .verb, paragraph: sentence.paragraph)
        }
    }

    /// A verb form that can be a clause's finite verb: "be", an auxiliary or modal, a simple past.
    private func isVerb(_ index: Int) -> Bool {
        view.has(index, [.finiteVerb, .be, .irregularPast, .ed])
    }

    /// "Berg's claim that the bridge was safe was false": in the sentence's subject, a noun's "that" clause ends
    /// where the sentence's own verb follows the clause's verb group, with no comma, conjunction or clause word
    /// between (which could open a second clause inside it).
    private func subjectClauseEnd(_ clause: Range<Int>) -> Int {
        guard var index = clause.first(where: isVerb) else { return clause.upperBound }
        // The clause's verb group: auxiliaries, then at most one participle ("could be closed", "had not balanced");
        // a simple past is a group of its own ("the books balanced has resigned": "has" is the sentence's).
        let auxiliary = view.has(index, [.be, .finiteVerb])
        index += 1
        if auxiliary {
            while index < clause.upperBound && view.has(index, [.be, .finiteVerb, .negator, .adverb]) { index += 1 }
            // After "be" or "have" an irregular past is the participle ("be withheld", "was never built").
            if index < clause.upperBound && view.has(index, [.ed, .ing, .irregularPast]) { index += 1 }
            // "The member who claimed that the books were cooked resigned": a past form right after the group is
            // the sentence's verb.
            if index < clause.upperBound && view.has(index, .ed) && !view.isCapitalized(index) { return index }
        } else if index < clause.upperBound && view.has(index, .ed) {
            return index  // "the books balanced resigned"
        }
        while index < clause.upperBound {
            // "A farmer who insisted that the fence was legal said …": a verb of saying is the sentence's own.
            if view.has(index, [.finiteVerb, .be, .irregularPast]) || view.cue(at: index, within: clause.upperBound) != nil {
                return index
            }
            // "Lund's claim that the mill was safe angered the workers": a past form after the clause's complement
            // is the sentence's verb ("that he was a retired soldier" keeps an adjective after its article).
            if view.has(index, .ed) && !view.isCapitalized(index) && !view.has(index - 1, [.article, .determiner, .possessive, .adverb]) {
                return index
            }
            guard view.isWord(index), !view.has(index, [.clauseWord, .coordinator, .subordinator, .relativePronoun]) || view.has(index, .preposition)
            else { return clause.upperBound }
            index += 1
        }
        return clause.upperBound
    }

    /// Who a noun of saying that opens a "that" clause belongs to, and where its "that" stands: its possessor
    /// ("the minister's warning that …") or its agent after "by" or "from" ("warnings from the shipping minister
    /// that …", "claims by two senators that …").
    private func reportNounOwner(_ noun: Int, floor: Int, end: Int) -> (SpeakerPhrase, that: Int)? {
        if view.isLower(noun + 1, "that") { return possessor(of: noun, floor: floor).map { ($0, noun + 1) } }
        // "Okafor's comments before a House committee that “…”": a setting may stand between a noun a name owns
        // and its "that" when the words in marks follow the "that" at once. (Not after "his" or "her": the
        // sentence's subject, read later, is the surer guess than a possessive pronoun's antecedent.)
        if noun + 2 < end - 2, view.isLower(end - 2, "that"), end - 2 - noun <= 8, view.has(noun + 1, .frontPreposition),
           !["by", "from", "of"].contains(view.lower[noun + 1]),
           ((noun + 1)..<(end - 2)).allSatisfy({ view.isWord($0) && view.quoteOf[$0] < 0 && !view.has($0, [.finiteVerb, .be, .auxiliary]) }) {
            return possessor(of: noun, floor: floor).flatMap { $0.form == .pronoun ? nil : ($0, end - 2) }
        }
        guard noun + 3 < end, ["by", "from"].contains(view.lower[noun + 1]),
              // The apostrophe of a plural possessive ("the pilots' union") is inside the agent.
              let that = ((noun + 3)..<min(end, noun + 10)).first(where: { view.isLower($0, "that") || !view.isWord($0) && !view.isLower($0, "'") }),
              view.isLower(that, "that"), that + 1 < end,
              let agent = agentPhrase(noun + 2, upTo: that), agent.form != .pronoun
        else { return nil }
        return (agent, that)
    }

    /// "The harbour master has been criticized by shipowners for not dredging the channel", "Lind was urged by
    /// her party to stand down": a passive cue's agent after "by" spoke, and what follows the agent (a "that"
    /// clause, or a phrase opened by "for", "to", "as" or "over") is what it said. The grammatical subject only
    /// heard the words.
    private mutating func handlePassiveAgents(_ sentence: Sentence) {
        let range = sentence.tokens
        let end = clauseEnd(range)
        // A sentence that opens with "By" ("By the time the inspectors arrived, …") has no cue before it.
        for index in range.dropFirst() where index + 3 < end && view.has(index, .preposition) && view.isLower(index, "by")
            && view.quoteOf[index] < 0 {
            var cueStart = index - 1
            while cueStart > range.lowerBound && index - cueStart <= 2 && view.has(cueStart, .adverb) { cueStart -= 1 }
            guard let (_, length) = view.passiveCue(at: cueStart, within: end), cueStart + length <= index,
                  let (agent, opener) = agentAfterBy(index, before: end)
            else { continue }
            let start = view.isLower(opener, "that") ? opener + 1 : opener
            let stop = (start..<end).first { view.isComma($0) || view.isByte($0, UInt8(ascii: ";")) || opensAside($0) } ?? end
            guard view.wordCount(start..<stop) >= 3 else { continue }
            let span = view.span(start..<stop).utf8
            guard !quotes.suffix(16).contains(where: { $0.span.utf8.overlaps(span) }) else { continue }
            emitIndirect(clause: start..<stop, phrase: agent, cue: view.phrase(cueStart..<(cueStart + length)), cueKind: .verb,
                         paragraph: sentence.paragraph)
        }
    }

    static let passiveContentOpeners: WordSet = ["for", "to", "as", "over"]

    /// The first passive cue in `frame` that frames the words in marks after it and whose subject heard the words
    /// or is what they judge ("Ministers were told that …", "Residents were urged to …", "The plan was described as
    /// …"), with its length. A passive verb of saying before "to" raises its subject, who does speak ("Vance is said
    /// to have called it …").
    private func passiveHearerCue(in frame: Range<Int>) -> (index: Int, length: Int)? {
        for index in frame where view.quoteOf[index] < 0 {
            guard let (cue, length) = view.passiveCue(at: index, within: frame.upperBound) else { continue }
            let raising = [.verb, .report].contains(cue.kind) && index + length < frame.upperBound && view.isLower(index + length, "to")
            // "The mayor was criticised for calling the plan “…”": an active cue after it frames the words; so does
            // any clause of its own after a comma or a subordinator ("was announced …, long before officials …"), and
            // an owned noun of saying ("He was challenged over his statement that “…”": the words are his).
            let framesMarks = !((index + length)..<frame.upperBound).contains {
                view.cue(at: $0, within: frame.upperBound) != nil || view.quoteOf[$0] < 0
                    && (view.isComma($0) || view.has($0, [.subordinator, .relativePronoun]) && !view.isLower($0, "as")
                        || view.isLower($0, "which") || view.isLower($0, "where")
                        || view.has($0, [.reportNoun, .writtenText]) && view.has($0 - 1, .possessive))
            }
            if !raising && framesMarks { return (index, length) }
        }
        return nil
    }

    /// "Residents were urged by the mayor to “stay calm”": the agent after a passive cue speaks the words in marks
    /// at `open`; "Ministers were warned that the checks would cause “…”": with no agent they are someone's,
    /// unnamed, never the subject's.
    private mutating func passiveAttribution(cue: (index: Int, length: Int), open: Int) -> Attribution {
        let cueText = view.phrase(cue.index..<(cue.index + cue.length))
        let by = cue.index + cue.length
        if by + 1 < open, view.isLower(by, "by"), let (agent, _) = agentAfterBy(by, before: open + 1, marks: open),
           let (speaker, entity) = resolvedSpeaker(agent) {
            return Attribution(speaker: speaker, entity: entity, cue: cueText, source: nil)
        }
        return Attribution(speaker: nil, entity: nil, cue: cueText, source: nil)
    }

    /// The agent after the "by" at `by` (no pronoun), and what opens the words it said: "that" or one of
    /// ``passiveContentOpeners`` within eight tokens, before `limit`, or the opening mark at `marks` when it comes
    /// first ("urged by the mayor “…”").
    private func agentAfterBy(_ by: Int, before limit: Int, marks: Int? = nil) -> (agent: SpeakerPhrase, opener: Int)? {
        guard let opener = ((by + 2)..<min(limit, by + 9)).first(where: {
                  view.isLower($0, "that") || Self.passiveContentOpeners.contains(view.lower[$0]) || $0 == marks
              }),
              let agent = agentPhrase(by + 1, upTo: opener), agent.form != .pronoun
        else { return nil }
        return (agent, opener)
    }

    /// The agent after "by", filling the words up to `end`: a name or description, else a short determiner
    /// phrase ("many Wall Street players").
    private func agentPhrase(_ start: Int, upTo end: Int) -> SpeakerPhrase? {
        if let phrase = reader.after(start, limit: end), phrase.tokens.upperBound == end { return phrase }
        if let group = reader.group(start, limit: end), group.tokens.upperBound == end { return group }
        // "by local politicians", "from growers": a bare plural of people.
        if let group = reader.openingGroup(at: start, limit: end), group.tokens.upperBound == end { return group }
        return nil
    }

    /// "the mayor's", "the union's": a description whose head word carries the possessive ending, which the
    /// phrase readers do not take for a head; plain words may stand between it and its determiner ("the
    /// new mayor's").
    private func possessiveDescription(endingAt owner: Int, floor: Int) -> SpeakerPhrase? {
        let word = view.lower[owner]
        guard !view.isCapitalized(owner) || view.opensSentence(owner), let ending = SpeakerName.possessiveEnding(of: word) else { return nil }
        let head = String(word.dropLast(ending))
        guard let kind = view.lexicon.kind(of: head), kind == .role || kind == .org || kind == .anonymous,
              let determiner = (max(floor, owner - 3)..<owner).last(where: { view.has($0, .determiner) }),
              ((determiner + 1)..<owner).allSatisfy({ view.isPlainWord($0, excluding: [.clauseWord, .determiner]) })
        else { return nil }
        return SpeakerPhrase(tokens: determiner..<(owner + 1), name: determiner..<determiner, form: kind == .anonymous ? .anonymous : .description,
                             role: nil, head: head, isOrganization: kind == .org, isOutlet: false)
    }

    /// Who a noun of saying belongs to: "his", "her" or "their" before it, or a name or description ending in a
    /// possessive ("Mr. Trump's", "the mayor's"), with at most two plain words between ("his repeated claim").
    private func possessor(of noun: Int, floor: Int) -> SpeakerPhrase? {
        var owner = noun - 1
        while owner > floor && noun - owner <= 2 && view.document.tokens[owner].kind == .word && !view.isCapitalized(owner)
            && !view.has(owner, [.possessive, .clauseWord, .determiner]) && SpeakerName.possessiveEnding(of: view.words[owner]) == nil {
            owner -= 1
        }
        guard owner >= floor, view.quoteOf[owner] < 0 else { return nil }
        if let pronoun = Self.possessivePronouns[view.lower[owner]] {
            return SpeakerPhrase(tokens: owner..<(owner + 1), name: owner..<owner, form: .pronoun, role: nil, head: pronoun,
                                 isOrganization: false, isOutlet: false)
        }
        // "The engineers' verdict": a plural's apostrophe, a token of its own, after the owning group.
        if owner > floor, view.isClosingApostrophe(owner), view.has(owner - 1, .plural),
           let group = reader.openingGroup(at: floor, limit: owner) ?? reader.before(owner, floor: floor, allowApposition: false),
           group.tokens.upperBound == owner, group.form != .pronoun {
            return group
        }
        guard SpeakerName.possessiveEnding(of: view.words[owner]) != nil else { return nil }
        guard let phrase = reader.before(owner + 1, floor: floor, allowApposition: false), phrase.tokens.upperBound == owner + 1,
              phrase.form != .pronoun
        else { return possessiveDescription(endingAt: owner, floor: floor) }
        // "The delay followed Petter Lie's suggestion": only title words before a name belong to the owner.
        // "The coach's message": a description's head is the noun without its possessive ending.
        guard phrase.form == .name else { return possessiveDescription(endingAt: owner, floor: floor) ?? phrase }
        var start = phrase.name.lowerBound
        while start > phrase.tokens.lowerBound
            && (view.wordKinds[start - 1] == .role || view.wordKinds[start - 1] == .modifier || view.isByte(start - 1, UInt8(ascii: "."))) {
            start -= 1
        }
        return start == phrase.tokens.lowerBound ? phrase : reader.classify(start..<(owner + 1)) ?? phrase
    }

    /// Words that open a description of someone the text has not named ("a spokesman", "one strategist").
    static let indefiniteOpeners: WordSet = ["a", "an", "one", "another"]

    /// "the President of that country", "the head of another agency": an "of" phrase that points away from what
    /// the text has named makes the description someone else's.
    private func belongsElsewhere(_ phrase: SpeakerPhrase) -> Bool {
        let of = phrase.tokens.upperBound
        return of + 1 < view.count && view.isLower(of, "of") && Self.elsewhereOpeners.contains(view.lower[of + 1])
    }

    private static let elsewhereOpeners: WordSet = ["that", "another", "a", "an", "each", "every", "one"]

    /// "Ukraine's president" after "French President Élise Marchand-Roux": a role owned by a name describes someone
    /// named before only if that person's role names the owner too ("Ukrainian President …", "spokesman for
    /// Clinton"), compared on the owner's first letters so that a nation's adjective counts.
    private func ownerAgrees(_ phrase: SpeakerPhrase, with entity: Int) -> Bool {
        guard phrase.tokens.count >= 2 else { return true }
        guard let (_, possessive) = reader.possessiveOwner(in: phrase.tokens) else {
            return personOwner(in: phrase).map { stated(owner: $0, by: entity) } ?? true
        }
        if stated(owner: Self.withoutPossessive(view.words[possessive]).lowercased(), by: entity) { return true }
        // "Brazil's environment minister said …" in a lead, "Minister Renata Albuquerque" in the next paragraph: a
        // person named only after the description, by titles that name no nation, is whom it points ahead to.
        return registry.firstMention(of: entity).map { $0 > phrase.tokens.lowerBound } == true
            && !describingWords(of: entity).dropLast().joined().contains {
                view.lexicon.isNationOrRegionWord(String($0)) || view.lexicon.isPlace(String($0))
            }
    }

    /// Whether the entity's name or a description the text gave it names `owner` (lowercased), by a stem that
    /// allows for inflection ("Brazil's" and "Brazilian").
    private func stated(owner: String, by entity: Int) -> Bool {
        let stem = owner.prefix(max(3, min(5, owner.count - 1)))
        return describingWords(of: entity).contains { $0.contains { $0.hasPrefix(stem) } }
    }

    /// The lowercased words of each description of the entity, then of its name.
    private func describingWords(of entity: Int) -> [[Substring]] {
        (registry[entity].descriptions + [registry[entity].name]).map { $0.lowercased().split(whereSeparator: { !$0.isLetter }) }
    }

    /// "the victim's lawyer", "the defendant's mother": the owner a lowercase possessive person noun names in the
    /// phrase, lowercased without its "'s". A body's owner ("the club's lawyer") is left to the body rules.
    private func personOwner(in phrase: SpeakerPhrase) -> String? {
        guard let possessive = phrase.tokens.dropLast().first(where: {
            !view.isCapitalized($0) && SpeakerName.possessiveEnding(of: view.words[$0]) == 2
        }) else { return nil }
        let owner = Self.withoutPossessive(view.lower[possessive])
        return [.role, .anonymous].contains(view.lexicon.kind(of: owner)) ? owner : nil
    }

    /// Nouns for a spouse, and the pronoun each takes ("" for either).
    private static let spouseWords: [String: String] = ["husband": "he", "wife": "she", "partner": "", "spouse": ""]

    static let possessivePronouns: [String: String] = ["his": "he", "her": "she", "its": "it", "their": "they"]

    /// "… who asked not to be named, said …": the news formula for an anonymous source reports nothing.
    /// Also "who asked that her name not be used", "asked that he not be identified": the request in a clause.
    private func requestsAnonymity(_ next: Int) -> Bool {
        if next + 3 < view.count && view.isLower(next, "not") && view.isLower(next + 1, "to") && view.isLower(next + 2, "be")
            && Self.anonymityParticiples.contains(view.lower[next + 3]) {
            return true
        }
        guard next + 4 < view.count, view.isLower(next, "that") else { return false }
        var not = next + 1
        if view.has(not, .possessive) && view.isLower(not + 1, "name") { not += 2 } else if view.wordKinds[not] == .pronoun { not += 1 } else { return false }
        return not + 2 < view.count && view.isLower(not, "not") && view.isLower(not + 1, "be")
            && (Self.anonymityParticiples.contains(view.lower[not + 2]) || Self.withheldNameParticiples.contains(view.lower[not + 2]))
    }

    private static let anonymityParticiples: WordSet = ["named", "identified", "quoted"]
    private static let withheldNameParticiples: WordSet = ["used", "published", "disclosed", "given", "printed"]

    /// "asked to see the accounts", "an executive who asked to remain anonymous", "requested not to be moved": asking
    /// with no addressee before the infinitive asks to do something oneself, which reports nothing ("asked the
    /// board to act" keeps its addressee and is a report).
    private func asksToActItself(_ cue: Int, next: Int) -> Bool {
        guard Self.askingForms.contains(view.lower[cue]) else { return false }
        let to = next < view.count && view.isLower(next, "not") ? next + 1 : next
        return to + 1 < view.count && view.isLower(to, "to") && reader.opensInfinitive(to + 1, end: view.count)
    }

    private static let askingForms = Set(["ask", "request"].flatMap(VerbForms.all))

    /// "A petition asking the firm to reconsider has gathered 4,000 signatures", "A letter urging the council to act
    /// was signed by 40 residents": a participle of asking right after the sentence's subject modifies it, and the
    /// request it reports (an addressee and an infinitive) ends where the sentence's own verb begins.
    private func requestInSubjectEnd(cue: Int, clauseStart: Int, end: Int) -> Int? {
        guard view.has(cue, .ing) else { return nil }
        guard let to = (clauseStart..<min(end, clauseStart + 6)).first(where: { view.isLower($0, "to") }),
              to > clauseStart, reader.opensInfinitive(to + 1, end: end),
              !(clauseStart..<to).contains(where: { view.has($0, [.finiteVerb, .be, .auxiliary]) })
        else { return reportInSubjectEnd(clauseStart: clauseStart, end: end) }
        return ((to + 2)..<end).first { view.quoteOf[$0] < 0 && view.has($0, [.finiteVerb, .be, .auxiliary]) && !view.isCapitalized($0) }
    }

    /// "A statement saying the plant would close was issued on Friday": the clause a participle of saying in the
    /// subject reports has a verb of its own; a second finite verb that follows it with no conjunction, relative
    /// word or comma between is the sentence's own, and the report ends before it.
    private func reportInSubjectEnd(clauseStart: Int, end: Int) -> Int? {
        let verbs: WordTraits = [.finiteVerb, .be, .auxiliary]
        guard let firstVerb = (clauseStart..<end).first(where: { view.quoteOf[$0] < 0 && view.has($0, verbs) }), firstVerb > clauseStart
        else { return nil }
        // The verb group: auxiliaries ("would have been"), adverbs, then at most one main verb ("close", "rigged",
        // and after an adverb "was never inspected").
        var index = firstVerb
        while index < end && (view.has(index, [.auxiliary, .be, .adverb, .negator]) || index == firstVerb) { index += 1 }
        if index < end && (firstVerb..<index).contains(where: { view.has($0, [.auxiliary, .be]) })
            && (view.has(index, [.ed, .ing]) || view.isPlainWord(index, excluding: SpeakerPhraseReader.functionWords)) {
            index += 1
        }
        // "Critics claiming that the vote was rigged marched …": a past form right after the group is the sentence's.
        if index < end && index > firstVerb + 1 && view.has(index, [.ed, .irregularPast]) && !view.isCapitalized(index) && view.quoteOf[index] < 0 {
            return index
        }
        for next in index..<end {
            guard view.quoteOf[next] < 0, view.isWord(next) else { return nil }
            if view.has(next, verbs) && !view.isCapitalized(next) { return next }
            if view.has(next, [.conjunction, .subordinator, .relativePronoun, .coordinator]) || view.isLower(next, "that") { return nil }
        }
        return nil
    }

    /// "Brannock Foods recalled 4,000 jars of jam", "is recalling two batches": a count of goods after "recall"
    /// is a product recall, not a memory told.
    private func isProductRecall(_ cue: Int, next: Int) -> Bool {
        Self.recallForms.contains(view.lower[cue]) && next < view.count
            && (view.document.tokens[next].kind == .number || view.has(next, .numberWord))
    }

    private static let recallForms = Set(VerbForms.all(of: "recall"))

    /// "claimed £14,000 in expenses", "is claiming benefits", "claimed compensation": a sum of money or a payment
    /// after "claim" is money asked for, not words said ("claimed that …", "claimed victory" still report).
    private func claimsMoney(_ cue: Int, next: Int) -> Bool {
        // Asked of every cue: a first letter rules out nearly all before the set is hashed.
        guard view.lower[cue].utf8.first == UInt8(ascii: "c"), Self.claimForms.contains(view.lower[cue]), next < view.count
        else { return false }
        var object = next
        if view.has(object, [.article, .determiner, .possessive]) && object + 1 < view.count { object += 1 }
        return Self.currencySigns.contains(view.words[object]) || Self.paymentNouns.contains(view.lower[object])
    }

    private static let claimForms = Set(VerbForms.all(of: "claim"))
    private static let currencySigns: WordSet = ["£", "$", "€", "¥", "US$", "A$", "C$"]
    private static let paymentNouns: WordSet = [
        "expenses", "benefit", "benefits", "allowance", "allowances", "compensation", "damages", "refund", "refunds",
        "reimbursement", "overtime", "mileage", "pension", "pensions", "asylum", "welfare", "subsidies", "subsidy",
        "payment", "payments", "insurance", "tax", "relief", "grants", "grant", "money", "cash",
    ]

    /// "Detectives questioned a 34-year-old man", "The committee questioned Dr Ines Albuquerque for three hours": a
    /// person questioned was interviewed, and nothing said is reported ("questioned his sincerity", "questioned
    /// Israel's commitment" name what was doubted).
    private func questionsPerson(_ cue: Int, next: Int, end: Int) -> Bool {
        // Asked of every cue: a first letter rules out nearly all before the set is hashed.
        guard view.lower[cue].utf8.first == UInt8(ascii: "q"), Self.questionForms.contains(view.lower[cue]), next < end,
              view.quoteOf[next] < 0
        else { return false }
        if TokenView.personalObjects.contains(view.lower[next]) { return true }
        var last = next
        while last < min(end, next + 9), view.isWord(last) || view.isGluedHyphen(last) || view.document.tokens[last].kind == .number,
              !view.has(last, [.preposition, .subordinator, .finiteVerb]) {
            // "questioned Israel's commitment": an owner opens a phrase about something else.
            if SpeakerName.possessiveEnding(of: view.lower[last]) != nil || isPossessiveApostrophe(last) { return false }
            last += 1
        }
        let words = (view.has(next, [.article, .determiner]) ? next + 1 : next)..<last
        guard let head = words.last else { return false }
        // "Dr Ines Albuquerque", "Ms. Ferreira": a name, perhaps after a title.
        let isNamePart = { (index: Int) in
            view.isCapitalized(index) && (reader.isNameWord(index) || SentenceRules.isTitle(view.words[index]))
                || view.isByte(index, UInt8(ascii: ".")) || view.isGluedHyphen(index)
        }
        if words.allSatisfy(isNamePart) { return true }
        return !view.isCapitalized(head) && isPersonOrPeopleNoun(head)
    }

    /// A role, an unnamed source's noun, a noun for a person by sex or kinship, or a people noun one questions.
    private func isPersonOrPeopleNoun(_ index: Int) -> Bool {
        view.wordKinds[index] == .role || view.wordKinds[index] == .anonymous
            || EntityRegistry.pronoun(ofPersonNoun: view.lower[index]) != nil || Self.questionedPeople.contains(view.lower[index])
    }

    /// "“Is that fair?” Justice Ortiz asked a lawyer for the state.": a person asked, with nothing after but what
    /// describes the person, is whom the question went to; what was asked is in marks or not told ("asked the
    /// minister whether …", "asked the board to wait", "asked the council for more time" still report).
    private func asksPersonOnly(_ cue: Int, next: Int, end: Int) -> Bool {
        guard Self.askingCues.contains(view.lower[cue]),
              let last = personObjectEnd(from: next, limit: end)
        else { return false }
        return last >= end || view.quoteOf[last] >= 0
    }

    /// Where a verb's object that is a person ends, with what describes them: a phrase of where they are from or whom
    /// they act for ("the residents of the valley", "a lawyer for the state") and a participle ("a lawyer
    /// representing the city"). Nil when the object at `next` is no person.
    private func personObjectEnd(from next: Int, limit end: Int) -> Int? {
        guard next < end, view.quoteOf[next] < 0, !TokenView.subjectPronouns.contains(view.lower[next]) else { return nil }
        func nounPhraseEnd(from start: Int) -> Int {
            var last = start
            while last < min(end, start + 8), view.quoteOf[last] < 0, view.isWord(last) || view.isGluedHyphen(last),
                  !view.has(last, [.preposition, .subordinator, .finiteVerb, .ing, .clauseWord, .andBut]) {
                last += 1
            }
            return last
        }
        var last = nounPhraseEnd(from: view.has(next, [.article, .determiner, .possessive]) ? next + 1 : next)
        guard last > next, TokenView.personalObjects.contains(view.lower[next]) || isPersonHead(last - 1) else { return nil }
        // "the residents of the valley", "a nurse from Leeds", "a lawyer for the state": a phrase of where the
        // person is from or whom they act for (after "for", a body or a place, not "for a meeting") describes them.
        if last + 1 < end, Self.describingPrepositions.contains(view.lower[last]) {
            let object = view.has(last + 1, [.article, .determiner, .possessive]) ? last + 2 : last + 1
            let isBody = object < end && (view.isCapitalized(object) || view.wordKinds[object] != nil)
            if !view.isLower(last, "for") || isBody { last = nounPhraseEnd(from: object) }
        }
        // "a lawyer representing the city", "the crowd gathered outside": a participle describes the person.
        if last < end, view.has(last, [.ing, .ed]), view.cue(at: last, within: end) == nil {
            last = (last..<end).first { view.isComma($0) || view.quoteOf[$0] >= 0 } ?? end
        }
        return last
    }

    private static let describingPrepositions: WordSet = ["for", "of", "from", "in", "at"]

    /// A person noun, role, or name that heads the words before `index + 1`.
    private func isPersonHead(_ index: Int) -> Bool {
        if view.isCapitalized(index) { return reader.isNameWord(index) }
        return isPersonOrPeopleNoun(index) || Self.addressedGroups.contains(view.lower[index])
    }

    /// Groups one speaks to: "asked the crowd", "told the jury".
    private static let addressedGroups: WordSet = [
        "crowd", "crowds", "audience", "audiences", "jury", "jurors", "congregation", "reporters", "journalists", "voters",
        "supporters", "delegates", "listeners", "viewers", "fans",
    ]

    private static let questionForms = Set(VerbForms.all(of: "question"))
    private static let questionedPeople: WordSet = [
        "suspect", "suspects", "witness", "witnesses", "people", "person", "staff", "teenager", "teenagers", "driver", "drivers",
        "passengers", "residents", "pupils", "students", "employees", "workers",
    ]

    /// "Both scientists who wrote the report said …", "The officials who announced the plan told …": a cue right
    /// after "who" whose short object runs into another cue stands in a relative clause of the subject; the cue
    /// after its object is the sentence's own.
    private func isCueOfSubjectRelative(_ cue: Int, next: Int, end: Int) -> Bool {
        guard cue > 0, view.isLower(cue - 1, "who"), next < end, view.has(next, [.article, .determiner, .possessive]) else { return false }
        for index in (next + 1)..<min(end, next + 6) {
            guard view.isWord(index), view.quoteOf[index] < 0, !view.isComma(index) else { return false }
            if view.cue(at: index, within: end) != nil { return index > next + 1 }
            if view.has(index, [.finiteVerb, .be, .auxiliary, .clauseWord]) { return false }
        }
        return false
    }

    /// "spent five decades writing new scores for films", "wrote a novel about the strike", "added two levels to the
    /// game", "maintains control of the orchards": a noun phrase with no verb after "write", "add" or "maintain", up
    /// to the clause's first comma, is a thing written, added or kept, not words reported ("wrote that …", "wrote
    /// the plan was flawed", "wrote in a letter …", "added that …" and "maintained his innocence" still report).
    private func takesThingObject(_ cue: Int, next: Int, end: Int) -> Bool {
        guard Self.thingObjectForms.contains(view.lower[cue]), next < end, view.isWord(next),
              !view.has(next, .preposition), !view.isLower(next, "that"), !TokenView.subjectPronouns.contains(view.lower[next])
        else { return false }
        // "add features so they can justify …": a clause of purpose or reason after the object is no part of it.
        var object = next..<((next..<end).first { index in
            view.isComma(index) || view.quoteOf[index] >= 0
                || index > next && (view.isLower(index, "so") || view.isLower(index, "because") || view.isLower(index, "unless"))
                // "writing an essay for school and I need to know …": a clause joined after the object has a subject.
                || index > next && view.has(index, .andBut) && index + 1 < end && TokenView.subjectPronouns.contains(view.lower[index + 1])
        } ?? end)
        // "added two buses to the route this spring": a closing time is no verb ("spring").
        if object.count >= 3, Self.timeNouns.contains(view.lower[object.upperBound - 1]),
           ["this", "last", "next"].contains(view.lower[object.upperBound - 2]) {
            object = object.lowerBound..<(object.upperBound - 2)
        }
        return hasNoVerb(object) && !object.contains { view.has($0, [.auxiliary, .questionStop]) || view.isLower($0, "that") }
            && !object.contains { Self.heldPositions.contains(view.lower[$0]) }
    }

    private static let thingObjectForms = WordSet(["write", "writes", "wrote", "writing", "written"] + ["add", "maintain"].flatMap(VerbForms.all))
    /// What "maintain" keeps that is a claim: "maintained his innocence", "maintains her position".
    private static let heldPositions: WordSet = ["innocence", "position", "stance", "view", "views", "claim", "claims"]

    /// "The vote, she tweeted, was a disgrace", "The vote was a disgrace, she tweeted": a cue set off by a comma
    /// together with its subject, after words of the sentence, interrupts or closes the clause it reports,
    /// whatever words in marks its verb otherwise needs.
    private func setOffAttribution(cue: Int, next: Int, sentenceStart: Int, end: Int) -> Bool {
        let afterCue = skippingTime(from: next, end: end)
        guard afterCue >= end || afterCue + 1 < end && view.isComma(afterCue) && view.quoteOf[afterCue] < 0,
              let subject = reader.before(cue, floor: sentenceStart), subject.tokens.upperBound == cue,
              subject.tokens.lowerBound - 1 > sentenceStart, view.isComma(subject.tokens.lowerBound - 1),
              // "…, the borrowing continued": only someone who speaks, not any noun, attributes.
              subject.form == .pronoun || reader.namesASpeaker(subject)
        else { return false }
        return !(sentenceStart..<(subject.tokens.lowerBound - 1)).contains { view.quoteOf[$0] >= 0 }
    }

    /// "What the candidates said: Riverside debate", "What they told us": a heading that announces what was said
    /// after it reports nothing itself.
    private func isWhatWasSaidLabel(_ cueEnd: Int, sentenceStart: Int) -> Bool {
        view.isLower(sentenceStart, "what") && view.quoteOf[sentenceStart] < 0 && cueEnd - sentenceStart <= 7
            && (cueEnd >= view.count || view.isByte(cueEnd, UInt8(ascii: ":"))
                || view.sentenceOf[cueEnd] != view.sentenceOf[sentenceStart] || view.isPunctuation(cueEnd, ".?!"))
    }

    /// "Grant is expected to say that …", "the minister plans to announce …": words not yet said are no
    /// report.
    /// "is expected to be asked to explain …", "will be invited to outline …": a passive request to speak
    /// chains back to the plan or the future it hangs on.
    private func isAnnounced(_ cue: Int) -> Bool {
        var to = cue - 1
        while to >= 1 && view.isLower(to, "to") {
            if Self.notYetSaid.contains(view.lower[to - 1]) { return true }
            // "Members of the council were asked to explain their votes": who was asked has not yet answered here.
            if to >= 2, view.has(to - 2, .be), Self.passiveRequests.contains(view.lower[to - 1]) { return true }
            guard to >= 3, view.isLower(to - 2, "be"), view.has(to - 1, [.ed, .irregularPast]) else { return false }
            if Self.futureModals.contains(view.lower[to - 3]) { return true }
            to -= 3
        }
        return false
    }

    private static let futureModals: WordSet = ["will", "would", "shall", "may", "might", "could"]

    private static let passiveRequests: WordSet = ["asked", "invited", "urged", "told", "encouraged", "pressed", "called"]

    /// Words after a comma that open a clause of their own ("…, though he added that …").
    static let clauseBreakers: WordSet = ["though", "although", "but", "while", "whereas", "because", "since", "which", "who"]

    static let settingPrepositions: WordSet = ["in", "at", "during", "on", "by", "told"]

    static let particles: WordSet = ["out", "off", "away", "up", "down", "back"]

    /// Prepositions that also round a quantity ("about 40", "around a third", "over half").
    static let approximators: WordSet = ["about", "around", "over", "under", "nearly", "almost", "roughly"]

    static let notYetSaid: WordSet = [
        "expected", "plans", "plan", "planned", "planning", "set", "scheduled", "likely", "intends", "intend", "intended",
        "going", "poised", "due", "hopes", "hope", "hoped", "wants", "want", "wanted", "unlikely", "prepared", "preparing",
    ]

    /// "According to the union, more than 4,000 workers have joined."
    private mutating func reportAccordingTo(_ sentence: Sentence, end: Int) -> Bool {
        let start = sentence.tokens.lowerBound
        // "Per a statement from the port, …", "Per the union, …": "per" before a determiner opens the source too ("Per
        // Holm said" is a name).
        let opener = view.isLower(start, "according") && sentence.tokens.count > 3 && view.isLower(start + 1, "to") ? 2
            : view.isLower(start, "per") && sentence.tokens.count > 3 && view.has(start + 1, [.article, .determiner, .possessive]) ? 1 : 0
        guard opener > 0, let comma = sentence.tokens.first(where: { view.isComma($0) }), comma + 1 < end, comma > start + opener,
              let source = documentHeadedSource(start + opener, limit: comma) ?? seenRecord(after: start + opener, limit: comma)
                  ?? reader.after(start + opener, limit: comma)
                  ?? reader.group(start + opener, limit: comma) ?? reader.documentSource(start + opener, limit: comma)
        else { return false }
        var clauseStart = comma + 1
        var phrase = source
        if let (whole, after) = sourceWithApposition(source, from: start + opener, comma: comma, end: end) {
            (phrase, clauseStart) = (whole, after)
        }
        // "According to Dag Olsen, who inspected it in May, the bridge is safe": a relative clause set off after the
        // source describes it; the report starts after its closing comma. So does a participle phrase ("According to
        // the indictment, unsealed Tuesday, …").
        if let closing = ((clauseStart + 1)..<end).first(where: { view.isComma($0) && view.quoteOf[$0] < 0 }), closing + 1 < end,
           view.has(clauseStart, .relativePronoun) || view.isLower(clauseStart, "which")
            || view.has(clauseStart, [.ed, .irregularPast]) && !view.isCapitalized(clauseStart) && reader.isAside(clauseStart..<closing) {
            clauseStart = closing + 1
        }
        emitIndirect(clause: clauseStart..<end, phrase: phrase, cue: view.phrase(start..<(start + opener)), cueKind: .source,
                     paragraph: sentence.paragraph)
        return true
    }

    /// "In Whitlock's words, the tunnel is a folly.", "In her words, …": the owner of the words, a name or a pronoun,
    /// reports the clause after the comma, as "according to" does. ("In Whitlock's view" tells a belief, not words.)
    private mutating func reportInOwnWords(_ sentence: Sentence, end: Int) -> Bool {
        let start = sentence.tokens.lowerBound
        guard view.isLower(start, "in"), start + 4 < end, let words = (start + 2..<min(end, start + 6)).first(where: { view.isLower($0, "words") }),
              words + 2 < end, view.isComma(words + 1), view.quoteOf[words] < 0, view.wordCount((words + 2)..<end) >= 3,
              let owner = reader.before(words, floor: start + 1, allowApposition: false), owner.tokens == (start + 1)..<words
        else { return false }
        // "Whitlock's", "Dana Whitlock's", "her": a name in the possessive or a possessive pronoun owns the words;
        // "her words" are what "she" said.
        var phrase = owner
        if owner.form == .pronoun, owner.tokens.count == 1, let subject = Self.possessivePronouns[view.lower[start + 1]] {
            phrase.head = subject
        } else {
            guard owner.form == .name && reader.isPossessiveName(words - 1) else { return false }
        }
        emitIndirect(clause: (words + 2)..<end, phrase: phrase, cue: view.phrase(start..<(words + 1)), cueKind: .verb,
                     paragraph: sentence.paragraph)
        return true
    }

    /// "Madigan was adamant: the pumps had been serviced in June.": a speaker, "be" and an adjective of how
    /// something was said, then a colon, report the clause after it, as the same words before marks give them
    /// their speaker.
    private mutating func reportAfterMannerColon(_ sentence: Sentence, end: Int) -> Bool {
        let start = sentence.tokens.lowerBound
        // Asked of every sentence: only a form of "be" two tokens before a colon goes on to the string tests.
        let traits = view.traits
        var found: Int?
        for be in (start + 1)..<max(start + 1, end - 3) where traits[be].contains(.be) {
            if view.isByte(be + 2, UInt8(ascii: ":")) { found = be + 2; break }
        }
        guard let colon = found, Self.mannerOfSaying.contains(view.lower[colon - 1]) || Self.framedManners.contains(view.lower[colon - 1]),
              !(start..<end).contains(where: { view.quoteOf[$0] >= 0 }), view.wordCount((colon + 1)..<end) >= 3
        else { return false }
        // "Lindgren was adamant:": a name alone is someone here, as the adjective is a manner of speaking.
        // "Kolar's message was clear:", "The verdict of the inspectors was stark:": whoever owns the words framed.
        let subject = reader.before(colon - 2, floor: start).flatMap { subject in
            subject.tokens.lowerBound == start && Self.mannerOfSaying.contains(view.lower[colon - 1])
                && (subject.form == .pronoun || subject.form == .name || reader.namesASpeaker(subject)) ? subject : nil
        }
        guard let speaker = subject ?? ownerOfFramingNoun(start, colon: colon) else { return false }
        emitIndirect(clause: (colon + 1)..<end, phrase: speaker, cue: view.phrase((colon - 2)..<colon), cueKind: .verb,
                     paragraph: sentence.paragraph)
        return true
    }

    /// How framed words were, which a framing noun's owner speaks by ("Her message was clear:").
    private static let framedManners: WordSet = ["clear", "simple", "stark", "short", "brief"]

    /// "Henningsen put it simply: the numbers do not add up.", "She puts it this way: …": "put it" and how, then a
    /// colon, report the clause after it, as they give words in marks there their speaker.
    private mutating func reportAfterPutItColon(_ sentence: Sentence, end: Int) -> Bool {
        let start = sentence.tokens.lowerBound
        // Asked of every sentence: only "it" after a form of "put" goes on to look for the colon.
        guard let it = ((start + 1)..<max(start + 1, end - 4)).first(where: {
                  view.isLower($0, "it") && ["put", "puts", "putting"].contains(view.lower[$0 - 1]) && view.quoteOf[$0] < 0
              }),
              let colon = ((it + 1)...min(end - 1, it + 3)).first(where: { view.isByte($0, UInt8(ascii: ":")) }),
              ((it + 1)..<colon).allSatisfy({ view.has($0, .adverb) || Self.putItManners.contains(view.lower[$0]) }),
              !(start..<end).contains(where: { view.quoteOf[$0] >= 0 }), view.wordCount((colon + 1)..<end) >= 3,
              // "Torvald Henningsen of the Institute for Retirement Studies put it simply:": with its "of" phrase.
              let subject = reader.postmodifiedSubject(start: start, cue: it - 1)
                ?? reader.before(it - 1, floor: start).flatMap({ $0.tokens.lowerBound == start ? $0 : nil }),
              subject.form == .pronoun || subject.form == .name || reader.namesASpeaker(subject)
        else { return false }
        emitIndirect(clause: (colon + 1)..<end, phrase: subject, cue: view.phrase((it - 1)..<(it + 1)), cueKind: .verb,
                     paragraph: sentence.paragraph)
        return true
    }

    private static let putItManners: WordSet = ["this", "that", "way", "like", "best", "another", "differently", "plainly", "more"]

    private static let mannerOfSaying: WordSet = [
        "adamant", "blunt", "emphatic", "unequivocal", "categorical", "direct", "frank", "candid", "firm", "defiant",
        "succinct", "terse", "unapologetic", "insistent",
    ]

    /// "According to the cooperative's chair, Rosalind Achterberg, the frost …", "According to Milo Fairweather,
    /// the club's treasurer, the club owes …": a name set off after a description, or a person's role set off
    /// after a name, is the same source, and the report starts after it. The source and where the report starts.
    private func sourceWithApposition(_ phrase: SpeakerPhrase, from start: Int, comma: Int, end: Int) -> (SpeakerPhrase, Int)? {
        guard let closing = ((comma + 1)..<min(end, comma + 10)).first(where: { view.isComma($0) }), closing + 1 < end,
              ((comma + 1)..<closing).allSatisfy({ view.quoteOf[$0] < 0 && view.document.tokens[$0].kind != .number })
        else { return nil }
        if phrase.form != .name, let named = reader.after(start, limit: closing), named.form == .name, named.tokens.upperBound == closing {
            return (named, closing + 1)
        }
        let apposition = (comma + 1)..<closing
        // "the mayor's chief of staff", "its head of research": the role word may take an "of" phrase.
        func isRole(_ index: Int) -> Bool { view.wordKinds[index] == .role || view.wordKinds[index] == .anonymous }
        let head = (apposition.lowerBound..<closing).last(where: isRole)
        let roleEnds = head.map { $0 == closing - 1 || view.isLower($0 + 1, "of") && $0 + 2 < closing } ?? false
        guard phrase.form == .name, view.has(apposition.lowerBound, [.determiner, .possessive]), roleEnds,
              !apposition.contains(where: { view.has($0, [.finiteVerb, .be, .auxiliary]) || view.has($0, .clauseWord) && !view.isLower($0, "of") })
        else { return nil }
        var named = phrase
        named.role = named.role ?? view.phrase((apposition.lowerBound + (view.has(apposition.lowerBound, .determiner) ? 1 : 0))..<closing)
        return (named, closing + 1)
    }

    /// Where the words after a dash that opens an aside left open within `range` start, or nil when every
    /// dash there is paired (or there is none).
    private func afterOpenDash(_ range: Range<Int>) -> Int? {
        var dashes = 0
        var last = range.lowerBound
        for index in range where view.document.tokens[index].kind == .punctuation && isAsideDash(index) {
            dashes += 1
            last = index
        }
        return dashes % 2 == 1 ? last + 1 : nil
    }

    /// "The ferry was cancelled because, according to the operator, the sea was too rough", "… but according to
    /// Mayor Park the city will try again": after a conjunction, "according to" reports the clause that follows
    /// it, not the one the conjunction closes. The source and that clause.
    private func sourceBeforeJoinedClause(at cue: Range<Int>, sentenceStart: Int, end: Int) -> (SpeakerPhrase, Range<Int>)? {
        var lead = cue.lowerBound - 1
        if lead > sentenceStart && view.isComma(lead) { lead -= 1 }
        guard lead > sentenceStart, view.has(lead, .conjunction) || Self.causalJoiners.contains(view.lower[lead]) else { return nil }
        let comma = (cue.upperBound..<min(end, cue.upperBound + 12)).first { view.isComma($0) && view.quoteOf[$0] < 0 }
        guard let phrase = sourcePhrase(after: cue.upperBound, limit: comma ?? end) ?? reader.group(cue.upperBound, limit: comma ?? end)
        else { return nil }
        let clause = (comma.map { $0 + 1 } ?? phrase.tokens.upperBound)..<end
        guard view.wordCount(clause) >= 3, clause.contains(where: { view.has($0, [.finiteVerb, .be, .auxiliary, .ed, .irregularPast]) }),
              comma != nil || opensObject(clause.lowerBound, end: end) && !view.has(clause.lowerBound, .preposition)
        else { return nil }
        return (phrase, clause)
    }

    private static let causalJoiners: WordSet = ["because", "since", "so", "yet", "whereas"]

    /// "according to a draft budget seen by the Herald", "according to documents obtained by Reuters": the
    /// document is the source, and the participle phrase after it says who saw it.
    private func seenDocumentSource(after start: Int, limit: Int) -> SpeakerPhrase? {
        guard let participle = (start..<min(limit, start + 6)).first(where: {
                  $0 > start && $0 + 1 < limit && view.isLower($0 + 1, "by")
                      && (view.has($0, .ed) || Self.seeingParticiples.contains(view.lower[$0]))
              })
        else { return nil }
        return reader.documentSource(start, limit: participle)
    }

    /// "According to minutes of the meeting seen by the Clarion, …": a document that names no issuer, seen by
    /// someone, is the source; "the statement issued by the board" leaves the source to its issuer.
    private func seenRecord(after start: Int, limit: Int) -> SpeakerPhrase? {
        reader.sourceBehindDocument(start, limit: limit) == start ? seenDocumentSource(after: start, limit: limit) : nil
    }

    private static let seeingParticiples: WordSet = ["seen", "shown", "given", "sent", "leaked", "written"]

    /// "according to court documents": a phrase whose head is a document is read as one, before a name reader
    /// takes its first word for the source ("court").
    private func documentHeadedSource(_ start: Int, limit: Int) -> SpeakerPhrase? {
        if reader.endsWithDocumentNoun(start..<limit) { return reader.documentSource(start, limit: limit) }
        // "according to court papers filed on Monday": the document is named up to the participle that says when it
        // appeared, unless the participle names who issued it ("figures released on Friday by the council").
        guard start + 1 < limit,
              let participle = ((start + 1)..<min(limit, start + 6)).first(where: { view.has($0, .ed) && !view.isCapitalized($0) }),
              reader.endsWithDocumentNoun(start..<participle), reader.sourceBehindDocument(start, limit: limit) == start,
              !(participle..<limit).contains(where: { view.isLower($0, "by") })
        else { return nil }
        return reader.documentSource(start, limit: participle)
    }

    /// "The county has also agreed to host 200 workers, officials said Tuesday.", "Lind met the mayor that day,
    /// as the Gazette reported.": an attribution that closes the sentence reports everything before it, a cue
    /// inside included (the county's agreement is what the officials said). Only a tail of a speaker and a cue,
    /// with time or setting words, counts.
    private mutating func reportBeforeClosingAttribution(_ sentence: Sentence, end: Int) -> Bool {
        let start = sentence.tokens.lowerBound
        // The tail is short: only its last 14 tokens are searched for the comma (this runs for every sentence).
        guard var comma = (max(start, end - 14)..<end).last(where: { view.isComma($0) }), comma + 2 < end else { return false }
        // "…, one of those people said, speaking on condition of anonymity": a participle phrase set off after the
        // attribution tells how it was said; the attribution ends at its comma.
        var tailEnd = end
        // "They asked that it be kept small, Moreno said, but the staff had other ideas": so does a clause joined
        // after the attribution; it is left unreported, as the writer's or the speaker's.
        let joined = view.has(comma + 1, .andBut) || view.isLower(comma + 1, "though")
        if view.has(comma + 1, .ing) && view.cue(at: comma + 1, within: end) == nil || joined,
           let before = (max(start, comma - 12)..<comma).last(where: { view.isComma($0) }), before + 2 < comma {
            (tailEnd, comma) = (comma, before)
        }
        let introducedByAs = view.isLower(comma + 1, "as")
        let tailStart = introducedByAs ? comma + 2 : comma + 1
        // The cheap tests on the short tail come before those over the whole sentence.
        guard let cueIndex = (tailStart..<tailEnd).first(where: { view.cue(at: $0, within: tailEnd) != nil }),
              let (cue, length) = view.cue(at: cueIndex, within: tailEnd), [.verb, .object, .report].contains(cue.kind),
              !(start..<end).contains(where: { view.quoteOf[$0] >= 0 }), view.wordCount(start..<comma) >= 4,
              !isAdverbialClauseAlone(start..<comma), !isNounWithRelativeClause(start..<comma)
        else { return false }
        // Without a cue before the comma, the cue-by-cue reading finds ", officials said" itself. "Hruby said …, the
        // Courier reported": an outlet relays the words of a clause with a speaker of its own.
        let hasInnerCue = (start..<comma).contains(where: { view.cue(at: $0, within: comma) != nil })
        guard introducedByAs || hasInnerCue, cue.kind != .report || !hasInnerCue else { return false }
        let phrase: SpeakerPhrase
        if cueIndex > tailStart {
            // "…, a project first promised in 1998": a description that names no speaker is a thing the cue's
            // participle modifies. "…, a charge the rebels denied": a writer's label judges the clause, which its
            // subject did not say.
            // "…, two people briefed on the matter said": a source's qualifier may stand between it and the cue.
            let subject = reader.before(cueIndex, floor: tailStart).flatMap { $0.tokens.lowerBound == tailStart ? $0 : nil }
                ?? reader.postmodifiedSubject(start: tailStart, cue: cueIndex)
            guard let before = subject, before.tokens.lowerBound == tailStart,
                  before.form != .description || reader.namesASpeaker(before), !isInWritersLabel(cueIndex, floor: start),
                  isAttributionTail(skipAddressee(after: cueIndex + length, cue: cue, end: tailEnd)..<tailEnd)
            else { return false }
            phrase = before
        } else {
            guard let after = speakerAlone(after: cueIndex + length, end: tailEnd) else { return false }
            phrase = after
        }
        // "Lind said the port would close, she added": a pronoun may point back into the clause; the clause's own
        // attribution is read as usual. Not when it cannot: "Some fans had called for his exit, she said" (a person's
        // pronoun after a group or a body).
        guard phrase.form != .pronoun || innerSubjectIsNoPerson(of: start..<comma, pronoun: phrase.head) else { return false }
        for index in start..<comma where view.cue(at: index, within: comma) != nil { usedCues.insert(index) }
        emitIndirect(clause: start..<comma, phrase: phrase, cue: view.phrase(cueIndex..<(cueIndex + length)), cueKind: cue.kind,
                     paragraph: sentence.paragraph)
        return true
    }

    /// Whether "he" or "she" cannot refer to the subject of the first cue in `clause`: that subject is a group of
    /// people, a body or a plural pronoun.
    private func innerSubjectIsNoPerson(of clause: Range<Int>, pronoun: String) -> Bool {
        guard pronoun == "he" || pronoun == "she",
              let cue = clause.first(where: { view.cue(at: $0, within: clause.upperBound) != nil }),
              let subject = reader.before(cue, floor: clause.lowerBound), subject.conjuncts.isEmpty
        else { return false }
        switch subject.form {
        case .pronoun: return subject.head == "they" || subject.head == "we"
        case .name: return subject.isOrganization
        case .description, .anonymous:
            return subject.isOrganization || subject.isCount || view.has(subject.tokens.upperBound - 1, .plural)
        }
    }

    /// "…, a statement said.", "…, a narrator says.": a text, or anyone before a form of "say" (which modifies no
    /// noun as "a plan announced in May" does, except before "to"), speaks through an attribution at the end.
    private func speaksAsDescribed(_ subject: SpeakerPhrase, cue: Range<Int>, end: Int) -> Bool {
        if let head = subject.tokens.last, view.has(head, .reportNoun) { return true }
        return cue.count == 1 && Self.sayForms.contains(view.lower[cue.lowerBound]) && !view.has(cue.lowerBound, .ing)
            && !(cue.upperBound < end && view.isLower(cue.upperBound, "to"))
    }

    /// Whether the verb at `verb` is plural while a singular pronoun opens the clause at `subject` ("it … were").
    private func disagrees(_ verb: Int, withSubjectAt subject: Int) -> Bool {
        Self.singularPronouns.contains(view.lower[subject]) && Self.pluralOnlyVerbs.contains(view.lower[verb])
    }

    private static let singularPronouns: WordSet = ["it", "he", "she", "this"]
    private static let pluralOnlyVerbs: WordSet = ["are", "were", "have", "do", "don't", "aren't", "weren't", "haven't"]

    /// A cue form that is no verb here: "let's say" supposes ("let’s say the council decided …"), an -ing form
    /// after "very" or "so" is an adjective ("were very encouraging in that …"), and an -s form before "are" or
    /// "were" is a plural noun ("the news reports were …").
    private func isNounOrAdjectiveForm(_ index: Int, cueEnd: Int, floor: Int) -> Bool {
        guard index > floor else { return false }
        let previous = view.lower[index - 1]
        // Asked for every cue: the first byte rules out most words before the sets are looked up.
        if previous.utf8.first == UInt8(ascii: "l"), ["let's", "let’s", "lets"].contains(previous) { return true }
        if previous == "us" && index - 1 > floor && view.isLower(index - 2, "let") { return true }
        if view.has(index, .ing) { return Self.degreeWords.contains(previous) }
        let cue = view.lower[index].utf8
        guard index + 1 < view.count && cue.last == UInt8(ascii: "s") && cue.dropLast().last != UInt8(ascii: "s") else { return false }
        // "The minister rejected calls for a ban", "ignored warnings about …": after a past verb and before the
        // preposition of its topic, the -s form is that verb's object ("the man accused says …" keeps its verb).
        if view.has(index - 1, .ed), view.quoteOf[index - 1] < 0, Self.topicPrepositions.contains(view.lower[index + 1]) { return true }
        guard cueEnd == index + 1 else { return false }
        // "the news reports (BBC etc.) were …": a bracket may stand between the noun and its verb.
        var verb = cueEnd
        if view.isByte(verb, UInt8(ascii: "(")), let close = (verb + 1..<min(view.count, verb + 8)).first(where: { view.isByte($0, UInt8(ascii: ")")) }) {
            verb = close + 1
        }
        return verb < view.count && Self.pluralVerbs.contains(view.lower[verb])
    }

    private static let topicPrepositions: WordSet = ["for", "about", "of", "from", "over", "against"]
    private static let degreeWords: WordSet = ["very", "so", "too", "most", "more", "less", "least", "quite", "extremely", "highly"]
    private static let pluralVerbs: WordSet = ["are", "were", "have", "remain", "remained"]

    /// The past verb right before an -ing form, or before one or two plain words before it ("ignored clear warning").
    private func pastVerbBeforeNounModifier(_ index: Int, floor: Int) -> Int? {
        var before = index - 1
        while before > floor && index - before <= 2 && view.quoteOf[before] < 0
            && view.isPlainWord(before, excluding: [.determiner, .possessive, .preposition, .clauseWord, .finiteVerb, .be, .ed, .adverb]) {
            before -= 1
        }
        return before >= floor && view.has(before, .ed) && view.quoteOf[before] < 0 ? before : nil
    }

    /// "The orderly transfer of power as called for in the Constitution takes place", "as noted above": a past
    /// participle right after "as" is a passive with no one before it to say anything ("as reported by the Herald"
    /// names its speaker after "by", and reports).
    private func isPassiveAfterAs(_ cue: Int, next: Int) -> Bool {
        cue > 0 && view.isLower(cue - 1, "as") && view.quoteOf[cue - 1] < 0 && view.has(cue, [.ed, .irregularPast])
            && !(next < view.count && view.isLower(next, "by"))
    }

    /// "Inquest told pilot was exhausted", "Court told doctor “ignored” signs": a headline drops the "was" of a
    /// passive after a bare court or hearing, which heard the words and said none of them; "Jury hears accused
    /// “panicked”": so does one where the hearing hears, and a cue form right after "hears" is a noun it heard of.
    private func isHeadlinePassive(_ cue: Int) -> Bool {
        guard cue > 0 else { return false }
        if view.isLower(cue, "told") { return opensHeadlineHearing(cue - 1) }
        return cue > 1 && Self.hearingVerbs.contains(view.lower[cue - 1]) && opensHeadlineHearing(cue - 2)
    }

    /// Whether a bare court or hearing and "told", "hears" or "heard" open the sentence at `start`, as a headline
    /// of court reporting does.
    private func opensHeadlineHearing(_ start: Int) -> Bool {
        start + 1 < view.count && Self.hearingBodies.contains(view.lower[start]) && Self.hearingVerbs.contains(view.lower[start + 1])
            && view.document.sentences[view.sentenceOf[start]].tokens.lowerBound == start
    }

    private static let hearingBodies: WordSet = ["court", "inquest", "tribunal", "inquiry", "hearing", "jury", "trial"]
    private static let hearingVerbs: WordSet = ["told", "hears", "heard"]

    /// Past forms that take an -ing complement whose subject is theirs ("started warning", "denied telling").
    private static let catenativePasts: WordSet = [
        "started", "continued", "stopped", "resumed", "finished", "ceased", "avoided", "denied", "admitted", "recalled",
        "remembered", "risked", "considered", "quit", "missed", "regretted", "enjoyed", "loved", "hated", "liked",
    ]

    /// Tries the attribution patterns around one cue; true when one of them applied.
    private mutating func report(cue: QuoteLexicon.Cue, at cueRange: Range<Int>, in sentence: Sentence, end: Int) -> Bool {
        let view = self.view
        let start = ownClauseStart(before: cueRange, in: sentence.tokens, end: end)
        let index = cueRange.lowerBound
        let cueText = view.phrase(cueRange)
        guard !isNounOrAdjectiveForm(index, cueEnd: cueRange.upperBound, floor: start) else { return false }
        // "Reuters quoted a ministry spokesman, Anatoly Glaz, as saying …", "quoted an official saying …": the one
        // quoted speaks, before any reading that takes the outlet or the name for the subject of the cue, or the
        // participle for a noun's modifier.
        if let quoted = quotedPhrase(beforeParticiple: index) {
            let clauseStart = skipToClause(after: cueRange.upperBound, cue: cue, end: end)
            guard reportsEnough(clauseStart..<end, cueKind: cue.kind), opensReportedClause(clauseStart, end: end) else { return false }
            emitIndirect(clause: clauseStart..<end, phrase: quoted, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph)
            return true
        }
        // "The consultant ignored warning signs that …": after a past verb that takes no -ing complement, an -ing form
        // names a kind of thing; no one says anything ("continued warning staff that …" still reports).
        if view.has(index, .ing), let past = pastVerbBeforeNounModifier(index, floor: start),
           !Self.catenativePasts.contains(view.lower[past]), view.cue(at: past, within: end) == nil {
            return false
        }
        // "blasted out a barrage of releases": with a particle a content cue is no judgement.
        if cue.kind == .content || cue.kind == .naming,
           cueRange.upperBound < end && Self.particles.contains(view.lower[cueRange.upperBound]) {
            return false
        }
        // "They found a memo that said the plant would close": the text speaks in its relative clause, whose start
        // the clause reading above takes for the start of a clause of its own.
        if let document = documentBeforeThat(reader.skippingInterveners(before: index, floor: start) - 1, floor: sentence.tokens.lowerBound) {
            let opensSentence = document.tokens.lowerBound <= clauseStart(ofSentenceAt: start, before: index) + 1
            let reportStart = clauseAfterAddressee(cue: cue, at: cueRange, end: end)
            // A clause set off by commas ("the report, which concluded that …, …") ends at the next one.
            let setOff = view.isComma(document.tokens.upperBound)
            let reportEnd = setOff ? (reportStart..<end).first { view.isComma($0) && view.quoteOf[$0] < 0 } ?? end
                : opensSentence ? subjectClauseEnd(reportStart..<end) : end
            guard reportsEnough(reportStart..<reportEnd, cueKind: cue.kind), opensReportedClause(reportStart, end: reportEnd) else { return false }
            emitIndirect(clause: reportStart..<reportEnd, phrase: document, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph)
            return true
        }
        if cue.kind == .source, let (phrase, clause) = sourceBeforeJoinedClause(at: cueRange, sentenceStart: start, end: end) {
            emitIndirect(clause: clause, phrase: phrase, cue: cueText, cueKind: .source, paragraph: sentence.paragraph)
            return true
        }
        if cue.kind == .source {
            // "…, according to the ministry.", and "The plan, according to two officials, would …": set off by
            // commas between a subject and its verb, it reports the words on both sides.
            guard index > start, view.isComma(index - 1) else { return false }
            // "…, per ESPN", "…, per sources familiar with …", "…, per the league": "per" before a bare singular
            // noun is a rate ("$20, per person", "per year").
            if view.isLower(index, "per") && !(cueRange.upperBound < end && (view.has(cueRange.upperBound, [.article, .determiner, .possessive, .plural])
                                                                 || view.isCapitalized(cueRange.upperBound))) {
                return false
            }
            // "She is survived by four children and, in the words of her daughter, “half the village”": a clause
            // left open by its conjunction goes on after the source; its words in marks are the source's.
            if index - 2 >= start && view.has(index - 2, [.coordinator, .conjunction]) { return false }
            let subjectOnly = hasNoVerb(start..<(index - 1))
            let closing = (cueRange.upperBound..<end).first { view.isComma($0) && view.quoteOf[$0] < 0 }
            let rest = closing.flatMap { comma in
                // "The two leaders, according to a Kremlin readout, agreed to keep talking": a verb of saying before
                // an infinitive may open the predicate the source reports (one before a clause reports that clause
                // itself: "…, told colleagues that she would resign").
                subjectOnly && comma + 1 < end && opensPredicate(comma + 1)
                    ? continuation(after: comma, end: end, minimumWords: 1,
                                   allowingCue: view.has(comma + 1, [.ed, .irregularPast]) && comma + 2 < end && view.isLower(comma + 2, "to"))
                    : nil
            }
            let limit = rest == nil ? end : closing!
            guard let phrase = citedSource(after: cueRange.upperBound, limit: limit) else { return false }
            // "Many voters - who made up 46 percent, according to a survey - …": inside an aside left open, the
            // source reports the aside.
            let clauseStart = afterOpenDash(start..<(index - 1)) ?? start
            emitIndirect(clause: clauseStart..<(index - 1), phrase: phrase, cue: cueText, cueKind: .source, paragraph: sentence.paragraph,
                         minimumWords: rest == nil ? 3 : 2)
            if let rest {
                emitIndirect(clause: rest, phrase: phrase, cue: cueText, cueKind: .source, paragraph: sentence.paragraph, minimumWords: 1)
            }
            return true
        }
        if let (subject, clause) = openingParticipleReport(cue: cueRange, cueKind: cue, sentenceStart: start, end: end) {
            emit(Quote(text: view.text(clause), span: view.span(clause), kind: .indirect, speaker: subject.speaker,
                       cue: cueText, source: nil), entity: subject.entity, paragraph: sentence.paragraph)
            reportedClauseEnd = clause.upperBound
            return true
        }
        if let subject = absoluteSubject(ofCue: index, floor: start) {
            let clause = skipToClause(after: cueRange.upperBound, cue: cue, end: end)..<end
            // A clause with a verb of its own, not an object ("with the company claiming residency in Ireland").
            guard reportsEnough(clause, cueKind: cue.kind), opensReportedClause(clause.lowerBound, end: clause.upperBound),
                  clause.contains(where: { view.has($0, [.finiteVerb, .be, .auxiliary]) })
            else { return false }
            emitIndirect(clause: clause, phrase: subject, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph)
            return true
        }
        let subjectStart = clauseStart(ofSentenceAt: start, before: index)
        if modifiesSubject(participle: index, cueEnd: cueRange.upperBound, subjectStart: subjectStart) { return false }
        // "sent a letter to tenants warning that …", "received a letter from the council warning …": a participle of
        // saying after a message has the sender or the author for its subject, read below.
        let afterMessage = view.has(index, .ing) && index > start && !view.isComma(index - 1) && messageBefore(participle: index) != nil
        // A subject's own aside may look like an introductory phrase ("A third of farmers, 34%, say …",
        // "Officials at the port, speaking on condition of anonymity, said …").
        // "…, as parents in the worst-hit districts complained that …": a clause joined mid-sentence has its own
        // subject, tried last.
        let joinedStart = joinedClauseStart(before: index, floor: subjectStart)
        func fromEitherStart(_ read: (Int) -> SpeakerPhrase?) -> SpeakerPhrase? {
            read(subjectStart) ?? (subjectStart > start ? read(start) : nil) ?? joinedStart.flatMap(read)
        }
        let reader = self.reader
        if let (subject, clause) = reportBeforeSetOffSubject(cue: cue, at: cueRange, in: sentence, end: end) {
            emitIndirect(clause: clause, phrase: subject, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph)
            return true
        }
        // "Thousands of people marched … against a law that critics say would muzzle …": a cue inside a relative
        // clause, with its own subject before it and a verb phrase after it, is that subject's, not the sentence's.
        if let (subject, clause) = gapRelativeReport(cue: cueRange, floor: start, end: end) {
            emitIndirect(clause: clause, phrase: subject, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph,
                         minimumWords: 2)
            return true
        }
        // Before the subject a relative clause modifies: "A family whose son said …" is the son's report.
        if let (speaker, clause) = ownedByRelative(cue: cue, at: cueRange, floor: start, end: end) {
            emit(Quote(text: view.text(clause), span: view.span(clause), kind: .indirect, speaker: speaker, cue: cueText, source: nil),
                 entity: nil, paragraph: sentence.paragraph)
            reportedClauseEnd = clause.upperBound
            return true
        }
        // "One of the plaintiffs, a designer named Yusuf Adebayo, said": a name set off after either subject is who
        // speaks.
        if !afterMessage, let subject = (fromEitherStart({ reader.countedGroup(start: $0, cue: index) })
            ?? fromEitherStart({ reader.postmodifiedSubject(start: $0, cue: index) })).map({
                reader.namedInApposition(to: $0, floor: start) ?? reader.nameClosing($0, cue: index) ?? $0
            }) {
            let clauseStart = clauseAfterAddressee(cue: cue, at: cueRange, end: end)
            // "Carlos Guerrero, a farmer who said he was …, left": a relative clause inside a set-off apposition
            // ends at the apposition's closing comma; so does one whose noun is itself the apposition ("One
            // juror, a retired driver who said she was tired, said …"), set off after a noun phrase, not after a
            // time or scene ("Yesterday, a man who said …").
            let who = reader.skippingInterveners(before: index, floor: start) - 1
            func isAppositive() -> Bool {
                let comma = subject.tokens.lowerBound - 1
                return comma > start && view.isComma(comma) && hasNoVerb(start..<comma) && !isSettingPhrase(start..<comma)
            }
            let insideApposition = view.has(who, .relativePronoun)
                && (who > subject.tokens.upperBound && view.has(subject.tokens.upperBound, .phraseEnder)
                    || who == subject.tokens.upperBound && isAppositive())
            // "The member who claimed that the books balanced resigned": a restrictive relative clause in the
            // sentence's subject reports up to where the sentence's own verb begins.
            let restrictiveInSubject = !insideApposition && who > start && view.has(who, .relativePronoun) && !view.isComma(who - 1)
                && subject.tokens.lowerBound <= subjectStart + 1
            // "The consultants who wrote it, Brightline Partners, were paid …": a verb that does not agree with the
            // clause's pronoun is the sentence's own, and the relative clause reports nothing.
            if restrictiveInSubject, let verb = (clauseStart..<end).first(where: isVerb), disagrees(verb, withSubjectAt: clauseStart) {
                return false
            }
            // "Vin Weber, who advises Kasich, is no fan of …": a relative clause set off by commas ends at its comma;
            // the predicate after it is the sentence's own.
            if insideApposition && closesBeforeClause(cueEnd: cueRange.upperBound, clauseStart: clauseStart) { return false }
            let clauseEnd = insideApposition ? (clauseStart..<end).first { view.isComma($0) } ?? end
                : restrictiveInSubject ? subjectClauseEnd(clauseStart..<end)
                : subordinateClauseEnd(subject: subject, clauseStart: clauseStart, end: end)
            // "The plant will close, the statement from the company said.": a subject with its modifier after a comma,
            // and nothing after the cue but its scene, reports the clause before the comma.
            // The subject may be the text's issuer inside the phrase ("the statement from the company").
            if let comma = (start..<max(start, subject.tokens.lowerBound)).last(where: { view.isComma($0) }), comma > start,
               hasNoVerb((comma + 1)..<index), view.wordCount(start..<comma) >= 3, looksLikeClause(start..<comma),
               isAttributionTail(skipAddressee(after: cueRange.upperBound, cue: cue, end: end)..<end),
               !sentence.tokens.contains(where: { view.quoteOf[$0] >= 0 }), !isAdverbialClauseAlone(start..<comma),
               !isSettingPhrase(start..<comma), !opensPassiveIntroduction(start),
               !Self.subordinatingWords.contains(view.lower[start]), !view.has(start, .subordinator) {
                emitIndirect(clause: start..<comma, phrase: subject, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph)
                return true
            }
            guard reportsEnough(clauseStart..<clauseEnd, cueKind: cue.kind), opensReportedClause(clauseStart, end: clauseEnd),
                  !handsOverToParticiple(cueRange.upperBound, end: end)
            else { return false }
            emitIndirect(clause: clauseStart..<clauseEnd, phrase: subject, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph)
            return true
        }
        if let (antecedent, setOff) = relativeAntecedent(cue: index, floor: start) {
            // "a young child, who said he …", "The mayor, who claimed that the books balanced, resigned": the
            // relative pronoun's antecedent speaks; a clause set off by commas ends at the next one.
            let clauseStart = clauseAfterAddressee(cue: cue, at: cueRange, end: end)
            // "The two clerks who announced it was cancelled were thanked": a restrictive relative clause in the
            // sentence's subject reports up to the sentence's own verb, and nothing when that verb comes first.
            let inSubject = !setOff && antecedent.tokens.lowerBound <= start + 1
            if inSubject, let verb = (clauseStart..<end).first(where: isVerb), disagrees(verb, withSubjectAt: clauseStart) {
                return false
            }
            if setOff && closesBeforeClause(cueEnd: cueRange.upperBound, clauseStart: clauseStart) { return false }
            let clauseEnd = setOff ? (clauseStart..<end).first { view.isComma($0) } ?? end
                : inSubject ? subjectClauseEnd(clauseStart..<end) : end
            guard reportsEnough(clauseStart..<clauseEnd, cueKind: cue.kind), opensReportedClause(clauseStart, end: clauseEnd) else { return false }
            emitIndirect(clause: clauseStart..<clauseEnd, phrase: antecedent, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph)
            return true
        }
        // "What the pilots said was that the channel was too shallow", "All she would say was that …": the words
        // after the copula are reported.
        let copula = skipAddressee(after: cueRange.upperBound, cue: cue, end: end)
        if view.isLower(start, "what") || view.isLower(start, "all"), index > start + 1, copula + 1 < end, view.has(copula, .be),
           let subject = reader.before(index, floor: start + 1), subject.tokens.lowerBound == start + 1 {
            let clauseStart = copula + (view.isLower(copula + 1, "that") ? 2 : 1)
            emitIndirect(clause: clauseStart..<end, phrase: subject, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph)
            return true
        }
        // A subject with an apposition opens its clause, which may start after an opening clause ("It was no
        // accident — Kolar, a spokeswoman, said …").
        // "On Tuesday the ministry said …", "Last week officials said …": a time phrase with no comma opens the
        // sentence, and the subject starts after it.
        // "SAN JOSE, Calif. — Norbrook Foods cut …, warning …": no subject is read into the dateline.
        let wordsStart = afterDateline(start, before: index)
        let timeFloor = leadingTimeEnd(wordsStart, limit: index) ?? leadingSceneEnd(wordsStart, limit: index) ?? wordsStart
        if !afterMessage, let subject = reader.before(index, floor: timeFloor)
            ?? (subjectStart > timeFloor ? reader.before(index, floor: subjectStart) : nil)
            ?? joinedStart.flatMap({ reader.before(index, floor: $0) }) {
            let opening = openingOfIntroducedName(subject, floor: timeFloor) ?? openingOfTitledName(subject, floor: timeFloor)
            let comma = opening - 1
            let commaBefore = comma > start && view.isComma(comma)
            let addressed = skipAddressee(after: cueRange.upperBound, cue: cue, end: end)
            let afterCue = commaBefore ? skippingTime(from: addressed, end: end) : addressed
            let interrupts = afterCue < end && view.isComma(afterCue)
            // "Talks will resume, Spicer said, adding …": an attribution set off by commas after a clause reports
            // that clause, not what follows it.
            let setOff = commaBefore && interrupts && looksLikeClause(start..<comma)
            // "Peskov said Monday that …"
            var clauseStart = skipToClause(after: cueRange.upperBound, cue: cue, end: end)
            // "The route would close, Lie told a packed town hall meeting on Saturday.": nothing but the addressee
            // and the scene follows the cue, so the clause before it is what was said.
            let closesSentence = commaBefore && isAttributionTail(afterCue..<end) && looksLikeClause(start..<comma)
                && !(afterCue..<end).contains { view.has($0, [.finiteVerb, .be, .relativePronoun]) || view.isLower($0, "that") }
            // "As the Herald reported on Monday, the council …": after an "as" that opens the sentence, a scene after
            // the cue ends at its comma, and the main clause that follows is what was reported.
            var sceneSkipped = false
            if opening - 1 == start && view.isLower(opening - 1, "as"), opensWithScene(afterCue, end: end),
               let comma = (afterCue..<end).first(where: { view.isComma($0) }), comma + 1 < end, !view.has(comma + 1, .ing) {
                clauseStart = comma + 1
                sceneSkipped = true
            }
            if !setOff, !closesSentence, opensClause(opening, sentenceStart: start),
               view.wordCount(clauseStart..<end) >= Self.minimumReport(cue.kind) || isShortReport(clauseStart..<end, cueKind: cue.kind),
               opensReportedClause(clauseStart, end: end),
               // "said on Tuesday, after a long meeting, that …": a scene may stand before an aside and the "that".
               sceneSkipped || !opensWithScene(afterCue, end: end) || clauseStart > afterCue + 1 && view.isLower(clauseStart - 1, "that"),
               !handsOverToParticiple(cueRange.upperBound, end: end) {
                // "That attitude, many argue, could carry …": a short subject set off before the attribution is
                // reported too, as the first part, even of one word ("Consumers, he said, would pay for quality").
                if interrupts && commaBefore && (isReportedFragment(start..<comma) || isLoneSubject(start..<comma)) {
                    emitIndirect(clause: start..<comma, phrase: subject, cue: cueText, cueKind: cue.kind,
                                 paragraph: sentence.paragraph, minimumWords: 1)
                }
                let clauseEnd = subject.tokens.lowerBound == timeFloor ? requestInSubjectEnd(cue: index, clauseStart: clauseStart, end: end) : nil
                    ?? setOffRelativeEnd(before: subject.tokens.lowerBound, floor: start, clauseStart: clauseStart, end: end)
                emitIndirect(clause: clauseStart..<(clauseEnd ?? subordinateClauseEnd(subject: subject, clauseStart: clauseStart, end: end)),
                             phrase: subject, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph)
                return true
            }
            // "…, Peskov added." and "…, he said, …": an attribution after a comma reports what precedes it.
            // "…, a plan announced earlier this year" is an apposition whose participle modifies a thing.
            // "Latvia's leader, Inese Kalnina, agreed, saying …": a noun phrase before a name set off by commas is
            // the name's apposition, not a report.
            guard commaBefore, interrupts || isAttributionTail(afterCue..<end),
                  // (Only words that read as one speaker phrase: a clause may have only verbs the shape does not
                  // show, "The group plans to object, Deirdre Kastellan, the chairwoman, said.")
                  !(hasNoVerb(start..<comma) && subject.tokens.upperBound < index && view.isComma(subject.tokens.upperBound)
                    && reader.before(comma, floor: start)?.tokens.lowerBound == start),
                  !endsWithColon(sentence), interrupts || looksLikeClause(start..<comma),
                  !(subject.form == .description && ["a", "an"].contains(view.lower[subject.tokens.lowerBound])
                    && !reader.namesASpeaker(subject) && !speaksAsDescribed(subject, cue: cueRange, end: end))
            else { return false }
            // A time or place phrase before an attribution is only the setting ("Six months ago, the senator said,
            // he had few donors"; "Tuesday at Baldwin Wallace University, Gov. John Kasich said, “…”"), and so is
            // a passive introduction ("Asked whether …, she said, “…”"): only what follows the attribution is
            // reported.
            // So is a clause whose subordinating word stands right before the attribution ("The plant will close
            // because, the company said, demand has collapsed"): the company gave the reason, not the closure.
            // So is a relative clause ("run by Ola Brun, who, the workers said, never missed a shift").
            let opensSubordinate = interrupts
                && (Self.subordinatingWords.contains(view.lower[comma - 1]) || view.has(comma - 1, .relativePronoun))
            // "When I asked Olav Brekke if he would run, he said, “Never.”": a subordinate clause that tells of
            // something said before is the scene of the answer, not what was answered; so is one of time before
            // words in marks ("When the hall emptied, he said, “Never.”").
            if isNarratedExchange(start..<comma)
                || interrupts && Self.timeSubordinators.contains(view.lower[start]) && afterCue + 1 < end && view.quoteOf[afterCue + 1] >= 0 {
                return false
            }
            // "Over a long career, Manafort has advised, among others, …": a phrase that opens with a preposition and
            // has no verb sets the scene too; what follows such an attribution is reported only if it is a clause.
            let opensSetting = isSettingPhrase(start..<comma) || view.has(start, .preposition) && !hasVerbForm(start..<comma)
            if opensSetting || opensPassiveIntroduction(start) || opensSubordinate
                || !interrupts && isAdverbialClauseAlone(start..<comma) {
                guard interrupts, let rest = continuation(after: afterCue, end: end),
                      !opensSetting || hasVerbForm(rest) && !view.has(rest.lowerBound, .preposition)
                else { return false }
                emitIndirect(clause: rest, phrase: subject, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph)
                return true
            }
            // "He is seventy now, and his hands, he says, have forgotten …": an attribution that interrupts the
            // last of two joined clauses, after its subject alone, reports that clause only.
            let reportStart = interrupts ? interruptedClauseStart(start..<comma, resumingAt: afterCue + 1) ?? start : start
            emitIndirect(clause: reportStart..<comma, phrase: subject, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph,
                         minimumWords: interrupts ? 2 : 3)
            // "If the budget stalls, he said, the council can …": the clause goes on after the attribution. After
            // a subject alone ("The deal, Kolar said, is dead") the rest is its predicate, however short.
            // ("Some customers complain, she says, but …": a cue before the comma is the clause's verb.)
            let subjectOnly = hasNoVerb(reportStart..<comma) && !(reportStart..<comma).contains { view.cue(at: $0, within: comma) != nil }
            if interrupts, reportedClauseEnd != nil,
               let rest = continuation(after: afterCue, end: end, minimumWords: subjectOnly ? 1 : 3), !narratesSpeaker(rest),
               !isWritersApposition(rest, after: reportStart..<comma), !isCircumstance(rest, afterSubjectOnly: subjectOnly) {
                emitIndirect(clause: rest, phrase: subject, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph,
                             minimumWords: subjectOnly ? 1 : 3)
            }
            return true
        }
        if let subject = participleSubject(cue: index), !isPreposition(cueRange.upperBound) {
            // "Pence blamed the media, saying they were nitpicking …" (but not "writing in the Times").
            let clauseStart = skipToClause(after: cueRange.upperBound, cue: cue, end: end)
            // "…, noted that he had bought the mill, and boasted about …": the next predicate of the series ends it.
            // "The senator, explaining her vote, wrote that …": a participle set off between a subject and its verb
            // ends at the comma before that verb.
            // "Voters, saying the count was rigged, marched …": after a subject alone, any verb after a comma is that
            // subject's.
            // (The comma may stand before the clause's start, which then holds no subject.)
            let afterSubjectAlone = view.isComma(index - 1) && index - 1 >= start && hasNoVerb(start..<(index - 1))
                && (start..<(index - 1)).allSatisfy { view.quoteOf[$0] < 0 && view.cue(at: $0, within: index) == nil }
            let asideEnd = view.isComma(index - 1) ? (clauseStart..<end).first {
                view.isComma($0) && $0 + 1 < end && !view.has($0 + 1, .ing)
                    && (view.cue(at: $0 + 1, within: end) != nil
                        || afterSubjectAlone && !view.isCapitalized($0 + 1) && view.has($0 + 1, [.ed, .irregularPast, .finiteVerb]))
            } : nil
            let (reported, outlet) = withoutOutletTail(clauseStart..<(asideEnd ?? seriesPredicate(after: clauseStart, end: end) ?? end))
            guard let unquoted = clauseBeforeQuotes(reported), view.wordCount(unquoted) >= Self.minimumReport(cue.kind),
                  clauseLimit.map({ unquoted.upperBound <= $0 }) ?? true
            else { return false }
            // "…, acknowledging that … but warning that …": the second cue reports on its own, and so does a second
            // subject's ("…, saying he should be congratulated, but he suggested …").
            var clause = trimmedClause(coordinatedCue(in: unquoted).map { unquoted.lowerBound..<$0.comma } ?? unquoted)
            if let comma = coordinatedReport(in: clause) { clause = trimmedClause(clause.lowerBound..<comma) }
            guard view.wordCount(clause) >= Self.minimumReport(cue.kind) else { return false }
            emit(Quote(text: view.text(clause), span: view.span(clause), kind: .indirect, speaker: subject.speaker,
                       cue: cueText, source: outlet), entity: subject.entity, paragraph: sentence.paragraph)
            // "…, adding that he had asked the government for aid": a cue inside the clause reports nothing more.
            reportedClauseEnd = clause.upperBound
            return true
        }
        // "…, says Andriy Yusov, a spokesman for …" (not a content cue: "…, criticized the board" has no speaker
        // after it).
        // "A second official, who asked not to be named, confirmed the figure": a subject and its relative clause
        // before the comma are no clause an inverted cue could report.
        guard cue.kind != .content, cue.kind != .naming, index - 1 > start, view.isComma(index - 1), let speaker = reader.after(cueRange.upperBound, limit: end),
              !endsWithColon(sentence), !isNounWithRelativeClause(start..<(index - 1))
        else { return false }
        // "The ferry is slow, said Tor Borge, but the crew is friendly": a clause joined after the inverted
        // attribution goes on with the report, as it does after "Tor Borge said,".
        let afterSpeaker = speaker.tokens.upperBound
        let interrupts = afterSpeaker + 1 < end && view.isComma(afterSpeaker)
        // "The problem, says Rhea Castellano, is that …": after a subject alone, the rest is its predicate.
        let subjectOnly = interrupts && isBareSubject(start..<(index - 1)) && opensPredicate(afterSpeaker + 1)
            && view.wordKinds[afterSpeaker + 1] == nil && !view.has(afterSpeaker + 1, .ing)
        let rest = interrupts && (view.has(afterSpeaker + 1, .coordinator) || subjectOnly)
            ? continuation(after: afterSpeaker, end: end, minimumWords: subjectOnly ? 1 : 3)
            : speakerDescriptionEnd(after: afterSpeaker, end: end).flatMap { comma in
                view.has(comma + 1, .coordinator) ? continuation(after: comma, end: end) : nil
            }
        // "…, said a spokeswoman for the ministry, adding that …": a participle cue after the speaker (and a short
        // modifier of it) reports on its own.
        let speakerComma = interrupts ? afterSpeaker : modifierEnd(at: afterSpeaker, end: end)
        let participleFollows = speakerComma.map { $0 + 1 < end && view.has($0 + 1, .ing) && view.cue(at: $0 + 1, within: end) != nil } ?? false
        guard rest != nil || participleFollows || isAttributionTail(afterSpeaker..<end) else { return false }
        // A subject alone before the attribution is reported as the first part, as before "Kolar said,"; not when
        // its predicate is words in marks after a bare verb ("The verdict, said Imogen Stroud, was “a travesty”"),
        // which the marks report.
        let predicateInMarks = subjectOnly && rest.map { rest in
            rest.contains { view.quoteOf[$0] >= 0 } && (clauseBeforeQuotes(rest).map { view.wordCount($0) } ?? 0) < 2
        } ?? false
        if !predicateInMarks {
            emitIndirect(clause: start..<(index - 1), phrase: speaker, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph,
                         minimumWords: subjectOnly ? 2 : 3)
        }
        if let rest {
            emitIndirect(clause: rest, phrase: speaker, cue: cueText, cueKind: cue.kind, paragraph: sentence.paragraph)
        }
        return true
    }

    /// "The port will stay open, a source close to the board said.", "The glacier has sped up, a team of
    /// researchers reported on Tuesday, and …": a modified subject or a count of a group ("dozens of dockers",
    /// people whether or not the lexicon lists its noun) set off by a comma after a clause reports that clause
    /// when nothing of its own follows the cue, or when a comma closes the attribution after its addressee and a
    /// time: not when words in marks follow that comma ("Although …, an official said Wednesday, “…”" introduces
    /// them) or the clause before is subordinate.
    private func reportBeforeSetOffSubject(cue: QuoteLexicon.Cue, at cueRange: Range<Int>, in sentence: Sentence, end: Int)
        -> (SpeakerPhrase, Range<Int>)? {
        let index = cueRange.lowerBound
        guard cue.kind != .content, cue.kind != .naming,
              let comma = (max(sentence.tokens.lowerBound, index - 12)..<index).last(where: { view.isComma($0) && view.quoteOf[$0] < 0 })
        else { return nil }
        // "The Guardian: Ministers have shelved the plan, the paper reports": what a colon introduces is the clause.
        let start = wordColon(in: sentence.tokens.lowerBound..<comma).map { $0 + 1 } ?? sentence.tokens.lowerBound
        guard comma > start else { return nil }
        let counted = reader.countedGroup(start: comma + 1, cue: index)
        guard let subject = counted ?? reader.postmodifiedSubject(start: comma + 1, cue: index), subject.tokens.lowerBound == comma + 1,
              counted != nil || reader.namesASpeaker(subject), looksLikeClause(start..<comma), !endsWithColon(sentence),
              !isAdverbialClauseAlone(start..<comma)
        else { return nil }
        let afterCue = skippingTime(from: skipAddressee(after: cueRange.upperBound, cue: cue, end: end), end: end)
        let closedByComma = afterCue + 1 < end && view.isComma(afterCue) && view.quoteOf[afterCue + 1] < 0
            && !view.has(start, .subordinator)
        guard closedByComma || isAttributionTail(clauseAfterAddressee(cue: cue, at: cueRange, end: end)..<end) else { return nil }
        return (subject, start..<comma)
    }

    /// "When the mill closed in March, hundreds of workers protested": a clause a subordinator opens, with no main
    /// clause after it, says when or why the subject spoke, not what. ("If the tolls rise, drivers will suffer, the
    /// minister warned" reports a main clause after the comma.)
    private func isAdverbialClauseAlone(_ clause: Range<Int>) -> Bool {
        guard let first = clause.first, view.has(first, .subordinator) || Self.adverbialOpeners.contains(view.lower[first]) else {
            return false
        }
        return !clause.contains { view.isComma($0) && view.quoteOf[$0] < 0 }
    }

    private static let adverbialOpeners: WordSet = ["because", "although", "though", "unless", "until", "once", "whereas"]

    /// "The levy, Tove Berg said Monday, was unfair", "…, she told reporters on Friday, …": a day or time of day
    /// between an interrupting cue and its closing comma belongs to the attribution, and so does a scene ("The
    /// drop, Wilk said in a letter to staff, reflected …"). The position of that comma, or `start` when no such
    /// time or scene stands there.
    private func skippingTime(from start: Int, end: Int) -> Int {
        var position = start
        while position < end && position - start < 3 && (view.has(position, .dayWord) || view.isLower(position, "last")) { position += 1 }
        if position > start, position < end, view.isComma(position), !view.isLower(position - 1, "on") { return position }
        func sceneEnd(from sceneStart: Int) -> Int? {
            guard let comma = (sceneStart..<min(end, sceneStart + 12)).first(where: { view.isComma($0) || view.quoteOf[$0] >= 0 }),
                  comma > sceneStart + 1, view.isComma(comma), reader.isScenePhrase(sceneStart..<comma)
            else { return nil }
            return comma
        }
        // "said Monday in Ames,", and "said on Facebook,": a scene phrase opens with its preposition, even one the
        // time words above took in.
        return sceneEnd(from: position) ?? (position > start ? sceneEnd(from: start) : nil) ?? start
    }

    /// Where a name with a title starts once up to two plain lowercase words before the title are counted in
    /// ("opposition leader Marit Lunde", "veteran trade negotiator Ola Berg"): they qualify the title.
    private func openingOfTitledName(_ subject: SpeakerPhrase, floor: Int) -> Int {
        var opening = subject.tokens.lowerBound
        guard subject.form == .name, subject.role != nil else { return opening }
        while opening > floor && subject.tokens.lowerBound - opening < 2 && view.isWord(opening - 1)
            && !view.isCapitalized(opening - 1) && view.quoteOf[opening - 1] < 0
            && !view.has(opening - 1, [.clauseWord, .determiner, .finiteVerb, .be, .auxiliary, .ed, .ing, .adverb, .preposition, .conjunction,
                                       .subordinator])
            && view.cue(at: opening - 1, within: subject.tokens.lowerBound) == nil {
            opening -= 1
        }
        return opening
    }

    /// "A nurse named Ola Brekke said …", "a retired welder called Sven Aas": a name that a participle of naming
    /// introduces after a noun phrase, which opens the subject.
    private func openingOfIntroducedName(_ subject: SpeakerPhrase, floor: Int) -> Int? {
        let participle = subject.tokens.lowerBound - 1
        guard subject.form == .name, participle - 2 >= floor, reader.introducesName(participle, limit: view.count) else { return nil }
        // "A farmer from Kent named Ruth Abara said": the noun stands before its place.
        let nounEnd = reader.placeBeforeNaming(participle) ?? participle
        guard nounEnd - 2 >= floor else { return nil }
        var opening = nounEnd - 1
        while opening > floor && nounEnd - opening < 5 && !view.has(opening, [.article, .determiner, .possessive]) {
            guard view.isWord(opening - 1), view.quoteOf[opening - 1] < 0,
                  !view.has(opening - 1, [.clauseWord, .finiteVerb, .be, .auxiliary, .preposition, .conjunction])
            else { return nil }
            opening -= 1
        }
        return view.has(opening, [.article, .determiner, .possessive]) ? opening : nil
    }

    /// "The mayor, whose aides insisted that the bridge was unsafe, said …": a subject inside a relative clause set
    /// off by commas reports no further than the clause's closing comma, when the sentence's own verb follows it.
    /// Deeper inside the clause ("One trader, who asked not to be named because her bank advises the mill, said
    /// …") the cue tells why the person speaks unnamed, and reports nothing.
    private func setOffRelativeEnd(before subject: Int, floor: Int, clauseStart: Int, end: Int) -> Int? {
        guard let relative = (floor...subject).last(where: { view.has($0, .relativePronoun) && $0 > floor && view.isComma($0 - 1) }),
              !((relative + 1)..<max(relative + 1, subject)).contains(where: { view.isComma($0) || view.quoteOf[$0] >= 0 }),
              let comma = ((clauseStart - 1)..<end).first(where: { view.isComma($0) || view.quoteOf[$0] >= 0 }), view.isComma(comma),
              comma + 1 < end, !view.isCapitalized(comma + 1),
              view.has(comma + 1, [.ed, .irregularPast]) || view.isLower(comma + 1, "said"), !view.has(comma + 1, .finiteVerb)
        else { return nil }
        return relative < subject ? clauseStart : max(comma, clauseStart)
    }

    /// "While one bakery says there are 300 loaves, another …", "If the union says the deal is fair, the strike
    /// ends": a report inside a subordinate clause ends with that clause, at the first comma after it starts.
    private func subordinateClauseEnd(subject: SpeakerPhrase, clauseStart: Int, end: Int) -> Int {
        let opener = subject.tokens.lowerBound - 1
        // Only a sentence's opening clause, and not "As the Gazette reported, …", which reports the main clause; a
        // time or place may stand before it ("Last month, when I asked her if …, she …").
        guard opener >= 0, view.has(opener, .subordinator), !view.isLower(opener, "as"), view.quoteOf[opener] < 0 else { return end }
        var sentenceStart = view.document.sentences[view.sentenceOf[opener]].tokens.lowerBound
        // "And while …": a coordinator may open the sentence before the clause.
        if opener > sentenceStart && view.has(sentenceStart, .coordinator) { sentenceStart += 1 }
        guard opener == sentenceStart || opener - 1 > sentenceStart && view.isComma(opener - 1) && isSettingPhrase(sentenceStart..<(opener - 1))
        else { return end }
        return (clauseStart..<end).first { view.isComma($0) && view.quoteOf[$0] < 0 } ?? end
    }

    /// Where the last clause of `words` starts when a comma and "and" or "but" (or a semicolon, a colon or a
    /// dash) join it to a clause before and it is a bare subject so far; nil otherwise.
    private func interruptedClauseStart(_ words: Range<Int>, resumingAt resumption: Int) -> Int? {
        // "Conti disagreed: the estate, she argued, could not be divided": a colon or a dash ends a clause too,
        // unless a relative clause resumes after the attribution ("… with Tehran - a provision, Corker said, that
        // is meant to …" sets off an apposition).
        let resumesRelative = resumption < view.count && (view.has(resumption, .relativePronoun) || view.isLower(resumption, "that"))
        func endsClause(_ index: Int) -> Bool {
            view.isByte(index, UInt8(ascii: ";"))
                || !resumesRelative && isColonOrDash(index, floor: words.lowerBound)
        }
        guard let joint = words.last(where: { endsClause($0) || view.isComma($0) && $0 + 1 < words.upperBound && view.has($0 + 1, .andBut) }),
              joint > words.lowerBound, view.quoteOf[joint] < 0
        else { return nil }
        let clause = (joint + (endsClause(joint) ? 1 : 2))..<words.upperBound
        // "…, and for her, she says, the closure was a relief": a short phrase of setting may open it instead.
        let opensWithSetting = clause.count <= 5 && view.has(clause.lowerBound, .preposition) && hasNoVerb(clause)
        guard !clause.isEmpty, isBareSubject(clause) || opensWithSetting, !hasNoVerb(words.lowerBound..<joint) else { return nil }
        return clause.lowerBound
    }

    /// Words after a comma that join a clause with a subject of its own, as "and", "but" and "while" do.
    static let subordinatorsWithSubject: WordSet = ["as", "though", "although", "whereas"]

    /// Words that open a reported question after a verb of asking, besides "whether" and "if".
    static let questionWords: WordSet = ["why", "how", "what", "when", "where"]
    /// The forms of the verbs of asking a question.
    static let questionAskingForms = Set(["ask", "inquire", "wonder"].flatMap(VerbForms.all))

    /// Words that open a subordinate clause and cannot end a clause of their own.
    static let subordinatingWords: WordSet = [
        "because", "although", "though", "whereas", "unless", "where", "when", "while", "since", "if", "which", "until",
    ]

    /// The words after an interrupting attribution's closing comma, when they continue the reported clause:
    /// `minimumWords` or more that do not open with a cue or a participle ("…, Spicer said, adding …").
    /// "…, Holm told the Courier, though she declined to give a date": a conjunction, a personal pronoun and a cue
    /// or refusal after an attribution go on telling what the speaker did; they continue nothing that was said.
    private func narratesSpeaker(_ rest: Range<Int>) -> Bool {
        var index = rest.lowerBound
        if view.has(index, [.conjunction, .coordinator]) || view.isLower(index, "though") { index += 1 }
        guard index + 1 < rest.upperBound, index > rest.lowerBound, Self.personalSubjects.contains(view.lower[index]) else { return false }
        let verb = view.lower[index + 1]
        return Self.refusals.contains(verb) || view.cue(at: index + 1, within: rest.upperBound) != nil
    }

    /// "…, their union announced, in a dispute over pay.", "…, the firm said, amid falling sales.": after a complete
    /// reported clause, a phrase that opens with a preposition and has no verb is the writer's circumstance, not
    /// more of what was said. ("After" and "since" without a verb are prepositions too: "…, after years of losses.")
    /// After a subject alone the rest is its predicate ("The deal, Kolar said, is dead"), unless "and" or "but" opens
    /// it with no verb ("She writes at dawn, she tells me, and never on Sundays": the first words were a clause).
    private func isCircumstance(_ rest: Range<Int>, afterSubjectOnly: Bool) -> Bool {
        // "…, its chief executive told analysts on Thursday, after the company reported a rise in profit": a clause
        // of time after the attribution tells when it was said, also after a measure of time ("…, the agency said on
        // Friday, two days after drivers began their protest", "a week after", "shortly after").
        if !afterSubjectOnly,
           Self.timeSubordinators.contains(view.lower[timeMeasureEnd(from: rest.lowerBound, end: rest.upperBound) ?? rest.lowerBound]) {
            return true
        }
        // A subject pronoun makes a clause whose verb the tags may not show ("though he claims …"). After a
        // preposition, a participle only modifies ("in a dispute over staffing levels", "amid delayed payments").
        let opener: WordTraits = afterSubjectOnly ? .coordinator : [.preposition, .subordinator]
        let verbs: WordTraits = view.has(rest.lowerBound, .preposition) && !afterSubjectOnly
            ? [.finiteVerb, .be, .irregularPast] : [.finiteVerb, .be, .ed, .ing, .irregularPast]
        return view.has(rest.lowerBound, opener)
            && !rest.contains { view.has($0, verbs) || Self.personalSubjects.contains(view.lower[$0]) }
    }

    /// "…, a week after users first reported strange messages": a measure of time and a subordinator of time after a
    /// comma open the writer's clause of when, which ends the report before it.
    private func opensMeasuredTimeClause(after comma: Int, end: Int) -> Bool {
        // ("…, the day before" closes the report with no clause of its own.)
        guard let subordinator = timeMeasureEnd(from: comma + 1, end: end), view.wordCount((subordinator + 1)..<end) >= 2 else { return false }
        return Self.timeSubordinators.contains(view.lower[subordinator])
    }

    /// The index after a measure of time that opens at `start` ("two days", "a week", "nearly three months", "just
    /// hours", "shortly"), or nil when no such measure is there.
    private func timeMeasureEnd(from start: Int, end: Int) -> Int? {
        var index = start
        var measured = false
        while index < min(end, start + 4) {
            let word = view.lower[index]
            if Self.timeUnits.contains(word) || Self.timeMeasureAdverbs.contains(word) {
                measured = true
            } else if measured || !(view.has(index, [.article, .numberWord, .approximator, .quantifier])
                                    || view.document.tokens[index].kind == .number || Self.timeMeasureModifiers.contains(word)) {
                break
            }
            index += 1
        }
        return measured && index < end ? index : nil
    }

    private func continuation(after comma: Int, end: Int, minimumWords: Int = 3, allowingCue: Bool = false) -> Range<Int>? {
        let start = comma + 1
        guard start < end, view.wordCount(start..<end) >= minimumWords, view.quoteOf[start] < 0,
              allowingCue || view.cue(at: start, within: end) == nil,
              !view.has(start, .ing), !isLabelNounPhrase(from: start, end: end)
        else { return nil }
        return start..<end
    }

    /// "…, researchers reported, a finding that could explain …", "…, a decision which angered islanders": after a
    /// set-off attribution, "a" or "an", a noun with at most three words before it and a relative pronoun make the
    /// writer's label for what was reported, not more of it.
    private func isLabelNounPhrase(from start: Int, end: Int) -> Bool {
        guard view.isLower(start, "a") || view.isLower(start, "an") else { return false }
        guard let relative = ((start + 2)..<min(end, start + 6)).first(where: { view.has($0, .relativePronoun) || view.isLower($0, "that") })
        else { return false }
        return ((start + 1)..<relative).allSatisfy { isPlainNoun($0) || view.has($0, .ed) && !view.has($0, .finiteVerb) }
    }

    /// A time or place phrase ("On Monday", "Six months ago"), or a participle phrase ("after winning Ohio"),
    /// that opens a sentence.
    private func isSettingPhrase(_ range: Range<Int>) -> Bool {
        let first = range.lowerBound
        if view.has(first, .dayWord) || view.isLower(range.upperBound - 1, "ago") { return true }
        // "Later, when I asked her if …": one adverb of time sets the scene as a phrase does.
        // "Now, she says, attendance is …": so does a time adverb without the -ly ending.
        if range.count == 1 && (view.has(first, .adverb) || Self.relativeTimeOpeners.contains(view.lower[first])
                                || Self.bareTimeAdverbs.contains(view.lower[first])) { return true }
        // "Last month", "Earlier this year", "Next spring": a time counted from now.
        if Self.relativeTimeOpeners.contains(view.lower[first]), view.wordCount(range) <= 4,
           range.dropFirst().contains(where: { SpeakerPhraseReader.timeUnits.contains(view.lower[$0]) || Self.seasons.contains(view.lower[$0]) || view.has($0, .dayWord) }) {
            return true
        }
        if view.has(first, .subordinator) && first + 1 < range.upperBound && view.has(first + 1, .ing) { return true }
        // "In a 1963 speech", but not "In Ohio, the turnout was the second highest".
        return view.has(first, .frontPreposition) && view.wordCount(range) <= 8 && !range.contains { view.has($0, .finiteVerb) }
    }

    /// "said at a rally in Tulsa.", "said at a rally in Tulsa, adding …": a scene phrase that runs to the end of
    /// the clause or to a comma is where the words were said; what was said is elsewhere.
    private func opensWithScene(_ start: Int, end: Int) -> Bool {
        let stop = (start..<end).first { view.isComma($0) || view.isByte($0, UInt8(ascii: ":")) || view.isLower($0, "that") } ?? end
        // "said in Edinburgh that the driver, 52, had …": a "that" ends the scene and opens what was said; a colon
        // ends it before the words it introduces ("said after the hearing: “…”").
        guard stop == end || view.isComma(stop) || view.isByte(stop, UInt8(ascii: ":")) else { return false }
        return reader.isScenePhrase(start..<stop)
    }

    /// Whether what follows a cue can be what was said: not a place, time or topic phrase ("reported from
    /// Washington", "complained during Friday's press conference", "adds to the drama").
    private func opensReportedClause(_ start: Int, end: Int) -> Bool {
        // "warned that without action the reef …", "said that by 2030 …": after "that" a clause opens, whatever its
        // first word.
        if start > 0 && view.isLower(start - 1, "that") && view.quoteOf[start - 1] < 0 && view.has(start, .preposition) { return true }
        // "concluded by thanking the volunteers": how something was said, not what.
        if view.isLower(start, "by") || Self.courtesiesSaid.contains(view.lower[start]) || isAdverbialClause(start, end: end) { return false }
        // "says little in public", "said nothing about the plan", "I say so every week": how much was said, or
        // "so" for words said before, when no verb follows ("said nothing had changed" reports).
        if Self.amountsSaid.contains(view.lower[start]),
           start + 1 == end || view.has(start + 1, [.preposition, .adverb, .andBut, .dayWord])
            || Self.recurrenceWords.contains(view.lower[start + 1]) || view.document.tokens[start + 1].kind == .punctuation {
            return false
        }
        guard view.has(start, .preposition) else { return true }
        // "reported at least 20 victims", "predicted about a third of the vote will …": a quantity, not a place.
        if view.isLower(start, "at") && start + 1 < view.count && (view.isLower(start + 1, "least") || view.isLower(start + 1, "most")) {
            return true
        }
        if Self.approximators.contains(view.lower[start]) && start + 1 < view.count
            && (view.document.tokens[start + 1].kind == .number || view.has(start + 1, .numberWord)
                || view.has(start + 1, .article) && start + 2 < view.count && view.has(start + 2, [.share, .numberWord])) {
            return true
        }
        // "urged the board to act": an infinitive is what was asked; "to the drama", "to parents last week",
        // "to Parliament" are not. A headline's capitals say nothing ("Mayor Vows to Fight Cuts").
        guard view.isLower(start, "to"), start + 1 < view.count else { return false }
        return reader.opensInfinitive(start + 1, end: view.count)
            || view.isCapitalized(start + 1) && view.isTitleCased(view.sentenceOf[start + 1]) && !view.has(start + 1, [.determiner, .possessive])
    }

    private static let amountsSaid: WordSet = ["little", "nothing", "much", "anything", "something", "everything", "plenty", "so"]
    /// Words that open how often or when something was said ("every week", "last year", "again").
    private static let recurrenceWords: WordSet = ["every", "each", "last", "this", "next", "again", "too", "repeatedly"]
    /// "said goodbye to the stadium", "said grace": words of leave-taking and courtesy that are what was done, not reported.
    private static let courtesiesSaid: WordSet = ["goodbye", "goodbyes", "farewell", "farewells", "hello", "grace"]

    /// "conceded after the last ballots were counted", "relented as the crowd left, ending the siege": a subordinate
    /// clause after a cue says when the words came unless a main clause follows it ("said that if the vote failed,
    /// she would resign"); after "if" or "unless" it is what was said ("warned if the dam broke the town would
    /// flood"), unless it has no main clause and follows an object the cue took ("promised more blockades if the
    /// rise went ahead": when the promise holds). After a verb of asking, "if" is "whether".
    private func isAdverbialClause(_ start: Int, end: Int) -> Bool {
        if Self.conditionWords.contains(view.lower[start]) {
            guard start >= 2, view.cue(at: start - 1, within: end) == nil,
                  !(max(0, start - 6)..<start).contains(where: { Self.whetherCues.contains(view.lower[$0]) })
            else { return false }
            return !(start..<end).contains { view.has($0, [.finiteVerb, .auxiliary]) || view.isComma($0) || view.quoteOf[$0] >= 0 }
        }
        guard view.has(start, .subordinator) else { return false }
        // "estimated as many as 40 boats were lost": a quantity, not a time.
        if view.isLower(start, "as") && start + 1 < end && Self.comparedAmounts.contains(view.lower[start + 1]) { return false }
        var comma = (start..<end).first(where: { view.isComma($0) && view.quoteOf[$0] < 0 })
        // "applauded when Dr. Obiora, a local GP, rose to speak": the commas of an apposition do not end the clause.
        while let open = comma, let close = closingCommaOfApposition(after: open, end: end) {
            comma = ((close + 1)..<end).first(where: { view.isComma($0) && view.quoteOf[$0] < 0 })
        }
        guard let comma else { return !(start..<end).contains { view.quoteOf[$0] >= 0 } }
        let next = comma + 1
        return next >= end || view.has(next, .ing) || view.has(next, .subordinator)
    }

    /// The comma closing a short phrase set off after `comma` that opens with an article, when the clause's verb
    /// follows it ("…, a local GP, rose"); nil when what follows the comma may be a main clause of its own.
    private func closingCommaOfApposition(after comma: Int, end: Int) -> Int? {
        guard comma + 1 < end, view.has(comma + 1, .article) else { return nil }
        let limit = Swift.min(end, comma + 9)
        guard let close = ((comma + 2)..<limit).first(where: { view.isComma($0) }), view.quoteOf[close] < 0,
              close + 1 < end, view.isWord(close + 1) && !view.isCapitalized(close + 1),
              view.has(close + 1, [.finiteVerb, .irregularPast, .ed, .auxiliary, .be]) || view.cue(at: close + 1, within: end) != nil
        else { return nil }
        return close
    }

    private static let conditionWords: WordSet = ["if", "unless"]
    private static let comparedAmounts: WordSet = ["many", "much", "few", "little", "high", "low", "large", "great"]

    /// A short phrase before a set-off attribution that is part of what was said, not a time or place
    /// ("That attitude" but not "On Monday").
    private func isReportedFragment(_ range: Range<Int>) -> Bool {
        // "Until then, Moretti said, …": a subordinating word opens an adverbial, not a subject.
        // "It was, the minister conceded, “…”", "Prices will, she said, rise": a subject and its copula or auxiliary
        // wait for the words after the attribution; alone they report nothing.
        view.wordCount(range) >= 2 && range.allSatisfy { view.quoteOf[$0] < 0 }
            && !view.has(range.lowerBound, [.dayWord, .preposition, .subordinator]) && !Self.subordinatingWords.contains(view.lower[range.lowerBound])
            && !isSettingPhrase(range) && !(view.wordCount(range) <= 3 && view.has(range.upperBound - 1, [.be, .finiteVerb]))
    }

    /// "Consumers, he said, …", "Time, Mr. Pence added, …": one word that can be a subject, not an adverb, a
    /// connective or conjunction ("However, he said, …", "But, he said, …"), a subordinator, a preposition, a day or
    /// a time ("Now, she says, …").
    private func isLoneSubject(_ range: Range<Int>) -> Bool {
        range.count == 1 && view.isWord(range.lowerBound) && view.quoteOf[range.lowerBound] < 0
            && view.wordKinds[range.lowerBound] != .pronoun
            && !view.has(range.lowerBound, [.adverb, .connective, .subordinator, .preposition, .dayWord, .determiner, .coordinator, .conjunction])
            && !isSettingPhrase(range)
    }

    /// Where the clause of the cue at `cueRange` starts: after a semicolon ("…; she prefers, he said, …"), or after a
    /// colon when an attribution set off inside what the colon introduces, or a source after it, reports that part
    /// alone ("Not so, says Ada Holm: the figures, she says, are wrong", "The Guardian: Ministers have shelved the
    /// plan, the paper reports", "…: London is the capital of finance, according to one index"). Other cues after a
    /// colon may still have their subject before it ("two guests: Tim Cook and his friend Ada Holm, who has pledged
    /// …").
    private func ownClauseStart(before cueRange: Range<Int>, in sentence: Range<Int>, end: Int) -> Int {
        let start = ownClauseStart(before: cueRange.lowerBound, in: sentence)
        let index = cueRange.lowerBound
        guard let colon = wordColon(in: start..<index), colon + 2 < index,
              isSetOffSubject(before: index, after: colon)
                || view.isComma(index - 1) && view.cue(at: index, within: end)?.0.kind == .source
        else { return start }
        return colon + 1
    }

    /// Whether the cue at `cue` has its subject right before it, set off by a comma after `floor` ("…, the paper
    /// reports", "…, she says, …").
    private func isSetOffSubject(before cue: Int, after floor: Int) -> Bool {
        guard let subject = reader.before(cue, floor: floor + 1), subject.tokens.upperBound == cue else { return false }
        let comma = subject.tokens.lowerBound - 1
        return comma > floor + 1 && view.isComma(comma) && view.quoteOf[comma] < 0
    }

    /// The last colon outside marks in `range` that a space follows: a colon glued to what follows is part of a
    /// time, a score or an address ("10:30", "2:1", "http://").
    private func wordColon(in range: Range<Int>) -> Int? {
        guard let colon = range.last(where: { view.isByte($0, UInt8(ascii: ":")) && view.quoteOf[$0] < 0 }),
              colon + 1 < view.count,
              view.document.tokens[colon].span.utf8.upperBound < view.document.tokens[colon + 1].span.utf8.lowerBound
        else { return nil }
        return colon
    }

    /// "He said she never asked; she prefers, he said, to talk about birds": a semicolon joins two sentences in
    /// one, and a cue after it reports within the second.
    private func ownClauseStart(before cue: Int, in sentence: Range<Int>) -> Int {
        guard let semicolon = (sentence.lowerBound..<cue).last(where: { view.isByte($0, UInt8(ascii: ";")) && view.quoteOf[$0] < 0 })
        else { return sentence.lowerBound }
        return semicolon + 1
    }

    /// The end of a sentence's clause: its final punctuation dropped.
    private func clauseEnd(_ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound && view.document.tokens[end - 1].kind == .punctuation
            && !closesQuoteOpened(in: range.lowerBound..<end) && !isPercentOfNumber(end - 1) {
            end -= 1
        }
        return end
    }

    /// A subject opens the reported sentence when it starts it, follows an introductory phrase and a comma,
    /// or follows a connective.
    private func opensClause(_ start: Int, sentenceStart: Int) -> Bool {
        // "On Tuesday night Mayor Lee said", "In 2019 officials said": after a time phrase with no comma.
        if start == leadingTimeEnd(sentenceStart, limit: view.count) { return true }
        // "In a speech he said", "At the count the candidate said": after a scene with no comma.
        if start == leadingSceneEnd(sentenceStart, limit: view.count) { return true }
        // "Virtually all analysts say", "Even a senior official said", "Yesterday the 41-year-old said": adverbs,
        // focus particles and days may stand before the subject at the clause's start.
        var start = start
        while start > sentenceStart && (view.has(start - 1, .adverb) || Self.focusParticles.contains(view.lower[start - 1])
            || view.has(start - 1, .dayWord) && !view.has(start - 1, .preposition)) {
            start -= 1
        }
        // "41 nurses wrote …", "The 41 nurses wrote …": a count in digits may open the subject.
        if start > sentenceStart && view.document.tokens[start - 1].kind == .number {
            start -= 1
            if start > sentenceStart && view.has(start - 1, [.article, .approximator]) { start -= 1 }
        }
        // "Thirty-one MPs wrote …", "Forty nurses said …": a count in words, hyphenated or not.
        while start > sentenceStart && (view.has(start - 1, .numberWord)
            || start - 2 >= sentenceStart && view.isGluedHyphen(start - 1) && view.has(start - 2, .numberWord)) {
            start -= 1
        }
        // "At least one council member said …", "More than 300 nurses wrote …": words that bound the count.
        if start - 2 >= sentenceStart, view.document.tokens[start].kind == .number || view.has(start, .numberWord),
           SpeakerPhraseReader.isComparisonBeforeNumber(start - 2, view: view) {
            start -= 2
        }
        // "Eight-year-old Isla Munro said …", "16-year-old Tariq Haddad said …": an age before the name.
        if start - 5 >= sentenceStart, reader.ageCompoundEnd(from: start - 5, limit: start) == start { start -= 5 }
        // "when he told Fox News that …", "in which she said …": a subordinate clause has a subject too.
        // "On the show “Morning Desk,” Ibarra admitted": a comma inside a closing mark opens a clause too.
        return start == sentenceStart || view.has(start - 1, [.clauseOpener, .subordinator])
            || (start >= 2 && view.has(start - 1, .closingMark) && view.isComma(start - 2))
            || Self.clauseIntroducers.contains(view.lower[start - 1]) || start == view.datelineEnd(sentenceStart)
            // "It was no accident — Kolar told the Gazette that …": a dash may join two clauses.
            || reader.dashStart(endingAt: start - 1, floor: sentenceStart) != nil
    }

    private static let focusParticles: WordSet = ["even", "only", "just"]

    /// "On Tuesday night", "Last week", "In 2019", "Earlier this year", "In late March": a time phrase that opens
    /// a sentence without a comma; the token after it, when a word follows before `limit`.
    private func leadingTimeEnd(_ start: Int, limit: Int) -> Int? {
        guard start < limit, Self.timeOpeners.contains(view.lower[start]) || view.has(start, .dayWord) else { return nil }
        var index = start
        var names = false
        while index < min(limit, start + 5) {
            let word = view.lower[index]
            if isYear(index) || Self.timeNouns.contains(word) || view.has(index, .dayWord) && !view.has(index, .preposition) {
                names = true
            } else if !(Self.timeOpeners.contains(word) || view.document.tokens[index].kind == .number) {
                break
            }
            index += 1
        }
        // "Since 2019 the port has said": an article after the time opens the subject.
        while index > start + 1 && view.has(index - 1, .article) { index -= 1 }
        guard names, index > start, index < limit, view.isWord(index), !view.isComma(index) else { return nil }
        return index
    }

    /// "In a speech he said", "At the count the candidate said", "In Leeds Brandt said": a scene of a preposition
    /// and a short noun phrase opens the sentence without a comma; where a subject pronoun, a determiner or a
    /// capitalized word after the phrase's lowercase noun starts the subject. Nil when no such start is seen.
    private func leadingSceneEnd(_ start: Int, limit: Int) -> Int? {
        guard start + 2 < limit, view.has(start, [.preposition, .frontPreposition]),
              SpeakerPhraseReader.scenePrepositions.contains(view.lower[start])
        else { return nil }
        var index = start + 1
        while index < min(limit, start + 8), view.isWord(index) || view.document.tokens[index].kind == .number,
              view.quoteOf[index] < 0, !view.has(index, [.finiteVerb, .be, .auxiliary, .relativePronoun, .subordinator]),
              view.cue(at: index, within: limit) == nil {
            let afterNoun = index > start + 1 && view.isWord(index - 1) && !view.isCapitalized(index - 1)
                && !view.has(index - 1, [.article, .determiner, .possessive, .preposition])
            if index > start + 1 && TokenView.subjectPronouns.contains(view.lower[index]) && !view.isLower(index, "it") { return index }
            if afterNoun && (view.has(index, [.article, .determiner, .possessive]) || view.isCapitalized(index)) {
                // A subject that is no pronoun runs to its cue unbroken ("In nearby Decatur, the plant …" has no scene
                // before "Decatur").
                return runsToCue(from: index, limit: limit) ? index : nil
            }
            index += 1
        }
        return nil
    }

    /// Whether a cue follows `start` within a few words, before `limit`, with no comma or marks between.
    private func runsToCue(from start: Int, limit: Int) -> Bool {
        for index in start..<min(view.count, start + 10) {
            if index == limit || index > start && view.cue(at: index, within: limit) != nil { return true }
            if view.isComma(index) || view.quoteOf[index] >= 0 || view.isPunctuation(index, ".;:") { return false }
        }
        return false
    }

    /// A number of four digits: a year ("in 2019").
    private func isYear(_ index: Int) -> Bool {
        view.document.tokens[index].kind == .number && view.words[index].utf8.count == 4
    }

    private static let timeOpeners: WordSet = [
        "on", "in", "at", "during", "since", "by", "last", "this", "next", "earlier", "later", "late", "early", "the",
    ]

    private static let timeNouns: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter", "day", "days",
        "weeks", "months", "years", "decade",
    ]

    /// Where a sentence's words start: after its dateline when one ends before `limit`, else at `start`.
    private func afterDateline(_ start: Int, before limit: Int) -> Int {
        view.datelineEnd(start).map { $0 < limit ? $0 : start } ?? start
    }

    /// A lowercase role or kinship noun ("sister", "coach", "spokeswoman").
    private func isPersonNoun(_ index: Int) -> Bool {
        !view.isCapitalized(index) && (view.wordKinds[index] == .role || EntityRegistry.kinshipPronouns[view.lower[index]] != nil)
    }

    /// "the campaign", "the party": a description whose head is a word for a body that the lexicon lists as a role's
    /// qualifier, never a person's role, so that "which" may refer to it.
    private func isCollectiveDescription(_ phrase: SpeakerPhrase) -> Bool {
        guard phrase.form == .description, !phrase.tokens.isEmpty else { return false }
        let head = phrase.tokens.upperBound - 1
        return view.wordKinds[head] == .modifier && !view.has(head, .plural) && !isPersonNoun(head)
            && !SpeakerPhraseReader.personModifiers.contains(view.lower[head])
    }

    /// "Senator Ilka Brandt, whose office said she had been briefed, …", "The Harwell Group, whose spokesman said
    /// …": after "whose", the role or body noun before the cue speaks, owned by the relative clause's antecedent
    /// ("office, Ilka Brandt", as "Ilka Brandt's office" gives); the clause ends at the comma that closes it.
    private mutating func ownedByRelative(
        cue: QuoteLexicon.Cue, at cueRange: Range<Int>, floor: Int, end: Int
    ) -> (Speaker, Range<Int>)? {
        let index = cueRange.lowerBound
        guard index - 1 > floor + 1, let whose = (max(floor + 1, index - 4)..<(index - 1)).last(where: { view.isLower($0, "whose") }),
              ((whose + 1)..<index).allSatisfy({ view.isWord($0) && !view.isCapitalized($0) && view.quoteOf[$0] < 0 }),
              case let head = view.lexicon.kind(of: view.lower[index - 1]),
              head.map({ [.role, .org, .anonymous].contains($0) }) ?? (EntityRegistry.kinshipPronouns[view.lower[index - 1]] != nil)
        else { return nil }
        let setOff = view.isComma(whose - 1)
        guard let owner = reader.before(setOff ? whose - 1 : whose, floor: floor, allowApposition: false), owner.form != .pronoun,
              owner.form == .name || owner.isOrganization || view.lexicon.kind(of: owner.head).map({ [.role, .anonymous].contains($0) }) ?? false,
              let (ownerSpeaker, _) = resolvedSpeaker(owner)
        else { return nil }
        let clauseStart = clauseAfterAddressee(cue: cue, at: cueRange, end: end)
        if setOff && closesBeforeClause(cueEnd: cueRange.upperBound, clauseStart: clauseStart) { return nil }
        // "A family whose son said he had been bullied sued the school": in the sentence's subject, the clause ends
        // before the sentence's own verb.
        let clauseEnd = setOff ? (clauseStart..<end).first { view.isComma($0) && view.quoteOf[$0] < 0 } ?? end
            : owner.tokens.lowerBound <= floor + 1 ? subjectClauseEnd(clauseStart..<end) : end
        guard reportsEnough(clauseStart..<clauseEnd, cueKind: cue.kind), opensReportedClause(clauseStart, end: clauseEnd) else { return nil }
        let roleTokens = (whose + 1)..<index
        let role = view.phrase(roleTokens)
        let kind: Speaker.Kind = head == .org ? .organization : view.has(index - 1, .plural) ? .group : .person
        let speaker = Speaker(name: "\(role), \(ownerSpeaker.name)", mention: view.phrase(whose..<index), role: role,
                              span: view.span(roleTokens), kind: kind, organization: ownerSpeaker.name)
        return (speaker, trimmedClause(clauseStart..<clauseEnd))
    }

    /// Whether a comma outside marks stands between a cue in a relative clause set off by commas and where its
    /// reported clause would start: the relative clause closed there, with nothing reported.
    private func closesBeforeClause(cueEnd: Int, clauseStart: Int) -> Bool {
        (cueEnd..<clauseStart).contains { view.isComma($0) && view.quoteOf[$0] < 0 }
    }

    /// The phrase a "who" before the cue refers to, and whether a comma sets the relative clause off. A text before
    /// "that" counts as set off: its clause is its own, words in marks included ("a memo that called it “…”").
    private func relativeAntecedent(cue: Int, floor: Int) -> (SpeakerPhrase, Bool)? {
        let who = reader.skippingInterveners(before: cue, floor: floor + 1) - 1
        if let document = documentBeforeThat(who, floor: floor) { return (document, true) }
        guard who > floor, view.isLower(who, "who") || view.isLower(who, "which") && view.isComma(who - 1) else { return nil }
        let setOff = view.isComma(who - 1)
        let end = setOff ? who - 1 : who
        // "a request by the Harbour Gazette, which argued that …": "which" speaks for a named body, never a person.
        if view.isLower(who, "which") {
            // "disputed by the defence, which said …": a side in court speaks too.
            if let side = sideInCourt(endingAt: end, floor: floor) { return (side, setOff) }
            guard let body = reader.before(end, floor: floor, allowApposition: false) else { return nil }
            // A campaign or a party is described as the text described it, as its own "said" would be.
            if isCollectiveDescription(body) { return (body, setOff) }
            guard body.isOrganization || body.isOutlet || body.form == .name else { return nil }
            var named = body
            named.isOrganization = !body.isOutlet
            return (named, setOff)
        }
        // "two people familiar with the talks, who said …": the source, not what it knows of.
        if let source = qualifiedSource(endingAt: end, floor: floor) { return (source, setOff) }
        // The antecedent opens its clause: "Berger, a doctor from Englewood, New Jersey, who …" is no report
        // by New Jersey.
        // A name set off after a noun for a person is that person ("her sister, Jean Tait, who …").
        if let phrase = reader.before(end, floor: floor, allowApposition: false), phrase.form != .pronoun,
           case let afterPersonNoun = phrase.form == .name && phrase.tokens.lowerBound - 2 >= floor
               && view.isComma(phrase.tokens.lowerBound - 1) && isPersonNoun(phrase.tokens.lowerBound - 2),
           // "said Borges, who predicted …": a name right after a cue is a speaker, known to the lexicon or not.
           case let afterCue = phrase.form == .name && phrase.tokens.lowerBound > floor
               && view.cue(at: phrase.tokens.lowerBound - 1, within: phrase.tokens.lowerBound) != nil,
           // "Kinsella, who claimed …": a name of one word that opens the clause, set off before "who", is a person's.
           case let personByWho = phrase.form == .name && setOff && phrase.tokens.lowerBound == floor && view.isLower(who, "who"),
           reader.namesASpeaker(phrase) || phrase.form == .anonymous || afterPersonNoun || afterCue || personByWho,
           phrase.tokens.lowerBound == floor || !view.isComma(phrase.tokens.lowerBound - 1) || afterPersonNoun {
            return (headBeforeModifier(of: phrase, floor: floor) ?? phrase, setOff)
        }
        // "A man in his seventies, who …": one person of an age, described before it, not a group.
        if end - 3 > floor, isAgeDecade(end - 1), view.isLower(end - 3, "in"), view.has(end - 2, .possessive) {
            return plainDescription(before: end - 3, floor: floor).map { (reader.description($0.article..<$0.end), setOff) }
        }
        // "opposition from local politicians, who say …": a group after a preposition is the antecedent of a
        // relative clause set off after it.
        if setOff, let preposition = (max(floor, end - 5)..<end).last(where: { view.has($0, .preposition) }),
           preposition + 1 < end, let group = agentPhrase(preposition + 1, upTo: end),
           group.form == .anonymous || group.form == .description && view.has(end - 1, .plural) {
            return (group, setOff)
        }
        // "a young welder, who …": an article and a few plain words describe someone the lexicon need not know;
        // "said Ola Brenn, a baker from Tromsø, who …": a place after a preposition may end the description.
        guard let (article, descriptionEnd) = plainDescription(before: end, floor: floor) else { return nil }
        let described = reader.description(article..<descriptionEnd)
        if let head = headBeforeModifier(of: described, floor: floor) { return (head, setOff) }
        // An apposition is set off by commas, and so is the relative clause inside it.
        if let named = reader.namedInApposition(to: described, floor: floor) { return (named, true) }
        return (described, setOff)
    }

    /// The source whose qualifier ("familiar with", "briefed on", "close to") takes the phrase that ends at `end`.
    private func qualifiedSource(endingAt end: Int, floor: Int) -> SpeakerPhrase? {
        let nearest = max(floor + 1, end - 6)
        guard nearest < end - 2,
              let qualifier = (nearest..<(end - 2)).last(where: { Self.sourceQualifiers[view.lower[$0]] == view.lower[$0 + 1] }),
              (qualifier..<end).allSatisfy({ view.isWord($0) && view.quoteOf[$0] < 0 }),
              let source = reader.before(qualifier, floor: floor, allowApposition: false), source.form != .pronoun,
              source.form == .anonymous || reader.namesASpeaker(source)
        else { return nil }
        return source
    }

    /// "The former said …; the latter said …": the first "the former" or "the latter" of the sentence, before which
    /// the pair was named (the first one's referent, noted as a mention, is no part of the pair's order).
    private func firstPairReference(before token: Int) -> Int {
        let start = view.document.sentences[view.sentenceOf[token]].tokens.lowerBound
        return (start..<token).first { index in
            view.isLower(index, "the") && (view.isLower(index + 1, "former") || view.isLower(index + 1, "latter"))
        } ?? token
    }

    /// "in his seventies", "in her 40s": a decade of someone's age.
    private func isAgeDecade(_ index: Int) -> Bool {
        let word = view.lower[index]
        return Self.ageDecades.contains(word) || word.utf8.count == 3 && word.hasSuffix("0s") && word.utf8.first.map { $0 >= 0x31 && $0 <= 0x39 } == true
    }

    private static let ageDecades: WordSet = [
        "teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
    ]

    /// "a leaked memo that described volunteers as “dead weight”", "a report, which said the plant would close": a
    /// text named right before "that" (or "which" after a comma) and a cue speaks in the relative clause, unless
    /// someone issued it in that clause ("the council issued a statement that said …" is the council's).
    private func documentBeforeThat(_ that: Int, floor: Int) -> SpeakerPhrase? {
        // "a leaked memo, which said …" as well.
        let noun = view.isLower(that, "which") && that - 1 > floor && view.isComma(that - 1) ? that - 2 : that - 1
        guard noun > floor, view.isLower(that, "that") || noun == that - 2, view.quoteOf[noun] < 0,
              SpeakerPhraseReader.documentNouns.contains(view.lower[noun]), issuingVerb(ofDocumentEndingAt: noun) == nil,
              let determiner = (max(floor, noun - 4)..<noun).last(where: { view.has($0, [.article, .determiner, .possessive]) })
        else { return nil }
        return reader.documentSource(determiner, limit: noun + 1)
    }

    /// "the defence", "the defense": "the" and a word the lexicon lists as a role's qualifier, standing alone as a
    /// head, name a side in a trial.
    private func sideInCourt(endingAt end: Int, floor: Int) -> SpeakerPhrase? {
        guard end - 2 >= floor, view.isLower(end - 2, "the"), view.wordKinds[end - 1] == .modifier,
              Self.courtSides.contains(view.lower[end - 1])
        else { return nil }
        return reader.description((end - 2)..<end)
    }

    /// The sides in a trial. ("prosecution" is also a body word of the lexicon, so ``sideInCourt(endingAt:floor:)``,
    /// which reads the modifiers, never takes it.)
    private static let courtSides: WordSet = ["defence", "defense", "prosecution"]

    /// An article and up to three plain lowercase words ending at `end` ("a young welder"), or such words and a
    /// place or body after a preposition ("a baker from Tromsø", "a nurse at St. Olav's, Trondheim"): where the
    /// article is and where the plain words end.
    private func plainDescription(before end: Int, floor: Int) -> (article: Int, end: Int)? {
        func isPlain(_ index: Int) -> Bool { view.isWord(index) && !view.isCapitalized(index) && !view.has(index, .clauseWord) }
        if let article = (max(floor, end - 4)..<end).last(where: { view.has($0, .article) }), article + 1 < end,
           ((article + 1)..<end).allSatisfy(isPlain) {
            return (article, end)
        }
        guard let preposition = (max(floor, end - 8)..<end).last(where: { view.has($0, .modifierOpener) && view.has($0, .preposition) }),
              preposition + 1 < end, view.isCapitalized(preposition + 1),
              ((preposition + 1)..<end).allSatisfy({ view.isCapitalized($0) || view.isComma($0) || view.isByte($0, UInt8(ascii: ".")) }),
              let article = (max(floor, preposition - 4)..<preposition).last(where: { view.has($0, .article) }), article + 1 < preposition,
              ((article + 1)..<preposition).allSatisfy(isPlain)
        else { return nil }
        return (article, preposition)
    }

    /// "A spokesperson for the city, who …", "a director at the port, who …": the phrase a relative pronoun
    /// follows may be the object of a modifier's preposition; the speaker is the head before it.
    private func headBeforeModifier(of phrase: SpeakerPhrase, floor: Int) -> SpeakerPhrase? {
        let preposition = phrase.tokens.lowerBound - 1
        guard phrase.form != .name || phrase.isOrganization, preposition > floor, view.has(preposition, .modifierOpener),
              view.has(preposition, .preposition),
              var head = reader.before(preposition, floor: floor, allowApposition: false), head.form != .pronoun,
              reader.namesASpeaker(head),
              // "Ffion Pascoe of the Seabird Trust, who …": after a named body, only a person named before it.
              phrase.form != .name || head.form == .name && !head.isOrganization
        else { return nil }
        if head.form != .name, let named = reader.namedInApposition(to: head, floor: floor) { head = named }
        return head
    }

    /// "measures that she said reduced delays", "a plan critics say will bankrupt the city", "The levy, which
    /// Ortiz said would raise …, passed": a speaker inside a relative clause whose own subject is missing (it
    /// is the noun the clause modifies), so the cue is followed by a verb. What that verb phrase says is the
    /// report, up to the comma that closes a relative clause set off by one.
    private func gapRelativeReport(cue: Range<Int>, floor: Int, end: Int) -> (SpeakerPhrase, Range<Int>)? {
        let next = cue.upperBound
        guard next < end, view.quoteOf[next] < 0, opensVerbPhrase(next),
              let subject = reader.before(cue.lowerBound, floor: floor, allowApposition: false),
              subject.tokens.upperBound == cue.lowerBound || (subject.tokens.upperBound..<cue.lowerBound).allSatisfy({ view.has($0, .intervener) })
        else { return nil }
        let before = subject.tokens.lowerBound - 1
        guard before >= floor else { return nil }
        let relative = view.isLower(before, "that") || view.isLower(before, "which")
        // Without a relative pronoun only a pronoun subject right after a noun reads so: "a decision they say
        // allowed …".
        let zeroRelative = !relative && subject.form == .pronoun && view.isWord(before) && !view.isCapitalized(before)
            && !view.has(before, [.clauseWord, .finiteVerb, .be]) && view.cue(at: before, within: cue.lowerBound) == nil
            && ((max(floor, before - 3))..<before).contains { view.has($0, [.article, .determiner, .possessive]) }
        guard relative || zeroRelative else { return nil }
        let setOff = relative && before - 1 >= floor && view.isComma(before - 1)
        let clauseEnd = setOff ? (next..<end).first { view.isComma($0) } ?? end : end
        return (subject, next..<clauseEnd)
    }

    /// Whether a verb phrase (not a clause with a subject of its own) starts here: an auxiliary or modal, or a
    /// lowercase past form ("reduced", "allowed").
    private func opensVerbPhrase(_ index: Int) -> Bool {
        guard view.isWord(index), !view.isCapitalized(index) else { return false }
        return view.has(index, .finiteVerb) || (view.lower[index].hasSuffix("ed") && view.lower[index].count > 4)
    }

    /// After "X, … added", only time words, an apposition or a source may follow.
    private func isAttributionTail(_ range: Range<Int>) -> Bool {
        // "…, said an executive who asked to remain anonymous.": a relative clause describes the speaker, up to a
        // comma or the sentence's end.
        if let first = range.first, Self.personRelatives.contains(view.lower[first]) {
            let relativeEnd = range.first { view.isComma($0) } ?? range.upperBound
            return view.wordCount(first..<relativeEnd) <= 16 && isAttributionTail(relativeEnd..<range.upperBound)
        }
        guard view.wordCount(range.prefix(40)) <= 12, range.count <= 40 else { return false }
        // "…, said a person close to the negotiations": a short modifier of the speaker ("close to …",
        // "familiar with …", "at the ministry") goes with it, up to a comma.
        if let first = range.first, view.has(first, .modifierOpener), !view.has(first, .relativePronoun) {
            let modifierEnd = range.first { view.isComma($0) } ?? range.upperBound
            return modifierEnd - first <= 8 && isAttributionTail(modifierEnd..<range.upperBound)
        }
        // An apposition or a source after a comma is fine; more words straight after the name are a clause.
        let beforeComma = range.prefix { !view.isComma($0) }
        return beforeComma.allSatisfy {
            view.has($0, .settingWord) || !view.isWord($0) || view.document.tokens[$0].kind == .number
        } || opensWithScene(range.lowerBound, end: range.upperBound)
    }

    private static let personRelatives: WordSet = ["who", "whose"]

    /// The comma that ends a short modifier of a speaker at `start` ("for the ministry,", "close to the talks,").
    private func modifierEnd(at start: Int, end: Int) -> Int? {
        guard start < end, view.has(start, .modifierOpener), !view.has(start, .relativePronoun),
              let comma = (start..<min(end, start + 9)).first(where: { view.isComma($0) })
        else { return nil }
        return comma
    }

    /// "…, said Mirela Dunca of the tenants' union, and …", "…, said Mirela Dunca, a tenants' organiser, and …":
    /// the comma after a short modifier or apposition of an inverted cue's speaker, where a joined clause may go on
    /// with the report.
    private func speakerDescriptionEnd(after speakerEnd: Int, end: Int) -> Int? {
        guard speakerEnd + 1 < end else { return nil }
        guard view.isComma(speakerEnd) else { return modifierEnd(at: speakerEnd, end: end) }
        let first = speakerEnd + 1
        guard view.has(first, [.article, .possessive]) || view.wordKinds[first] == .role,
              let comma = (first..<min(end, first + 8)).first(where: { view.isComma($0) }), comma + 1 < end,
              ((first + 1)..<comma).allSatisfy({ view.quoteOf[$0] < 0 && !view.has($0, [.finiteVerb, .clauseWord]) && view.cue(at: $0, within: comma) == nil })
        else { return nil }
        return comma
    }

    private func isPreposition(_ index: Int) -> Bool {
        index < view.count && view.has(index, .preposition)
    }

    /// Where the clause after a cue starts, past an addressee and then what a verb of saying has before its
    /// clause ("told reporters the bridge …": the addressee is read once, so "the" stays with "bridge").
    private func clauseAfterAddressee(cue: QuoteLexicon.Cue, at cueRange: Range<Int>, end: Int) -> Int {
        let addressed = skipAddressee(after: cueRange.upperBound, cue: cue, end: end)
        guard addressed > cueRange.upperBound else { return skipToClause(after: addressed, cue: cue, end: end) }
        return skipToClause(after: addressed, cue: QuoteLexicon.Cue(words: cue.words, kind: .verb), end: end)
    }

    /// "…, she told the Harbor Times.": the addressee of an object cue is part of the attribution.
    private func skipAddressee(after start: Int, cue: QuoteLexicon.Cue, end: Int) -> Int {
        // "…, she warned tenants last week": a verb of promising or warning has a bare group for its addressee (a
        // name after it is its inverted subject: "warned Clinton").
        if cue.kind == .verb, start > 0, Self.addressingVerbs.contains(view.lower[start - 1]) {
            // Only a noun for people: "promised sensors on every lamppost" promises things.
            guard let people = describedPeopleEnd(from: start, end: end), isPeopleNoun(people - 1) else { return start }
            return people
        }
        guard cue.kind == .object else { return start }
        // "…, she told me.", "he tells us the mill …": a personal pronoun is whom the words were told.
        if start < end, Self.addressedPronouns.contains(view.lower[start]) { return start + 1 }
        var position = start
        // A determiner opens the addressee only at its start ("told reporters the bridge …").
        while position < end && position - start < 5 && !view.isComma(position)
            && (view.isCapitalized(position) || view.has(position, .audience) || position == start && view.has(position, .determiner)) {
            position += 1
        }
        // "…, executives told staff on Wednesday": a bare plural or group of people is told too, after up to two
        // words that describe it ("told visiting journalists", "warned local residents").
        if position == start, let people = describedPeopleEnd(from: start, end: end) { position = people }
        if position == start + 1 {
            // "told an inquiry on Tuesday that …": a determiner alone is no addressee; what follows it is left to
            // the clause reader, which passes an addressee and a time before "that".
            position = addresseePhraseEnd(from: start, end: end) ?? (view.has(start, .determiner) && !view.isCapitalized(start) ? start : position)
        }
        return position
    }

    /// "telling anyone who will listen that …", "told reporters who had waited outside that …": a relative clause
    /// after whom the words were told runs to the "that" that opens what was told.
    private func relativeClauseEnd(afterAddressee position: Int, end: Int) -> Int? {
        guard position + 2 < end, view.isLower(position, "who"),
              let that = ((position + 2)..<min(end, position + 10)).first(where: { view.isLower($0, "that") }),
              ((position + 1)..<that).allSatisfy({ view.isWord($0) && view.quoteOf[$0] < 0 })
        else { return nil }
        return that
    }

    /// Object pronouns that are only ever whom a verb of telling addresses ("her" may open "her supporters").
    private static let addressedPronouns: WordSet = ["me", "us", "him", "them", "you"]

    /// "told a packed town hall meeting", "told her supporters": a determiner or an owner and up to four plain
    /// nouns, the last a person, group or gathering ("told the story of …" tells no one).
    private func addresseePhraseEnd(from start: Int, end: Int) -> Int? {
        // "told parliament's defence committee": an owner in the possessive opens the phrase as a determiner does.
        let owner = SpeakerName.possessiveEnding(of: view.words[start]) != nil
        guard view.has(start, [.determiner, .possessive]) || owner else { return nil }
        var position = start + 1
        while position < end && position - start <= 4 && isPlainNoun(position) { position += 1 }
        guard position > start + 1 else { return nil }
        let head = position - 1
        let isPeople = view.wordKinds[head] != nil || view.has(head, .audience) || Self.gatherings.contains(view.lower[head])
        return isPeople || opensToldClause(position, end: end) ? position : nil
    }

    /// "told the inquiry the pilings had rotted", "told the tribunal that …": whoever the noun is, a second phrase
    /// that opens a clause makes the first the one told.
    private func opensToldClause(_ index: Int, end: Int) -> Bool {
        guard index + 1 < end else { return false }
        return view.isLower(index, "that") || view.has(index, [.determiner, .possessive])
            || TokenView.subjectPronouns.contains(view.lower[index])
    }

    /// A noun that names people by what they are, not only by being plural ("tenants", "staff", "voters").
    private func isPeopleNoun(_ index: Int) -> Bool {
        namesPeople(index) || view.has(index, .audience)
    }

    /// A role, a noun for unnamed people, a gathering or a group of the lexicon.
    private func namesPeople(_ index: Int) -> Bool {
        [.role, .anonymous].contains(view.wordKinds[index]) || Self.gatherings.contains(view.lower[index])
            || SpeakerPhraseReader.groupNouns.contains(view.lower[index])
    }

    /// Where a bare group of people told something ends: the group's noun, after up to two words that describe
    /// it ("staff", "visiting journalists", "worried local residents"); nil when none opens at `start`.
    private func describedPeopleEnd(from start: Int, end: Int) -> Int? {
        // A capitalized word before the group says where it is from ("Iowa farmers", "Tesla drivers").
        guard let people = (start..<min(end, start + 3)).first(where: { isBarePeople($0) }),
              (start..<people).allSatisfy({ view.has($0, [.ed, .ing]) || isPlainNoun($0) || view.isCapitalized($0) && view.quoteOf[$0] < 0 })
        else { return nil }
        // Described, the group must be people by its noun, not only plural ("new measures that …" are things).
        return people == start || isPeopleNoun(people) ? people + 1 : nil
    }

    /// A lowercase noun for people without a determiner: a plural or a word of the speaker lexicon ("staff",
    /// "employees", "investors").
    private func isBarePeople(_ index: Int) -> Bool {
        isPlainNoun(index) && (view.has(index, .plural) || namesPeople(index))
    }

    /// Gatherings and the groups in them that are told something ("told a packed meeting", "told the jury").
    private static let gatherings: WordSet = [
        "meeting", "crowd", "audience", "rally", "gathering", "assembly", "conference", "forum", "congregation", "class",
        "panel", "committee", "jury", "hearing", "session", "ceremony", "convention", "summit", "symposium", "seminar",
        "briefing",
    ]

    /// A lowercase word that may stand in a noun phrase: no function word, verb, pronoun, time or cue.
    private func isPlainNoun(_ index: Int) -> Bool {
        view.isPlainWord(index, excluding: [.clauseWord, .preposition, .finiteVerb, .be, .determiner, .possessive, .dayWord,
                                            .conjunction, .coordinator, .relativePronoun, .negator])
            && view.cue(at: index, within: index + 1) == nil
    }

    /// "last year", "this week", "on Monday", "yesterday": a short phrase that says when.
    private func isTimePhrase(_ words: Range<Int>) -> Bool {
        guard !words.isEmpty, words.count <= 4 else { return false }
        if words.allSatisfy({ view.has($0, .dayWord) && !view.isLower($0, "on") || $0 == words.lowerBound && view.isLower($0, "on") }) {
            return true
        }
        guard words.count == 2, ["last", "this", "next"].contains(view.lower[words.lowerBound]) else { return false }
        let unit = view.lower[words.lowerBound + 1]
        return SpeakerPhraseReader.timeUnits.contains(unit) || Self.demonstrativeTimes.contains(unit)
    }

    /// "Tidewater Energy Announces Offshore Wind Partnership": in a headline set in title case, what the capitalized
    /// cue announces is a thing, named in capitals, not a reported clause ("Mayor Says Budget Will Pass" has a
    /// verb and still reports).
    private func isHeadlineObject(_ clause: Range<Int>, cue: String) -> Bool {
        guard cue.utf8.first.map({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) ?? false, !clause.isEmpty,
              !clause.contains(where: isVerb)
        else { return false }
        return clause.allSatisfy {
            !view.isWord($0) || view.document.tokens[$0].kind == .number || view.isCapitalized($0) || view.has($0, .titleFiller)
        }
    }

    /// "writes every morning from six until noon", "posts each Sunday": how often someone speaks or writes, after a
    /// verb with no object, is no object of it.
    private func opensWithFrequency(_ words: Range<Int>) -> Bool {
        guard words.count >= 2, ["every", "each"].contains(view.lower[words.lowerBound]) else { return false }
        let unit = words.lowerBound + 1
        return SpeakerPhraseReader.timeUnits.contains(view.lower[unit]) || view.has(unit, .dayWord)
            || Self.partsOfDay.contains(view.lower[unit]) || Self.seasons.contains(view.lower[unit])
    }

    private static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night", "weekend"]

    /// Participles spelt as their base form that describe a message ("in a statement read to the court", "in an
    /// interview broadcast on Sunday").
    private static let baseFormParticiples: WordSet = ["read", "broadcast", "put", "set"]

    /// Whether the words between a cue and a "that" only set the scene: an addressee (for object cues, or
    /// "to ABC News"), time words, or manner adverbs, and no conjunction that would start a clause of its own.
    private func isSettingGap(_ gap: Range<Int>, cue: QuoteLexicon.Cue) -> Bool {
        // "complained to CBS News' Charlie Rose that …": whom the words were addressed to.
        if let first = gap.first, view.isLower(first, "to"), gap.count >= 2, isAddressee(gap) { return true }
        // "said through a spokeswoman that …", "said via his lawyer that …": who carried the words.
        if let first = gap.first, ["through", "via"].contains(view.lower[first]), gap.count <= 5,
           !gap.contains(where: { view.has($0, [.coordinator, .finiteVerb]) }) {
            return true
        }
        // "said in a statement released by his office that …": a setting whose participle phrase describes it.
        if let first = gap.first, view.has(first, [.settingWord]), view.has(first, .preposition),
           let participle = gap.first(where: { view.has($0, [.ed, .irregularPast]) || Self.baseFormParticiples.contains(view.lower[$0]) }),
           participle > first + 1,
           view.has(participle + 1, .preposition), gap.upperBound - participle <= 5,
           isSettingGap(first..<participle, cue: cue),
           !((participle + 1)..<gap.upperBound).contains(where: { view.has($0, [.coordinator, .finiteVerb, .be]) }) {
            return true
        }
        // "warning investors that …", "cautioned members that …": a bare group told something ("said reports that
        // … were false" has a noun's clause, so not after "say").
        // "promising Iowa farmers that …", "warning local residents that …": the group may be described.
        if gap.count <= 3, describedPeopleEnd(from: gap.lowerBound, end: gap.upperBound) == gap.upperBound, let verb = cue.words.first,
           !Self.sayForms.contains(verb) {
            return true
        }
        // "warned the council last year that …", "assured residents on Monday that …": whoever was told, then when.
        if gap.count >= 3, let split = ((gap.lowerBound + 1)..<gap.upperBound).first(where: { isTimePhrase($0..<gap.upperBound) }),
           isAddressee(gap.lowerBound..<split) || split == gap.lowerBound + 1 && isBarePeople(gap.lowerBound) {
            return true
        }
        // "has insisted throughout that …", "said all along that …": a span of time with no noun of its own.
        if gap.count == 1 && view.isLower(gap.lowerBound, "throughout")
            || gap.count == 2 && view.isLower(gap.lowerBound, "all") && view.isLower(gap.lowerBound + 1, "along") {
            return true
        }
        // "said repeatedly since 2020 that …", "warned as early as 2019 that …": adverbs, or an "as … as" of time,
        // before a setting.
        if let rest = afterAdverbialLead(gap), rest != gap {
            return rest.isEmpty || isSettingGap(rest, cue: cue)
        }
        if let joint = joinedAddressees(gap, cue: cue) {
            return isSettingGap(gap.lowerBound..<joint, cue: cue) && isSettingGap((joint + 1)..<gap.upperBound, cue: cue)
        }
        return reader.isScenePhrase(gap) || isAddressee(gap) || isPrepositionalSetting(gap) || isTimePhrase(gap) || gap.allSatisfy { index in
            if view.has(index, .coordinator) { return false }
            // Whoever is told has no verb ("told reporters the gates had jammed that week" has its clause already).
            return cue.kind == .object && !view.has(index, [.finiteVerb, .be, .auxiliary])
                || view.isLower(index, "to") || view.has(index, [.settingWord, .adverb, .audience]) || view.isCapitalized(index)
                || index > gap.lowerBound && EntityRegistry.isTitlePeriod(index, view: view)
        }
    }

    /// "told her nurses and doctors that …", "promised the growers and their lenders that …": the one "and" or "or"
    /// that joins two addressees of a verb that takes one, with no verb on either side.
    private func joinedAddressees(_ gap: Range<Int>, cue: QuoteLexicon.Cue) -> Int? {
        guard gap.count >= 3, gap.count <= 9, cue.kind == .object || cue.words.first.map(Self.addressingVerbs.contains) == true,
              let joint = gap.first(where: { view.has($0, .coordinator) }), joint > gap.lowerBound, joint + 1 < gap.upperBound,
              !gap[(joint + 1)...].contains(where: { view.has($0, .coordinator) }),
              !gap.contains(where: { view.has($0, [.finiteVerb, .be, .auxiliary]) || view.isComma($0) })
        else { return nil }
        return joint
    }

    /// The words of a gap after its leading "-ly" adverbs ("repeatedly", "publicly") or a comparison of time
    /// ("as early as 2019", "as recently as last week", "as long ago as May", reduced to the time after it).
    private func afterAdverbialLead(_ gap: Range<Int>) -> Range<Int>? {
        var start = gap.lowerBound
        while start < gap.upperBound && view.has(start, .adverb) && !view.has(start, .clauseWord) { start += 1 }
        if start + 2 < gap.upperBound, view.isLower(start, "as"),
           let second = ((start + 2)..<min(gap.upperBound - 1, start + 4)).first(where: { view.isLower($0, "as") }),
           ((start + 1)..<second).allSatisfy({ view.isWord($0) && !view.has($0, [.finiteVerb, .be, .clauseWord, .coordinator]) }),
           isPointInTime((second + 1)..<gap.upperBound) {
            return gap.upperBound..<gap.upperBound
        }
        return start..<gap.upperBound
    }

    /// "2019", "May", "last week", "Monday", "the spring of 2020": a time the "as … as" comparison can name.
    private func isPointInTime(_ words: Range<Int>) -> Bool {
        guard !words.isEmpty, words.count <= 4 else { return false }
        if isTimePhrase(words) { return true }
        let last = words.upperBound - 1
        return (isYear(last) || Self.timeNouns.contains(view.lower[last]))
            && words.dropLast().allSatisfy { view.has($0, [.article, .dayWord]) || Self.timeOpeners.contains(view.lower[$0]) || view.isLower($0, "of") }
    }

    /// "argued throughout the trial that …", "said at the hearing that …", "insisted for months that …": one
    /// short prepositional phrase of time or place, with no verb or clause word in it.
    private func isPrepositionalSetting(_ gap: Range<Int>) -> Bool {
        guard let first = gap.first, gap.count >= 2, gap.count <= 6, Self.settingOpeners.contains(view.lower[first]) else { return false }
        return gap.dropFirst().allSatisfy { index in
            view.document.tokens[index].kind == .number || view.has(index, [.article, .possessive]) || view.isByte(index, UInt8(ascii: "-"))
                || view.isWord(index) && !view.has(index, [.clauseWord, .finiteVerb, .be, .coordinator, .ed, .irregularPast])
                && view.quoteOf[index] < 0 && view.cue(at: index, within: index + 1) == nil
        }
    }

    private static let settingOpeners: WordSet = [
        "throughout", "during", "at", "in", "on", "for", "over", "after", "before", "since", "amid", "outside", "inside",
    ]

    private static let sayForms: WordSet = ["say", "says", "said", "saying"]

    /// "agreed to pick up the bill", "agreed to end his bid": "agree" with an infinitive reports what someone will
    /// do, not what they said ("agreed that the bill was fair" still reports).
    private func agreesToAct(_ next: Int, end: Int) -> Bool {
        guard next >= 1, ["agree", "agrees", "agreed", "agreeing"].contains(view.lower[next - 1]) else { return false }
        // "agreed on Sunday to end the strike": a time or setting may come between.
        var to = next
        while to < min(end, next + 4) && !view.isLower(to, "to") && view.has(to, [.dayWord, .settingWord]) { to += 1 }
        guard to + 1 < end, view.isLower(to, "to") else { return false }
        return !view.has(to + 1, [.determiner, .possessive]) && view.wordKinds[to + 1] != .pronoun
    }

    /// "The clubs have agreed a fee of 18 million euros", "agreed terms", "concurred with the ruling": a verb of
    /// agreeing whose object is a thing, with no clause after it, reports nothing anyone said ("agreed the fee was
    /// fair" and "agreed that …" still do).
    private func agreesOnThing(_ next: Int, end: Int) -> Bool {
        guard next >= 1, next < end, Self.agreeingVerbs.contains(view.lower[next - 1]), !view.isLower(next, "that"),
              view.quoteOf[next] < 0
        else { return false }
        let objectEnd = (next..<end).first { view.isComma($0) || view.quoteOf[$0] >= 0 } ?? end
        return objectEnd > next && !(next..<objectEnd).contains { index in
            view.has(index, [.finiteVerb, .be, .auxiliary, .irregularPast, .relativePronoun]) || view.isLower(index, "that")
                || Self.personalSubjects.contains(view.lower[index]) || Self.modals.contains(view.lower[index])
        }
    }

    /// "As the coach put it after the match, the team ran out of legs": a sentence that opens with "as" and the
    /// cue's subject frames its main clause as what was said, whatever the cue's kind.
    private func opensAsFrame(cue: Int, sentenceStart: Int) -> Bool {
        guard cue - sentenceStart >= 2, view.isLower(sentenceStart, "as"), view.quoteOf[sentenceStart] < 0,
              let subject = reader.before(cue, floor: sentenceStart + 1)
        else { return false }
        return subject.tokens.lowerBound == sentenceStart + 1
    }

    /// "emailed reporters that", "radioed her crew that", "texted him that", "shouted to the crowd that": a cue of
    /// saying by some means or in some manner reports a clause only when "that" opens it, after at most an addressee.
    private func opensThatClause(after start: Int, cue: QuoteLexicon.Cue, end: Int) -> Bool {
        // A setting may run to six words ("shouted from the back of the hall that …"); that far, not in a title-cased
        // headline ("Responded To Trump’s Demand In A Way That Could …").
        guard let that = (start..<min(end, start + 10)).first(where: { view.isLower($0, "that") || view.isComma($0) }),
              view.isLower(that, "that"), that < start + 6 || !view.isCapitalized(that)
        else { return false }
        return that == start || isAddressee(start..<that) || isSettingGap(start..<that, cue: cue)
    }

    /// Who is told something, and nothing else: an object pronoun, an audience ("reporters"), or a determiner phrase
    /// whose head is a person, group or gathering ("her staff", "the jury"), after an optional "to".
    private func isAddressee(_ gap: Range<Int>) -> Bool {
        var start = gap.lowerBound
        if start < gap.upperBound && view.isLower(start, "to") { start += 1 }
        guard start < gap.upperBound else { return false }
        if gap.upperBound == start + 1 && (TokenView.personalObjects.contains(view.lower[start]) || view.has(start, .audience)) { return true }
        // "admitted to investigators that …", "wrote to members that …": a bare group after "to".
        if gap.upperBound == start + 1 && start > gap.lowerBound && isBarePeople(start) { return true }
        // "complained to CBS News' Charlie Rose that …", "said to the BBC that …": a name after "to".
        if start > gap.lowerBound, gap.upperBound - start <= 6, view.isCapitalized(gap.upperBound - 1),
           (start..<gap.upperBound).allSatisfy({ index in
               view.isCapitalized(index) || index == start && view.isLower(index, "the")
                   || index > start && (view.isByte(index, UInt8(ascii: "'")) || view.words[index] == "’")
           }) {
            return true
        }
        guard let phraseEnd = addresseePhraseEnd(from: start, end: gap.upperBound) else { return false }
        // "whispered to the man beside her that …", "told the woman next to him that …": a short phrase of place
        // after the addressee says where they were.
        return phraseEnd == gap.upperBound
            || phraseEnd > start && view.has(phraseEnd, .preposition) && gap.upperBound - phraseEnd <= 4
            && ((phraseEnd + 1)..<gap.upperBound).allSatisfy({ view.isWord($0) && !view.has($0, [.finiteVerb, .be, .auxiliary, .clauseWord]) })
    }

    /// Verbs of saying (not `object` cues) that may take whom they address before the clause.
    private static let addressingVerbs = Set(["promise", "warn", "caution", "guarantee"].flatMap(VerbForms.all))

    /// Whether the words between a cue and a reported question are only an addressee and a time ("the mayor
    /// on Friday"): no verb, conjunction or clause word among them.
    private func isAddresseeGap(_ gap: Range<Int>) -> Bool {
        gap.allSatisfy { index in
            view.isWord(index) && (view.has(index, .settingWord) || !view.has(index, .clauseWord) || isPartitiveOf(index, in: gap))
                && !view.has(index, [.ed, .negator])
        }
    }

    /// "asked two of the drivers why …", "asked one of them whether …": the "of" after a count or quantifier that
    /// opens the gap joins it to its group.
    private func isPartitiveOf(_ index: Int, in gap: Range<Int>) -> Bool {
        index == gap.lowerBound + 1 && view.isLower(index, "of")
            && (view.has(gap.lowerBound, [.numberWord, .quantifier]) || view.document.tokens[gap.lowerBound].kind == .number)
    }

    /// "In a 1963 speech, he declared:" introduces the next quote; it reports nothing itself.
    private func endsWithColon(_ sentence: Sentence) -> Bool {
        sentence.tokens.last.map { view.isByte($0, UInt8(ascii: ":")) } ?? false
    }

    /// A fronted clause has more than a short prepositional phrase ("In Miami", "In a 1963 speech").
    private func looksLikeClause(_ range: Range<Int>) -> Bool {
        let words = view.wordCount(range)
        return words >= 3 && !(words <= 5 && view.has(range.lowerBound, .frontPreposition)) && !isNounWithRelativeClause(range)
    }

    /// "The couple whose home was destroyed", "The man who found the boat": an article, a few words and a relative
    /// clause with the only verbs, a noun phrase (an apposition's description), not a clause.
    private func isNounWithRelativeClause(_ range: Range<Int>) -> Bool {
        guard let first = range.first, view.has(first, .article),
              let relative = range.dropFirst().prefix(5).first(where: { view.has($0, .relativePronoun) })
        else { return false }
        // "The talks stalled over who would lead": "who" after a preposition opens a question's clause, the object of
        // the preposition, not a relative clause on a noun (which takes "whom" there).
        if view.isLower(relative, "who") && view.has(relative - 1, .preposition) { return false }
        return !(range.lowerBound..<relative).contains { view.has($0, [.finiteVerb, .be, .auxiliary]) }
    }

    /// "… and said", "but later admitted": a cue right after "and" or "but" (an adverb may stand between) joins
    /// a predicate to the clause's subject.
    private func joinsPredicate(cue index: Int, floor: Int) -> Bool {
        // "… and later said", "… and has since said": auxiliaries and adverbs may stand after the conjunction.
        var before = index - 1
        if before > floor && view.has(before, .adverb) { before -= 1 } else { before = reader.skippingInterveners(before: index, floor: floor + 1) - 1 }
        return before >= floor && (view.has(before, .andBut) || before + 1 < index && isCommaThen(before + 1))
    }

    /// "…, then added:": "then" after a comma joins the next predicate as "and" does.
    private func isCommaThen(_ index: Int) -> Bool {
        view.has(index, .sequenceThen) && index > 0 && view.isComma(index - 1) && view.quoteOf[index - 1] < 0
    }

    /// "Rees said that was not enough", "she said that would be wrong": a "that" right before a finite verb is the
    /// clause's subject, not the word that opens it.
    private func isDemonstrativeSubject(_ that: Int, end: Int) -> Bool {
        that + 1 < end && view.has(that + 1, [.be, .finiteVerb, .auxiliary, .contractedNot])
    }

    /// "reported that night the port had been sold", "told reporters that same morning that …": "that" before a
    /// time noun points at a time, and the clause starts after it; the index after the time noun (and its comma).
    /// "said that night shifts would end" is a clause: a bare noun after the time word makes a compound.
    private func timeDemonstrativeEnd(_ that: Int, end: Int) -> Int? {
        var time = that + 1
        if time < end && view.isLower(time, "same") { time += 1 }
        let next = time + 1
        guard next < end, Self.demonstrativeTimes.contains(view.lower[time]) else { return nil }
        if view.isComma(next) { return next + 1 }
        let opensClause = view.isLower(next, "that") || view.isCapitalized(next) || view.wordKinds[next] == .pronoun
            || view.document.tokens[next].kind == .number || view.has(next, [.article, .determiner, .possessive])
        return opensClause ? next : nil
    }

    private static let demonstrativeTimes: WordSet = [
        "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "spring", "summer",
        "autumn", "winter", "season",
    ]

    /// "The authors acknowledge that limitation in the paper": a "that" before a bare singular noun with no verb
    /// after it points at something already said; the cue has an object, not a clause.
    private func isDemonstrativeObject(_ clause: Range<Int>) -> Bool {
        let head = clause.lowerBound
        guard head > 0, view.isLower(head - 1, "that"), view.wordCount(clause) <= 7, hasNoVerb(clause),
              view.document.tokens[head].kind == .word, !view.isCapitalized(head), view.wordKinds[head] != .pronoun,
              !view.has(head, [.determiner, .possessive, .plural, .adverb, .negator, .auxiliary, .numberWord, .quantifier]),
              // "said that nobody in the village takes the bus": a pronoun "that" cannot point at.
              !Self.indefinitePronouns.contains(view.lower[head])
        else { return false }
        let next = head + 1
        return next >= clause.upperBound || view.document.tokens[next].kind == .punctuation || view.has(next, .preposition)
    }

    /// "He said it again last night", "announced it on Monday": a pronoun for something said before, and no verb
    /// after it, is what was said talked about, not said.
    /// (Only when what follows the pronoun says when, where or how often, or is the particle of a phrasal verb,
    /// "wrote it down", "played it down": "called it reckless" names, and "said it counts 900 boats" reports.)
    private func isPronounObject(_ clause: Range<Int>) -> Bool {
        guard let first = clause.first, view.isLower(first, "it") || view.isLower(first, "them"),
              view.wordCount(clause) <= 7, !clause.contains(where: { view.has($0, [.finiteVerb, .be, .auxiliary]) })
        else { return false }
        let next = first + 1
        return next >= clause.upperBound || !view.isWord(next) || view.has(next, [.preposition, .dayWord])
            || Self.whenWords.contains(view.lower[next]) || Self.verbParticles.contains(view.lower[next])
    }

    private static let verbParticles: WordSet = ["down", "up", "out", "off", "back", "away", "aside"]

    private static let whenWords: WordSet = [
        "again", "last", "twice", "before", "repeatedly", "often", "yesterday", "today", "earlier", "later", "once",
        "publicly", "privately", "openly", "first",
    ]

    private static let indefinitePronouns: WordSet = [
        "nobody", "somebody", "anybody", "everybody", "everyone", "someone", "anyone", "nothing", "something",
        "anything", "everything",
    ]

    /// "Nurses tell a different story", "told the truth", "told lies about the scheme": what kind of thing was
    /// told, not what.
    private func isToldThing(_ clause: Range<Int>) -> Bool {
        // The head is the last word before any prepositional phrase ("lies about the scheme").
        let phraseEnd = clause.dropFirst().first(where: { view.has($0, .preposition) }) ?? clause.upperBound
        guard view.wordCount(clause) <= 6, hasNoVerb(clause),
              let head = (clause.lowerBound..<phraseEnd).last(where: { view.isWord($0) })
        else { return false }
        return Self.toldThings.contains(view.lower[head])
    }

    private static let toldThings: WordSet = ["story", "stories", "truth", "lie", "lies", "joke", "jokes", "tale", "tales"]

    /// "a politician who will say whatever makes sense": a free relative says what kind of thing was said, not
    /// what ("said whatever the outcome, the club would survive": a noun phrase and a comma, then the report).
    private func isFreeRelativeObject(_ clause: Range<Int>) -> Bool {
        guard !clause.isEmpty, view.isLower(clause.lowerBound, "whatever") else { return false }
        let next = clause.lowerBound + 1
        guard next < clause.upperBound, view.has(next, [.determiner, .possessive]),
              let comma = clause.first(where: { view.isComma($0) })
        else { return true }
        return !hasNoVerb(next..<comma)
    }

    /// Skips the addressee of "told", time phrases ("on Monday", "in a statement") and "that".
    private func skipToClause(after start: Int, cue: QuoteLexicon.Cue, end: Int) -> Int {
        // The closures below read the view only: bound here, they capture it, not a copy of the whole run.
        let view = self.view
        // "Okafor insisted: the money had been repaid": a colon after the cue opens the clause and is no part of it.
        if start + 1 < end && view.isByte(start, UInt8(ascii: ":")) && view.quoteOf[start + 1] < 0 { return start + 1 }
        // "calls this a false narrative": what a naming verb reports starts with its object, whatever the word.
        if cue.kind == .naming { return start }
        // "denied saying that …", "admitted telling colleagues that …": a verb of saying as the object of the cue
        // reports the clause after its own "that".
        if start < end, view.has(start, .ing), let inner = view.cue(at: start, within: end),
           inner.cue.kind == .verb || inner.cue.kind == .object {
            let after = skipToClause(after: start + inner.length, cue: inner.cue, end: end)
            if after > start + inner.length, view.isLower(after - 1, "that") { return after }
        }
        // "noted, however, that …": a connective set off by commas after the cue is no part of the clause.
        if start + 3 < end, view.isComma(start), view.has(start + 1, .connective), view.isComma(start + 2) {
            return skipToClause(after: start + 3, cue: cue, end: end)
        }
        // "reported, citing two sources, that …": a participle aside set off by commas before the "that".
        if start + 3 < end, view.isComma(start), view.has(start + 1, .ing),
           let closing = ((start + 2)..<min(end - 1, start + 8)).first(where: { view.isComma($0) }),
           view.isLower(closing + 1, "that"), !((start + 1)..<closing).contains(where: { view.quoteOf[$0] >= 0 }) {
            return closing + 2
        }
        // "warned, of course, that …", "said, in a statement, that …", "conceded, in an interview with Radio
        // Telford, that …": a short aside with no verb, set off by commas before the "that".
        // "agreed, according to a Kremlin readout, to keep talking": or before an infinitive.
        if start + 3 < end, view.isComma(start),
           let closing = ((start + 2)..<min(end - 1, start + 10)).first(where: { view.isComma($0) }),
           view.isLower(closing + 1, "that") || view.isLower(closing + 1, "to") && reader.opensInfinitive(closing + 2, end: end),
           ((start + 1)..<closing).allSatisfy({ view.isWord($0) && view.quoteOf[$0] < 0 && !view.has($0, [.finiteVerb, .be, .auxiliary]) }) {
            if view.isLower(closing + 1, "to") { return closing + 1 }
            return isDemonstrativeSubject(closing + 1, end: end) ? closing + 1 : closing + 2
        }
        // "said in its final report, published on Thursday, that …", "said on Tuesday, after a long meeting, that
        // …": a setting after the cue, then an aside set off by commas (a participle, a relative clause or a phrase)
        // before the "that".
        if let comma = (start..<min(end, start + 8)).first(where: { view.isComma($0) || view.quoteOf[$0] >= 0 }), comma > start,
           view.isComma(comma), comma + 3 < end, isSettingGap(start..<comma, cue: cue),
           let closing = ((comma + 2)..<min(end - 1, comma + 12)).first(where: { view.isComma($0) || view.quoteOf[$0] >= 0 }),
           view.isComma(closing), view.isLower(closing + 1, "that"),
           ((comma + 1)..<closing).allSatisfy({ view.isWord($0) || view.isGluedHyphen($0) }),
           view.has(comma + 1, .relativePronoun) || view.isLower(comma + 1, "which")
            || !((comma + 1)..<closing).contains(where: { view.has($0, [.finiteVerb, .be, .auxiliary]) }) {
            return isDemonstrativeSubject(closing + 1, end: end) ? closing + 1 : closing + 2
        }
        // "told the story when she got home": a thing told, then a clause that says when, reports nothing.
        if cue.kind == .object, let opener = (start..<min(end, start + 9)).first(where: { view.has($0, .subordinator) || view.isComma($0) }),
           opener > start, view.has(opener, .subordinator), isToldThing(start..<opener) {
            return end
        }
        // "telling anyone who will listen that …": whom the words were told, and a relative clause, before the "that".
        if cue.kind == .object, let who = (start..<min(end, start + 4)).first(where: { view.isLower($0, "who") }), who > start,
           (start..<who).allSatisfy({ view.isWord($0) && !view.has($0, [.finiteVerb, .be, .auxiliary]) }),
           let that = relativeClauseEnd(afterAddressee: who, end: end) {
            return that + 1
        }
        var position = start
        // "reiterated to ABC News that …": the clause starts after a near "that" with no comma before it, when
        // only an addressee or a time or setting phrase stands between ("said she agreed and that …" is not).
        let reach = cue.kind == .object ? 14 : 11
        if let that = (start..<min(end, start + reach)).first(where: { view.isLower($0, "that") || view.isComma($0) }),
           view.isLower(that, "that"), isSettingGap(start..<that, cue: cue) {
            if let after = timeDemonstrativeEnd(that, end: end) { return skipToClause(after: after, cue: cue, end: end) }
            return isDemonstrativeSubject(that, end: end) ? that : that + 1
        }
        // "asked the mayor on Friday whether …": a reported question starts at its "whether" or "if", after at
        // most an addressee and a time.
        // After a verb of asking, "why", "how", "what", "when" or "where" opens the question as well ("asked the
        // manager why the contract had ended").
        let asks = start > 0 && Self.questionAskingForms.contains(view.lower[start - 1])
        if let question = (start..<min(end, start + 7)).first(where: {
               view.has($0, .questionStop) || asks && Self.questionWords.contains(view.lower[$0])
           }),
           !view.isLower(question, ","), question > start, isAddresseeGap(start..<question) {
            return question
        }
        // "asked Evershed about the orchard": who was asked and the topic; nothing said is reported (a surname
        // may end as a past tense does).
        if asks, let about = (start..<min(end, start + 7)).first(where: { view.isLower($0, "about") || view.isComma($0) }),
           about > start, view.isLower(about, "about"),
           (start..<about).allSatisfy({ view.isCapitalized($0) })
            || isAddresseeGap(start..<about) && !(start..<about).contains(where: { view.has($0, [.questionStop, .finiteVerb, .irregularPast]) }) {
            return end
        }
        if cue.kind == .object {
            // "told stories the children loved", "told the story his father had told him": a thing told and a clause
            // that describes it report nothing.
            let thing = start < end && view.has(start, [.article, .possessive]) ? start + 1 : start
            if thing + 1 < end, !view.isLower(thing + 1, "that"), opensToldClause(thing + 1, end: end),
               Self.toldThings.contains(view.lower[thing]) {
                return end
            }
            // "told CBS' Face the Nation": a plural possessive's apostrophe stands alone between the names.
            // An article opens the addressee only at its start: "told reporters the bridge …" has the clause's.
            while position < end && (view.isCapitalized(position) || view.has(position, .addressee) && !(position > start && view.has(position, .article))
                                     || position > start && isPossessiveApostrophe(position)) {
                position += 1
            }
            // "told them the …", "told police they had …", "told visiting reporters the …": an object pronoun or a
            // bare group is who was told.
            if position == start, position < end,
               let people = TokenView.personalObjects.contains(view.lower[position]) ? position + 1 : describedPeopleEnd(from: start, end: end),
               people < end, !view.has(people, [.finiteVerb, .be, .auxiliary]) {
                position = people
            }
            // "tells court he was …", "told council the road would close": a bare body, as headlines and quick copy
            // write it, before the clause's own subject.
            if position == start, position + 1 < end, !view.isCapitalized(position), view.wordKinds[position] == .org,
               opensToldClause(position + 1, end: end) {
                position += 1
            }
            // "told a packed town hall meeting the route would close".
            // "advised the council to wait": before an infinitive the addressee is who is to act, and stays.
            if position == start + 1, let phrase = addresseePhraseEnd(from: start, end: end),
               !(phrase < end && view.isLower(phrase, "to") && reader.opensInfinitive(phrase + 1, end: end)) {
                position = phrase
            }
        }
        // "promised voters she would cut taxes", "I promise you we will build them", "warned staff the plant would
        // close": a verb of promising or warning takes an addressee too, when a clause opens right after it ("her"
        // may own the next word instead: "warned her husband would …").
        if cue.kind == .verb, position == start, position + 2 < end, Self.addressingVerbs.contains(view.lower[start - 1]),
           !view.isLower(position, "her"), TokenView.personalObjects.contains(view.lower[position]) || isBarePeople(position),
           opensToldClause(position + 1, end: end) {
            position += 1
        }
        // "told her nurses: rest is …", "I tell my patients: do not …": a colon after whoever was told opens the clause.
        if cue.kind == .object, start + 1 < end, let colon = (start..<min(end - 1, start + 6)).first(where: { view.isByte($0, UInt8(ascii: ":")) }),
           colon > start, view.quoteOf[colon + 1] < 0,
           (start..<colon).allSatisfy({ view.isWord($0) && !view.has($0, [.finiteVerb, .be, .auxiliary, .clauseWord]) }) {
            return colon + 1
        }
        // Manner adverbs ("said pleasantly") are not part of what was said.
        while position < end && view.has(position, .adverb) { position += 1 }
        // Time and setting phrases are short; stop at the first word that is not one.
        var scanned = 0
        while position < end && scanned < 8 && view.has(position, .settingWord) {
            if view.isLower(position, "that") { return isDemonstrativeSubject(position, end: end) ? position : position + 1 }
            // "at a meeting" sets the scene; "recalled meeting her" reports the meeting.
            if position == start && view.has(position, .ing) { break }
            // "by phone" sets the scene; "by thanking …" says how, and is no clause.
            if view.isLower(position, "by") && position + 1 < end && view.has(position + 1, .ing) { break }
            // "promised on Friday to dredge …": after the time, an infinitive is what was promised ("said on
            // Friday to reporters", "to a crowd" still set the scene).
            if view.isLower(position, "to") && position > start && reader.opensInfinitive(position + 1, end: end) { break }
            // An article opens a setting only after its preposition ("in a statement", "at the briefing"); "said
            // the press had …" reports what the press had done.
            if view.has(position, .article) && !(position > start && Self.settingPrepositions.contains(view.lower[position - 1])) { break }
            position += 1
            scanned += 1
        }
        // A "the"/"a" eaten above may open the clause itself ("said the ministry has …" is handled by the
        // subject check; here the determiner belongs to the clause).
        while position > start && view.has(position - 1, .clauseLead) && position < end
            && !view.has(position, .settingWord) {
            position -= 1
        }
        return position
    }

    private mutating func emitIndirect(
        clause: Range<Int>, phrase: SpeakerPhrase, cue: String, cueKind: QuoteLexicon.CueKind, paragraph: Int, minimumWords: Int = 3
    ) {
        // "said the gorge was “a trap in any storm” and that the club should have checked …": a second reported
        // clause after words in marks is read on its own, whatever becomes of the first.
        guard let join = thatClauseAfterQuotes(in: clause) else {
            emitIndirectClause(clause: clause, phrase: phrase, cue: cue, cueKind: cueKind, paragraph: paragraph, minimumWords: minimumWords)
            return
        }
        emitIndirectClause(clause: clause.lowerBound..<join, phrase: phrase, cue: cue, cueKind: cueKind, paragraph: paragraph,
                           minimumWords: minimumWords)
        // The second clause starts after the marks the cue may attribute, so the limit they set does not hold.
        let limit = clauseLimit
        clauseLimit = nil
        emitIndirectClause(clause: (join + 2)..<clause.upperBound, phrase: phrase, cue: cue, cueKind: cueKind, paragraph: paragraph)
        clauseLimit = limit
    }

    /// Where "and that" or "but that" joins a second reported clause, with no marks in it, after words in marks.
    private func thatClauseAfterQuotes(in clause: Range<Int>) -> Int? {
        guard let lastQuoted = clause.last(where: { view.quoteOf[$0] >= 0 }) else { return nil }
        return ((lastQuoted + 1)..<clause.upperBound).first { index in
            index + 2 < clause.upperBound && view.has(index, .andBut) && view.isLower(index + 1, "that")
                && !isDemonstrativeSubject(index + 1, end: clause.upperBound)
        }
    }

    private mutating func emitIndirectClause(
        clause: Range<Int>, phrase: SpeakerPhrase, cue: String, cueKind: QuoteLexicon.CueKind, paragraph: Int, minimumWords: Int = 3
    ) {
        var clause = cueKind == .content || cueKind == .naming ? objectPhrase(clause) : clause
        let minimumWords = min(minimumWords, Self.minimumReport(cueKind))
        // "HAMAR — Grain farmers are bracing …, industry leaders said": the dateline is not part of the report.
        if view.opensSentence(clause.lowerBound) {
            clause = afterDateline(clause.lowerBound, before: clause.upperBound)..<clause.upperBound
        }
        // "Some say the teachers deserve more; others fear …": a semicolon ends the reported clause, and so does
        // the writer's label for it ("…, a claim the developer disputes", "…, a move unions called reckless") or
        // a participle of saying that reports something more ("…, saying the money had been found").
        if let end = clause.first(where: { index in
            view.quoteOf[index] < 0 && index > clause.lowerBound
                && (view.isByte(index, UInt8(ascii: ";")) || view.isComma(index)
                    && (isWritersLabel(after: index, end: clause.upperBound) || opensParticipleReport(after: index, end: clause.upperBound)
                        || opensOwnedReport(after: index, end: clause.upperBound) || opensMeasuredTimeClause(after: index, end: clause.upperBound)
                        || namesItsSource(after: index, end: clause.upperBound) || opensResultClause(after: index, end: clause.upperBound))
                    || joinsOwnedReport(at: index, end: clause.upperBound))
        }) {
            clause = clause.lowerBound..<end
        }
        // Scanning for a further report resumes after everything this one used, the outlet tail included.
        var used = clause.upperBound
        let source: String?
        (clause, source) = withoutOutletTail(clause)
        // A clause may not reach into the quote its cue attributes; cut at a comma before it, it may still report.
        guard let unquoted = clauseBeforeQuotes(clause), clauseLimit.map({ unquoted.upperBound <= $0 }) ?? true else { return }
        // A clause cut before words in marks leaves what follows the cut to be read again ("called on the senator
        // to apologize and said he had reached a “new low”": "said" reports the rest).
        if unquoted.upperBound < clause.upperBound { used = unquoted.upperBound }
        clause = trimmedClause(unquoted)
        // "announced plans for a bridge on Monday": a time phrase closing an object with no verb is when it was said.
        // (Only after its speaker: "The tenants plan to object next week, their chairwoman said" is a clause.)
        if phrase.tokens.upperBound <= clause.lowerBound, !clause.contains(where: isVerb),
           case let object = withoutClosingTime(clause), view.wordCount(object) >= minimumWords {
            clause = object
        }
        // "Spicer -- as the campaign noted this week -- even promoted …": what follows the dash that closes an
        // aside is the sentence's own predicate, not what the aside's cue reported.
        if !clause.isEmpty && (view.isLongDash(clause.lowerBound) || view.isByte(clause.lowerBound, UInt8(ascii: "-"))) { return }
        if isDemonstrativeObject(clause) || isFreeRelativeObject(clause) || isToldThing(clause) || isPronounObject(clause) { return }
        if opensWithSetOffAttribution(clause) { return }
        if isHeadlineObject(clause, cue: cue) { return }
        if phrase.tokens.upperBound <= clause.lowerBound, opensWithFrequency(clause), !clause.contains(where: isVerb) { return }
        // "sought to assure voters and other backers …": a clause cannot open with "and"; the addressee ran on
        // ("Hoses will be banned, she said, and fines may follow" goes on after a comma).
        if !clause.isEmpty && (view.isLower(clause.lowerBound, "and") || view.isLower(clause.lowerBound, "or"))
            && clause.lowerBound > 0 && !view.isComma(clause.lowerBound - 1) {
            return
        }
        // Whom a cue addresses follows it: words before the speaker ("The shop opens at six, she told me") are
        // no addressee.
        let followsCue = phrase.tokens.upperBound <= clause.lowerBound
        if followsCue && cueKind == .object && isAddresseeAndSetting(clause)
            || followsCue && (cueKind == .object || Self.askingCues.contains(cue.lowercased())) && isAddresseeAndTopic(clause)
            || followsCue && cueKind == .verb && isAddresseeAndTopic(clause, personOnly: true) {
            return
        }
        // "Questioned by reporters about the cost, Okafor insisted …": what a question was about is no one's words.
        if clause.lowerBound > 0, view.isLower(clause.lowerBound - 1, "about"), Self.questioningCues.contains(cue.lowercased()) { return }
        // "… is prepared to mediate, but warned that …": a second cue of the same speaker starts a second clause.
        var second: (cue: String, clause: Range<Int>)?
        if let split = coordinatedCue(in: clause) {
            second = (view.phrase(split.cue), split.clause)
            clause = trimmedClause(clause.lowerBound..<split.comma)
        } else if let comma = coordinatedReport(in: clause) {
            // "…, and Jones said …", "…, as parents complained that …": another speaker's report ends this clause
            // and is read on its own.
            clause = trimmedClause(clause.lowerBound..<comma)
            used = comma
        } else if let cut = withheldDetail(in: clause) ?? pastPredicateAfterModal(in: clause)
                    ?? presentClauseAfterBackshift(in: clause, cue: cue) {
            clause = trimmedClause(clause.lowerBound..<cut)
        }
        // "… denied the report and said the harbor …": a first clause too short to report may still be followed
        // by a second one that is.
        let reportsFirst = view.wordCount(clause) >= minimumWords || isShortReport(clause, cueKind: cueKind)
        let reportsSecond = second.map { view.wordCount($0.clause) >= 3 && !isAddresseeAndTopic($0.clause, personOnly: true) } ?? false
        guard reportsFirst || reportsSecond, case (var speaker, let entity)? = resolve(phrase, cueKind: cueKind) else { return }
        if let known = entity, phrase.form == .name, speaksOfItself(clause), registry[known].kind == .person, !registry[known].isPersonLike,
           registry[known].pronoun == nil {
            registry.markOrganization(known)
            speaker?.kind = .organization
        }
        // "The Courier reported that Vik had said the bridge …": what an outlet reports may hold a report of its
        // own, read after this one.
        let relaysReport = cueKind == .report && clause.contains { view.cue(at: $0, within: clause.upperBound) != nil }
        reportedClauseEnd = relaysReport ? clause.lowerBound : used
        if reportsFirst {
            emit(Quote(text: view.text(clause), span: view.span(clause), kind: .indirect, speaker: speaker, cue: cue,
                       source: source == speaker?.name ? nil : source), entity: entity, paragraph: paragraph)
        }
        if let second, reportsSecond {
            let clause = trimmedClause(second.clause)
            emit(Quote(text: view.text(clause), span: view.span(clause), kind: .indirect, speaker: speaker, cue: second.cue,
                       source: source == speaker?.name ? nil : source), entity: entity, paragraph: paragraph)
            reportedClauseEnd = clause.upperBound
        }
    }

    /// "Solberg Paper said it would close its mill", "… said its profits had doubled": a report that opens on "its",
    /// or on "it" and a verb group before "its", speaks of its speaker as a thing, which makes a name a body.
    private func speaksOfItself(_ clause: Range<Int>) -> Bool {
        guard let first = clause.first else { return false }
        if view.isLower(first, "its") { return true }
        guard view.isLower(first, "it") else { return false }
        // "Ofgem said it processed most claims": "it" and a past form of what someone does (not "it seemed", "it
        // rained") is the speaker itself at work.
        if first + 1 < clause.upperBound, view.has(first + 1, .ed), !view.isCapitalized(first + 1),
           !Self.subjectlessPasts.contains(view.lower[first + 1]) {
            return true
        }
        var index = first + 1
        while index < clause.upperBound && index - first <= 4 && view.has(index, [.finiteVerb, .be, .auxiliary, .adverb, .negator]) { index += 1 }
        if index < clause.upperBound && view.isPlainWord(index, excluding: SpeakerPhraseReader.functionWords) { index += 1 }
        return index < clause.upperBound && index > first + 1 && view.isLower(index, "its")
    }

    /// Past forms whose "it" is no one: "it seemed", "it rained".
    private static let subjectlessPasts: WordSet = [
        "seemed", "appeared", "happened", "mattered", "rained", "snowed", "worked", "failed", "emerged", "turned", "looked",
        "sounded", "felt", "remained", "started", "ended", "changed", "helped", "hurt", "showed", "stood", "counted",
    ]

    /// "…, despite warnings from the harbour master that …", "…, amid the union's claims that …": a phrase after
    /// a comma whose noun of saying has an owner of its own starts another speaker's report, which ends this one.
    /// "Lind's claim that the mill was safe and her promise that nobody would …": "and" before another owned noun of
    /// saying and its "that" ends the first reported clause; the second noun reports its own.
    private func joinsOwnedReport(at index: Int, end: Int) -> Bool {
        guard view.has(index, .andBut), index + 3 < end,
              let noun = ((index + 2)..<min(end - 1, index + 4)).first(where: { view.has($0, .reportNoun) })
        else { return false }
        return view.isLower(noun + 1, "that") && possessor(of: noun, floor: index + 1)?.tokens.lowerBound == index + 1
    }

    private func opensOwnedReport(after comma: Int, end: Int) -> Bool {
        guard comma + 2 < end, view.has(comma + 1, .preposition) else { return false }
        for index in (comma + 2)..<min(end, comma + 7) {
            guard view.isWord(index), view.quoteOf[index] < 0, !isVerb(index) else { return false }
            if view.has(index, .reportNoun) { return reportNounOwner(index, floor: comma + 1, end: end) != nil }
        }
        return false
    }

    /// "called the plan a disgrace", "calls Holm unfit", "branded it the mark of a desperate campaign": a naming
    /// verb reports only when an object and what it is named follow, so "called the police", "called him back"
    /// and "called it a day" report nothing.
    private func namesItsObject(after start: Int, end: Int) -> Bool {
        // A cue that ends the text names nothing (and has no sentence after it to look up).
        guard start < end else { return false }
        // "What do you call a boy who calls himself a girl?": a question names nothing.
        let sentence = view.document.sentences[view.sentenceOf[start]].tokens
        guard !sentence.isEmpty, view.words[sentence.upperBound - 1] != "?" else { return false }
        guard let name = namedObjectEnd(from: start, end: end), name < end, view.quoteOf[name] < 0,
              name + 1 == end || view.quoteOf[name + 1] < 0 else { return false }
        if view.has(name, [.article, .possessive]) {
            // "the next day", "a few minutes later": a time is when, not a name.
            let head = ((name + 1)..<min(end, name + 4)).prefix { !view.has($0, .preposition) && !view.isLower($0, "on") }
            return !head.contains { view.has($0, .dayWord) || Self.timeUnits.contains(view.lower[$0]) }
        }
        return view.document.tokens[name].kind == .word && !view.isCapitalized(name) && Self.looksLikeAdjective(view.lower[name])
    }

    /// The fewest words a cue's report may have: three ("said it would", not "said so"), but two for a naming
    /// verb, whose object and name are the whole report ("calls Holm unfit").
    private static func minimumReport(_ kind: QuoteLexicon.CueKind) -> Int { kind == .naming ? 2 : 3 }

    /// Whether a reported clause after a cue is long enough to report: three words, or a short clause after a verb
    /// of saying.
    private func reportsEnough(_ clause: Range<Int>, cueKind: QuoteLexicon.CueKind) -> Bool {
        view.wordCount(clause) >= 3 || isShortReport(clause, cueKind: cueKind)
    }

    /// A short clause after a verb of saying ("said prices rose", "told us he agreed").
    private func isShortReport(_ clause: Range<Int>, cueKind: QuoteLexicon.CueKind) -> Bool {
        (cueKind == .verb || cueKind == .object) && isShortClause(clause)
    }

    /// "said prices rose", "said he agreed", "as she said she would": a clause of two words, a subject (a personal
    /// pronoun, "nothing" or "everything", or a plural noun) and a verb in the past or an auxiliary, is as much a
    /// report as a longer one; two words of any other kind ("said last week", "said Monday night") are not.
    private func isShortClause(_ clause: Range<Int>) -> Bool {
        guard view.wordCount(clause) == 2, let subject = clause.first(where: { view.isWord($0) }), subject + 1 < clause.upperBound,
              view.isWord(subject + 1), !view.isCapitalized(subject + 1) || view.isLower(subject, "i")
        else { return false }
        let isSubject = Self.shortClauseSubjects.contains(view.lower[subject])
            || view.has(subject, .plural) && !view.isCapitalized(subject) && !view.has(subject, [.dayWord, .determiner])
        guard isSubject else { return false }
        if view.has(subject + 1, [.ed, .irregularPast, .simplePast, .finiteVerb, .auxiliary]) { return true }
        // "Officials say talks continue": after a plural, a plain word that ends the sentence is its verb in the present
        // ("continue" and "keep" stand between a subject and its cue too, but here nothing follows them).
        let verb = subject + 1
        return view.has(subject, .plural) && subject + 2 >= clause.upperBound
            && (view.isPlainWord(verb, excluding: SpeakerPhraseReader.functionWords) || Self.aspectVerbs.contains(view.lower[verb]))
            && !view.has(verb, [.adverb, .preposition, .dayWord, .plural]) && view.wordKinds[verb] == nil
    }

    private static let aspectVerbs: WordSet = ["continue", "keep", "persist"]

    private static let shortClauseSubjects: WordSet = ["he", "she", "they", "it", "we", "i", "you", "nothing", "everything", "nobody"]

    /// Where the object of a naming verb ends: after a pronoun or a name, or, for a determiner phrase, at the
    /// article or possessive that opens the name given to it within four plain words ("the golf venture a …").
    private func namedObjectEnd(from start: Int, end: Int) -> Int? {
        guard start < end, view.quoteOf[start] < 0, view.document.tokens[start].kind == .word else { return nil }
        if Self.objectPronouns.contains(view.lower[start]) { return start + 1 }
        if view.isCapitalized(start) && !view.has(start, .notName) {
            var index = start
            while index < end && view.isCapitalized(index) && view.quoteOf[index] < 0 { index += 1 }
            return index
        }
        guard view.has(start, [.article, .possessive]) else { return nil }
        var index = start + 1
        // "branded the mayor reckless": one noun, then an adjective that ends the clause.
        if start + 2 < end, view.document.tokens[start + 1].kind == .word, !view.has(start + 1, Self.notInObject),
           Self.looksLikeAdjective(view.lower[start + 2]), start + 3 == end || view.document.tokens[start + 3].kind == .punctuation {
            return start + 2
        }
        while index < min(end, start + 5) {
            if view.has(index, [.article, .possessive]) { return index > start + 1 ? index : nil }
            guard view.document.tokens[index].kind == .word, !view.has(index, Self.notInObject),
                  view.cue(at: index, within: end) == nil else { return nil }
            index += 1
        }
        return nil
    }

    private static let notInObject: WordTraits = [.clauseWord, .preposition, .finiteVerb, .be]
    private static let objectPronouns: WordSet = ["it", "this", "that", "him", "her", "them", "himself", "herself", "themselves", "itself"]
    private static let timeUnits: WordSet = [
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes", "time",
        "while", "moment", "decade", "decades",
    ]

    /// "unfit", "unpatriotic", "dangerous", "reckless", "irresponsible": the endings and the negative prefix of
    /// adjectives that judge, which a naming verb may give its object instead of a noun.
    static func looksLikeAdjective(_ word: String) -> Bool {
        word.count > 3 && (word.hasPrefix("un") || ["ic", "ous", "al", "ful", "ble", "ive", "ent", "ant", "less", "ish", "ary", "ed"]
            .contains(where: word.hasSuffix))
    }

    /// "The real worry", "Prices", "The problem with the levy": a short noun phrase before an interrupting
    /// attribution, with no verb, modal, pronoun or dash, which the words after the attribution complete.
    private func isBareSubject(_ words: Range<Int>) -> Bool {
        view.wordCount(words) <= 8 && hasNoVerb(words) && !words.contains {
            view.has($0, .auxiliary) || Self.bareSubjectBreakers.contains(view.lower[$0]) || view.wordKinds[$0] == .pronoun
                || view.isLongDash($0) || view.isByte($0, UInt8(ascii: "-"))
        }
    }

    private static let bareSubjectBreakers: WordSet = [
        "may", "might", "can", "could", "should", "must", "shall", "do", "does", "did", "he", "she", "it", "they", "we", "i", "you",
    ]

    /// "The ferry ran aground on Sunday, the coastguard said, the third such accident this summer.": after a whole
    /// clause, a noun phrase with no verb that follows the attribution is the writer's apposition to the report,
    /// not more of it.
    private func isWritersApposition(_ rest: Range<Int>, after clause: Range<Int>) -> Bool {
        view.has(rest.lowerBound, [.article, .determiner]) && !hasVerbForm(rest) && hasVerbForm(clause)
    }

    /// Whether the words hold a verb form, an irregular past included ("ran aground").
    private func hasVerbForm(_ words: Range<Int>) -> Bool {
        !hasNoVerb(words) || words.contains { view.has($0, .irregularPast) }
    }

    /// Whether the words hold no verb form, so they can only be a subject ("The deal, Kolar said, is dead").
    private func hasNoVerb(_ words: Range<Int>) -> Bool {
        !words.contains { view.has($0, [.finiteVerb, .be, .ed, .ing]) }
    }

    /// The forms of "ask" and "inquire", whose object is who was asked.
    static let askingCues = Set(["ask", "inquire"].flatMap(VerbForms.all))
    private static let questioningCues = askingCues.union(["question", "quiz", "probe", "press"].flatMap(VerbForms.all))
    /// Verbs after which "if" opens what was asked or wondered ("asked the owner if …", "wondered if …").
    private static let whetherCues = askingCues.union(VerbForms.all(of: "wonder"))

    /// "asked the mayor about the cuts", "warned the climber about the ice": who was asked or told, with no verb,
    /// and then "about" before the clause's first comma, is the topic, not what was said.
    /// With `personOnly` (a verb that need not take an addressee: "warned"), only a person right before "about" is
    /// one: "said the residents worry about …" reports.
    private func isAddresseeAndTopic(_ clause: Range<Int>, personOnly: Bool = false) -> Bool {
        guard let first = clause.first,
              view.has(first, [.determiner, .possessive]) || view.isCapitalized(first) || TokenView.personalObjects.contains(view.lower[first])
        else { return false }
        // "about" within the clause's first five words, before its first comma.
        let reach = clause.prefix(5)
        guard let about = reach.first(where: { view.isComma($0) || view.isLower($0, "about") }), about > first, !view.isComma(about)
        else { return false }
        guard personOnly else { return hasNoVerb(first..<about) }
        let addressee = first..<about
        if addressee.count == 1 && TokenView.personalObjects.contains(view.lower[first]) { return true }
        return view.has(first, [.determiner, .possessive]) && addressee.count <= 3
            && [.role, .anonymous].contains(view.lexicon.kind(of: view.lower[about - 1]))
    }

    /// "who advised the county in 2019", "told the board on Monday": after a cue that takes an addressee, a short
    /// determiner phrase and a time or place with no verb is whom and when, not what was said. So is a gathering
    /// and its "of" phrase ("told the opening session of the congress in Ålesund").
    private func isAddresseeAndSetting(_ clause: Range<Int>) -> Bool {
        guard !clause.isEmpty, clause.lowerBound == 0 || !view.isLower(clause.lowerBound - 1, "that"),
              view.has(clause.lowerBound, [.determiner, .possessive])
                || clause.lowerBound > 0 && view.has(clause.lowerBound - 1, [.determiner, .possessive]),
              hasNoVerb(clause)
        else { return false }
        let of = clause.prefix(5).first { view.isLower($0, "of") }
        if let of, of > clause.lowerBound, Self.gatherings.contains(view.lower[of - 1]) { return view.wordCount(clause) <= 10 }
        return view.wordCount(clause) <= 6 && clause.dropFirst().contains { view.has($0, .settingWord) && view.has($0, .preposition) }
    }

    /// Whether the word at `index` can open a predicate: a finite verb, or a plain lowercase word that is no
    /// function word or pronoun ("go too far", not "the unions", "but", "it").
    private func opensPredicate(_ index: Int) -> Bool {
        if view.has(index, [.finiteVerb, .be, .auxiliary]) { return true }
        return view.isPlainWord(index, excluding: [.determiner, .possessive, .preposition, .conjunction, .coordinator, .subordinator,
                                                   .clauseWord, .relativePronoun])
            && !Self.clauseIntroducers.contains(view.lower[index])
    }

    /// The comma that opens a writer's label ending at or after `end` (", a decision residents described as “…”"),
    /// within the last few words before it.
    private func writersLabel(before end: Int, floor: Int) -> Int? {
        (max(floor, end - 9)..<end).last { view.isComma($0) && view.quoteOf[$0] < 0 && isWritersLabel(after: $0, end: end + 1) }
    }

    /// Whether a cue stands in a writer's label: its subject names who judged the clause before, and what it
    /// reports is that clause, already reported or the writer's own ("a move unions called reckless").
    private func isInWritersLabel(_ cue: Int, floor: Int) -> Bool {
        guard let comma = writersLabel(before: cue + 1, floor: floor), cue >= comma + 3 else { return false }
        return isLabelCue(cue, comma: comma)
    }

    /// A label's cue ends it, with its subject right before it and no comma or relative pronoun inside: not "The
    /// plan, an inside source said, is …", "Simmons, an Obama supporter, said …", "a Republican who described
    /// himself as …".
    private func isLabelCue(_ cue: Int, comma: Int) -> Bool {
        !((labelSubjectStart(comma: comma, cue: cue))..<cue).contains { view.isComma($0) || view.has($0, .relativePronoun) || view.isLower($0, "that") }
            && (cue + 1 >= view.count || !view.isComma(cue + 1))
    }

    /// Where the subject of a label's cue starts: after the label's noun ("a move unions called"), or after the
    /// object relative that follows it when the cue names or judges ("a move that fishing crews called", "a
    /// plan which critics described as"); "a decision that he said saved the town" reports a clause instead.
    private func labelSubjectStart(comma: Int, cue: Int) -> Int {
        let relative = comma + 3
        guard relative + 1 < cue, hasObjectRelative(afterLabel: comma),
              let kind = view.cue(at: cue, within: view.count)?.cue.kind, kind == .naming || kind == .content || kind == .frame
        else { return comma + 1 }
        return relative + 1
    }

    /// Whether "that" or "which" follows the noun of a label that opens at `comma` (", a move that …").
    private func hasObjectRelative(afterLabel comma: Int) -> Bool {
        comma + 3 < view.count && (view.isLower(comma + 3, "that") || view.isLower(comma + 3, "which"))
    }

    /// "…, a decision residents described as “a slow abandonment”": the words in marks are those of the label's
    /// own subject, between its noun and its cue.
    private mutating func labelAttribution(_ comma: Int, open: Int) -> Attribution? {
        let view = self.view
        guard let (cue, length) = firstCue(in: (comma + 3)..<open, within: open),
              isLabelCue(cue, comma: comma),
              // The label's cue names the words in marks right after it ("called “…”", "described as “…”"); one
              // with words of its own after it is a clause ("…, a ministry spokesman said only that it was “…”").
              cue + length == open || cue + length + 1 == open && view.isLower(cue + length, "as"),
              let subject = reader.before(cue, floor: max(comma + 3, labelSubjectStart(comma: comma, cue: cue)), allowApposition: false),
              let (speaker, entity) = resolve(subject, cueKind: .content)
        else { return nil }
        return usingCue(cue, length: length, speaker: speaker, entity: entity)
    }

    /// The first cue that starts in `range` (read up to `limit`), with its length.
    private func firstCue(in range: Range<Int>, within limit: Int) -> (index: Int, length: Int)? {
        for index in range {
            if let (_, length) = view.cue(at: index, within: limit) { return (index, length) }
        }
        return nil
    }

    /// The attribution of words in marks to the subject of the cue at `cue`, which is used up by it.
    private mutating func usingCue(_ cue: Int, length: Int, speaker: Speaker?, entity: Int?) -> Attribution {
        usedCues.insert(cue)
        return Attribution(speaker: speaker, entity: entity, cue: view.phrase(cue..<(cue + length)), source: nil, cueToken: cue)
    }

    /// "in what Ilse Varga, a council veteran, called “a reckless gamble”", "what critics describe as “…”", "what
    /// he says is “…”": a free relative whose cue ends right before the marks; its subject, which fills the words
    /// between "what" and the cue, said them. The sentence's own subject did not ("The mayor defended the budget
    /// in what …").
    private mutating func freeRelativeAttribution(open: Int, floor: Int) -> Attribution? {
        var end = open
        // "Here is what one reader, Ilse Brandt, told us: “…”": a colon, and whom the words went to, may end it.
        let colon = end - 1 > floor && view.isByte(end - 1, UInt8(ascii: ":"))
        if colon { end -= 1 }
        if end - 1 > floor && ["as", "is", "was"].contains(view.lower[end - 1]) { end -= 1 }
        let view = self.view
        // The subject may carry an apposition ("what Ola Brun, treasurer for the harbour campaign, called “…”").
        guard let what = (max(floor, end - 20)..<end).last(where: { view.isLower($0, "what") && view.quoteOf[$0] < 0 }), what + 2 < end,
              let (cue, length) = firstCue(in: (what + 2)..<end, within: open),
              cue + length == end || cue + length == open || colon && cue + length < end && isAddressee((cue + length)..<end),
              let subject = reader.before(cue, floor: what + 1), subject.tokens.lowerBound == what + 1
        else { return nil }
        // "The ministry says police will protect the site from what it called “…”": a pronoun takes the sentence's
        // own subject when that agrees with it (its report is read after the quotes of its sentence).
        let own = subject.form == .pronoun ? sentenceSubject(before: what) : nil
        let resolved = own.flatMap { Self.pronoun(view.lower[subject.tokens.lowerBound], agreesWith: $0.speaker) ? $0 : nil }
            ?? resolve(subject, cueKind: .content)
        guard let (speaker, entity) = resolved else { return nil }
        return usingCue(cue, length: length, speaker: speaker, entity: entity)
    }

    /// Whether a subject pronoun can stand for a speaker: "it" for a body, "they" for a body or a group, "he" and
    /// "she" for a person.
    private static func pronoun(_ pronoun: String, agreesWith speaker: Speaker) -> Bool {
        switch pronoun {
        case "it": speaker.kind == .organization
        case "they": speaker.kind == .organization || speaker.kind == .group
        case "he", "she": speaker.kind == .person
        default: false
        }
    }

    /// ", a claim the developer disputes", ", a move unions called reckless": an indefinite noun phrase after a
    /// comma that is a report noun, or whose own short relative clause has a cue, labels the clause before it.
    private func isWritersLabel(after comma: Int, end: Int) -> Bool {
        // Callers look one token past a cue, which may be the document's last.
        let end = min(end, view.count)
        guard comma + 2 < end, view.isLower(comma + 1, "a") || view.isLower(comma + 1, "an") else { return false }
        // "…, a day after activists claimed that …": a measure of time and its clause say when; no label has one.
        if Self.timeUnits.contains(view.lower[comma + 2]) { return false }
        // "Later, a narrator said that …", "…, a company statement said": a noun right before a verb of saying, with
        // no subject of its own between them, is that verb's subject, whether the lexicon knows it or not; only a
        // participle of naming or judging follows a label's noun directly ("a move called reckless").
        if takesNounAsSubject(comma + 3, end: end) { return false }
        if comma + 4 < end, view.has(comma + 3, .reportNoun), takesNounAsSubject(comma + 4, end: end) { return false }
        // "…, a statement from the ministry said", "…, a letter to staff said": a prepositional phrase after the noun
        // modifies it; no subject of a label stands there.
        if comma + 4 < end, view.has(comma + 3, .preposition),
           let verb = ((comma + 4)..<min(end, comma + 10)).first(where: { view.cue(at: $0, within: end) != nil }),
           takesNounAsSubject(verb, end: end),
           !((comma + 4)..<verb).contains(where: { view.isComma($0) || view.has($0, [.finiteVerb, .be, .relativePronoun]) }) {
            return false
        }
        if view.has(comma + 2, .reportNoun) { return true }
        // The label's own subject may have three words ("a move voting rights groups called"); an object relative
        // ("a move that crews called", "a plan which the crews described as") puts up to two more before the cue.
        let reach = comma + 7 + (comma + 3 < end && hasObjectRelative(afterLabel: comma) ? 2 : 0)
        guard let cue = ((comma + 3)..<min(end, reach)).first(where: { view.cue(at: $0, within: end) != nil && !view.has($0, .ing) }),
              // "…, while Ola Berg, an independent analyst, argued …": a comma before the cue closes an apposition.
              !((comma + 2)..<cue).contains(where: { view.isComma($0) })
        else { return false }
        // "After the vote, a spokesman said …": a phrase for someone who speaks, from the article on, is the cue's
        // subject, not a label with a subject of its own ("a move unions called reckless").
        // The word after the article must belong to that phrase ("a decision union leaders called" is a label).
        // So is a group with an "of" phrase ("…, a panel of surveyors said").
        func speaksFromArticle(_ subject: SpeakerPhrase?) -> Bool {
            subject.map { $0.tokens.lowerBound == comma + 1 && reader.namesASpeaker($0) } ?? false
        }
        // "…, a fire service spokesman said": or plain nouns before a singular head that needs its article.
        if view.wordKinds[comma + 2] != nil || isBareSingularSpeakerNoun(cue - 1),
           speaksFromArticle(reader.before(cue, floor: comma + 1)) || speaksFromArticle(reader.postmodifiedSubject(start: comma + 1, cue: cue)) {
            return false
        }
        // "…, a consumer watchdog said": one singular noun for a person or body cannot be a subject without its
        // article, so it heads the phrase the article opens ("a move unions called" has a plural).
        if cue == comma + 3 + 1, isBareSingularSpeakerNoun(comma + 3) { return false }
        return !((comma + 2)..<min(end, reach)).contains { view.has($0, [.be, .finiteVerb]) }
    }

    /// Whether a cue at `index` is a verb of saying whose subject the noun before it is: not a participle of naming or
    /// judging ("a move called reckless"), not an -ing form, not a passive participle before "to" or "by" ("a project
    /// said to cost …", "a trend noted by economists").
    private func takesNounAsSubject(_ index: Int, end: Int) -> Bool {
        guard index < end, let (found, length) = view.cue(at: index, within: end), ![.naming, .content, .frame].contains(found.kind),
              !view.has(index, .ing)
        else { return false }
        return !(index + length < end && (view.isLower(index + length, "to") || view.isLower(index + length, "by")))
    }

    /// A lowercase singular noun of the speaker lexicon for a person or body, not a collective that speaks without
    /// an article ("staff", "management", "police").
    private func isBareSingularSpeakerNoun(_ index: Int) -> Bool {
        guard !view.isCapitalized(index), !view.has(index, .plural), view.quoteOf[index] < 0,
              let kind = view.wordKinds[index], kind == .role || kind == .org
        else { return false }
        return !Self.collectiveNouns.contains(view.lower[index])
    }

    private static let collectiveNouns: WordSet = ["staff", "management", "police", "leadership", "labor", "labour", "security"]

    /// What a content cue's object covers: up to a dash, semicolon or bracket that opens an aside ("praised
    /// Pence for cutting taxes - moves that he said …"), a comma before a cue or a clause of its own ("urged
    /// both sides to talk, saying …", "criticized the media, though he added …"), or a relative clause that
    /// holds a report of its own ("praised the crews for measures that she said …"); in a relative clause, up to
    /// the verb of the clause around it ("critics who called it unrealistic had …").
    private func objectPhrase(_ clause: Range<Int>) -> Range<Int> {
        let inRelativeClause = clause.lowerBound >= 2 && view.has(clause.lowerBound - 2, .relativePronoun)
        let end = clause.first { index in
            if opensAside(index) { return true }
            let word = view.words[index]
            let next = index + 1
            if word == ",", next < clause.upperBound, view.cue(at: next, within: clause.upperBound) != nil
                || Self.clauseBreakers.contains(view.lower[next])
                || view.has(next, .andBut) && opensJoinedClause(next + 1, end: clause.upperBound) {
                return true
            }
            let lower = view.lower[index]
            // "blasted Okafor and defended the mayor": a second verb joined to the first ends its object ("the
            // tired and worried crews" join adjectives: no object follows the second).
            if index > clause.lowerBound, view.has(index, .andBut), next < clause.upperBound,
               view.cue(at: next, within: clause.upperBound) != nil || view.has(next, [.ed, .irregularPast]) && opensObject(next + 1, end: clause.upperBound)
                || opensSubjectOfCue(next, end: clause.upperBound) {
                return true
            }
            // "critics who called it unrealistic had …": in a relative clause, a finite verb after the cue's object
            // is the verb of the clause around it.
            if inRelativeClause, index > clause.lowerBound + 1, view.has(index, [.finiteVerb, .auxiliary, .be]), !view.has(index, .ing),
               view.quoteOf[index] < 0, !["to", "be", "been"].contains(view.lower[index - 1]), !["be", "been"].contains(lower) {
                return true
            }
            guard index > clause.lowerBound, lower == "that" || lower == "which" || lower == "who" else { return false }
            // "could keep that promise": a cue's lemma right after "that" is a noun the word points to.
            return (next..<min(clause.upperBound, next + 4)).contains {
                guard let (cue, _) = view.cue(at: $0, within: clause.upperBound) else { return false }
                return $0 > next || lower != "that" || !cue.isBase
            }
        }
        return withoutClosingTime(clause.lowerBound..<(end ?? clause.upperBound))
    }

    /// "called for his departure, and a banner in the stand read …": after a comma and "and" or "but", a subject
    /// that a determiner or a pronoun opens and a verb of its own ends opens a clause of its own, which no object
    /// runs into.
    private func opensJoinedClause(_ index: Int, end: Int) -> Bool {
        guard index < end, view.has(index, [.article, .determiner, .possessive]) || Self.personalSubjects.contains(view.lower[index])
        else { return false }
        var next = index + 1
        var limit = min(end, index + 9)
        var skippedName = false
        while next < limit {
            defer { next += 1 }
            // "and its critic, Nell Abara, wrote …": the subject's name may be set off after it (once).
            if !skippedName, view.isComma(next), next > index + 1, next + 2 < end,
               let closing = ((next + 2)..<min(end, next + 6)).first(where: { view.isComma($0) }),
               ((next + 1)..<closing).allSatisfy({ reader.isNameWord($0) }) {
                skippedName = true
                limit = min(end, closing + 3)
                next = closing
                continue
            }
            // "and a tunnel to be built …": an infinitive describes the noun; no verb of a clause follows.
            if view.isComma(next) || view.quoteOf[next] >= 0 || view.isLower(next, "to") { return false }
            if view.has(next, [.finiteVerb, .be, .auxiliary, .irregularPast]) || view.cue(at: next, within: end) != nil
                || view.has(next, .ed) && !view.has(next - 1, [.article, .determiner, .possessive, .adverb]) {
                return true
            }
        }
        return false
    }

    /// "praised the plan and others warned that …": after "and", a quantifier or pronoun with a cue right after it
    /// (or one word later) opens a report of its own.
    private func opensSubjectOfCue(_ index: Int, end: Int) -> Bool {
        guard index + 1 < end, view.quoteOf[index] < 0,
              view.has(index, .quantifier) || Self.personalSubjects.contains(view.lower[index])
        else { return false }
        return (index + 1..<min(end, index + 3)).contains { view.cue(at: $0, within: end) != nil }
    }

    /// An apostrophe closing the word before it with no space ("Reuters' desk"), outside any quote.
    private func isPossessiveApostrophe(_ index: Int) -> Bool {
        view.isClosingApostrophe(index) && view.isCapitalized(index - 1)
    }

    /// Whether a noun phrase or a prepositional phrase starts at `index`: what follows a verb, not a noun.
    private func opensObject(_ index: Int, end: Int) -> Bool {
        index < end && (view.has(index, [.article, .determiner, .possessive, .preposition]) || view.isCapitalized(index)
                        || view.wordKinds[index] == .pronoun)
    }

    /// "criticized Berg on Monday", "praised the crews last week", "blasted the plan yesterday": a time phrase
    /// that closes a content cue's object is when, not what.
    private func withoutClosingTime(_ object: Range<Int>) -> Range<Int> {
        guard object.count >= 3, let last = object.last, view.has(last, .dayWord), !view.isLower(last, "on") else { return object }
        let previous = last - 1
        if ["on", "last", "this", "next", "early", "late"].contains(view.lower[previous]) && previous > object.lowerBound {
            return object.lowerBound..<previous
        }
        if ["today", "yesterday", "tonight"].contains(view.lower[last]) { return object.lowerBound..<last }
        return object
    }

    /// A semicolon, an opening bracket or a dash (a hyphen with space on both sides counts): what opens an aside.
    private func opensAside(_ index: Int) -> Bool {
        let word = view.words[index]
        return word == ";" || word == "(" || isAsideDash(index)
    }

    /// A long dash, or a hyphen with space on both sides: what opens or closes an aside.
    private func isAsideDash(_ index: Int) -> Bool {
        view.isLongDash(index) || view.isByte(index, UInt8(ascii: "-")) && reader.hasSpaceAround(index...index)
    }

    /// Where a clause joined by ", and", ", but", ", while" or ", as" starts, when it is the last comma before the
    /// cue at `cue` and no more than twelve tokens before it.
    private func joinedClauseStart(before cue: Int, floor: Int) -> Int? {
        // The last comma with a conjunction after it: an apposition's commas may stand between it and the cue
        // ("…, and Ola Berg, an analyst, said …").
        for comma in (max(floor, cue - 13)..<cue).reversed() where view.isComma(comma) {
            guard let start = joinedClause(afterComma: comma) else { continue }
            return comma > floor && start < cue && view.quoteOf[comma] < 0 ? start : nil
        }
        return subordinateClauseStart(before: cue, floor: floor)
    }

    /// "Farmers were angry when the minister, a former banker, said …": a subordinator with no comma before it
    /// also opens a clause with a subject of its own, when no verb stands between its subject and the cue.
    private func subordinateClauseStart(before cue: Int, floor: Int) -> Int? {
        let first = max(floor + 1, cue - 13)
        guard first < cue else { return nil }
        for opener in (first..<cue).reversed() where view.has(opener, .subordinator) {
            let subject = (opener + 1)..<cue
            guard subject.count >= 2, view.quoteOf[opener] < 0, view.isWord(opener - 1),
                  !subject.contains(where: { view.has($0, [.finiteVerb, .be, .auxiliary]) || view.quoteOf[$0] >= 0 })
            else { return nil }
            return opener + 1
        }
        return nil
    }

    /// Where a clause with a subject of its own starts after a comma and the word that joins it (", and",
    /// ", while", ", as", ", even as", ", just as"), or nil when no such word follows the comma.
    private func joinedClause(afterComma comma: Int) -> Int? {
        var joiner = comma + 1
        guard joiner + 1 < view.count else { return nil }
        if Self.focusParticles.contains(view.lower[joiner]) && view.isLower(joiner + 1, "as") { joiner += 1 }
        if view.has(joiner, .joining) && joiner == comma + 1 || Self.subordinatorsWithSubject.contains(view.lower[joiner]) {
            return joiner + 1
        }
        // "…at a fundraiser on Feb. 27, in which Adelson said …", "…, where the mayor told reporters …": a relative
        // clause with a preposition or "where" has a subject of its own.
        if joiner == comma + 1, view.has(joiner, .preposition), view.isLower(joiner + 1, "which") || view.isLower(joiner + 1, "whom"),
           joiner + 2 < view.count {
            return joiner + 2
        }
        if joiner == comma + 1, view.isLower(joiner, "where") { return joiner + 1 }
        return nil
    }

    /// ", and Marta Diaz said …", ", as parents complained that …" inside a clause: the comma before a
    /// conjunction whose clause opens with a speaker and a cue. Without the comma ("… would ruin their grounds
    /// and shopkeepers argued that …") the conjunction itself, when the cue takes "that" and the clause before
    /// it is long enough to be one ("Ann and Bob said that …" joins two subjects).
    private func coordinatedReport(in clause: Range<Int>) -> Int? {
        for cut in clause where cut + 2 < clause.upperBound && view.quoteOf[cut] < 0 {
            let hasComma = view.isComma(cut)
            // "…, though she concedes it will take years": a concession joins a report of its own as "but" does.
            let joined = hasComma ? joinedClause(afterComma: cut) : nil
            guard hasComma ? joined != nil : view.has(cut, .andBut) && view.wordCount(clause.lowerBound..<cut) >= 4
            else { continue }
            let start = joined ?? cut + 1
            // "…, while his neighbour, retired teacher Anjali Shah, countered that …": a subject with an apposition
            // may take a dozen tokens.
            for cue in start..<min(clause.upperBound, start + 12) {
                guard let (found, length) = view.cue(at: cue, within: clause.upperBound) else { continue }
                // "…, as parents in the worst-hit districts complained that …": a verb of manner reports a clause
                // after "that".
                let thatFollows = cue + length < clause.upperBound && view.isLower(cue + length, "that")
                guard hasComma ? reportsCoordinatedClause(found, after: cue + length, end: clause.upperBound)
                               : (found.kind == .verb || found.kind == .object) && thatFollows
                else { break }
                // "…, while Ola Berg, an independent analyst, argued …": the name before an apposition is the subject.
                let phrase = (reader.postmodifiedSubject(start: start, cue: cue) ?? reader.before(cue, floor: start))
                    .map { reader.namedInApposition(to: $0, floor: start) ?? $0 }
                // "…, while his neighbour, Fenna Roos, countered …": the name set off after a description speaks.
                if let phrase, phrase.tokens.lowerBound == start
                    || view.isComma(phrase.tokens.lowerBound - 1) && !(start..<phrase.tokens.lowerBound).contains(where: isVerb) {
                    return cut
                }
                break
            }
        }
        return nil
    }

    /// Whether a cue joined to a clause reports a clause of its own: a verb of saying does; a verb of manner or
    /// of demand only when "that" opens its clause ("…, and urged that everyone stay calm", "and shouted that …"),
    /// since "and urged calm" or "and shouted at him" reports nothing more.
    private func reportsCoordinatedClause(_ cue: QuoteLexicon.Cue, after cueEnd: Int, end: Int) -> Bool {
        switch cue.kind {
        case .verb, .object: true
        case .direct: opensThatClause(after: cueEnd, cue: cue, end: end)
        // "… and questioned whether the growth could last": a question reported by its clause.
        case .content: opensThatClause(after: cueEnd, cue: cue, end: end) || asksToAct(after: cueEnd, end: end)
            || cueEnd + 2 < end && view.isLower(cueEnd, "whether")
        default: false
        }
    }

    /// "… and urged the airline to pay them quickly": an object and an infinitive after a verb of demand say what
    /// was asked.
    private func asksToAct(after start: Int, end: Int) -> Bool {
        guard let to = (start..<min(end, start + 6)).first(where: { view.isLower($0, "to") }), to > start,
              (start..<to).allSatisfy({ view.isWord($0) && !isVerb($0) && view.quoteOf[$0] < 0 })
        else { return false }
        return reader.opensInfinitive(to + 1, end: end)
    }

    /// ", but warned that …" / "and added that …" inside a clause: the comma or conjunction, the cue, and the
    /// clause that follows it.
    private func coordinatedCue(in clause: Range<Int>) -> (comma: Int, cue: Range<Int>, clause: Range<Int>)? {
        guard let (cut, cueRange, cue) = firstCoordinatedCue(in: clause, where: { cue, cueEnd, _ in
            reportsCoordinatedClause(cue, after: cueEnd, end: clause.upperBound)
        }) else { return nil }
        let start = skipToClause(after: cueRange.upperBound, cue: cue, end: clause.upperBound)
        return (cut, cueRange, start..<clause.upperBound)
    }

    /// "said the offers were under consideration but declined to give a timetable", "… and would not say when":
    /// "and" or "but" with no subject of its own, then a refusal or a withheld detail, is the speaker's own
    /// predicate, not part of what was reported; where the report ends (its comma, if one comes first).
    private func withheldDetail(in clause: Range<Int>) -> Int? {
        for index in clause where index > clause.lowerBound && view.has(index, .andBut) && view.quoteOf[index] < 0 {
            var verb = index + 1
            while verb < clause.upperBound && view.has(verb, .intervener) && !view.has(verb, .auxiliary) {
                verb += 1
            }
            guard verb + 1 < clause.upperBound else { return nil }
            let word = view.lower[verb], next = view.lower[verb + 1]
            // "would not say", "cannot comment", "wouldn't say" (one token).
            let contracted = word == "cannot" || word.hasSuffix("n't") || word.hasSuffix("n’t")
            let negated = contracted ? verb + 1 : Self.negatedHelpers.contains(word) && next == "not" ? verb + 2 : nil
            let withholds = (Self.refusals.contains(word) && next == "to")
                || (Self.givingVerbs.contains(word) && next == "no")
                || negated.map { $0 < clause.upperBound && Self.detailVerbs.contains(view.lower[$0]) } ?? false
            guard withholds else { continue }
            return view.isComma(index - 1) ? index - 1 : index
        }
        return nil
    }

    /// "Both sides said they were willing to return to talks, but no date has been set": after a cue in the past, a
    /// report whose verb is shifted back into the past ("were", "would") ends where ", but" or ", and" opens a clause
    /// with its own subject and a verb in the present ("has been set", "are not convinced"): the writer speaks there
    /// of the time of writing. ("…, but it needed paint" keeps the past and stays reported.) The comma's index.
    private func presentClauseAfterBackshift(in clause: Range<Int>, cue: String) -> Int? {
        func isFinite(_ index: Int) -> Bool { view.has(index, [.finiteVerb, .ed, .simplePast]) || Self.shiftedForms.contains(view.lower[index]) }
        guard let verb = clause.first(where: { view.quoteOf[$0] < 0 && isFinite($0) }),
              Self.shiftedForms.contains(view.lower[verb]) || view.has(verb, [.ed, .simplePast])
        else { return nil }
        for comma in (verb + 1)..<clause.upperBound where view.isComma(comma) && view.quoteOf[comma] < 0 {
            let subject = comma + 2
            guard subject < clause.upperBound, view.has(comma + 1, .andBut), !view.has(subject, [.finiteVerb, .ed, .simplePast, .adverb]),
                  let present = (subject..<min(clause.upperBound, subject + 6)).first(where: { isFinite($0) || !view.isWord($0) }),
                  present > subject, Self.presentForms.contains(view.lower[present]),
                  (subject..<present).allSatisfy({ view.isWord($0) && view.quoteOf[$0] < 0 })
            else { continue }
            // Asked last: the cue is looked for among the words around the clause.
            return isPastCue(cue, near: clause) ? comma : nil
        }
        return nil
    }

    /// Finite forms a report takes when shifted back into the past after a past cue.
    private static let shiftedForms: WordSet = [
        "was", "were", "had", "would", "could", "might", "did", "wasn't", "weren't", "hadn't", "wouldn't", "couldn't", "didn't",
        "wasn’t", "weren’t", "hadn’t", "wouldn’t", "couldn’t", "didn’t",
    ]

    /// Finite forms of the present, which a shifted report does not take.
    private static let presentForms: WordSet = [
        "is", "are", "has", "have", "does", "do", "will", "can", "isn't", "aren't", "hasn't", "haven't", "doesn't", "don't",
        "won't", "can't", "isn’t", "aren’t", "hasn’t", "haven’t", "doesn’t", "don’t", "won’t", "can’t",
    ]

    /// Whether the cue that reports `clause` is a past form: its first word, found next to the clause, is one.
    private func isPastCue(_ cue: String, near clause: Range<Int>) -> Bool {
        // Compared as written: asked of every report, it allocates nothing (a cue that opens a sentence capitalized
        // is looked up lowercase).
        var first = cue.prefix { $0 != " " }
        if first.first?.isUppercase == true { first = Substring(first.lowercased()) }
        let before = (max(0, clause.lowerBound - 16)..<clause.lowerBound).reversed()
        let after = clause.upperBound..<min(view.count, clause.upperBound + 16)
        guard let token = before.first(where: { view.lower[$0] == first }) ?? after.first(where: { view.lower[$0] == first }) else { return false }
        return view.has(token, [.ed, .irregularPast, .simplePast]) || first == "said"
    }

    /// "said the firm would cut costs but ruled out job losses": when the reported clause's verb is a modal and a
    /// bare verb, "and" or "but" before a past form with its object opens the speaker's next predicate, since no
    /// modal takes a past form ("would ruled"); the report ends there (at its comma, if one comes first). With a
    /// perfect the past form may share the auxiliary ("would have closed two plants and sold the rest").
    private func pastPredicateAfterModal(in clause: Range<Int>) -> Int? {
        // Asked of every reported clause: the coordinated past form, a test of bits, is looked for before the modal.
        func opensPastPredicate(_ index: Int) -> Bool {
            let past = index + 1
            guard view.has(index, .andBut), view.quoteOf[index] < 0, past + 1 < clause.upperBound, !view.isCapitalized(past),
                  view.has(past, [.ed, .irregularPast, .simplePast])
            else { return false }
            return view.has(past + 1, [.determiner, .possessive, .article]) || Self.particles.contains(view.lower[past + 1])
                || view.isLower(past + 1, "to") || view.isLower(past + 1, "that")
        }
        guard let first = clause.first(where: opensPastPredicate),
              let modal = clause.prefix(8).first(where: { Self.modals.contains(view.lower[$0]) && view.quoteOf[$0] < 0 })
        else { return nil }
        var verb = modal + 1
        while verb < clause.upperBound && view.has(verb, [.negator, .adverb]) { verb += 1 }
        guard verb < clause.upperBound, !view.has(verb, [.ed, .ing, .irregularPast, .be, .auxiliary]), !view.isLower(verb, "have"),
              let index = ((max(first, verb + 1))..<clause.upperBound).first(where: opensPastPredicate)
        else { return nil }
        return view.isComma(index - 1) ? index - 1 : index
    }

    private static let modals: WordSet = ["would", "will", "could", "can", "should", "might", "may", "must"]

    private static let refusals: WordSet = ["declined", "refused", "declines", "refuses", "declining", "refusing"]
    private static let givingVerbs: WordSet = ["gave", "offered", "provided", "gives", "offers", "provides"]
    private static let negatedHelpers: WordSet = ["would", "will", "did", "does", "do", "could", "can"]
    /// What a speaker "would not" do with details: say, give or share them.
    private static let detailVerbs: WordSet = [
        "say", "comment", "give", "elaborate", "disclose", "specify", "discuss", "reveal", "name", "confirm", "identify",
        "explain", "speculate", "provide", "share", "answer",
    ]

    /// Where "and" or "but" and a cue of any kind ("and called", "but described") cut the words before a quote.
    private func coordinatedFrame(in words: Range<Int>) -> Int? {
        firstCoordinatedCue(in: words, where: { _, _, conjunction in conjunction > words.lowerBound })?.cut
    }

    /// The first "and" or "but" in `words` followed (past any interveners) by a cue that `accepts` (given the cue,
    /// where it ends and where the conjunction stands): where the words before it end (its comma, if one comes
    /// first), the cue's tokens and the cue.
    @inline(__always)
    private func firstCoordinatedCue(
        in words: Range<Int>, where accepts: (QuoteLexicon.Cue, _ cueEnd: Int, _ conjunction: Int) -> Bool
    ) -> (cut: Int, cue: Range<Int>, QuoteLexicon.Cue)? {
        for index in words where view.has(index, [.andBut, .sequenceThen]) && index + 1 < words.upperBound {
            if view.has(index, .sequenceThen) && !isCommaThen(index) { continue }
            var cueStart = index + 1
            while cueStart < words.upperBound && view.has(cueStart, .intervener) { cueStart += 1 }
            guard cueStart < words.upperBound, let (cue, length) = view.cue(at: cueStart, within: words.upperBound),
                  accepts(cue, cueStart + length, index)
            else { continue }
            let cut = index - 1 >= words.lowerBound && view.isComma(index - 1) ? index - 1 : index
            return (cut, cueStart..<(cueStart + length), cue)
        }
        return nil
    }

    /// A reported clause holding quote marks is left to the partial quote inside it, unless the marks come
    /// after a comma that ends the clause ("…, telling reporters “…”"); then the clause stops there.
    private func clauseBeforeQuotes(_ clause: Range<Int>) -> Range<Int>? {
        // A title inside the clause is one of its words ("… named the best pupil in a class, “Logic 101,” because …").
        let opensWithMarks = !clause.isEmpty && view.quoteOf[clause.lowerBound] >= 0
        guard let firstQuoted = clause.first(where: { view.quoteOf[$0] >= 0 && (opensWithMarks || !titleSpans.contains(view.quoteOf[$0])) })
        else { return clause }
        // "Strand said the levy would go: “We cannot keep it.”": one cue serves the clause and the quote the
        // colon introduces.
        if firstQuoted - 1 > clause.lowerBound, view.isByte(firstQuoted - 1, UInt8(ascii: ":")),
           view.wordCount(clause.lowerBound..<(firstQuoted - 1)) >= 3 {
            return clause.lowerBound..<(firstQuoted - 1)
        }
        // "… said that crews would stay and warned: “…”": a second cue of the same subject introduces the
        // quote, and the clause ends before it.
        if let split = coordinatedCue(in: clause.lowerBound..<firstQuoted), view.wordCount(clause.lowerBound..<split.comma) >= 3 {
            return clause.lowerBound..<split.comma
        }
        // "insisted the players shared the blame and called the timing “cowardly”": a second cue that frames the
        // marks ends the clause before it too.
        if let cut = coordinatedFrame(in: clause.lowerBound..<firstQuoted), view.wordCount(clause.lowerBound..<cut) >= 3 {
            return clause.lowerBound..<cut
        }
        // "said that it respected the verdict and that its “thoughts remain with the families”": two reported
        // clauses joined by "and that"; the first, with no marks, reports on its own.
        if let join = (clause.lowerBound..<firstQuoted).first(where: {
               $0 + 1 < firstQuoted && view.has($0, .andBut) && view.isLower($0 + 1, "that")
           }), view.wordCount(clause.lowerBound..<join) >= 3 {
            return clause.lowerBound..<join
        }
        // "said the so-called “night of poets” had drawn …": marks that gave no quote (a label held at a distance)
        // are words of the clause.
        if firstQuoted > clause.lowerBound, !clause.contains(where: { view.quoteOf[$0] >= 0 && isReported(span: view.quoteOf[$0]) }) {
            return clause
        }
        // "said he had reached a “new low”", "is hiring “dozens” of drivers, according to …": a fragment in marks
        // inside the clause is reported as the partial quote it is, and the clause reports only up to a comma before
        // it, as when the cue itself attributes the fragment (news annotation marks the fragment, not the clause
        // around it).
        // Only a comma that opens a new clause counts, not one inside a list ("unity, prudence and …"); the
        // last such one before the marks ("the plan failed, adding, “…”" ends at "failed"). A relative clause
        // set off by it has words in marks of its own ("would spend it on buses, which she called “…”").
        guard let comma = (clause.lowerBound..<firstQuoted).last(where: {
                  view.isComma($0) && $0 + 1 < firstQuoted
                      && (view.has($0 + 1, [.ing, .conjunction, .relativePronoun]) || view.isLower($0 + 1, "which"))
              }),
              view.wordCount(clause.lowerBound..<comma) >= 3
        else { return nil }
        return clause.lowerBound..<comma
    }

    /// Whether a cue stands right before the opening mark at `open`, perhaps with a comma or colon between.
    private func followsItsCue(_ open: Int) -> Bool {
        var before = open - 1
        if before >= 1 && view.quoteOf[before] < 0 && view.isPunctuation(before, ",:") { before -= 1 }
        return before >= 0 && view.quoteOf[before] < 0 && (max(0, before - 2)...before).contains { view.cue(at: $0, within: before + 1) != nil }
    }

    /// "Some complain, she says, but most come back", "…, says Trelawny, but …": words after a cue that open with an
    /// attribution set off by commas are no object of that cue; the attribution reports the words around it.
    private func opensWithSetOffAttribution(_ clause: Range<Int>) -> Bool {
        guard clause.count >= 3, clause.lowerBound > 0, view.isComma(clause.lowerBound - 1) else { return false }
        let first = clause.lowerBound
        // "she says,", "Kolar says,"
        if let phrase = reader.after(first, limit: clause.upperBound), phrase.tokens.lowerBound == first,
           phrase.form == .pronoun || phrase.form == .name, phrase.tokens.upperBound < clause.upperBound,
           let (_, length) = view.cue(at: phrase.tokens.upperBound, within: clause.upperBound),
           phrase.tokens.upperBound + length < clause.upperBound, view.isComma(phrase.tokens.upperBound + length) {
            return true
        }
        // "says Trelawny,"
        if let (_, length) = view.cue(at: first, within: clause.upperBound), first + length < clause.upperBound,
           let phrase = reader.after(first + length, limit: clause.upperBound), phrase.tokens.lowerBound == first + length,
           phrase.form == .name || phrase.form == .pronoun, phrase.tokens.upperBound < clause.upperBound, view.isComma(phrase.tokens.upperBound) {
            return true
        }
        return false
    }

    /// Whether the words in the marks of span `index` were given as a quote.
    private func isReported(span index: Int) -> Bool {
        let inner = spans[index].inner
        return quotes.contains { $0.span.utf8.overlaps(inner) }
    }

    /// Whether the clause's last token is the closing mark of a quote that opens inside the clause (marks
    /// belong to their quote's tokens).
    private func closesQuoteOpened(in clause: Range<Int>) -> Bool {
        let last = clause.upperBound - 1
        guard last > clause.lowerBound else { return false }
        let quote = view.quoteOf[last]
        guard quote >= 0, view.has(last, .closingMark), view.quoteOf[clause.lowerBound] != quote else { return false }
        return last + 1 >= view.count || view.quoteOf[last + 1] != quote
    }

    private func trimmedClause(_ clause: Range<Int>) -> Range<Int> {
        var clause = clause
        while clause.lowerBound < clause.upperBound && (view.isComma(clause.lowerBound) || isListBullet(clause.lowerBound)) {
            clause = (clause.lowerBound + 1)..<clause.upperBound
        }
        while clause.upperBound > clause.lowerBound && view.document.tokens[clause.upperBound - 1].kind == .punctuation {
            // "he had reached a “new low.”": the closing mark of a fragment the clause opened stays with it.
            if closesQuoteOpened(in: clause) { break }
            // "grow by about 6%": a percent sign belongs to its number.
            if isPercentOfNumber(clause.upperBound - 1) { break }
            clause = clause.lowerBound..<(clause.upperBound - 1)
        }
        return clause
    }

    /// "• Work starts in the autumn, officials said.": a bullet that opens a sentence marks a list item and is no
    /// part of what was said.
    private func isListBullet(_ index: Int) -> Bool {
        view.opensSentence(index) && view.quoteOf[index] < 0 && Self.bullets.contains(view.words[index])
    }

    private static let bullets: Set<String> = ["•", "◦", "▪", "‣", "●", "*", "-", "–", "—"]

    /// A percent sign written against the number before it.
    private func isPercentOfNumber(_ index: Int) -> Bool {
        // The number test first: it rules out nearly every token without reading its text.
        index > 0 && view.document.tokens[index - 1].kind == .number && view.isByte(index, UInt8(ascii: "%"))
            && view.document.tokens[index - 1].span.utf8.upperBound == view.document.tokens[index].span.utf8.lowerBound
    }

    /// A trailing ", RIA Novosti reported" or ", according to AFP" names the outlet that relays the report and
    /// is no part of what was said: the clause without it, and the outlet.
    /// A trailing ", she added" names whom the words are owed to again and is no part of them either.
    private func withoutOutletTail(_ clause: Range<Int>) -> (clause: Range<Int>, outlet: String?) {
        guard let comma = clause.last(where: { view.isComma($0) && $0 > clause.lowerBound }) else { return (clause, nil) }
        if let outlet = trailingSource((comma + 1)..<clause.upperBound) { return (clause.lowerBound..<comma, outlet) }
        return isPronounAttribution((comma + 1)..<clause.upperBound) ? (clause.lowerBound..<comma, nil) : (clause, nil)
    }

    /// "she added", "he told reporters on Monday": a personal pronoun, a cue, and nothing but an addressee and
    /// the setting after it.
    private func isPronounAttribution(_ tail: Range<Int>) -> Bool {
        guard tail.count >= 2, view.quoteOf[tail.lowerBound] < 0, view.wordKinds[tail.lowerBound] == .pronoun,
              let (cue, length) = view.cue(at: tail.lowerBound + 1, within: tail.upperBound), [.verb, .object, .report].contains(cue.kind)
        else { return false }
        let afterCue = tail.lowerBound + 1 + length
        return afterCue == tail.upperBound || isAttributionTail(skipAddressee(after: afterCue, cue: cue, end: tail.upperBound)..<tail.upperBound)
    }

    /// The outlet a trailing ", RIA Novosti reported" or ", according to AFP" names. A tail that opens with
    /// a conjunction, or reports words of its own after its cue, is another report ("…, and Ms. Berg said
    /// they would rise"), not a source.
    private func trailingSource(_ tail: Range<Int>) -> String? {
        guard !tail.isEmpty, view.wordCount(tail) <= 8, !view.has(tail.lowerBound, .coordinator) else { return nil }
        if view.isLower(tail.lowerBound, "according"), tail.count > 2, let phrase = reader.after(tail.lowerBound + 2, limit: tail.upperBound) {
            return phraseName(phrase)
        }
        for index in tail {
            if let (cue, length) = view.cue(at: index, within: tail.upperBound), cue.kind == .report || cue.kind == .verb {
                if let subject = reader.before(index, floor: tail.lowerBound) {
                    return onlySetting(after: index + length, end: tail.upperBound) ? phraseName(subject) : nil
                }
                guard let outlet = reader.after(index + length, limit: tail.upperBound),
                      onlySetting(after: outlet.tokens.upperBound, end: tail.upperBound)
                else { return nil }
                return phraseName(outlet)
            }
        }
        return nil
    }

    /// Whether nothing but time and setting words ("on Monday", "in a statement") stand in `start..<end`.
    private func onlySetting(after start: Int, end: Int) -> Bool {
        (start..<end).allSatisfy { view.has($0, [.settingWord, .dayWord]) || !view.isWord($0) }
    }

    // MARK: - Attribution

    struct Attribution {
        /// Nil when the cue's subject is a pronoun with no antecedent: the words are reported, by nobody named.
        var speaker: Speaker?
        var entity: Int?
        var cue: String?
        var source: String?
        /// The cue's first token, when a cue attributes.
        var cueToken: Int?
    }

    /// "When the council announced that the library would close, Hamid Sadiq assured residents that “…”": a cue
    /// in a subordinate clause that opens the sentence is that clause's own, when the main clause after its comma
    /// has a cue before `limit`. So is one in a passive introduction ("Asked what he would tell them, Lindqvist
    /// said he would “…”"): it tells what the speaker was asked.
    private func isInOpeningSubordinate(_ cue: Int, before limit: Int) -> Bool {
        let first = openingClauseStart(before: cue)
        guard first < cue, view.has(first, .subordinator) || Self.subordinatingWords.contains(view.lower[first])
                || opensPassiveIntroduction(first),
              let comma = (cue..<limit).first(where: isClauseComma)
        else { return false }
        // "While Sullivan praised the article as “terrific,” Clinton fixates on the “pivot” line": the main clause
        // has a subject of its own, whose words the later marks are; "As Ortega put it, the plan is “bold”" lets
        // the subordinate clause frame them.
        return ((comma + 1)..<limit).contains { view.cue(at: $0, within: limit) != nil }
            || !view.isLower(first, "as") && view.quoteOf[first] < 0 && !(first..<cue).contains(where: isClauseComma)
                && view.wordCount((comma + 1)..<limit) >= 2
    }

    /// Where the clause holding `cue` opens the sentence: the sentence's first word, or the first after an opening
    /// phrase with no finite verb ("Besides praising the mayor, while the crowd jeered, Haldane insisted …"), so a
    /// subordinate clause second in line still opens the sentence.
    private func openingClauseStart(before cue: Int) -> Int {
        let first = view.document.sentences[view.sentenceOf[cue]].tokens.lowerBound
        guard first < cue, !view.has(first, .subordinator), !Self.subordinatingWords.contains(view.lower[first]),
              let comma = (first..<cue).first(where: isClauseComma), comma + 1 < cue,
              !(first..<comma).contains(where: { view.has($0, .finiteVerb) })
        else { return first }
        return comma + 1
    }

    /// A comma that can end a clause: one outside marks, or one that the closing mark follows at once, as the
    /// American style puts it ("While Ortega praised the plan as “bold,” Varga said …").
    private func isClauseComma(_ index: Int) -> Bool {
        guard view.isComma(index) else { return false }
        let span = view.quoteOf[index]
        return span < 0 || spanTokens[span].inner.upperBound == index + 1 && spanTokens[span].close == index + 1
    }

    /// "Another analyst, who asked not to be named because his firm advises the company, called the results “…”": a
    /// cue inside a relative clause set off by commas is that clause's own when the main clause's cue follows the
    /// clause's closing comma.
    private func isInSetOffRelative(_ cue: Int, frame: Range<Int>) -> Bool {
        guard let relative = (frame.lowerBound..<cue).last(where: { view.isComma($0) || view.has($0, .relativePronoun) || view.isLower($0, "which") }),
              relative > frame.lowerBound, view.isComma(relative - 1), !view.isComma(relative),
              let closing = ((cue + 1)..<frame.upperBound).first(where: { view.isComma($0) && view.quoteOf[$0] < 0 })
        else { return false }
        return ((closing + 1)..<frame.upperBound).contains { view.cue(at: $0, within: frame.upperBound) != nil }
    }

    /// The speaker named next to a cue in `frame`; an outlet ("according to AFP") speaks only when no one
    /// else does, and is the source otherwise. `following` says the frame comes after the quote's marks.
    private mutating func attribution(in frame: Range<Int>, partial: Bool, following: Bool = false) -> Attribution? {
        // "said the board had met Ines Varga, who called the plan “reckless”": a relative clause that runs on into
        // the marks frames them, and its cue speaks before any earlier one.
        if partial && !following, let relative = relativeClauseIntoMarks(frame) ?? participleClauseIntoMarks(frame) ?? joinedCueIntoMarks(frame),
           let found = attribution(in: frame, fromCueAt: relative, partial: true, following: false) {
            return found
        }
        return attribution(in: frame, fromCueAt: frame.lowerBound, partial: partial, following: following)
    }

    /// "“Do not wait,” Ana Lutz urged residents.", "“You lied,” she accused.": a verb of urging, accusing or judging
    /// says who spoke a whole sentence in marks when it follows them at once, with only its subject before it and at
    /// most a short object after it; elsewhere such a verb frames fragments only ("urged residents to “stay calm”").
    private func trailsSpokenWords(cue: Int, length: Int, frame: Range<Int>) -> Bool {
        guard frame.lowerBound >= 2, view.isPunctuation(frame.lowerBound - 2, ",!?"),
              let subject = reader.before(cue, floor: frame.lowerBound), subject.tokens.lowerBound == frame.lowerBound
        else { return false }
        let objectEnd = ((cue + length)..<frame.upperBound).first { !view.isWord($0) } ?? frame.upperBound
        let rest = (cue + length)..<objectEnd
        // "“Is that fair?” Justice Ortiz asked a lawyer for the state.": a longer object may be a person described.
        return view.wordCount(rest) <= 3 && !rest.contains { view.isLower($0, "that") || view.isLower($0, "to") || view.has($0, .finiteVerb) }
            || personObjectEnd(from: cue + length, limit: frame.upperBound).map { $0 >= objectEnd } ?? false
    }

    /// "“I never said that,” Kane insisted, adding that his words had been “twisted.”": a participle of saying
    /// after a comma, whose that-clause runs unbroken into the marks, frames them rather than the cue before it.
    private func participleClauseIntoMarks(_ frame: Range<Int>) -> Int? {
        guard let that = frame.last(where: { view.isLower($0, "that") }), that - 2 > frame.lowerBound,
              view.isComma(that - 2), view.has(that - 1, .ing), view.cue(at: that - 1, within: frame.upperBound) != nil,
              runsUnbrokenIntoMarks(from: that, frame: frame)
        else { return nil }
        return that - 1
    }

    /// "… told reporters that the president was “…” and urged the Senate to “try again”": a past-tense cue joined by
    /// "and" to the predicate before, running unbroken into the marks, frames them.
    private func joinedCueIntoMarks(_ frame: Range<Int>) -> Int? {
        guard let and = frame.last(where: { view.isLower($0, "and") && view.quoteOf[$0] < 0 }), and > frame.lowerBound,
              and + 2 < frame.upperBound, view.has(and + 1, [.ed, .irregularPast]), view.cue(at: and + 1, within: frame.upperBound) != nil,
              (frame.lowerBound..<and).contains(where: { view.cue(at: $0, within: and) != nil }),
              runsUnbrokenIntoMarks(from: and + 1, frame: frame)
        else { return nil }
        return and + 1
    }

    /// Whether the words of `frame` from `start` to the marks after it hold no comma and no words in marks: one
    /// clause running into the marks.
    private func runsUnbrokenIntoMarks(from start: Int, frame: Range<Int>) -> Bool {
        !(start..<frame.upperBound).contains { view.isComma($0) || view.quoteOf[$0] >= 0 }
    }

    /// The relative pronoun after a comma, or after a preposition ("posted a video in which she accused …"), that
    /// opens a clause with a cue running unbroken to the end of `frame`.
    private func relativeClauseIntoMarks(_ frame: Range<Int>) -> Int? {
        guard let relative = frame.last(where: { view.has($0, .relativePronoun) || view.isLower($0, "which") }),
              relative > frame.lowerBound,
              view.isComma(relative - 1) || view.isLower(relative, "which") && view.has(relative - 1, .preposition),
              runsUnbrokenIntoMarks(from: relative, frame: frame),
              ((relative + 1)..<frame.upperBound).contains(where: { view.cue(at: $0, within: frame.upperBound) != nil })
        else { return nil }
        return relative
    }

    private mutating func attribution(in frame: Range<Int>, fromCueAt start: Int, partial: Bool, following: Bool) -> Attribution? {
        var outlet: (phrase: SpeakerPhrase, cue: String, kind: QuoteLexicon.CueKind)?
        var index = start
        while index < frame.upperBound {
            guard let (cue, length) = view.cue(at: index, within: frame.upperBound), !opensPassiveIntroduction(index),
                  !isHeadlinePassive(index) else {
                index += 1
                continue
            }
            defer { index += length }
            let cueText = view.phrase(index..<(index + length))
            switch cue.kind {
            case .source:
                // "In the words of its library strategy, branches are “…”": the source ends at the comma that sets it off.
                let setOff = ((index + length)..<frame.upperBound).first { view.isComma($0) && view.quoteOf[$0] < 0 } ?? frame.upperBound
                if outlet == nil, let phrase = documentHeadedSource(index + length, limit: setOff)
                    ?? sourcePhrase(after: index + length, limit: frame.upperBound) ?? citedSource(after: index + length, limit: setOff) {
                    outlet = (phrase, cueText, .source)
                }
            case .frame where !partial, .naming where !partial:
                continue
            case .content where !partial && !(following && trailsSpokenWords(cue: index, length: length, frame: frame)):
                continue
            case .verb, .object, .report, .frame, .naming, .content, .direct:
                // "thanked him for “four good years” and said …": a cue joined after a fragment in marks starts a
                // report of its own; the fragment is the sentence subject's.
                if partial && following && joinsPredicate(cue: index, floor: frame.lowerBound) {
                    continue
                }
                // "When reporters asked if he would run, Ferreira smiled and said, “…”": the main clause's cue frames
                // the words, whole sentences in marks as well as fragments.
                if isInOpeningSubordinate(index, before: frame.upperBound) { continue }
                // "went on to say that the decision was “…”": the infinitive's cue frames the words, not the verb before.
                if partial && index + length + 1 < frame.upperBound && view.isLower(index + length, "to")
                    && view.cue(at: index + length + 1, within: frame.upperBound) != nil {
                    continue
                }
                if partial && isInSetOffRelative(index, frame: frame) { continue }
                if partial && !following && opensFindingClause(after: index + length, open: frame.upperBound) { continue }
                // After "told" or "telling" comes the addressee, never the speaker; after a cue joined to an
                // earlier verb ("…, telling", "and said") the speaker is the sentence's subject. A subject with a
                // modifier ("An official who spoke anonymously said") is read whole before the plain readers,
                // which would take the modifier's last noun.
                // "DES MOINES, Iowa — Sen. Warren defended her plan, saying …": no subject is read into a dateline.
                // "criticized the plan, which an audit said was “…”": inside a relative clause that runs into the marks,
                // the subject is read after its pronoun first.
                let plain = (start > frame.lowerBound && start + 1 < index ? reader.before(index, floor: start + 1) : nil)
                    ?? reader.before(index, floor: afterDateline(frame.lowerBound, before: index))
                // "A spokeswoman for the firm, which runs forty ships, said …": the comma that closes a relative clause
                // is no clause start, so the sentence's own start is tried too.
                let subjectStart = clauseStart(ofSentenceAt: frame.lowerBound, before: index)
                // "One, who asked not to be named, said her staff were “exhausted”": a count of a group named before,
                // with its relative clause, as the reported clause reads it.
                // "Reuters quoted Ilse Marek as saying that talks had “…”": the one quoted speaks.
                var phrase = quotedPhrase(beforeParticiple: index)
                    ?? reader.countedGroup(start: frame.lowerBound, cue: index)
                    ?? reader.postmodifiedSubject(start: subjectStart, cue: index)
                    ?? (subjectStart > frame.lowerBound && opensWithSetOffRelative(frame.lowerBound...subjectStart)
                        ? reader.postmodifiedSubject(start: frame.lowerBound, cue: index) : nil)
                // "Arne Fleischmann, a former official who sits on the board, said": a modified phrase after a comma
                // may be the apposition of a name, which the plain reader takes whole.
                if let modified = phrase, let plain, plain.form == .name, plain.tokens.lowerBound < modified.tokens.lowerBound {
                    phrase = plain
                }
                // "One of the plaintiffs, a designer named Yusuf Adebayo, said": the name set off after it.
                phrase = phrase.map { reader.nameClosing($0, cue: index) ?? $0 }
                // "… appointed by Governor Ray Delgado, who told her to “…”": the antecedent of a relative pronoun set
                // off by a comma speaks words in marks after its cue, when no later cue comes between ("One farmer,
                // who asked not to be named, called it “…”").
                phrase = phrase ?? plain
                // "A statement from the family, released by police, said: “…”": a participle set off after the
                // subject ends no clause; the subject with its modifier is read from the sentence's start.
                if phrase == nil, subjectStart > frame.lowerBound, view.has(subjectStart, [.ed, .irregularPast]) {
                    phrase = reader.postmodifiedSubject(start: frame.lowerBound, cue: index)
                }
                // "provided a written statement, which said she “…”": a relative pronoun alone stands for its
                // antecedent, read below.
                if let relative = phrase, relative.tokens.count == 1, Self.relativeSubjects.contains(view.lower[relative.tokens.lowerBound]) {
                    phrase = nil
                }
                // "blasted out an email to supporters stating, “…”": the addressee of a message is not the subject of
                // the participle after it.
                if phrase != nil, view.has(index, .ing), index > frame.lowerBound, !view.isComma(index - 1),
                   messageBefore(participle: index) != nil {
                    phrase = nil
                }
                if phrase == nil, !following, let (antecedent, setOff) = relativeAntecedent(cue: index, floor: frame.lowerBound), setOff,
                   !((index + length)..<frame.upperBound).contains(where: { view.cue(at: $0, within: frame.upperBound) != nil }) {
                    phrase = antecedent
                }
                if phrase == nil, let subject = participleSubject(cue: index) {
                    usedCues.insert(index)
                    return Attribution(speaker: subject.speaker, entity: subject.entity, cue: cueText, source: nil, cueToken: index)
                }
                if phrase == nil && ![.frame, .naming, .content, .object].contains(cue.kind) {
                    // "“…,” said late Monday Aurelia Castiglione": a time may stand between the cue and the speaker.
                    var speakerStart = index + length
                    while speakerStart < frame.upperBound && speakerStart - index - length < 3 && view.has(speakerStart, .dayWord)
                        && !view.isLower(speakerStart, "on") {
                        speakerStart += 1
                    }
                    phrase = reader.after(speakerStart, limit: frame.upperBound) ?? reader.after(index + length, limit: frame.upperBound)
                    // "…, Ola, said the squad “simply doesn't care”": a phrase running into the fragment is the
                    // subject of the reported words, not an inverted speaker.
                    if partial, let after = phrase, after.tokens.upperBound == frame.upperBound { phrase = nil }
                    // "…, said the firm was “drawing up plans”": a phrase that a verb follows is the reported clause's
                    // subject (a pronoun there mostly is the speaker again: "Lund said she would “…”").
                    if let after = phrase, after.form != .pronoun, after.tokens.upperBound < frame.upperBound,
                       view.has(after.tokens.upperBound, [.finiteVerb, .be, .auxiliary]) {
                        phrase = nil
                    }
                }
                guard let phrase else { continue }
                if cue.kind == .report && outlet == nil {
                    outlet = (phrase, cueText, .report)
                    continue
                }
                guard let (speaker, entity) = resolve(phrase, cueKind: cue.kind) else { continue }
                usedCues.insert(index)
                // "thanked staff and said the ward was “a family”": the subject is the same, and the cue joined after
                // this one frames the words.
                let joined = partial && !following ? joinedCue(after: index + length, frame: frame) : nil
                return Attribution(speaker: speaker, entity: entity, cue: joined.map { view.phrase($0) } ?? cueText,
                                   source: outlet.flatMap { phraseName($0.phrase) }, cueToken: index)
            }
        }
        guard let outlet, let (speaker, entity) = resolve(outlet.phrase, cueKind: outlet.kind) else { return nil }
        return Attribution(speaker: speaker, entity: entity, cue: outlet.cue, source: nil)
    }

    /// The last cue of saying joined by "and" or "but" between `start` and the end of the frame, if any.
    private func joinedCue(after start: Int, frame: Range<Int>) -> Range<Int>? {
        guard start < frame.upperBound else { return nil }
        for index in (start..<(frame.upperBound - 1)).reversed() where view.has(index, .andBut) && view.quoteOf[index] < 0 {
            if let (cue, length) = view.cue(at: index + 1, within: frame.upperBound), [.verb, .object, .direct].contains(cue.kind) {
                return (index + 1)..<(index + 1 + length)
            }
        }
        return nil
    }

    /// "has apologised to its tenants after a survey found that the boilers were “…”": a subordinate clause between a
    /// cue and a fragment in marks, whose own verb (no cue) takes a "that" clause, holds the fragment; the cue before
    /// it frames nothing there.
    private func opensFindingClause(after start: Int, open: Int) -> Bool {
        guard let subordinator = (start..<open).first(where: { view.has($0, .subordinator) && view.quoteOf[$0] < 0 }),
              subordinator + 3 < open
        else { return false }
        return ((subordinator + 3)..<open).contains { index in
            view.isLower(index, "that") && view.has(index - 1, [.ed, .irregularPast, .simplePast])
                && view.cue(at: index - 1, within: open) == nil
        }
    }

    /// Whether the words open with a noun phrase and a relative clause set off by a comma after it ("A spokeswoman
    /// for Kvarne Ferries, which …"), not with a clause of their own ("She thanked the staff who …").
    private func opensWithSetOffRelative(_ words: ClosedRange<Int>) -> Bool {
        guard let relative = words.first(where: { view.has($0, .relativePronoun) || view.isLower($0, "which") }),
              relative - 1 > words.lowerBound, view.isComma(relative - 1)
        else { return false }
        return hasNoVerb(words.lowerBound..<(relative - 1))
    }

    /// "Asked by the host to respond to the criticism, Carson said …": the agent of a passive introduction asked
    /// what follows it, up to the introduction's comma.
    private mutating func reportAskedBy(_ sentence: Sentence) {
        let first = sentence.tokens.lowerBound
        guard first + 2 < sentence.tokens.upperBound, opensPassiveIntroduction(first), view.isLower(first + 1, "by"),
              let comma = ((first + 2)..<min(sentence.tokens.upperBound, first + 24)).first(where: { view.isComma($0) }),
              let agent = reader.after(first + 2, limit: comma), agent.tokens.lowerBound == first + 2,
              agent.tokens.upperBound < comma, ["to", "whether", "if", "about"].contains(view.lower[agent.tokens.upperBound])
        else { return }
        let clause = (view.isLower(agent.tokens.upperBound, "about") ? agent.tokens.upperBound + 1 : agent.tokens.upperBound)..<comma
        emitIndirect(clause: clause, phrase: agent, cue: view.words[first], cueKind: .verb, paragraph: sentence.paragraph, minimumWords: 2)
    }

    /// "Asked whether residents would sue, she said: …", "Pressed about the delay, …": a passive participle of
    /// saying that opens the sentence introduces it; it is no cue, and the words after it are no speaker.
    /// A time or place may come between the participle and the question ("Asked after the match whether …",
    /// "Pressed again at a news conference about …").
    private func opensPassiveIntroduction(_ index: Int) -> Bool {
        guard index + 1 < view.count && view.opensSentence(index) && view.has(index, [.ed, .irregularPast]) else { return false }
        if Self.passiveIntroductionWords.contains(view.lower[index + 1]) { return true }
        // "Asked once by a reporter whether …", "Pressed repeatedly about …": how often or how the question came.
        guard Self.questionSettingWords.contains(view.lower[index + 1]) || view.has(index + 1, .adverb) else { return false }
        for next in (index + 2)..<min(view.count, index + 9) {
            if view.isComma(next) || view.quoteOf[next] >= 0 || view.sentenceOf[next] != view.sentenceOf[index] { return false }
            if Self.askedMatterWords.contains(view.lower[next]) { return true }
        }
        return false
    }

    private static let questionSettingWords: WordSet = [
        "after", "during", "at", "again", "later", "repeatedly", "in", "twice", "afterwards", "before", "once", "earlier",
        "today", "yesterday", "last",
    ]
    /// What a question put to someone is about; after a setting, only these open it.
    private static let askedMatterWords: WordSet = ["whether", "if", "about", "what", "how", "why", "when", "who", "where"]

    private static let passiveIntroductionWords = askedMatterWords.union(["of", "that", "by", "for", "on"])

    private func pronounPhrase(_ index: Int) -> SpeakerPhrase? {
        // Optional so it can stand in a condition list.
        SpeakerPhrase(tokens: index..<(index + 1), name: index..<index, form: .pronoun, role: nil, head: view.lower[index],
                      isOrganization: false, isOutlet: false)
    }

    /// "Sanders stepped up his emphasis …, saying": a participle cue after a comma speaks for the
    /// sentence's subject.
    /// Also "Conway rejected the idea … and said that …": a cue coordinated with an earlier verb.
    private mutating func participleSubject(cue index: Int) -> (speaker: Speaker?, entity: Int?)? {
        guard index > 0 else { return nil }
        // The comma may stand inside the closing mark of a quote before it ("called it “bad,” adding …").
        // "…, eventually saying": a manner or time adverb may stand between the comma and the participle.
        let adverb = index > 1 && view.has(index - 1, .adverb) && view.isComma(index - 2) ? 1 : 0
        let commaBefore = view.isComma(index - 1 - adverb)
            || (index > 1 && view.has(index - 1, .closingMark) && view.isComma(index - 2))
        // "responded by saying that …", "while urging …"; and "issued a statement saying that …", "in an article
        // stating that …": the document's issuer, the sentence's subject, speaks.
        // "was quoted as saying that …", "is cited as saying …": the subject is who was quoted.
        let introduced = Self.participleIntroducers.contains(view.lower[index - 1])
            || SpeakerPhraseReader.documentNouns.contains(view.lower[index - 1])
            || index >= 2 && view.isLower(index - 1, "as") && isQuotedAs(index - 1)
            || isPerceivedSaying(index)
        let message = view.has(index, .ing) && !commaBefore && !introduced ? messageBefore(participle: index) : nil
        // "issued a statement that said …", "released a video which accuses …": a relative clause on a document
        // speaks for its issuer, as a participle after it does.
        // ("provided a written statement, which said …": also set off by a comma.)
        let documentNoun = index >= 4 && view.isLower(index - 1, "which") && view.isComma(index - 2) ? index - 3 : index - 2
        let relativeOnDocument = index >= 3 && (view.isLower(index - 1, "that") || view.isLower(index - 1, "which"))
            && SpeakerPhraseReader.documentNouns.contains(view.lower[documentNoun]) && view.quoteOf[documentNoun] < 0
            && issuingVerb(ofDocumentEndingAt: documentNoun) != nil
        let participle = view.has(index, .ing) && (commaBefore || introduced || message != nil) || relativeOnDocument
        // "… and has said that …", "and later said": an auxiliary or adverb may stand between the conjunction and the cue.
        let coordinated = joinsPredicate(cue: index, floor: 0)
        // "She went on to say that …": an infinitive cue speaks for the clause's subject; one that completes a
        // noun ("efforts to admit …", "his reluctance to affirm …", "new powers: to advise …") reports nothing.
        // "is said to have warned that …": a perfect infinitive, whose verb group ends before its "to".
        let perfect = index >= 3 && view.isLower(index - 1, "have") && view.isLower(index - 2, "to")
            && (view.has(index, [.ed, .irregularPast]) || view.isLower(index, "said"))
        let to = perfect ? index - 2 : index - 1
        let infinitive = (perfect || view.isLower(index - 1, "to") && !view.has(index, [.ing, .ed])) && to >= 1
            && !completesNoun(to - 1)
        // "Ukrinform quoted the prime minister as saying …": the one quoted speaks, not the outlet.
        if let quoted = quotedPhrase(beforeParticiple: index).flatMap({ resolvedSpeaker($0) }) { return quoted }
        // "Fans were furious, with one posting: “…”": an absolute phrase has its own subject.
        if let absolute = absoluteSubject(ofCue: index, floor: view.document.sentences[view.sentenceOf[index]].tokens.lowerBound),
           let subject = resolvedSpeaker(absolute) {
            return subject
        }
        // "Holm praised the bakery, noted that he had bought the mill, and boasted …": a past-tense cue and its
        // that-clause in a series of predicates after a comma, closed by "and" and the next predicate's verb.
        let listed = commaBefore && adverb == 0 && view.has(index, [.ed, .irregularPast]) && index + 2 < view.count
            && view.isLower(index + 1, "that") && view.quoteOf[index] < 0
            && seriesPredicate(after: index + 2, end: view.document.sentences[view.sentenceOf[index]].tokens.upperBound) != nil
        guard participle || coordinated || infinitive || listed else { return nil }
        if participle && commaBefore,
           let attributed = attributionSpeaker(endingAt: index - 1 - adverb) ?? invertedSpeaker(endingAt: index - 1 - adverb) {
            return attributed
        }
        // A pronoun with no antecedent there still is the speaker: the words are reported, by nobody named.
        if participle && commaBefore, let subject = setOffSubject(endingAt: index - 1 - adverb) {
            return resolvedSpeaker(subject).map { ($0.0, $0.1) } ?? (nil, nil)
        }
        if infinitive, let subject = subordinateSubject(ofVerb: to - 1) ?? continuingSubject(ofVerb: to - 1) { return subject }
        if case .from(let author)? = message {
            guard let phrase = reader.after(author.lowerBound, limit: author.upperBound), phrase.form != .pronoun else { return nil }
            return resolvedSpeaker(phrase)
        }
        // "Her remarks came after 31 MPs signed a letter warning that …": who issued the document, in the clause
        // the subordinator opens.
        if participle && !commaBefore && index >= 3 && SpeakerPhraseReader.documentNouns.contains(view.lower[index - 1])
            && view.has(index - 2, [.article, .possessive]) && view.has(index - 3, [.ed, .irregularPast]),
           let issuer = subordinateSubject(ofVerb: index - 3) {
            return issuer
        }
        if isPerceivedSaying(index), let perceived = passiveSubject(before: index - 1) { return perceived }
        if coordinated, let subject = coordinatedSubordinateSubject(cue: index) { return subject }
        if let subject = sentenceSubject(before: index) { return subject }
        // "He described the plan as “ambitious” but said it lacked detail": a personal pronoun that opens the
        // sentence and has no antecedent still reports, by nobody named, as "He said it lacked detail" does.
        if coordinated, case let start = view.document.sentences[view.sentenceOf[index]].tokens.lowerBound,
           Self.personalSubjects.contains(view.lower[start]), view.quoteOf[start] < 0, start + 1 < index,
           view.has(start + 1, [.ed, .irregularPast]) {
            return (nil, nil)
        }
        return participle ? issuer(ofParticipleAt: index) : nil
    }

    /// "Shares fell after the company lowered its forecast and said …": a cue joined by "and" to a predicate with
    /// an object, inside a clause a subordinator opens, has that clause's subject, not the sentence's. (Without an
    /// object, "He spoke after the meeting ended and said …", the cue may go on the sentence's predicate.)
    private mutating func coordinatedSubordinateSubject(cue index: Int) -> (speaker: Speaker, entity: Int?)? {
        let sentenceStart = view.document.sentences[view.sentenceOf[index]].tokens.lowerBound
        // Both predicates in the past: "acknowledging that X had … but warning" joins participles of the sentence's
        // subject.
        guard !view.has(index, .ing),
              let conjunction = (max(sentenceStart, index - 4)..<index).last(where: { view.has($0, .andBut) }),
              let verb = (max(sentenceStart, conjunction - 8)..<conjunction).last(where: {
                  view.isComma($0) || view.quoteOf[$0] >= 0 || view.has($0, [.ed, .irregularPast]) && !view.isCapitalized($0)
              }),
              view.has(verb, [.ed, .irregularPast]), verb + 1 < conjunction
        else { return nil }
        // A time subordinator opens the clause; a "that" or relative clause ("rejected the idea that the changes
        // amounted to … and said") is the object of the sentence's own verb.
        return subordinateSubject(ofVerb: verb, afterSubordinatorOnly: true)
    }

    /// Where ", and" and a past-tense verb with no subject of its own ("…, and boasted about his boat") close a
    /// series of predicates after `start`: the comma's position, or nil.
    private func seriesPredicate(after start: Int, end: Int) -> Int? {
        guard start < end else { return nil }
        return (start..<end).first { comma in
            comma + 2 < end && view.isComma(comma) && view.quoteOf[comma] < 0 && view.isLower(comma + 1, "and")
                && view.has(comma + 2, [.ed, .irregularPast]) && !view.isCapitalized(comma + 2)
        }
    }

    /// "“…,” he said, adding that …": a participle after the attribution of the quote just read speaks for that
    /// quote's speaker, named or described.
    private func attributionSpeaker(endingAt comma: Int) -> (speaker: Speaker, entity: Int?)? {
        guard let last = lastSpeaker, comma >= 2, view.quoteOf[comma] < 0,
              last.paragraph == view.document.sentences[view.sentenceOf[comma]].paragraph,
              let cue = (max(0, comma - 4)..<comma).last(where: { view.cue(at: $0, within: comma) != nil }),
              (cue..<comma).allSatisfy({ view.quoteOf[$0] < 0 }),
              // The quote is in the cue's sentence: after "… “destroy coastal communities.” Her Swedish counterpart
              // disagreed, arguing …" the participle is the new subject's.
              (max(0, cue - 6)..<cue).contains(where: { view.quoteOf[$0] >= 0 && view.sentenceOf[$0] == view.sentenceOf[comma] })
        else { return nil }
        return (last.speaker, last.entity)
    }

    /// "Talks resume Monday, said a spokeswoman for the ministry, adding that …", "Costs rose, said Moa Berg, noting
    /// that …": a participle after an inverted attribution of a clause speaks for the speaker that cue names, up
    /// to the comma (a short modifier included), whether or not the clause before was long enough to report.
    private mutating func invertedSpeaker(endingAt comma: Int) -> (speaker: Speaker, entity: Int?)? {
        guard comma >= 2, view.quoteOf[comma] < 0,
              let cue = (max(1, comma - 10)..<comma).first(where: { view.isComma($0 - 1) && view.cue(at: $0, within: comma) != nil }),
              let (found, length) = view.cue(at: cue, within: comma), found.kind != .content, found.kind != .naming,
              (cue..<comma).allSatisfy({ view.quoteOf[$0] < 0 }),
              let phrase = reader.after(cue + length, limit: comma),
              phrase.tokens.upperBound == comma || modifierEnd(at: phrase.tokens.upperBound, end: comma + 1) == comma,
              phrase.form == .name || reader.namesASpeaker(phrase)
        else { return nil }
        return resolvedSpeaker(phrase)
    }

    /// "The company had paid every fine, he insisted, adding that …": a participle after an attribution set off in
    /// subject-verb order speaks for that attribution's subject, not for the subject of the clause it reports.
    private func setOffSubject(endingAt comma: Int) -> SpeakerPhrase? {
        guard comma >= 3, view.quoteOf[comma] < 0,
              let opening = (max(0, comma - 10)..<(comma - 1)).last(where: { view.isComma($0) }),
              let (cue, found, length) = ((opening + 2)..<comma).lazy
                  .compactMap({ index in view.cue(at: index, within: comma).map { (index, $0.cue, $0.length) } }).first,
              found.kind != .content, found.kind != .naming,
              // "…, the company said on Thursday, blaming …": when it was said may stand after the cue, and so
              // may whom it was told or where ("she told the committee, adding …", "he said in a statement").
              cue + length == comma || isCueComplement((cue + length)..<comma),
              (opening..<comma).allSatisfy({ view.quoteOf[$0] < 0 }),
              let phrase = reader.before(cue, floor: opening + 1), phrase.tokens.lowerBound == opening + 1
        else { return nil }
        return phrase
    }

    /// A few words after a set-off cue that finish the attribution and say nothing more: an adverb, a day, the
    /// audience or the occasion ("on Thursday", "the committee", "in a statement on Friday"), with no verb.
    private func isCueComplement(_ words: Range<Int>) -> Bool {
        words.count <= 5 && !words.isEmpty && words.allSatisfy { index in
            view.quoteOf[index] < 0 && !view.has(index, [.finiteVerb, .be, .ed, .ing, .irregularPast, .relativePronoun, .conjunction, .coordinator])
                && !view.isLower(index, "that") && !Self.personalSubjects.contains(view.lower[index])
        }
    }

    /// "quoted the prime minister as saying …", "quotes the chief executive saying …": the phrase of the object
    /// of an active "quoted" or "cited" before the participle cue at `index`, with or without "as".
    private func quotedPhrase(beforeParticiple index: Int) -> SpeakerPhrase? {
        guard index >= 3, view.has(index, .ing) else { return nil }
        return quotedPhrase(before: view.isLower(index - 1, "as") ? index - 1 : index)
    }

    /// The phrase of the object of an active "quoted" or "cited" that ends before `asIndex`.
    private func quotedPhrase(before asIndex: Int) -> SpeakerPhrase? {
        guard let verb = (max(0, asIndex - 14)..<asIndex).last(where: { ["quoted", "quotes", "cited", "cites"].contains(view.lower[$0]) }),
              verb + 1 < asIndex, !view.isPassive(verb),
              let phrase = reader.before(asIndex, floor: verb + 1), phrase.tokens.lowerBound == verb + 1
        else { return nil }
        return phrase
    }

    /// "was quoted as saying", "is quoted by the Courier as saying", "is quoted in the report as saying": a passive
    /// verb, perhaps with its agent or where the words appeared, before the "as" at `asIndex`. So is "on record" ("is
    /// on record as saying", "went on the record as saying").
    private func isQuotedAs(_ asIndex: Int) -> Bool {
        if view.has(asIndex - 1, .ed) && view.isPassive(asIndex - 1) { return true }
        if asIndex >= 3, view.isLower(asIndex - 1, "record"),
           view.isLower(asIndex - 2, "on") || view.isLower(asIndex - 2, "the") && view.isLower(asIndex - 3, "on") {
            return true
        }
        guard let preposition = (max(0, asIndex - 8)..<asIndex).last(where: { Self.quotedInPrepositions.contains(view.lower[$0]) }),
              preposition >= 2, view.has(preposition - 1, .ed), view.isPassive(preposition - 1)
        else { return false }
        return !((preposition + 1)..<asIndex).contains { view.has($0, .phraseEnder) || view.cue(at: $0, within: asIndex) != nil }
    }

    private static let quotedInPrepositions: WordSet = ["by", "in", "on"]

    /// The verb of issuing whose object is the document noun at `noun` ("released a new video", "issued a short
    /// statement"), if any: then its issuer is the subject of that verb. ("read the report that said …" has none.)
    /// With `readAloud`, "read" counts too ("read a short statement", "read out a letter"): whoever reads a text aloud
    /// speaks its words, which is not what reading one says ("read the report that said …").
    private func issuingVerb(ofDocumentEndingAt noun: Int, readAloud: Bool = false) -> Int? {
        func issues(_ index: Int) -> Bool { Self.issuingForms.contains(view.lower[index]) || readAloud && view.isLower(index, "read") }
        var index = noun - 1
        // "released a photograph and a brief statement calling …": the document may be the last of two things issued.
        var reach = 4
        while index >= 0 && noun - index <= reach && view.quoteOf[index] < 0
            && (view.has(index, [.article, .possessive, .determiner]) || view.isPlainWord(index, excluding: SpeakerPhraseReader.functionWords)
                || view.isCapitalized(index) || reach == 4 && view.isLower(index, "and") && index + 1 < noun && view.has(index + 1, .article)) {
            if view.isLower(index, "and") { reach = noun - index + 4 }
            // "a written statement": a participle after the article describes the document; it issues nothing.
            if issues(index) && !(index > 0 && view.has(index - 1, [.article, .determiner, .possessive])) {
                return index
            }
            index -= 1
        }
        return index >= 0 && issues(index) ? index : nil
    }

    /// "The campaign ran an advert claiming …", "The festival put out a statement saying …": whoever issued the
    /// document speaks through it, whatever noun names them, when that noun phrase is all that stands before the
    /// verb of issuing in its sentence.
    private mutating func issuer(ofParticipleAt index: Int) -> (speaker: Speaker, entity: Int?)? {
        guard index >= 3, SpeakerPhraseReader.documentNouns.contains(view.lower[index - 1]),
              let verb = issuingVerb(ofDocumentEndingAt: index - 1)
        else { return nil }
        // "Yesterday the campaign released …": a time phrase may open the sentence, as a dateline may.
        let opening = afterDateline(view.document.sentences[view.sentenceOf[index]].tokens.lowerBound, before: verb)
        let start = leadingTimeEnd(opening, limit: verb) ?? opening
        guard let phrase = reader.after(start, limit: verb), phrase.tokens == start..<verb, phrase.form == .description
        else { return nil }
        return resolvedSpeaker(phrase)
    }

    private static let issuingForms = Set(["issue", "release", "publish", "run", "send", "post", "write", "file", "air",
                                           "unveil", "launch", "circulate", "distribute", "produce", "submit", "put", "share",
                                           "tweet", "broadcast", "provide"].flatMap(VerbForms.all))
        .union(["ran", "sent", "wrote", "written"])

    /// "…, as farmers continue to warn that …": the verb before an infinitive cue may have a subject of its own,
    /// right after the subordinator or conjunction that opens its clause mid-sentence. The verb group before
    /// "to" may be longer than one verb: "was prompted to say", "felt compelled to say", "went on to say".
    /// With `afterSubordinatorOnly`, the nearest clause opener before the verb must be a subordinator: a "that",
    /// a relative pronoun or a conjunction nearer the verb gives nil.
    private mutating func subordinateSubject(ofVerb verb: Int, afterSubordinatorOnly: Bool = false) -> (speaker: Speaker, entity: Int?)? {
        let sentenceStart = view.document.sentences[view.sentenceOf[verb]].tokens.lowerBound
        let searchStart = max(sentenceStart, verb - 10)
        // "so calm that Ola Brun was prompted to say": a "that" opens such a clause too; "As my grandmother used to
        // say, …": the subordinator may open the sentence.
        guard searchStart < verb,
              let opener = (searchStart..<verb).last(where: {
                  view.has($0, [.subordinator, .conjunction]) && ($0 > sentenceStart || view.has($0, .subordinator))
                      || view.isLower($0, "that") && $0 > sentenceStart
                      || afterSubordinatorOnly && (view.has($0, [.conjunction, .relativePronoun]) || view.isLower($0, "that"))
              }),
              !afterSubordinatorOnly || view.has(opener, .subordinator),
              opener + 1 < verb, !view.isLower(opener + 1, "to")
        else { return nil }
        // "after 31 MPs signed": a count in digits may open the subject.
        let subjectStart = view.document.tokens[opener + 1].kind == .number ? opener + 2 : opener + 1
        for subjectEnd in stride(from: verb, through: max(subjectStart + 1, verb - 2), by: -1) {
            guard (subjectEnd..<(verb + 1)).allSatisfy({ isVerbGroupWord($0) || $0 == verb }),
                  let phrase = reader.before(subjectEnd, floor: subjectStart), phrase.tokens == subjectStart..<subjectEnd
            else { continue }
            return resolvedSpeaker(phrase)
        }
        return nil
    }

    /// "The faction continues to insist …", "Lund began to argue …": a verb of going on before an infinitive
    /// cue has the cue's subject right before it, whatever that subject's head.
    private mutating func continuingSubject(ofVerb verb: Int) -> (speaker: Speaker, entity: Int?)? {
        let floor = view.document.sentences[view.sentenceOf[verb]].tokens.lowerBound
        // "Kolar is said to have warned …", "was widely reported to have told …": a form of "be" and a participle
        // that raises the infinitive's subject; the subject before "be" is the one who spoke. ("is expected to
        // say" reports nothing yet: see isAnnounced.)
        if Self.raisingPredicates.contains(view.lower[verb]), view.quoteOf[verb] < 0 {
            var be = verb - 1
            if be > floor && view.has(be, .adverb) { be -= 1 }
            guard be > floor, view.has(be, .be), let phrase = reader.before(be, floor: floor), phrase.tokens.upperBound == be,
                  phrase.form != .pronoun || !view.isLower(phrase.tokens.lowerBound, "it")
            else { return nil }
            return resolvedSpeaker(phrase)
        }
        guard view.has(verb, .intervener), !view.has(verb, .auxiliary) else { return nil }
        guard let phrase = reader.before(verb + 1, floor: floor), phrase.form != .pronoun || !view.isLower(phrase.tokens.lowerBound, "it")
        else { return nil }
        return resolvedSpeaker(phrase)
    }

    private static let raisingPredicates: WordSet = [
        "said", "reported", "understood", "believed", "thought", "known", "alleged", "rumoured", "rumored",
    ]

    /// A word of a verb group before an infinitive: an auxiliary, a form of "be", an adverb, a participle, a
    /// particle or a plain lowercase verb ("was prompted", "felt compelled", "went on").
    private func isVerbGroupWord(_ index: Int) -> Bool {
        view.has(index, [.be, .auxiliary, .adverb, .ed, .finiteVerb]) || Self.particles.contains(view.lower[index]) || view.isLower(index, "on")
            || view.isPlainWord(index, excluding: [.determiner, .possessive, .preposition, .clauseWord, .plural])
    }

    /// "After suggesting on Monday that she regretted the vote, Kolar called …", "While saying that he respects
    /// the board, Kolar …": a participle cue in a clause that opens the sentence speaks for the main clause's
    /// subject, after the comma that ends the opening clause; what it reports ends there too.
    private mutating func openingParticipleReport(
        cue cueRange: Range<Int>, cueKind cue: QuoteLexicon.Cue, sentenceStart: Int, end: Int
    ) -> (subject: (speaker: Speaker, entity: Int?), clause: Range<Int>)? {
        let index = cueRange.lowerBound
        guard index - 1 == sentenceStart, view.has(index, .ing), Self.participleIntroducers.contains(view.lower[index - 1]),
              let comma = (cueRange.upperBound..<end).first(where: { view.isComma($0) && view.quoteOf[$0] < 0 }),
              comma + 1 < end
        else { return nil }
        let clauseStart = skipToClause(after: cueRange.upperBound, cue: cue, end: comma)
        guard clauseStart < comma, view.wordCount(clauseStart..<comma) >= 3, opensReportedClause(clauseStart, end: comma),
              let unquoted = clauseBeforeQuotes(clauseStart..<comma)
        else { return nil }
        let subjectStart = comma + 1
        if let mention = registry.subject(ofSentence: view.sentenceOf[index], before: end, from: subjectStart),
           mention.token - subjectStart <= 3 {
            return (speaker(of: mention), trimmedClause(unquoted))
        }
        guard let phrase = reader.after(subjectStart, limit: end), phrase.tokens.lowerBound == subjectStart,
              phrase.form == .pronoun || reader.namesASpeaker(phrase),
              let subject = resolvedSpeaker(phrase)
        else { return nil }
        return (subject, trimmedClause(unquoted))
    }

    /// Whether the word before an infinitive's "to" is punctuation or reads as a noun: a lowercase plural, or
    /// a noun ending (-ance, -ence, -ness, -ment, -tion, -ity).
    private func completesNoun(_ index: Int) -> Bool {
        guard view.isWord(index) else { return true }
        // "continues to tell itself that …": a verb of going on is no plural noun.
        guard !view.isCapitalized(index), !view.has(index, [.finiteVerb, .be, .auxiliary, .intervener]) else { return false }
        let word = view.lower[index]
        return view.has(index, .plural) || ["ance", "ence", "ness", "ment", "tion", "ity"].contains { word.hasSuffix($0) }
    }

    static let personalSubjects: WordSet = ["he", "she", "they"]
    static let negativeSubjects: WordSet = ["neither", "none", "nobody", "noone"]
    static let relativeSubjects: WordSet = ["who", "who's", "who’s", "whom", "which"]

    /// Words after which an -ing cue still speaks for the clause's subject.
    static let participleIntroducers: WordSet = ["by", "while", "after", "before", "when", "besides"]

    /// "can be heard saying that …", "was caught telling a neighbour …", "was filmed urging …": a passive verb of
    /// perceiving or recording before a participle cue; its subject is who speaks.
    private func isPerceivedSaying(_ participle: Int) -> Bool {
        participle >= 2 && view.has(participle, .ing) && Self.perceivingVerbs.contains(view.lower[participle - 1])
            && view.isPassive(participle - 1)
    }

    /// "In the recording, made at a dinner, Farrant can be heard saying …": the subject right before the passive
    /// verb group that ends at `verb`, after whatever the clause opens with.
    private mutating func passiveSubject(before verb: Int) -> (speaker: Speaker, entity: Int?)? {
        let sentenceStart = view.document.sentences[view.sentenceOf[verb]].tokens.lowerBound
        var groupStart = verb
        while groupStart - 1 > sentenceStart && view.has(groupStart - 1, [.be, .auxiliary, .finiteVerb, .adverb]) { groupStart -= 1 }
        let floor = (sentenceStart..<groupStart).last(where: { view.isComma($0) || view.quoteOf[$0] >= 0 }).map { $0 + 1 } ?? sentenceStart
        guard floor < groupStart, let phrase = reader.before(groupStart, floor: floor), phrase.tokens.upperBound == groupStart
        else { return nil }
        return resolvedSpeaker(phrase)
    }

    private static let perceivingVerbs: WordSet = [
        "heard", "overheard", "seen", "caught", "filmed", "recorded", "captured", "videotaped", "taped", "shown", "pictured",
    ]

    /// How a message comes before a participle of saying that gives its words.
    private enum Message {
        /// "sent a memo to members warning that …", "emailed passengers saying …", "wrote to staff explaining …":
        /// the sender, the clause's subject, speaks.
        case sent
        /// "received a letter from the council warning that …": the author after "from" speaks.
        case from(Range<Int>)
    }

    /// A message and whoever it went to (or came from) right before the participle at `index`: a text noun with
    /// "to" or "from" and a short noun phrase, or a verb of saying and its addressee; nil otherwise.
    private func messageBefore(participle index: Int) -> Message? {
        let floor = view.document.sentences[view.sentenceOf[index]].tokens.lowerBound
        var start = index
        while start > floor && index - start < 4 && view.quoteOf[start - 1] < 0
            && (view.has(start - 1, [.article, .determiner, .possessive])
                || view.isPlainWord(start - 1, excluding: [.preposition, .clauseWord, .finiteVerb, .be, .ed, .ing, .adverb])
                || reader.isNameWord(start - 1)) {
            start -= 1
        }
        guard start < index, start - 1 > floor else { return nil }
        let before = start - 1
        let word = view.lower[before]
        // "released a photograph and a statement calling …": the second of two things issued is sent by the issuer.
        if word == "and", SpeakerPhraseReader.documentNouns.contains(view.lower[index - 1]),
           issuingVerb(ofDocumentEndingAt: index - 1) != nil {
            return .sent
        }
        if word == "to" || word == "from" {
            if SpeakerPhraseReader.documentNouns.contains(view.lower[before - 1]) { return word == "from" ? .from(start..<index) : .sent }
            return word == "to" && view.cue(at: before - 1, within: index) != nil ? .sent : nil
        }
        // "emailed passengers saying …", "texted parents warning …": a verb of sending words takes its addressee.
        guard let (cue, _) = view.cue(at: before, within: index), cue.kind == .direct || cue.kind == .object else { return nil }
        return .sent
    }

    /// Whether a mention is a name in the possessive before a noun for people or a body, up to two modifiers
    /// between ("Trump's congressional allies", "Lund's lawyer", "the company's board").
    private func ownsPeople(_ mention: EntityRegistry.Mention) -> Bool {
        guard mention.salience == 2 else { return false }
        var index = mention.token
        while index < view.count && SpeakerName.possessiveEnding(of: view.words[index]) == nil && index - mention.token < 4 { index += 1 }
        for head in (index + 1)..<min(view.count, index + 4) {
            if view.wordKinds[head] != nil { return [.role, .anonymous, .org].contains(view.wordKinds[head]) }
            guard view.isPlainWord(head, excluding: SpeakerPhraseReader.functionWords) else { return false }
        }
        return false
    }

    /// The first entity named in the sentence before `token`, when it opens the sentence or follows a short
    /// introductory phrase ("In a brief interview, Ms. Conway …").
    private mutating func sentenceSubject(before token: Int) -> (speaker: Speaker, entity: Int?)? {
        let sentence = view.sentenceOf[token]
        let sentenceStart = view.document.sentences[sentence].tokens.lowerBound
        // "LA CROSSE, Wisc. — Gov. Mike Pence on Thursday blamed …": the clause starts after a dateline.
        var start = afterDateline(sentenceStart, before: token)
        // "Falkner backed $15; Okonjo went further, calling for $18": a semicolon opens a clause with its own subject.
        let ownStart = ownClauseStart(before: token, in: start..<token)
        if ownStart + 1 < token { start = ownStart }
        // "(Politico responded … saying that …)": an aside in brackets has its subject after the bracket.
        if start + 1 < token && view.isByte(start, UInt8(ascii: "(")) { start += 1 }
        // "But other advisers … have been urging …, saying": a coordinator opening the sentence is no part of it.
        if start + 2 < token && view.has(start, .coordinator) { start += 1 }
        // "In his speech he thanked …": a scene with no comma may open the sentence before a pronoun subject.
        if let scene = leadingSceneEnd(start, limit: token), Self.personalSubjects.contains(view.lower[scene]) { start = scene }
        // "He thanked the coach, Mikkel Dahl, and said …": a personal pronoun before its verb is the subject; a
        // name after a comma later on is no main clause's.
        if start + 1 < token && view.quoteOf[start] < 0 && Self.personalSubjects.contains(view.lower[start]) && view.isWord(start + 1)
            && !view.isCapitalized(start + 1) {
            if let mention = registry.subject(ofSentence: sentence, before: token, from: start), opensSubject(mention, clauseStart: start) {
                return speaker(of: mention)
            }
            return pronounSubject(start, before: token)
        }
        // "Like Corker, Menendez also rejected …, arguing": the subject is the first name of the main clause,
        // after an introductory phrase.
        let mainClause = clauseStart(ofSentenceAt: start, before: token)
        // "Back in September, he wrote a letter to the board asking …": after an introduction with no verb (a
        // time, a setting), a personal pronoun that opens the main clause is its subject; so is one after an opening
        // subordinate clause ("When I asked her if …, she looked up and said …").
        // A time may stand before that subordinate clause ("Later, when I asked her …, she laughed and said …").
        let subordinateStart = [start, mainClause].first {
            $0 < token && view.has($0, .subordinator) && !view.has($0, .frontPreposition)
        }
        let subordinate = subordinateStart != nil
        let pronounClause = subordinateStart.map { opener in
            (opener..<token).first {
                view.isComma($0) && view.quoteOf[$0] < 0 && $0 + 1 < token && Self.personalSubjects.contains(view.lower[$0 + 1])
            }.map { $0 + 1 } ?? start
        } ?? mainClause
        if pronounClause > start && pronounClause + 1 < token && view.quoteOf[pronounClause] < 0
            && Self.personalSubjects.contains(view.lower[pronounClause])
            && view.isWord(pronounClause + 1) && !view.isCapitalized(pronounClause + 1)
            && (subordinate || hasNoVerb(start..<pronounClause)
                // "Josh Kindig, he's coming on board": a name set before the pronoun is the pronoun itself, read below.
                && ((start..<pronounClause).contains { view.has($0, [.frontPreposition, .adverb]) } || isTimePhrase(start..<(pronounClause - 1)))
                // "Asked about it, she welcomed …", "Speaking on Thursday, she …": so is one after an opening
                // participle's phrase.
                || view.has(start, [.ing, .ed, .irregularPast]) && view.isCapitalized(start) && view.isComma(pronounClause - 1)) {
            return pronounSubject(pronounClause, before: token)
        }
        let afterIntroduction = mainClause > start
            ? registry.subject(ofSentence: sentence, before: token, from: mainClause).flatMap { opensSubject($0, clauseStart: mainClause) ? $0 : nil }
            : nil
        // "Trump's congressional allies have …, while urging …": a name in the possessive that owns people is not
        // the subject (a name owning a statement speaks through it: "Carson's mangling of “Hamas”").
        guard let mention = afterIntroduction ?? registry.subject(ofSentence: sentence, before: token, from: start).flatMap({
                  opensSubject($0, clauseStart: clauseStart(ofSentenceAt: start, before: $0.token)) ? $0 : nil
              }), !ownsPeople(mention)
        else {
            // "The State Department has deemed … and says …": a subject the registry does not hold (a body, a
            // description) is read where the clause starts.
            // The comma may end the main clause rather than an introductory phrase ("The union sued the council
            // on Friday, claiming …"): then the subject opens the sentence.
            for opening in Set([clauseStart(ofSentenceAt: start, before: token), start]).sorted(by: >) {
                // A one-word name speaks when it already spoke in the document ("Forbes says …. Forbes shot back in
                // an article stating …").
                // "Some ask to be removed from the lists and argue …": a bare quantifier stands for a group.
                if opening + 1 < token, view.has(opening, .quantifier), let phrase = reader.before(opening + 1, floor: opening),
                   isBareQuantifier(phrase), let (speaker, entity) = resolvedSpeaker(phrase) {
                    return (speaker, entity)
                }
                if let phrase = reader.after(opening, limit: token),
                   reader.namesASpeaker(phrase) || hasSpoken(phrase) || precedesCue(phrase, limit: token)
                    || isSubjectOfJoinedVerb(phrase, cue: token) || isSubjectOfParticipleClause(phrase, cue: token),
                   let (speaker, entity) = resolvedSpeaker(phrase) {
                    return (speaker, entity)
                }
                // "“…,” said Mathias Vuille, a climatologist, adding that …": after a quote, the inverted cue's subject.
                if opening > start, view.quoteOf[opening - 1] >= 0, let (_, length) = view.cue(at: opening, within: token),
                   let phrase = reader.after(opening + length, limit: token), reader.namesASpeaker(phrase) || hasSpoken(phrase),
                   let (speaker, entity) = resolvedSpeaker(phrase) {
                    return (speaker, entity)
                }
                // "The growers left the cooperative and argued …": a plural noun phrase opening the clause.
                if let group = reader.openingGroup(at: opening, limit: token) ?? reader.possessedBody(at: opening, limit: token),
                   let (speaker, entity) = resolvedSpeaker(group) {
                    return (speaker, entity)
                }
                // "The warden said …, adding that …": the subject of the clause's own cue, as that cue read it.
                if let subject = subjectOfFirstCue(from: opening, before: token) { return subject }
            }
            // "In a speech on Thursday he said …, adding: “…”": a pronoun right before the sentence's first cue is
            // that cue's subject, after an introduction of any length.
            if let cue = (start..<token).first(where: { view.cue(at: $0, within: token) != nil }), cue - 1 > start,
               view.quoteOf[cue - 1] < 0, Self.personalSubjects.contains(view.lower[cue - 1]),
               let subject = pronounSubject(cue - 1, before: token) {
                return subject
            }
            // "He also spoke about the wall, saying …": a pronoun subject.
            return pronounSubject(start, before: token)
        }
        return speaker(of: mention)
    }

    /// The entity a pronoun opening a clause at `start` resolves to, as its speaker.
    private mutating func pronounSubject(_ start: Int, before token: Int) -> (speaker: Speaker, entity: Int?)? {
        // "The pool's owners have said little. They issued a statement saying …": an unnamed group has no entity.
        guard start < token, view.wordKinds[start] == .pronoun, let phrase = pronounPhrase(start),
              let (speaker, entity) = resolvedSpeaker(phrase)
        else { return nil }
        return (speaker, entity)
    }

    /// The description that opens `start..<end` as the subject of the clause's first cue, resolved: the one
    /// that cue gave its words to (one the lists do not know included), so a participle after it speaks for the
    /// same subject.
    private mutating func subjectOfFirstCue(from start: Int, before end: Int) -> (speaker: Speaker, entity: Int?)? {
        guard let cue = (start..<min(end, start + 8)).first(where: { view.cue(at: $0, within: end) != nil }), cue > start,
              let phrase = reader.before(cue, floor: start), phrase.tokens.lowerBound == start, phrase.form == .description
        else { return nil }
        return resolvedSpeaker(phrase)
    }

    /// Whether a name mentioned within four tokens of a clause's start is its subject: no verb stands before it
    /// ("the club thanked Hayward" has its subject before the verb).
    /// A name after a preposition is its object, never the subject ("The chemist at Monash University praised …";
    /// "Liam Keefe, a chemist at Monash University, praised …"), unless it owns what follows ("As for Carson's
    /// mangling of …").
    private func opensSubject(_ mention: EntityRegistry.Mention, clauseStart: Int) -> Bool {
        guard mention.token - clauseStart <= 4,
              !followsPreposition(mention.token, floor: clauseStart) || reader.isPossessiveName(mention.token)
        else { return false }
        return !(clauseStart..<mention.token).contains { index in
            !view.isCapitalized(index) && view.wordKinds[index] == nil
                && (view.has(index, [.ed, .finiteVerb, .be]) || view.cue(at: index, within: mention.token) != nil)
        }
    }

    /// Whether a preposition, perhaps with an article after it ("at the University of Otago"), stands before
    /// `token` and after `floor`; "by" is left out, since a passive's agent is who acts ("Authorised by Ariel
    /// Sharon to make “unrestricted” strikes").
    private func followsPreposition(_ token: Int, floor: Int) -> Bool {
        var before = token - 1
        if before > floor && view.has(before, .article) { before -= 1 }
        return before >= floor && view.has(before, .preposition) && !view.isLower(before, "by")
    }

    /// The entity a registry mention names, as the speaker its words mention: the whole name the text writes
    /// there ("Rosalind Achebe", not "Rosalind").
    private func speaker(of mention: EntityRegistry.Mention) -> (speaker: Speaker, entity: Int?) {
        var end = mention.token + 1
        // "Edwina Strachan-Moyo": a hyphen between name words is part of the name.
        while end < view.count && view.quoteOf[end] < 0 && view.sentenceOf[end] == mention.sentence
            && (reader.isNameWord(end) || view.isGluedHyphen(end) && end + 1 < view.count && reader.isNameWord(end + 1)) {
            end += 1
        }
        // "Ikeoluwa-Smith declined …": a sentence's first word may be recorded from after its hyphen.
        var start = mention.token
        while start >= 2 && view.sentenceOf[start - 2] == mention.sentence && view.isGluedHyphen(start - 1) && view.isCapitalized(start - 2) {
            start -= 2
        }
        let words = start..<end
        return (speaker(mention.entity, mention: view.phrase(words), span: view.span(words)), mention.entity)
    }

    /// The one person a lead's "its managing director" points ahead to, named with that office later (none named
    /// with it before).
    private mutating func officeHolderAhead(_ phrase: SpeakerPhrase) -> Int? {
        let owner = phrase.tokens.lowerBound
        guard let entity = registry.resolve(description: phrase.head, organization: false, before: owner, sentence: view.sentenceOf[owner]),
              let first = registry.firstMention(of: entity), first > owner
        else { return nil }
        registry.noteMention(token: owner, entity: entity, sentence: view.sentenceOf[owner])
        return entity
    }

    /// The person a description introduces with the first name they gave, the description as role.
    private mutating func personWhoGaveFirstName(
        _ given: Range<Int>, described phrase: SpeakerPhrase, mention: String, span: TextSpan
    ) -> (Speaker?, Int?) {
        let name = view.phrase(given)
        let described = phrase.tokens.dropFirst(view.has(phrase.tokens.lowerBound, [.determiner, .quantifier]) ? 1 : 0)
        let role = commonNounPhrase(described.isEmpty ? phrase.tokens : described)
        if let entity = registry.resolve(name: name, lastWord: view.lower[given.upperBound - 1]) {
            registry.noteMention(token: given.lowerBound, entity: entity, sentence: view.sentenceOf[given.lowerBound])
            return (Speaker(name: registry[entity].name, mention: mention, role: role, span: span, kind: .person), entity)
        }
        return (Speaker(name: name, mention: mention, role: role, span: span, kind: .person), nil)
    }

    /// "a soldier who gave only his first name, Taras,", "Another trader, who would give only her first name,
    /// Ulrike,": the name a person described gave after the description ending at `end`, one or two capitalized
    /// words.
    private func firstNameGiven(after end: Int) -> Range<Int>? {
        var index = end
        if index < view.count && view.isComma(index) { index += 1 }
        guard index < view.count, view.isLower(index, "who") else { return nil }
        let limit = min(view.count, index + 8)
        guard let name = ((index + 1)..<limit).first(where: { view.isLower($0, "name") }), name + 1 < view.count,
              view.isLower(name - 1, "first"), ((index + 1)..<(name - 1)).allSatisfy({ view.isWord($0) && view.quoteOf[$0] < 0 })
        else { return nil }
        let start = view.isComma(name + 1) || view.isByte(name + 1, UInt8(ascii: ":")) ? name + 2 : name + 1
        var last = start
        while last < min(view.count, start + 2) && view.isCapitalized(last) && view.quoteOf[last] < 0 && view.isWord(last) { last += 1 }
        return last > start ? start..<last : nil
    }

    /// A speaker another phrase was resolved to, named by the words at this mention ("it" for the issuer of a
    /// statement, "she" for the one asked, "the diplomat" for the unnamed diplomat who spoke last).
    private func restated(_ speaker: Speaker, mention: String, span: TextSpan) -> Speaker {
        Speaker(name: speaker.name, mention: mention, role: speaker.role, span: span, kind: speaker.kind, organization: speaker.organization)
    }

    /// A known entity as the speaker of words, named by `mention` at `span`.
    private func speaker(_ entity: Int, mention: String, span: TextSpan) -> Speaker {
        let found = registry[entity]
        return Speaker(name: found.name, mention: mention, role: found.shownRole, span: span, kind: found.kind)
    }

    /// Whether an earlier quote of the document has the name `phrase` reads as its speaker.
    private func hasSpoken(_ phrase: SpeakerPhrase) -> Bool {
        guard phrase.form == .name else { return false }
        let name = view.phrase(phrase.tokens)
        return quotes.contains { $0.speaker?.name == name }
    }

    /// Where a sentence's main clause starts: after a short introductory phrase set off by a comma, if the
    /// sentence opens with one before `limit`, else at the sentence's start.
    private func clauseStart(ofSentenceAt start: Int, before limit: Int) -> Int {
        // "“That's the question,” Clark said, noting …": a sentence that opens with a quote has its clause after it.
        var start = start
        let opening = view.quoteOf[start]
        if opening >= 0 {
            while start < limit && view.quoteOf[start] == opening { start += 1 }
            while start < limit && view.isComma(start) { start += 1 }
            return start
        }
        // "OSLO — The head of the rail workers' union warned …": the clause starts after a dateline.
        start = afterDateline(start, before: limit)
        // "The good news is that 78 percent of voters said …": a clause after a copula and "that" has a subject
        // of its own.
        if limit - start > 3, let be = (start..<min(limit - 2, start + 10)).first(where: { view.has($0, .be) && view.isLower($0 + 1, "that") }),
           be > start, (start..<be).allSatisfy({ view.quoteOf[$0] < 0 && view.cue(at: $0, within: be) == nil && !view.isComma($0) }) {
            return be + 2
        }
        // "It was no accident — Kolar, a spokeswoman, said …", "It was no accident: Kolar …": a dash or colon may
        // end a short opening clause as a comma ends an introductory phrase.
        // "Ardent Therapeutics, Inc. today announced": the comma before a company form is inside the name.
        guard let comma = (start..<min(limit, start + 16)).first(where: {
            view.isComma($0) && $0 < start + 10 && !($0 + 1 < limit && SpeakerPhraseReader.companyForms.contains(view.words[$0 + 1]))
                || isColonOrDash($0, floor: start)
                    && (start..<$0).contains { view.has($0, [.be, .finiteVerb, .contractedNot]) }
        }) else { return start }
        // "Sen. Mike Lee, R-Utah, voted …": a party-and-state label after the subject is no introduction.
        if reader.isPartyLabel(at: comma + 1) { return start }
        // "Speaking on the show “Morning Desk,” Ibarra admitted …": the comma may close a short title in marks
        // from inside its closing mark.
        let title = view.quoteOf[comma]
        var clauseStart = comma + 1
        if title >= 0 {
            guard clauseStart < limit, view.has(clauseStart, .closingMark),
                  (start..<comma).filter({ view.quoteOf[$0] == title }).count <= 5
            else { return start }
            clauseStart += 1
        }
        // "Asked about the poll, a spokesman for the party said …": a passive participle of saying opening the
        // sentence heads an introductory phrase too.
        guard (start..<comma).allSatisfy({ index in
            (view.quoteOf[index] < 0 || view.quoteOf[index] == title)
                && (view.cue(at: index, within: comma) == nil || index == start && view.has(index, [.ed, .irregularPast]))
        })
        else { return start }
        return clauseStart
    }

    /// An outlet named in a frame besides the speaker ("…, reported the Kyiv Post").
    private mutating func source(in frame: Range<Int>, excluding speaker: Speaker) -> String? {
        for index in frame {
            guard let (cue, length) = view.cue(at: index, within: frame.upperBound), cue.kind == .source || cue.kind == .report
            else { continue }
            let phrase = cue.kind == .source ? reader.after(index + length, limit: frame.upperBound)
                : reader.before(index, floor: frame.lowerBound) ?? reader.after(index + length, limit: frame.upperBound)
            if let phrase, let name = phraseName(phrase), name != speaker.name { return name }
        }
        return nil
    }

    /// The words a phrase names, without its determiner or role.
    private func phraseName(_ phrase: SpeakerPhrase) -> String? {
        switch phrase.form {
        case .name: view.phrase(phrase.name)
        case .description, .anonymous: view.phrase(phrase.tokens)
        case .pronoun: nil
        }
    }

    /// The "they" that opens the sentence before `token`'s (after at most one adverb), as the subject of its verb.
    private func openingThey(ofSentenceBefore token: Int) -> Int? {
        let sentence = view.sentenceOf[token]
        guard sentence > 0 else { return nil }
        let previous = view.document.sentences[sentence - 1].tokens
        return subjectPronoun("they", in: previous, from: previous.lowerBound)
    }

    /// `pronoun` as the subject at `start` of the sentence `tokens`, after at most one adverb ("There he met …",
    /// "Later she joined …").
    private func subjectPronoun(_ pronoun: String, in tokens: Range<Int>, from start: Int) -> Int? {
        var subject = start
        if subject + 1 < tokens.upperBound, view.lower[subject] != pronoun, view.has(subject, [.intervener, .adverb, .connective]) { subject += 1 }
        guard subject + 1 < tokens.upperBound, view.lower[subject] == pronoun, view.quoteOf[subject] < 0 else { return nil }
        return subject
    }

    /// The "he" or "she" that opens the sentence before `token`'s as its subject (perhaps after a short phrase set
    /// off by a comma), when a name follows it there: the subject a repeated pronoun continues.
    private func continuedSubjectPronoun(before token: Int, pronoun: String) -> Int? {
        guard pronoun == "he" || pronoun == "she" else { return nil }
        let sentence = view.sentenceOf[token]
        guard sentence > 0 else { return nil }
        let previous = view.document.sentences[sentence - 1].tokens
        var start = previous.lowerBound
        if let comma = (previous.lowerBound..<min(previous.upperBound, previous.lowerBound + 7)).first(where: { view.isComma($0) }),
           view.quoteOf[comma] < 0, !(previous.lowerBound..<comma).contains(where: { view.cue(at: $0, within: comma) != nil }) {
            start = comma + 1
        }
        guard let subject = subjectPronoun(pronoun, in: previous, from: start),
              ((subject + 1)..<previous.upperBound).contains(where: { view.isCapitalized($0) && view.quoteOf[$0] < 0 })
        else { return nil }
        return subject
    }

    /// The colon or dash outside marks after which the words in `range` are reported, when a clause stands
    /// before it.
    private func reportOpening(in range: Range<Int>) -> Int? {
        guard let mark = range.last(where: {
            view.quoteOf[$0] < 0 && isColonOrDash($0, floor: range.lowerBound)
        }), mark - range.lowerBound >= 2,
              // "Not so, says Ada Holm: the figures, she says, …": a cue in the present tense is a verb too.
              !hasNoVerb(range.lowerBound..<mark) || (range.lowerBound..<mark).contains(where: { view.cue(at: $0, within: mark) != nil })
        else { return nil }
        return mark
    }

    /// Whether `index` is a colon, or ends a dash set off by spaces that starts at or after `floor`.
    private func isColonOrDash(_ index: Int, floor: Int) -> Bool {
        view.isByte(index, UInt8(ascii: ":")) || reader.dashStart(endingAt: index, floor: floor) != nil
    }

    /// "Mr. Trump's assertion that …; his criticism of …; and his suggestion that …": an owner pronoun before a noun
    /// of saying that continues a series of such nouns, which a name in the possessive opened earlier in the
    /// sentence.
    private func continuesOwnedReports(_ token: Int) -> Bool {
        guard view.has(token, .possessive), token + 1 < view.count, view.has(token + 1, .reportNoun) else { return false }
        let start = view.document.sentences[view.sentenceOf[token]].tokens.lowerBound
        return (start..<token).contains { index in
            index > start && view.has(index, .reportNoun) && view.quoteOf[index] < 0
                && SpeakerName.possessiveEnding(of: view.words[index - 1]) != nil && view.isCapitalized(index - 1)
        }
    }

    /// The sentence a pronoun of attribution counts back from: its own, or, when it follows a quote that began
    /// sentences earlier ("“You saw it. Everybody saw it,” he said."), the quote's first, so "the sentence
    /// before" is the one before the quote and not the quote's own first sentence.
    private func sentenceBefore(pronoun token: Int) -> Int {
        // "Tuttle said she was “heartbroken.” She added …": a pronoun that opens its sentence follows a quote that
        // closed the sentence before; it counts back from its own.
        if view.opensSentence(token) { return view.sentenceOf[token] }
        var before = token - 1
        while before >= 0 && view.isComma(before) && view.quoteOf[before] < 0 { before -= 1 }
        guard before >= 0, view.quoteOf[before] >= 0 else { return view.sentenceOf[token] }
        return min(view.sentenceOf[token], view.sentenceOf[spanTokens[view.quoteOf[before]].open])
    }

    /// "She drew Odd Stang's ire. He called her …": a "she" just before a "he" (or the reverse) names someone the
    /// later pronoun cannot. Resolving it first, as a reader does, gives that person the gender a given name
    /// or an honorific did not, so the later pronoun looks past them.
    private mutating func settleOtherGender(before token: Int, pronoun: String) {
        guard pronoun == "he" || pronoun == "she" else { return }
        let other = pronoun == "he" ? "she" : "he"
        let sentence = view.sentenceOf[token]
        let from = view.document.sentences[max(0, sentence - 1)].tokens.lowerBound
        // Only a pronoun that opens a clause of its own: one in a reported clause ("Her coach, Geir Solli, said she
        // had bruised ribs") is as likely someone else as the clause's speaker, and would give him her gender.
        // The word kind rules out all but pronouns before any string is compared.
        for index in from..<token where view.wordKinds[index] == .pronoun && view.lower[index] == other && view.quoteOf[index] < 0
            && (view.opensSentence(index) || view.has(index - 1, .clauseOpener)) {
            _ = registry.resolve(pronoun: other, at: index, sentence: view.sentenceOf[index])
        }
    }

    /// "Sens. Ada Oyelowo and Desmond Kjellberg introduced a bill. “…,” the two said": "the two", "the pair",
    /// "the couple", "both", "both men" or "both women" are the last two people named in that sentence or the one
    /// before.
    private func namedPair(_ phrase: SpeakerPhrase) -> (Int, Int)? {
        let tokens = phrase.tokens
        // "Both said …": "both" alone stands for the same two.
        guard tokens.count == 2 || tokens.count == 1 && view.isLower(tokens.lowerBound, "both") else { return nil }
        let (opener, noun) = (view.lower[tokens.lowerBound], tokens.count == 2 ? view.lower[tokens.lowerBound + 1] : "")
        guard opener == "the" && Self.pairNouns.contains(noun) || opener == "both" && (noun == "men" || noun == "women" || noun.isEmpty)
        else { return nil }
        let sentence = view.sentenceOf[tokens.lowerBound]
        guard let first = registry.pairMember(former: true, before: tokens.lowerBound, sentence: sentence),
              let second = registry.pairMember(former: false, before: tokens.lowerBound, sentence: sentence), first != second
        else { return nil }
        // "Both men" are no woman known as one.
        if let pronoun = noun == "men" ? "he" : noun == "women" ? "she" : nil,
           [first, second].contains(where: { registry[$0].pronoun.map { $0 != pronoun } ?? false }) {
            return nil
        }
        return (first, second)
    }

    private static let pairNouns: WordSet = ["two", "pair", "couple", "duo"]

    /// The speaker a phrase stands for and its entity; a pronoun that refers to no one known gives a nil
    /// speaker (a pronoun is never a name), a phrase that names no speaker gives nil.
    private mutating func resolve(_ phrase: SpeakerPhrase, cueKind: QuoteLexicon.CueKind) -> (Speaker?, Int?)? {
        // "Neither would say how much …", "None of the chains would say …": no one said it; a relative pronoun
        // stands for its antecedent, never for a speaker of its own.
        guard !Self.negativeSubjects.contains(view.lower[phrase.tokens.lowerBound]),
              !Self.relativeSubjects.contains(view.lower[phrase.tokens.lowerBound]) || view.words[phrase.tokens.lowerBound] == "WHO"
        else { return nil }
        let mention = view.phrase(phrase.tokens)
        let span = view.span(phrase.tokens)
        if !phrase.conjuncts.isEmpty {
            // Speakers who speak together are a group named by both ("Ines Kolar and Daniel Amundsen").
            var names: [String] = []
            for conjunct in phrase.conjuncts {
                guard case let (speaker?, _)? = resolve(conjunct, cueKind: cueKind) else { return nil }
                // "Ines Kolar and her lawyer": one related to a person named with them keeps the possessive.
                let owned = speaker.organization.map(names.contains) ?? false
                names.append(owned ? view.phrase(conjunct.tokens) : speaker.name)
            }
            // A series of three or more is written as one: "Ines Berg, Ola Lund and Piet Moe".
            let name = names.count > 2 ? names.dropLast().joined(separator: ", ") + " and " + names.last! : names.joined(separator: " and ")
            return (Speaker(name: name, mention: mention, role: nil, span: span, kind: .group), nil)
        }
        if let (first, second) = namedPair(phrase) {
            let names = [first, second].map { registry[$0].name }
            return (Speaker(name: names.joined(separator: " and "), mention: mention, role: nil, span: span, kind: .group), nil)
        }
        // "Democrats say …", "Republicans in the state senate warned …": a party's members, a group, not a person.
        if reader.isPartyPlural(phrase) {
            return (Speaker(name: view.phrase(reader.partyName(phrase)), mention: mention, role: nil, span: span, kind: .group), nil)
        }
        if phrase.form == .anonymous || phrase.form == .description, let given = firstNameGiven(after: phrase.tokens.upperBound) {
            return personWhoGaveFirstName(given, described: phrase, mention: mention, span: span)
        }
        switch phrase.form {
        case .pronoun:
            let token = phrase.tokens.lowerBound
            // "And that, I say, is very new": outside marks "I" is whoever wrote or speaks the text, never a person
            // or body it names; so is "we" ("But we once said the same about the weekend").
            if phrase.head == "i" || phrase.head == "we" { return (nil, nil) }
            let sentenceStart = view.document.sentences[view.sentenceOf[token]].tokens.lowerBound
            // A comma that ends the sentence before (", \n\nthey …") sets no pronoun off.
            let trailing = token > sentenceStart && view.isComma(token - 1) && view.quoteOf[token - 1] < 0
                && !isNarratedExchange(sentenceStart..<(token - 1))
            settleOtherGender(before: token, pronoun: phrase.head)
            if let asked = askedInOpeningClause(pronoun: phrase.head, at: token, sentenceStart: sentenceStart),
               case let (speaker?, entity)? = resolve(asked, cueKind: cueKind) {
                if let entity {
                    registry.noteResolved(phrase.head, of: entity)
                    registry.noteMention(token: token, entity: entity, sentence: view.sentenceOf[token])
                }
                return (restated(speaker, mention: mention, span: span), entity)
            }
            if let described = describedSubjectBefore(pronoun: phrase.head, at: token, mention: mention, span: span, cueKind: cueKind) {
                return described
            }
            if phrase.head == "it", let (earlier, noun) = textMentionBefore(pronoun: token) {
                if let author = author(ofText: noun, in: earlier) { return spokenThroughText(author, at: token, mention: mention, span: span) }
                // "The leaders of three councils issued a joint statement. It said …": an unnamed issuer speaks too.
                if let issuer = issuer(ofText: noun, in: earlier), case let (speaker?, entity)? = resolve(issuer, cueKind: cueKind) {
                    return (restated(speaker, mention: mention, span: span), entity)
                }
            }
            // "The review, led by Dame Rosalind Achterberg, examined 212 births. It concluded that …": "it" that opens
            // a sentence continues a text that was the subject of the sentence before, which speaks as by name.
            if phrase.head == "it", let text = textSubject(ofSentenceBefore: token),
               case let (speaker?, entity)? = resolve(text, cueKind: cueKind) {
                return (restated(speaker, mention: mention, span: span), entity)
            }
            // "He met the younger John Edleston. About his protégé he wrote …": the same pronoun as the subject of the
            // sentence before continues that subject, not the name after its verb.
            let chained = continuedSubjectPronoun(before: token, pronoun: phrase.head)
            // "Conti disagreed: the estate, she argued, …": the words a trailing pronoun follows start after a colon
            // or dash, and the clause before it may name whom it refers to.
            let opened = trailing ? reportOpening(in: sentenceStart..<(token - 1)) : nil
            guard let resolved = addresserByGender(pronoun: phrase.head, at: token) ?? chained.flatMap({ registry.resolve(pronoun: phrase.head, at: $0, sentence: sentenceBefore(pronoun: $0)) })
                    ?? opened.flatMap({ registry.resolve(pronoun: phrase.head, at: $0, sentence: view.sentenceOf[$0]) })
                    ?? registry.resolve(pronoun: phrase.head, at: token, sentence: sentenceBefore(pronoun: token), trailing: trailing,
                                        possessive: continuesOwnedReports(token)) else {
                if let unnamed = unnamedPersonBefore(pronoun: phrase.head, at: token, mention: mention, span: span, cueKind: cueKind) {
                    return unnamed
                }
                // "Republicans are angry. They are also focused on … They say …": "they" that opens the sentences
                // before carries their group on.
                var earlier: Int? = token
                for _ in 0..<3 {
                    guard let at = earlier else { break }
                    if let found = unnamedAntecedent(of: phrase.head, at: at, mention: mention, span: span, cueKind: cueKind) {
                        return (found, nil)
                    }
                    earlier = phrase.head == "they" ? openingThey(ofSentenceBefore: at) : nil
                }
                // "I rang my cousin on Friday. “…,” he said.": the one person the sentence before describes at all.
                if phrase.head == "he" || phrase.head == "she",
                   let described = onlyDescribedPerson(phrase.head, before: token),
                   case let (speaker?, entity)? = resolve(described, cueKind: cueKind) {
                    return (Speaker(name: speaker.name, mention: mention, role: speaker.role, span: span, kind: speaker.kind), entity)
                }
                // "Pelorus is cutting 140 jobs. “…,” it said.": a subject no one showed to be a person is a body.
                if phrase.head == "it", let body = bodyAsSubject(before: token) {
                    return (Speaker(name: body, mention: mention, role: nil, span: span, kind: .organization), nil)
                }
                return (nil, nil)
            }
            let entity = replyingAddressee(pronoun: phrase.head, at: token, speaker: resolved) ?? resolved
            if let current = describedCurrentSpeaker(before: token, pronoun: phrase.head, over: entity) {
                return (Speaker(name: current.name, mention: mention, role: current.role, span: span, kind: current.kind), nil)
            }
            registry.noteMention(token: token, entity: entity, sentence: view.sentenceOf[token])
            return (speaker(entity, mention: mention, span: span), entity)
        case .anonymous where phrase.tokens.count == 2 && ["his", "her"].contains(view.lower[phrase.tokens.lowerBound])
            && !view.has(phrase.tokens.upperBound - 1, .plural):
            // "his wife", "her friend": one unnamed person is named by whose they are, as "his lawyer" is.
            var owned = phrase
            owned.form = .description
            return resolve(owned, cueKind: cueKind)
        case .anonymous:
            if let entity = namedPersonVaried(phrase) ?? namedRelative(phrase) {
                registry.noteMention(token: phrase.tokens.lowerBound, entity: entity, sentence: view.sentenceOf[phrase.tokens.lowerBound])
                return (speaker(entity, mention: mention, span: span), entity)
            }
            if let owned = ownedByBodyOrTextBefore(phrase, mention: mention, span: span) { return (owned, nil) }
            // "Sandoval's lawyers", "Okafor's aides": people of a named owner, named as the noun and the owner.
            if let owned = roleOfNamedOwner(phrase, mention: mention, span: span) { return (owned, nil) }
            if phrase.isCount {
                if view.isLower(phrase.tokens.upperBound - 1, "them") {
                    return (partOfGroup(phrase, mention: mention, span: span), nil)
                }
                if phrase.tokens.count == 1 {
                    // "One said …" with no group before it is someone unspecified, as "Many said …" is some.
                    return (partOfGroup(phrase, mention: mention, span: span)
                        ?? Speaker(name: view.lower[phrase.tokens.lowerBound], mention: mention, role: nil, span: span, kind: .anonymous), nil)
                }
                let counted = withSourceQualifier(phrase.tokens)
                return (Speaker(name: lowercasedOpening(counted, openingIsCommon: true), mention: mention, role: nil, span: span,
                                kind: countKind(phrase.tokens.lowerBound)), nil)
            }
            // "Many of the dock workers said" names a group; "Many said …", "Others argue …" name an unspecified
            // group of people, which is what a reader checking the attribution needs to see; "Some of the
            // evidence suggests" names no one.
            if isBareQuantifier(phrase) {
                guard let group = groupComplement(after: phrase.tokens.upperBound) else {
                    return (bareQuantifierSpeaker(phrase.tokens.upperBound - 1, mention: mention, span: span), nil)
                }
                let words = phrase.tokens.lowerBound..<group.upperBound
                return (Speaker(name: commonNounPhrase(words), mention: view.phrase(words), role: nil, span: view.span(words),
                                kind: .group), nil)
            }
            // A number or share alone ("43 said", "33% say") counts people without naming them.
            // ("41 backbenchers" names its group.)
            if view.document.tokens[phrase.tokens.lowerBound].kind == .number
                && (phrase.tokens.count == 1 || phrase.tokens.count == 2 && view.words[phrase.tokens.lowerBound + 1] == "%") {
                return (nil, nil)
            }
            if let body = organization(after: phrase.tokens.upperBound) {
                // "Officials at the Ministry of Transport": the group and the body it speaks for.
                let description = commonNounPhrase(phrase.tokens)
                return (Speaker(name: "\(description), \(body)", mention: mention, role: description, span: span,
                                kind: view.has(phrase.tokens.upperBound - 1, .plural) ? .group : .anonymous,
                                organization: body), nil)
            }
            if let (role, body) = qualifiedRole(phrase.tokens.dropFirst(view.has(phrase.tokens.lowerBound, .article) ? 1 : 0)) {
                return (Speaker(name: "\(role), \(body)", mention: mention, role: role, span: span, kind: .anonymous, organization: body), nil)
            }
            // "A senior administration official said …. “…,” the official said.": the source the text introduced with
            // the noun keeps the fuller description, so one source is one speaker; so does one introduced with the
            // body it speaks for ("A White House official said …").
            if phrase.tokens.count == 2, view.isLower(phrase.tokens.lowerBound, "the"), !view.has(phrase.tokens.upperBound - 1, .plural) {
                if let again = sameUnnamedSpeaker(head: phrase.head, before: phrase.tokens.lowerBound, mention: mention, span: span) {
                    return (again, nil)
                }
                if let fuller = earlierDescription(ofHead: phrase.tokens.upperBound - 1) {
                    return (Speaker(name: fuller, mention: mention, role: nil, span: span, kind: .anonymous), nil)
                }
            }
            return (Speaker(name: commonNounPhrase(withSourceQualifier(phrase.tokens)), mention: mention, role: nil, span: span,
                            kind: view.has(phrase.tokens.upperBound - 1, .plural) ? .group : .anonymous), nil)
        case .description where Self.possessivePronouns[view.lower[phrase.tokens.lowerBound]] != nil:
            // "His campaign", "Her lawyers": the role or body, and whom the possessive refers to.
            let owner = phrase.tokens.lowerBound
            let role = view.phrase(ownedWords(after: owner, in: phrase))
            // "Halvik Marine cut its dividend, and its chief executive warned …. (…) Chief Executive Solveig Aamodt
            // told analysts": in a lead, a body's office points ahead to the one person the next paragraph
            // introduces with it, as "the chief executive" does.
            if view.isLower(owner, "its"), view.lexicon.kind(of: phrase.head) == .role, let entity = officeHolderAhead(phrase) {
                return (speaker(entity, mention: mention, span: span), entity)
            }
            // "The port authority issued a statement. Its spokesman said …": a body described as the subject just
            // before is nearer than any body named further back.
            if view.isLower(owner, "its"), let name = bodyAsSubject(before: owner) ?? thingOwning(phrase) {
                return (Speaker(name: "\(role), \(name)", mention: mention, role: role, span: span,
                                kind: view.lexicon.kind(of: phrase.head) == .org ? .organization : .person, organization: name), nil)
            }
            // "The pilots said they were tired. Their union insisted …": "their" is a group named before, and the
            // subject of its own sentence comes before a body named after a preposition there ("Nurses at St.
            // Brendan's Hospital voted to strike, their union said").
            let ownerGroup = !view.isLower(owner, "their") ? nil : subjectAntecedent(before: owner, where: {
                ($0.form == .anonymous || $0.form == .description) && !$0.isOrganization && view.has($0.tokens.upperBound - 1, .plural)
            })
            let groupInSentence = ownerGroup.map { view.sentenceOf[$0.tokens.lowerBound] == view.sentenceOf[owner] } ?? false
            // "Skyreach apologised. Pilots at the airline are balloting. Their union said …": a group that is the
            // subject of the sentence just before is nearer than a body named before it (or inside its phrase).
            let groupJustBefore = ownerGroup.map { view.sentenceOf[$0.tokens.lowerBound] == view.sentenceOf[owner] - 1 } ?? false
            guard !groupInSentence, !followsUnnamedPerson(owner),
                  let entity = cataphoricOwner(owner)
                    ?? registry.resolve(pronoun: Self.possessivePronouns[view.lower[owner]]!, at: owner, sentence: view.sentenceOf[owner]),
                  !(groupJustBefore && registry[entity].kind == .organization)
            else {
                if let group = ownerGroup {
                    let members = commonNounPhrase(group.tokens)
                    return (Speaker(name: "\(role), \(members)", mention: mention, role: role, span: span,
                                    kind: view.lexicon.kind(of: phrase.head) == .org ? .organization : .group, organization: members), nil)
                }
                // "Her neighbour", "his lawyers" with no owner known: people by their noun, else a body ("its board").
                let people = [.role, .anonymous].contains(view.lexicon.kind(of: phrase.head))
                let kind: Speaker.Kind = !people ? .organization : view.has(phrase.tokens.upperBound - 1, .plural) ? .group : .person
                return (Speaker(name: lowercasedOpening(phrase.tokens), mention: mention, role: nil, span: span, kind: kind), nil)
            }
            // "Her husband said …" after "Mehmet and Aurelie Yilmaz": the spouse is the other one named with the owner.
            if phrase.tokens.count == 2, let pronoun = Self.spouseWords[view.lower[phrase.tokens.upperBound - 1]],
               let partner = registry.partner(of: entity, pronoun: pronoun) {
                registry.noteMention(token: phrase.tokens.lowerBound, entity: partner, sentence: view.sentenceOf[phrase.tokens.lowerBound])
                return (speaker(partner, mention: mention, span: span), partner)
            }
            // "his lawyer" after "His lawyer, Frode Lien, …": the role's named holder.
            if let holder = namedHolder(of: phrase, owner: registry[entity].lastWord) {
                return (speaker(holder, mention: mention, span: span), holder)
            }
            let name = registry[entity].name
            return (Speaker(name: "\(role), \(name)", mention: mention, role: role, span: span,
                            kind: view.lexicon.kind(of: phrase.head) == .org ? .organization : .person, organization: name), nil)
        case .description:
            // "one unaligned Florida Republican strategist", "a spokesman": someone not named, never a person or
            // body named before.
            let refersBack = !Self.indefiniteOpeners.contains(view.lower[phrase.tokens.lowerBound])
            // "Vold and Moe met on Friday. The latter said …": the second of the two named just before.
            if phrase.tokens.count == 2, view.isLower(phrase.tokens.lowerBound, "the"),
               case let word = view.lower[phrase.tokens.lowerBound + 1], word == "former" || word == "latter",
               let entity = registry.pairMember(former: word == "former", before: firstPairReference(before: phrase.tokens.lowerBound),
                                                sentence: view.sentenceOf[phrase.tokens.lowerBound]) {
                registry.noteMention(token: phrase.tokens.lowerBound, entity: entity, sentence: view.sentenceOf[phrase.tokens.lowerBound])
                return (speaker(entity, mention: mention, span: span), entity)
            }
            if refersBack, let entity = qualifiedDescriptionReferent(phrase) {
                registry.noteMention(token: phrase.tokens.lowerBound, entity: entity, sentence: view.sentenceOf[phrase.tokens.lowerBound])
                return (speaker(entity, mention: mention, span: span), entity)
            }
            // A text named by its noun speaks for a named author only: "the statement" is a better label than a
            // description a sentence before gave its author.
            if refersBack, let author = documentAuthor(phrase), author.entity != nil {
                return spokenThroughText(author, at: phrase.tokens.lowerBound, mention: mention, span: span)
            }
            // "Another engineer, who asked not to be named, said …. “…,” the engineer said.": the unnamed source who
            // spoke last, described with the same noun, speaks again, before someone the text named with that role
            // earlier ("Rui Tavares, a geotechnical engineer, …").
            // ("The mayor of Lower Wexcombe" is a description of its own.)
            if refersBack, !phrase.isOrganization, phrase.tokens.count == 2, view.isLower(phrase.tokens.lowerBound, "the"),
               phrase.tokens.upperBound == view.count || !view.has(phrase.tokens.upperBound, .preposition),
               let again = sameUnnamedSpeaker(head: phrase.head, before: phrase.tokens.lowerBound, mention: mention, span: span) {
                return (again, nil)
            }
            // Only a role noun or a body word refers back ("the senator"); a party or place word does not ("the
            // Wisconsin Republican" is not whoever had "Republican" in a title).
            if refersBack, phrase.isOrganization || view.lexicon.kind(of: phrase.head) == .role, !belongsElsewhere(phrase),
               let entity = registry.resolve(description: phrase.head, organization: phrase.isOrganization,
                                             modifiers: descriptionModifiers(phrase), before: phrase.tokens.lowerBound,
                                             sentence: view.sentenceOf[phrase.tokens.lowerBound]),
               ownerAgrees(phrase, with: entity) {
                registry.noteMention(token: phrase.tokens.lowerBound, entity: entity, sentence: view.sentenceOf[phrase.tokens.lowerBound])
                return (speaker(entity, mention: mention, span: span), entity)
            }
            if refersBack, let entity = describedOutlet(phrase) {
                registry.noteMention(token: phrase.tokens.lowerBound, entity: entity, sentence: view.sentenceOf[phrase.tokens.lowerBound])
                return (speaker(entity, mention: mention, span: span), entity)
            }
            if refersBack, phrase.isOrganization, let entity = unmarkedBusiness(phrase) {
                registry.noteMention(token: phrase.tokens.lowerBound, entity: entity, sentence: view.sentenceOf[phrase.tokens.lowerBound])
                return (speaker(entity, mention: mention, span: span), entity)
            }
            if refersBack, let entity = contestant(phrase) {
                registry.noteMention(token: phrase.tokens.lowerBound, entity: entity, sentence: view.sentenceOf[phrase.tokens.lowerBound])
                return (speaker(entity, mention: mention, span: span), entity)
            }
            if refersBack, let entity = namedPersonByStatus(phrase) {
                // The epithet is the person's role from here on: "the electrician" later is the same person.
                registry.fillRole(view.phrase(phrase.tokens.dropFirst()), of: entity)
                registry.noteMention(token: phrase.tokens.lowerBound, entity: entity, sentence: view.sentenceOf[phrase.tokens.lowerBound])
                return (speaker(entity, mention: mention, span: span), entity)
            }
            if let owner = textOwner(phrase) {
                registry.noteMention(token: phrase.tokens.lowerBound, entity: owner, sentence: view.sentenceOf[phrase.tokens.lowerBound])
                return (speaker(owner, mention: mention, span: span), owner)
            }
            if let owned = roleOfNamedOwner(phrase, mention: mention, span: span) ?? roleOfDescribedBody(phrase, mention: mention, span: span) {
                return (owned, nil)
            }
            let words = phrase.tokens.dropFirst(view.has(phrase.tokens.lowerBound, .determiner) ? 1 : 0)
            let name = Self.withoutPossessive(view.phrase(words))
            if let owned = ownedByBodyOrTextBefore(phrase, mention: mention, span: span) { return (owned, nil) }
            if !phrase.isOrganization, let body = organization(after: phrase.tokens.upperBound) {
                // "A spokeswoman for the Energy Department": the role and the body, not a bare "spokeswoman".
                return (Speaker(name: "\(name), \(body)", mention: mention, role: name, span: span, kind: .person, organization: body), nil)
            }
            if !phrase.isOrganization, let (role, body) = qualifiedRole(words) {
                return (Speaker(name: "\(role), \(body)", mention: mention, role: role, span: span, kind: .person, organization: body), nil)
            }
            // "Halden Energy raised its prices. A spokesman said …": one who speaks for a body by trade speaks for the
            // body that is the subject just before; "A company spokesman said …": one whose body a body noun names
            // speaks for the body that noun describes, when the text named one, and for no other body ("Hexley Homes
            // said … A council spokesman said" is the council's).
            let bodyNoun = words.count == 2 && view.wordKinds[words.lowerBound] == .org && !view.isCapitalized(words.lowerBound)
                ? words.lowerBound : nil
            if !phrase.isOrganization, words.count == 1 || bodyNoun != nil, Self.spokespersonNouns.contains(view.lower[words.upperBound - 1]),
               let body = bodyNoun.map({ bodyByNoun($0) }) ?? bodyAsSubject(before: phrase.tokens.lowerBound) {
                let role = view.words[words.upperBound - 1]
                return (Speaker(name: "\(role), \(body)", mention: mention, role: role, span: span, kind: .person, organization: body), nil)
            }
            if !phrase.isOrganization, let body = bodyByItsNoun(after: phrase.tokens.upperBound) {
                return (Speaker(name: "\(name), \(body)", mention: mention, role: name, span: span, kind: .person, organization: body), nil)
            }
            // "A senior Western diplomat told Reuters …. “…,” the diplomat said.": the unnamed source who spoke last,
            // described with the same noun, speaks again.
            if refersBack, !phrase.isOrganization, words.count == 1,
               let again = sameUnnamedSpeaker(head: phrase.head, before: phrase.tokens.lowerBound, mention: mention, span: span) {
                return (again, nil)
            }
            // "The authority says …" after "the regional port authority": a body keeps the fuller name the text
            // gave it, so one body is one speaker.
            let fuller = phrase.isOrganization && words.count == 1 ? earlierDescription(ofHead: words.lowerBound) : nil
            return (Speaker(name: fuller ?? name, mention: mention, role: nil, span: span,
                            kind: phrase.isOrganization ? .organization : .person), nil)
        case .name where phrase.tokens.lowerBound < phrase.name.lowerBound && view.has(phrase.tokens.lowerBound, .article)
            && (SpeakerName.descriptors.contains(view.lower[phrase.name.upperBound - 1]) || isMembershipDescription(phrase)):
            // "the Wisconsin Republican": a description of someone, whose last word says what they are.
            var description = phrase
            description.form = .description
            description.head = view.lower[phrase.name.upperBound - 1]
            return resolve(description, cueKind: cueKind)
        case .name:
            // "the younger Courtenay": of two people with one family name, the one kinship makes younger or elder.
            if let younger = relativeAge(of: phrase) {
                guard let entity = registry.resolve(name: view.phrase(phrase.name), lastWord: view.lower[phrase.name.upperBound - 1],
                                                    younger: younger)
                else { return (nil, nil) }
                registry.noteMention(token: phrase.name.lowerBound, entity: entity, sentence: view.sentenceOf[phrase.name.lowerBound])
                return (speaker(entity, mention: mention, span: span), entity)
            }
            let written = view.phrase(phrase.name)
            let (name, descriptor) = SpeakerName.canonical(written, isBody: phrase.isOrganization)
            // The registry keys a name by its last token, which is after the hyphen of a double surname ("Rourke-Tanaka's").
            let lastWord = name == written ? view.lower[phrase.name.upperBound - 1]
                : String(name.split(whereSeparator: { $0 == " " || $0 == "-" }).last!).lowercased()
            let fullerTokens = phrase.isOrganization ? fullerBodyName(startingWith: phrase.name) : nil
            let fuller = fullerTokens.map { view.phrase($0) }
            // The honorific is read first: read inside the registry's own mutating call, it made the registry be
            // copied for every name resolved.
            let honorific = honorificPronoun(before: phrase.name.lowerBound)
            let known = fuller.flatMap(registry.entity(named:))
                ?? (name == written ? registry.entity(mentionedAt: phrase.name.lowerBound).flatMap {
                    registry[$0].name.utf8.count > name.utf8.count && registry[$0].name.hasSuffix(" " + name) ? $0 : nil
                } : nil)
                ?? registry.resolve(name: name, lastWord: lastWord, pronoun: honorific)
            let role = phrase.role ?? descriptor ?? known.flatMap { registry[$0].role }
            // "The company, Fjordline, said …", "Fjordline, the ferry company, said …": a name whose role is a
            // body is an organization.
            // A trade noun names a person's work as well as a firm ("Maria Lopez, a crane operator"): a full name
            // that opens on a known given name stays a person, as "The operator, Kari Holm," does.
            let namesBody = phrase.isOrganization || view.isPlace(name) || isAcronym(phrase.name)
                || isBodyRole(phrase.role) && !(phrase.name.count >= 2 && isTradeRole(phrase.role) && opensOnGivenName(phrase.name))
            var kind: Speaker.Kind = namesBody ? .organization : .person
            // Whoever "reports", or is what something is "according to", is an outlet unless a person's
            // role says otherwise ("according to Kremlin spokesperson Dmitry Peskov"), or the text names them by
            // surname elsewhere ("according to Nadia Varga. … Varga urged …").
            if phrase.isOutlet || ((cueKind == .report || cueKind == .source) && !view.lexicon.hasPersonRole(role) && !phrase.isOrganization
                && !namesPerson(phrase) && !(phrase.name.count >= 2 && known.map { registry.isNamedBySurname($0, outside: phrase.name, view: view) } ?? false)) {
                kind = .outlet
            }
            let entity = known ?? registry.register(name: fuller ?? name, lastWord: fullerTokens.map { view.lower[$0.upperBound - 1] } ?? lastWord,
                                                    role: phrase.role ?? descriptor, kind: kind)
            if known != nil, let role = phrase.role { registry.fillRole(role, of: entity) }
            // Every quote reports the fullest name: a longer mention ("Coastal Trade Journal") names the entity.
            if name.utf8.count > registry[entity].name.utf8.count && name.hasSuffix(registry[entity].name) { registry.rename(entity, to: name) }
            if kind == .outlet { registry.markOutlet(entity) } else if namesBody { registry.markOrganization(entity) }
            registry.noteMention(token: phrase.name.lowerBound, entity: entity, sentence: view.sentenceOf[phrase.name.lowerBound])
            // "Dr Lachlan Ferreira-Holt said" after "The area coroner, Dr Lachlan Ferreira-Holt,": a bare courtesy
            // title at this mention says less than the role the text gave the person.
            let mentionRole = phrase.role.flatMap { EntityRegistry.isCourtesyTitle($0) && registry[entity].role != nil ? nil : $0 }
            if let mentionRole { registry.noteStatedRole(mentionRole, of: entity) }
            let found = registry[entity]
            return (Speaker(name: found.name, mention: mention, role: mentionRole ?? descriptor ?? found.shownRole, span: span,
                            kind: found.kind), entity)
        }
    }

    /// "the younger Courtenay", "the elder Oyelaran": whether the phrase asks for the younger (true) or the elder
    /// (false) of the people named so; nil for other names.
    private func relativeAge(of phrase: SpeakerPhrase) -> Bool? {
        let word = phrase.name.lowerBound - 1
        guard !phrase.isOrganization, word - 1 >= phrase.tokens.lowerBound, view.isLower(word - 1, "the") else { return nil }
        switch view.lower[word] {
        case "younger": return true
        case "elder", "older": return false
        default: return nil
        }
    }

    /// "The RNLI said", "NATO warned": one word in capitals, in a line that is not all capitals, is a body's
    /// acronym, as the entity registry reads it.
    private func isAcronym(_ name: Range<Int>) -> Bool {
        name.count == 1 && TranscriptLabel.isInCapitals(view.words[name.lowerBound])
            && !(name.upperBound < view.count && view.isWord(name.upperBound) && TranscriptLabel.isInCapitals(view.words[name.upperBound]))
    }

    /// "according to Ffion Pascoe of the Seabird Trust": a name that a body's name follows after a preposition
    /// (where the person works) is a person, not an outlet. (A known given name is no such sign: "Al Jazeera",
    /// "Metro Wire".)
    private func namesPerson(_ phrase: SpeakerPhrase) -> Bool {
        let name = phrase.name
        guard name.count >= 2 else { return false }
        let after = name.upperBound
        guard after + 1 < view.count, SpeakerPhraseReader.bodyPrepositions.contains(view.lower[after]) else { return false }
        let body = view.isLower(after + 1, "the") ? after + 2 : after + 1
        return body < view.count && view.isCapitalized(body) && view.sentenceOf[body] == view.sentenceOf[after]
    }

    /// "The Royal Society for the Protection of Birds said", "the Institute for the Study of War": a body's name
    /// read up to its body word goes on with "for", "on" or "of", an optional "the" and capitalized words. The
    /// fuller name's tokens, or nil.
    private func fullerBodyName(startingWith name: Range<Int>) -> Range<Int>? {
        guard let last = name.last, view.isBodyWord(last) else { return nil }
        var end = name.upperBound
        var fuller: Int?
        while end + 1 < view.count, view.quoteOf[end] < 0, EntityRegistry.bodyNamePrepositions.contains(view.lower[end]) {
            let next = view.isLower(end + 1, "the") ? end + 2 : end + 1
            guard isBodyNameWord(next) else { break }
            end = next
            while isBodyNameWord(end) { end += 1 }
            fuller = end
        }
        return fuller.map { name.lowerBound..<$0 }
    }

    private func isBodyNameWord(_ index: Int) -> Bool {
        // Days and months are no part of a name ("the Bank of England on Tuesday").
        index < view.count && view.quoteOf[index] < 0 && view.isCapitalized(index) && !view.has(index, [.notName, .dayWord])
            && !SentenceRules.isTitle(view.words[index]) && view.cue(at: index, within: view.count) == nil
            && view.lexicon.givenNames[view.lower[index]] == nil
    }

    private static let spokespersonNouns: WordSet = ["spokesman", "spokeswoman", "spokesperson", "spokespeople"]

    /// The body a body noun used as a modifier describes ("company" in "a company spokesman"), named before.
    private func bodyByNoun(_ noun: Int) -> String? {
        registry.resolve(description: view.lower[noun], organization: true, before: noun, sentence: view.sentenceOf[noun])
            .map { registry[$0].name }
    }

    /// The name of a body that is the subject of the clause or sentence before `token`, named or described.
    private func bodyAsSubject(before token: Int) -> String? {
        let sentence = view.sentenceOf[token]
        guard let body = subjectAntecedent(before: token, where: {
            // A lone capitalized word before a verb's form, not one before a noun ("Narrow work leads to …"); an
            // aside set off by commas may stand between them ("Lumo, the start-up that makes thermostats, is …").
            let verbNext = isVerbForm(afterAside($0.tokens.upperBound))
            let word = $0.tokens.count == 1 && verbNext ? view.lower[$0.name.lowerBound] : nil
            return $0.isOrganization && $0.form != .pronoun
                || $0.form == .name && registry.isBodySubject(at: $0.name.lowerBound, word: word, near: sentence)
        }) else { return nil }
        // "Police arrested two men": a body word capitalized only because it opens the sentence is no name.
        if body.form == .name && body.name.count == 1 && view.opensSentence(body.name.lowerBound) && view.wordKinds[body.name.lowerBound] == .org {
            return view.lower[body.name.lowerBound]
        }
        if body.form == .name {
            // "Verholt Foods lowered … Verholt, which employs …": the full name the text gave the body first.
            if let entity = registry.entity(mentionedAt: body.name.lowerBound) { return registry[entity].name }
            return SpeakerName.canonical(view.phrase(body.name), isBody: true).0
        }
        return registry.resolve(description: body.head, organization: true, before: body.tokens.lowerBound,
                                sentence: view.sentenceOf[body.tokens.lowerBound]).map { registry[$0].name } ?? commonNounPhrase(body.tokens)
    }

    private func isVerbForm(_ index: Int) -> Bool {
        index < view.count && view.has(index, [.finiteVerb, .be, .auxiliary, .ed, .simplePast, .unmarkedPast])
    }

    /// Where the sentence goes on after an aside that a comma at `index` opens and another closes within a dozen
    /// words, outside quote marks; `index` itself when no comma opens one there.
    private func afterAside(_ index: Int) -> Int {
        guard index < view.count, view.isComma(index) else { return index }
        let sentenceEnd = view.document.sentences[view.sentenceOf[index]].tokens.upperBound
        guard index + 2 < sentenceEnd, let close = ((index + 2)..<min(sentenceEnd, index + 14)).first(where: { !view.isWord($0) && !view.isGluedHyphen($0) || view.quoteOf[$0] >= 0 }),
              view.isComma(close), view.quoteOf[close] < 0
        else { return index }
        return close + 1
    }

    /// "His lawyer, Frode Lien, argued … (…) his lawyer said", "Rustad's lawyer said": a person's role that the text
    /// gave a named person before is that person, unless the role given there names another owner ("the victim's
    /// lawyer, Ana Berg"). `owner` is the owner's last word; a holder that is the owner itself is still the holder
    /// (no one is their own lawyer: "his" found the wrong person). Nil for a plural, a body or a role no one named
    /// holds.
    private func namedHolder(of phrase: SpeakerPhrase, owner: String) -> Int? {
        let head = phrase.tokens.upperBound - 1
        // "her sister" after "Marisol Ventura and her sister, Inés,": a kinship noun's named holder too.
        guard view.lexicon.kind(of: phrase.head) == .role || EntityRegistry.kinshipPronouns[phrase.head] != nil,
              !view.has(head, .plural), Self.spouseWords[phrase.head] == nil,
              let holder = registry.resolve(description: phrase.head, organization: false, before: phrase.tokens.lowerBound,
                                            sentence: view.sentenceOf[phrase.tokens.lowerBound]),
              registry[holder].kind == .person
        else { return nil }
        guard registry[holder].lastWord != owner else { return holder }
        let entity = registry[holder]
        let stated = ([entity.statedRole].compactMap { $0 } + entity.descriptions).flatMap { Self.ownerWords(in: $0) }
        return stated.isEmpty || stated.contains(owner) ? holder : nil
    }

    /// The owners a stated role names, lowercased: "Rustad's lawyer" and "lawyer for Rustad" give "rustad".
    private static func ownerWords(in role: String) -> [String] {
        let words = role.split(separator: " ").map(String.init)
        return words.indices.compactMap { index in
            let word = words[index]
            if let ending = SpeakerName.possessiveEnding(of: word) { return String(word.dropLast(ending)).lowercased() }
            if index > 0, ["for", "of"].contains(words[index - 1]), word.first?.isUppercase == true {
                return words[index...].prefix { $0.first?.isUppercase == true }.last?.lowercased()
            }
            return nil
        }
    }

    /// "Lind's lawyer said", "Vestlink's office said": the role and whose it is, named as "lawyer, Eva Lind", as
    /// the inverted "said Lind's lawyer" and "a lawyer for Lind" are.
    private func roleOfNamedOwner(_ phrase: SpeakerPhrase, mention: String, span: TextSpan) -> Speaker? {
        guard phrase.tokens.count >= 2, let (ownerName, possessive) = reader.possessiveOwner(in: phrase.tokens) else { return nil }
        let written = Self.withoutPossessive(view.phrase(ownerName))
        let lastWord = Self.withoutPossessive(view.words[possessive]).lowercased()
        // "Rustad's lawyer" after "Rustad's lawyer, Frode Lien,": the named holder of a person's role (a country's
        // or a body's office is held by whoever the text ties to that owner, which other rules read).
        let ownerEntity = registry.resolve(name: written, lastWord: lastWord)
        if possessive == phrase.tokens.lowerBound || possessive == phrase.tokens.lowerBound + 1,
           let ownerEntity, registry[ownerEntity].kind == .person, !registry[ownerEntity].isPlace,
           let holder = namedHolder(of: phrase, owner: lastWord) {
            return speaker(holder, mention: mention, span: span)
        }
        let owner = ownerEntity.map { registry[$0].name } ?? written
        let role = Self.withoutPossessive(view.phrase((possessive + 1)..<phrase.tokens.upperBound))
        let isBody = view.lexicon.kind(of: phrase.head) == .org
        let kind: Speaker.Kind = isBody ? .organization : view.has(phrase.tokens.upperBound - 1, .plural) ? .group : .person
        return Speaker(name: "\(role), \(owner)", mention: mention, role: role, span: span, kind: kind, organization: owner)
    }

    /// "Vukovic's statement said", "the bank's statement noted": a text speaks for its owner, when the text names the
    /// owner before (by name, or as a body the possessive noun describes).
    private mutating func textOwner(_ phrase: SpeakerPhrase) -> Int? {
        guard let head = phrase.tokens.last, view.has(head, .writtenText), head - 1 >= phrase.tokens.lowerBound else { return nil }
        let owner = head - 1
        if reader.isPossessiveName(owner) {
            let written = Self.withoutPossessive(view.words[owner])
            return registry.resolve(name: written, lastWord: written.lowercased())
        }
        return view.isLower(phrase.tokens.lowerBound, "the") ? describedBody(possessiveAt: owner) : nil
    }

    /// The body a possessive noun at `owner` describes ("the bank's", "the company's"), when the text named it before.
    private func describedBody(possessiveAt owner: Int) -> Int? {
        guard let ending = SpeakerName.possessiveEnding(of: view.words[owner]) else { return nil }
        let noun = String(view.lower[owner].dropLast(ending))
        guard view.lexicon.kind(of: noun) == .org else { return nil }
        return registry.resolve(description: noun, organization: true, before: owner, sentence: view.sentenceOf[owner])
    }

    /// "the company's barrister", "the club's chairman": a role owned by a body the text named before and now
    /// describes, named as the role and that body ("barrister, Celtic Link Ferries").
    private func roleOfDescribedBody(_ phrase: SpeakerPhrase, mention: String, span: TextSpan) -> Speaker? {
        let owner = phrase.tokens.lowerBound + 1
        guard phrase.tokens.count >= 3, view.isLower(phrase.tokens.lowerBound, "the"), view.quoteOf[owner] < 0,
              let body = describedBody(possessiveAt: owner)
        else { return nil }
        let name = registry[body].name
        let role = view.phrase(ownedWords(after: owner, in: phrase))
        return Speaker(name: "\(role), \(name)", mention: mention, role: role, span: span,
                       kind: view.lexicon.kind(of: phrase.head) == .org ? .organization : .person, organization: name)
    }

    /// "The two met the harbour board. Its members listened": "its" is the body named just before, and the
    /// speaker its members (named as a role and the body, like "spokeswoman, Energy Department").
    ///
    /// "The study, which appears in Circulation, suggests …. Its authors say …": the people a text has are the text's
    /// when it is the subject just before ("authors, study").
    private func ownedByBodyOrTextBefore(_ phrase: SpeakerPhrase, mention: String, span: TextSpan) -> Speaker? {
        guard view.isLower(phrase.tokens.lowerBound, "its"), phrase.tokens.count > 1,
              let body = textBefore(owning: phrase) ?? bodyBefore(phrase.tokens.lowerBound) ?? thingOwning(phrase)
        else { return nil }
        let role = view.phrase(ownedWords(after: phrase.tokens.lowerBound, in: phrase))
        return Speaker(name: "\(role), \(body)", mention: mention, role: role, span: span,
                       kind: view.has(phrase.tokens.upperBound - 1, .plural) ? .group : .anonymous, organization: body)
    }

    /// The text, as the subject of the sentence before, whose authors or editors the owned phrase names.
    private func textBefore(owning phrase: SpeakerPhrase) -> String? {
        guard Self.peopleOfTexts.contains(view.lower[phrase.tokens.upperBound - 1]),
              let text = subjectAntecedent(before: phrase.tokens.lowerBound, where: {
                  view.has($0.tokens.upperBound - 1, .writtenText) || SpeakerPhraseReader.documentNouns.contains(view.lower[$0.tokens.upperBound - 1])
              })
        else { return nil }
        return commonNounPhrase(text.tokens.dropFirst(view.has(text.tokens.lowerBound, .determiner) ? 1 : 0))
    }

    /// "The yacht was drifting. Its skipper said …": a thing named by a common noun that opens the sentence before
    /// as its subject ("The", up to two plain words, then the verb) is what has the role "its" owns ("skipper, yacht").
    private func thingOwning(_ phrase: SpeakerPhrase) -> String? {
        let role = phrase.tokens.upperBound - 1
        let sentence = view.sentenceOf[phrase.tokens.lowerBound]
        guard view.wordKinds[role] == .role || view.wordKinds[role] == .anonymous, sentence > 0 else { return nil }
        let start = view.document.sentences[sentence - 1].tokens.lowerBound
        guard view.isLower(start, "the"),
              let verb = ((start + 2)..<min(view.count, start + 4)).first(where: { view.has($0, [.be, .finiteVerb, .ed, .irregularPast]) }),
              ((start + 1)..<verb).allSatisfy({ view.isPlainWord($0, excluding: SpeakerPhraseReader.functionWords) && view.wordKinds[$0] == nil }),
              !view.has(verb - 1, .plural)
        else { return nil }
        return view.phrase((start + 1)..<verb)
    }

    /// The people a text has: who wrote, edited or signed it.
    private static let peopleOfTexts: WordSet = [
        "author", "authors", "editor", "editors", "writer", "writers", "signatory", "signatories", "drafters", "researchers",
    ]

    /// The words a possessive at `owner` owns, without an "own" that only stresses it ("its own accounts" gives
    /// "accounts").
    private func ownedWords(after owner: Int, in phrase: SpeakerPhrase) -> Range<Int> {
        let first = owner + 1 < phrase.tokens.upperBound - 1 && view.isLower(owner + 1, "own") ? owner + 2 : owner + 1
        return first..<phrase.tokens.upperBound
    }

    /// The nearest body word before `token`, in its sentence or the one before, with the words that qualify it
    /// after a determiner ("the harbour board" gives "harbour board").
    private func bodyBefore(_ token: Int) -> String? {
        let floor = view.document.sentences[max(0, view.sentenceOf[token] - 1)].tokens.lowerBound
        guard let head = (max(floor, token - 40)..<token).last(where: { view.wordKinds[$0] == .org && view.quoteOf[$0] < 0 })
        else { return nil }
        var first = head
        while first > floor && head - first < 3 && view.isWord(first - 1) && !view.has(first - 1, [.determiner, .possessive, .clauseWord])
            && view.quoteOf[first - 1] < 0 {
            first -= 1
        }
        return view.phrase(first..<(head + 1))
    }

    /// Whether a role's head is a body the lexicon knows ("company", "ferry company", "union").
    private func isBodyRole(_ role: String?) -> Bool {
        roleHead(role).map { view.lexicon.kind(of: $0) == .org } ?? false
    }

    /// Whether a role's head is a business noun ("operator", "brewer", "supplier").
    private func isTradeRole(_ role: String?) -> Bool {
        roleHead(role).map { view.lexicon.businessHeads.contains($0) } ?? false
    }

    /// Whether a name opens on a given name the lexicon knows.
    private func opensOnGivenName(_ name: Range<Int>) -> Bool {
        view.lexicon.givenNames[view.lower[name.lowerBound]] != nil
    }

    /// A role's head, lowercased: its last word before any preposition ("president of the lawyers association",
    /// "adviser to the group" are people).
    private func roleHead(_ role: String?) -> String? {
        guard let role else { return nil }
        // Word by word over the bytes, without an array: this runs for every name with a role.
        let bytes = role.utf8
        // "Bank of England governor": a preposition between capitalized words is inside a body's name, and the
        // role's head is the lowercase word that ends it.
        let endsLowercase = bytes.last.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } ?? false
        var head: Substring?
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.endIndex
            let word = Substring(bytes[start..<end])
            if !word.isEmpty {
                if WordTraits.byWord[word.lowercased()]?.contains(.preposition) ?? false {
                    let next = end == bytes.endIndex ? end : bytes.index(after: end)
                    let insideName = endsLowercase && (head?.first?.isUppercase ?? false) && (next < bytes.endIndex && bytes[next] >= UInt8(ascii: "A") && bytes[next] <= UInt8(ascii: "Z"))
                    if !insideName { break }
                }
                head = word
            }
            start = end == bytes.endIndex ? end : bytes.index(after: end)
        }
        return head?.lowercased()
    }

    /// The group a quantifier standing alone as the subject speaks for: more of a noun named just before
    /// ("another bakery", "other growers"), else the quantifier itself ("some", "many"). Nil when an "of"
    /// phrase that names no people follows ("Some of the evidence suggests").
    private func bareQuantifierSpeaker(_ quantifier: Int, mention: String, span: TextSpan) -> Speaker? {
        if let contrasted = contrastedSpeaker(quantifier, mention: mention, span: span) { return contrasted }
        guard quantifier + 1 == view.lower.count || !view.isLower(quantifier + 1, "of") else { return nil }
        let word = quantifier > 0 && view.isLower(quantifier - 1, "a") ? "a \(view.lower[quantifier])" : view.lower[quantifier]
        // "One of the nurses said …. Another added …": one more of the group just counted.
        if word == "another", let earlier = countedGroup, view.sentenceOf[quantifier] - earlier.sentence <= 2 {
            return Speaker(name: "another of \(earlier.members)", mention: mention, role: nil, span: span, kind: .group)
        }
        if word != "another", let group = groupOpeningSentenceBefore(word.hasPrefix("a ") ? quantifier - 1 : quantifier) {
            return Speaker(name: "\(word) \(group)", mention: mention, role: nil, span: span, kind: .group)
        }
        return Speaker(name: word, mention: mention, role: nil, span: span, kind: word == "another" ? .anonymous : .group)
    }

    /// "Parents were told by text message. Several said …": a quantifier that opens its sentence counts the
    /// group of people that opened the sentence before, in the same paragraph.
    private func groupOpeningSentenceBefore(_ quantifier: Int) -> String? {
        let sentence = view.sentenceOf[quantifier]
        // "Dockworkers said …, and most warned …": a clause joined after a comma counts from the sentence's own group.
        let joined = quantifier >= 2 && view.has(quantifier - 1, .andBut) && view.isComma(quantifier - 2)
        guard view.opensSentence(quantifier) && sentence > 0 || joined else { return nil }
        let before = joined ? view.document.sentences[sentence] : view.document.sentences[sentence - 1]
        guard before.paragraph == view.document.sentences[sentence].paragraph, before.tokens.count > 2 else { return nil }
        let start = before.tokens.lowerBound
        let limit = joined ? quantifier - 2 : before.tokens.upperBound
        guard start + 1 < limit else { return nil }
        if let group = reader.openingGroup(at: start, limit: limit) {
            // The group's noun without its determiner or quantifier ("The parents", "Some parents" → "parents").
            let words = group.tokens.drop { view.has($0, .determiner) || view.has($0, .quantifier) }
            guard let first = words.first else { return nil }
            return lowercasedOpening(first..<words.endIndex, openingIsCommon: true)
        }
        // "Parents were told …", "Residents gathered …", "Dockworkers said …": a bare plural, capitalized as the
        // sentence's first word, with its verb right after it; or after a count ("About 200 shopkeepers gathered …",
        // "Dozens of nurses gathered …").
        let noun = countEnd(from: start, limit: limit) ?? start
        guard noun + 1 < limit, view.document.tokens[noun].kind == .word, view.has(noun, .plural), view.wordKinds[noun] != .outlet,
              view.wordKinds[noun] != .org
        else { return nil }
        // "Nurses at St Bride's walked out": where they work or come from may stand between the noun and its verb.
        let verb = placeQualifierEnd(after: noun, limit: limit) ?? noun + 1
        guard verb < limit, isVerbOfGroup(verb, limit: limit) else { return nil }
        return view.lower[noun]
    }

    /// A verb a group's noun may take: any verb form, an auxiliary, or a cue.
    private func isVerbOfGroup(_ index: Int, limit: Int) -> Bool {
        isVerb(index) || view.has(index, .auxiliary) || view.cue(at: index, within: limit) != nil
    }

    /// After a group's noun, the end of a short phrase of where its people are ("at the port", "from three
    /// villages", "of Tromsø"): the first verb within six words, with no comma or marks before it.
    private func placeQualifierEnd(after noun: Int, limit: Int) -> Int? {
        guard noun + 2 < limit, Self.placeQualifierPrepositions.contains(view.lower[noun + 1]) else { return nil }
        for index in (noun + 2)..<min(limit, noun + 8) {
            if view.isComma(index) || view.quoteOf[index] >= 0 || view.has(index, [.clauseWord, .relativePronoun]) { return nil }
            if isVerbOfGroup(index, limit: limit) { return index }
        }
        return nil
    }

    private static let placeQualifierPrepositions: WordSet = ["at", "in", "of", "from", "on", "across", "near"]

    /// Where a count that opens a sentence ends: "About 200", "More than 300", "Nearly 40", "Dozens of", "Hundreds of".
    private func countEnd(from start: Int, limit: Int) -> Int? {
        if start + 2 < limit, Self.countNouns.contains(view.lower[start]), view.isLower(start + 1, "of") { return start + 2 }
        guard let number = (start..<min(limit, start + 3)).first(where: { view.document.tokens[$0].kind == .number }),
              (start..<number).allSatisfy({ Self.countBounds.contains(view.lower[$0]) })
        else { return nil }
        return number + 1
    }

    private static let countNouns: WordSet = ["dozens", "hundreds", "thousands", "scores", "tens"]
    private static let countBounds: WordSet = ["about", "around", "some", "nearly", "almost", "more", "than", "over", "at", "least", "roughly"]

    /// "One bakery says …, another says …", "Some growers agreed; others said …": "another" and "others" stand
    /// for more of the noun that "one" or "some" named just before (in their sentence or the one before), as
    /// "another bakery" or "other growers". Nil when no such noun precedes.
    private func contrastedSpeaker(_ quantifier: Int, mention: String, span: TextSpan) -> Speaker? {
        let word = view.lower[quantifier]
        guard word == "another" || word == "others" else { return nil }
        let opener: Set<String> = word == "another" ? ["one", "a"] : ["some", "many", "most"]
        let sentence = view.sentenceOf[quantifier]
        // Within the sentence and the one before, and at most 60 tokens back, so a long text stays linear.
        let floor = max(view.document.sentences[max(0, sentence - 1)].tokens.lowerBound, quantifier - 60)
        func isPlain(_ index: Int) -> Bool {
            view.isWord(index) && !view.isCapitalized(index) && !view.has(index, [.clauseWord, .determiner])
                && view.cue(at: index, within: quantifier) == nil
        }
        for index in stride(from: quantifier - 2, through: floor, by: -1)
        where opener.contains(view.lower[index]) && view.quoteOf[index] < 0 {
            // The noun goes on over words the lexicon knows ("one dock worker") and, after "some", plurals.
            var head = index + 1
            while head - index <= 3, head + 1 < quantifier, isPlain(head), isPlain(head + 1),
                  view.wordKinds[head + 1] != nil || view.has(head + 1, .plural) && word == "others" {
                head += 1
            }
            // "Some said …; others warned …" after "Analysts were divided.": the bare opener counts from the group
            // that opened the sentence before.
            if word == "others", view.has(index + 1, [.finiteVerb, .be, .auxiliary, .ed, .irregularPast]) || view.cue(at: index + 1, within: quantifier) != nil,
               let group = groupOpeningSentenceBefore(index) {
                return Speaker(name: "other \(group)", mention: mention, role: nil, span: span, kind: .group)
            }
            guard isPlain(head), word == "another" || view.has(head, .plural) || view.wordKinds[head] != nil else { continue }
            let noun = view.phrase((index + 1)..<(head + 1))
            let name = word == "another" ? "another \(noun)" : "other \(noun)"
            return Speaker(name: name, mention: mention, role: nil, span: span, kind: word == "another" ? .anonymous : .group)
        }
        return nil
    }

    /// The fullest lowercase description the text gave the same head noun before `head` ("regional port
    /// authority" for a later "the authority"): up to three plain words between an article or possessive and
    /// the noun, looked for in the 400 tokens before. The noun must end its phrase there: in "a former bank
    /// manager" it is a modifier, and "the bank" is not the manager.
    private func earlierDescription(ofHead head: Int) -> String? {
        let noun = view.lower[head]
        for index in stride(from: head - 2, through: max(0, head - 400), by: -1)
        where view.lower[index] == noun && view.quoteOf[index] < 0 && endsNounPhrase(at: index) {
            var start = index
            while start > 0 && index - start < 3 && view.isWord(start - 1) && !view.isCapitalized(start - 1)
                && !view.has(start - 1, [.determiner, .possessive, .clauseWord]) && view.quoteOf[start - 1] < 0 {
                start -= 1
            }
            guard start < index, start > 0, view.has(start - 1, [.article, .possessive]) else { continue }
            return view.phrase(start..<(index + 1))
        }
        return nil
    }

    /// "the New Jersey governor", "the Wisconsin Republican": a definite description whose capitalized words
    /// place the person refers to someone the text is about. A person whose known role holds those words is
    /// meant; else the person the recent sentences are about, as a pronoun would be resolved (news writing
    /// varies a name this way), not whoever else once had the role.
    private mutating func qualifiedDescriptionReferent(_ phrase: SpeakerPhrase) -> Int? {
        let tokens = phrase.tokens
        // "the 24-year-old striker", "the 81-year-old", "the Norwegian": an age or a nation says the text
        // already knows the person.
        // "the singer, 29, told …": so does an age set off after the noun.
        // "the three-time MVP": so does a count of times won or held.
        if !phrase.isOrganization, view.isLower(tokens.lowerBound, "the"),
           reader.ageCompoundEnd(from: tokens.lowerBound + 1, limit: tokens.upperBound) != nil || isMembershipDescription(phrase)
            || reader.timesCompoundEnd(from: tokens.lowerBound + 1, limit: tokens.upperBound) != nil
            || view.lexicon.kind(of: phrase.head) == .role && reader.hasAgeApposition(after: tokens.upperBound - 1) {
            return registry.resolve(pronoun: "", at: tokens.lowerBound, sentence: view.sentenceOf[tokens.lowerBound])
        }
        // The head is a noun for a person: a role or a party member ("Republican"), not an adjective ("Democratic").
        guard !phrase.isOrganization, tokens.count >= 3, view.isLower(tokens.lowerBound, "the"),
              view.lexicon.kind(of: phrase.head) == .role
                || SpeakerName.descriptors.contains(phrase.head) && !Self.adjectiveDescriptors.contains(phrase.head)
        else { return nil }
        // "the former Poland midfielder": a word of lasting status may stand before the capitalized words.
        let statusWords = EntityRegistry.statusWords.contains(view.lower[tokens.lowerBound + 1]) ? 1 : 0
        let qualifier = ((tokens.lowerBound + 1 + statusWords)..<(tokens.upperBound - 1)).filter { view.isCapitalized($0) }
        // "the Finance Minister's adviser": a possessive says whose role it is, not where its holder is from.
        guard !qualifier.isEmpty, qualifier.count == tokens.count - 2 - statusWords, !reader.isPossessiveName(qualifier.last!)
        else { return nil }
        // "the Prime Minister", "the House speaker": a word of an office's title places no one, unlike a party.
        if qualifier.allSatisfy({ view.wordKinds[$0] == .modifier && !Self.partyWords.contains(view.lower[$0]) }) { return nil }
        let place = view.phrase(qualifier.first!..<(qualifier.last! + 1))
        let token = tokens.lowerBound
        return registry.resolve(description: phrase.head, organization: false, qualifier: place, before: token, sentence: view.sentenceOf[token])
            ?? registry.resolve(pronoun: "", at: token, sentence: view.sentenceOf[token])
    }

    static let adjectiveDescriptors: WordSet = ["democratic", "presidential", "former"]

    /// The lowercase words between a description's determiner and its head ("defence" in "the defence minister"),
    /// words of status left out ("the former minister" is still the minister).
    private func descriptionModifiers(_ phrase: SpeakerPhrase) -> [String] {
        let words = phrase.tokens.dropFirst(view.has(phrase.tokens.lowerBound, .determiner) ? 1 : 0).dropLast()
        return words.filter { view.isWord($0) && !view.isCapitalized($0) && !EntityRegistry.statusWords.contains(view.lower[$0]) }
            .map { view.lower[$0] }
    }

    /// "Okoye, 19, had been on for six minutes. The teenager admitted …": "the" and a noun for a person by age
    /// or sex varies the name of a person named in that sentence or the one before, as a pronoun would, unless
    /// the text introduced someone unnamed with that noun ("a woman was injured … the woman said") or, in those
    /// sentences, with another ("a young child, who said … asked the boy").
    private mutating func namedPersonVaried(_ phrase: SpeakerPhrase) -> Int? {
        let tokens = phrase.tokens
        // "the younger man", "the old woman": a word of age may stand before the noun.
        guard tokens.count == 2 || tokens.count == 3 && Self.ageAdjectives.contains(view.lower[tokens.lowerBound + 1]),
              view.isLower(tokens.lowerBound, "the"), Self.personByAgeOrSex.contains(phrase.head) else { return nil }
        let noun = view.lower[tokens.upperBound - 1]
        let sentence = view.sentenceOf[tokens.lowerBound]
        let before = narrativeSentence(before: sentence)
        guard !introducesUnnamed(noun, before: tokens.lowerBound, orAnyoneFromSentence: before),
              let entity = registry.resolve(pronoun: EntityRegistry.pronoun(ofPersonNoun: noun) ?? "", at: tokens.lowerBound, sentence: sentence),
              registry.isMentioned(entity, inSentencesFrom: max(0, before), before: tokens.lowerBound)
        else { return nil }
        return entity
    }

    /// The sentence before `sentence` that does not open inside quote marks: "“I didn't expect to win. I just wanted
    /// to play,” the boy shrugged." follows the lead, not the quote's first sentence. At most three back.
    private func narrativeSentence(before sentence: Int) -> Int {
        func isInsideMarks(_ index: Int) -> Bool {
            let tokens = view.document.sentences[index].tokens
            let span = view.quoteOf[tokens.lowerBound]
            return span >= 0 && spanTokens[span].close >= tokens.upperBound
        }
        var index = sentence - 1
        while index > 0 && sentence - index < 3 && isInsideMarks(index) { index -= 1 }
        return index
    }

    /// "Her nephew, Tobiah Rennick, visits on Sundays. The nephew says …": "the" and a kinship noun the text gave
    /// a named person refers to that person.
    private func namedRelative(_ phrase: SpeakerPhrase) -> Int? {
        let tokens = phrase.tokens
        guard tokens.count == 2, view.isLower(tokens.lowerBound, "the"), EntityRegistry.kinshipPronouns[phrase.head] != nil else { return nil }
        return registry.resolve(description: phrase.head, organization: false, before: tokens.lowerBound, sentence: view.sentenceOf[tokens.lowerBound])
    }

    /// Whether the text introduced someone unnamed with `noun` ("a woman was injured … the woman said") in the 400
    /// tokens before `token` (as an earlier description is looked for: a long document stays linear), or anyone
    /// unnamed from `sentence` on ("a young child, who said … asked the boy").
    private func introducesUnnamed(_ noun: String, before token: Int, orAnyoneFromSentence sentence: Int) -> Bool {
        let near = view.document.sentences[max(0, sentence)].tokens.lowerBound
        return (max(0, token - 400)..<token).contains { index in
            view.isWord(index) && (view.lower[index] == noun || index >= near && view.wordKinds[index] == .anonymous)
                && (max(0, index - 3)..<index).contains { Self.indefiniteOpeners.contains(view.lower[$0]) }
        }
    }

    /// "Bartholomew Quayle, 67, bought one abroad. “I know it's a risk,” the retired electrician conceded.": "the",
    /// a word of lasting status and a role no one in the text has vary the name of a person named in that sentence
    /// or the one before, as an age does ("the 67-year-old"); without such a word ("the electrician") the role may
    /// be someone new.
    private mutating func namedPersonByStatus(_ phrase: SpeakerPhrase) -> Int? {
        let tokens = phrase.tokens
        guard !phrase.isOrganization, view.isLower(tokens.lowerBound, "the") else { return nil }
        let sentence = view.sentenceOf[tokens.lowerBound]
        // "The flanker", "the ex-Ghana international": an epithet of sport varies the name of the one person the
        // sentence and the one before mention, if that person has no other role than a place in the team ("Captain
        // Joe Ainscough … the defender").
        if let head = epithet(endingAt: tokens.upperBound - 1), tokens.count <= 6,
           let entity = registry.onlyPerson(inSentencesFrom: max(0, sentence - 1), before: tokens.lowerBound),
           registry[entity].role.map({ role in registry[entity].isDescribed(by: head) || isEpithet(role) || isTeamRole(role) }) ?? true {
            return entity
        }
        // "the former ski racer": a past status may qualify a noun the lexicon does not list as a role, and a word may
        // stand between them; "the veteran" alone is one too.
        // Asked of every description after "the": only "the veteran" of two words goes on, and the status word is
        // looked up before anything else.
        guard (3...4).contains(tokens.count) || tokens.count == 2 && view.isLower(tokens.lowerBound + 1, "veteran"),
              case let status = view.lower[tokens.lowerBound + 1], EntityRegistry.statusWords.contains(status)
        else { return nil }
        let past = Self.pastStatusWords.contains(status)
        guard tokens.count == 3 && view.lexicon.kind(of: phrase.head) == .role
                || past && tokens.count >= 3 && view.lexicon.kind(of: phrase.head) != .org && !view.has(tokens.upperBound - 1, .plural)
                || tokens.count == 2 && status == "veteran"
        else { return nil }
        guard !introducesUnnamed(view.lower[tokens.upperBound - 1], before: tokens.lowerBound, orAnyoneFromSentence: sentence),
              let entity = registry.resolve(pronoun: "", at: tokens.lowerBound, sentence: sentence),
              registry[entity].kind == .person,
              registry.isMentioned(entity, inSentencesFrom: max(0, sentence - 1), before: tokens.lowerBound),
              // "Undersheriff Colm Breathnach said … The veteran skipper insisted …": a person the text gave another
              // role is not varied by this one.
              // A past status says what the person was, not what they are now ("Its secretary general, Per Lund, …
              // the former ski racer").
              registry[entity].role == nil || registry[entity].isDescribed(by: phrase.head) || past
        else { return nil }
        return entity
    }

    private static let pastStatusWords: WordSet = ["former", "retired", "onetime"]

    /// "Brightloom cut 200 jobs. The company said …", "…, according to Northern Powergrid. …, the company says": with
    /// no business known, "the company" or "the firm" is the one body or unproven name just before it, unless that
    /// is a public body ("the council", "the agency"); from then on it is a business.
    private mutating func unmarkedBusiness(_ phrase: SpeakerPhrase) -> Int? {
        let start = phrase.tokens.lowerBound
        guard phrase.tokens.count == 2, view.isLower(start, "the"), view.lexicon.businessHeads.contains(phrase.head) else { return nil }
        let bodies = registry.unprovenBodies(before: start, sentence: view.sentenceOf[start]).filter { entity in
            let words = registry[entity].name.lowercased().split(separator: " ")
            return !words.contains { view.lexicon.kind(of: String($0)) == .org }
        }
        guard bodies.count == 1, let entity = bodies.first else { return nil }
        registry.markBusiness(entity)
        return entity
    }

    /// "The Guardian: Ministers have shelved the plan, the paper reports", "The Guardian reported … The paper said …":
    /// "the paper", "the broadcaster" and the like are the outlet a round-up's label names before a colon opening the
    /// sentence, or else the outlet that reported last in this sentence or the three before.
    private mutating func describedOutlet(_ phrase: SpeakerPhrase) -> Int? {
        let start = phrase.tokens.lowerBound
        guard phrase.tokens.count == 2, view.isLower(start, "the"), Self.outletNouns.contains(phrase.head) else { return nil }
        let sentence = view.sentenceOf[start]
        guard var label = roundUpLabel(ofSentence: sentence), label.upperBound <= start else {
            return registry.latestOutlet(before: start, sentence: sentence)
        }
        // Named as the text names it elsewhere: "Guardian" for "The Guardian".
        if view.isLower(label.lowerBound, "the") { label = (label.lowerBound + 1)..<label.upperBound }
        let name = view.phrase(label)
        let entity = registry.entity(named: name) ?? registry.register(name: name, lastWord: view.lower[label.upperBound - 1], role: nil, kind: .outlet)
        registry.markOutlet(entity)
        return entity
    }

    /// Nouns by which news refers back to a newspaper, broadcaster or other outlet it named.
    private static let outletNouns: WordSet = [
        "paper", "newspaper", "tabloid", "broadsheet", "daily", "magazine", "weekly", "broadcaster", "network", "channel",
        "station", "outlet", "website", "site", "publication",
    ]

    /// "The Guardian: …", "Daily Mirror: …": up to four capitalized words that open a sentence before a colon, as a
    /// round-up of the papers labels each item.
    private func roundUpLabel(ofSentence sentence: Int) -> Range<Int>? {
        let start = view.document.sentences[sentence].tokens.lowerBound
        guard let colon = (start..<min(view.count, start + 5)).first(where: { !view.isWord($0) }), colon > start,
              view.isByte(colon, UInt8(ascii: ":")),
              (start..<colon).allSatisfy({ view.isCapitalized($0) }), colon - start > 1 || !view.isLower(start, "the")
        else { return nil }
        return start..<colon
    }

    /// "Ingrid Lunde beat Ola Berg in the final. “…,” the winner said.": "the winner" or "the victor" is the subject of
    /// a verb of beating in that sentence or the two before, "the loser" or "the runner-up" its object.
    private func contestant(_ phrase: SpeakerPhrase) -> Int? {
        let tokens = phrase.tokens
        guard tokens.count == 2 || tokens.count == 4, view.isLower(tokens.lowerBound, "the") else { return nil }
        let noun = view.phrase((tokens.lowerBound + 1)..<tokens.upperBound).lowercased()
        let winner = noun == "winner" || noun == "victor"
        guard winner || noun == "loser" || noun == "runner-up" else { return nil }
        let sentence = view.sentenceOf[tokens.lowerBound]
        for index in stride(from: sentence, through: max(0, sentence - 2), by: -1) {
            let range = view.document.sentences[index].tokens
            let end = index == sentence ? tokens.lowerBound : range.upperBound
            guard let verb = (range.lowerBound..<end).first(where: { Self.beatingVerbs.contains(view.lower[$0]) && view.quoteOf[$0] < 0 }),
                  let phrase = winner ? reader.before(verb, floor: range.lowerBound) : reader.after(verb + 1, limit: end),
                  let entity = personNamed(by: phrase)
            else { continue }
            return entity
        }
        return nil
    }

    private static let beatingVerbs: WordSet = ["beat", "beats", "defeated", "defeats", "edged", "outlasted", "overcame", "downed", "upset"]

    /// Whether a role ends in an epithet of the lexicon ("Former Porto defender").
    private func isEpithet(_ role: String) -> Bool {
        view.lexicon.epithets.contains(Self.lastWord(ofRole: role))
    }

    /// Whether a role is a player's office in a team ("captain", "Vice-captain"), which a player holds besides a
    /// position.
    private func isTeamRole(_ role: String) -> Bool {
        Self.teamRoles.contains(Self.lastWord(ofRole: role))
    }

    /// The last word of a role, lowercase: the noun that says what the role is.
    private static func lastWord(ofRole role: String) -> String {
        String(role.split(separator: " ").last ?? "").lowercased()
    }

    private static let teamRoles: WordSet = ["captain", "skipper", "vice-captain", "co-captain"]

    /// The epithet of the lexicon that ends at `last`, a hyphenated one ("left-hander") whole; or "international"
    /// after the country a player has played for ("the ex-Ghana international").
    private func epithet(endingAt last: Int) -> String? {
        if view.isLower(last, "international"), last >= 1, view.isCapitalized(last - 1), view.lexicon.isPlace(view.words[last - 1]) {
            return "international"
        }
        let word = last >= 2 && view.isGluedHyphen(last - 1) ? view.lower[last - 2] + "-" + view.lower[last] : view.lower[last]
        return view.lexicon.epithets.contains(word) ? word : nil
    }

    private static let personByAgeOrSex: WordSet = ["teenager", "youngster", "man", "woman", "boy", "girl"]
    private static let ageAdjectives: WordSet = ["young", "younger", "old", "older", "elder", "elderly"]

    private static let partyWords: WordSet = ["republican", "democratic", "democrat"]

    /// "“…,” the letter said." after "In a letter to staff, Fenella Roscoe wrote that …", "the statement said"
    /// after "Halvorsen Shipping issued a statement": a text speaks for the author a sentence before gave it.
    /// Nil when the two sentences before do not name the text.
    private func documentAuthor(_ phrase: SpeakerPhrase) -> (entity: Int?, speaker: Speaker?)? {
        let tokens = phrase.tokens
        let head = tokens.upperBound - 1
        guard tokens.count == 2, view.isLower(tokens.lowerBound, "the"), view.has(head, .writtenText) else { return nil }
        let sentence = view.sentenceOf[tokens.lowerBound]
        for earlier in stride(from: sentence - 1, through: max(0, sentence - 2), by: -1) {
            let range = view.document.sentences[earlier].tokens
            guard let noun = range.first(where: { view.lower[$0] == view.lower[head] && view.quoteOf[$0] < 0 }) else { continue }
            return author(ofText: noun, in: earlier)
        }
        return nil
    }

    /// "The chairman, Vikram Sethi, issued a statement. “…,” it read.": "it", when no body is meant, may be a text the
    /// sentence before names as issued or written, which speaks for its author; where that text is mentioned.
    private func textMentionBefore(pronoun token: Int) -> (sentence: Int, noun: Int)? {
        let earlier = sentenceBefore(pronoun: token) - 1
        guard earlier >= 0 else { return nil }
        let range = view.document.sentences[earlier].tokens
        // "a statement", "its letter", "a joint statement": the text noun after its article, perhaps with one word between.
        guard let noun = range.last(where: { index in
            view.has(index, .writtenText) && view.quoteOf[index] < 0 && index > range.lowerBound
                && (view.has(index - 1, [.article, .possessive]) || index - 1 > range.lowerBound && view.has(index - 2, [.article, .possessive])
                    && view.isPlainWord(index - 1, excluding: [.determiner, .preposition, .finiteVerb, .be]))
        }) else { return nil }
        return (earlier, noun)
    }

    /// "The review, led by …, examined …", "Its annual report found …": a text with its article or owner and at most
    /// two words before its noun, opening the sentence before the one `token` opens and followed by a comma or a
    /// verb, as a description.
    private func textSubject(ofSentenceBefore token: Int) -> SpeakerPhrase? {
        let sentence = view.sentenceOf[token]
        // "The inspector's report was blunt. ‘The home has failed …,’ it said.": words in marks may come first.
        let opening = view.document.sentences[sentence].tokens.lowerBound..<token
        guard sentence > 0, opening.allSatisfy({ view.quoteOf[$0] >= 0 || !view.isWord($0) }) else { return nil }
        let range = view.document.sentences[sentence - 1].tokens
        guard range.count > 3, view.has(range.lowerBound, [.article, .possessive]),
              let noun = ((range.lowerBound + 1)...min(range.lowerBound + 3, range.upperBound - 2)).first(where: {
                  SpeakerPhraseReader.documentNouns.contains(view.lower[$0]) && view.quoteOf[$0] < 0
              }),
              ((range.lowerBound + 1)..<noun).allSatisfy({ view.isPlainWord($0, excluding: [.determiner, .preposition, .finiteVerb, .be]) }),
              view.isComma(noun + 1) || view.has(noun + 1, [.finiteVerb, .ed, .irregularPast])
        else { return nil }
        return SpeakerPhrase(tokens: range.lowerBound..<(noun + 1), name: range.lowerBound..<range.lowerBound, form: .description,
                             role: nil, head: view.lower[noun], isOrganization: false, isOutlet: false)
    }

    /// The subject of the verb that issues the text at `noun` ("The leaders of three councils issued a joint
    /// statement"), when it opens its sentence and names a speaker.
    private func issuer(ofText noun: Int, in sentence: Int) -> SpeakerPhrase? {
        let range = view.document.sentences[sentence].tokens
        guard let verb = (range.lowerBound..<noun).first(where: { view.has($0, [.ed, .irregularPast, .finiteVerb]) && !view.isCapitalized($0) }),
              verb > range.lowerBound,
              let subject = reader.postmodifiedSubject(start: range.lowerBound, cue: verb) ?? reader.before(verb, floor: range.lowerBound),
              subject.tokens.lowerBound <= range.lowerBound + 1, subject.form != .pronoun, reader.namesASpeaker(subject)
        else { return nil }
        return subject
    }

    /// The author of a text as the speaker of what the text says, under the mention that stands for the text.
    private mutating func spokenThroughText(
        _ author: (entity: Int?, speaker: Speaker?), at token: Int, mention: String, span: TextSpan
    ) -> (Speaker?, Int?) {
        if let entity = author.entity {
            registry.noteMention(token: token, entity: entity, sentence: view.sentenceOf[token])
            return (speaker(entity, mention: mention, span: span), entity)
        }
        return (author.speaker.map {
            Speaker(name: $0.name, mention: mention, role: $0.role, span: span, kind: $0.kind, organization: $0.organization)
        }, nil)
    }

    /// Who gave the text mentioned at `noun` in sentence `earlier`: who that sentence quotes, else the name nearest
    /// before the mention, else the name right after an opening "In a letter …,".
    private func author(ofText noun: Int, in earlier: Int) -> (entity: Int?, speaker: Speaker?)? {
        let range = view.document.sentences[earlier].tokens
        let bytes = view.document.tokens[range.lowerBound].span.utf8.lowerBound..<view.document.tokens[range.upperBound - 1].span.utf8.upperBound
        // Quotes are emitted sentence by sentence, so the search stops at the first one before that sentence.
        for index in quotes.indices.reversed() {
            let start = quotes[index].span.utf8.lowerBound
            if start < bytes.lowerBound { break }
            // "In a statement, the association apologised and said …": a speaker named by description has no entity.
            if bytes.contains(start), quotes[index].speaker != nil { return (quoteEntities[index], quotes[index].speaker) }
        }
        let named = registry.mentions.lazy.filter { $0.sentence == earlier }
        if let before = named.last(where: { $0.token < noun }) { return (before.entity, nil) }
        guard let comma = (noun..<range.upperBound).first(where: { view.isComma($0) }),
              let after = named.first(where: { $0.token == comma + 1 })
        else { return nil }
        return (after.entity, nil)
    }

    /// "the Norwegian", "the Dane", "the Republican": "the" and a capitalized noun for a person of a nation or a
    /// party, nothing else.
    private func isMembershipDescription(_ phrase: SpeakerPhrase) -> Bool {
        let tokens = phrase.tokens
        guard tokens.count == 2, view.isLower(tokens.lowerBound, "the"), view.isCapitalized(tokens.upperBound - 1) else { return false }
        let noun = view.lower[tokens.upperBound - 1]
        return view.lexicon.nationalities.contains(noun) || Self.partyMembers.contains(noun)
    }

    /// Nouns for a member of a party, which "the" makes a variation of a name the text gave ("The Democrat, who is
    /// seeking a second term, said …"). Not "Independent" or "Liberal", which name newspapers and parties too.
    private static let partyMembers: WordSet = ["democrat", "republican", "tory", "conservative", "socialist", "libertarian"]

    /// A description whose capitalized words qualify its role, as the role and what qualifies it: "the New
    /// Jersey governor" gives ("governor", "New Jersey"), "a State Department official" ("official", "State
    /// Department"), "Clinton's campaign" ("campaign", "Clinton"). A sentence's capitalized first word
    /// ("Senior officials") qualifies nothing.
    private func qualifiedRole(_ words: Range<Int>) -> (role: String, body: String)? {
        // "a DNA test revealed …": a person's noun or a document is what a body qualifies ("memo, Treasury"); another
        // thing keeps its words.
        guard let head = words.last,
              view.wordKinds[head] != nil || EntityRegistry.isAgentNoun(view.lower[head]) || reader.endsWithDocumentNoun(words)
        else { return nil }
        // Lowercase words before the qualifier stay in the role ("independent Vermont senator").
        // A sentence's first word is capitalized whatever it is: it qualifies only as part of a longer run.
        // "One EU official", "Several Kremlin aides": a determiner that opens the sentence counts; it is neither
        // role nor body ("Other Republican leaders" keeps its contrast in the role).
        let opener = words.lowerBound
        let counts = view.opensSentence(opener) && view.has(opener, .determiner) && !["other", "another"].contains(view.lower[opener])
        let first = counts ? opener + 1 : opener
        var start = first
        if view.opensSentence(start) && (view.has(start, .determiner) || !(start + 1 < words.upperBound && view.isCapitalized(start + 1))) {
            start += 1
        }
        while start < words.upperBound && !view.isCapitalized(start) { start += 1 }
        var end = start
        // "A Department of Health spokesman": lowercase words of a title ("of", "for the") inside the body's name.
        // "A Co-op spokesperson", "a Rolls-Royce engineer": a hyphen glued inside the name joins its parts.
        while end < words.upperBound - 1 && (view.isCapitalized(end) || end > start && view.has(end, .titleFiller) && !view.has(end, .article)
                                             && end + 2 < words.upperBound && view.isCapitalized(end + 1)
                                             || end > start && (view.isGluedHyphen(end) || view.isGluedHyphen(end - 1))) {
            end += 1
        }
        guard end > start, end < words.upperBound, !view.isCapitalized(end) else { return nil }
        // "a study published on Wednesday in …": a day or a month is no body; "a European official", "a senior
        // Chinese diplomat": nor is a nation's adjective, which describes the source.
        if view.has(start, .notName) || end == start + 1 && view.lexicon.isNationOrRegionWord(view.lower[start]) { return nil }
        var body = view.phrase(start..<end)
        if let ending = SpeakerName.possessiveEnding(of: body) { body.removeLast(ending) }
        let before = start > first ? lowercasedOpening(first..<start) + " " : ""
        return (before + view.phrase(end..<words.upperBound), body)
    }

    /// "people familiar with the matter", "a source close to the minister", "two officials briefed on the talks":
    /// the qualifier that says what an unnamed source knows is part of how a reader knows it (up to six words,
    /// ending before the cue, a comma or a verb).
    private func withSourceQualifier(_ tokens: Range<Int>) -> Range<Int> {
        let start = tokens.upperBound
        guard start + 2 < view.count, view.quoteOf[start] < 0 else { return tokens }
        let opens = Self.sourceQualifiers[view.lower[start]] == view.lower[start + 1]
            || view.isLower(start, "with") && view.isLower(start + 1, "knowledge") && view.isLower(start + 2, "of")
            // "with direct knowledge of", "with detailed knowledge of".
            || start + 3 < view.count && view.isLower(start, "with") && view.isLower(start + 2, "knowledge") && view.isLower(start + 3, "of")
                && view.isPlainWord(start + 1, excluding: [.determiner, .clauseWord])
        guard opens else { return tokens }
        var end = start + 2
        while end < min(view.count, start + 8) && view.isWord(end) && view.quoteOf[end] < 0
            && view.cue(at: end, within: view.count) == nil && !view.has(end, [.finiteVerb, .be, .auxiliary, .relativePronoun]) {
            end += 1
        }
        return end > start + 2 ? tokens.lowerBound..<end : tokens
    }

    /// The adjective or participle of a qualifier and the preposition it takes.
    private static let sourceQualifiers: [String: String] = [
        "familiar": "with", "close": "to", "briefed": "on", "knowledgeable": "about", "involved": "in",
    ]

    /// An unnamed source as a common noun phrase without its article: "Friends say …" gives "friends", as it
    /// would mid-sentence, and "A port official said" gives "port official".
    private func commonNounPhrase(_ phraseTokens: Range<Int>) -> String {
        Self.withoutPossessive(lowercasedOpening(phraseTokens.dropFirst(phraseTokens.count > 1 && view.has(phraseTokens.lowerBound, .article) ? 1 : 0)))
    }

    /// A description's words without its owner's ending: in "the mayor's warning that …" the owner is "mayor".
    private static func withoutPossessive(_ text: String) -> String {
        SpeakerName.possessiveEnding(of: text).map { String(text.dropLast($0)) } ?? text
    }

    /// The phrase's text, its first letter lowercased when only the sentence's start capitalized it: when its
    /// first word is known to be a common word (a determiner, a lexicon word, or `openingIsCommon`).
    private func lowercasedOpening(_ tokens: Range<Int>, openingIsCommon: Bool = false) -> String {
        let text = view.phrase(tokens)
        let first = tokens.lowerBound
        guard view.opensSentence(first), view.isCapitalized(first),
              openingIsCommon || tokens.count == 1 || view.has(first, [.determiner, .possessive, .numberWord]) || view.wordKinds[first] != nil
                // "Anti-war protesters": a compound whose second part is lowercase is a common word.
                || view.isGluedHyphen(first + 1) && first + 2 < tokens.upperBound && !view.isCapitalized(first + 2),
              view.words[first].unicodeScalars.dropFirst().allSatisfy({ !$0.properties.isUppercase })
        else { return text }
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// The pronoun a title written right before a name implies ("Mrs. Clinton" → she), if any.
    private func honorificPronoun(before name: Int) -> String? {
        var title = name - 1
        if title > 0 && view.isByte(title, UInt8(ascii: ".")) { title -= 1 }
        return title >= 0 ? EntityRegistry.honorificPronoun(view.lower[title]) : nil
    }

    /// "of the dock workers", "in the crowd" after a quantifier: a preposition and a short phrase whose last word is a group of people (a plural, or a people or group noun of the lexicon).
    private func groupComplement(after end: Int) -> Range<Int>? {
        guard end < view.count, ["of", "in", "at", "among", "from"].contains(view.lower[end]) else { return nil }
        var last = end + 1
        while last < view.count && last - end <= 6 && view.quoteOf[last] < 0 && view.document.tokens[last].kind == .word
            && view.cue(at: last, within: view.count) == nil && !view.has(last, .finiteVerb) {
            last += 1
        }
        guard last > end + 1 else { return nil }
        let head = last - 1
        let isGroup = view.has(head, .plural) || view.wordKinds[head] == .anonymous || Self.groupNouns.contains(view.lower[head])
        return isGroup ? end..<last : nil
    }

    static let groupNouns: WordSet = ["crowd", "audience", "public", "electorate", "party", "group", "panel", "committee", "jury", "team", "staff"]

    /// The body named right after an unnamed speaker: "for/at/of/with/from (the) Capitalized Words"
    /// ("for the Energy Department", "at the Ministry of Transport"), or a body word that refers back to one
    /// ("for the agency").
    private func organization(after end: Int) -> String? {
        guard end + 1 < view.count, SpeakerPhraseReader.bodyPrepositions.contains(view.lower[end]) else { return nil }
        var start = end + 1
        if view.has(start, .article) { start += 1 }
        // "Friends of Mr. Clinton" names a person, not a body; "St. Brendan's Hospital" is a body.
        let abbreviated = start + 2 < view.count && reader.isInitialPeriod(start + 1)
        guard start < view.count, abbreviated || !SentenceRules.isTitle(view.words[start]) else { return nil }
        // "Harbour Rail plans to raise fares, a spokeswoman for the company said": a business word after "the"
        // stands for the subject of its own sentence, a name nothing showed to be a person's, before any business
        // named earlier.
        if start > end + 1, !view.isCapitalized(start), view.lexicon.businessHeads.contains(view.lower[start]), endsNounPhrase(at: start),
           let body = unmarkedBodySubject(before: end - 1) {
            return body
        }
        // "a spokeswoman for the agency": a body word after "the" is the body named before with it.
        if start > end + 1, view.wordKinds[start] == .org, !view.isCapitalized(start), endsNounPhrase(at: start),
           let body = registry.resolve(description: view.lower[start], organization: true, before: start, sentence: view.sentenceOf[start]),
           registry[body].kind == .organization {
            return registry[body].name
        }
        // "a spokesperson for the defence": a side in court speaks as a body does, named by its noun.
        if start > end + 1, Self.courtSides.contains(view.lower[start]), !view.isCapitalized(start), endsNounPhrase(at: start) {
            return view.lower[start]
        }
        // "Lawyers for the council argued": so does a body the text names by its noun alone, for whom a group speaks,
        // as for "a spokesman for the council" ("glaciologists at the institute" only work there; a business word is
        // left to the rules for businesses).
        if start > end + 1, view.isLower(end, "for"), !view.lexicon.businessHeads.contains(view.lower[start]),
           let body = bodyByItsNoun(at: start) {
            return body
        }
        func isBodyWord(_ index: Int) -> Bool {
            index < view.count && view.quoteOf[index] < 0 && view.isCapitalized(index) && !view.has(index, .notName)
                && view.cue(at: index, within: view.count) == nil
        }
        // "the charity Food for Learning", "Americans for Prosperity": a group's "for" is inside its name.
        func continuesGroupName(_ index: Int) -> Bool {
            index < view.count && view.isLower(index, "for") && view.opensGroupName(before: index) && isBodyWord(index + 1)
        }
        func bodyNameEnd(from first: Int) -> Int {
            var last = first
            while isBodyWord(last) || last > first && continuesGroupName(last) { last += 1 }
            return last
        }
        // "a spokesman for the operator, Vestlink,": the body's own name set off after the noun that stands for it.
        if start > end + 1, !view.isCapitalized(start), start + 2 < view.count, view.isComma(start + 1), isBodyWord(start + 2) {
            let last = bodyNameEnd(from: start + 2)
            if last == view.count || view.isPunctuation(last, ",.;"), reader.standsForBody(noun: start, name: (start + 2)..<last) {
                return view.phrase((start + 2)..<last)
            }
        }
        // "a spokesman for the ferry operator CalMac", "for shipping group Nordline", "for the Danish shipping group
        // Maersvik": a body or business noun, perhaps after a word or two that qualify it (the first may be a
        // capitalized adjective of a nation or place), then the body's own name.
        if let name = ((start + 1)..<min(view.count, start + 4)).first(where: { isBodyWord($0) && !view.isCapitalized($0 - 1) }),
           (start..<name).allSatisfy({ $0 == start && view.isWord($0) && view.isCapitalized($0) || view.isPlainWord($0, excluding: SpeakerPhraseReader.functionWords) }),
           view.wordKinds[name - 1] == .org || view.lexicon.businessHeads.contains(view.lower[name - 1]) {
            return view.phrase(name..<bodyNameEnd(from: name))
        }
        // "a spokesman for the ambulance service": a body described, not named, is still the body spoken for.
        if start > end + 1, let head = describedBodyEnd(from: start) { return view.phrase(start..<(head + 1)) }
        var last = start
        // "The family of Ottoline Achebe-Marsh", "the Co-op": a hyphen joined to the words on both sides is inside the
        // name, whatever the case of the word after it.
        while isBodyWord(last) || (last > start && last < view.count && ["of", "and", "&"].contains(view.lower[last]) && isBodyWord(last + 1))
            || last > start && continuesGroupName(last)
            || last > start && view.isGluedHyphen(last) && last + 1 < view.count && view.isWord(last + 1)
            || last > start + 1 && last < view.count && view.isGluedHyphen(last - 1) && view.isWord(last) || abbreviated && last == start + 1 {
            last += 1
        }
        guard last > start + (abbreviated ? 2 : 0) else { return nil }
        // "The head of Spain's national weather agency": a name in the possessive before a described body says
        // whose body it is; the body is the whole phrase.
        if last == start + 1, reader.isPossessiveName(start), let head = describedBodyEnd(from: last) {
            return view.phrase(start..<(head + 1))
        }
        // "with a Danish charity", "for a Flemish union", "at a London investment firm": after an article, a
        // capitalized word before a body noun (perhaps qualified itself) qualifies it, and the body is the whole phrase.
        if start > end + 1, last < view.count, !view.isCapitalized(last), view.quoteOf[last] < 0 {
            if view.wordKinds[last] == .org || view.lexicon.businessHeads.contains(view.lower[last]), endsNounPhrase(at: last) {
                return view.phrase(start..<(last + 1))
            }
            if let head = describedBodyEnd(from: last) { return view.phrase(start..<(head + 1)) }
            // "a delegate from a Gulf producer", "the winner of the Booker prize": after an article, any noun the
            // capitalized word qualifies is the body; the capital alone names none.
            if ["a", "an", "the"].contains(view.lower[end + 1]), view.isPlainWord(last, excluding: SpeakerPhraseReader.functionWords),
               !view.has(last, [.finiteVerb, .be, .auxiliary, .ing, .ed, .irregularPast, .simplePast]),
               view.cue(at: last, within: view.count) == nil, endsNounPhrase(at: last) {
                return view.phrase(start..<(last + 1))
            }
        }
        return view.phrase(fullerBodyName(startingWith: start..<last) ?? start..<last)
    }


    /// "The chairman of the club", "a spokeswoman for the ministry": a body word after "of" or "for" and "the" that
    /// refers to no body named before, and names none after it, is the body by its noun. (A group "at the institute"
    /// works there; it is not said to speak for it.)
    private func bodyByItsNoun(after end: Int) -> String? {
        guard end + 2 < view.count, view.isLower(end, "of") || view.isLower(end, "for"), view.isLower(end + 1, "the") else { return nil }
        return bodyByItsNoun(at: end + 2)
    }

    /// A body word or a business word in small letters that ends its noun phrase ("the club", "the ministry").
    private func bodyByItsNoun(at noun: Int) -> String? {
        guard view.wordKinds[noun] == .org || view.lexicon.businessHeads.contains(view.lower[noun]),
              !view.isCapitalized(noun), endsNounPhrase(at: noun)
        else { return nil }
        return view.lower[noun]
    }

    /// The name that is the subject of the sentence holding `token`, before it, when it may be a body's (see
    /// `EntityRegistry.isBodySubject`).
    private func unmarkedBodySubject(before token: Int) -> String? {
        let sentence = view.sentenceOf[token]
        guard let subject = subjectAntecedent(before: token, back: sentence, where: {
            $0.form == .name && registry.isBodySubject(at: $0.name.lowerBound, word: nil, near: sentence)
        }), view.sentenceOf[subject.tokens.lowerBound] == sentence, let entity = registry.entity(mentionedAt: subject.name.lowerBound)
        else { return nil }
        return registry[entity].name
    }

    /// The body word that ends a lowercase noun phrase of two to four words starting at `start` after its
    /// article ("ambulance service", "regional water authority"), or nil.
    private func describedBodyEnd(from start: Int) -> Int? {
        // Body words may qualify the head ("county fire service"): the last one that ends the phrase is it.
        var index = start
        var head: Int?
        while index < min(view.count, start + 4), !view.isCapitalized(index), view.wordKinds[index] == .org || isPlainNoun(index) {
            if view.wordKinds[index] == .org && endsNounPhrase(at: index) { head = index }
            index += 1
        }
        // A bare "the agency" that names no body known says nothing more than the role does.
        guard let head, head > start else { return nil }
        return head
    }

    /// Whether the noun at `index` is the last word of its phrase: punctuation, a verb (a past too: "for the
    /// ferry service apologised") or a clause word follows ("for the agency said", not "for the agency staff").
    private func endsNounPhrase(at index: Int) -> Bool {
        let next = index + 1
        // "a spokeswoman for the company later said": an adverb before the verb ends the phrase too.
        return next == view.count || !view.isWord(next) || view.cue(at: next, within: view.count) != nil
            || view.has(next, [.finiteVerb, .auxiliary, .be, .clauseWord, .preposition, .ed, .irregularPast, .adverb, .intervener])
    }

    /// "One victim, a 91-year-old widower, lost his savings. His daughter said …": a person introduced unnamed
    /// ("a widower", "one woman"), of the possessive's gender, nearer than any name in this sentence or the one
    /// before, is whose the role is, and whose is not known.
    private func followsUnnamedPerson(_ owner: Int) -> Bool {
        guard let pronoun = Self.possessivePronouns[view.lower[owner]], pronoun == "he" || pronoun == "she" else { return false }
        let sentence = view.sentenceOf[owner]
        let floor = view.document.sentences[max(0, sentence - 1)].tokens.lowerBound
        for index in stride(from: owner - 1, through: floor, by: -1) where view.quoteOf[index] < 0 {
            if view.isCapitalized(index) && reader.isNameWord(index) && index > view.document.sentences[view.sentenceOf[index]].tokens.lowerBound {
                return false
            }
            guard !view.isCapitalized(index), EntityRegistry.pronoun(ofPersonNoun: view.lower[index]) == pronoun else { continue }
            // An age written as a compound ("a 91-year-old widower") is five tokens.
            let opening = (max(floor, index - 8)..<index).last {
                view.isComma($0) || view.has($0, [.determiner, .possessive]) || Self.indefiniteOpeners.contains(view.lower[$0])
            }
            return opening.map { Self.indefiniteOpeners.contains(view.lower[$0]) } ?? false
        }
        return false
    }

    /// "Rosenborg's captain was more concerned. “…,” he said.": "he" or "she" refers to a person described by a
    /// role, not named, who is the subject of the sentence before (or of this one), ahead of a name further back.
    private mutating func describedSubjectBefore(
        pronoun: String, at token: Int, mention: String, span: TextSpan, cueKind: QuoteLexicon.CueKind
    ) -> (Speaker?, Int?)? {
        let previous = sentenceBefore(pronoun: token) - 1
        if pronoun == "they" || pronoun == "it" {
            return groupSubjectBefore(pronoun, at: token, previous: previous, mention: mention, span: span, cueKind: cueKind)
        }
        guard pronoun == "he" || pronoun == "she" else { return nil }
        // "Her sister handled the gears. She spent two winters on them. “…,” she said.": a sentence that opens on
        // the same pronoun carries an unnamed subject before it on.
        var earliest = previous
        var described = opensWithDescription(previous)
        if !described, previous > 0, case let tokens = view.document.sentences[previous].tokens,
           subjectPronoun(pronoun, in: tokens, from: tokens.lowerBound) != nil {
            earliest -= 1
            described = opensWithDescription(earliest)
        }
        guard described || opensWithDescription(view.sentenceOf[token]),
              let person = subjectAntecedent(before: token, back: earliest, where: {
                  describesOnePerson($0) && !isNamedInApposition($0) && agrees(pronoun, withNoun: $0.head)
              }),
              view.sentenceOf[person.tokens.lowerBound] >= previous || person.form != .name,
              // "Her mother, she says, read to her": a description before an attribution set off in its own
              // sentence is the subject of what is reported, not who reports it.
              view.sentenceOf[person.tokens.lowerBound] < view.sentenceOf[token] || !view.isComma(token - 1),
              case let (speaker?, entity)? = resolve(person, cueKind: cueKind),
              // "the candidate" that names no one known may still be someone named before; an owned role
              // ("Rosenborg's captain", "her lawyer"), an indefinite one ("A spokesman for the ambulance
              // service") or a relative no one named was said to be ("The mother of the family wept") is someone new.
              entity.map({ registry[$0].pronoun == nil || registry[$0].pronoun == pronoun })
                ?? (isOwnedRole(person) || Self.indefiniteOpeners.contains(view.lower[person.tokens.lowerBound])
                    || EntityRegistry.kinshipPronouns[person.head] != nil
                    || describesSomeoneElse(pronoun: pronoun, at: token, office: person.head, subject: person.tokens))
        else { return nil }
        if let entity { registry.noteMention(token: token, entity: entity, sentence: view.sentenceOf[token]) }
        return (Speaker(name: speaker.name, mention: mention, role: speaker.role, span: span, kind: speaker.kind), entity)
    }

    /// "Rep. Ada Ornstein warned of a revolt. The president struck a softer tone. “…,” he said.": an unnamed
    /// description is meant when no one named fits the pronoun, or when the person it would otherwise be given
    /// holds another office than the one describing the sentence's subject, or is named after that subject in
    /// its sentence ("The prime minister met Harald Brenne. He said …": no one meets himself).
    private func describesSomeoneElse(pronoun: String, at token: Int, office: String, subject: Range<Int>) -> Bool {
        guard let named = registry.candidate(pronoun: pronoun, at: token, sentence: sentenceBefore(pronoun: token)) else { return true }
        if registry[named].kind == .person, let mention = registry.lastMention(of: named, before: token), isObject(mention, ofVerbAfter: subject) {
            return true
        }
        guard Self.offices.contains(office), registry[named].kind == .person, !registry[named].isDescribed(by: office) else { return false }
        // "Shona Mackinnon, a retired teacher, … The first minister visited the village. “…,” she said.": someone the
        // text introduced by what they do, an office or an occupation, holds no office the text did not give them.
        return ([registry[named].role].compactMap { $0 } + registry[named].otherRoles).contains { role in
            !EntityRegistry.isCourtesyTitle(role)
                && QuoteLexicon.roleWords(role).contains { Self.offices.contains($0) || view.lexicon.kind(of: $0) == .role }
        }
    }

    /// "The prime minister met Harald Brenne", "… hired the opposition leader, Harald Brenne,": whether the name at
    /// `mention` is the object of a past-tense verb right after `subject`, perhaps after a description set off
    /// before it.
    private func isObject(_ mention: Int, ofVerbAfter subject: Range<Int>) -> Bool {
        let verb = subject.upperBound
        guard mention > verb, mention - verb <= 6, view.has(verb, [.ed, .irregularPast]), view.quoteOf[verb] < 0 else { return false }
        let between = (verb + 1)..<mention
        if between.isEmpty { return true }
        return view.has(between.lowerBound, [.article, .possessive]) && view.isComma(mention - 1)
            && between.dropLast().allSatisfy { view.isWord($0) && !view.has($0, [.clauseWord, .preposition]) || view.isGluedHyphen($0) }
    }

    /// Offices one person holds at a time, which a text does not use to vary the name of someone holding another.
    private static let offices: WordSet = [
        "president", "mayor", "governor", "senator", "representative", "congressman", "congresswoman", "speaker",
        "chancellor", "premier", "minister", "secretary", "judge", "sheriff", "ambassador", "commissioner", "councillor",
        "councilor", "attorney", "prosecutor",
    ]

    /// With no one named whom "he" or "she" may mean, the person the sentence before or this one describes as the
    /// one asked, else the one relative of that gender it names by "his" or "her", speaks.
    private mutating func unnamedPersonBefore(
        pronoun: String, at token: Int, mention: String, span: TextSpan, cueKind: QuoteLexicon.CueKind
    ) -> (Speaker?, Int?)? {
        guard pronoun == "he" || pronoun == "she" else { return nil }
        let from = view.document.sentences[max(0, view.sentenceOf[token] - 1)].tokens.lowerBound
        for phrase in [askedPerson(pronoun, from: from, before: token), relativeByKinship(pronoun, from: from, before: token)] {
            guard let phrase, case let (speaker?, entity)? = resolve(phrase, cueKind: cueKind) else { continue }
            return (Speaker(name: speaker.name, mention: mention, role: speaker.role, span: span, kind: speaker.kind), entity)
        }
        return nil
    }

    /// "Reporters asked the minister if she regretted it. She did not, she said.": the one asked, described.
    private func askedPerson(_ pronoun: String, from: Int, before token: Int) -> SpeakerPhrase? {
        guard let asked = (from..<token).last(where: { Self.askingCues.contains(view.lower[$0]) && view.quoteOf[$0] < 0 }),
              asked + 2 < token, view.has(asked + 1, [.article, .possessive]),
              let question = ((asked + 2)..<token).first(where: { view.has($0, .questionStop) }),
              let phrase = reader.after(asked + 1, limit: question), phrase.tokens == (asked + 1)..<question,
              describesOnePerson(phrase), agrees(pronoun, withNoun: phrase.head)
        else { return nil }
        return phrase
    }

    /// "When Ilse Brandt asked Tove Rask about the leak, she said …": after an opening clause that tells of a
    /// question, the pronoun that opens the main clause is the one asked, who answers, when it agrees with the
    /// pronoun ("When Lars Brandt asked Tove Rask …, he said …" leaves the asker to the usual reading).
    private func askedInOpeningClause(pronoun: String, at token: Int, sentenceStart: Int) -> SpeakerPhrase? {
        guard pronoun == "he" || pronoun == "she", token > sentenceStart + 3, view.isComma(token - 1), view.quoteOf[token - 1] < 0,
              isNarratedExchange(sentenceStart..<(token - 1)),
              let asked = (sentenceStart..<(token - 1)).first(where: { Self.questioningCues.contains(view.lower[$0]) && view.quoteOf[$0] < 0 }),
              asked + 1 < token - 1, let phrase = reader.after(asked + 1, limit: token - 1), phrase.tokens.lowerBound == asked + 1,
              phrase.form != .pronoun, phrase.conjuncts.isEmpty, !phrase.isOrganization
        else { return nil }
        if phrase.form == .name {
            // The given name shows the gender before anything has set it on the entity.
            let given = view.lexicon.givenNames[view.lower[phrase.name.lowerBound]].flatMap { $0.isEmpty ? nil : $0 }
            guard let entity = personNamed(by: phrase), (registry[entity].pronoun ?? given).map({ $0 == pronoun }) ?? true
            else { return nil }
            return phrase
        }
        return describesOnePerson(phrase) && agrees(pronoun, withNoun: phrase.head) ? phrase : nil
    }

    /// "Maren Dahl runs the bakery with her husband. “We start at four,” he said.": the one relative of the
    /// pronoun's gender owned by "his" or "her".
    private func relativeByKinship(_ pronoun: String, from: Int, before token: Int) -> SpeakerPhrase? {
        guard token > from + 1 else { return nil }
        let owners = ((from + 1)..<token).filter { noun in
            view.quoteOf[noun] < 0 && EntityRegistry.kinshipPronouns[view.lower[noun]] == pronoun
                && (view.isLower(noun - 1, "his") || view.isLower(noun - 1, "her"))
        }
        guard owners.count == 1, let noun = owners.first,
              let phrase = reader.after(noun - 1, limit: noun + 1), phrase.tokens == (noun - 1)..<(noun + 1)
        else { return nil }
        return phrase
    }

    /// "Police stopped a cyclist on the bridge. “I was late,” he said.", "I rang my brother. “…,” he said.": the one
    /// person a phrase describes, in the subject or the object, when it agrees with the pronoun; none when two are
    /// described ("The judge thanked the juror"). Read from the start of the sentence before `token`'s.
    private func onlyDescribedPerson(_ pronoun: String, before token: Int) -> SpeakerPhrase? {
        var found: SpeakerPhrase?
        var index = view.document.sentences[max(0, view.sentenceOf[token] - 1)].tokens.lowerBound
        while index < token {
            defer { index += 1 }
            // A phrase is read only where a noun for a person follows within three words.
            guard view.quoteOf[index] < 0, view.has(index, [.article, .possessive]) || Self.narratorOwners.contains(view.lower[index]),
                  ((index + 1)..<min(token, index + 4)).contains(where: { [.role, .anonymous].contains(view.wordKinds[$0]) }),
                  let phrase = reader.after(index, limit: token), phrase.tokens.lowerBound == index, describesOnePerson(phrase)
            else { continue }
            guard found == nil, agrees(pronoun, withNoun: phrase.head) else { return nil }
            found = phrase
            index = phrase.tokens.upperBound - 1
        }
        return found
    }

    private static let narratorOwners: WordSet = ["my", "our"]

    /// "The authors admit the limitation. They write that …": "they" refers to an unnamed group or body, and
    /// "it" to a body, that is the subject of the sentence before (or of this one), ahead of a body named
    /// further back.
    private mutating func groupSubjectBefore(
        _ pronoun: String, at token: Int, previous: Int, mention: String, span: TextSpan, cueKind: QuoteLexicon.CueKind
    ) -> (Speaker?, Int?)? {
        // "it" is a body only, named or not ("The Centre Party welcomed the plan. It said …").
        let view = self.view
        let bodyOnly = pronoun == "it"
        func accepts(_ phrase: SpeakerPhrase) -> Bool {
            guard phrase.form != .pronoun else { return false }
            if bodyOnly { return phrase.isOrganization }
            return phrase.form != .name && (phrase.isOrganization || isPeopleForThey(phrase)) || reader.isPartyPlural(phrase)
        }
        guard opensWithGroup(previous) || opensWithGroup(view.sentenceOf[token]),
              let group = (pronoun == "they" ? coordinatedSubject(before: token) : nil) ?? subjectAntecedent(before: token, where: accepts),
              view.sentenceOf[group.tokens.lowerBound] >= previous,
              case let (speaker?, entity)? = resolve(group, cueKind: cueKind)
        else { return nil }
        if let entity { registry.noteMention(token: token, entity: entity, sentence: view.sentenceOf[token]) }
        return (Speaker(name: speaker.name, mention: mention, role: nil, span: span, kind: speaker.kind), entity)
    }

    /// Whether an unnamed group of people may be "they": a plural ("the nurses"), or a noun for people who act
    /// together ("the family", "the crew", "the couple").
    private func isPeopleForThey(_ phrase: SpeakerPhrase) -> Bool {
        phrase.form == .anonymous && (view.has(phrase.tokens.upperBound - 1, .plural) || Self.collectivePeople.contains(phrase.head))
    }

    private static let collectivePeople: WordSet = ["family", "couple", "pair", "crew", "band"]

    /// Whether a sentence opens with what may be an unnamed group or body: a determiner or a possessive, or a
    /// plural of people, with a group or body word among the first words.
    private func opensWithGroup(_ sentence: Int) -> Bool {
        guard sentence >= 0 else { return false }
        let tokens = view.document.sentences[sentence].tokens
        guard let first = tokens.first else { return false }
        // "Democrats say …": a party's members named by its plural.
        if view.isCapitalized(first) && reader.isPartyPlural(at: first) { return true }
        // "Environmental groups were unimpressed.", "Local residents …": an adjective before a plural for people or bodies.
        if tokens.count > 2, view.wordKinds[first] == nil || view.wordKinds[first] == .modifier, view.isWord(first),
           !view.has(first, SpeakerPhraseReader.functionWords), registry.resolve(name: view.words[first], lastWord: view.lower[first]) == nil,
           view.has(first + 1, .plural), view.wordKinds[first + 1] == .anonymous || view.wordKinds[first + 1] == .org {
            return true
        }
        // "Ines Calderón's lawyers filed …": a name in the possessive owns the group as a determiner does.
        let ownedByName = (tokens.lowerBound..<min(tokens.upperBound, first + 4)).contains { reader.isPossessiveName($0) }
        guard view.has(first, [.determiner, .possessive]) || view.wordKinds[first] == .anonymous || ownedByName else { return false }
        // "The surveyors conceded …": a plural the lexicon need not know may be the group too.
        return tokens.prefix(8).contains { view.wordKinds[$0] == .anonymous || view.wordKinds[$0] == .org || view.has($0, .plural) }
    }

    /// Whether a sentence opens with what may be a described person: a determiner, a possessive or a name in
    /// the possessive first, and a role word of the lexicon among the first words. Asked for every "he" and
    /// "she" before the slower reading of the sentence's subject.
    private func opensWithDescription(_ sentence: Int) -> Bool {
        guard sentence >= 0 else { return false }
        let sentenceTokens = view.document.sentences[sentence].tokens
        // "22:31 — The finance minister, speaking to reporters, …": after a dateline or a live report's time stamp.
        var start = afterDateline(sentenceTokens.lowerBound, before: sentenceTokens.upperBound)
        // "Asked whether …, the mayor hesitated.": after an opening participle's phrase.
        if start < sentenceTokens.upperBound, view.isCapitalized(start), view.has(start, [.ed, .ing]),
           let comma = (start..<min(sentenceTokens.upperBound, start + 24)).first(where: { view.isComma($0) && view.quoteOf[$0] < 0 }) {
            start = comma + 1
        }
        let tokens = start..<sentenceTokens.upperBound
        guard let first = tokens.first, view.has(first, [.determiner, .possessive]) || reader.isPossessiveName(first) else { return false }
        return tokens.prefix(8).contains { view.wordKinds[$0] == .role || view.wordKinds[$0] == .anonymous && !view.has($0, .plural) }
    }

    /// "Her husband, the composer Bálint Kis,", "Her neighbour, a captain named Olafur Berg,": a full name that
    /// closes the apposition after a description is who it is, and a pronoun after it refers to that name ("a
    /// fisherman who gave his name only as Tore" names no one the text can follow).
    /// The description may have a short "of", "for" or "on" phrase before the comma ("The party's spokesman on
    /// skills, Rawiri Tane,").
    private func isNamedInApposition(_ phrase: SpeakerPhrase) -> Bool {
        var comma = phrase.tokens.upperBound
        // "The authority's director of education, Corinna Vasquez-Hale,": a role's complement before the comma.
        if comma < view.count && (view.has(comma, .preposition) || EntityRegistry.roleComplementOpeners.contains(view.lower[comma])),
           let end = ((comma + 1)..<min(view.count, comma + 6)).first(where: { !view.isWord($0) || view.has($0, [.finiteVerb, .be, .ed]) }) {
            comma = end
        }
        guard comma < view.count, view.isComma(comma) else { return false }
        let sentenceEnd = view.document.sentences[view.sentenceOf[comma]].tokens.upperBound
        guard var closing = ((comma + 1)..<min(sentenceEnd, comma + 12)).first(where: { view.isComma($0) }) else { return false }
        // "An analyst, Felix Amankwah of Castellan Partners,": where the person is from may follow the name.
        if closing > comma + 3, let origin = ((comma + 3)..<closing).first(where: { reader.isOriginAfterName($0..<closing) }) {
            closing = origin
        }
        // "Corinna Vasquez-Hale": a double surname's hyphen stands between the name's last words.
        let beforeLast = closing >= 3 && view.isGluedHyphen(closing - 2) ? closing - 4 : closing - 2
        guard beforeLast > comma else { return false }
        return reader.isNameWord(closing - 1) && reader.isNameWord(beforeLast) && view.quoteOf[closing - 1] < 0
    }

    /// A description of one person, unnamed: its head a role ("the governor") or a word for someone not named
    /// ("her neighbour", "a source"), not a body or a group.
    private func describesOnePerson(_ phrase: SpeakerPhrase) -> Bool {
        guard phrase.form == .description || phrase.form == .anonymous, !phrase.isOrganization else { return false }
        let kind = view.lexicon.kind(of: phrase.head)
        return phrase.form == .description && kind == .role
            || kind == .anonymous && !view.has(phrase.tokens.upperBound - 1, .plural)
    }

    /// "Rosenborg's captain", "her lawyer": a role with an owner before it.
    private func isOwnedRole(_ phrase: SpeakerPhrase) -> Bool {
        let first = phrase.tokens.lowerBound
        return view.has(first, .possessive) || phrase.tokens.contains { SpeakerName.possessiveEnding(of: view.words[$0]) != nil }
    }

    /// The speaker of the last quote when it was named by description (no entity), a body or not as asked, and
    /// spoke in this paragraph or the one before.
    private func describedSpeakerBefore(_ token: Int, body: Bool, pronoun: String? = nil) -> Speaker? {
        // "he" or "she" is one person, never a group ("two newspapers") or a body; "it" a body.
        guard let last = lastSpeaker, last.entity == nil,
              body ? last.speaker.kind == .organization : last.speaker.kind == .person || last.speaker.kind == .anonymous,
              last.paragraph >= view.document.sentences[view.sentenceOf[token]].paragraph - 1
        else { return nil }
        // "His mother wrote, “…” … he recalled": a noun for a woman is never "he", nor one for a man "she".
        if let pronoun, let head = last.speaker.name.split(separator: ",").first?.split(separator: " ").last,
           !agrees(pronoun, withNoun: head.lowercased()) {
            return nil
        }
        return last.speaker
    }

    /// The speaker of the last quote, unnamed and described with `head` among the words before the body it speaks
    /// for ("senior diplomat, Western" for "the diplomat"), as named again at `mention`.
    private func sameUnnamedSpeaker(head: String, before token: Int, mention: String, span: TextSpan) -> Speaker? {
        // Asked of every "the" and a noun once an unnamed source has spoken: words of another length are passed over
        // before any is lowercased.
        guard let last = describedSpeakerBefore(token, body: false),
              last.name.prefix(while: { $0 != "," }).split(separator: " ").contains(where: {
                  $0.utf8.count == head.utf8.count && $0.lowercased() == head
              })
        else { return nil }
        return restated(last, mention: mention, span: span)
    }

    /// The person a phrase names: a name, no body's, that the registry took for a person where the phrase stands.
    private func personNamed(by phrase: SpeakerPhrase) -> Int? {
        guard phrase.form == .name, !phrase.isOrganization, let entity = registry.entity(mentionedAt: phrase.name.lowerBound),
              registry[entity].kind == .person
        else { return nil }
        return entity
    }

    /// "According to a statement released by her lawyer, Morrow denies …", "In a letter from his doctor, Lind …": an
    /// owner pronoun inside a phrase that opens the sentence with a preposition or participle points ahead to the
    /// person named as the main clause's subject, when the pronoun's gender does not rule them out.
    private func cataphoricOwner(_ owner: Int) -> Int? {
        guard let pronoun = Self.possessivePronouns[view.lower[owner]], pronoun == "he" || pronoun == "she" else { return nil }
        let sentence = view.document.sentences[view.sentenceOf[owner]].tokens
        let start = afterDateline(sentence.lowerBound, before: owner)
        guard start < owner, view.has(start, [.preposition, .ing]) || view.isLower(start, "according"),
              !(start..<owner).contains(where: { view.isComma($0) || view.quoteOf[$0] >= 0 }),
              let comma = (owner..<min(sentence.upperBound, owner + 12)).first(where: { view.isComma($0) }), view.quoteOf[comma] < 0,
              comma + 1 < sentence.upperBound, let subject = reader.after(comma + 1, limit: sentence.upperBound),
              subject.tokens.lowerBound == comma + 1, let entity = personNamed(by: subject)
        else { return nil }
        return registry[entity].pronoun.map { $0 == pronoun } ?? true ? entity : nil
    }

    /// Whether "he" or "she" may stand for a person described by `noun` ("spokeswoman" is never "he").
    private func agrees(_ pronoun: String, withNoun noun: String) -> Bool {
        EntityRegistry.pronoun(ofPersonNoun: noun).map { $0 == pronoun } ?? true
    }

    /// "A retired welder who asked that his name not be used said the rules had changed. “…,” he said.": the
    /// current speaker, someone new and unnamed, reported in the sentence just before, is whom "he" or "she"
    /// continues, ahead of a person named further back and not since (`entity`, what the names gave).
    private func describedCurrentSpeaker(before token: Int, pronoun: String, over entity: Int) -> Speaker? {
        // Only the pronoun itself ("her response" is no attribution of its own), and only someone new: "the
        // teenager" after a named player is most likely that player again.
        // A definite description is someone new too when the person named holds another office ("President
        // Dorn …. The senator from Ohio wrote …. She further said …").
        // So is an owned role ("The trawler's skipper, …, asked not to be named. … he said he had …"), also one
        // owned by a pronoun ("His daughter said … “…,” she wrote").
        guard view.lower[token] == pronoun, let last = describedSpeakerBefore(token, body: false, pronoun: pronoun),
              Self.indefiniteOpeners.contains(last.mention.prefix { $0 != " " }.lowercased())
                || Self.possessivePronouns[last.mention.prefix { $0 != " " }.lowercased()] != nil || holdsAnotherOffice(entity, than: last)
                || last.name.split(separator: " ").dropLast().contains(where: { SpeakerName.possessiveEnding(of: String($0)) != nil }),
              let quoteSpan = quotes.last?.span
        else { return nil }
        // The report is in one of the two sentences before ("I agree with that." may stand between).
        let sentence = view.sentenceOf[token]
        guard let reported = (max(0, sentence - 2)..<sentence).last(where: {
                  view.document.sentences[$0].span.utf8.contains(quoteSpan.utf8.lowerBound)
              }),
              !registry.isMentioned(entity, inSentencesFrom: reported, before: token)
        else { return nil }
        return last
    }

    /// Whether the named entity's role has another head noun than the description's ("President" and "senator").
    private func holdsAnotherOffice(_ entity: Int, than described: Speaker) -> Bool {
        guard let role = registry[entity].role, let description = described.role,
              let named = role.split(separator: " ").last, let head = description.split(separator: " ").last
        else { return false }
        return view.lexicon.kind(of: String(named).lowercased()) == .role && named.lowercased() != head.lowercased()
    }

    /// "“You are late,” Renwick told him. “Traffic,” he replied.": a reply whose pronoun would go back to who spoke
    /// the words before answers them when those words were addressed to "him" or "her" of the same gender; the
    /// one who replies is the other person named in the two sentences before.
    private func replyingAddressee(pronoun: String, at token: Int, speaker: Int) -> Int? {
        guard token + 1 < view.count, Self.replyCues.contains(view.lower[token + 1]),
              let object = Self.objectOfPronoun[pronoun], registry.isLatestSpeaker(speaker)
        else { return nil }
        // Words in marks on both sides: the reply's right before the pronoun or right after its cue, and the words
        // before addressed by a cue right before "him" or "her".
        let inMarks = token >= 1 && view.has(token - 1, .closingMark)
            || (token + 2..<min(view.count, token + 5)).contains { view.quoteOf[$0] >= 0 }
        let sentence = view.sentenceOf[token]
        let addressed = (max(0, sentence - 1)...sentence).first { index in
            view.document.sentences[index].tokens.contains {
                $0 < token && $0 >= 1 && view.quoteOf[$0] < 0 && view.isLower($0, object) && view.cue(at: $0 - 1, within: $0) != nil
            }
        }
        guard inMarks, let addressed else { return nil }
        // The words addressed may stand in a sentence of their own before their cue's ("“Where were you?” Renwick
        // asked him."): the other person is looked for from two sentences before the cue's.
        return registry.otherPerson(than: speaker, pronoun: pronoun, inSentencesFrom: max(0, addressed - 2), before: token)
    }

    /// "Teodor Vasko greeted Anneke Briel. “You are early,” she told him.": when "she" addresses "him", a person
    /// named in this sentence or the one before whom a given name or a title shows to be female can only be the
    /// "she", while one whose gender nothing shows may be either: the first speaks, whichever is the subject.
    private func addresserByGender(pronoun: String, at token: Int) -> Int? {
        // Asked for every pronoun: the object right after a cue of one or two words is checked before the cue.
        guard pronoun == "he" || pronoun == "she", case let object = pronoun == "he" ? "her" : "him",
              token + 2 < view.count, view.isLower(token + 2, object) || token + 3 < view.count && view.isLower(token + 3, object),
              let (_, length) = view.cue(at: token + 1, within: view.count), token + 1 + length < view.count,
              view.isLower(token + 1 + length, object)
        else { return nil }
        let people = registry.people(inSentencesFrom: max(0, view.sentenceOf[token] - 1), before: token)
        let shown = people.filter { registry[$0].pronoun == pronoun && registry[$0].pronounEvidence != .pronoun }
        guard shown.count == 1, people.contains(where: { registry[$0].pronoun == nil }) else { return nil }
        return shown[0]
    }

    private static let replyCues: WordSet = ["replied", "replies", "answered", "answers", "responded", "responds", "retorted", "retorts"]
    private static let objectOfPronoun: [String: String] = ["he": "him", "she": "her"]

    /// The speaker a pronoun refers to when no named entity fits, or nil (the quote then stands without one):
    /// "he"/"she" the current speaker named by description ("“…,” the governor said. She added …"); "they" a
    /// group or body that opens a recent sentence ("The nurses walked out. They said …"), "it" only a body
    /// ("The ministry issued a statement. It said …").
    private mutating func unnamedAntecedent(
        of pronoun: String, at token: Int, mention: String, span: TextSpan, cueKind: QuoteLexicon.CueKind
    ) -> Speaker? {
        switch pronoun {
        case "he", "she":
            if let last = describedSpeakerBefore(token, body: false, pronoun: pronoun) {
                return Speaker(name: last.name, mention: mention, role: last.role, span: span, kind: last.kind)
            }
            // "The mayor met Kolar on Tuesday. He said …": a role that opens the sentence before, unnamed.
            guard let person = subjectAntecedent(before: token, where: { describesOnePerson($0) && agrees(pronoun, withNoun: $0.head) }),
                  case let (speaker?, _)? = resolve(person, cueKind: cueKind)
            else { return nil }
            return Speaker(name: speaker.name, mention: mention, role: speaker.role, span: span, kind: speaker.kind)
        case "they", "it":
            let subject = (pronoun == "they" ? coordinatedSubject(before: token) : nil) ?? subjectAntecedent(before: token, where: { phrase in
                isPeopleForThey(phrase) || phrase.isOrganization || reader.isPartyPlural(phrase)
            })
            guard let group = subject ?? (pronoun == "they" ? objectGroupAntecedent(before: token) : nil),
                  pronoun == "they" || group.isOrganization,
                  case let (speaker?, _)? = resolve(group, cueKind: cueKind)
            else {
                // "…, the bank said on Thursday. … It said …": the body that spoke last, named by description.
                guard pronoun == "it" else { return nil }
                if let last = describedSpeakerBefore(token, body: true) {
                    return Speaker(name: last.name, mention: mention, role: nil, span: span, kind: last.kind)
                }
                // "It added …", "“…,” it said": only an "it" right before its cue speaks ("It is strange that …" does not).
                guard token + 1 < view.count, view.cue(at: token + 1, within: view.count) != nil,
                      let body = registry.bodyThatSpokeLast(before: token, sentence: view.sentenceOf[token])
                else { return nil }
                return speaker(body, mention: mention, span: span)
            }
            return Speaker(name: speaker.name, mention: mention, role: nil, span: span, kind: speaker.kind)
        default:
            return nil
        }
    }

    /// "The nurses walked out. One of them said …" → "one of the nurses": the count and the group of people
    /// "them" refers to (the subject, else the object, of the sentence before); nil when no such group is near,
    /// since a body ("the company") has no members to count here.
    private mutating func partOfGroup(_ phrase: SpeakerPhrase, mention: String, span: TextSpan) -> Speaker? {
        let last = phrase.tokens.upperBound - 1
        let sentence = view.sentenceOf[last]
        let members: String
        if let group = subjectAntecedent(before: last, where: {
               $0.form == .anonymous && view.has($0.tokens.upperBound - 1, .plural) || isCapitalizedPlural($0)
           }) ?? objectGroupAntecedent(before: last) {
            guard !group.isOrganization else { return nil }
            // "Analysts were sceptical. One of them said": a count of a bare plural takes "the" ("one of the
            // analysts").
            // "Some islanders voted against it. One, …, said": the count is of the islanders, not of "some islanders"
            // ("one of several skippers" reads well and stays).
            let quantified = Self.partitiveOpeners.contains(view.lower[group.tokens.lowerBound]) && group.tokens.count > 1
            let words = quantified ? (group.tokens.lowerBound + 1)..<group.tokens.upperBound : group.tokens
            // "Ashcombe's aides. One of them said": a name's possessive determines the group, and keeps its capital.
            let ownedByName = view.isCapitalized(words.lowerBound) && view.wordKinds[words.lowerBound] == nil
                && SpeakerName.possessiveEnding(of: view.words[words.lowerBound]) != nil
            let determined = !quantified && (view.has(group.tokens.lowerBound, [.determiner, .possessive]) || ownedByName)
            members = (determined ? "" : "the ") + lowercasedOpening(words, openingIsCommon: group.form == .anonymous && !ownedByName)
        } else if let earlier = countedGroup, sentence - earlier.sentence <= 2,
                  !view.isLower(last, "them") || sentence - earlier.sentence <= 1 {
            // "One said …. Two said …": the group the count before was of; "them" only right after that count
            // ("“…,” one of them said. “…,” said two of them").
            members = earlier.members
        } else {
            return nil
        }
        countedGroup = (sentence, members)
        let countEnd = view.isLower(last, "them") ? last - 1 : last + 1
        let count = lowercasedOpening(phrase.tokens.lowerBound..<countEnd, openingIsCommon: true)
        return Speaker(name: "\(count) of \(members)", mention: mention, role: nil, span: span, kind: countKind(phrase.tokens.lowerBound))
    }

    /// "Anglers were angry. One said …": a plural of people the lexicon need not know, capitalized only because it
    /// opens its sentence, is no name when a plural verb follows it ("Sanders was" is one person).
    private func isCapitalizedPlural(_ phrase: SpeakerPhrase) -> Bool {
        let word = phrase.tokens.lowerBound
        guard phrase.form == .name, phrase.tokens.count == 1, view.opensSentence(word), word + 1 < view.count,
              reader.looksLikePeople(word), view.lexicon.givenNames[view.lower[word]] == nil
        else { return false }
        return Self.pluralOnlyVerbs.contains(view.lower[word + 1])
    }

    /// Quantifiers no count of a group can stand before ("one of some islanders").
    private static let partitiveOpeners: WordSet = ["some", "most", "all", "any"]

    /// "One of the sailors" is one unnamed person, whom a later "he" or "she" may continue; "two of the sailors"
    /// and "one in four voters" are a group.
    private func countKind(_ count: Int) -> Speaker.Kind {
        view.isLower(count, "one") && count + 1 < view.count && view.isLower(count + 1, "of") ? .anonymous : .group
    }

    /// ``resolve(_:cueKind:)`` for a subject that must name someone.
    private mutating func resolvedSpeaker(_ phrase: SpeakerPhrase) -> (Speaker, Int?)? {
        guard case let (speaker?, entity)? = resolve(phrase, cueKind: .verb) else { return nil }
        return (speaker, entity)
    }

    /// "The nurses walked out at noon. They said …", "The mayor met Kolar. He said …": the unnamed subject
    /// that opens the sentence of `token` or one before it back to sentence `earliest` (the one before by
    /// default), when `accepts` it (a people, role or body noun from the lexicon, never a place, a law or a date).
    private func subjectAntecedent(
        before token: Int, back earliest: Int? = nil, where accepts: (SpeakerPhrase) -> Bool
    ) -> SpeakerPhrase? {
        let sentenceIndex = view.sentenceOf[token]
        let sentences = view.document.sentences
        // "Tractors blocked the roads as farmers protested against a deal they say …": the pronoun's own clause,
        // opened by a subordinator, has the nearest subject.
        if let opener = clauseOpener(before: token), let subject = clauseSubject(from: opener + 1, limit: token, where: accepts) {
            return subject
        }
        for index in stride(from: firstAntecedentSentence(of: token), through: max(0, earliest ?? sentenceIndex - 1), by: -1) {
            let sentenceLimit = index == sentenceIndex ? token : sentences[index].tokens.upperBound
            var start = afterDateline(sentences[index].tokens.lowerBound, before: sentenceLimit)
            // "On the wards, nurses described …": the subject follows a setting set off by a comma, and so does
            // a passive introduction ("Asked about his future, the manager shrugged").
            let passive = opensPassiveIntroduction(start)
            if let comma = (start..<min(sentenceLimit, start + (passive ? 16 : 8))).first(where: { view.isComma($0) }), comma > start,
               passive || isSettingPhrase(start..<comma) || reader.isScenePhrase(start..<comma) {
                start = comma + 1
            }
            if let subject = clauseSubject(from: start, limit: sentenceLimit, where: accepts) { return subject }
            if opensSubordinateClause(start) {
                // "When I was a girl, my father drove the ferry. He used to say …": the main clause after an opening
                // subordinate clause has the sentence's subject.
                if index < sentenceIndex, start + 2 < sentenceLimit, Self.sceneSubordinators.contains(view.lower[start]),
                   let comma = ((start + 2)..<min(sentenceLimit, start + 14)).first(where: { view.isComma($0) && view.quoteOf[$0] < 0 }),
                   let subject = clauseSubject(from: comma + 1, limit: sentenceLimit, where: accepts) {
                    return subject
                }
                // "When the council closed the branch, it called …": the subject of an opening subordinate clause.
                if let subject = clauseSubject(from: start + 1, limit: sentenceLimit, where: accepts) { return subject }
            }
        }
        return nil
    }

    /// The subject that opens a clause at `start`, when `accepts` it; it ends before the first word that cannot
    /// continue it (its verb).
    private func clauseSubject(from start: Int, limit sentenceLimit: Int, where accepts: (SpeakerPhrase) -> Bool) -> SpeakerPhrase? {
        let limit = min(sentenceLimit, start + 8)
        guard start < limit else { return nil }
        for end in (start + 1)...limit where !view.has(end - 1, .determiner)
            && (end == limit || !reader.isPhraseWord(end, lowerLimit: start, upperLimit: limit)) {
            guard let phrase = reader.before(end, floor: start, allowApposition: false), phrase.tokens.lowerBound == start
            else { continue }
            // "The company, Fjordline, declined to comment. It said …": the name in apposition is who speaks.
            return accepts(phrase) ? namedAfter(phrase, limit: limit) ?? phrase : nil
        }
        return nil
    }

    /// The subordinator that opens the clause `token` stands in, within its sentence and with no punctuation or
    /// marks between them.
    private func clauseOpener(before token: Int) -> Int? {
        let start = view.document.sentences[view.sentenceOf[token]].tokens.lowerBound
        var index = token - 1
        while index > start && view.isWord(index) && view.quoteOf[index] < 0 {
            // "and" may join nouns ("banks like Citigroup and others"), so only a subordinator opens the clause.
            if view.has(index, .subordinator) { return index + 2 < token ? index : nil }
            index -= 1
        }
        return nil
    }

    /// The sentence where a pronoun's antecedent may last open: its own, unless a subject pronoun follows a comma
    /// after the words it reports ("The authors urged caution. Nurses who chose nights may have differed, they
    /// wrote."): the subject never refers into the clause it reports, so the search starts a sentence earlier. An
    /// owner may ("Teachers at Greyfriars voted to walk out, their union announced").
    private func firstAntecedentSentence(of token: Int) -> Int {
        let sentence = view.sentenceOf[token]
        let start = view.document.sentences[sentence].tokens.lowerBound
        let trailing = token > start && view.isComma(token - 1) && TokenView.subjectPronouns.contains(view.lower[token])
        // "After the nurses walked out, they said …": after an opening subordinate clause the pronoun starts the
        // main clause, and the subordinate clause may hold its antecedent.
        return trailing && !opensSubordinateClause(start) ? sentence - 1 : sentence
    }

    private static let relativeTimeOpeners: WordSet = ["last", "next", "this", "earlier", "later", "early", "late"]
    /// Adverbs of time that do not end in -ly and may set the scene alone before a comma.
    private static let bareTimeAdverbs: WordSet = ["now", "then", "again", "once", "soon", "afterwards", "afterward"]
    private static let seasons: WordSet = ["spring", "summer", "autumn", "fall", "winter"]

    /// Words that open a clause of when something happened ("while" and "although" may open what was said).
    private static let timeSubordinators: WordSet = ["when", "after", "before", "once", "whenever"]
    /// Openers of a subordinate clause that sets the scene of the main clause after it ("When I was a girl, my father
    /// drove the ferry"); contrast ("While one company says …, another …") is left out.
    private static let sceneSubordinators: WordSet = ["when", "as", "after", "before", "once", "since", "because", "if"]
    private static let agreeingVerbs: WordSet = ["agree", "agrees", "agreed", "agreeing", "concur", "concurs", "concurred"]
    /// Words that measure a time alone before "after" or "before" ("shortly after", "long before").
    private static let timeMeasureAdverbs: WordSet = ["shortly", "soon", "long", "moments", "seconds"]
    /// Words that may stand before the unit of such a measure ("just days after", "less than a week before").
    private static let timeMeasureModifiers: WordSet = ["just", "only", "barely", "less", "more", "than", "few", "some", "several"]

    private func opensSubordinateClause(_ start: Int) -> Bool {
        Self.subordinatingWords.contains(view.lower[start]) || view.has(start, .subordinator)
    }

    /// "When I asked her if she would run", "After the reporter put it to him that …": a subordinate clause that
    /// tells of a question or a remark, after which the main clause gives the answer.
    private func isNarratedExchange(_ clause: Range<Int>) -> Bool {
        var clause = clause
        // "Last month, when I asked him …": a time may stand before the subordinate clause.
        if let comma = clause.prefix(6).first(where: { view.isComma($0) }), comma > clause.lowerBound,
           isSettingPhrase(clause.lowerBound..<comma) {
            clause = (comma + 1)..<clause.upperBound
        }
        guard !clause.isEmpty, opensSubordinateClause(clause.lowerBound), !view.isLower(clause.lowerBound, "as") else { return false }
        return clause.dropFirst().contains { view.quoteOf[$0] < 0 && view.cue(at: $0, within: clause.upperBound) != nil }
    }

    /// "Ola Dahl and Kari Nes met on Friday. They said …": two names or bodies joined by "and" that open the
    /// sentence before (or this one) are who "they" are.
    private func coordinatedSubject(before token: Int) -> SpeakerPhrase? {
        let sentenceIndex = view.sentenceOf[token]
        for index in stride(from: firstAntecedentSentence(of: token), through: max(0, sentenceIndex - 1), by: -1) {
            let start = view.document.sentences[index].tokens.lowerBound
            let limit = min(index == sentenceIndex ? token : view.document.sentences[index].tokens.upperBound, start + 12)
            guard let and = (start..<limit).first(where: { view.isLower($0, "and") }), and > start, and + 2 <= limit else { continue }
            // "Kolar and Amundsen met …", "The union and the employers met …": the phrase ends at the verb; a word of a
            // name or of a described group runs on.
            for end in (and + 2)...limit {
                guard end == limit || !reader.isPhraseWord(end, lowerLimit: start, upperLimit: limit) else { continue }
                // Two groups of people read as one ("The nurses and the doctors") join no conjuncts, but span the "and".
                if let phrase = reader.before(end, floor: start, allowApposition: false), phrase.tokens.lowerBound == start,
                   !phrase.conjuncts.isEmpty || phrase.form == .anonymous && phrase.tokens.upperBound > and + 1 {
                    return phrase
                }
                if end == limit || view.has(end, [.finiteVerb, .be, .ed, .irregularPast]) || view.cue(at: end, within: limit) != nil { break }
            }
        }
        return nil
    }

    /// "Oskar Vik thanked the nurses. They said …": with no subject to take it, "they" refers to the last group
    /// of people a determiner opens in the sentence before (or earlier in its own).
    private func objectGroupAntecedent(before token: Int) -> SpeakerPhrase? {
        let sentenceIndex = view.sentenceOf[token]
        let start = view.document.sentences[max(0, sentenceIndex - 1)].tokens.lowerBound
        let last = firstAntecedentSentence(of: token) < sentenceIndex ? view.document.sentences[sentenceIndex].tokens.lowerBound - 1 : token - 2
        for index in stride(from: last, through: start, by: -1) where view.quoteOf[index] < 0 {
            // "a small group of protesters", "the support of voters": the plural after "of" names the people.
            let opening = view.isLower(index, "of") ? index + 1 : index
            // "citing two people who had been interviewed": a count opens the group too.
            guard view.has(index, [.article, .numberWord]) || opening > index else { continue }
            let limit = view.document.sentences[view.sentenceOf[index]].tokens.upperBound
            if opening < min(limit, token), let group = reader.openingGroup(at: opening, limit: min(limit, token)) { return group }
        }
        return nil
    }

    /// "The company, Fjordline, …": a name set off by commas right after a description.
    private func namedAfter(_ phrase: SpeakerPhrase, limit: Int) -> SpeakerPhrase? {
        var comma = phrase.tokens.upperBound
        let sentenceEnd = view.document.sentences[view.sentenceOf[comma]].tokens.upperBound
        // "A farmer whose land borders the moor, Seren Pritchard, …": a relative clause may describe the head before
        // the name set off after it.
        if comma < sentenceEnd, view.has(comma, .relativePronoun),
           let close = (comma..<min(sentenceEnd, comma + 14)).first(where: { view.isComma($0) || view.quoteOf[$0] >= 0 }),
           view.isComma(close) {
            comma = close
        }
        guard comma + 2 < sentenceEnd, view.isComma(comma), var named = reader.after(comma + 1, limit: sentenceEnd),
              named.form == .name, named.tokens.lowerBound == comma + 1, named.tokens.upperBound < sentenceEnd,
              view.isComma(named.tokens.upperBound)
        else { return nil }
        let described = phrase.tokens
        named.role = named.role ?? view.phrase((described.lowerBound + (view.has(described.lowerBound, .article) ? 1 : 0))..<described.upperBound)
        named.isOrganization = named.isOrganization || phrase.isOrganization
        return named
    }

    private mutating func emit(_ quote: Quote, entity: Int?, paragraph: Int) {
        var quote = quote
        let role = quote.speaker?.role.flatMap(SpeakerName.cleanRole)
        quote.speaker?.role = role
        quotes.append(quote)
        quoteEntities.append(entity)
        if let speaker = quote.speaker {
            lastSpeaker = (speaker, entity, paragraph)
            if let entity { registry.markSpoke(entity, paragraph: paragraph) }
        } else if quote.kind == .direct, quote.cue != nil {
            // "“…,” she wrote. “…”" with "she" unknown: the words after are hers too, not those of whoever spoke
            // before her.
            lastSpeaker = nil
        }
    }
}
