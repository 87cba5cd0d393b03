#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Stance lexicons compiled into a matcher: every entry's words interned to ids and arranged in a trie, so a
/// text is matched in one pass over its token ids.
///
/// A lexicon file defines one category. Its header is made of `# key: value` comment lines (`description`,
/// `negated: keep | drop | move CATEGORY`, `not-after: CATEGORY, …`, and `replace` for a user file that replaces
/// a shipped category rather than extending it); every other non-blank line that does not
/// start with `#` is an entry: a term of one or more words, optionally ending in `*` (a prefix), optionally
/// followed by a tab and a weight (default 1). Matching ignores case and treats `’` as `'`.
public struct StanceLexicon: Sendable {
    /// Category definitions in lexicon order: the shipped ones first, then user categories by name.
    public private(set) var definitions: [StanceCategoryDefinition] = []
    /// Categories in lexicon order: the shipped ones first, then user categories by name.
    public var categories: [StanceCategory] { definitions.map(\.category) }
    /// Shipped categories that a user file extended (``init(addingDirectory:)``), by name.
    public private(set) var extended: [String] = []
    /// Shipped categories that a user file with a `# replace` line replaced, by name.
    public private(set) var replaced: [String] = []

    struct Entry: Sendable {
        var term: String
        var category: Int
        var weight: Double
    }

    struct Node: Sendable {
        var children: [TermTable.ID: Int32] = [:]
        /// Entries that end at this node.
        var entries: [Int32] = []
        /// Entries whose last word is a prefix (`protect*`), ending here after that word, grouped by the
        /// prefix's first three bytes so a token is compared only with prefixes that can match it.
        var prefixes: [UInt32: [(prefix: [UInt8], entry: Int32)]] = [:]
    }

    /// The grouping key of a prefix or token: its first three bytes, little-endian (prefixes have at least
    /// three), which is also the low three bytes of a ``ShortASCIIToken``.
    @inline(__always)
    static func prefixKey(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> UInt32 {
        UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16
    }

    var words = TermTable()
    var entries: [Entry] = []
    var nodes: [Node] = [Node()]

    /// The order of the shipped categories, which is also the order of labels in a tone.
    static let shippedOrder = ["obligation", "commitment", "certainty", "hedging", "inclusive", "exclusive", "care", "threat"]

    /// The shipped categories in lexicon order, known without building ``bundled``: a caller can lay out a
    /// table's columns before (or without) loading the lexicons.
    public static var shippedCategories: [StanceCategory] { shippedOrder.map(StanceCategory.init(rawValue:)) }

    /// The stance lexicons shipped with the library (`lexicons/stance/`).
    public static let bundled: StanceLexicon = {
        do {
            return try StanceLexicon(sources: bundledSources())
        } catch {
            fatalError("bundled stance lexicon is invalid: \(error)")
        }
    }()

    static func bundledSources() -> [LexiconSource] {
        LexiconSource.bundledPaths(under: "stance/").compactMap { LexiconSource.bundled($0) }
    }

    /// The shipped categories plus every `.txt` file in `directory`. A file named like a shipped category
    /// extends it (its entries are added, and a term both list takes the file's weight; the shipped header
    /// rules stay) unless its header has a `# replace` line, which makes it replace the shipped file.
    public init(addingDirectory directory: String) throws(LexiconError) {
        let parsed = try Self.parsed(shipped: Self.bundledSources(), user: Self.sources(inDirectory: directory))
        if let problem = parsed.problems.first { throw problem }
        try self.init(parsed: parsed.files)
        extended = parsed.extended
        replaced = parsed.replaced
    }

    /// Every problem of the lexicon files in `directory` together with the shipped ones, in file and line
    /// order, where the initializers stop at the first: what `quotient lexicon check` reports.
    public static func problems(inDirectory directory: String) -> [LexiconError] {
        do {
            let parsed = try parsed(shipped: bundledSources(), user: sources(inDirectory: directory))
            if !parsed.problems.isEmpty { return parsed.problems }
            _ = try StanceLexicon(parsed: parsed.files)
            return []
        } catch {
            return [error]
        }
    }

    /// Compiles lexicon files; each becomes the category named after the file.
    public init(sources: [LexiconSource]) throws(LexiconError) {
        var files: [ParsedFile] = []
        for source in sources {
            var problems: [LexiconError] = []
            files.append(Self.parse(source, problems: &problems))
            if let problem = problems.first { throw problem }
        }
        try self.init(parsed: files)
    }

    /// A lexicon file read: its category, its entries, its path, and whether it replaces a shipped file.
    struct ParsedFile {
        var category: StanceCategoryDefinition
        var lines: [(term: String, words: [String], isPrefix: Bool, weight: Double)]
        var name: String
        var replaces = false
    }

    /// Shipped and user files, user files named like a shipped category merged into it or replacing it.
    private static func parsed(
        shipped: [LexiconSource], user: [LexiconSource]
    ) -> (files: [ParsedFile], problems: [LexiconError], extended: [String], replaced: [String]) {
        var problems: [LexiconError] = []
        var files = shipped.map { parse($0, problems: &problems) }
        var extended: [String] = []
        var replaced: [String] = []
        for source in user {
            let file = parse(source, problems: &problems)
            guard let index = files.firstIndex(where: { $0.category.name == file.category.name }) else {
                files.append(file)
                continue
            }
            if file.replaces {
                files[index] = file
                replaced.append(file.category.name)
                continue
            }
            extended.append(file.category.name)
            for line in file.lines {
                if let existing = files[index].lines.firstIndex(where: { $0.term == line.term }) {
                    files[index].lines[existing].weight = line.weight
                } else {
                    files[index].lines.append(line)
                }
            }
        }
        return (files, problems, extended, replaced)
    }

    private init(parsed: [ParsedFile]) throws(LexiconError) {
        let ordered = parsed.sorted { lhs, rhs in
            let (l, r) = (lhs.category.name, rhs.category.name)
            let (li, ri) = (Self.shippedOrder.firstIndex(of: l) ?? Int.max, Self.shippedOrder.firstIndex(of: r) ?? Int.max)
            return li != ri ? li < ri : l < r
        }
        let names = ordered.map(\.category.name)
        for file in ordered {
            if case .move(let target) = file.category.negation, !names.contains(target.rawValue) {
                throw LexiconError(file: file.name, line: 0, reason: "negated: move target '\(target)' is not a category")
            }
        }
        definitions = ordered.map(\.category)
        for (categoryIndex, file) in ordered.enumerated() {
            for line in file.lines {
                insert(words: line.words, isPrefix: line.isPrefix, entry: Entry(term: line.term, category: categoryIndex, weight: line.weight))
            }
        }
    }

    /// The category's index, or nil.
    func categoryIndex(_ name: String) -> Int? { definitions.firstIndex { $0.name == name } }

    private mutating func insert(words: [String], isPrefix: Bool, entry: Entry) {
        let entryIndex = Int32(entries.count)
        entries.append(entry)
        var node = 0
        let exact = isPrefix ? words.dropLast() : words[...]
        for word in exact {
            let id = self.words.intern(word)
            if let child = nodes[node].children[id] {
                node = Int(child)
            } else {
                nodes.append(Node())
                nodes[node].children[id] = Int32(nodes.count - 1)
                node = nodes.count - 1
            }
        }
        if isPrefix {
            let prefix = Array(words.last!.utf8)
            nodes[node].prefixes[Self.prefixKey(prefix[0], prefix[1], prefix[2]), default: []].append((prefix, entryIndex))
        } else {
            nodes[node].entries.append(entryIndex)
        }
    }

    // MARK: - Parsing

    static func categoryName(of path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".txt") ? String(file.dropLast(4)) : file
    }

    static func sources(inDirectory directory: String) throws(LexiconError) -> [LexiconSource] {
        let names: [String]
        do {
            names = try FileBytes.entries(of: directory).filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }
        } catch {
            throw LexiconError(file: directory, line: 0, reason: "cannot open directory: \(error)")
        }
        guard !names.isEmpty else { throw LexiconError(file: directory, line: 0, reason: "no .txt lexicon files") }
        var sources: [LexiconSource] = []
        for name in names.sorted() {
            sources.append(try LexiconSource(contentsOf: FileBytes.path(directory, name)))
        }
        return sources
    }

    /// Reads a file's header and entries; every line the matcher could not honour is reported in `problems`
    /// and left out, so one pass finds them all.
    static func parse(_ source: LexiconSource, problems: inout [LexiconError]) -> ParsedFile {
        let name = categoryName(of: source.name)
        var file = ParsedFile(category: StanceCategoryDefinition(category: StanceCategory(name), summary: "", negation: .keep, notAfter: []), lines: [],
                              name: source.name)
        var firstLine: [String: Int] = [:]
        func fail(_ line: Int, _ reason: String) { problems.append(LexiconError(file: source.name, line: line, reason: reason)) }

        for (number, raw) in source.contentLines(comments: false) {
            if raw.hasPrefix("#") {
                do throws(LexiconError) {
                    try readHeader(raw, line: number, into: &file, source: source)
                } catch {
                    problems.append(error)
                }
                continue
            }
            let fields = raw.fields()
            guard fields.count <= 2 else {
                fail(number, "expected TERM or TERM<TAB>WEIGHT, found \(fields.count) fields")
                continue
            }
            var weight = 1.0
            if fields.count == 2 {
                guard let value = Double(fields[1].trimmingSpaces()), value.isFinite, value > 0, value <= 10 else {
                    fail(number, "weight '\(fields[1])' is not a number in (0, 10]")
                    continue
                }
                weight = value
            }
            let term = normalize(String(fields[0].trimmingSpaces()))
            guard !term.isEmpty else {
                fail(number, "empty term")
                continue
            }
            let isPrefix = term.hasSuffix("*")
            let body = isPrefix ? String(term.dropLast()) : term
            guard !body.contains("*") else {
                fail(number, "'*' may only end a term")
                continue
            }
            let words = termWords(body)
            guard !words.isEmpty, !(isPrefix && words.last!.utf8.count < 3) else {
                fail(number, isPrefix ? "a prefix needs at least 3 characters before '*'" : "term has no words")
                continue
            }
            if let first = firstLine[term] {
                fail(number, "duplicate entry '\(term)' (first on line \(first))")
                continue
            }
            firstLine[term] = number
            file.lines.append((term, words, isPrefix, weight))
        }
        if file.lines.isEmpty { problems.append(LexiconError(file: source.name, line: 0, reason: "no entries")) }
        return file
    }

    private static func readHeader(_ raw: Substring, line: Int, into file: inout ParsedFile, source: LexiconSource) throws(LexiconError) {
        let body = raw.dropFirst().trimmingSpaces()
        if body.lowercased() == "replace" {
            file.replaces = true
            return
        }
        guard let colon = body.firstIndex(of: ":") else { return }
        let key = body[..<colon].trimmingSpaces().lowercased()
        let value = String(body[body.index(after: colon)...].trimmingSpaces())
        switch key {
        case "description": file.category.summary = value
        case "category":
            guard value == file.category.name else {
                throw LexiconError(file: source.name, line: line, reason: "category '\(value)' does not match the file name '\(file.category.name)'")
            }
        case "negated":
            let parts = value.split(separator: " ")
            switch parts.first {
            case "keep" where parts.count == 1: file.category.negation = .keep
            case "drop" where parts.count == 1: file.category.negation = .drop
            case "move" where parts.count == 2: file.category.negation = .move(to: StanceCategory(String(parts[1])))
            default:
                throw LexiconError(file: source.name, line: line, reason: "negated: expected keep, drop or move CATEGORY, found '\(value)'")
            }
        case "not-after":
            file.category.notAfter = value.split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }.map { StanceCategory($0) }
        default:
            break
        }
    }

    /// Lowercase, with the typographic apostrophe folded into the ASCII one.
    static func normalize(_ text: String) -> String {
        let lowered = text.lowercased()
        guard lowered.utf8.contains(0xE2) else { return lowered }
        // Byte-wise: `replacing(_:with:)` searches by Character, far slower for a one-word string.
        var folded: [UInt8] = []
        var rest = lowered.utf8[...]
        while let byte = rest.popFirst() {
            if byte == 0xE2 && rest.starts(with: [0x80, 0x99]) {
                folded.append(UInt8(ascii: "'"))
                rest.removeFirst(2)
            } else {
                folded.append(byte)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// An entry's words as the tokenizer will see them in text (`so-called` is `so`, `-`, `called`).
    static func termWords(_ term: String) -> [String] {
        // Nearly every entry is lowercase ASCII words between single spaces, which the tokenizer gives as they
        // stand; segmenting each of them with ICU was most of reading the stance lexicons.
        if isPlainWords(term) { return term[...].fields(separatedBy: UInt8(ascii: " ")).map(String.init) }
        guard let document = try? Segmenter().segment(term) else { return [] }
        return document.tokens.map { String(document[$0.span]) }
    }

    /// Letters a–z in words that single spaces separate.
    static func isPlainWords(_ term: String) -> Bool {
        var previousWasLetter = false
        for byte in term.utf8 {
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                previousWasLetter = true
            } else if byte == UInt8(ascii: " ") && previousWasLetter {
                previousWasLetter = false
            } else {
                return false
            }
        }
        return previousWasLetter
    }
}
