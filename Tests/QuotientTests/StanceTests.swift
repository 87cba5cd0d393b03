import Foundation
import Testing
@testable import Quotient

@Suite struct StanceTests {
    func stance(_ text: String) throws -> Stance {
        let scorer = StanceScorer()
        return try scorer.stance(of: text)
    }

    @Test func referenceSentence() throws {
        let result = try stance("We must take care of them.")
        #expect(result.tone.strings == ["positive", "obligation", "inclusive", "care"])
        #expect(result.evidence.map(\.text) == ["We", "must", "take care of"])
        #expect(result.evidence.first { $0.category == "care" }?.span.scalars == 8..<20)
    }

    @Test(arguments: [
        ("The ministry said we need to act before winter.", "obligation", "need to"),
        ("We will rebuild the bridge.", "commitment", "will"),
        ("We pledged new funding.", "commitment", "pledged"),
        ("This is clearly a failure.", "certainty", "clearly"),
        ("The plan might work, perhaps.", "hedging", "might"),
        ("Together we can finish it.", "inclusive", "Together"),
        ("Those people never paid.", "exclusive", "Those people"),
        ("Doctors protected the children.", "care", "protected"),
        ("The attack killed six.", "threat", "attack"),
        ("Critics call it a so-called reform.", "exclusive", "so-called"),
    ])
    func categoryIsFound(_ text: String, _ category: String, _ matched: String) throws {
        let result = try stance(text)
        #expect(result.evidence.contains { $0.category.rawValue == category && $0.text == matched })
        #expect(result.tone.contains(StanceCategory(category)))
    }

    @Test func prohibitionStaysObligationAndIsMarkedNegated() throws {
        let result = try stance("You must not leave the city.")
        let must = try #require(result.evidence.first { $0.term == "must" })
        #expect(must.category == "obligation" && must.negated)
        #expect(result.tone.contains("obligation"))
    }

    @Test func negatedCertaintyBecomesHedging() throws {
        let result = try stance("I am not sure the deal holds.")
        let sure = try #require(result.evidence.first { $0.term == "sure" })
        #expect(sure.category == "hedging" && sure.negated)
        #expect(result.scores["certainty"] == 0)
        #expect(result.tone.contains("hedging"))
    }

    @Test func negatedCareIsDropped() throws {
        let result = try stance("They would never help refugees.")
        #expect(result.evidence.first { $0.term == "help" }?.weight == 0)
        #expect(!result.tone.contains("care"))
    }

    @Test(arguments: ["We mustn't wait.", "We mustn’t wait.", "WE MUST WAIT."])
    func caseAndBothApostrophesMatch(_ text: String) throws {
        #expect(try stance(text).tone.contains("obligation"))
    }

    @Test func intensifierScalesWeight() throws {
        let plain = try stance("This is a danger to the region.")
        let boosted = try stance("This is a very danger to the region.")
        #expect(boosted.scores["threat"]! > plain.scores["threat"]!)
    }

    @Test func scoresAreComparableAcrossLengths() throws {
        let short = try stance("We must act.")
        let long = try stance("We must act, and the council will meet on the first Monday of next month in the old hall by the river.")
        #expect(short.scores["obligation"]! > long.scores["obligation"]!)
        #expect(short.scores["obligation"]! < 1)
    }

    /// Scores are derived from the evidence on demand, by two routes: all at once, and one category by name.
    @Test(arguments: [
        "We must not take care of them, and they will never help us.",
        "Perhaps we should, perhaps not; I am not sure, but we will certainly try to protect those people.",
        "The war is clearly a danger, a real danger, and a very serious crisis.",
        "Nothing here matches.",
        "",
    ])
    func scoresAgreeWithEvidence(_ text: String) throws {
        let result = try stance(text)
        for (category, score) in zip(result.categories, result.categoryScores) {
            #expect(result.score(of: category) == score)
            #expect(result.scores[category] == score)
            let weight = result.evidence.filter { $0.category == category }.map(\.weight).reduce(0, +)
            #expect((score == 0) == (weight == 0), "\(category)")
        }
        #expect(result.score(of: "no such category") == 0)
    }

    /// Words with letters beyond ASCII skip the lookup when the vocabulary is ASCII; their `n't` ending must
    /// read the same from the raw bytes as from the normalized word.
    @Test(arguments: ["DÜN’T", "dön’t", "ÉN'T", "müßn't", "café", "N’T", "ñ't", "ŃT", "éñ’", "ẞN'T", "’T"])
    func contractedNotOfNonASCIIWords(_ word: String) {
        var normalized = StanceLexicon.normalize(word)
        let expected = normalized.withUTF8 { StanceContext.endsWithContractedNot($0) }
        var raw = word
        #expect(raw.withUTF8 { StanceContext.endsWithContractedNotIgnoringCase($0) } == expected)
    }

    @Test func nonASCIIWordsKeepTheirNegationAndMissTheVocabulary() throws {
        let scorer = StanceScorer()
        let stance = try scorer.stance(of: "Nous DÜN’T müssen protect, we must")
        #expect(stance.evidence.map(\.term) == ["protect", "we", "must"])
        #expect(stance.evidence.first?.negated == true)
    }

    @Test func prefixEntriesMatchInflections() throws {
        let result = try stance("Volunteers are sheltering and welcoming families.")
        #expect(result.evidence.filter { $0.category == "care" }.map(\.term) == ["shelter*", "welcom*", "families"])
    }
}

@Suite struct StanceLexiconTests {
    @Test func shippedCategoriesInOrder() {
        #expect(StanceLexicon.bundled.categories.map(\.rawValue) ==
            ["obligation", "commitment", "certainty", "hedging", "inclusive", "exclusive", "care", "threat"])
        #expect(StanceLexicon.shippedCategories == StanceLexicon.bundled.categories)
    }

    @Test func userCategoryFromFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotient-lex-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# description: economy words\ninflation\nprice*\tinterest rates\t2\n".write(
            to: folder.appendingPathComponent("economy.txt"), atomically: true, encoding: .utf8)
        #expect(throws: LexiconError(file: folder.appendingPathComponent("economy.txt").path, line: 3,
                                     reason: "expected TERM or TERM<TAB>WEIGHT, found 3 fields")) {
            try StanceLexicon(addingDirectory: folder.path)
        }
        try "# description: economy words\ninflation\nprice*\ninterest rates\t2\n".write(
            to: folder.appendingPathComponent("economy.txt"), atomically: true, encoding: .utf8)
        let lexicon = try StanceLexicon(addingDirectory: folder.path)
        #expect(lexicon.categories.last?.rawValue == "economy")
        let scorer = StanceScorer(lexicon: lexicon)
        let result = try scorer.stance(of: "Prices and interest rates rose.")
        #expect(result.evidence.filter { $0.category == "economy" }.map(\.text) == ["Prices", "interest rates"])
    }

    /// The plain-word shortcut of reading an entry gives the words the tokenizer gives, for every shipped entry
    /// and for entries the shortcut must leave to the tokenizer.
    @Test func entryWordsAreTheTokenizersWords() throws {
        var terms = ["so-called", "don't", "e.g. this", "no  doubt", " we", "we ", "naïve", "top10", "rock n roll"]
        for path in LexiconSource.bundledPaths(under: "stance/") {
            for (_, line) in LexiconSource.bundled(path)!.contentLines() {
                let term = StanceLexicon.normalize(String(line.fields()[0].trimmingSpaces()))
                terms.append(term.hasSuffix("*") ? String(term.dropLast()) : term)
            }
        }
        var shortcuts = 0
        for term in terms {
            let document = try Segmenter().segment(term)
            #expect(StanceLexicon.termWords(term) == document.tokens.map { String(document[$0.span]) }, "\(term)")
            if StanceLexicon.isPlainWords(term) { shortcuts += 1 }
        }
        #expect(shortcuts > terms.count / 2)
        #expect(!StanceLexicon.isPlainWords("so-called") && !StanceLexicon.isPlainWords("no  doubt"))
    }

    @Test(arguments: [
        ("good\t0\n", 1, "weight '0' is not a number in (0, 10]"),
        ("good\nbad\tx\n", 2, "weight 'x' is not a number in (0, 10]"),
        ("pro*test\n", 1, "'*' may only end a term"),
        ("ab*\n", 1, "a prefix needs at least 3 characters before '*'"),
        ("good\nGood\n", 2, "duplicate entry 'good' (first on line 1)"),
        ("# negated: flip\ngood\n", 1, "negated: expected keep, drop or move CATEGORY, found 'flip'"),
        ("# only a comment\n", 0, "no entries"),
    ])
    func badLinesAreReportedWithFileAndLine(_ text: String, _ line: Int, _ reason: String) {
        #expect(throws: LexiconError(file: "mine.txt", line: line, reason: reason)) {
            try StanceLexicon(sources: [LexiconSource(name: "mine.txt", text: text)])
        }
    }
}

@Suite struct HostileLexiconTests {
    @Test func emptyAndCommentOnlyFilesAreRejected() {
        #expect(throws: LexiconError(file: "empty.txt", line: 0, reason: "no entries")) {
            try StanceLexicon(sources: [LexiconSource(name: "empty.txt", text: "")])
        }
    }

    @Test func nonUTF8FileInAFolderNamesItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotient-lex-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("good\nbet\u{00e9}r\n".utf8.map { $0 == 0xC3 ? 0xFF : $0 }).write(to: folder.appendingPathComponent("odd.txt"))
        #expect(throws: LexiconError(file: folder.appendingPathComponent("odd.txt").path, line: 2, reason: "not valid UTF-8")) {
            try StanceLexicon(addingDirectory: folder.path)
        }
    }

    @Test func hugeLexiconLoadsAndScores() throws {
        let entries = (0..<20_000).map { "term\($0) word\($0 % 7)" }.joined(separator: "\n")
        let lexicon = try StanceLexicon(sources: [LexiconSource(name: "huge.txt", text: entries + "\nsignal\n")])
        let scorer = StanceScorer(lexicon: lexicon)
        let result = try scorer.stance(of: "A signal and term42 word0 appear.")
        #expect(result.evidence.map(\.text) == ["signal", "term42 word0"])
    }

    @Test func oddEntriesNeverCrashTheScorer() throws {
        let odd = "!!!\n'\n“\n😀\n- -\n...\nzzz*\n\u{301}\u{301}\u{301}*\n\u{200B}x\n"
        let lexicon = try StanceLexicon(sources: [LexiconSource(name: "odd.txt", text: odd)])
        let scorer = StanceScorer(lexicon: lexicon)
        for text in ["!!! ' “ 😀 - - ...", "zzzzz", "\u{301}\u{301}\u{301}\u{301}", "", String(repeating: "!", count: 5000)] {
            let result = try scorer.stance(of: text)
            for evidence in result.evidence { #expect(evidence.span.utf8.upperBound <= text.utf8.count) }
        }
    }
}

/// `stance(of:)` tokenizes a standalone text its own way (ASCII text without ICU, in one pass with the lookups);
/// it must agree exactly with scoring the same text as a segmented document.
@Suite struct StanceOfTextTests {
    static func viaDocument(_ text: String, scorer: StanceScorer) throws -> Stance {
        let document = try Segmenter().segment(text)
        return scorer.stance(in: document, tokens: 0..<document.tokens.count, utf8: 0..<document.text.utf8.count)
    }

    static let tricky = [
        "@user we must help _you_ now", "so-called experts... they WILL attack!!", "'We' must; \"they\" won't.",
        "U.S. e.g. 1,000 people, 3.5% care", "NOT sure we can't protect them", "(we) [they] {us} <our> we'll",
        "rock'n'roll isn't a threat", "we__they @@ _ __ a_b 9_9", "Perhaps... maybe? Certainly!", "",
        "   ", "x", "I", "We must take care of them.", "protecting protectors protect",
        // ICU joins `@` and `_` to letters: these are not "we" and "they".
        "@we must act", "_they_ attack us", "we_ will help", "(@our) care",
        // The valence pass's tokens: stripped punctuation, short tokens kept whole, controls, long words.
        "\"we,\" (they) 'us' --help-- we.", "5. we must!!! ...they", "we\u{01}must help\u{7F}them",
        "internationalization must protect_ourselves, notwithstanding", "'Tis we who'll... won't. can't!",
        "we@ _must help@ x@y they__", "\u{1C}we\u{1F}must \u{0B}help",
    ]

    @Test(arguments: tricky)
    func trickyTextsAgree(_ text: String) throws {
        let scorer = StanceScorer()
        #expect(try scorer.stance(of: text) == Self.viaDocument(text, scorer: scorer))
    }

    /// Random texts made of stance and context words glued with punctuation, controls and the characters
    /// ICU joins to words (`@`, `_`), so the valence pass's tokens take every shape.
    @Test(arguments: [11, 12, 13] as [UInt64])
    func randomTextsAgree(seed: UInt64) throws {
        let words = ["we", "We", "must", "not", "never", "they", "protect", "protecting", "take", "care", "of", "no",
                     "doubt", "very", "sure", "can't", "WILL", "help", "a", "I", "U.S", "so-called", "x"]
        let glue = [" ", " ", " ", ", ", ". ", "!", "\"", "'", "(", ") ", "@", "_", "-", "...", "\u{01}", "\t", ";", ":", "?", "."]
        var random = ASCIIWordsTests.generator(seed: seed)
        let scorer = StanceScorer()
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                text += words.randomElement(using: &random)! + glue.randomElement(using: &random)!
            }
            let single = try scorer.stance(of: text)
            let reference = try Self.viaDocument(text, scorer: scorer)
            #expect(single == reference, "\(text.debugDescription)")
            if single != reference { return }
        }
    }

    @Test func developmentCorpusAgrees() throws {
        let scorer = StanceScorer()
        var checked = 0
        for line in try Fixtures.jsonLines("vader-oracle-corpus.jsonl") {
            let text = line["text"] as! String
            let single = try scorer.stance(of: text)
            let reference = try Self.viaDocument(text, scorer: scorer)
            #expect(single == reference, "\(text)")
            if single != reference { return }
            checked += 1
        }
        #expect(checked == 3_000)
    }
}
