/// Which sense of an ambiguous cue a match has, read from the words around it. A few frequent entries are
/// cues of a category in one sense only:
/// - `must`, `should`, `ought to` oblige (deontic) unless they infer or predict (epistemic): `be` and a
///   state ("She must be exhausted", "You must be joking"), `must have` and a participle, `should` before
///   a verb of happening rather than doing ("The figures should arrive by Friday", "Prices should rise"); a
///   `should` that opens its clause before its subject states a condition ("Should the talks fail, …").
/// - `may` with a capital M inside a text is the month; `could not` is inability, not doubt; `may`, `might`
///   and `could` before a verb of variation or a passive of use list options or what can be done ("may
///   vary", "could be used to"); "Visitors may park here" and "You may leave" give permission; "we could
///   use", "one may define" offer a course of action ("we could lose" still foresees harm); a purpose clause
///   ("so that the pilot could find the raft") and a denied subject ("Nothing could stop the tide") weigh no
///   possibility.
/// - `certain`, `sure`, `clear` and other certainty adjectives count when predicative ("It is certain
///   that", "I am sure"), not before a noun ("certain patients", "a clear majority", "make sure").
/// - `shared` is inclusive as what a group holds in common ("shared values"), not as a verb of passing something on
///   ("I shared the figures").
/// - `support` is care for people ("support the families"), not backing for a bill, a plan, a candidate or a side
///   ("support the bill", "her support among voters", "supporters").
/// - `help` and `welcome` are care for people ("help the families", "welcome refugees"), not a hand in getting
///   something done ("helped drive voters to the polls") or a reception of news ("welcomed the ruling").
/// - `defend` is care for people defended ("defend our children"), not play in sport ("bad defending") or backing
///   for a measure or a choice ("defended her vote").
/// - `fight` threatens as conflict, not as advocacy ("fight for every job", "fighting to keep the clinic").
/// - `save` cares as rescue ("saved the crew"), not as thrift ("save £48,000 a year", "saved us time").
/// - `care` is compassion, not minding which way a matter goes ("They care who shows up").
/// - `protect` cares for people, places and living things, not for a business's takings ("to protect profits").
/// - `kill` threatens as death or violence, not as the end of a measure or a deal ("vowed to kill the bill",
///   "killed the merger").
/// - `no`, `never`, `nothing` and the other flat denials are weak certainty ("There was no increase in any
///   subject"), unless they deny another cue ("no clear evidence", "no need to") or only bound a quantity
///   ("no more than ten").
/// - `emergency` and `disaster` threaten as a crisis ("declared an emergency", "disaster struck"), not as the name of a
///   provision ("emergency loans", "disaster relief").
/// - `bound to` obliges a person ("We are bound to respect the ruling"), and forecasts otherwise ("The deal is
///   bound to fail").
/// - `will`, `shall`, `going to` commit only a first-person subject ("We will rebuild", "I am going to"),
///   never in a question ("Will you sign?"), a prediction about things ("The storm will reach the coast") or with
///   another subject right before it, whoever speaks earlier in the clause ("I am sure someone will have seen it").
/// - `promised`, `pledged`, `vowed`, `guaranteed` pledge as verbs, not as adjectives ("the promised week"); a pledge
///   of "you" is the addressee's, reported or asked for ("you promised 5,000 homes", "can you guarantee it?").
enum StanceSense: UInt8, Sendable {
    case deonticModal
    case may
    case could
    case might
    case predicativeAdjective
    case future
    /// "they", "them", "those who": othering only against a "we" (decided once the text is matched).
    case otherPronoun
    /// "we", "our": the speaker's side, which an other-pronoun needs.
    case ourSide
    /// "some", "many", "critics": a vague source when it is the subject of a verb of saying or believing
    /// ("Some argue that …", "many historians believe"), a plain quantity otherwise.
    case vagueSource
    /// "certain countries", "certain critics": a determiner that picks some without saying which.
    case vagueDeterminer
    /// "fight": a threat as conflict ("the fighting in the north"), not as advocacy ("fight for every job",
    /// "fighting to keep the clinic open").
    case conflict
    /// "save": rescue ("saved the crew", "save lives"), not thrift ("save £48,000 a year", "saved us more points").
    case rescue
    /// "care": compassion ("we care for the elderly", "people who care"), not minding which way a matter goes ("They
    /// care who shows up", "nobody cares whether it rains").
    case concern
    /// "protect": care for people, places and living things ("protect the crews", "protect the reef"), not the guarding
    /// of a business's takings ("trim costs to protect profits", "protect its margins").
    case safeguard
    /// "kill": death or violence ("two soldiers were killed"), not the end of a measure or a deal ("kill the bill",
    /// "killed off the merger").
    case killing
    /// "rather": a softened degree ("rather small"), not a contrast ("rather than", "Rather, …", "or rather") or
    /// a preference ("would rather").
    case degree
    /// "fairly": a degree before the word it softens ("fairly certain", "fairly quickly"), not a manner ("treated
    /// fairly", "debated thoroughly and fairly", "fairly and openly").
    case softeningDegree
    /// "would": a hypothesis or a condition, not a past future ("said it would close", "would like to").
    case conditional
    /// "no", "never", "nothing": a flat denial, held without qualification.
    case categorical
    /// "said", "alleged", "credited": a claim passed on with no one named ("It is also said to ward off colds",
    /// "was widely credited with"), a participle after a form of "be" that opens what is claimed.
    case agentlessPassive
    /// "support": care for someone cared for ("support the families", "emotional support"), not backing for a
    /// measure, a candidate or a side ("support the bill", "support Okafor", "her support among voters").
    case support
    /// "promise", "pledge", "vow": a pledge made ("We promise to", "she vows that"), not one talked about as a
    /// thing ("We've heard promises before", "the mayor's pledge"), unless it is the speaker's own ("our promise").
    case pledge
    /// "about", "around": a quantity given roughly ("about 300 people", "around a third"), not a topic or a
    /// place ("talk about the budget", "around the harbour").
    case approximator
    /// "know": a claim held as known ("we all know the plan failed"), not "you know" said in passing, wanting
    /// to know ("I want you to know", "voters want to know why"), or knowing someone ("those who know me").
    case knowing
    /// "plan to", "intend to": the speaker's own plan ("We plan to reopen", "our plan to rebuild"), not someone
    /// else's reported ("he plans to repeal", "Sanders' plan to tax trades").
    case intent
    /// "demand": a demand made ("we demand an apology", "their demands"), not the demand of an economy ("domestic
    /// demand", "demand growth", "demand for exports fell").
    case demand
    /// "I know", "we know": a claim held as known ("We know the pumps failed"), not a relative clause after a
    /// noun ("the bravest person I know", "everyone we know").
    case knowingSubject
    /// "common": what a group shares ("in common", "our common future", "the common good"), not the ordinary
    /// ("a common drug", "common sense").
    case shared
    /// "shared": held in common ("shared values", "a future shared by all"), not a past verb of passing something on
    /// ("I shared the figures", "she shared a video").
    case heldInCommon
    /// "help", "welcome": care for people ("help the families", "help each other", "welcome refugees", "we came to
    /// help"), not a hand in getting something done ("help clear that up", "helped drive voters to the polls",
    /// "help her defeat him") or a reception of news ("welcomed the ruling").
    case assistance
    /// "have to", "need to", "got to": a duty ("We have to act"), not a speaker's remark about their own words
    /// ("I have to say", "I've got to admit"), as `must` is not in "I must confess"; negated, a necessity denied
    /// ("It does not have to be perfect"), which weighs nothing.
    case obligingPhrase
    /// "whether": an open question ("asked whether the pier is safe"), not a concession that opens a clause and
    /// lists what makes no difference ("Whether it rains or shines, the ferry sails").
    case openQuestion
    /// "emergency": a crisis ("declared an emergency", "a state of emergency"), not a provision named for one
    /// ("emergency loans", "the emergency room", "emergency services").
    case crisis
    /// "disaster": a calamity ("a disaster for the town", "disaster struck"), not a provision named for one
    /// ("disaster relief", "disaster payments", "the disaster fund").
    case calamity
    /// "bound to": a duty a person is under ("We are bound to respect the ruling", "legally bound to"), not a
    /// forecast about things ("The deal is bound to fail", "Prices are bound to rise").
    case dutyBound
    /// "call on" asks someone to act only with an infinitive after its object ("called on the board to resign"); a
    /// call that is a noun ("an emergency call on Wednesday") or a visit ("called on her at home") asks nothing.
    case callOn
    /// "defend": care for people defended ("defend our children", "defenders of the poor"), not play in sport ("bad
    /// defending", "the defending champion") or backing for a measure or a choice ("defended the bill", "defended
    /// her vote").
    case defence
    /// "duty", "duties": what someone owes ("our duty to", "a duty of care"), not a tax on goods ("fuel duty",
    /// "duties on steel", "duty-free") or a shift at work ("on duty", "off duty").
    case owedDuty

    /// The sense check an entry's term needs, if any.
    init?(term: String, category: String) {
        if category == "exclusive" && Self.otherPronouns.contains(term) {
            self = .otherPronoun
            return
        }
        if category == "inclusive" && Self.firstPersonPlural.contains(term) {
            self = .ourSide
            return
        }
        switch (category, term) {
        case ("obligation", "must"), ("obligation", "should"), ("obligation", "ought to"), ("obligation", "mustn't"),
             ("obligation", "shouldn't"):
            self = .deonticModal
        case ("hedging", "may"): self = .may
        case ("hedging", "some"), ("hedging", "many"), ("hedging", "several"), ("hedging", "critics"), ("hedging", "experts"),
             ("hedging", "many people"), ("hedging", "most people"):
            self = .vagueSource
        case ("hedging", "could"): self = .could
        case ("hedging", "certain"): self = .vagueDeterminer
        case ("hedging", "might"): self = .might
        case ("hedging", "would"): self = .conditional
        case ("hedging", "rather"): self = .degree
        case ("hedging", "fairly"): self = .softeningDegree
        case ("hedging", _) where Self.hearsayParticiples.contains(term): self = .agentlessPassive
        case ("threat", "fight*"), ("threat", "fight"): self = .conflict
        case ("care", "save"), ("care", "saved"), ("care", "saves"), ("care", "saving"): self = .rescue
        case ("care", "care"): self = .concern
        case ("care", "protect"), ("care", "protects"), ("care", "protected"), ("care", "protecting"), ("care", "protection"):
            self = .safeguard
        case ("threat", "kill*"), ("threat", "kill"), ("threat", "kills"), ("threat", "killed"), ("threat", "killing"): self = .killing
        case ("care", "support*"), ("care", "support"): self = .support
        case ("care", "defend"), ("care", "defends"), ("care", "defended"), ("care", "defending"), ("care", "defender"),
             ("care", "defenders"), ("care", "defend*"):
            self = .defence
        case ("care", "help"), ("care", "helps"), ("care", "helped"), ("care", "helping"), ("care", "welcom*"): self = .assistance
        case ("certainty", _) where Self.categoricalNegators.contains(term): self = .categorical
        case ("certainty", "certain"), ("certainty", "sure"), ("certainty", "clear"), ("certainty", "obvious"),
             ("certainty", "definite"), ("certainty", "evident"), ("certainty", "undeniable"), ("certainty", "inevitable"):
            self = .predicativeAdjective
        case ("commitment", _) where Self.pledgeWords.contains(term): self = .pledge
        case ("hedging", "about"), ("hedging", "around"): self = .approximator
        case ("certainty", "know"): self = .knowing
        case ("commitment", "plan to"), ("commitment", "plans to"), ("commitment", "intend to"), ("commitment", "intends to"):
            self = .intent
        case ("obligation", "demand"), ("obligation", "demands"): self = .demand
        case ("certainty", "i know"), ("certainty", "we know"): self = .knowingSubject
        case ("obligation", "have to"), ("obligation", "has to"), ("obligation", "had to"), ("obligation", "need to"),
             ("obligation", "needs to"), ("obligation", "got to"):
            self = .obligingPhrase
        case ("inclusive", "common"): self = .shared
        case ("inclusive", "shared"): self = .heldInCommon
        case ("obligation", "bound to"): self = .dutyBound
        case ("obligation", "call on"), ("obligation", "calls on"), ("obligation", "called on"): self = .callOn
        case ("obligation", "duty"), ("obligation", "duties"): self = .owedDuty
        case ("hedging", "whether"), ("hedging", "whether or not"): self = .openQuestion
        case ("threat", "emergency"): self = .crisis
        case ("threat", "disaster*"), ("threat", "disaster"), ("threat", "disasters"): self = .calamity
        case ("commitment", "will"), ("commitment", "won't"), ("commitment", "shall"), ("commitment", "going to"),
             ("commitment", "gonna"), ("commitment", "will never"), ("commitment", "will always"),
             ("commitment", "will continue to"):
            self = .future
        default: return nil
        }
    }

    /// Words after "fairly" that show it says how something was done: a conjunction, a preposition, an article.
    static let afterMannerAdverb: Set<String> = [
        "and", "or", "but", "nor", "in", "on", "at", "by", "with", "to", "for", "from", "as", "that", "the", "a", "an",
        "when", "if", "because", "so",
    ]

    /// Verbs of happening, which a modal predicts rather than demands.
    static let happeningVerbs: Set<String> = [
        "arrive", "rise", "fall", "increase", "decrease", "grow", "drop", "decline", "improve", "worsen", "help",
        "lead", "result", "become", "remain", "last", "happen", "occur", "work", "perform", "correlate", "reflect",
        "hold", "apply", "exceed", "suffice", "come", "fail", "lie", "reach", "settle", "ease", "clear", "pass",
        "return", "recover", "rebound", "continue", "change", "vary", "depend", "differ", "emerge", "appear",
        "affect", "matter",
    ]

    /// A plural noun by its spelling, as the quote reader tests it: four letters or more ending in a single -s.
    static func looksPlural(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
    }

    /// Verbs that tell how things differ from case to case: after "may" they list options, not doubt.
    static let variationVerbs: Set<String> = [
        "vary", "varies", "differ", "range",
    ]

    /// Words of plurality or difference that, after "may", "might" or "could", list what can be the case ("may
    /// contain multiple", "could be either").
    static let variantWords: Set<String> = [
        "multiple", "different", "several", "any", "either", "various", "varying", "diverse", "numerous",
    ]

    /// Verbs of being and holding, after which a word of plurality lists variants ("may be either", "may contain
    /// multiple", "might take any").
    static let holdingVerbs: Set<String> = [
        "be", "have", "take", "contain", "hold", "occur", "come", "belong", "refer", "consist", "exist",
    ]

    /// Participles of method, which make "could be …" a statement of what can be done ("could be used to",
    /// "could be derived from", "can be seen in"), not a guess about what happened.
    static let useParticiples: Set<String> = [
        "used", "employed", "applied", "adapted", "extended", "combined", "implemented", "obtained", "computed",
        "calculated", "reused", "integrated", "incorporated", "replaced", "modified", "generalized", "trained",
    ]

    /// Subjects for whom "could" and "may" offer a course of action ("we could use", "one may define", "you
    /// could try"), not a guess, before a verb of doing.
    static let agentSubjects: Set<String> = ["we", "one", "you", "i"]

    /// Verbs of doing that rules permit ("Visitors may park here", "Members may bring a guest").
    static let permittedActions: Set<String> = [
        "park", "leave", "enter", "apply", "submit", "bring", "use", "take", "join", "attend", "stay", "visit",
        "camp", "fish", "swim", "smoke", "vote", "register", "request", "choose", "opt", "keep", "borrow", "sit",
        "contact", "go", "proceed", "withdraw", "appeal", "access", "view", "download", "print", "skip",
    ]

    /// Verbs of losing and suffering, which after "we could" foresee harm rather than offer a choice ("we could
    /// lose the harbour").
    static let lossVerbs: Set<String> = [
        "lose", "face", "suffer", "miss", "die", "fail", "run", "end", "get", "go", "fall", "pay", "see", "hear",
    ]

    /// Verbs of being, having and perceiving, which after "may" weigh a possibility ("You may be right").
    static let stativeVerbs: Set<String> = [
        "be", "have", "seem", "appear", "look", "feel", "find", "know", "think", "want", "need", "notice", "see",
        "wonder", "recall", "remember", "already", "well", "not", "also", "never",
    ]

    /// Subjects of "should be able to" that make it an expectation rather than a right.
    static let expectingSubjects: Set<String> = ["we", "one", "it", "this", "that", "which"]

    /// What binds a person to a duty right before "bound to" ("legally bound to", "duty bound to").
    static let bindingSources: Set<String> = ["legally", "morally", "contractually", "constitutionally", "duty", "honour", "honor", "treaty"]
    /// Forms of "be" and "feel" between a subject and "bound to".
    static let beingBound: Set<String> = ["am", "is", "are", "was", "were", "be", "been", "feel", "feels", "felt", "'m", "'re", "’m", "’re"]
    /// Subjects that are persons whatever the sentence: personal pronouns ("we are bound to").
    static let personalSubjects: Set<String> = ["i", "we", "you", "he", "she", "they"]

    /// Verbs and nouns of knowing, inferring and predicting, whose "that" clause holds a conclusion.
    static let inferenceWords: Set<String> = [
        "know", "knows", "knew", "infer", "inferred",
        "conclude", "concluded", "conjecture", "hypothesize", "hypothesise", "predict", "predicts", "predicted",
        "evidence", "indicates", "indicate", "indicated", "shows", "showed", "follows", "expect", "expected",
        "assume", "assumed", "suspect", "guess", "bet", "prediction", "hypothesis", "expectation", "sign",
    ]

    /// States a person is inferred to be in ("She must be exhausted").
    static let stateAdjectives: Set<String> = [
        "tired", "exhausted", "worried", "delighted", "pleased", "thrilled", "relieved", "disappointed",
        "frustrated", "confused", "surprised", "shocked", "scared", "excited", "bored", "annoyed", "upset", "proud",
        "happy", "sad", "angry", "mistaken", "wrong", "right", "kidding", "joking", "crazy", "mad", "hungry",
        "starving", "freezing", "lonely", "nervous", "furious", "devastated", "overjoyed", "true", "false",
    ]

    /// Forms of "be" and linking verbs before a predicative adjective.
    static let linkingWords: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "'m", "’m", "'re", "’re", "'s", "’s", "seems", "seem",
        "seemed", "feel", "feels", "felt", "remain", "remains", "remained", "became", "become", "becomes", "quite",
        "very", "absolutely", "completely", "entirely", "not", "so", "too", "fairly", "pretty", "more", "less",
        "isn't", "aren't", "wasn't", "weren't", "looks", "look", "appears",
    ]

    /// Words that may stand between a modal and its verb.
    static let modalAdverbs: Set<String> = [
        "also", "always", "never", "still", "then", "therefore", "thus", "now", "certainly", "surely", "probably",
        "likely", "definitely", "really", "just", "only", "not", "all", "both", "soon", "eventually", "easily",
    ]

    /// Past participles that do not end in -ed, -en or -wn.
    static let irregularParticiples: Set<String> = [
        "done", "made", "said", "told", "sold", "held", "kept", "left", "paid", "put", "set", "cut", "met", "sent",
        "spent", "built", "brought", "bought", "caught", "taught", "thought", "found", "heard", "read", "led",
        "won", "shut", "hit", "let", "run", "dealt", "meant", "felt", "lost", "struck", "stuck", "hung", "sought",
    ]

    /// Verbs of saying and believing whose unnamed subject makes a claim hearsay ("some argue", "many believe").
    static let hearsayVerbs: Set<String> = [
        "say", "says", "said", "claim", "claims", "claimed", "argue", "argues", "argued", "believe", "believes",
        "believed", "think", "thinks", "thought", "consider", "considers", "considered", "suggest", "suggests",
        "suggested", "contend", "contends", "contended", "maintain", "maintains", "maintained", "assert", "asserts",
        "asserted", "feel", "feels", "felt", "speculate", "speculates", "speculated", "allege", "alleges", "alleged",
        "insist", "insists", "insisted", "fear", "fears", "feared", "view", "regard", "regards", "see", "saw",
        "describe", "describes", "described", "call", "calls", "called", "question", "questioned", "doubt", "doubted",
        "hold", "held", "estimate", "estimated", "expect", "expected", "theorize", "theorized", "worry", "worried",
    ]

    /// Participles of saying and believing that pass a claim on without its source when passive.
    static let hearsayParticiples: Set<String> = [
        "said", "alleged", "claimed", "credited", "supposed", "deemed", "believed", "thought", "considered", "regarded",
    ]
    /// Forms of "be" before a passive, and what may follow the participle to open the claim.
    static let passiveBe: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]
    static let claimOpeners: Set<String> = ["to", "as", "that", "with"]

    /// People and records whose views a vague quantifier counts without naming them ("some scholars").
    static let sourceNouns: Set<String> = [
        "people", "sources", "critics", "experts", "scholars", "historians", "observers", "commentators", "analysts",
        "researchers", "scientists", "fans", "reviewers", "writers", "authors", "accounts", "reports", "officials",
        "economists", "theorists", "believers", "skeptics", "sceptics", "supporters", "opponents", "proponents",
    ]

    /// Pronouns that set others apart only against a "we" (``StancePass`` applies the rule), and "those who", a
    /// relative that picks out people by what they do: "Those who hate this country want us to fail" sets a group
    /// apart, "Those who arrive early get a seat" does not.
    static let otherPronouns: Set<String> = ["they", "them", "their", "theirs", "themselves", "they're", "those who"]
    /// Words before "those who" that take the people in rather than set them apart ("including those who did not
    /// vote for us", "We thank those who volunteered", "for all those who").
    static let inclusionWords: Set<String> = [
        "including", "include", "includes", "thank", "thanks", "thanked", "thanking", "all", "for", "among", "with", "help",
        "helps", "helped", "helping", "protect", "protects", "protecting", "welcome", "welcomes", "welcomed", "honour", "honor",
    ]
    static let firstPersonPlural: Set<String> = [
        "we", "us", "our", "ours", "ourselves", "we're", "we've", "we'll", "we'd", "let's",
    ]
    /// Words before "them" that oppose a group to the speaker's side.
    static let contrastWords: Set<String> = [
        "against", "than", "like", "unlike", "versus", "vs", "between", "from", "fight", "beat", "defeat", "stop",
    ]

    /// Words for a number or a part, which an approximator rounds ("about a dozen", "around half").
    static let quantityWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million",
        "billion", "dozen", "half", "third", "quarter", "a", "an", "$", "£", "€",
    ]

    /// Words that pledge as verbs and name a pledge as nouns, and past forms that pledge as verbs and describe a
    /// thing as adjectives ("the promised ferry", "a guaranteed minimum").
    static let pledgeWords: Set<String> = [
        "promise", "promises", "pledge", "pledges", "vow", "vows", "guarantee", "guarantees",
        "promised", "pledged", "vowed", "guaranteed",
    ]

    /// Subject pronouns, the nearest of which before a pledge verb is its subject.
    static let subjectPronouns: Set<String> = ["i", "we", "you", "he", "she", "they"]

    /// Words before a noun that make a pledge word a thing talked about ("a promise", "their pledge", "every vow"),
    /// or a past form an adjective ("the promised week").
    static let nounOpeners: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "your", "every", "each", "any",
        "no", "many", "some", "such", "empty", "broken", "hollow", "campaign", "election", "firm", "solemn",
    ]

    /// Words after an -s form that make it a verb ("promises to", "vows that"); after anything else it is a plural
    /// noun ("heard promises before").
    static let pledgeComplements: Set<String> = ["to", "that", "not", "never", "you", "them", "us", "him", "her", "me"]

    /// Nouns for the speaker's side after "our" or "my": "our party will" commits, "our fruit will" predicts.
    static let committingGroups: Set<String> = [
        "party", "government", "team", "company", "union", "campaign", "administration", "movement", "side",
        "country", "nation", "city", "state", "organization", "organisation", "group", "coalition", "members",
        "staff", "office", "department", "ministry", "council", "board", "firm", "community", "family", "church",
        "school", "agency", "caucus", "committee", "club", "alliance", "army", "troops", "forces",
    ]

    /// Those "support" is care for when they follow it: "support the families", "support for flood victims",
    /// "support each other", "support those who lost their homes".
    static let caredFor: Set<String> = [
        "families", "family", "victims", "victim", "children", "child", "kids", "patients", "patient", "survivors",
        "veterans", "elderly", "refugees", "students", "pupils", "parents", "mothers", "fathers", "carers", "caregivers",
        "communities", "community", "neighbours", "neighbors", "each", "one", "you", "those", "people", "homeless",
        "vulnerable", "disabled", "sick", "bereaved", "poor", "orphans", "widows", "newcomers", "residents",
        "workers", "staff", "colleagues", "friends", "loved", "youngsters", "babies", "teenagers", "women", "men",
    ]

    /// Words right before "I know" or "we know" that leave it opening its own clause ("and we know", "Now I
    /// know"); after any other word in its clause it is a relative clause ("the best people I know").
    static let beforeKnowingClause: Set<String> = [
        "and", "but", "so", "because", "now", "as", "since", "well", "yes", "also", "just", "what", "though",
        "although", "if", "when", "oh", "still", "already", "certainly", "definitely", "simply", "that", "today",
        "believe", "do", "or", "then", "here", "where", "while",
    ]

    /// Words after "emergency" that leave it a noun of its own ("an emergency in the north", "the emergency
    /// was declared").
    static let afterCrisisNoun: Set<String> = [
        "in", "on", "at", "for", "of", "that", "and", "or", "but", "is", "was", "has", "had", "will", "would", "which",
        "as", "over", "across", "to", "because", "when", "after", "before", "since", "until", "unfolding",
    ]

    /// What "save" keeps rather than rescues ("save money", "saved us time", "saves energy").
    static let savedThings: Set<String> = [
        "money", "time", "cash", "costs", "cost", "energy", "fuel", "space", "effort", "points", "pounds", "dollars",
        "euros", "million", "millions", "billion", "billions", "thousands", "hundreds", "percent", "per", "%", "£", "$", "€",
        "up", "on",
    ]

    /// Subjects after a clause-opening "should" that make it a condition ("Should the talks fail", "should anyone
    /// ask").
    static let invertedSubjects: Set<String> = [
        "the", "a", "an", "you", "we", "he", "she", "they", "it", "this", "that", "these", "those", "any", "anyone",
        "anybody", "someone", "somebody", "there", "our", "his", "her", "their", "your", "its",
    ]

    /// Words that open the matter "care" minds rather than the people it cares for ("care who wins", "care whether").
    static let mattersMinded: Set<String> = ["who", "what", "whether", "if", "how", "which", "where", "when", "less"]

    /// A business's takings, which "protect" guards rather than cares for ("protect profits", "protect its margins").
    static let takings: Set<String> = [
        "profit", "profits", "margin", "margins", "revenue", "revenues", "earnings", "dividend", "dividends", "income",
        "turnover", "sales", "returns", "bottom", "brand",
    ]

    /// Measures and deals that "kill" ends rather than slays ("kill the bill", "killed off the merger").
    static let killedMeasures: Set<String> = [
        "bill", "bills", "deal", "deals", "plan", "plans", "proposal", "proposals", "project", "projects", "idea",
        "ideas", "measure", "measures", "legislation", "scheme", "schemes", "talks", "agreement", "amendment",
        "amendments", "motion", "reform", "reforms", "treaty", "merger", "takeover", "bid", "story", "momentum", "mood",
        "debate", "competition", "policy", "rule", "rules", "programme", "program", "campaign", "initiative",
    ]

    /// Provisions named for a calamity ("disaster relief", "disaster payments").
    static let calamityProvisions: Set<String> = [
        "relief", "fund", "funds", "funding", "payment", "payments", "aid", "recovery", "response", "management",
        "planning", "plan", "plans", "insurance", "loan", "loans", "grant", "grants", "preparedness", "team", "teams",
        "services", "declaration", "assistance",
    ]

    /// A subject before "shared" that makes it a verb of passing something on ("I shared").
    static let passingOnSubjects: Set<String> = ["i", "you", "he", "she", "they", "it", "who"]

    /// The start of an object after "shared" that makes it a verb of passing something on ("shared the figures",
    /// "shared a video", "shared photos").
    static let passedOnObjects: Set<String> = [
        "the", "a", "an", "his", "her", "their", "my", "your", "its", "this", "that", "these", "those", "them", "him",
        "me", "some", "photos", "details", "pictures", "images", "video", "videos", "posts", "post",
    ]

    /// What a group holds "common" ("our common future", "the common good", "common ground").
    static let sharedThings: Set<String> = [
        "good", "ground", "cause", "interest", "interests", "purpose", "future", "home", "values", "humanity", "bond",
        "destiny", "goal", "goals", "heritage", "struggle", "enemy", "market", "house", "wealth", "history",
    ]

    /// Verbs a speaker uses of their own words after "I have to", "I must": "I have to say", "I must admit".
    static let remarkVerbs: Set<String> = [
        "say", "admit", "confess", "concede", "tell", "stress", "emphasise", "emphasize", "note", "add", "ask",
        "acknowledge", "point", "repeat", "warn",
    ]

    /// Subjects right before "will" that are not the speaker's side: "someone will have heard", "it will rain",
    /// "there will be delays" foresee; no first-person word earlier in the clause makes them pledge.
    static let otherSubjectsOfWill: Set<String> = [
        "he", "she", "it", "they", "you", "someone", "somebody", "anyone", "anybody", "everyone", "everybody",
        "nobody", "there", "this", "that", "which", "who", "things", "people",
    ]

    /// Whether a token is a subject other than "I" or "we" with "is" or "are" in it ("it's", "they're", "pressure's").
    static func otherSubjectWithBe(_ word: String) -> Bool {
        guard word.hasSuffix("'s") || word.hasSuffix("’s") || word.hasSuffix("'re") || word.hasSuffix("’re") else { return false }
        return !["we're", "we’re", "let's", "let’s"].contains(word)
    }

    /// Verbs of state after "will": "we will want", "I will need" foresee a state of mind, and bind no one.
    static let stativeAfterWill: Set<String> = [
        "want", "need", "like", "love", "hate", "prefer", "know", "understand", "feel", "see", "hear", "find",
        "remember", "forget", "wish", "expect", "notice", "believe", "think", "miss", "wonder", "regret",
    ]

    /// Words right before "help" that ask for or give it as care ("we need help", "calls for help", "with the help
    /// of neighbours").
    static let helpNeeds: Set<String> = [
        "need", "needs", "needed", "needing", "seek", "seeks", "sought", "seeking", "get", "getting", "got", "for",
        "offer", "offers", "offered", "offering", "of", "send", "sent", "bring", "brought", "more", "urgent",
    ]

    /// Those "help" is care for besides the people "support" cares for: "help them", "help others".
    static let helped: Set<String> = ["them", "us", "others", "everyone", "everybody", "anyone", "anybody", "someone", "immigrants",
                                      "migrants", "seniors", "needy", "homeless", "elderly"]

    /// What "know" takes when it knows no claim: a question ("know why"), or a person ("know me").
    static let unknowingComplements: Set<String> = [
        "what", "why", "how", "who", "whom", "whether", "if", "where", "when", "which", "me", "him", "her", "them", "us",
        "you",
    ]

    /// Goods and dealings a duty is levied on ("fuel duty", "stamp duty", "import duties"), and the words of a shift
    /// at work ("on duty", "off duty"): before "duty" they make it a tax or a rota, not an obligation.
    static let leviedOn: Set<String> = [
        "fuel", "stamp", "import", "export", "excise", "customs", "estate", "death", "inheritance", "alcohol", "tobacco",
        "beer", "wine", "spirits", "whisky", "sugar", "petrol", "diesel", "air", "passenger", "anti-dumping", "on", "off",
    ]

    /// The possessive determiners.
    static let owners: Set<String> = ["my", "our", "your", "his", "her", "their", "its"]

    /// Words before "demand" that make it the demand of a market ("consumer demand", "weak demand", "cut demand").
    static let marketQualifiers: Set<String> = [
        "domestic", "consumer", "global", "world", "strong", "stronger", "weak", "weaker", "weakening", "rising",
        "falling", "slowing", "soaring", "oil", "energy", "power", "electricity", "gas", "housing", "customer",
        "market", "export", "import", "aggregate", "seasonal", "peak", "labor", "labour", "travel", "chip", "car",
        "steel", "food", "fuel", "investor", "overseas", "foreign", "local", "pent-up", "underlying", "final",
        // Verbs right before it that act on a market ("cut demand for exports", "meet demand").
        "cut", "cuts", "boost", "boosts", "boosted", "reduce", "reduces", "reduced", "dampen", "dampened", "curb",
        "curbed", "spur", "spurred", "fuelled", "fueled", "weaken", "weakened", "stimulate", "stimulated",
        "lift", "lifted", "meet", "meeting", "met", "outstrip", "outstripped", "satisfy", "hurt", "hit",
    ]

    /// Words that make "demand" before "for" someone's claim ("our demand for justice"); without one, "Demand for
    /// housing rose" is a market's.
    static let claimOwners: Set<String> = owners.union(["the", "a", "this", "that", "these", "those"])

    /// Words that state a condition, under which a reported "would" stays conditional.
    static let conditionWords: Set<String> = ["if", "unless", "otherwise", "provided", "assuming"]

    /// Words after "demand" that make it a market's ("demand growth", "demand fell").
    static let marketAfterDemand: Set<String> = [
        "growth", "fell", "rose", "slowed", "slumped", "surged", "picked", "outstripped", "outpaced", "exceeded",
        "remains", "remained", "is", "was", "has", "had", "curve", "side", "shock", "destruction",
    ]

    /// Words a sentence writes in small letters and a headline in title case capitalizes.
    static let smallWords: Set<String> = [
        "the", "a", "an", "and", "of", "to", "in", "on", "for", "with", "at", "by", "from", "is", "are", "was", "be",
        "will", "we", "our", "us", "it", "this", "that", "not",
    ]

    /// Kinds of care that make "support" after them care: "emotional support", "mental health support".
    static let kindsOfCare: Set<String> = [
        "emotional", "mental", "psychological", "moral", "medical", "financial", "family", "community", "social",
        "pastoral", "bereavement", "peer", "practical", "housing", "childcare", "income", "welfare", "health",
        "crisis", "counselling", "counseling", "parenting", "learning", "nursing", "palliative",
    ]

    /// What one backs rather than cares for: "support the bill", "support for the plan".
    static let backedThings: Set<String> = [
        "bill", "bills", "measure", "measures", "plan", "plans", "proposal", "proposals", "policy", "policies", "law",
        "laws", "legislation", "amendment", "candidate", "candidates", "nominee", "party", "motion", "resolution",
        "deal", "agreement", "ban", "tax", "taxes", "referendum", "campaign", "candidacy", "reform", "reforms",
        "budget", "initiative", "decision", "idea", "ideas", "position", "ruling", "ticket", "nomination", "vote",
        "strike", "war", "effort", "efforts", "cause", "project", "merger", "levy", "treaty", "sanctions",
    ]

    /// Verbs after which "would" is a past future, what was said or decided then ("said the plant would close").
    static let pastFutureVerbs: Set<String> = [
        "said", "told", "promised", "pledged", "vowed", "announced", "warned", "insisted", "confirmed", "added",
        "agreed", "decided", "hoped", "expected", "knew", "predicted", "claimed", "stated", "wrote", "signalled",
        "signaled", "indicated", "threatened", "declared", "assured", "swore", "guaranteed", "planned", "ruled",
    ]

    /// Verbs of wanting after "would", which ask or wish rather than suppose ("I would like to thank").
    static let wishVerbs: Set<String> = ["like", "love", "prefer", "rather", "welcome", "appreciate", "ask", "urge", "encourage"]

    /// Words of flat denial, which are also negators.
    static let categoricalNegators: Set<String> = ["no", "none", "nothing", "never", "neither", "nobody", "no one"]

    /// Words after "no" that make it a bound on a quantity, not a denial ("no more than ten", "no fewer than").
    static let boundingWords: Set<String> = ["more", "less", "fewer"]

    /// First-person subjects a commitment binds.
    /// Pronouns that open a relative clause.
    static let relativeOpeners: Set<String> = ["that", "which", "who", "whom"]

    static let committingSubjects: Set<String> = ["i", "we", "i'm", "we're", "i’m", "we’re", "i'll", "we'll", "i’ll", "we’ll"]
}
