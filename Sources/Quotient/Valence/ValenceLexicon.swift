/// VADER's tables compiled for the scorer: every word of every table interned once, with per-id lookups.
///
/// The default instance is built from the lexicons bundled with the library (vaderSentiment 3.3.2). Custom
/// word lexicons in VADER's format (`TOKEN<TAB>MEAN[<TAB>…]`) can replace the word table.
///
/// A lexicon is immutable once compiled; it is a class so scorers share one copy of the tables and a scorer's
/// per-text work holds one reference to it, not one per table.
public final class ValenceLexicon: Sendable {
    let terms: TermTable
    /// Answers most words that are not terms without reading `terms`' slots (see ``TermFilter``).
    let filter: TermFilter
    /// What the tables say about each term id, in one record so a token needs one lookup.
    let entries: [Entry]

    struct Entry: Sendable {
        /// Lexicon valence; NaN where the term is not a lexicon word.
        var valence = Double.nan
        /// Booster scalar; 0 where the term is not a booster.
        var booster = 0.0
        /// Whether the term is in VADER's negation list.
        var isNegation = false
        /// Whether the term is a word of a special-case phrase or multi-word booster.
        var inPhrase = false
    }
    /// Phrases that replace a word's valence, as id sequences.
    let specialCases: [(ids: [TermTable.ID], valence: Double)]
    /// Multi-word boosters (`kind of`), as id sequences.
    let phraseBoosters: [(ids: [TermTable.ID], scalar: Double)]
    /// Ids of the words the rules name.
    let words: RuleWords

    struct RuleWords: Sendable {
        var no: TermTable.ID = -1, or: TermTable.ID = -1, nor: TermTable.ID = -1, but: TermTable.ID = -1
        var kind: TermTable.ID = -1, of: TermTable.ID = -1, never: TermTable.ID = -1, so: TermTable.ID = -1
        var this: TermTable.ID = -1, without: TermTable.ID = -1, doubt: TermTable.ID = -1
        var least: TermTable.ID = -1, at: TermTable.ID = -1, very: TermTable.ID = -1
    }

    /// The lexicons shipped with the library.
    public static let bundled: ValenceLexicon = {
        do {
            return try ValenceLexicon(words: LexiconSource.bundled("vader_lexicon.txt")!)
        } catch {
            fatalError("bundled VADER lexicon is invalid: \(error)")
        }
    }()

    /// Compiles VADER's tables with `words` as the word lexicon (VADER's format) and the bundled emoji,
    /// booster, negation and special-case tables.
    public init(words: LexiconSource) throws(LexiconError) {
        var builder = Builder()
        try builder.loadWords(words)
        try builder.loadBoosters(LexiconSource.bundled("vader_boosters.txt")!)
        try builder.loadNegations(LexiconSource.bundled("vader_negations.txt")!)
        try builder.loadSpecialCases(LexiconSource.bundled("vader_special_cases.txt")!)
        self.words = RuleWords(
            no: builder.id("no"), or: builder.id("or"), nor: builder.id("nor"), but: builder.id("but"),
            kind: builder.id("kind"), of: builder.id("of"), never: builder.id("never"), so: builder.id("so"),
            this: builder.id("this"), without: builder.id("without"), doubt: builder.id("doubt"),
            least: builder.id("least"), at: builder.id("at"), very: builder.id("very"))
        terms = builder.terms
        filter = TermFilter(builder.terms)
        entries = builder.entries
        specialCases = builder.specialCases
        phraseBoosters = builder.phraseBoosters
    }

    /// The same tables with `words` added as terms that carry no valence, so a scorer over the copy gives the
    /// same scores and its token ids also cover those words: the stance scorer reads its vocabulary off the
    /// valence pass's lookups instead of hashing every word twice.
    init(extending base: ValenceLexicon, with words: some Sequence<String>) {
        var terms = base.terms
        for word in words { terms.intern(word) }
        self.terms = terms
        filter = TermFilter(terms)
        entries = base.entries + Array(repeating: Entry(), count: terms.count - base.entries.count)
        specialCases = base.specialCases
        phraseBoosters = base.phraseBoosters
        self.words = base.words
    }

    /// The valence of a word (lowercase), or nil when it is not in the lexicon.
    public func valence(of word: String) -> Double? {
        guard let id = terms.id(of: word), !entries[Int(id)].valence.isNaN else { return nil }
        return entries[Int(id)].valence
    }

    /// Whether a code point is a key of the bundled emoji table.
    @inline(__always)
    func isEmojiKey(_ value: UInt32) -> Bool { EmojiTable.bundled.isKey(value) }

    /// The description VADER puts in place of an emoji, as UTF-8.
    func emojiDescription(_ value: UInt32) -> [UInt8]? { EmojiTable.bundled.descriptions[value] }

    /// Number of distinct lexicon words.
    public var wordCount: Int { entries.lazy.filter { !$0.valence.isNaN }.count }

    /// The tables while they are being read.
    private struct Builder {
        var terms = TermTable()
        var entries: [Entry] = []
        var specialCases: [(ids: [TermTable.ID], valence: Double)] = []
        var phraseBoosters: [(ids: [TermTable.ID], scalar: Double)] = []

        mutating func id(_ word: String) -> TermTable.ID {
            let id = terms.intern(word)
            growTables(to: terms.count)
            return id
        }

        mutating func growTables(to count: Int) {
            while entries.count < count { entries.append(Entry()) }
        }

        /// VADER reads `line.strip().split('\t')[0:2]`; the last duplicate wins. Only the first two fields
        /// matter, so the line's bytes are split by hand: this table is most of the start-up work.
        mutating func loadWords(_ source: LexiconSource) throws(LexiconError) {
            // A line per word, of about ten bytes ("word\t-1.5"): sized once for them all (an estimate; the
            // tables still grow if it is short).
            let lines = source.text.utf8.count / 10 + 1
            terms.reserveCapacity(terms: lines, bytes: lines * 8)
            entries.reserveCapacity(entries.count + lines)
            try source.withContentLines(comments: false) { (number, line) throws(LexiconError) in
                let trimmed = LexiconSource.trimmingSpaces(line)
                guard let firstTab = trimmed.firstIndex(of: 0x09), firstTab != trimmed.startIndex else {
                    throw LexiconError(file: source.name, line: number, reason: "expected TOKEN<TAB>VALENCE")
                }
                let fieldEnd = trimmed[(firstTab + 1)...].firstIndex(of: 0x09) ?? trimmed.endIndex
                let field = LexiconSource.trimmingSpaces(trimmed[(firstTab + 1)..<fieldEnd])
                guard let value = LexiconSource.number(UnsafeBufferPointer(rebasing: field)), value.isFinite else {
                    throw LexiconError(file: source.name, line: number,
                                       reason: "valence '\(String(decoding: field, as: UTF8.self))' is not a number")
                }
                let term = terms.intern(UnsafeBufferPointer(rebasing: trimmed[..<firstTab]))
                growTables(to: terms.count)
                entries[Int(term)].valence = value
            }
        }

        mutating func loadBoosters(_ source: LexiconSource) throws(LexiconError) {
            for (term, value, _) in try ValenceLexicon.weightedEntries(source) {
                let words = term.split(separator: " ")
                if words.count == 1 {
                    let single = id(term)
                    entries[Int(single)].booster = value
                } else {
                    let phrase = words.map { id(String($0)) }
                    phraseBoosters.append((phrase, value))
                    for word in phrase { entries[Int(word)].inPhrase = true }
                }
            }
        }

        mutating func loadNegations(_ source: LexiconSource) throws(LexiconError) {
            for (_, line) in source.contentLines() {
                let term = id(String(line.trimmingSpaces()))
                entries[Int(term)].isNegation = true
            }
        }

        mutating func loadSpecialCases(_ source: LexiconSource) throws(LexiconError) {
            for (term, value, _) in try ValenceLexicon.weightedEntries(source) {
                let phrase = term.split(separator: " ").map { id(String($0)) }
                specialCases.append((phrase, value))
                for word in phrase { entries[Int(word)].inPhrase = true }
            }
        }
    }

    /// `TERM<TAB>NUMBER` lines.
    static func weightedEntries(_ source: LexiconSource) throws(LexiconError) -> [(String, Double, Int)] {
        var entries: [(String, Double, Int)] = []
        for (number, line) in source.contentLines() {
            let fields = line.fields(omittingEmpty: true)
            guard fields.count == 2, let value = Double(fields[1].trimmingSpaces()) else {
                throw LexiconError(file: source.name, line: number, reason: "expected TERM<TAB>NUMBER")
            }
            entries.append((String(fields[0].trimmingSpaces()), value, number))
        }
        return entries
    }
}

extension Substring {
    /// Drops leading and trailing spaces, tabs and carriage returns, testing bytes rather than `Character`s
    /// (lexicon lines are trimmed by the thousand at start-up).
    package func trimmingSpaces() -> Substring {
        let bytes = utf8
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
        let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
        let end = bytes[start...].lastIndex { !isSpace($0) }.map { bytes.index(after: $0) } ?? start
        return self[start..<end]
    }
}

extension StringProtocol {
    /// Drops leading and trailing spaces, tabs and carriage returns.
    package func trimmingSpaces() -> SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        let start = firstIndex { !isSpace($0) } ?? endIndex
        let end = lastIndex { !isSpace($0) }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
