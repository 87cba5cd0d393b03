import Foundation
import PropertyBased
import Testing
@testable import Quotient

/// JSON string output skips eight clean bytes at a time; every character that needs escaping must still be
/// escaped wherever it falls in such a window, and the output must parse back to the input.
@Suite struct JSONStringTests {
    static let pieces = ["a", "bcdefgh", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "“", "\u{2028}", "\u{2029}", "😀", " "]

    static func encoded(_ text: String) -> [UInt8] {
        var text = text
        var out: [UInt8] = []
        text.withUTF8 { JSONValue.writeString(utf8: $0, to: &out) }
        return out
    }

    @Test func randomStringsRoundTripWithEverythingEscaped() throws {
        var random = ASCIIWordsTests.generator(seed: 7)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...24, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            let json = Self.encoded(text)
            #expect(!json.contains { $0 < 0x20 })
            #expect(!String(decoding: json, as: UTF8.self).contains("\u{2028}") && !String(decoding: json, as: UTF8.self).contains("\u{2029}"))
            let parsed = try JSONSerialization.jsonObject(with: Data(json), options: .fragmentsAllowed) as? String
            #expect(parsed == text)
        }
    }

    /// The room reserved for a string written by unchecked stores: never too little, and for a long string
    /// (counted, not bounded) exactly what is written, writing into reserved memory as into an array.
    @Test(arguments: [12, 400, 5_000])
    func reservedRoomFitsTheLiteral(pieces: Int) {
        var random = ASCIIWordsTests.generator(seed: UInt64(pieces))
        for _ in 0..<(pieces > 1_000 ? 20 : 500) {
            var text = (0..<Int.random(in: 0...pieces, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            let expected = Self.encoded(text)
            text.withUTF8 { bytes in
                let room = JSONValue.maximumStringSize(utf8: bytes)
                #expect(room >= expected.count)
                if bytes.count > 4096 { #expect(room == expected.count) }
                let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: room)
                defer { memory.deallocate() }
                var sink = UnsafeByteSink(memory)
                JSONValue.writeString(utf8: bytes, to: &sink)
                #expect(Array(UnsafeBufferPointer(start: memory, count: sink.position - memory)) == expected)
            }
        }
    }
}

/// Numbers of at most four decimals skip the general formatter; their bytes must be exactly what it writes
/// (the shortest form that reads back as the same double), and every other number must still go through it.
@Suite struct JSONNumberTests {
    static func written(_ value: Double) -> String {
        var out: [UInt8] = []
        JSONValue.writeNumber(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func everyFourDecimalValueIsWrittenAsItsShortestForm() {
        for units in stride(from: 0, through: 3_000_000, by: 7) {
            let value = Double(units) / 10000
            #expect(Self.written(value) == value.description)
            #expect(Self.written(-value) == (-value).description)
        }
    }

    @Test(arguments: [0.1 + 0.2, 1 / 3.0, 0.00005, 1e-7, 999_999.9999, 1_000_000.5, 1e16, 4.35e21, -0.0, 0.12345, -2.71828])
    func otherValuesKeepTheGeneralForm(_ value: Double) {
        #expect(Self.written(value) == value.description)
    }

    @Test func nonFiniteValuesAreNull() {
        #expect(Self.written(.nan) == "null")
        #expect(Self.written(-.infinity) == "null")
    }

    /// Integers are written digit by digit into the sink, as `String(value)` spells them, the extremes included.
    @Test(arguments: [0, 7, -1, 10, 99, -100, 1_234_567_890, Int.max, Int.min])
    func integersAreWrittenAsTheirDecimal(_ value: Int) {
        var out: [UInt8] = []
        JSONValue.int(value).write(to: &out)
        #expect(String(decoding: out, as: UTF8.self) == String(value))
    }
}
