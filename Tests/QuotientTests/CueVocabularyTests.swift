import Testing
@testable import Quotient

/// Every finite form of every speech cue, put into the layouts its kind allows, with names and wording that
/// appear in no development article.
@Suite struct CueVocabularyTests {
    struct Form: CustomTestStringConvertible, Sendable {
        var text: String
        var kind: QuoteLexicon.CueKind
        var testDescription: String { "\(text) (\(kind.rawValue))" }
    }

    /// Third-person and past forms: those that stand as a sentence's verb without an auxiliary. A base form
    /// is known by its third-person form being a cue too (add, adds).
    static let finiteForms: [Form] = {
        let cues = QuoteLexicon.bundled.cues.values.joined()
        let forms = Set(cues.map { $0.words.joined(separator: " ") })
        return cues.compactMap { cue in
            let text = cue.words.joined(separator: " ").replacing(" - ", with: "-")
            let thirdPerson = ([VerbForms.thirdPerson(cue.words[0])] + cue.words.dropFirst()).joined(separator: " ")
            guard cue.kind != .source, !cue.isBaseBeforeThat, !cue.isBaseBeforeName, !cue.isBaseBeforeObject, !cue.words[0].hasSuffix("ing"),
                  !forms.contains(thirdPerson)
            else { return nil }
            return Form(text: text, kind: cue.kind)
        }.sorted { $0.text < $1.text }
    }()

    /// Base and -s forms that are verbs only after a subject, before "that" and a clause ("Critics note that …",
    /// "She claims that …") or set off by commas.
    static let formsBeforeThat: [Form] = QuoteLexicon.bundled.cues.values.joined()
        .filter { $0.isBaseBeforeThat && !$0.words[0].hasSuffix("ing") }.map { Form(text: $0.words[0], kind: $0.kind) }
        .sorted { $0.text < $1.text }

    /// -ing forms left out for being adjectives too ("a promising start"), which are participles of saying only
    /// after a comma and before "that" and a clause.
    static let participlesBeforeThat: [Form] = QuoteLexicon.bundled.cues.values.joined()
        .filter { $0.isBaseBeforeThat && $0.words[0].hasSuffix("ing") }.map { Form(text: $0.words[0], kind: $0.kind) }
        .sorted { $0.text < $1.text }

    @Test(arguments: participlesBeforeThat)
    func aParticipleThatIsAnAdjectiveTooReportsOnlyAfterAComma(_ form: Form) throws {
        let quotes = try extract("“The lamp is out,” said Ilse Marnix, \(form.text) that the keepers would stay until spring.").quotes
        #expect(quotes.contains { $0.kind == .indirect && $0.text == "the keepers would stay until spring" && $0.speaker?.name == "Ilse Marnix" })
        #expect(try extract("The keepers heard a \(form.text) voice that night.").quotes.isEmpty)
    }

    @Test func participlesLeftOutOfTheLexiconAreKnown() {
        #expect(Self.participlesBeforeThat.contains { $0.text == "promising" })
        #expect(!Self.participlesBeforeThat.contains { $0.text == "admiting" })
    }

    /// Base forms of naming verbs left out for being nouns too ("a call", "the label"), which name words in marks
    /// only after a plural subject.
    static let namingBases: [Form] = QuoteLexicon.bundled.cues.values.joined()
        .filter(\.isBaseBeforeName).map { Form(text: $0.words[0], kind: $0.kind) }
        .sorted { $0.text < $1.text }

    @Test(arguments: namingBases)
    func aNamingBaseNamesWordsInMarksOnlyAfterAPluralSubject(_ form: Form) throws {
        let quotes = try extract("The levy, which hauliers \(form.text) “a tax on distance,” was dropped.").quotes
        #expect(quotes.map(\.kind) == [.partial])
        #expect(quotes.first?.speaker?.name.lowercased() == "hauliers")
        // After an article the form is a noun, and nobody named anything.
        #expect(try extract("A \(form.text) “to act now” went out on Friday.").quotes.isEmpty)
    }

    @Test func namingBasesAreKnown() {
        #expect(Self.namingBases.contains { $0.text == "call" })
    }

    /// Base forms of content verbs left out for being nouns too ("an urge", "the praise"), which report their object
    /// only after a plural subject.
    static let contentBases: [Form] = QuoteLexicon.bundled.cues.values.joined()
        .filter(\.isBaseBeforeObject).map { Form(text: $0.words[0], kind: $0.kind) }
        .sorted { $0.text < $1.text }

    @Test(arguments: contentBases)
    func aContentBaseReportsItsObjectOnlyAfterAPluralSubject(_ form: Form) throws {
        let object = "the harbour board over the winter closures"
        let quotes = try extract("Ferry crews \(form.text) \(object).").quotes
        #expect(quotes.map(\.kind) == [.indirect])
        #expect(quotes.first?.text == object)
        #expect(quotes.first?.speaker?.name.lowercased() == "ferry crews")
        // After an article the form is a noun, and after a singular subject it is no verb.
        #expect(try extract("The \(form.text) of the harbour board surprised everyone.").quotes.isEmpty)
        #expect(try extract("Ottilie Varga \(form.text) \(object).").quotes.isEmpty)
    }

    @Test func contentBasesAreKnown() {
        #expect(Self.contentBases.contains { $0.text == "urge" })
    }

    @Test(arguments: formsBeforeThat)
    func aFormThatIsANounTooReportsOnlyAfterASubject(_ form: Form) throws {
        let isThirdPerson = Self.formsBeforeThat.contains { VerbForms.thirdPerson($0.text) == form.text }
        let subject = isThirdPerson ? "Ilse Marnix" : "Skeptics"
        let quotes = try extract("\(subject) \(form.text) that the lighthouse would stay dark until spring.").quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "the lighthouse would stay dark until spring")
        #expect(quotes.first?.speaker?.name.lowercased() == subject.lowercased())
        #expect(try extract("The final \(form.text) that evening was short.").quotes.isEmpty)
        #expect(try extract("The keepers \(form.text) that lamp every night.").quotes.isEmpty)
        // Set off with its subject inside a clause, as "say" is ("The quota, skeptics say, was set too low").
        if form.kind == .verb {
            let quotes = try extract("The quota, \(subject) \(form.text), was set far too low.").quotes
            #expect(quotes.contains { $0.text == "was set far too low" && $0.speaker?.name.lowercased() == subject.lowercased() })
        }
    }

    @Test func theVocabularyIsOpen() {
        #expect(Self.finiteForms.count > 250)
        for form in ["bellowed", "exclaimed", "agreed", "concluded", "snapped", "grumbled", "whispers", "e-mailed", "cried"] {
            #expect(Self.finiteForms.contains { $0.text == form }, "\(form)")
        }
    }

    /// A content verb of one word ("urged", "accused", "blasted") counts here too, with or without its object, since
    /// it follows the marks at once; its phrases ("called for") need an object and do not.
    @Test(arguments: finiteForms)
    func aQuoteBeforeTheCueIsTheSubjects(_ form: Form) throws {
        guard form.kind != .frame, form.kind != .naming, form.kind != .report, form.kind != .content || !form.text.contains(" ") else { return }
        let objects = form.kind == .object ? [" the crew"] : form.kind == .content ? ["", " the crew"] : [""]
        for object in objects {
            let quotes = try extract("“The lighthouse stays dark tonight,” Ottilie Varga \(form.text)\(object).").quotes
            #expect(quotes.count == 1)
            #expect(quotes.first?.speaker?.name == "Ottilie Varga")
            #expect(quotes.first?.kind == .direct)
        }
    }

    /// Not when a clause follows the verb: what was urged is then that clause, not the words in marks.
    @Test func aContentVerbAfterMarksTakesNoClause() throws {
        let clause = try extract("“The lighthouse stays dark tonight,” Ottilie Varga urged the crew to remember.").quotes
        #expect(clause.first?.speaker == nil)
    }

    @Test(arguments: finiteForms)
    func anInvertedCueTakesTheNameAfterIt(_ form: Form) throws {
        guard form.kind == .verb || form.kind == .direct else { return }
        let quotes = try extract("“The lighthouse stays dark tonight,” \(form.text) Bram Keskin, the harbour pilot.").quotes
        #expect(quotes.first?.speaker?.name == "Bram Keskin")
    }

    @Test(arguments: finiteForms)
    func aColonIntroducesTheQuote(_ form: Form) throws {
        guard form.kind == .verb || form.kind == .direct else { return }
        let quotes = try extract("Ottilie Varga \(form.text): “The lighthouse stays dark tonight.”").quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == "Ottilie Varga")
    }

    @Test(arguments: finiteForms)
    func aThatClauseIsReported(_ form: Form) throws {
        guard form.kind == .verb || form.kind == .object || form.kind == .report || form.kind == .direct else { return }
        let (article, subject) = form.kind == .report ? ("The ", "Harbour Gazette") : ("", "Ottilie Varga")
        let object = form.kind == .object ? " the crew" : ""
        let quotes = try extract("\(article)\(subject) \(form.text)\(object) that the lighthouse would stay dark until spring.").quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.kind == .indirect)
        #expect(quotes.first?.text == "the lighthouse would stay dark until spring")
        #expect(quotes.first?.speaker?.name == subject)
    }

    /// A content verb reports what its object names; a naming verb its object and the name it gives, and
    /// nothing when a time follows its object instead of a name.
    @Test(arguments: finiteForms)
    func aContentOrNamingVerbReportsItsObject(_ form: Form) throws {
        let objects: [QuoteLexicon.CueKind: String] = [
            .content: "the harbour board over the winter closures", .naming: "the new timetable a slow-motion shipwreck",
        ]
        guard let object = objects[form.kind] else { return }
        let quotes = try extract("Ottilie Varga \(form.text) \(object).").quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.kind == .indirect)
        #expect(quotes.first?.text == object)
        #expect(quotes.first?.speaker?.name == "Ottilie Varga")
        if form.kind == .naming {
            #expect(try extract("Ottilie Varga \(form.text) the harbour office the next morning.").quotes.isEmpty)
        }
    }

    @Test(arguments: finiteForms)
    func aFrameVerbAttributesTheFragmentInMarks(_ form: Form) throws {
        guard form.kind == .frame || form.kind == .naming || form.kind == .content else { return }
        let quotes = try extract("Ottilie Varga \(form.text) the new timetable “a slow-motion shipwreck” on Friday.").quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.kind == .partial)
        #expect(quotes.first?.speaker?.name == "Ottilie Varga")
    }

    @Test(arguments: [
        ("say", ["say", "says", "said", "saying"]), ("cry", ["cry", "cries", "cried", "crying"]),
        ("snap", ["snap", "snaps", "snapped", "snapping"]), ("e-mail", ["e-mail", "e-mails", "e-mailed", "e-mailing"]),
        ("quip", ["quip", "quips", "quipped", "quipping"]), ("argue", ["argue", "argues", "argued", "arguing"]),
        ("hiss", ["hiss", "hisses", "hissed", "hissing"]), ("murmur", ["murmur", "murmurs", "murmured", "murmuring"]),
        ("point out", ["point out", "points out", "pointed out", "pointing out"]), ("obey", ["obey", "obeys", "obeyed", "obeying"]),
        ("echo", ["echo", "echoes", "echoed", "echoing"]), ("text", ["text", "texts", "texted", "texting"]),
    ])
    func formsFollowTheSpellingRules(_ lemma: String, _ forms: [String]) {
        var expected = forms
        if lemma == "say" { expected[2] = "sayed" }  // irregular verbs list their forms in the lexicon
        #expect(VerbForms.all(of: lemma) == expected)
    }
}
