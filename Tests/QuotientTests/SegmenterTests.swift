import Foundation
import PropertyBased
import Testing
@testable import Quotient

struct SentenceCase: CustomTestStringConvertible, Sendable {
    var category: String
    var text: String
    var sentences: [String]
    var testDescription: String { "\(category): \(text.prefix(50))" }

    static let all: [SentenceCase] = ((try? Fixtures.jsonLines("sentence-cases.jsonl")) ?? []).map {
        SentenceCase(category: $0["category"] as! String, text: $0["text"] as! String, sentences: $0["sentences"] as! [String])
    }
}

@Suite struct SentenceTests {
    @Test func fixtureIsLoaded() {
        #expect(SentenceCase.all.count >= 30)
    }

    @Test(arguments: SentenceCase.all)
    func splitsSentences(_ item: SentenceCase) throws {
        let document = try Segmenter().segment(item.text)
        #expect(document.sentences.map { String(document[$0.span]) } == item.sentences)
    }

    @Test func paragraphsAreSeparatedByBlankLines() throws {
        let document = try Segmenter().segment("First one. Second one.\n\n  \nThird paragraph.\n")
        #expect(document.paragraphs.map { String(document[$0.span]) } == ["First one. Second one.", "Third paragraph."])
        #expect(document.paragraphs.map(\.sentences) == [0..<2, 2..<3])
        #expect(document.sentences.map(\.paragraph) == [0, 0, 1])
    }
}

@Suite struct TokenTests {
    func tokens(_ text: String) throws -> [(String, Token.Kind)] {
        let document = try Segmenter().segment(text)
        return document.tokens.map { (String(document[$0.span]), $0.kind) }
    }

    @Test(arguments: ["don't", "isn’t", "Kazakhstan’s", "we'll"])
    func contractionsStayWhole(_ word: String) throws {
        let found = try tokens("They said \(word) twice.")
        #expect(found.map(\.0) == ["They", "said", word, "twice", "."])
    }

    @Test func kindsComeFromRuleStatus() throws {
        let found = try tokens("Up 4.5% to $300 — wow 😀!")
        #expect(found.map(\.0) == ["Up", "4.5", "%", "to", "$", "300", "—", "wow", "😀", "!"])
        #expect(found.map(\.1) == [.word, .number, .punctuation, .word, .symbol, .number, .punctuation, .word, .emoji, .punctuation])
    }

    @Test func sentencesOwnTheirTokens() throws {
        let document = try Segmenter().segment("One two. Three.")
        #expect(document.sentences.map { document.tokens(of: $0).count } == [3, 2])
    }
}

@Suite struct OffsetTests {
    @Test func scalarOffsetsCountCodePoints() throws {
        let document = try Segmenter().segment("“Ça va?” 😀 Oui.")
        let sentence = document.sentences[1]
        #expect(String(document[sentence.span]) == "😀 Oui.")
        #expect(sentence.span.scalars == 9..<15)
        #expect(sentence.span.utf8 == 14..<23)
    }

    @Test func invalidUTF8IsRepairedAndCounted() throws {
        let bytes: [UInt8] = Array("Good ".utf8) + [0xC3, 0x28, 0xFF] + Array(" day. Fine.".utf8)
        let document = try Segmenter().segment(bytes: bytes)
        #expect(document.repairedSequences == 2)
        #expect(document.text == "Good \u{FFFD}(\u{FFFD} day. Fine.")
        #expect(document.sentences.count == 2)
    }

    @Test func emptyTextHasNothing() throws {
        let document = try Segmenter().segment("")
        #expect(document.sentences.isEmpty && document.tokens.isEmpty && document.paragraphs.isEmpty)
    }

    /// Random text drawn from pieces that exercise every rule: words, terminators, quotes, spaces, newlines,
    /// multi-byte scalars and emoji.
    static let pieces = [
        "Mr.", "U.S.", "word", "Word", ". ", "! ", "? ", "…", "...", " ", "  ", "\n", "\n\n", "“", "”", "’", "'",
        "\"", "(", ")", "1.", "2)", "a.", "•", "é", "Ça", "😀", "👍🏽", "中文", "\u{FFFD}", "\t", "p.m.", "No. 5",
        "\u{2028}", "x.Y", "\u{301}", "ß",
    ]

    @Test func everySpanSlicesItsTextAndSentencesCoverAllNonSpaceText() async {
        let generator = Gen.element(of: Self.pieces).compactMap { $0 }.array(of: 0...60).map { $0.joined() }
        await propertyCheck(count: 300, input: generator) { text in
            guard let document = try? Segmenter().segment(text) else {
                Issue.record("segmentation threw for \(text.debugDescription)")
                return
            }
            let scalars = Array(text.unicodeScalars)
            func check(_ spans: [TextSpan]) {
                var previousEnd = 0
                for span in spans {
                    #expect(span.utf8.lowerBound >= previousEnd && !span.utf8.isEmpty)
                    previousEnd = span.utf8.upperBound
                    let byScalars = String(String.UnicodeScalarView(scalars[span.scalars]))
                    #expect(byScalars == String(document[span]))
                }
            }
            check(document.tokens.map(\.span))
            check(document.sentences.map(\.span))
            check(document.paragraphs.map(\.span))
            var covered = Array(repeating: false, count: scalars.count)
            for sentence in document.sentences { for index in sentence.span.scalars { covered[index] = true } }
            for (index, scalar) in scalars.enumerated() where !covered[index] {
                #expect(scalar.properties.isWhitespace, "uncovered \(scalar.debugDescription) in \(text.debugDescription)")
            }
        }
    }
}
