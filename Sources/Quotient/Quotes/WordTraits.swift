/// What the attribution rules ask of a token, one bit per question: its ending (read from its bytes) and the
/// small closed word classes it belongs to (looked up with its lexicon entry). A token's traits are computed
/// once, so the rules test bits instead of hashing strings.
struct WordTraits: OptionSet, Sendable {
    let rawValue: UInt64

    // MARK: Endings

    /// Ends in "ly" and is longer than three bytes ("quietly", "publicly").
    static let adverb = WordTraits(rawValue: 1 << 0)
    /// Ends in "ing".
    static let ing = WordTraits(rawValue: 1 << 1)
    /// Ends in "ed".
    static let ed = WordTraits(rawValue: 1 << 2)
    /// "not", "never" or a word ending in "n't".
    static let negator = WordTraits(rawValue: 1 << 3)
    /// Ends in "s" but not "ss" and is longer than three bytes: a plural noun's look.
    static let plural = WordTraits(rawValue: 1 << 4)
    /// Ends in "n't" ("didn't", "won't").
    static let contractedNot = WordTraits(rawValue: 1 << 5)

    // MARK: Word classes

    /// A form of "be", which makes a following cue passive.
    static let be = WordTraits(rawValue: 1 << 6)
    /// May stand between a speaker and its cue ("Peskov *also* said", "he *has* said").
    static let intervener = WordTraits(rawValue: 1 << 7)
    /// A day or part of one, which may stand between a speaker and its cue.
    static let dayWord = WordTraits(rawValue: 1 << 8)
    /// Opens a noun phrase ("the", "some", "all").
    static let determiner = WordTraits(rawValue: 1 << 9)
    /// Ends a speaker phrase after an inverted cue.
    static let phraseEnder = WordTraits(rawValue: 1 << 10)
    /// "and", "but", "while": a new clause, and its subject, may start after it.
    static let joining = WordTraits(rawValue: 1 << 11)
    /// "and", "but".
    static let andBut = WordTraits(rawValue: 1 << 12)
    /// "the", "a", "an".
    static let article = WordTraits(rawValue: 1 << 13)
    /// Opens a subject before its nouns ("Her campaign workers").
    static let possessive = WordTraits(rawValue: 1 << 14)
    /// Stands alone for an unnamed group or person ("Some said …", "another says …").
    static let quantifier = WordTraits(rawValue: 1 << 15)
    /// Capitalized, it is still not a name ("Monday", "However").
    static let notName = WordTraits(rawValue: 1 << 16)
    /// Opens a noun's modifier ("of", "familiar", "who").
    static let modifierOpener = WordTraits(rawValue: 1 << 17)
    /// A finite auxiliary or modal.
    static let finiteVerb = WordTraits(rawValue: 1 << 18)
    /// "who", "whose".
    static let relativePronoun = WordTraits(rawValue: 1 << 19)
    /// Cannot stand inside a subject noun phrase.
    static let clauseWord = WordTraits(rawValue: 1 << 20)
    /// Opens an apposition ("who", "his", …).
    static let appositionOpener = WordTraits(rawValue: 1 << 21)
    /// Opens a new clause after a comma ("and", "although").
    static let conjunction = WordTraits(rawValue: 1 << 22)
    /// Opens a subordinate time or condition clause ("after", "when", "if").
    static let subordinator = WordTraits(rawValue: 1 << 23)
    /// A preposition after which no speaker follows a cue.
    static let preposition = WordTraits(rawValue: 1 << 24)
    /// An audience told something ("reporters").
    static let audience = WordTraits(rawValue: 1 << 25)
    /// May belong to the addressee after an object cue.
    static let addressee = WordTraits(rawValue: 1 << 26)
    /// "and", "but", "or".
    static let coordinator = WordTraits(rawValue: 1 << 27)
    /// May open a reported clause right after its cue ("the", "in").
    static let clauseLead = WordTraits(rawValue: 1 << 28)
    /// Before a subject, opens its clause ("," "and" "meanwhile").
    static let clauseOpener = WordTraits(rawValue: 1 << 29)
    /// Where a reported question starts, or a comma that ends the search.
    static let questionStop = WordTraits(rawValue: 1 << 30)
    /// A time or setting word between a cue and its clause ("on Monday in a statement").
    static let settingWord = WordTraits(rawValue: 1 << 31)
    /// A closing quote mark (folded: `’` reads as `'`).
    static let closingMark = WordTraits(rawValue: 1 << 32)
    /// A preposition that opens a short fronted phrase ("In Miami").
    static let frontPreposition = WordTraits(rawValue: 1 << 33)
    /// A small word inside a title in marks ("Sunday Morning Futures", "Mr. Smith Goes to Washington").
    static let titleFiller = WordTraits(rawValue: 1 << 34)
    /// A share of a group ("percent", "majority", "half").
    static let share = WordTraits(rawValue: 1 << 35)
    /// A connective set off by commas ("however", "meanwhile").
    static let connective = WordTraits(rawValue: 1 << 36)
    /// A noun that ends like an adverb ("family", "ally").
    static let lyNoun = WordTraits(rawValue: 1 << 37)
    /// A count in words ("two", "thirty", "dozens").
    static let numberWord = WordTraits(rawValue: 1 << 38)
    /// A word that makes a count or share approximate ("nearly half", "about 40 percent").
    static let approximator = WordTraits(rawValue: 1 << 39)
    /// An auxiliary after which one adverb may stand before the verb ("has *since* said").
    static let auxiliary = WordTraits(rawValue: 1 << 40)
    /// A noun of saying from the cue lists ("claim", "assertion"), whose that-clause its possessor said.
    static let reportNoun = WordTraits(rawValue: 1 << 41)
    /// "read", "reads": what a written text says ("the statement read").
    static let textReading = WordTraits(rawValue: 1 << 42)
    /// A written text that can "read" something ("statement", "sign", "note").
    static let writtenText = WordTraits(rawValue: 1 << 43)
    /// A lowercase particle inside a name ("de", "van", "bin"): Ana de Souza, Ursula von der Leyen.
    static let nameParticle = WordTraits(rawValue: 1 << 44)
    /// The simple past of an irregular verb ("met", "thanked" ends in -ed, "met" does not): never a noun or an
    /// adjective before a noun, so never part of a group's name ("The minister met farm groups").
    static let irregularPast = WordTraits(rawValue: 1 << 45)
    /// A short lowercase part of a hyphenated given name between capitals ("Eun-ji Park"), marked by the token view.
    static let hyphenatedNamePart = WordTraits(rawValue: 1 << 46)
    /// "then", which after a comma joins a second predicate as "and" does ("…, then added:").
    static let sequenceThen = WordTraits(rawValue: 1 << 47)
    /// A comma: the rules ask about commas more than any other token, so it is a bit, not a string comparison.
    static let comma = WordTraits(rawValue: 1 << 48)
    /// A simple past whose participle differs ("fell", "rose", "wrote"): always a finite verb, never part of a
    /// modifier as "led" or "held" can be ("a group led by …").
    static let simplePast = WordTraits(rawValue: 1 << 49)
    /// A verb whose past is its base form ("cut", "shut", "quit"): also a noun or an adjective ("a tax cut", "the
    /// set"), so a past verb only when its object follows ("shut two plants", "cut its forecast").
    static let unmarkedPast = WordTraits(rawValue: 1 << 50)
    /// A word ending in "-ly" that is no adverb: a noun or verb ("family", "rally", "supply", "July") or an
    /// adjective ("elderly", "lonely"), so "said elderly people …" reports all its words. The token view drops the
    /// ``adverb`` its ending gives it.
    static let notAdverbInLy = WordTraits(rawValue: 1 << 51)

    /// The traits a token's bytes show: its endings and the forms of "be" and "not".
    static func shape(of word: UnsafeBufferPointer<UInt8>) -> WordTraits {
        func ends(_ suffix: StaticString) -> Bool { TextBytes.hasSuffix(word, suffix) }
        // Every token is asked: its last byte says which one ending, if any, it can have.
        switch word.last {
        case UInt8(ascii: "y"): return word.count > 3 && ends("ly") ? .adverb : []
        case UInt8(ascii: "g"): return ends("ing") ? .ing : []
        case UInt8(ascii: "d"): return ends("ed") ? .ed : []
        case UInt8(ascii: "t"): return ends("n't") || ends("n’t") ? [.contractedNot, .negator] : []
        case UInt8(ascii: "s"): return word.count > 3 && !ends("ss") ? .plural : []
        // Irregular plurals of people: "women", "fishermen", "people", "townspeople".
        case UInt8(ascii: "n"): return word.count > 4 && ends("men") ? .plural : []
        case UInt8(ascii: "e"): return ends("people") ? .plural : []
        case UInt8(ascii: ","): return word.count == 1 ? .comma : []
        default: return []
        }
    }

    /// The words of each class, lowercase with `’` folded to `'` (as tokens are looked up).
    static let classes: [(WordTraits, [String])] = [
        (.negator, ["not", "never"]),
        (.be, ["is", "was", "were", "be", "been", "being", "are"]),
        (.intervener, [
            "also", "later", "previously", "earlier", "then", "again", "further", "once", "repeatedly", "recently",
            "has", "had", "have", "will", "would", "was", "is", "are", "were", "been", "subsequently", "immediately",
            "began", "started", "continued", "kept", "keep", "keeps", "continue", "continues", "quickly", "simply", "flatly",
            "privately", "publicly", "separately", "reportedly", "already", "initially", "first", "finally", "never",
            "here", "there", "herself", "himself", "themselves", "itself", "now", "still", "often", "always", "sometimes",
            "usually", "even", "rarely", "seldom",
        ]),
        (.auxiliary, ["has", "have", "had", "is", "are", "was", "were", "will", "would"]),
        (.dayWord, [
            "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "late", "early", "overnight",
        ]),
        (.determiner, [
            "the", "a", "an", "another", "one", "two", "three", "several", "some", "many", "other", "most", "few",
            "both", "all",
        ]),
        (.phraseEnder, [",", ".", ";", "!", "?"]),
        (.joining, ["and", "but", "while"]),
        (.andBut, ["and", "but"]),
        (.sequenceThen, ["then"]),
        (.article, ["the", "a", "an"]),
        (.possessive, ["his", "her", "their", "its", "our", "my", "your"]),
        (.quantifier, ["some", "many", "most", "several", "few", "both", "another", "others"]),
        (.plural, ["men", "children", "police"]),
        (.notName, [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "i", "it", "this", "that", "there", "but", "and", "in", "on", "at", "as", "if", "when", "while", "after",
            "before", "still", "yet", "however", "meanwhile", "today", "yesterday", "what", "we", "they", "he", "she",
            "our", "their", "his", "her", "my", "your", "you", "no", "not", "so", "for", "with", "by", "from", "of",
            "the", "a", "an", "another", "photo", "image", "credit", "like", "unlike", "according", "despite",
            "during", "since", "without", "among", "against", "under", "over", "through", "then", "now", "here",
            "both", "either", "though", "although", "because", "whether", "once", "until", "unless", "editor's", "others",
            "whereas", "whilst", "whenever", "wherever", "where", "why", "how",
            "besides", "beyond", "except", "toward", "towards", "upon", "within", "please", "later", "earlier",
            "afterwards", "afterward", "instead", "separately", "tonight", "indeed", "also",
            // Prepositions of place that open a setting ("Outside court, the daughter … said").
            "outside", "inside", "amid", "behind", "around", "throughout",
        ]),
        (.modifierOpener, [
            "of", "in", "at", "from", "for", "with", "on", "among", "across", "along", "around", "inside", "near", "like", "close",
            "outside", "beside", "behind", "opposite",
            "briefed", "familiar", "interviewed", "polled", "surveyed", "who", "whose",
        ]),
        (.finiteVerb, [
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do",
            "should", "may", "might", "must",
        ]),
        (.relativePronoun, ["who", "whose"]),
        (.clauseWord, [
            "that", "which", "who", "whom", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
            "would", "to", "of", "in", "on", "at", "for", "with", "and", "or", "but", "as", "it", "this", "not", "by",
            "where", "whereby",
        ]),
        (.appositionOpener, ["who", "whom", "whose", "which", "his", "her", "their", "its"]),
        (.conjunction, ["and", "but", "while", "although", "as", "though"]),
        (.subordinator, ["after", "before", "during", "since", "when", "while", "as", "if", "because", "although", "though", "until", "whereas"]),
        (.preposition, [
            "in", "on", "at", "for", "to", "with", "from", "about", "of", "by", "during", "into", "over", "against",
            "under", "alongside", "amid", "despite", "among", "beside", "behind", "without", "within", "toward",
            "towards", "across", "through", "besides", "upon", "near", "outside", "inside", "around", "along", "beyond",
        ]),
        (.audience, ["reporters", "journalists", "lawmakers", "parliament", "supporters", "staff"]),
        (.addressee, [
            "reporters", "journalists", "the", "a", "an", "lawmakers", "supporters", "parliament", "newspaper",
            "audience", "crowd", "members", "itself", "himself", "herself", "themselves",
        ]),
        (.coordinator, ["and", "but", "or", "yet"]),
        (.clauseLead, ["the", "a", "an", "this", "in", "on", "at"]),
        (.clauseOpener, [
            ",", "—", "–", "―", ":", ";", "(", "and", "but", "while", "whereas", "meanwhile", "however", "also",
            "separately", "earlier", "later", "now", "so", "yet", "still", "then", "instead", "indeed",
        ]),
        (.questionStop, ["whether", "if", ","]),
        (.settingWord, [
            "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "tonight", "earlier", "later", "late", "last", "this", "week", "month", "year", "morning", "afternoon",
            "evening", "night", "overnight", "also", "again", "previously", "recently", "repeatedly", "publicly", "privately",
            "separately", "weekend", "in", "a", "an", "statement", "interview", "speech", "post", "at", "briefing",
            "news", "press", "conference", "the", "during", "meeting", "told", "by", "phone", "telephone", "email",
            "written", "that", ",",
        ]),
        (.closingMark, ["”", "\"", "'", "»"]),
        (.frontPreposition, [
            "in", "on", "at", "for", "during", "after", "before", "of", "from", "with", "by", "outside", "inside", "amid", "behind",
            "around", "throughout", "since", "until",
        ]),
        (.titleFiller, ["of", "the", "a", "an", "and", "in", "on", "for", "to", "at"]),
        (.lyNoun, [
            "family", "families", "ally", "assembly", "rally", "supply", "monopoly", "bully", "anomaly", "belly",
            "melancholy", "homily", "panoply", "butterfly", "jelly", "folly", "tally", "lily", "holly", "gully",
        ]),
        (.connective, ["however", "meanwhile", "though", "too", "also", "instead", "moreover", "nonetheless", "still"]),
        (.textReading, ["read", "reads"]),
        // Adverbs without the -ly the shape test reads ("wondered aloud how …", "said again that …").
        (.adverb, ["aloud", "again", "anew", "afresh", "often", "sometimes", "afterwards", "afterward", "beforehand"]),
        (.nameParticle, Array(SpeakerPhraseReader.nameParticles)),
        // Simple past forms only: an -en participle ("broken promises", "stolen cars") can modify a noun.
        (.irregularPast, [
            "met", "told", "gave", "took", "made", "held", "left", "kept", "brought", "thought", "found", "sent",
            "built", "won", "lost", "paid", "sold", "bought", "caught", "taught", "fought", "led", "fed", "felt", "heard",
            "blew", "broke", "chose", "drew", "drove", "ate", "fell", "flew", "forgot", "froze", "grew", "hid", "knew",
            "rode", "rang", "rose", "ran", "saw", "shook", "sang", "sank", "sat", "slept", "spoke", "spent", "stood",
            "stole", "struck", "swore", "swam", "threw", "understood", "woke", "wore", "wrote", "became", "began",
            "came", "went", "got", "meant", "lent", "bent", "dealt", "drank", "forgave", "hung", "lit", "sought",
            "shot", "slid", "spun", "stuck", "stung", "swept", "swung", "tore", "wept", "withdrew", "overtook",
            "undertook", "upheld", "withheld", "overrode", "overthrew", "foresaw", "oversaw", "mistook", "rebuilt",
        ]),
        (.notAdverbInLy, [
            "family", "rally", "ally", "belly", "jelly", "bully", "tally", "lily", "holly", "folly", "gully", "supply",
            "apply", "reply", "comply", "imply", "multiply", "july", "italy", "sicily", "assembly", "anomaly", "monopoly",
            "butterfly", "homily", "melancholy", "elderly", "friendly", "unfriendly", "lonely", "costly", "deadly",
            "lovely", "ugly", "silly", "holy", "jolly", "curly", "orderly", "lively", "sickly", "burly", "surly",
            "chilly", "hilly", "smelly", "bubbly", "wobbly", "cowardly", "scholarly", "homely", "stately", "timely",
            "untimely", "lowly", "motherly", "fatherly", "brotherly", "sisterly", "neighbourly", "neighborly",
            "worldly", "ghostly", "heavenly", "beastly", "ungainly", "unruly", "unseemly", "unsightly", "woolly", "oily",
        ]),
        (.unmarkedPast, [
            "cut", "shut", "quit", "put", "set", "hit", "let", "cost", "spread", "split", "cast", "shed", "hurt", "bid",
            "upset", "burst", "forecast", "broadcast", "thrust",
        ]),
        (.simplePast, [
            "gave", "took", "blew", "broke", "chose", "drew", "drove", "ate", "fell", "flew", "forgot", "froze", "grew",
            "hid", "knew", "rode", "rang", "rose", "ran", "saw", "shook", "sang", "sank", "spoke", "stole", "swore",
            "swam", "threw", "woke", "wore", "wrote", "became", "began", "came", "went", "drank", "forgave", "tore",
            "withdrew", "overtook", "undertook", "overrode", "overthrew", "foresaw", "oversaw", "mistook",
        ]),
        (.writtenText, [
            "statement", "statements", "note", "notes", "sign", "signs", "letter", "message", "post", "tweet", "caption",
            "banner", "placard", "inscription", "notice", "release", "memo", "email", "headline", "plaque", "text",
            "letters", "messages", "posts", "tweets", "captions", "banners", "placards", "notices", "emails", "texts",
            "report", "reports", "document", "documents", "ruling", "judgment", "judgement", "filing", "petition",
            "editorial", "card", "label", "leaflet", "flyer", "poster", "posters", "advert", "advertisement", "entry",
            "passage", "clause", "citation", "indictment", "sticker", "slogan", "motto", "transcript",
        ]),
        (.numberWord, [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
            "dozen", "dozens", "million", "millions", "none", "all", "each", "either", "neither",
        ]),
        (.approximator, [
            "nearly", "almost", "about", "roughly", "around", "approximately", "only", "just", "over", "under",
            "barely", "fully", "some",
        ]),
        (.share, [
            "percent", "majority", "minority", "plurality", "half", "third", "thirds", "quarter", "quarters", "fifth",
            "fifths", "share", "fraction", "handful", "%",
        ]),
    ]

    /// The classes of every listed word.
    static let byWord: [String: WordTraits] = {
        var table: [String: WordTraits] = [:]
        for (traits, words) in classes {
            for word in words { table[word, default: []].formUnion(traits) }
        }
        return table
    }()
}
