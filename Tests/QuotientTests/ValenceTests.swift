import Foundation
import Testing
@testable import Quotient

struct VaderCase: CustomTestStringConvertible, Sendable {
    var label: String
    var text: String
    var expected: ValenceScores

    var testDescription: String { "\(label): \(text.prefix(60))" }

    static func load(_ fixture: String, label: String) -> [VaderCase] {
        (try? Fixtures.jsonLines(fixture))?.map { line in
            VaderCase(
                label: line[label] as? String ?? "",
                text: line["text"] as! String,
                expected: ValenceScores(
                    negative: line["neg"] as! Double, neutral: line["neu"] as! Double,
                    positive: line["pos"] as! Double, compound: line["compound"] as! Double))
        } ?? []
    }
}

@Suite struct ValenceCompatibilityTests {
    @Test func everyOracleTextMatchesVaderSentiment() throws {
        let cases = VaderCase.load("vader-oracle-corpus.jsonl", label: "text")
        #expect(cases.count == 3000)
        let scorer = ValenceScorer()
        var mismatches: [String] = []
        for item in cases where scorer.scores(item.text) != item.expected {
            mismatches.append("\(item.text): got \(scorer.scores(item.text)), want \(item.expected)")
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(3))")
    }

    @Test(arguments: VaderCase.load("vader-rule-cases.jsonl", label: "rule"))
    func ruleMatchesVaderSentiment(_ item: VaderCase) {
        let scorer = ValenceScorer()
        #expect(scorer.scores(item.text) == item.expected)
    }

    @Test func emptyTextHasZeroNeutral() {
        let scorer = ValenceScorer()
        #expect(scorer.scores("") == .empty)
        #expect(scorer.scores(" \t ") == .empty)
    }

    @Test func scorerReuseGivesSameResult() {
        let scorer = ValenceScorer()
        let first = scorer.scores("The plan is good but costly 😍")
        _ = scorer.scores("A completely different and terrible text!!!")
        #expect(scorer.scores("The plan is good but costly 😍") == first)
    }

    /// The tokenizer's fast path copies these characters unchanged and counts them as uncased.
    @Test func generalPunctuationHasNoCase() {
        for value in UInt32(0x2000)...0x206F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(PythonText.isUncasedPunctuation(value))
            let properties = scalar.properties
            #expect(!properties.isLowercase && !properties.isUppercase && properties.generalCategory != .titlecaseLetter)
            #expect(properties.lowercaseMapping == String(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(!PythonText.isUncasedPunctuation(0x1FFF) && !PythonText.isUncasedPunctuation(0x2070))
    }

    /// The filter may let an absent word through to the table, never keep a term from it; and it must rule out
    /// most absent words, or it only costs time.
    @Test func termFilterKeepsEveryTermAndRulesOutMostOthers() {
        let lexicon = ValenceLexicon.bundled
        func shortToken(_ text: String, _ body: (ShortASCIIToken) -> Void) {
            var text = text
            text.withUTF8 { bytes in ShortASCIIToken(0..<bytes.count, in: bytes).map(body) }
        }
        var checked = 0
        for id in 0..<TermTable.ID(lexicon.terms.count) {
            shortToken(lexicon.terms.text(of: id)) { token in
                #expect(lexicon.terms.lookup(token, filter: lexicon.filter) == id)
                checked += 1
            }
        }
        #expect(checked > 7_000)
        var passed = 0
        for number in 0..<2_000 {
            shortToken("qz\(number)x") { token in
                #expect(lexicon.terms.lookup(token) == nil)
                if lexicon.filter.mayContain(TermTable.hash(token)) { passed += 1 }
            }
        }
        #expect(passed < 300, "\(passed) of 2,000 absent words passed the filter")
    }

    @Test func typographicApostropheDoesNotNegate() {
        let scorer = ValenceScorer()
        #expect(scorer.scores("it isn’t good").compound > 0)
        #expect(scorer.scores("it isn't good").compound < 0)
    }
}

@Suite struct PythonRoundingTests {
    @Test(arguments: [
        (0.0625, 3, 0.062), (0.0635, 3, 0.064), (0.1235, 3, 0.123), (2.675, 2, 2.67),
        (0.00050, 3, 0.001), (-0.43105, 4, -0.431), (0.5, 0, 0.0), (1.5, 0, 2.0), (0.12345, 4, 0.1235),
    ])
    func roundsLikePython(_ value: Double, _ digits: Int, _ expected: Double) {
        #expect(PythonRounding.round(value, digits: digits) == expected)
    }

    /// Python's `repr` of values already rounded, as `json.dumps` prints them.
    @Test(arguments: [
        (0.0, 3, "0.0"), (0.5, 3, "0.5"), (0.25, 3, "0.25"), (0.005, 3, "0.005"), (1.0, 3, "1.0"), (0.746, 3, "0.746"),
        (0.0, 4, "0.0"), (-0.4404, 4, "-0.4404"), (0.8439, 4, "0.8439"), (-1.0, 4, "-1.0"), (0.0001, 4, "0.0001"),
        (0.05, 4, "0.05"), (0.999, 4, "0.999"),
    ])
    func printsLikePythonRepr(_ value: Double, _ digits: Int, _ expected: String) {
        var out: [UInt8] = []
        PythonRounding.appendRepr(of: value, digits: digits, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }
}

@Suite struct LexiconLoadingTests {
    @Test func customWordLexiconReplacesWords() throws {
        let lexicon = try ValenceLexicon(words: LexiconSource(name: "mine.txt", text: "splendid\t3.0\t0.5\t[3]\n"))
        let scorer = ValenceScorer(lexicon: lexicon)
        #expect(scorer.scores("a splendid day").compound > 0.5)
        #expect(scorer.scores("a good day").compound == 0)
    }

    @Test(arguments: [
        ("good\n", 1, "expected TOKEN<TAB>VALENCE"),
        ("good\t1.9\nbad\tterrible\n", 2, "valence 'terrible' is not a number"),
        ("good\t1.9\n\n\tnan\n", 3, "expected TOKEN<TAB>VALENCE"),
    ])
    func malformedLineIsReportedWithFileAndLine(_ text: String, _ line: Int, _ reason: String) {
        #expect(throws: LexiconError(file: "bad.txt", line: line, reason: reason)) {
            try ValenceLexicon(words: LexiconSource(name: "bad.txt", text: text))
        }
    }

    @Test func nonUTF8FileIsRejectedWithItsLine() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("quotient-bad-\(UUID()).txt").path
        try Data([0x67, 0x6F, 0x6F, 0x64, 0x09, 0x31, 0x0A, 0xFF, 0xFE, 0x09, 0x31, 0x0A]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: LexiconError(file: path, line: 2, reason: "not valid UTF-8")) {
            try LexiconSource(contentsOf: path)
        }
    }

    /// The valence reader's fast path must give the very double `Double(_:)` gives, and defer to it otherwise.
    @Test(arguments: [
        "-1.5", "2.3", "0", "-0.0", "3.999", "+0.7", "0.1", "-3.9", "123456789012345", "0.000000000000001",
        "1.", ".5", "1e3", "1.5e-2", "-", "", "1.2.3", "12a", "1234567890123456789", "nan", "inf",
    ])
    func valenceNumbersReadAsDoubleReadsThem(_ text: String) {
        let read = Array(text.utf8).withUnsafeBufferPointer { LexiconSource.number($0) }
        let expected = Double(text)
        #expect(read?.bitPattern == expected?.bitPattern || (read?.isNaN == true && expected?.isNaN == true))
    }

    @Test func bundledLexiconsAreEmbedded() {
        #expect(ValenceLexicon.bundled.wordCount == 7506)
        #expect(ValenceLexicon.bundled.valence(of: "good") == 1.9)
    }
}

/// The `but` rule's two strategies against a literal transcription of VADER's loop, on values drawn from a
/// small set so that repeats (the case where VADER rewrites the wrong slot) are common.
@Suite struct ButRuleTests {
    static func literal(_ input: [Double], butIndex: Int) -> [Double] {
        var sentiments = input
        for k in sentiments.indices {
            let value = sentiments[k]
            let first = sentiments.firstIndex(of: value)!
            if first < butIndex { sentiments[first] = value * 0.5 } else if first > butIndex { sentiments[first] = value * 1.5 }
        }
        return sentiments
    }

    /// A few values repeated often, or many values (up to 801 distinct) so most are new where they occur.
    @Test(arguments: [(8, false), (100, false), (2_000, false), (100, true), (1_000, true)])
    func strategiesMatchTheLiteralLoop(length: Int, manyValues: Bool) {
        var random = ASCIIWordsTests.generator(seed: UInt64(length))
        let palette: [Double] = manyValues
            ? [0, 0] + (-400...400).map { Double($0) / 100 }
            : [0, 0, 0, 1.9, -1.9, 2.85, 0.95, -0.5, 1.5, 3.2]
        for _ in 0..<20 {
            let input = (0..<length).map { _ in palette.randomElement(using: &random)! }
            let butIndex = Int.random(in: 0..<length, using: &random)
            let expected = Self.literal(input, butIndex: butIndex)

            var byHeaps = input
            byHeaps.withUnsafeMutableBufferPointer { ButRule.applyByHeaps(to: $0, butIndex: butIndex) }
            #expect(byHeaps == expected)

            var byScan = input
            var slots = input.indices.filter { input[$0] != 0 }
            var values = slots.map { input[$0] }
            var seen = [UInt64](repeating: 0, count: ButRule.seenWords)
            byScan.withUnsafeMutableBufferPointer { sentiments in
                ButRule.applyByScan(
                    to: sentiments, butIndex: butIndex, slots: &slots, values: &values, count: slots.count, seen: &seen)
            }
            #expect(byScan == expected)
        }
    }
}
