/// What one speaker said across any number of documents, kept as exact integer sums so that profiles built
/// on different machines merge into exactly the profile of a single run.
///
/// Valences and scores are counted in units of 1/10,000 (the precision VADER reports compound scores in),
/// so sums are integers and `merge` is associative and commutative.
public struct SpeakerProfile: Sendable, Equatable {
    /// The fullest name seen for the speaker, in mixed case when it was ever written so.
    public var name: String
    /// Every way the speaker was referred to (mentions and shorter names folded into this profile).
    public var aliases: Set<String>
    /// The role or title, when one was given. When several were, a role is preferred to a bare courtesy title
    /// ("hospital chief" to "Ms"), then the lexicographically smallest.
    public var role: String?
    /// Person, organization, outlet or anonymous source.
    public var kind: Speaker.Kind
    /// Number of quotes.
    public var quoteCount: Int
    /// Quotes whose speaker the text showed to be female (``Speaker/gender``).
    public var femaleQuotes = 0
    /// Quotes whose speaker the text showed to be male.
    public var maleQuotes = 0
    /// Sum of compound valences, in 1/10,000.
    package var valenceSum: Int
    /// Sum of squared compound valences, in 1/100,000,000.
    package var valenceSquareSum: Int
    /// Per stance category: how many quotes carry it in their tone.
    public var categoryQuotes: [StanceCategory: Int]
    /// Per evidence term: how often it matched in the speaker's quotes.
    public var termCounts: [String: Int]
    /// The quote that best shows the speaker's stance: most evidence, then shortest, then first in text order.
    public var typicalQuote: String?
    var typicalEvidence: Int

    /// The gender most of the speaker's quotes showed; `unknown` when none did, or as many showed each.
    public var gender: Speaker.Gender {
        femaleQuotes > maleQuotes ? .female : maleQuotes > femaleQuotes ? .male : .unknown
    }

    /// Mean compound valence, in [-1, 1].
    public var meanValence: Double {
        quoteCount > 0 ? Double(valenceSum) / 10_000 / Double(quoteCount) : 0
    }

    /// The 95 % confidence interval of the mean valence (normal approximation; zero width for one quote).
    public var valenceInterval: ClosedRange<Double> {
        guard quoteCount > 1 else { return meanValence...meanValence }
        let n = Double(quoteCount)
        let mean = meanValence
        let variance = max(0, (Double(valenceSquareSum) / 100_000_000 - n * mean * mean) / (n - 1))
        let half = 1.96 * (variance / n).squareRoot()
        return (mean - half)...(mean + half)
    }

    /// Share of quotes whose tone includes `category`.
    public func rate(of category: StanceCategory) -> Double {
        quoteCount > 0 ? Double(categoryQuotes[category] ?? 0) / Double(quoteCount) : 0
    }

    /// The most frequent evidence terms, most frequent first (ties by term).
    public func topTerms(_ count: Int) -> [(term: String, count: Int)] {
        termCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(count).map { ($0.key, $0.value) }
    }

    /// A profile of one quote.
    public init(quote: Quote, stance: Stance, speaker: Speaker) {
        name = speaker.name
        var aliases: Set<String> = [speaker.name]
        if let alias = SpeakerName.alias(speaker.mention) { aliases.insert(alias) }
        self.aliases = aliases
        role = speaker.role
        kind = speaker.kind
        quoteCount = 1
        femaleQuotes = speaker.gender == .female ? 1 : 0
        maleQuotes = speaker.gender == .male ? 1 : 0
        let units = Int((stance.valence.compound * 10_000).rounded())
        valenceSum = units
        valenceSquareSum = units * units
        categoryQuotes = Dictionary(uniqueKeysWithValues: stance.tone.categories.map { ($0, 1) })
        termCounts = [:]
        for item in stance.evidence where item.weight > 0 { termCounts[item.text.lowercased(), default: 0] += 1 }
        typicalQuote = quote.text
        typicalEvidence = stance.evidence.count
    }

    /// Creates a profile from stored totals (as read back from `analyze` output).
    package init(name: String, aliases: Set<String>, role: String?, kind: Speaker.Kind, quoteCount: Int, valenceSum: Int,
                valenceSquareSum: Int, categoryQuotes: [StanceCategory: Int], termCounts: [String: Int], typicalQuote: String?,
                typicalEvidence: Int) {
        self.name = name
        self.aliases = aliases
        self.role = role
        self.kind = kind
        self.quoteCount = quoteCount
        self.valenceSum = valenceSum
        self.valenceSquareSum = valenceSquareSum
        self.categoryQuotes = categoryQuotes
        self.termCounts = termCounts
        self.typicalQuote = typicalQuote
        self.typicalEvidence = typicalEvidence
    }

    /// The evidence count of ``typicalQuote``, needed to merge profiles exactly.
    package var typicalQuoteEvidence: Int { typicalEvidence }

    /// Adds another profile of the same speaker. The result does not depend on the order of merges.
    public mutating func merge(_ other: SpeakerProfile) {
        if Self.isBetterName(other.name, than: name) { name = other.name }
        aliases.formUnion(other.aliases)
        switch (role, other.role) {
        case (nil, let theirs): role = theirs
        case (let mine?, let theirs?) where Self.roleRank(theirs) < Self.roleRank(mine): role = theirs
        default: break
        }
        kind = [kind, other.kind].max { Self.kindRank($0) < Self.kindRank($1) }!
        quoteCount += other.quoteCount
        femaleQuotes += other.femaleQuotes
        maleQuotes += other.maleQuotes
        valenceSum += other.valenceSum
        valenceSquareSum += other.valenceSquareSum
        categoryQuotes.merge(other.categoryQuotes, uniquingKeysWith: +)
        termCounts.merge(other.termCounts, uniquingKeysWith: +)
        if Self.isMoreTypical(other.typicalQuote, other.typicalEvidence, than: typicalQuote, typicalEvidence) {
            typicalQuote = other.typicalQuote
            typicalEvidence = other.typicalEvidence
        }
    }

    /// Profiles summed by a label (a gender, a kind), most quoted first: each group is named by its label,
    /// its aliases are its speakers' names. Speakers whose label is nil are left out.
    public static func groups(of profiles: [SpeakerProfile], by label: (SpeakerProfile) -> String?) -> [SpeakerProfile] {
        var groups: [String: SpeakerProfile] = [:]
        for profile in profiles {
            guard let name = label(profile) else { continue }
            if var group = groups[name] {
                group.merge(profile)
                groups[name] = group
            } else {
                groups[name] = profile
            }
        }
        return groups.map { name, group in
            var group = group
            group.aliases = Set(profiles.filter { label($0) == name }.map(\.name))
            group.name = name
            group.role = nil
            return group
        }.sorted(by: SpeakerProfile.isMoreQuoted)
    }

    /// The name a merged profile shows: one in mixed case before one in capitals ("Ardent Therapeutics", not the
    /// headline's "ARDENT THERAPEUTICS"), then the longer, then the smaller; a total order, as merging needs.
    private static func isBetterName(_ candidate: String, than current: String) -> Bool {
        let (shouting, currentShouting) = (isInCapitals(candidate), isInCapitals(current))
        if shouting != currentShouting { return !shouting }
        if candidate.count != current.count { return candidate.count > current.count }
        return candidate < current
    }

    private static func isInCapitals(_ name: String) -> Bool {
        name.contains(where: \.isLetter) && !name.contains(where: \.isLowercase)
    }

    /// The order in which merged roles are preferred: a total order, so the merge stays commutative and associative.
    private static func roleRank(_ role: String) -> (Int, String) {
        (EntityRegistry.isCourtesyTitle(role) ? 1 : 0, role)
    }

    private static func kindRank(_ kind: Speaker.Kind) -> Int {
        switch kind {
        case .anonymous: 0
        case .group: 1
        case .outlet: 1
        case .organization: 2
        case .person: 3
        }
    }

    /// Most quoted first, ties by name: the order of every speaker list.
    static func isMoreQuoted(_ lhs: SpeakerProfile, _ rhs: SpeakerProfile) -> Bool {
        lhs.quoteCount != rhs.quoteCount ? lhs.quoteCount > rhs.quoteCount : lhs.name < rhs.name
    }

    /// A total order, so the choice is the same whatever order profiles merge in.
    static func isMoreTypical(_ quote: String?, _ evidence: Int, than current: String?, _ currentEvidence: Int) -> Bool {
        guard let quote else { return false }
        guard let current else { return true }
        if evidence != currentEvidence { return evidence > currentEvidence }
        if quote.count != current.count { return quote.count < current.count }
        return quote < current
    }

    /// The key speakers are merged by: lowercased, with titles, punctuation and middle initials removed
    /// ("Donald J. Trump" and "Donald Trump" are one speaker; the fuller name is the one shown).
    public static func key(for name: String) -> String {
        // Called for every quote a document attributes: ASCII names (nearly all) are keyed on their bytes.
        var name = name
        return name.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? asciiKey(bytes) : unicodeKey(for: String(decoding: bytes, as: UTF8.self))
        }
    }

    private static let titles: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "president", "minister", "the"]

    /// ``key(for:)`` for any name, on `Character`s.
    static func unicodeKey(for name: String) -> String {
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
        return joinedKey(words, count: \.count)
    }

    /// ``key(for:)`` for an ASCII name: the same words, cut and lowercased on bytes.
    private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var words: [String] = []
        var start: Int?
        for index in 0...bytes.count {
            let isWordByte = index < bytes.count && Self.isASCIIWordByte(bytes[index])
            if isWordByte, start == nil { start = index }
            guard !isWordByte, let first = start else { continue }
            words.append(String(unsafeUninitializedCapacity: index - first) { buffer in
                for offset in 0..<(index - first) { buffer[offset] = TextBytes.asciiLowercased(bytes[first + offset]) }
                return index - first
            })
            start = nil
        }
        return joinedKey(words, count: \.utf8.count)
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-")
    }

    /// The words without titles (all of them if only titles), and of three or more only the first, the last
    /// and the middle ones longer than one letter.
    private static func joinedKey(_ words: [String], count: (String) -> Int) -> String {
        var kept = words.filter { !titles.contains($0) }
        if kept.count >= 3 { kept = [kept[0]] + kept.dropFirst().dropLast().filter { count($0) > 1 } + [kept[kept.count - 1]] }
        return (kept.isEmpty ? words : kept).joined(separator: " ")
    }
}

/// Merges profiles by speaker across documents, folding surname-only and title variants into the full
/// name when exactly one full name fits.
public struct SpeakerDirectory: Sendable {
    private var profiles: [String: SpeakerProfile] = [:]

    /// An empty directory.
    public init() {}

    /// Adds a profile, merging it with the profile of the same speaker.
    public mutating func add(_ profile: SpeakerProfile) {
        if var existing = profiles[SpeakerProfile.key(for: profile.name)] {
            existing.merge(profile)
            profiles[SpeakerProfile.key(for: profile.name)] = existing
        } else {
            profiles[SpeakerProfile.key(for: profile.name)] = profile
        }
    }

    /// Adds every profile of another directory.
    public mutating func merge(_ other: SpeakerDirectory) {
        for profile in other.profiles.values { add(profile) }
    }

    /// The merged profiles, most quoted first (ties by name), with one-word names folded into the single
    /// longer name that ends with them. A one-word name that two full names end with stays apart (see
    /// ``ambiguousNames()``).
    public func profiles(minimumQuotes: Int = 1) -> [SpeakerProfile] {
        var merged = profiles
        for (key, profile) in profiles where !key.contains(" ") {
            let fuller = merged.filter { $0.key != key && $0.key.hasSuffix(" " + key) && Self.isFullName($0.value) }.map(\.key)
            guard fuller.count == 1, var target = merged[fuller[0]] else { continue }
            target.merge(profile)
            merged[fuller[0]] = target
            merged[key] = nil
        }
        return merged.values.filter { $0.quoteCount >= minimumQuotes }
            .sorted(by: SpeakerProfile.isMoreQuoted)
    }

    /// Whether a profile is a person's or a body's name a surname can belong to: not an unnamed source and not
    /// a description with its body ("campaign, Clinton").
    private static func isFullName(_ profile: SpeakerProfile) -> Bool {
        profile.kind != .anonymous && profile.kind != .group && !profile.name.contains(",")
    }

    /// One-word names ("Clinton") that several full names end with ("Bill Clinton", "Hillary Clinton"), with
    /// those names: their quotes are kept apart rather than given to the wrong person. Sorted by name.
    public func ambiguousNames() -> [(name: String, candidates: [String])] {
        profiles.compactMap { key, profile -> (String, [String])? in
            // Names, not descriptions ("senator"): only a capitalized name can be a person's surname.
            guard !key.contains(" "), profile.kind != .anonymous, profile.kind != .group, profile.name.first?.isUppercase == true else { return nil }
            let fuller = profiles.filter { $0.key != key && $0.key.hasSuffix(" " + key) && Self.isFullName($0.value) }
                .map(\.value.name).sorted()
            return fuller.count > 1 ? (profile.name, fuller) : nil
        }.sorted { $0.0 < $1.0 }
    }

    /// The profile `query` names (case-insensitive): the speaker of that name, else the most quoted one whose
    /// full name ends with it (a surname is enough), else one with that alias. `ambiguous` lists the other
    /// full names the query also fits.
    public func profile(matching query: String, in list: [SpeakerProfile]) -> (profile: SpeakerProfile, ambiguous: [String])? {
        let wanted = SpeakerProfile.key(for: query)
        func key(_ profile: SpeakerProfile) -> String { SpeakerProfile.key(for: profile.name) }
        // A full name asked for: that speaker.
        if wanted.contains(" "), let exact = list.first(where: { key($0) == wanted }) { return (exact, []) }
        // A surname: the most quoted full name it belongs to, not a row of its own with one quote.
        let fuller = list.filter { key($0).hasSuffix(" " + wanted) && Self.isFullName($0) }
            .sorted(by: SpeakerProfile.isMoreQuoted)
        if let best = fuller.first { return (best, fuller.dropFirst().map(\.name)) }
        if let exact = list.first(where: { key($0) == wanted }) { return (exact, []) }
        return list.first { $0.aliases.contains { SpeakerProfile.key(for: $0) == wanted } }.map { ($0, []) }
    }
}
