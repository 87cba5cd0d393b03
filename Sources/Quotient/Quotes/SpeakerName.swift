/// A speaker's name as people write it in a list of sources: no possessive ending, no party, occupation or
/// sentence word glued before it ("Democrat Hillary Clinton", "Actor Clint Howard", "Kelly Ayotte’s").
enum SpeakerName {
    /// Parties named in the singular, as a person's affiliation ("Labour's Fenella Mkhize-Rourke").
    static let partyNames: WordSet = ["labour", "tory", "conservative", "republican", "democrat", "gop", "liberal", "green", "socialist"]

    /// Words that describe a person when they stand before the name, never part of it.
    static let descriptors: WordSet = WordSet([
        "democrat", "democratic", "republican", "gop", "independent", "liberal", "conservative", "labour", "tory",
        "libertarian", "green", "socialist", "actor", "actress", "singer", "rapper", "author", "writer", "novelist",
        "comedian", "businessman", "businesswoman", "billionaire", "entrepreneur", "activist", "candidate",
        "presidential", "hopeful", "nominee", "frontrunner", "former", "incumbent", "veteran", "pollster",
        "strategist", "commentator", "host", "anchor", "columnist", "journalist", "reporter", "pastor", "rabbi",
        "coach",
    ]).union(sentenceWords)

    /// Words that open a sentence or clause and are capitalized only for that ("Maybe Trump", "But state Rep."):
    /// neither name nor role.
    static let sentenceWords: WordSet = ["maybe", "perhaps", "still", "also", "even", "now", "then", "so", "but", "and", "yet"]

    /// A role as a clean phrase, or nil when nothing of a role is left: no words of an earlier sentence ("Be
    /// President. Sen." gives "Sen."), no sentence opener, article, "currently", age or relative clause ("a former
    /// chair who is …" gives "former chair"), no full stop unless it ends a title ("judge." gives "judge").
    static func cleanRole(_ role: String) -> String? {
        if isCleanRole(role) { return namesWhatSomeoneIs(role) ? role : nil }
        var words = role.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0.isNewline }).map(String.init)
        // "was all the club's chairman": a clause's verb that opens the role, and what follows it up to the
        // article, belong to the sentence; "spokeswoman for the party, has expanded on …": one after the role ends it.
        if let verb = words.firstIndex(where: { clauseVerbs.contains($0.lowercased()) }) {
            if verb == 0, let article = words.prefix(4).firstIndex(where: { roleArticles.contains($0) }) {
                words.removeSubrange(...article)
            } else {
                words.removeSubrange(verb...)
                if let last = words.last, last.hasSuffix(",") { words[words.count - 1] = String(last.dropLast()) }
            }
        }
        // Cut after the last full stop that ends a word other than a title: what precedes it is another sentence.
        if let stop = words.dropLast().lastIndex(where: { $0.hasSuffix(".") && !SentenceRules.isTitle(String($0.dropLast())) && $0.count > 2 }) {
            words.removeSubrange(...stop)
        }
        if let relative = words.firstIndex(where: { relatives.contains($0.lowercased()) }) {
            words.removeSubrange(relative...)
            // "a fund manager at Pellworth Capital, which owns …": the comma that opened the clause goes with it.
            if let last = words.last, last.hasSuffix(",") { words[words.count - 1] = String(last.dropLast()) }
        }
        // "The" with a capital opens a proper name ("The Harbour Gazette") and stays.
        while let first = words.first,
              sentenceWords.contains(first.lowercased()) || roleAdverbs.contains(first.lowercased()) || roleArticles.contains(first)
                || roleOwners.contains(first) {
            words.removeFirst()
        }
        if let last = words.last, last.hasSuffix("."), !SentenceRules.isTitle(String(last.dropLast())), last.count > 2 {
            words[words.count - 1] = String(last.dropLast())
        }
        guard let first = words.first, !first.allSatisfy({ $0.isNumber || $0 == "," }) else { return nil }
        let cleaned = words.joined(separator: " ")
        return namesWhatSomeoneIs(cleaned) ? cleaned : nil
    }

    /// Whether a role ends in a noun, so it says what someone is: "a tearful Grete Aas" and "a visibly shaken
    /// Grete Aas" describe a mood ("tearful", "visibly shaken"), "a nervous Ola Berg" too. Asked of every role,
    /// so read on the bytes.
    private static func namesWhatSomeoneIs(_ role: String) -> Bool {
        var role = role
        return role.withUTF8 { bytes in
            let lastStart = (bytes.lastIndex(of: UInt8(ascii: " ")) ?? -1) + 1
            let last = UnsafeBufferPointer(rebasing: bytes[lastStart...])
            if last.count > 5 && moodEndings.contains(where: { endsWith(last, $0) }) { return false }
            // "visibly shaken", "clearly moved": an adverb before a participle.
            guard lastStart > 1, endsWith(last, "ed") || endsWith(last, "en") else { return true }
            let previousStart = (bytes[..<(lastStart - 1)].lastIndex(of: UInt8(ascii: " ")) ?? -1) + 1
            return !endsWith(UnsafeBufferPointer(rebasing: bytes[previousStart..<(lastStart - 1)]), "ly")
        }
    }

    private static func endsWith(_ word: UnsafeBufferPointer<UInt8>, _ ending: StaticString) -> Bool {
        let count = ending.utf8CodeUnitCount
        guard word.count >= count else { return false }
        for offset in 0..<count where TextBytes.asciiLowercased(word[word.count - count + offset]) != ending.utf8Start[offset] {
            return false
        }
        return true
    }

    /// The first letters of ``relatives`` and ``clauseVerbs``.
    private static let clauseWordInitials = Set(relatives.union(clauseVerbs).map { $0.utf8.first! })
    private static let moodEndings: [StaticString] = ["ful", "ous", "less"]
    /// Forms of "be" and "have" that make a clause of what precedes a role.
    private static let clauseVerbs: WordSet = ["was", "is", "are", "were", "has", "had", "would"]

    /// Whether a role needs no cleaning, decided on its bytes without allocating (nearly every role is a title
    /// such as "Sen." or a plain phrase such as "Transport Minister").
    private static func isCleanRole(_ role: String) -> Bool {
        var role = role
        return role.withUTF8(isCleanRole)
    }

    private static func isCleanRole(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        var wordStart = 0
        for index in 0...bytes.count {
            guard index == bytes.count || bytes[index] == UInt8(ascii: " ") else {
                // Line breaks, no-break spaces and other layout need the slow path.
                if bytes[index] < 0x20 || bytes[index] == 0xC2 { return false }
                continue
            }
            let word = bytes[wordStart..<index]
            guard !word.isEmpty else { return false }
            if wordStart == 0 && isWord(word, in: openers) { return false }
            // Relative words and clause verbs open with a few letters; other words skip the lookups.
            if Self.clauseWordInitials.contains(word.first!), isWord(word, in: relatives) || isWord(word, in: clauseVerbs) { return false }
            // A full stop may only end the role, after a short capitalized title ("Sen.", "Gov.").
            if let stop = word.firstIndex(of: UInt8(ascii: ".")) {
                guard stop == bytes.count - 1, word.count <= 6, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(word.first!) else { return false }
            }
            wordStart = index + 1
        }
        return true
    }

    /// Whether the bytes spell one of the words of `set`, all of them short: longer words are ruled out by their
    /// length, shorter ones looked up by their bytes.
    private static func isWord(_ word: Slice<UnsafeBufferPointer<UInt8>>, in set: WordSet) -> Bool {
        word.count <= shortWordLength && set.contains(bytes: UnsafeBufferPointer(rebasing: word))
    }

    /// The length of the longest opener or relative word ("perhaps").
    private static let shortWordLength = openers.union(relatives).union(clauseVerbs).map(\.utf8.count).max()!

    /// Articles that open a role phrase and are no part of it; "The" stays, as it opens proper names.
    private static let roleArticles: WordSet = ["a", "an", "the", "A", "An"]
    /// "its director of operations": the body or people a role belongs to, named before, are no part of the role
    /// ("His Excellency" keeps its capital and stays).
    private static let roleOwners: WordSet = ["its", "Its", "their", "Their", "his", "her"]
    /// "Kari Nygaard, currently the chief operating officer,": when the role is held says nothing of what it is.
    private static let roleAdverbs: WordSet = ["currently", "presently"]
    /// What may not open a clean role, as written: the articles, "currently", and the sentence words in either case.
    private static let openers = roleArticles.union(sentenceWords).union(roleAdverbs).union(roleOwners)
        .union(sentenceWords.map { $0.prefix(1).uppercased() + $0.dropFirst() })
    private static let relatives: WordSet = ["who", "whose", "which", "that"]

    /// The mention a profile keeps as another name for its speaker: not a pronoun, no conjunction or clause
    /// before it ("that Mr. Sanders" gives "Mr. Sanders"), nil when it is a longer phrase than a name with its
    /// title.
    static func alias(_ mention: String) -> String? {
        // Asked for every attributed quote; most mentions are one ASCII word ("Varga", "she"): no split needed.
        if !mention.isEmpty, mention.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x80 }) {
            if pronouns.contains(mention.lowercased()) || openingWords.contains(mention.lowercased()) { return nil }
            if let ending = possessiveEnding(of: mention), ending == 2, mention.utf8.count > ending + 1 { return String(mention.dropLast(ending)) }
            return mention
        }
        // Most mentions of several words are ASCII words set apart by single spaces, with no opening word to drop:
        // the alias is the mention itself, found without splitting it.
        if let alias = plainAlias(mention) { return alias }
        // An ASCII mention of several words is split on its bytes; testing each `Character` for a line break
        // looked up Unicode properties for every letter.
        var words = mention.utf8.allSatisfy({ $0 < 0x80 })
            ? mention.utf8.split(whereSeparator: { $0 == 0x20 || (0x0A...0x0D).contains($0) }).map(Substring.init)
            : mention.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0.isNewline })
        while let first = words.first, openingWords.contains(first.lowercased()) {
            words.removeFirst()
        }
        guard words.count > 1 || !pronouns.contains(words.first?.lowercased() ?? ""), words.count <= 6 else { return nil }
        let alias = words.joined(separator: " ")
        // "Trump's" gives "Trump" (an alias keeps a bare apostrophe: "Sanders'" is written so as a name too).
        if let ending = possessiveEnding(of: alias), ending == 2, alias.count > ending + 1 { return String(alias.dropLast(ending)) }
        return alias
    }

    /// ``alias(_:)`` of an ASCII mention of two to six words, each after a single space, whose first word is no
    /// opening word; nil for any other mention, which the general path reads.
    private static func plainAlias(_ mention: String) -> String? {
        var spaces = 0
        var firstSpace = -1
        var previous: UInt8 = 0x20
        for (offset, byte) in mention.utf8.enumerated() {
            guard byte > 0x20 && byte < 0x80 || byte == 0x20 && previous != 0x20 else { return nil }
            if byte == 0x20 {
                spaces += 1
                if firstSpace < 0 { firstSpace = offset }
            }
            previous = byte
        }
        guard spaces >= 1, spaces <= 5, previous != 0x20,
              !openingWords.contains(String(mention.utf8.prefix(firstSpace))!.lowercased())
        else { return nil }
        if let ending = possessiveEnding(of: mention), ending == 2 { return String(mention.dropLast(ending)) }
        return mention
    }

    /// The length in characters of a possessive ending ("'s", "’s", or a plural's bare apostrophe), if the
    /// word has one.
    static func possessiveEnding(of word: String) -> Int? {
        // Asked of every name and most words around one: read the last bytes, not the last characters.
        var bytes = word.utf8.reversed().makeIterator()
        var last = bytes.next()
        let hasS = last == UInt8(ascii: "s")
        if hasS { last = bytes.next() }
        let apostrophe = last == UInt8(ascii: "'")
            || last == 0x99 && bytes.next() == 0x80 && bytes.next() == 0xE2  // ’ is E2 80 99
        guard apostrophe else { return nil }
        return hasS ? 2 : 1
    }

    /// Whether the name may end in a possessive: its last byte is "s", "'" or the last of "’".
    private static func mayBePossessive(_ name: String) -> Bool {
        guard let last = name.utf8.last else { return false }
        return last == UInt8(ascii: "s") || last == UInt8(ascii: "'") || last == 0x99
    }

    private static let pronouns: WordSet = ["he", "she", "they", "it", "we", "i", "you", "him", "her", "them"]
    private static let openingWords: WordSet = ["that", "and", "but", "as", "when", "while"]

    /// The name without a possessive and without leading descriptor words, with the descriptor words (in
    /// their written form) when there were any. At least one word of the name is kept. A body's name keeps
    /// them (`isBody`): they are part of "Green Party" or "Democratic National Committee".
    static func canonical(
        _ name: String, isBody: Bool = false, isDescriptor: (String) -> Bool = { _ in false }
    ) -> (name: String, descriptor: String?) {
        // Nearly every name is canonical already: say so without splitting it (this runs for every mention).
        let possessive = mayBePossessive(name)
        if isBody && !possessive { return (name, nil) }
        if !possessive, let space = name.utf8.firstIndex(of: UInt8(ascii: " ")) {
            let first = name[..<space].lowercased()
            if !descriptors.contains(first) && !isDescriptor(first) { return (name, nil) }
        } else if !possessive {
            return (name, nil)
        }
        // Split on the bytes: splitting a String by Character costs a grapheme break test per letter.
        var words = name.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
        if let last = words.last, let ending = possessiveEnding(of: last), last.count > ending + 1 {
            words[words.count - 1] = String(last.dropLast(ending))
        }
        var dropped: [String] = []
        while words.count > 1 && !isBody {
            let word = words[0].lowercased()
            guard descriptors.contains(word) || isDescriptor(word) else { break }
            let removed = words.removeFirst()
            if !sentenceWords.contains(word) { dropped.append(removed) }
        }
        return (words.joined(separator: " "), dropped.isEmpty ? nil : dropped.joined(separator: " "))
    }
}
