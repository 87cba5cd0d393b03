/// A fixed list of words, tested by their bytes with the term table's multiply-mix hash.
///
/// The attribution rules ask whether a token's lowercase form is in one of about a hundred small word lists
/// ("said" among the reporting forms, "the" among the determiners) millions of times per megabyte of news.
/// `Set<String>` answers with a seeded SipHash and a `String` comparison per probe; this answers with one or two
/// multiplications and two integer comparisons, which took the quote stage's set tests from about a twentieth of
/// its time to a small part of that.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private var table = TermTable()

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    init(_ words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    /// Adds `word`; false when the list held it already.
    @discardableResult
    mutating func insert(_ word: String) -> Bool {
        let count = table.count
        table.intern(word)
        return table.count > count
    }

    /// The words in the order first given (a term's id is its insertion index), for lists built from other lists.
    func makeIterator() -> LazyMapSequence<Range<Int>, String>.Iterator {
        (0..<table.count).lazy.map { [table] in table.text(of: TermTable.ID($0)) }.makeIterator()
    }

    /// This list's words and those of `other`.
    func union(_ other: some Sequence<String>) -> WordSet { WordSet(Array(self) + Array(other)) }

    /// Whether `word` is one of the list's words, byte for byte.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ table.lookup($0) != nil }) { return found }
        return table.id(of: word) != nil
    }

    /// Whether `word` is one of the list's words, byte for byte.
    func contains(_ word: Substring) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ table.lookup($0) != nil }) { return found }
        return table.id(of: String(word)) != nil
    }

    /// Whether the words of `bytes` are one of the list's words.
    func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        table.lookup(bytes) != nil
    }
}
