import Testing
@testable import Quotient

@Test func debugLookup() {
    let src = LexiconSource.bundled("vader_lexicon.txt")!
    print("lines", src.contentLines(comments: false).count, src.text.utf8.count)
    print(Array(src.contentLines(comments: false).prefix(3)))
}
