import Testing
@testable import Quotient

@Suite struct WordSetTests {
    /// Words of every length around the eight- and sixteen-byte steps of the hash, with non-ASCII forms.
    static let words = [
        "a", "an", "the", "said", "claimed", "declared", "reiterated", "acknowledged", "spokeswoman",
        "counter-argument", "characterization", "internationalisation", "café", "señora", "naïve", "’s",
    ]

    @Test func findsEveryWordAndNothingElse() {
        let set = WordSet(Self.words)
        for word in Self.words {
            #expect(set.contains(word), "\(word)")
            #expect(set.contains(word[...]), "\(word) as a substring")
        }
        // A prefix, an extension, another case and another normalization of a listed word are other words.
        for absent in ["", "sai", "saids", "Said", "THE", "declare", "acknowledgedx", "characterizatio", "cafe", "cafe\u{301}", "'s"] {
            #expect(!set.contains(absent), "\(absent)")
        }
    }

    @Test func matchesBytesInsideLongerText() {
        let set: WordSet = ["told", "wrote"]
        var text = "she told us"
        text.withUTF8 { bytes in
            #expect(set.contains(bytes: UnsafeBufferPointer(rebasing: bytes[4..<8])))
            #expect(!set.contains(bytes: UnsafeBufferPointer(rebasing: bytes[4..<7])))
        }
    }

    @Test func insertsOnceAndUnitesInOrder() {
        var set: WordSet = ["one", "two"]
        let addedThree = set.insert("three")
        let addedTwo = set.insert("two")
        #expect(addedThree && !addedTwo)
        let united = set.union(["four", "one"])
        #expect(Array(united) == ["one", "two", "three", "four"])
        #expect(united.contains("four") && !set.contains("four"))
    }
}
