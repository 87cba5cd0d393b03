import Foundation
import Testing
@testable import Quotient

/// Hostile input: every case must give a result with valid offsets, never a crash.
@Suite struct HostileInputTests {
    /// Segments and analyzes `bytes`, then checks that every span slices out exactly its text.
    func checkEverything(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws -> Analysis {
        let document = try Segmenter().segment(bytes: bytes)
        let scalars = Array(document.text.unicodeScalars)
        func check(_ span: TextSpan, _ text: Substring) {
            #expect(span.scalars.upperBound <= scalars.count, sourceLocation: sourceLocation)
            #expect(String(String.UnicodeScalarView(scalars[span.scalars])) == String(text), sourceLocation: sourceLocation)
        }
        for token in document.tokens { check(token.span, document[token.span]) }
        for sentence in document.sentences { check(sentence.span, document[sentence.span]) }
        let analysis = Analyzer().analyze(document: document)
        for item in analysis.quotes {
            check(item.quote.span, Substring(item.quote.text))
            if let speaker = item.quote.speaker { check(speaker.span, Substring(speaker.mention)) }
            for evidence in item.stance.evidence { check(evidence.span, Substring(evidence.text)) }
        }
        return analysis
    }

    @Test(arguments: [
        ("overlong", [0xC0, 0xAF]), ("surrogate", [0xED, 0xA0, 0x80]), ("truncated", [0xE2, 0x82]),
        ("lone continuation", [0x80, 0x80]), ("five-byte", [0xF8, 0x88, 0x80, 0x80, 0x80]),
        ("beyond U+10FFFF", [0xF4, 0x90, 0x80, 0x80]), ("invalid lead", [0xFF, 0xFE]),
    ] as [(String, [UInt8])])
    func invalidUTF8IsRepaired(_ name: String, _ bad: [UInt8]) throws {
        let bytes = Array("“It works,” said Ana ".utf8) + bad + Array(" Silva. Then".utf8) + bad
        let analysis = try checkEverything(bytes)
        #expect(analysis.repairedSequences >= 2, "\(name)")
        #expect(analysis.quotes.count == 1)
    }

    @Test(arguments: [
        "nul \u{0}bytes\u{0} inside. “Quoted\u{0},” she said.",
        "\u{FEFF}“A byte order mark first,” said Omar Reyes.",
        "Windows lines.\r\n\r\n“Second paragraph,” said Lin Wu.\r\n",
        "Old Mac lines.\r“Quoted,” said Lin Wu.\rEnd.",
        "Separators\u{2028}inside\u{2029}“here,” said Lin Wu.",
        "Zero\u{200B}width\u{200D}joiners and \u{202E}bidi\u{202C} marks. “Fine,” said A\u{301}na.",
        "Combining e\u{301}\u{302}\u{303}\u{304} marks on e\u{0327}very letter.",
        "THIS IS ALL CAPS SHOUTING!!! “WE WILL NEVER STOP,” SAID THE CROWD LEADER JOHN KIM.",
        String(repeating: "😀🔥👍🏽🇺🇦 ", count: 500) + "“Emoji flood,” said Lin Wu.",
        // A source reader once trapped on an empty source after "according to".
        "According to, the pool will close. According to a, it will. It will close, according to .",
        // A reader of asides after a cue's setting once trapped when the text ended two words after its comma.
        "Ola Brun reported from Tromsø, Norway.", "Ola Brun said in Bergen, too.", "Ola Brun wrote from Kent, UK",
    ])
    func oddCharactersKeepOffsetsValid(_ text: String) throws {
        _ = try checkEverything(Array(text.utf8))
    }

    @Test func oneMegabyteWithoutSpaceOrPeriod() throws {
        _ = try checkEverything(Array(repeating: UInt8(ascii: "a"), count: 1 << 20))
    }

    @Test func hundredThousandQuoteMarks() throws {
        let analysis = try checkEverything(Array(String(repeating: "“", count: 50_000).utf8) + Array(String(repeating: "”", count: 50_000).utf8))
        #expect(analysis.quotes.count <= 1)
    }

    @Test func deeplyNestedQuotes() throws {
        let open = String(repeating: "“a ‘b ", count: 5_000)
        let close = String(repeating: "’ c”", count: 5_000)
        _ = try checkEverything(Array((open + close + " said Lin Wu.").utf8))
    }

    @Test func unbalancedQuoteAtEveryPosition() throws {
        let base = "Mayor Ana Diaz spoke. “We will rebuild,” she said.\n\nThe council met later. Nobody objected."
        let scalars = Array(base.unicodeScalars)
        for position in 0...scalars.count {
            var copy = scalars
            copy.insert("“", at: position)
            let text = String(String.UnicodeScalarView(copy))
            let analysis = try checkEverything(Array(text.utf8))
            // (A mark between the two line breaks leaves no blank line; that case is checked for offsets only.)
            guard let blank = copy.indices.dropLast().first(where: { copy[$0] == "\n" && copy[$0 + 1] == "\n" }) else { continue }
            let boundary = blank + 2
            // An unclosed mark in the first paragraph never swallows the second.
            for item in analysis.quotes where item.quote.span.scalars.lowerBound < boundary {
                #expect(item.quote.span.scalars.upperBound <= boundary, "mark at \(position)")
            }
        }
    }
}

/// Inputs the fuzzers found crashes with (`Fuzz/fuzz.sh`, `Fuzz/word-salad.py`), kept so the crashes stay fixed.
@Suite struct FuzzRegressionTests {
    @Test(arguments: ["fuzz/quotes-according-to-at-end.txt", "fuzz/quotes-participle-comma-before-clause.txt"])
    func fuzzFindingAnalyzesWithoutCrashing(_ fixture: String) throws {
        let bytes = Array(try Data(contentsOf: Fixtures.url(fixture)))
        _ = try Analyzer().analyze(bytes: bytes)
    }

    @Test(arguments: ["According to the union,", "According to the union, .", "Workers left, according to", "According to"])
    func accordingToWithNothingReported(_ text: String) throws {
        #expect(try Analyzer().analyze(text).quotes.isEmpty)
    }

    /// Word salads of cue words, names and marks (`Fuzz/word-salad.py`) that crashed the extractor: a naming cue
    /// as the text's last token, a participle cue as its sentence's first token, a writer's label whose cue ends
    /// the text, a hyphen or "By" as the first token, a reported clause that opens with a preposition.
    @Test(arguments: [
        "Berg her as Monday called",
        "according to told that along emailed thanked — was added who what - it thanked it of Islanders accused accused ‘ Republicans",
        "— , texted that \n\n along \n but Monday who : some must may texted of according reporters told must of , Ms. it might him , a accused said",
        // A hyphen as the text's first token, read as a possible joint of a name particle.
        "- that “ but",
        // "By" as the text's first token, once read as the agent of a passive cue before it.
        "By the time the inspectors arrived, the water had turned green.",
        // A reported clause that opens with a preposition, once read for the head of a thing told before it.
        "for what , according to despite warnings from , told staff \n without ’ told staff branded its naming - went on to no",
        // A base-form cue right after "who", once read back over an empty relative clause.
        "what ― calls who note ’ ,” note “ told staff Hana Said for the ministry, asked to",
        "Critics who note that the pier is unsafe met.",
        // A content cue as the text's last word after "and": an empty clause after it.
        "Officials and criticized",
        // A pronoun after a comma that ends the sentence before it.
        ", \n\n they “ it",
        // A content cue as the text's last word after a noun and "but", or "and".
        "spokesman but said",
        "D-Calif. but claimed",
        "company accused to narrator adding",
        "OKAFOR Harbour , saying",
        // A passive introduction alone in its paragraph, with "by" opening the next.
        "Asked\n\nby the",
        // "on" as the text's first token, read back for the head of a body's name before it.
        "on the Zsófia asked",
        // A body's name whose "of" or "for" phrase runs to the text's end.
        "the Rubio of Adelson",
        "Columbia University’s Institute for Study",
        // An article two tokens before the text's end, read for "a welder named …".
        "pollsters, another \"It's",
        // A base-form cue, a comma and the text's end two tokens later.
        "critics note , a",
        // A body's name read after a participle cue up to the text's end ("Fuzz/word-salad.py --seed 9").
        "calls which they ”, warning Head of the Ingrid \n",
        // A noun of saying and "from" at the text's end, read for the agent of a report.
        "Q&A: Zsófia Partners 45% said Marsh's Ola ” blasted that Marsh's Wednesday urged ,” said, from man despite warnings from",
        // An object cue as the text's last token, read for an object pronoun or a described group after it.
        "CBS' named Late Lind-Berg told",
        "of Islanders must Republicans Tell",
        // A pronoun subject as the text's first token, read back for a relative of its gender ("--seed 104").
        "she accused never 41 critics .",
        // "words," with nothing after its comma, read for "In her words, …" ("--seed 11").
        "In tell adding that words, '",
        // A comma that ends its sentence right after a lone name, read for an aside before the name's verb.
        "University’s told staff story on \nAnswer: who spoke on condition of anonymity because of night whose Institute \n whether words, \nCALLER: ] Vang chief of staff University’s In 2019 • in carried In 2019 story man OKAFOR: When it warning defended Tell branded for narrator man he been 41",
        // A description before an apposition whose role words start at the comma that opens it.
        "HOST: “ \n “ Lamb Madam said : Tyne Lamb \n ” Dear Harriet , bus Dear Sir, , Dr de Ann-Marie de O'Brien Madam Dear Sir, said Sir Sir, Mr the Mr Tyne Editor Lamb Dr – ”",
        // A joining word after a closing mark at the text's start, read for a comma before the mark.
        "” and Lamb, the wife, said",
        // A letter's salutation and a signature in one sentence.
        "” Tyne \n Dear Sir, \n\n Dear Sir, Editor Dr Madam",
    ])
    func cueAtAnEdgeAnalyzesWithoutCrashing(_ text: String) throws {
        _ = try Analyzer().analyze(text)
        _ = try QuoteExtractor().extract(from: Segmenter().segment(text))
    }
}
