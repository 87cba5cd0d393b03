import Foundation
import Testing
@testable import Quotient

/// An article written for the tests, with the quotes a careful reader finds in it.
struct AnnotatedArticle: CustomTestStringConvertible, Sendable {
    struct Expected: Sendable {
        var kind: String
        var speaker: String
        var text: String
        var source: String?
    }

    var name: String
    var text: String
    var expected: [Expected]
    var testDescription: String { name }

    static let all: [AnnotatedArticle] = ["port-strike", "river-dam", "hospital-strike", "trade-talks"].compactMap { name in
        guard let text = try? Fixtures.text("articles/\(name).txt"),
              let lines = try? Fixtures.jsonLines("articles/\(name).expected.jsonl")
        else { return nil }
        return AnnotatedArticle(name: name, text: text, expected: lines.map {
            Expected(kind: $0["kind"] as! String, speaker: $0["speaker"] as! String, text: $0["text"] as! String,
                     source: $0["source"] as? String)
        })
    }
}

func extract(_ text: String) throws -> QuoteExtraction {
    QuoteExtractor().extract(from: try Segmenter().segment(text))
}

/// Speakers agree when one name contains the other or its last word (as the evaluation convention has it).
func sameSpeaker(_ expected: String, _ found: String?) -> Bool {
    guard let found = found?.lowercased() else { return false }
    let wanted = expected.lowercased()
    return wanted.contains(found) || found.contains(wanted) || found.contains(wanted.split(separator: " ").last!)
}

@Suite struct QuoteArticleTests {
    @Test func articlesHoldAtLeastFortyQuotes() {
        #expect(AnnotatedArticle.all.count == 4)
        #expect(AnnotatedArticle.all.map(\.expected.count).reduce(0, +) >= 40)
    }

    @Test(arguments: AnnotatedArticle.all)
    func everyQuoteIsFoundWithItsKindAndSpeaker(_ article: AnnotatedArticle) throws {
        let extraction = try extract(article.text)
        #expect(extraction.quotes.count == article.expected.count,
                "found: \(extraction.quotes.map { "\($0.kind) \($0.speaker?.name ?? "-"): \($0.text)" })")
        for expected in article.expected {
            let match = extraction.quotes.first { $0.text == expected.text }
            #expect(match != nil, "missing: \(expected.text)")
            guard let match else { continue }
            #expect(match.kind.rawValue == expected.kind, "\(expected.text)")
            #expect(sameSpeaker(expected.speaker, match.speaker?.name), "\(expected.text): \(match.speaker?.name ?? "nil")")
            if let source = expected.source { #expect(match.source == source) }
        }
    }

    @Test(arguments: AnnotatedArticle.all)
    func offsetsAreScalarOffsetsIntoTheInput(_ article: AnnotatedArticle) throws {
        let scalars = Array(article.text.unicodeScalars)
        for quote in try extract(article.text).quotes {
            #expect(String(String.UnicodeScalarView(scalars[quote.span.scalars])) == quote.text)
            if let speaker = quote.speaker {
                #expect(String(String.UnicodeScalarView(scalars[speaker.span.scalars])) == speaker.mention)
            }
        }
    }
}

@Suite struct QuotePhenomenaTests {
    @Test func fullestNameAndRoleAreReported() throws {
        let text = "Deputy Mayor Olu Adebayo opened the bridge. “It is finished,” Adebayo said."
        let quote = try #require(try extract(text).quotes.first)
        #expect(quote.speaker?.name == "Olu Adebayo")
        #expect(quote.speaker?.mention == "Adebayo")
        #expect(quote.speaker?.role == "Deputy Mayor")
    }

    @Test func aDatelineIsNoPartOfTheRoleOfASpeakerInApposition() throws {
        let text = "ÅLESUND, Norway — The head of the Ålesund Port Authority, Ingrid Solberg, insisted that the pier would stay public."
        let quote = try #require(try extract(text).quotes.first)
        #expect(quote.speaker?.name == "Ingrid Solberg")
        #expect(quote.speaker?.role == "head of the Ålesund Port Authority")
    }

    @Test(arguments: [
        "“We will rebuild,” Mayor Lin said.",
        "Mayor Lin said: “We will rebuild.”",
        "“We will rebuild,” said Mayor Lin.",
        "“We will rebuild,” says Mayor Lin, a spokesman for nobody in particular.",
        "Mayor Lin warned, “We will rebuild.”",
    ])
    func attributionBeforeAfterAndInverted(_ text: String) throws {
        let quotes = try extract(text).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.kind == .direct)
        #expect(quotes.first?.text.hasPrefix("We will rebuild") == true)
        #expect(quotes.first?.speaker?.name == "Lin")
    }

    /// Speaker phrases longer than a name and a role: (text, speaker).
    @Test(arguments: [
        // The next sentence attributes, its cue after an apposition; "into the phone" is not a report.
        ("“Are you voting today?” Ilse Varga, a retired teacher from the valley, said quietly into the phone.", "Ilse Varga"),
        // A relative clause between the subject and the cue.
        ("A port official who spoke on condition of anonymity said on Monday, “The cranes will stay idle.”", "port official"),
        // An unlisted lowercase description before the name.
        ("“The ferry is late,” said master of ceremonies Jonas Berg.", "Jonas Berg"),
        // A party label and a comma between the name and the cue.
        ("After the count, Sen. Ruth Alder (D-Maine), said, “We held the line.”", "Ruth Alder"),
        // An apposition the lexicon has no role word for.
        ("Piet Mol, keeper of the old lighthouse and a ferry regular, said: “The light stays on.”", "Piet Mol"),
        // An inverted attribution to a plain noun.
        ("“Is the bridge open?” asked the boy, who held his father’s hand.", "boy"),
    ])
    func longSpeakerPhrases(_ text: String, _ speaker: String) throws {
        let quotes = try extract(text).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.kind == .direct)
        #expect(quotes.first?.speaker?.name == speaker)
    }

    @Test func attributionInsideASplitQuote() throws {
        let quotes = try extract("“The roads are open,” Chief Ada Obi said, “but the bridges are not.”").quotes
        #expect(quotes.map(\.kind) == [.direct, .direct])
        #expect(quotes.allSatisfy { $0.speaker?.name == "Ada Obi" })
    }

    @Test func multiParagraphQuoteContinues() throws {
        let text = "Senator Maria Vance spoke first. “The budget is late,” Vance said. “We will fix it.\n\n“And we will fix it this week.”"
        let quotes = try extract(text).quotes
        #expect(quotes.count == 3)
        #expect(quotes.last?.text == "And we will fix it this week.")
        #expect(quotes.last?.speaker?.name == "Maria Vance")
        #expect(try extract(text).warnings.isEmpty)
    }

    /// A sentence that introduces its own quote ("Lund replied: “…”") does not attribute the quote before it,
    /// which continues its speaker's split quote.
    @Test func introducingSentenceDoesNotAttributeThePreviousQuote() throws {
        let text = "“The harbor is closed. I know why,” Mira Holm said. “The cranes failed. Nobody fixed them.”\nLund replied: “They were fixed.”"
        let quotes = try extract(text).quotes
        #expect(quotes.map { $0.speaker?.name } == ["Mira Holm", "Mira Holm", "Lund"])
    }

    @Test func continuationStopsAfterAnotherSpeakerSteppedIn() throws {
        let text = "“Prices are rising,” said Ana Ruiz, an economist.\n\nThe central bank disagreed in a long report.\n\nThe report ran to ninety pages.\n\n“Nothing will change at all.”"
        let quotes = try extract(text).quotes
        #expect(quotes.first?.speaker?.name == "Ana Ruiz")
        #expect(quotes.last?.text == "Nothing will change at all.")
        #expect(quotes.last?.speaker == nil)
    }

    @Test func unclosedQuoteIsBoundedByItsParagraphAndWarned() throws {
        let text = "“This never closes, Ortiz said.\n\nThe next paragraph is plain reporting. Nothing quoted here."
        let extraction = try extract(text)
        #expect(extraction.warnings.count == 1)
        #expect(extraction.warnings.first?.message.contains("unclosed") == true)
        #expect(extraction.quotes.allSatisfy { !$0.text.contains("plain reporting") })
    }

    @Test(arguments: ["The team’s coach didn’t say much about the ’90s.", "Kazakhstan’s leaders met. They're done."])
    func apostrophesOpenNothing(_ text: String) throws {
        let extraction = try extract(text)
        #expect(extraction.quotes.isEmpty)
        #expect(extraction.warnings.isEmpty)
    }

    @Test(arguments: ["\"", "«", "„", "''"])
    func otherQuoteMarks(_ open: String) throws {
        let close = open == "«" ? "»" : open == "„" ? "“" : open == "''" ? "''" : "\""
        let quotes = try extract("\(open)We stay,\(close) said Pilar Gomez.").quotes
        #expect(quotes.first?.text == "We stay,")
        #expect(quotes.first?.speaker?.name == "Pilar Gomez")
    }

    /// Two apostrophes stand for a double mark; a fragment between them keeps no apostrophe of the marks.
    @Test func doubledApostrophesAreOneMark() throws {
        let quotes = try extract("Pilar Gomez said she found the ''debt stack'' confusing.").quotes
        #expect(quotes.first { $0.kind == .partial }?.text == "debt stack")
    }

    @Test func nestedQuotesStayInsideTheOuterQuote() throws {
        let quotes = try extract("“He told me ‘never again’ and left,” said Rita Moss.").quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.text == "He told me ‘never again’ and left,")
    }

    @Test func scareQuotesTitlesAndJunkAreNotQuotes() throws {
        let text = "[ad_1]\n\nThe so-called “reform” stalled.\n\nShe wrote “Rivers of the North” in 2019.\n\nPhoto: Lee Park/Metro Wire"
        #expect(try extract(text).quotes.isEmpty)
    }

    /// A work's title after its noun is no quote in any language or case; the same noun as a topic after a cue
    /// leaves the words the speaker's.
    @Test(arguments: [
        "The title track, “Harri eta Ur,” has been streamed nine million times.",
        "Her second single, “Pluie sur la ville,” reached the charts in June.",
        "The documentary “Kalt og stille” premieres on Friday.",
        "His column, “Notes from the valley,” runs on Sundays.",
    ])
    func titlesAfterTheirWorkNounAreNotQuotes(_ text: String) throws {
        #expect(try extract(text).quotes.isEmpty)
    }

    @Test func aWorkNounAsTopicKeepsTheWords() throws {
        let quotes = try extract("Ottoline Vance said of the film, “It moved me to tears,” and left.").quotes
        #expect(quotes.map(\.text) == ["It moved me to tears,"])
        #expect(quotes.first?.speaker?.name == "Ottoline Vance")
    }

    /// "The former" and "the latter" are the first and the second of the two people named just before.
    @Test(arguments: [
        ("Solveig Brekke and Tarjei Nilsen met the council. The former said the pier was unsafe.", "Solveig Brekke"),
        ("Solveig Brekke and Tarjei Nilsen met the council. The latter said the pier was unsafe.", "Tarjei Nilsen"),
    ])
    func formerAndLatterPickOneOfAPair(_ text: String, _ name: String) throws {
        #expect(try extract(text).quotes.first?.speaker?.name == name)
    }

    @Test func pronounsResolveToTheNearestPerson() throws {
        let text = "Finance Minister Ruth Adler presented the plan. She said the deficit would shrink. Opposition leader Karl Brandt objected. He said the numbers were invented."
        let quotes = try extract(text).quotes
        #expect(quotes.map { $0.speaker?.name } == ["Ruth Adler", "Karl Brandt"])
        #expect(quotes.map { $0.speaker?.mention } == ["She", "He"])
    }

    @Test func descriptionsResolveToTheIntroducedPerson() throws {
        let text = "President Ilse Marten visited the port. Later, the president said the harbor would be expanded."
        let quote = try #require(try extract(text).quotes.first)
        #expect(quote.speaker?.name == "Ilse Marten")
        #expect(quote.speaker?.mention == "the president")
    }

    @Test func outletIsTheSourceWhenSomeoneElseSpeaks() throws {
        let quotes = try extract("Coach Dana Webb said the team would appeal, the Evening Star reported.").quotes
        #expect(quotes.first?.speaker?.name == "Dana Webb")
        #expect(quotes.first?.source == "Evening Star")
    }

    @Test func outletSpeaksWhenNobodyElseDoes() throws {
        let quote = try #require(try extract("The Evening Star reported that the team would appeal the ruling.").quotes.first)
        #expect(quote.speaker?.name == "Evening Star")
        #expect(quote.speaker?.kind == .outlet)
        #expect(quote.text == "the team would appeal the ruling")
    }

    @Test func theSubjectOfTheReportedClauseIsNotTheSpeaker() throws {
        let text = "Spokesman Ivo Petrov said Monday that Mayor Lena Holt “made the right call” on the stadium."
        let quote = try #require(try extract(text).quotes.first)
        #expect(quote.kind == .partial)
        #expect(quote.speaker?.name == "Ivo Petrov")
    }

    @Test(arguments: ["said", "says", "told reporters", "added", "warned", "insisted", "noted", "argued"])
    func cuesInAnyTenseWithTimesBetween(_ cue: String) throws {
        let quote = try #require(try extract("Chief Engineer Rosa Diaz \(cue) on Friday that the tunnel will open in May.").quotes.first)
        #expect(quote.kind == .indirect)
        #expect(quote.text == "the tunnel will open in May")
        #expect(quote.speaker?.name == "Rosa Diaz")
    }

    /// Words in marks are framed by the cue that governs them: thanks and tributes frame a fragment, and a cue
    /// joined after another by "and" frames the words that follow it.
    @Test(arguments: [
        ("The harbourmaster, Wenna Polglaze, thanked the crews for their “quiet courage”.", "thanked"),
        ("Councillor Idris Mabey paid tribute to her “forty years of service”.", "paid tribute to"),
        ("Councillor Idris Mabey thanked the crews and said the rescue was “textbook”.", "said"),
    ])
    func theCueThatGovernsAFragmentFramesIt(_ text: String, _ cue: String) throws {
        let quote = try #require(try extract(text).quotes.first)
        #expect(quote.kind == .partial)
        #expect(quote.cue == cue)
    }

    @Test(arguments: ["The mayor did not say when the bridge would reopen.", "Officials never said the plan was final."])
    func negatedCuesReportNothing(_ text: String) throws {
        #expect(try extract(text).quotes.isEmpty)
    }

    /// A cue's -s form right after the participle of a perfect is that verb's object: other people's calls and
    /// claims, which the subject answered, not words of the subject's own.
    @Test(arguments: [
        "The harbour board has rejected calls for a second breakwater.",
        "Ferry operators have long dismissed claims that the crossing is unsafe.",
        "The audit had prompted calls for every ward to be inspected.",
    ])
    func aNounAfterAPerfectReportsNothing(_ text: String) throws {
        #expect(try extract(text).quotes.isEmpty)
    }

    /// A clause a subordinator opens, alone before the subject and cue, says when or why people spoke, not what;
    /// with a main clause after it, the whole is what they said.
    @Test(arguments: [
        "When the cannery closed in April, dozens of packers protested.",
        "Because the ford was flooded for a week, farmers complained.",
        "Although the ballot was secret, several porters objected.",
    ])
    func anAdverbialClauseAloneIsNotReported(_ text: String) throws {
        #expect(try extract(text).quotes.isEmpty)
    }

    @Test func aConditionalWithItsMainClauseIsReported() throws {
        let quote = try #require(try extract("If the levy doubles, the ferry will close, the harbourmaster warned.").quotes.first)
        #expect(quote.text == "If the levy doubles, the ferry will close")
        #expect(quote.speaker?.name == "harbourmaster")
    }

    @Test func describedSpeakerWithoutAName() throws {
        let quote = try #require(try extract("In a statement, the shipping firm announced that “all routes remain open.”").quotes.first)
        #expect(quote.kind == .partial)
        #expect(quote.speaker?.mention == "the shipping firm")
    }

    @Test func anonymousSourceKeepsItsDescription() throws {
        let quote = try #require(try extract("A senior official said the talks had stalled over fishing rights.").quotes.first)
        #expect(quote.speaker?.kind == .anonymous)
        #expect(quote.speaker?.name == "senior official")
    }

    /// Indirect speech whose clause, speaker or cue sits somewhere less usual: (text, clause, speaker).
    @Test(arguments: [
        ("The ferry will resume service next week, Mayor Lena Holt said, adding that fares would not change.",
         "The ferry will resume service next week", "Lena Holt"),
        ("Director Omar Haddad said he welcomed the audit and that the board would publish it.",
         "he welcomed the audit and that the board would publish it", "Omar Haddad"),
        ("Other dock workers said the new shifts were unsafe.", "the new shifts were unsafe", "other dock workers"),
        // A quantifier alone speaks for an unspecified group.
        ("Some said the vote had come too early.", "the vote had come too early", "some"),
        ("(The Harbor Times says it counted 4,100 strikers.)", "it counted 4,100 strikers", "Harbor Times"),
        // The subject's head, then a modifier, then the cue.
        ("Tomas Brandt of the Ferry Gazette said the tolls would double.", "the tolls would double", "Tomas Brandt"),
        ("Residents of the north shore said the water had been brown for weeks.",
         "the water had been brown for weeks", "residents"),
        ("People familiar with the talks say the deal is close.", "the deal is close", "people familiar with the talks"),
        ("Friends of the mayor who have spoken to her recently say she will not run again.",
         "she will not run again", "friends"),
        ("Ilse Varga, 71, said she had never seen the river so low.", "she had never seen the river so low", "Ilse Varga"),
        // A cue joined to an earlier verb speaks for the sentence's subject, also after an introduction.
        ("In a short interview, Ms. Ostrova denied the report and said the harbor would stay open.",
         "the harbor would stay open", "Ostrova"),
        // A reported question starts at its "whether".
        ("Councillor Amir Sayed asked the mayor on Friday whether the ferry would run.",
         "whether the ferry would run", "Amir Sayed"),
        // A quantifier heading a group, adverbs before the cue, "yet" before the subject.
        ("Most of the harbor pilots have already said they would strike on Monday.", "they would strike on Monday", "most of the harbor pilots"),
        ("Yet the Harbor Times says it counted only 900 strikers.", "it counted only 900 strikers", "Harbor Times"),
        // Nouns before an unnamed group's head, a possessive and an adverb before the cue, an adverb before the
        // subject.
        ("The ferry ran late all week, harbor officials said.", "The ferry ran late all week", "harbor officials"),
        ("Her campaign workers here said they had knocked on every door.", "they had knocked on every door",
         "her campaign workers"),
        ("Nearly all economists say the tolls will fall.", "the tolls will fall", "all economists"),
        // A connective set off by commas between subject and cue.
        ("The port authority, meanwhile, said the ferry would run on Sunday.", "the ferry would run on Sunday",
         "port authority"),
        // A share of a group, as polls report it.
        ("Thirty-one percent of those surveyed say they would sail again.", "they would sail again", "thirty-one percent of those surveyed"),
        ("Half of the respondents said the ferry was too slow.", "the ferry was too slow", "half of the respondents"),
        // A cue joined to an earlier verb, its subject a body the registry has not seen as a name.
        ("The port authority has closed two berths and says it will reopen them in March.",
         "it will reopen them in March", "port authority"),
        // A participle after an attribution that follows a quote at the sentence's start.
        ("Ada Kern spoke first. “That is the question,” Kern said, noting she would back any of the other candidates.",
         "she would back any of the other candidates", "Ada Kern"),
    ])
    func indirectSpeechInLessUsualShapes(_ text: String, _ clause: String, _ speaker: String?) throws {
        let quote = try #require(try extract(text).quotes.first { $0.kind == .indirect })
        #expect(quote.kind == .indirect)
        #expect(quote.text == clause)
        #expect(quote.speaker?.name == speaker)
    }

    /// A fragment in marks inside a reported clause is reported as that partial quote alone, as news annotation
    /// marks it: no indirect quote holds it, whether the cue is before or after the clause.
    @Test(arguments: [
        ("The depot is hiring “dozens” of crane drivers for the winter, according to Ilse Marwick.", "dozens"),
        ("Oren Falk called on the mayor to resign and said she had reached a “new low.”", "new low."),
    ])
    func fragmentInMarksInsideAReportedClause(_ text: String, _ fragment: String) throws {
        let quotes = try extract(text).quotes
        #expect(quotes.first { $0.kind == .partial }?.text == fragment)
        #expect(!quotes.contains { $0.kind == .indirect && $0.text.contains(fragment) }, "\(quotes.map(\.text))")
    }

    /// A cue set off by commas that attributes a fragment after it still reports the clause before it; a cue
    /// followed by its clause leaves the fragment inside that clause to the partial quote alone.
    @Test func cueOfAFragmentStillReportsTheClauseBeforeIt() throws {
        let set = try extract("If the budget stalls again, the mayor said, the council can still pass “a simple fix.”").quotes
        #expect(set.map(\.kind) == [.indirect, .partial])
        #expect(set.first?.text == "If the budget stalls again")
        let forward = try extract("Finance Minister Rosa Lind said the “emergency measures” she had taken were no longer enough.").quotes
        #expect(forward.map(\.kind) == [.partial])
    }

    /// Neither a title in marks inside an attribution nor a time and place phrase before one is a quote.
    @Test(arguments: [
        ("“Is the bridge open?” asked the boy, who wore a 'Save The Old Harbor' badge, as the crowd laughed.",
         ["Is the bridge open?"]),
        ("Tuesday at the Harbor Hall in Valmora, Mayor Lena Holt said, “We will rebuild the pier.”",
         ["We will rebuild the pier."]),
        ("Six months ago, the harbor master said, the pier had no lights.", ["the pier had no lights"]),
        // What follows a cue is no report when it is a place or a topic.
        ("Ilse Varga reported from the north pier for the Harbor Times.", []),
        ("The latest delay adds to the trouble that has surrounded the ferry.", []),
        ("Provost Ilse Varga conceded shortly after dawn, ending a week of talks.", []),
        ("Ilse Varga conceded late on Sunday, when the last ballots were counted.", []),
        ("Ilse Varga conceded as the crowd drifted away, ending the siege.", []),
        ("Ilse Varga warned if the dam broke the town would flood.", ["if the dam broke the town would flood"]),
        ("Ilse Varga said that as the river rose, the bridge would close.", ["as the river rose, the bridge would close"]),
        ("Ilse Varga said as many as 40 boats were lost.", ["as many as 40 boats were lost"]),
        // "claim" after a subject pronoun reports a clause with a verb, not a thing claimed.
        ("The retired pilots say they claim their pensions at sixty.", ["they claim their pensions at sixty"]),
        ("The first thing that I recommend you do in Tromsø is not in Tromsø at all.", []),
        // A count after a subordinator is the subject of that clause's cue; the group before it is no speaker.
        ("Two of the island's ferry firms traded insults on Monday after one promised to undercut the other's fares.", []),
        // "at least" is a quantity.
        ("The coast guard reported at least 20 boats adrift near the harbor.", ["at least 20 boats adrift near the harbor"]),
        // A speaker "was adamant:" (or blunt, emphatic, …) reports the clause after the colon; a thing that "was
        // clear:" reports nothing.
        ("Ilse Varga was adamant: the nets had been cut on purpose.", ["the nets had been cut on purpose"]),
        ("The verdict was clear: the nets had been cut on purpose.", []),
        // A message's participle spelt as its base form describes the setting ("in a statement read to the court").
        ("Ilse Varga said in a statement read to the tribunal that the nets had been cut.", ["the nets had been cut"]),
        // A title set off by commas after the noun it names is no statement, and a clause that holds it reports it.
        ("At the wake the fiddler played a reel, “Crossing The Minch,” which his father wrote.", []),
        ("Tamsin Orr wrote that she had led a seminar, “Tides 204,” because nobody else would.",
         ["she had led a seminar, “Tides 204,” because nobody else would"]),
        ("Tamsin Orr said, “Not Today.”", ["Not Today."]),
    ])
    func settingAndTitlesAroundAnAttributionAreNotQuotes(_ text: String, _ quoted: [String]) throws {
        #expect(try extract(text).quotes.map(\.text) == quoted)
    }

    /// A clause its cue shares with a later fragment reports up to the clause break before the fragment.
    @Test func clauseEndsBeforeTheFragmentItsCueAttributes() throws {
        let quotes = try extract("Lind has said repeatedly that the harbor is losing money, pointing to its “C-minus” rating.").quotes
        #expect(quotes.map(\.kind) == [.indirect, .partial])
        #expect(quotes.first?.text == "the harbor is losing money")
    }

    /// The same holds for a direct quote introduced after the attribution.
    @Test func cueOfADirectQuoteStillReportsTheClauseBeforeIt() throws {
        let quotes = try extract("Talks will resume on Monday, Lena Holt said, adding, “We are close to a deal.”").quotes
        #expect(quotes.map(\.kind) == [.indirect, .direct])
        #expect(quotes.map(\.text) == ["Talks will resume on Monday", "We are close to a deal."])
        #expect(quotes.allSatisfy { $0.speaker?.name == "Lena Holt" })
    }

    /// An attribution set off by commas inside a clause reports both parts, as two quotes; a time phrase or a
    /// participle after it is not reported.
    @Test(arguments: [
        ("The new schedule, officials argue, could cut waiting times by half.",
         ["The new schedule", "could cut waiting times by half"]),
        ("If the budget stalls again, the mayor said, the council can still pass a simple fix.",
         ["If the budget stalls again", "the council can still pass a simple fix"]),
        ("On Monday, Mayor Lena Holt said, the port will reopen to all ships.", ["the port will reopen to all ships"]),
        ("Earlier this year, Mayor Lena Holt said, the port had been losing money.", ["the port had been losing money"]),
        ("Talks will resume next week, Lena Holt said, adding that the date was not fixed.",
         ["Talks will resume next week", "the date was not fixed"]),
    ])
    func interruptingAttributionReportsBothParts(_ text: String, _ parts: [String]) throws {
        #expect(try extract(text).quotes.map(\.text) == parts)
    }

    @Test(arguments: [", and union leader Marta Diaz said", ", even as union leader Marta Diaz warned that"])
    func oneSentenceMayHoldTwoReports(_ joint: String) throws {
        let quotes = try extract("Mayor Lena Holt said the port would reopen\(joint) the strike would go on.").quotes
        #expect(quotes.map(\.text) == ["the port would reopen", "the strike would go on"])
        #expect(quotes.map { $0.speaker?.name } == ["Lena Holt", "Marta Diaz"])
    }

    /// A name or a person's role set off beside the source ("according to its bookkeeper, Ottavia Brenn,", "…, the
    /// guild, Saddlers United, said") belongs to the source, not to what was said.
    @Test(arguments: [
        ("According to the orchard's bookkeeper, Ottavia Brenn, the frost killed 300 trees.", "Ottavia Brenn"),
        ("According to Ottavia Brenn, the orchard's bookkeeper, the frost killed 300 trees.", "Ottavia Brenn"),
        ("The frost killed 300 trees, the growers' guild, Saddlers Cooperative, said on Friday.", "Saddlers Cooperative"),
        ("The frost killed 300 trees, its bookkeeper, Ottavia Brenn, told members.", "Ottavia Brenn"),
    ])
    func anAppositionBesideTheSourceIsNoPartOfTheReport(_ text: String, _ speaker: String) throws {
        let quote = try #require(try extract(text).quotes.first)
        #expect(quote.text == "the frost killed 300 trees" || quote.text == "The frost killed 300 trees")
        #expect(quote.speaker?.name == speaker)
    }

    /// After "according to" a clause set off by commas that is no person's role is the report's subject.
    @Test func aBodySetOffAfterTheSourceOpensTheReport() throws {
        let quote = try #require(try extract("According to Ottavia Brenn, the guild, which was founded in 1890, owes rent.").quotes.first)
        #expect(quote.text == "the guild, which was founded in 1890, owes rent")
    }

    /// A paragraph ending in a colon introduces the quote that opens the next one, even without a speech verb.
    @Test(arguments: [
        ("After the vote, Mayor Lena Holt released the following statement:\n\n“We will rebuild the harbor together.”", "Lena Holt"),
        ("The port authority published a notice:\n\n“All berths remain closed until Monday.”", "port authority"),
    ])
    func colonAtParagraphEndIntroducesTheNextQuote(_ text: String, _ speaker: String) throws {
        let quote = try #require(try extract(text).quotes.first)
        #expect(quote.kind == .direct)
        #expect(quote.speaker?.name == speaker)
    }

    @Test func manyQuoteMarksInOneParagraphStayLinear() throws {
        let text = String(repeating: "“Yes,” she said. ", count: 2000)
        let extraction = try extract(text)
        #expect(extraction.quotes.count == 2000)
    }
}
