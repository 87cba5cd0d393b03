/// The word lists the quote extractor reads: speech cues and the words of speaker phrases
/// (`lexicons/quotes/`).
public struct QuoteLexicon: Sendable {
    /// How a speech cue attributes.
    enum CueKind: String, Sendable { case verb, object, report, source, frame, naming, content, direct }

    /// What a word can be inside a speaker phrase.
    enum WordKind: String, Sendable { case role, modifier, org, anonymous, outlet, pronoun }

    struct Cue: Sendable {
        var words: [String]
        var kind: CueKind
        /// A base or -s form left out of a lemma's forms because it is too often a noun ("a note", "the claims"),
        /// read as a verb only after a subject it may follow, before "that" and a clause ("Critics note that …")
        /// or set off by commas ("The owners, he claims, had …").
        var isBaseBeforeThat = false
        /// The base form of a naming verb left out of its forms for being a noun too ("a call"), read as a verb only
        /// after a plural subject and before words in marks ("which critics call “a land grab”").
        var isBaseBeforeName = false
        /// The base form of a content verb left out of its forms for being a noun too ("the praise", "an urge"), read
        /// as a verb only after a plural subject and before its object ("Campaigners urge ministers to …").
        var isBaseBeforeObject = false
        /// The lemma itself of a one-word verb ("alert", "warn"), which a singular subject never takes.
        var isBase = false
    }

    /// Cues by their first word, longest first.
    var cues: [String: [Cue]] = [:]
    var speakerWords: [String: WordKind] = [:]
    /// Nouns for a person of a nation ("Norwegian", "Dane"): "the Norwegian said" describes someone the text
    /// is about. Kept apart from ``speakerWords``, since "Norwegian" alone also names an airline.
    var nationalities: Set<String> = []
    /// Adjectives of a nation or region that are no nouns for a person ("British", "European"), listed as `demonym`.
    var demonyms: Set<String> = []
    /// Body words that end a company's name ("Hallgren Breweries", "Nordic Airways"): listed as `business`, read as
    /// `org`, and the name is a business that "the company" or "the firm" may refer to.
    var businessNameWords: Set<String> = []
    /// Head nouns for a business ("retailer", "carmaker"), listed as `company` and read as `org`: "the retailer"
    /// may describe any business the text named before, whatever words its name ends in.
    var businessHeads: Set<String> = []
    /// Words that end the name of a place ("road", "river", "airport"), listed as `place`: "Larchmont Road" is
    /// somewhere, not someone a pronoun may mean.
    var placeWords: Set<String> = []
    /// Nouns by which sports writing varies the name of someone just named ("the flanker", "the left-hander", "the
    /// top seed"), listed as `epithet` and read as roles.
    var epithets: Set<String> = []
    /// Plurals with an agent's ending that name things ("doors", "computers"), listed as `thing`: never a group of
    /// people that "they" may refer to.
    var thingPlurals: Set<String> = []
    /// The singulars of ``thingPlurals`` ("door", "number"): an agent's ending on a thing, not a person ("the number
    /// of").
    var thingSingulars: Set<String> = []
    /// The cue-list kind of nouns of saying, whose that-clause reports what their possessor said ("the mayor's
    /// claim that …"). They are no cues (a noun never frames a quote or ends a speaker phrase): their words get
    /// the ``WordTraits/reportNoun`` trait.
    static let reportNounKind = "noun"
    /// Given name → "he" or "she".
    var givenNames = GivenNameTable()
    /// Countries, states and territories, lowercase: a speaker named so is a place speaking for its government.
    var places: WordSet = []
    /// The first words of ``places``, so most names are ruled out without lowercasing them whole.
    var placeFirstWords: WordSet = []

    /// Whether a lowercase word is a person of a nation or a nation's or region's adjective ("russian", "european").
    func isNationOrRegionWord(_ word: String) -> Bool {
        nationalities.contains(word) || demonyms.contains(word)
    }

    /// Whether a name, in any case, is one of ``places``.
    func isPlace(_ name: String) -> Bool {
        var copy = name
        return copy.withUTF8 { bytes in
            // Asked of every name the registry meets: a short ASCII name is lowercased on the stack.
            guard bytes.count <= 64, !bytes.contains(where: { $0 >= 0x80 }) else {
                guard placeFirstWords.contains(Self.firstWord(of: name).lowercased()) else { return false }
                return places.contains(name.lowercased())
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() { buffer[index] = TextBytes.asciiLowercased(byte) }
                let lowered = UnsafeBufferPointer(buffer)
                let firstWord = lowered.firstIndex(of: UInt8(ascii: " ")) ?? lowered.count
                return placeFirstWords.contains(bytes: UnsafeBufferPointer(rebasing: lowered[..<firstWord]))
                    && places.contains(bytes: lowered)
            }
        }
    }

    private static func firstWord(of name: String) -> Substring {
        let bytes = name.utf8
        return Substring(bytes[..<(bytes.firstIndex(of: UInt8(ascii: " ")) ?? bytes.endIndex)])
    }
    /// Every cue first word and speaker word, interned, so a token is classified with one lookup.
    var vocabulary = TermTable()
    /// Per vocabulary id: the word's kind in speaker phrases, whether a cue starts with it, and the word
    /// classes the attribution rules test.
    var vocabularyKinds: [WordKind?] = []
    /// Per vocabulary id: the cues that start with the word, longest first (empty for most words).
    var vocabularyCues: [[Cue]] = []
    var vocabularyTraits: [WordTraits] = []

    /// The lists shipped with the library.
    public static let bundled: QuoteLexicon = {
        do {
            return try QuoteLexicon(
                cues: LexiconSource.bundled("quotes/speech_cues.txt")!,
                verbs: LexiconSource.bundled("quotes/speech_verbs.txt")!,
                speakerWords: LexiconSource.bundled("quotes/speaker_words.txt")!,
                givenNames: LexiconSource.bundled("quotes/given_names.txt")!,
                places: LexiconSource.bundled("quotes/places.txt")!)
        } catch {
            fatalError("bundled quote lexicon is invalid: \(error)")
        }
    }()

    /// Reads a list of fixed cue phrases and a speaker-word list (`FORM<TAB>KIND` lines), a list of speech
    /// verbs (`LEMMA<TAB>KIND[<TAB>FORM,…]` lines, inflected by rule unless their forms are listed) and a
    /// given-name list (`NAME<TAB>he|she`) and a list of place names (one per line). A form that two lines
    /// give is an error.
    public init(
        cues: LexiconSource, verbs: LexiconSource? = nil, speakerWords: LexiconSource, givenNames: LexiconSource? = nil,
        places: LexiconSource? = nil
    ) throws(LexiconError) {
        var firstSeen: [String: (file: String, line: Int)] = [:]
        var reportNouns: Set<String> = []
        func add(_ form: String, _ kind: String, file: String, line: Int, isBase: Bool = false) throws(LexiconError) {
            if kind == Self.reportNounKind {
                guard reportNouns.insert(form).inserted else { throw LexiconError(file: file, line: line, reason: "duplicate noun '\(form)'") }
                return
            }
            guard let cueKind = CueKind(rawValue: kind) else {
                throw LexiconError(file: file, line: line, reason: "unknown cue kind '\(kind)'")
            }
            if let first = firstSeen[form] {
                throw LexiconError(file: file, line: line, reason: "duplicate cue '\(form)' (first at \(first.file):\(first.line))")
            }
            firstSeen[form] = (file, line)
            let words = Self.tokenWords(form)
            self.cues[words[0], default: []].append(Cue(words: words, kind: cueKind, isBase: isBase && words.count == 1))
        }
        for (number, form, kind) in try Self.uniquePairs(cues) { try add(form, kind, file: cues.name, line: number) }
        if let verbs {
            let entries = try Self.verbEntries(verbs)
            for entry in entries {
                for form in entry.forms { try add(form, entry.kind, file: verbs.name, line: entry.line, isBase: form == entry.lemma) }
            }
            // A base or -s form the entry leaves out for being a noun too ("the claims") is still a verb after a
            // subject, before "that" or set off by commas ("critics claim that …", "The owners, he claims, had …"),
            // and an -ing form left out for being an adjective ("a promising start") is a participle after a comma
            // and before "that" ("…, promising that …").
            for entry in entries where Self.clauseKinds.contains(entry.kind) && Self.tokenWords(entry.lemma).count == 1 {
                let listsParticiple = entry.forms.contains { $0.hasSuffix("ing") }
                let forms = [entry.lemma, VerbForms.thirdPerson(entry.lemma)] + (listsParticiple ? [] : [VerbForms.presentParticiple(entry.lemma)])
                for form in forms where firstSeen[form] == nil {
                    self.cues[form, default: []].append(Cue(words: [form], kind: CueKind(rawValue: entry.kind)!, isBaseBeforeThat: true))
                }
            }
            // So is a naming verb's base form after a plural subject, before its object and the name in marks
            // ("which its backers call “the biggest investment …”").
            for entry in entries where entry.kind == CueKind.naming.rawValue && Self.tokenWords(entry.lemma).count == 1
                && firstSeen[entry.lemma] == nil {
                self.cues[entry.lemma, default: []].append(Cue(words: [entry.lemma], kind: .naming, isBaseBeforeName: true))
            }
            // So is a content verb's, before its object ("Campaigners urge ministers to …", "Critics accuse the
            // board of …").
            for entry in entries where entry.kind == CueKind.content.rawValue && Self.tokenWords(entry.lemma).count == 1
                && firstSeen[entry.lemma] == nil {
                self.cues[entry.lemma, default: []].append(Cue(words: [entry.lemma], kind: .content, isBaseBeforeObject: true))
            }
        }
        for key in self.cues.keys { self.cues[key]!.sort { $0.words.count > $1.words.count } }
        for (number, word, kind) in try Self.uniquePairs(speakerWords) {
            if kind == "nationality" {
                nationalities.insert(word)
                continue
            }
            if kind == "demonym" {
                demonyms.insert(word)
                continue
            }
            if kind == "place" {
                placeWords.insert(word)
                continue
            }
            if kind == "thing" {
                thingPlurals.insert(word)
                thingSingulars.insert(String(word.dropLast()))
                continue
            }
            if kind == "epithet" {
                epithets.insert(word)
                self.speakerWords[word] = .role
                continue
            }
            if kind == "business" || kind == "company" {
                if kind == "business" { businessNameWords.insert(word) } else { businessHeads.insert(word) }
                self.speakerWords[word] = .org
                continue
            }
            guard let wordKind = WordKind(rawValue: kind) else {
                throw LexiconError(file: speakerWords.name, line: number, reason: "unknown word kind '\(kind)'")
            }
            self.speakerWords[word] = wordKind
        }
        // The plural of a role or of a business noun names an unnamed group ("managers at both plants said",
        // "insurers say"), unless listed.
        for (word, kind) in self.speakerWords where kind == .role || businessHeads.contains(word) {
            let plural = Self.plural(of: word)
            if self.speakerWords[plural] == nil { self.speakerWords[plural] = .anonymous }
        }
        // Sorted, so ids do not depend on hashing order.
        for word in Set(self.cues.keys).union(self.speakerWords.keys).union(WordTraits.byWord.keys).union(reportNouns).sorted() {
            vocabulary.intern(word)
            vocabularyKinds.append(self.speakerWords[word])
            vocabularyCues.append(self.cues[word] ?? [])
            vocabularyTraits.append((WordTraits.byWord[word] ?? []).union(reportNouns.contains(word) ? .reportNoun : []))
        }
        if let places {
            for (number, line) in places.contentLines() {
                let name = String(line.trimmingSpaces()).lowercased()
                guard self.places.insert(name) else {
                    throw LexiconError(file: places.name, line: number, reason: "duplicate place '\(name)'")
                }
                placeFirstWords.insert(String(Self.firstWord(of: name)))
            }
        }
        if let givenNames { self.givenNames = try GivenNameTable(givenNames) }
    }

    /// The regular plural of a noun, with -man → -men (spokeswoman, chairmen).
    static func plural(of noun: String) -> String {
        if noun.hasSuffix("man") { return noun.dropLast(3) + "men" }
        return VerbForms.thirdPerson(noun)
    }

    /// A cue's words as the tokenizer gives them: a hyphen is a token of its own ("e-mailed": e, -, mailed).
    static func tokenWords(_ form: String) -> [String] {
        var words: [String] = []
        for word in form[...].fields(separatedBy: UInt8(ascii: " "), omittingEmpty: true) {
            for (index, part) in word.fields(separatedBy: UInt8(ascii: "-")).enumerated() {
                if index > 0 { words.append("-") }
                if !part.isEmpty { words.append(String(part)) }
            }
        }
        return words
    }

    /// The kinds of verb that report a "that" clause.
    private static let clauseKinds: WordSet = [CueKind.verb.rawValue, CueKind.object.rawValue, CueKind.direct.rawValue]

    /// The lines of a speech-verb list with the forms each stands for: those listed in its third field, or
    /// else the forms the spelling rules give (all four for reporting verbs, all but the bare base, too
    /// often a noun, for verbs that frame or attribute words in marks only).
    private static func verbEntries(_ source: LexiconSource) throws(LexiconError) -> [(line: Int, lemma: String, kind: String, forms: [String])] {
        var entries: [(line: Int, lemma: String, kind: String, forms: [String])] = []
        for (number, line) in source.contentLines() {
            let fields = line.fields().map { String($0.trimmingSpaces()).lowercased() }
            guard (2...3).contains(fields.count), !fields[0].isEmpty, !fields[1].isEmpty else {
                throw LexiconError(file: source.name, line: number, reason: "expected LEMMA<TAB>KIND[<TAB>FORM,FORM,…]")
            }
            var forms: [String]
            if fields.count == 3 {
                forms = fields[2][...].fields(separatedBy: UInt8(ascii: ","), omittingEmpty: true).map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
                guard !forms.isEmpty else { throw LexiconError(file: source.name, line: number, reason: "empty form list") }
            } else {
                forms = VerbForms.all(of: fields[0])
                if [CueKind.direct, .frame, .naming, .content].map(\.rawValue).contains(fields[1]) { forms.removeFirst() }
            }
            var seen = Set<String>()
            entries.append((number, fields[0], fields[1], forms.filter { seen.insert($0).inserted }))
        }
        return entries
    }

    /// The `FORM<TAB>KIND` lines of a list; a form listed twice is an error, since the later line would
    /// silently override the earlier one.
    private static func uniquePairs(_ source: LexiconSource) throws(LexiconError) -> [(Int, String, String)] {
        var pairs: [(Int, String, String)] = []
        var firstLine: [String: Int] = [:]
        // Sized for the file's lines at once and read on bytes: the given-name list alone has a few thousand
        // lines to read at start-up.
        let lineEstimate = source.text.utf8.count / 8
        pairs.reserveCapacity(lineEstimate)
        firstLine.reserveCapacity(lineEstimate)
        try source.withContentLines { (number, line) throws(LexiconError) in
            guard let tab = line.firstIndex(of: 0x09), case let kind = LexiconSource.trimmingSpaces(line[(tab + 1)...]),
                  !kind.isEmpty, !kind.contains(0x09), case let word = LexiconSource.trimmingSpaces(line[..<tab]), !word.isEmpty
            else {
                throw LexiconError(file: source.name, line: number, reason: "expected FORM<TAB>KIND")
            }
            let form = lowercased(word)
            if let first = firstLine.updateValue(number, forKey: form) {
                throw LexiconError(file: source.name, line: number, reason: "duplicate entry '\(form)' (first on line \(first))")
            }
            pairs.append((number, form, String(decoding: kind, as: UTF8.self)))
        }
        return pairs
    }

    /// The text of `bytes` in lowercase, byte by byte when it is ASCII.
    private static func lowercased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() {
                buffer[offset] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }

    /// The lowercase words of a role or title, without an owner in the possessive ("Kazakhstan’s President" →
    /// president), with the full word after an abbreviated title ("Sen." → sen, senator), so "the senator" finds
    /// "Sen. Walsh".
    static func roleWords(_ role: String) -> [String] {
        let (split, hasHyphen) = splitRoleWords(withoutOwners(role))
        var words = split
        for word in words { if let full = titleAbbreviations[word] { words.append(full) } }
        // "Lisbon start-up": a compound the lexicon holds with its hyphen is a word of the role as well as its parts.
        if hasHyphen { words.append(contentsOf: hyphenatedCompounds(role.lowercased())) }
        return words
    }

    /// The role without the words in the possessive that say whose role it is: in "the senator's chief of staff"
    /// the senator is someone else, whom "the senator" must not find.
    private static func withoutOwners(_ role: String) -> String {
        // Nearly every role holds no apostrophe (nor the first byte of "’"), which the bytes tell without splitting.
        guard role.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == 0xE2 }) else { return role }
        return role.split(separator: " ").filter { SpeakerName.possessiveEnding(of: String($0)) == nil }.joined(separator: " ")
    }

    /// The hyphenated compounds of a text ("start-up", "co-founder"), lowercased.
    private static func hyphenatedCompounds(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).filter { $0.contains("-") && !$0.hasPrefix("-") && !$0.hasSuffix("-") }
            .map(String.init)
    }

    /// Abbreviated titles of news style and the words they stand for.
    static let titleAbbreviations: [String: String] = [
        "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
        "sgt": "sergeant", "atty": "attorney", "supt": "superintendent", "cmdr": "commander", "adm": "admiral",
        "col": "colonel", "capt": "captain", "amb": "ambassador", "pres": "president", "insp": "inspector",
    ]

    /// Words news style varies an office with, and the offices each covers: "Rep. Ana Ortiz" is later "the
    /// congresswoman" or "the lawmaker", "Sen. Ortiz" "the lawmaker". Looked up only when a description is resolved,
    /// so that reading roles stays as cheap as their words.
    static let narrowerRoles: [String: [String]] = {
        let house = ["congressman", "congresswoman", "congressmember"]
        let members = ["senator", "representative", "assemblyman", "assemblywoman", "assemblymember", "mp", "mla", "msp", "mep", "td"]
        var roles: [String: [String]] = ["lawmaker": members + house, "legislator": members + house, "representative": house]
        for member in house { roles[member] = ["representative"] }
        return roles
    }()

    /// The role's lowercase words, and whether a hyphen stands between two of them.
    private static func splitRoleWords(_ role: String) -> (words: [String], hasHyphen: Bool) {
        var role = role
        // Roles are read for every titled mention of a document; nearly all are ASCII, split byte by byte.
        return role.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else {
                let words = String(decoding: bytes, as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
                return (words, bytes.contains(UInt8(ascii: "-")))
            }
            var words: [String] = []
            var hasHyphen = false
            var start = -1
            for index in 0...bytes.count {
                let lowered = index < bytes.count ? bytes[index] | 0x20 : 0
                if lowered >= UInt8(ascii: "a") && lowered <= UInt8(ascii: "z") {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    hasHyphen = hasHyphen || index < bytes.count && bytes[index] == UInt8(ascii: "-")
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    words.append(String(unsafeUninitializedCapacity: word.count) { buffer in
                        for (offset, byte) in word.enumerated() { buffer[offset] = byte | 0x20 }
                        return word.count
                    })
                    start = -1
                }
            }
            return (words, hasHyphen)
        }
    }

    /// Whether a role names a person's position ("Kremlin spokesperson"), not a body or an outlet.
    func hasPersonRole(_ role: String?) -> Bool {
        guard let role else { return false }
        return Self.roleWords(role).contains { kind(of: $0) == .role }
    }

    /// A person named by a compound the lists need not hold: "ferryman", "councilwoman", "chairperson" are
    /// roles, "fishermen" and "tradespeople" unnamed groups. Seven letters at least, so "human" and "woman"
    /// alone are not read so. Read on a lowercase word's bytes.
    static func compoundPersonKind(_ word: UnsafeBufferPointer<UInt8>) -> WordKind? {
        // Asked of every word the lexicon does not know: the last letter rules most out before any suffix test.
        guard word.count >= 7, let last = word.last,
              last == UInt8(ascii: "n") || last == UInt8(ascii: "e") || last == UInt8(ascii: "s")
        else { return nil }
        // "-woman" and "-women" end in "-man" and "-men".
        if TextBytes.hasSuffix(word, "man") || TextBytes.hasSuffix(word, "person") { return .role }
        if TextBytes.hasSuffix(word, "men") || TextBytes.hasSuffix(word, "people") || TextBytes.hasSuffix(word, "persons") {
            return .anonymous
        }
        return nil
    }

    /// "Harbourmaster", "quartermaster", "shopkeeper", "lockkeeper": a title compound in -master or -keeper, a role
    /// also when capitalized before a name ("Harbourmaster Signe Vollan"), since such words are rarely surnames.
    static func titleCompoundKind(_ word: UnsafeBufferPointer<UInt8>) -> WordKind? {
        guard word.count >= 9, word.last == UInt8(ascii: "r") else { return nil }
        return TextBytes.hasSuffix(word, "master") || TextBytes.hasSuffix(word, "keeper") ? .role : nil
    }

    /// "Volcanologist Haukur Einarsson", "a statistician", "glaciologists": a profession in -ologist or -ician is a
    /// role (its plural unnamed people), capitalized before a name too; no surname ends that way.
    static func professionKind(_ word: UnsafeBufferPointer<UInt8>) -> WordKind? {
        guard word.count >= 8, let last = word.last else { return nil }
        switch last {
        case UInt8(ascii: "t"): return TextBytes.hasSuffix(word, "ologist") ? .role : nil
        case UInt8(ascii: "n"): return TextBytes.hasSuffix(word, "ician") ? .role : nil
        case UInt8(ascii: "s"): return TextBytes.hasSuffix(word, "ologists") || TextBytes.hasSuffix(word, "icians") ? .anonymous : nil
        default: return nil
        }
    }

    /// "groups", "unions", "ministers", "companies", "victims": the plural of a role, body or unnamed person's word
    /// the list holds in the singular names unnamed people or bodies. The singular is looked up on the bytes, with no `String` made.
    func pluralKind(_ word: UnsafeBufferPointer<UInt8>) -> WordKind? {
        guard word.count > 4, word.last == UInt8(ascii: "s"), word[word.count - 2] != UInt8(ascii: "s") else { return nil }
        let id: TermTable.ID?
        if TextBytes.hasSuffix(word, "ies") {
            id = singular(of: word, replacing: 3, with: "y")
        } else if TextBytes.hasSuffix(word, "ves") {
            // "midwives", "thieves": the singular ends in "fe" or "f".
            id = singular(of: word, replacing: 3, with: "fe") ?? singular(of: word, replacing: 3, with: "f")
        } else {
            id = vocabulary.lookup(UnsafeBufferPointer(rebasing: word.dropLast()))
        }
        switch id.flatMap({ vocabularyKinds[Int($0)] }) {
        case .role?, .org?, .anonymous?: return .anonymous
        default: return nil
        }
    }

    /// The vocabulary id of `word` with its last `count` bytes replaced by `ending`, looked up without a `String`.
    private func singular(of word: UnsafeBufferPointer<UInt8>, replacing count: Int, with ending: StaticString) -> TermTable.ID? {
        let stem = word.count - count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stem + ending.utf8CodeUnitCount) { singular in
            _ = singular.initialize(from: word.prefix(stem))
            for offset in 0..<ending.utf8CodeUnitCount { singular[stem + offset] = ending.utf8Start[offset] }
            return vocabulary.lookup(UnsafeBufferPointer(singular))
        }
    }

    func kind(of lowercaseWord: String) -> WordKind? {
        speakerWords[lowercaseWord.hasSuffix(".") ? String(lowercaseWord.dropLast()) : lowercaseWord]
    }
}

/// Given name → the pronoun it suggests ("he" or "she"). The list has some 13,000 lines, read at every start
/// of a command that attributes quotes, so its lines go from the lexicon's bytes straight into a
/// ``TermTable`` without a `String` or a hash of one per line.
struct GivenNameTable: Sendable {
    private var names = TermTable()
    /// Per name id: the pronoun the name suggests, "he", "she", or "" for a name given to either.
    private var pronouns: [String] = []
    /// Per name id: its line, to report a duplicate.
    private var lines: [Int] = []

    init() {}

    init(_ source: LexiconSource) throws(LexiconError) {
        let estimate = source.text.utf8.count / 9
        names.reserveCapacity(terms: estimate, bytes: source.text.utf8.count)
        pronouns.reserveCapacity(estimate)
        lines.reserveCapacity(estimate)
        try source.withContentLines { (number, line) throws(LexiconError) in
            guard let tab = line.firstIndex(of: 0x09), case let name = LexiconSource.trimmingSpaces(line[..<tab]), !name.isEmpty else {
                throw LexiconError(file: source.name, line: number, reason: "expected NAME<TAB>he|she|either")
            }
            let pronoun = LexiconSource.trimmingSpaces(line[(tab + 1)...])
            guard pronoun.elementsEqual("he".utf8) || pronoun.elementsEqual("she".utf8) || pronoun.elementsEqual("either".utf8) else {
                throw LexiconError(file: source.name, line: number,
                                   reason: "expected he, she or either, found '\(String(decoding: pronoun, as: UTF8.self))'")
            }
            let id = name.allSatisfy({ $0 < 0x80 })
                ? withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count) { lowered in
                    for (offset, byte) in name.enumerated() { lowered[offset] = TextBytes.asciiLowercased(byte) }
                    return names.intern(UnsafeBufferPointer(lowered))
                }
                : names.intern(String(decoding: name, as: UTF8.self).lowercased())
            guard Int(id) == pronouns.count else {
                throw LexiconError(file: source.name, line: number,
                                   reason: "duplicate entry '\(names.text(of: id))' (first on line \(lines[Int(id)]))")
            }
            pronouns.append(pronoun.count == 6 ? "" : pronoun.count == 3 ? "she" : "he")
            lines.append(number)
        }
    }

    /// The pronoun for a lowercase given name: "he", "she", "" for a name given to either ("stevie", "robin"), or
    /// nil when the list does not hold it. A name written with Latin accents the list spells without ("Tomás",
    /// "Zoë", "Bjørn") is looked up plain as well.
    subscript(name: String) -> String? {
        let id = names.id(of: name) ?? Self.withoutLatinAccents(name).flatMap { names.id(of: $0) }
        return id.map { pronouns[Int($0)] }
    }

    /// "chloé" → "chloe", "józef" → "jozef": the given-name list is written without accents, as birth
    /// registers print names. Only letters of the Latin alphabets are folded; any other text stays as it is.
    /// Nil for ASCII, which has nothing to fold.
    private static func withoutLatinAccents(_ word: String) -> String? {
        // Only a word that opens with a letter may be a name; the accented letters here are all two bytes from
        // 0xC3 to 0xC8 (a dash or a curly quote, three bytes from 0xE2, is ruled out before any lookup).
        var word = word
        let foldable = word.withUTF8 { bytes in
            guard let first = bytes.first, first >= 0xC3 && first <= 0xC8 || first >= 0x61 && first <= 0x7A else { return false }
            return bytes.contains { $0 >= 0xC3 && $0 <= 0xC8 }
        }
        guard foldable else { return nil }
        var folded = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if let plain = latinBases[scalar] { folded.append(plain) } else { folded.append(scalar) }
        }
        return String(folded)
    }

    private static let latinBases: [Unicode.Scalar: Unicode.Scalar] = {
        let groups: [(Unicode.Scalar, String)] = [
            ("a", "àáâãäåāăą"), ("c", "çćčĉċ"), ("d", "ďđ"), ("e", "èéêëēĕėęě"), ("g", "ğĝġģ"), ("h", "ĥħ"),
            ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŉ"), ("o", "òóôõöøōŏő"),
            ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûüũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"), ("z", "źżž"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (base, accented) in groups { for scalar in accented.unicodeScalars { table[scalar] = base } }
        return table
    }()
}
