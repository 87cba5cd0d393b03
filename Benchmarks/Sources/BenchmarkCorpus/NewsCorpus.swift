/// Deterministic synthetic news articles for benchmarks: attributed quotes of every kind, titles,
/// abbreviations, numbers and pronouns, built from small word lists written for this project.
public struct NewsCorpus {
    private var random: SplitMix

    public init(seed: UInt64 = 0x5EED) {
        random = SplitMix(state: seed)
    }

    /// Articles separated by blank lines until the text reaches `bytes` bytes.
    public mutating func text(bytes: Int) -> String {
        var out = ""
        out.reserveCapacity(bytes + 4096)
        while out.utf8.count < bytes {
            out += article()
            out += "\n\n"
        }
        return out
    }

    /// Articles as separate documents until their total reaches `bytes` bytes.
    public mutating func articles(bytes: Int) -> [String] {
        var articles: [String] = []
        var total = 0
        while total < bytes {
            let next = article()
            total += next.utf8.count
            articles.append(next)
        }
        return articles
    }

    public mutating func article() -> String {
        let people = (0..<3).map { _ in person() }
        var paragraphs = [headline(people[0])]
        for index in 0..<(4 + next(5)) {
            let speaker = people[index % people.count]
            paragraphs.append(paragraph(speaker: speaker, other: people[(index + 1) % people.count]))
        }
        return paragraphs.joined(separator: "\n\n")
    }

    struct Person {
        var first: String
        var last: String
        var role: String
        var pronoun: String
    }

    private mutating func person() -> Person {
        let female = next(2) == 0
        return Person(
            first: pick(female ? Words.femaleFirst : Words.maleFirst), last: pick(Words.surnames),
            role: pick(Words.roles), pronoun: female ? "she" : "he")
    }

    private mutating func headline(_ person: Person) -> String {
        "\(person.last) \(pick(Words.headlineVerbs)) \(pick(Words.topics)) as \(pick(Words.topics)) \(pick(Words.trends))"
    }

    private mutating func paragraph(speaker: Person, other: Person) -> String {
        let full = "\(speaker.role) \(speaker.first) \(speaker.last)"
        switch next(6) {
        case 0:
            return "“\(clause().capitalizedFirst()),” \(speaker.last) \(pick(Words.cues)) \(pick(Words.times)). “\(clause().capitalizedFirst()).”"
        case 1:
            return "\(full) \(pick(Words.cues)) \(pick(Words.times)) that \(clause()), according to \(pick(Words.outlets))."
        case 2:
            return "\(clause().capitalizedFirst()), \(speaker.last) added. The \(pick(Words.topics)) rose \(next(90) + 1).\(next(10)) percent by 5 p.m. on Friday."
        case 3:
            return "\(speaker.pronoun.capitalizedFirst()) called it a “\(pick(Words.adjectives)) \(pick(Words.topics))” and \(pick(Words.cues)) \(other.first) \(other.last) was “\(pick(Words.adjectives))”."
        case 4:
            return "\(speaker.first) \(speaker.last), a spokesperson for the \(pick(Words.organizations)), \(pick(Words.cues)): “\(clause().capitalizedFirst()). \(clause().capitalizedFirst())!”"
        default:
            return "Dr. \(other.last) of the U.S. \(pick(Words.organizations)) \(pick(Words.cues)) that \(clause()). “We must \(pick(Words.actions)) them,” \(other.pronoun) said."
        }
    }

    private mutating func clause() -> String {
        "\(pick(Words.subjects)) \(pick(Words.modals)) \(pick(Words.actions)) the \(pick(Words.adjectives)) \(pick(Words.topics)) \(pick(Words.tails))"
    }

    private mutating func next(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
    private mutating func pick(_ words: [String]) -> String { words[next(words.count)] }
}

enum Words {
    static let femaleFirst = ["Amina", "Lena", "Grace", "Sofia", "Mariam", "Ines", "Yuki", "Olga", "Priya", "Nadia"]
    static let maleFirst = ["Daniel", "Omar", "Pavel", "Jonas", "Tomas", "Kenji", "Arman", "Luis", "Samuel", "Viktor"]
    static let surnames = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Petrenko", "Sato", "Kerimov", "Alvarez",
                           "Brennan", "Novak", "Adeyemi", "Castell", "Iqbal", "Reyes", "Halvorsen", "Mensah"]
    static let roles = ["Foreign Minister", "Senator", "Mayor", "Governor", "economy minister", "Prime Minister",
                        "union leader", "central bank chief", "President", "defense secretary"]
    static let cues = ["said", "told reporters", "added", "warned", "insisted", "wrote", "noted", "argued", "stressed"]
    static let times = ["on Monday", "Tuesday", "in a statement", "late on Friday", "this week", "at a briefing"]
    static let outlets = ["the Daily Ledger", "Radio North", "the Coast Times", "Metro Wire"]
    static let organizations = ["Interior Ministry", "energy agency", "port authority", "health council",
                                "statistics office", "election commission"]
    static let subjects = ["we", "the government", "our partners", "they", "the council", "farmers", "nobody",
                           "the people", "investors", "our neighbors"]
    static let modals = ["must", "will", "should", "may", "cannot", "have to", "might", "are going to"]
    static let actions = ["protect", "support", "welcome", "reject", "review", "fund", "delay", "defend", "help",
                          "take care of", "attack", "question"]
    static let adjectives = ["difficult", "historic", "fragile", "urgent", "fair", "dangerous", "remarkable",
                             "costly", "hopeless", "peaceful", "unacceptable", "excellent"]
    static let topics = ["budget", "border", "reform", "harvest", "pipeline", "treaty", "election", "strike",
                         "housing plan", "water supply", "crisis", "ceasefire"]
    static let tails = ["before winter", "without delay", "in the coming weeks", "at any cost", "together",
                        "for the next decade", "despite the risks", "as soon as possible"]
    static let headlineVerbs = ["Defends", "Questions", "Backs", "Rejects", "Praises"]
    static let trends = ["Worries Grow", "Talks Stall", "Prices Climb", "Protests Spread"]
}

extension String {
    func capitalizedFirst() -> String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}

/// A small, fast, seedable generator (SplitMix64), so every run benchmarks the same text.
struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
