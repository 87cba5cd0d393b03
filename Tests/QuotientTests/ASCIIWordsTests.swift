import Foundation
import PropertyBased
import Testing
@testable import Quotient

/// The ASCII tokenizer must give exactly ICU's tokens: random text over an alphabet weighted toward the
/// characters the word rules treat specially, compared token by token with the ICU path.
@Suite struct ASCIIWordsTests {
    /// A seeded generator, so a failure is reproducible.
    static func generator(seed: UInt64) -> Xoshiro { Xoshiro(seed: (seed, 0x9E37_79B9, seed &* 31, 1)) }

    static let alphabet: [UInt8] = Array("aaaaBBzZ0099__..''',,;;::  \t\r\n-\"!?$%@#/()[]&*+=<>`~^|\\{}".utf8) + [0x7F, 0x0B, 0x0C, 0x01, 0x1F]
    /// Mostly word characters, so runs longer than eight bytes (scanned a word at a time) are common.
    static let wordyAlphabet: [UInt8] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@.',; -".utf8)

    /// Tokens as `text/kind`, readable in a failure message.
    static func described(_ tokens: [Token], _ bytes: [UInt8]) -> [String] {
        tokens.map { String(decoding: bytes[$0.span.utf8], as: UTF8.self) + "/" + $0.kind.rawValue }
    }

    static func tokens(_ bytes: [UInt8], icu: Bool) throws -> [Token] {
        var tokens: [Token] = []
        try bytes.withUnsafeBufferPointer { buffer throws(SegmentationError) in
            if icu {
                try Tokenizer.appendTokensWithICU(in: buffer, to: &tokens)
            } else {
                ASCIIWords.appendTokens(in: buffer, to: &tokens)
            }
        }
        return tokens
    }

    /// The marks beyond ASCII that ``ASCIIWords`` handles, and two it must leave to ICU (é, the en quad).
    static let marks = ["‘", "’", "“", "”", "–", "—", "…", "\u{00A0}"].map { Array($0.utf8) }
    static let otherCharacters = ["é", "\u{2000}"].map { Array($0.utf8) }

    @Test(arguments: [(1, false, false), (2, false, false), (3, true, false), (4, true, false), (5, false, true), (6, true, true)])
    func randomTextMatchesICU(seed: UInt64, wordy: Bool, marks: Bool) throws {
        var random = Self.generator(seed: seed)
        let alphabet = (wordy ? Self.wordyAlphabet : Self.alphabet).map { [$0] } + (marks ? Self.marks + Self.marks : [])
        for _ in 0..<5_000 {
            let length = Int.random(in: 1...(wordy ? 64 : 32), using: &random)
            let bytes = (0..<length).flatMap { _ in alphabet.randomElement(using: &random)! }
            let fast = try Self.tokens(bytes, icu: false)
            let reference = try Self.tokens(bytes, icu: true)
            #expect(Self.described(fast, bytes) == Self.described(reference, bytes), "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            #expect(fast == reference)
            if fast != reference { return }
        }
    }

    /// Text with any other character beyond ASCII goes to ICU, whatever else it holds.
    @Test func otherCharactersAreLeftToICU() {
        for character in Self.otherCharacters {
            for text in [character, Array("a’b ".utf8) + character, character + Array(" “x”".utf8)] {
                #expect(!text.withUnsafeBufferPointer(ASCIIWords.handles))
            }
        }
        for text in ["plain", "it’s “quoted” — and…\u{00A0}done", ""] {
            #expect(Array(text.utf8).withUnsafeBufferPointer(ASCIIWords.handles))
        }
        // A mark cut off at the end of the bytes is not one of them.
        #expect(![0x61, 0xE2, 0x80].withUnsafeBufferPointer(ASCIIWords.handles))
    }

    /// The stance scorer takes a VADER token as one word when `ShortASCIIToken` says so; that must be exactly
    /// when the ICU rules (as ``ASCIIWords`` restates them) give one segment, except that joins next to `_` or `@`
    /// are left to the segmenter.
    @Test(arguments: [21, 22] as [UInt64])
    func oneWordTestsMatchTheSegmenter(seed: UInt64) throws {
        var random = Self.generator(seed: seed)
        let alphabet = Array("aZ09.',;-_@x!".utf8)
        var accepted = 0
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 2...8, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let oneSegment = try Self.tokens(bytes, icu: false).map(\.span.utf8) == [0..<bytes.count]
            let word = bytes.withUnsafeBufferPointer { ShortASCIIToken(0..<$0.count, in: $0)! }
            let fast = word.isWordCharacters || word.isWordWithJoiners
            if fast { accepted += 1 }
            #expect(!fast || oneSegment, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            if !bytes.contains(UInt8(ascii: "_")) && !bytes.contains(UInt8(ascii: "@")) {
                #expect(fast == oneSegment, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            }
        }
        #expect(accepted > 1_000)
    }

    @Test func wordCharacterTestCoversEveryLength() {
        var random = Self.generator(seed: 23)
        let alphabet = Array("aZ09_@.' ".utf8) + [0x00, 0x7F]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 1...16, using: &random)).map { _ in
                Int.random(in: 0..<4, using: &random) == 0 ? alphabet.randomElement(using: &random)! : UInt8(ascii: "k")
            }
            let word = bytes.withUnsafeBufferPointer { ShortASCIIToken(0..<$0.count, in: $0)! }
            #expect(word.isWordCharacters == bytes.allSatisfy(ASCIIWords.isWordCharacter), "\(bytes)")
        }
    }

    @Test(arguments: [
        "We must take care of them.", "don't e.g. U.S. 3.14 1,000,000 a1b2 _x_ 12_34 x:y rock'n'roll",
        "He said: \"no\"; 7.5% of $40... (maybe) 2a", "__ 1_ _1 a.1 1.a 1'2 a'1 a''b a..b 1,,2",
        "“It’s done,” she said — twice… ‘Fine’ 1’000 a’’b a’1 x’ ’y rock’n’roll\u{00A0}then",
    ])
    func examplesMatchICU(_ text: String) throws {
        let bytes = Array(text.utf8)
        let fast = Self.described(try Self.tokens(bytes, icu: false), bytes)
        let reference = Self.described(try Self.tokens(bytes, icu: true), bytes)
        #expect(fast == reference)
    }
}
