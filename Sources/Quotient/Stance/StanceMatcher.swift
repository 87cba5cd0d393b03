/// A stance lexicon and the context words, flattened into the tables the scorer reads for every token: one
/// vocabulary of ids, per-id context flags and booster scalars, the trie's root as an array indexed by id, and
/// a bitmap that rules out prefix entries for most tokens before any hashing.
///
/// Built once per scorer and shared by reference, so scoring a text holds one reference to it.
final class StanceMatcher: Sendable {
    /// What the context rules need to know about a token.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let word = Flags(rawValue: 1)
        static let negator = Flags(rawValue: 2)
        static let clauseOpener = Flags(rawValue: 4)
        static let clauseBoundary = Flags(rawValue: 8)
        static let negatesBefore = Flags(rawValue: 16)
        /// Some entry's first word: most words of the vocabulary only continue entries (`of` in `take care of`).
        static let startsEntry = Flags(rawValue: 32)
        /// An entry of one word: the word matches by itself.
        static let isEntry = Flags(rawValue: 64)
        /// A verb of saying or deciding in the past, after which "would" is a past future ("said it would").
        static let pastFutureVerb = Flags(rawValue: 128)
        /// A verb of wanting after "would" ("would like").
        static let wishVerb = Flags(rawValue: 256)
        /// A word after "no" that makes it a bound ("no more than").
        static let boundingWord = Flags(rawValue: 512)
    }

    /// The stance words (ids below ``stanceCount``, the lexicon's own) plus the context words and VADER boosters.
    let words: TermTable
    let stanceCount: Int
    let flags: [Flags]
    let boosts: [Double]
    let trie: StanceTrie
    /// Bit `filterBit(key)` is set when some node has prefix entries with that three-byte key.
    private let prefixFilter: [UInt64]
    /// The same for the root's prefix entries only: the test for tokens that may start a match.
    private let rootPrefixFilter: [UInt64]
    /// Bit `pairBit(a, b)` is set when some entry starts with the words `a b`: most words that begin entries
    /// (`of`, `I`, `have`) are followed by a word that continues none of them.
    private let pairFilter: [UInt64]
    let entries: [StanceLexicon.Entry]
    /// Each entry's category and weight, apart from the entries so matching reads them without copying terms.
    let entryCategories: [Int]
    let entryWeights: [Double]
    /// Each entry's term as a short ASCII token, when it is one, to recognize text that spells it exactly.
    let entryTermBytes: [ShortASCIIToken?]
    /// Each entry's sense check (``StanceSense``), for the few ambiguous cues that need one.
    let entrySenses: [StanceSense?]
    /// Per stance id: whether the word is a first-person subject or possessive a commitment binds.
    let isCommittingWord: [Bool]
    let categoryNames: [StanceCategory]
    /// Per category, what a negated match does, with category names resolved to indices.
    let negations: [Negation]
    /// The categories right after whose matches category `c`'s are not counted:
    /// `notAfter[notAfterStart[c]..<notAfterStart[c + 1]]`, flat so reading them retains no array.
    let notAfterStart: [Int]
    let notAfter: [Int]

    /// The index of the category whose cues a modal of possibility cancels ("may indeed"), if the lexicon has it.
    let certaintyCategory: Int?

    enum Negation: Sendable { case keep, drop, move(Int) }
    /// The facts of each one-byte ASCII token, so punctuation and one-letter words skip hashing.
    let singleByte: [Known]
    /// The same with the flags that follow from the token's kind (word, clause boundary) added, for text that
    /// is known to be ASCII; nil for the bytes that are no token (whitespace and controls).
    let singleASCIIToken: [Known?]
    /// The valence lexicon with this vocabulary added, for the scorer's valence pass: its token ids then
    /// index ``byValenceID``, so a word of ASCII text is hashed once for both scores.
    let scoringLexicon: ValenceLexicon
    /// Whether every vocabulary word is ASCII (true of the shipped lexicons): then a token with other letters
    /// needs no lookup.
    let vocabularyIsASCII: Bool
    /// Per id of ``scoringLexicon`` plus one (index 0 stands for a word it lacks), an index into ``knownWords``:
    /// four bytes per term keep this table in the first-level cache, where records of facts for all 9,000
    /// terms would not fit.
    private let byValenceID: [UInt32]
    private let knownWords: [Known]

    /// What the vocabulary says about a word.
    struct Known: Sendable {
        /// The stance id, or -1 when the word is in no entry.
        var id: TermTable.ID = -1
        var flags: Flags = []
        var boost = 0.0
    }

    init(stance: StanceLexicon, valence: ValenceLexicon) {
        let vocabulary = Self.vocabulary(stance: stance, valence: valence)
        words = vocabulary.words
        flags = vocabulary.flags
        boosts = vocabulary.boosts
        stanceCount = stance.words.count
        trie = StanceTrie(stance.nodes, idCount: stance.words.count)
        prefixFilter = Self.bitmap(stance.nodes.flatMap(\.prefixes.keys).map(Self.filterBit))
        rootPrefixFilter = Self.bitmap(stance.nodes[0].prefixes.keys.map(Self.filterBit))
        pairFilter = Self.bitmap(stance.nodes[0].children.flatMap { first, child in
            stance.nodes[Int(child)].children.keys.map { Self.pairBit(first, $0) }
        })
        entries = stance.entries
        entryCategories = stance.entries.map(\.category)
        entryWeights = stance.entries.map(\.weight)
        entryTermBytes = stance.entries.map { entry in
            var term = entry.term
            return term.withUTF8 { ShortASCIIToken(0..<$0.count, in: $0) }
        }
        entrySenses = stance.entries.map { StanceSense(term: $0.term, category: stance.definitions[$0.category].name) }
        var committing = [Bool](repeating: false, count: stance.words.count)
        for word in StanceSense.committingSubjects.union(["our", "my"]) {
            if let id = stance.words.id(of: word) { committing[Int(id)] = true }
        }
        isCommittingWord = committing
        let names = stance.categories
        // Every result holds the names: the shipped ones share one array.
        categoryNames = names == StanceCategory.builtIn ? StanceCategory.builtIn : names
        negations = stance.definitions.map { Self.negation(of: $0, in: stance) }
        certaintyCategory = stance.categoryIndex("certainty")
        let notAfterLists = stance.definitions.map { $0.notAfter.compactMap { stance.categoryIndex($0.rawValue) } }
        notAfterStart = notAfterLists.reduce(into: [0]) { starts, list in starts.append(starts.last! + list.count) }
        notAfter = notAfterLists.flatMap { $0 }
        let known = { [stanceCount, words, flags, boosts] (byte: Int) -> Known in
            let lowered = TextBytes.asciiLowercased(UInt8(byte))
            let found = withUnsafeBytes(of: lowered) { words.lookup($0.bindMemory(to: UInt8.self)) }
            return Self.known(found, stanceCount: stanceCount, flags: flags, boosts: boosts)
        }
        singleByte = (0..<128).map(known)
        singleASCIIToken = singleByte.enumerated().map(Self.addingKindFlags)
        let vocabularyWords = (0..<words.count).map { [words] in words.text(of: TermTable.ID($0)) }
        (scoringLexicon, byValenceID, knownWords) = Self.scoringLexicon(
            valence, words: vocabularyWords, vocabulary: vocabulary, stanceCount: stanceCount)
        vocabularyIsASCII = vocabularyWords.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
    }

    /// The valence lexicon extended with the vocabulary (`words`, its terms by id), and the facts of each of
    /// its ids (index 0 of the facts is a word outside the vocabulary).
    private static func scoringLexicon(
        _ valence: ValenceLexicon, words: [String], vocabulary: (words: TermTable, flags: [Flags], boosts: [Double]),
        stanceCount: Int
    ) -> (ValenceLexicon, [UInt32], [Known]) {
        let lexicon = ValenceLexicon(extending: valence, with: words)
        var byValenceID = Array(repeating: UInt32(0), count: lexicon.terms.count + 1)
        var knownWords = [Known()]
        for (id, word) in words.enumerated() {
            guard let valenceID = lexicon.terms.id(of: word) else { continue }
            byValenceID[Int(valenceID) + 1] = UInt32(knownWords.count)
            knownWords.append(known(TermTable.ID(id), stanceCount: stanceCount, flags: vocabulary.flags, boosts: vocabulary.boosts))
        }
        return (lexicon, byValenceID, knownWords)
    }

    /// The facts of a word from its id in ``scoringLexicon`` (-1 when the valence pass did not find it).
    @inline(__always)
    func facts(valenceID: TermTable.ID) -> Known {
        knownWords[Int(byValenceID[Int(valenceID) + 1])]
    }

    /// The stance words extended with the context words and VADER's one-word boosters, with their flags.
    private static func vocabulary(stance: StanceLexicon, valence: ValenceLexicon) -> (words: TermTable, flags: [Flags], boosts: [Double]) {
        var words = stance.words
        var flags = Array(repeating: Flags(), count: words.count)
        var boosts = Array(repeating: 0.0, count: words.count)
        func id(_ word: String) -> Int {
            let id = Int(words.intern(word))
            while flags.count <= id {
                flags.append([])
                boosts.append(0)
            }
            return id
        }
        for (id, child) in stance.nodes[0].children {
            flags[Int(id)].insert(.startsEntry)
            if !stance.nodes[Int(child)].entries.isEmpty { flags[Int(id)].insert(.isEntry) }
        }
        for word in StanceContext.clauseOpeners { flags[id(word)].insert(.clauseOpener) }
        for word in StanceContext.negators { flags[id(word)].insert(.negator) }
        for word in ["not", "never"] { flags[id(word)].insert(.negatesBefore) }
        for word in StanceSense.pastFutureVerbs { flags[id(word)].insert(.pastFutureVerb) }
        for word in StanceSense.wishVerbs { flags[id(word)].insert(.wishVerb) }
        for word in StanceSense.boundingWords { flags[id(word)].insert(.boundingWord) }
        for index in 0..<valence.terms.count where valence.entries[index].booster != 0 {
            let term = valence.terms.text(of: TermTable.ID(index))
            if !term.contains(" ") { boosts[id(term)] = valence.entries[index].booster }
        }
        return (words, flags, boosts)
    }

    @inline(__always)
    private static func pairBit(_ first: TermTable.ID, _ second: TermTable.ID) -> Int {
        filterBit(UInt32(bitPattern: first) &* 0x0001_0001 ^ UInt32(bitPattern: second))
    }

    /// Whether some entry may start with the stance words `first second` (false means none does).
    @inline(__always)
    func mayFollow(_ first: TermTable.ID, _ second: TermTable.ID) -> Bool {
        Self.isSet(pairFilter, Self.pairBit(first, second))
    }

    /// A filter of `1 << filterBits` bits with `bits` set.
    private static func bitmap(_ bits: some Sequence<Int>) -> [UInt64] {
        var filter = Array(repeating: UInt64(0), count: 1 << (filterBits - 6))
        for bit in bits { filter[bit >> 6] |= 1 << UInt64(bit & 63) }
        return filter
    }

    @inline(__always)
    private static func isSet(_ filter: [UInt64], _ bit: Int) -> Bool {
        filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func negation(of category: StanceCategoryDefinition, in stance: StanceLexicon) -> Negation {
        switch category.negation {
        case .keep: .keep
        case .drop: .drop
        // The lexicon checked that the target exists when it was compiled.
        case .move(let target): stance.categoryIndex(target.rawValue).map { .move($0) } ?? .keep
        }
    }

    /// A one-byte token's facts plus what its kind implies.
    private static func addingKindFlags(byte: Int, known: Known) -> Known? {
        guard let kind = Tokenizer.singleASCIIKinds[byte] else { return nil }
        var known = known
        known.flags.formUnion(StanceContext.flags(of: kind, firstByte: UInt8(byte), length: 1))
        return known
    }

    /// The facts of a vocabulary id (nil for a word outside the vocabulary).
    @inline(__always)
    func facts(of found: TermTable.ID?) -> Known {
        Self.known(found, stanceCount: stanceCount, flags: flags, boosts: boosts)
    }

    @inline(__always)
    private static func known(_ found: TermTable.ID?, stanceCount: Int, flags: [Flags], boosts: [Double]) -> Known {
        guard let found else { return Known() }
        let id = Int(found)
        return Known(id: id < stanceCount ? found : -1, flags: flags[id], boost: boosts[id])
    }

    private static let filterBits = 16

    @inline(__always)
    private static func filterBit(_ key: UInt32) -> Int {
        Int((key &* 0x9E37_79B1) >> UInt32(32 - filterBits))
    }

    /// Whether some prefix entry could start with these three bytes (false means none does).
    @inline(__always)
    func mayStartPrefix(_ key: UInt32) -> Bool { Self.isSet(prefixFilter, Self.filterBit(key)) }

    /// Whether a token with these facts may start a match: its word starts an entry, or a prefix entry of the
    /// root may match it. Branch-free, since it is asked of every token and its answer is unpredictable.
    @inline(__always)
    func mayStartMatch(flags: Flags, key: UInt32) -> Bool {
        let startsEntry = flags.rawValue & Flags.startsEntry.rawValue != 0
        let mayStartPrefix = mayStartRootPrefix(key)
        return startsEntry || mayStartPrefix
    }

    /// Whether a root prefix entry may match a token with this key.
    @inline(__always)
    func mayStartRootPrefix(_ key: UInt32) -> Bool { key != 0 && Self.isSet(rootPrefixFilter, Self.filterBit(key)) }
}

/// The closed word lists of the context rules, interned once.
enum StanceContext {
    /// Subjects and conjunctions open a new clause, which a negation before them does not reach
    /// ("not sure *we will* win").
    static let clauseOpeners = [
        "i", "we", "you", "he", "she", "it", "they", "and", "but", "or", "that", "because", "if", "which", "who",
        "while", "although", "so",
    ]

    static let negators = [
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without",
        "hardly", "barely", "rarely", "seldom",
    ]

    /// Whether the token's bytes end in `n't` or `n’t`, in any case: ``endsWithContractedNot(_:)`` of its
    /// normalized form, read from the bytes as they are.
    static func endsWithContractedNotIgnoringCase(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = token.count
        guard count >= 3, TextBytes.asciiLowercased(token[count - 1]) == UInt8(ascii: "t") else { return false }
        if token[count - 2] == UInt8(ascii: "'") { return TextBytes.asciiLowercased(token[count - 3]) == UInt8(ascii: "n") }
        let curly = count >= 5 && token[count - 4] == 0xE2 && token[count - 3] == 0x80 && token[count - 2] == 0x99
        return curly && TextBytes.asciiLowercased(token[count - 5]) == UInt8(ascii: "n")
    }

    /// `can't`, `mustn't` (the typographic apostrophe is already folded).
    static func endsWithContractedNot(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = word.count
        return count >= 3 && word[count - 3] == UInt8(ascii: "n") && word[count - 2] == UInt8(ascii: "'") && word[count - 1] == UInt8(ascii: "t")
    }

    /// What a token's kind tells the context rules: letters and digits are words; some punctuation ends a
    /// clause.
    static func flags(of kind: Token.Kind, firstByte: UInt8, length: Int) -> StanceMatcher.Flags {
        switch kind {
        case .word, .number: .word
        case .punctuation where isClauseBoundary(firstByte) || (length == 3 && firstByte == 0xE2): .clauseBoundary
        default: []
        }
    }

    /// Commas, semicolons, colons, terminators and straight quotes end negation's reach; so do curly quotes and
    /// dashes (three-byte punctuation starting with E2, checked by the caller).
    static func isClauseBoundary(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }
}
