/// The forms of an English verb by the regular spelling rules: say → says, saying; cry → cries, cried;
/// snap → snapped; e-mail → e-mailed. Irregular verbs list their forms in the lexicon instead.
enum VerbForms {
    /// The base, third-person, past and -ing forms of a lemma; a phrasal lemma ("point out") inflects
    /// its first word.
    static func all(of lemma: String) -> [String] {
        let words = lemma.split(separator: " ", maxSplits: 1).map(String.init)
        let rest = words.count > 1 ? " " + words[1] : ""
        let verb = words[0]
        return [verb, thirdPerson(verb), past(verb), presentParticiple(verb)].map { $0 + rest }
    }

    static func thirdPerson(_ verb: String) -> String {
        if endsInConsonantY(verb) { return verb.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh"].contains(where: verb.hasSuffix) || endsInConsonantO(verb) { return verb + "es" }
        return verb + "s"
    }

    static func past(_ verb: String) -> String {
        if verb.hasSuffix("e") { return verb + "d" }
        if endsInConsonantY(verb) { return verb.dropLast() + "ied" }
        if doublesFinalConsonant(verb) { return verb + String(verb.last!) + "ed" }
        return verb + "ed"
    }

    static func presentParticiple(_ verb: String) -> String {
        if verb.hasSuffix("ie") { return verb.dropLast(2) + "ying" }
        if verb.hasSuffix("e") && !["ee", "oe", "ye"].contains(where: verb.hasSuffix) { return verb.dropLast() + "ing" }
        if doublesFinalConsonant(verb) { return verb + String(verb.last!) + "ing" }
        return verb + "ing"
    }

    /// One syllable ending in a single vowel and a consonant other than w, x or y (snap, grin, quip): the
    /// consonant doubles before -ed and -ing. Longer verbs that double (admit, concur) list their forms.
    static func doublesFinalConsonant(_ verb: String) -> Bool {
        let letters = Array(verb.lowercased().unicodeScalars)
        guard letters.count >= 3, let last = letters.last, !isVowel(letters, letters.count - 1),
              !"wxy".unicodeScalars.contains(last),
              isVowel(letters, letters.count - 2), !isVowel(letters, letters.count - 3)
        else { return false }
        let vowelGroups = letters.indices.filter { isVowel(letters, $0) && ($0 == 0 || !isVowel(letters, $0 - 1)) }
        return vowelGroups.count == 1
    }

    /// A vowel letter; the u of "qu" is a consonant.
    private static func isVowel(_ letters: [Unicode.Scalar], _ index: Int) -> Bool {
        guard "aeiou".unicodeScalars.contains(letters[index]) else { return false }
        return !(letters[index] == "u" && index > 0 && letters[index - 1] == "q")
    }

    private static func endsInConsonantY(_ verb: String) -> Bool {
        let letters = Array(verb.unicodeScalars)
        return letters.count >= 2 && letters.last == "y" && !isVowel(letters, letters.count - 2)
    }

    private static func endsInConsonantO(_ verb: String) -> Bool {
        let letters = Array(verb.unicodeScalars)
        return letters.count >= 2 && letters.last == "o" && !isVowel(letters, letters.count - 2)
    }
}
