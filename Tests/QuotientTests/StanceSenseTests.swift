import Testing
@testable import Quotient

/// The label rule and the sense rules of the stance categories, on sentences written for these tests.
@Suite struct StanceSenseTests {
    func tone(_ text: String) throws -> [String] {
        let scorer = StanceScorer()
        return try scorer.stance(of: text).tone.strings
    }

    @Test func oneClearCueLabelsALongSentence() throws {
        let long = "The committee may, after a long review of the harbour accounts, the ferry timetable, the dredging"
            + " contract, the pilots' roster and the winter storm damage to the northern breakwater, reopen the case."
        #expect(try tone(long).contains("hedging"))
        // Two faint cues do not make a label.
        #expect(try !tone("The crossing takes about an hour, around noon.").contains("hedging"))
    }

    @Test(arguments: [
        // (text, category, labelled)
        ("Lotte must be exhausted after the crossing.", "obligation", false),
        ("The parcels should arrive by Thursday.", "obligation", false),
        ("Wages should rise next spring.", "obligation", false),
        ("The ferry must have left already.", "obligation", false),
        ("You must be joking.", "obligation", false),
        ("The council must approve the budget.", "obligation", true),
        ("Every form should be signed by a parent.", "obligation", true),
        ("Drivers must not block the ramp.", "obligation", true),
        // A conclusion drawn under a verb of knowing or inferring is no duty; one that is argued is.
        ("We know that one of the two keys must fit the old lock.", "obligation", false),
        ("The tide tables indicate that the channel should be deep enough by noon.", "obligation", false),
        ("Ilse argued that the council must repair the quay.", "obligation", true),
        // "should be able to" is an expectation of "we" or "it", a right of anyone else.
        ("With the new crane we should be able to unload by Friday.", "obligation", false),
        ("Seasonal workers should be able to join the union.", "obligation", true),
        ("The delay has to do with the tides, not the crew.", "obligation", false),
        // A "should" that opens its clause before its subject states a condition; as a question it asks a duty.
        ("Should the dredger break down, the harbour will close.", "obligation", false),
        ("Ingrid wants the seat, should the chairman retire.", "obligation", false),
        ("Should we close the north pier?", "obligation", true),
        ("He saw no need to change the timetable.", "obligation", false),
        ("We met the builders in May last year.", "hedging", false),
        // Permission, options and what can be done are no doubt; a possibility weighed is.
        ("Anglers may fish from the north pier.", "hedging", false),
        ("You may board the ferry now.", "hedging", false),
        ("Tide heights may vary between the two harbours.", "hedging", false),
        ("The old winch could be used to lift the buoys.", "hedging", false),
        ("The gale could reach the islands tonight.", "hedging", true),
        ("Swimmers may feel dizzy after the crossing.", "hedging", true),
        ("The keeper might retire next year.", "hedging", true),
        // A quantity is no hedge; an unnamed source that says or believes is hearsay.
        ("Some trawlers left the harbour before dawn.", "hedging", false),
        ("Some historians argue that the lighthouse predates the town.", "hedging", true),
        ("Many villagers have long believed the well was cursed.", "hedging", true),
        ("Critics said the levy was unfair.", "hedging", true),
        ("Critics of the levy met twice.", "hedging", false),
        // Views whose holders stay unnamed: an agentless passive of judging, a vague determiner or count.
        ("The lighthouse keeper is considered the finest in the valley.", "hedging", true),
        ("The ferry timetable has been criticized for its gaps.", "hedging", true),
        ("Certain trawler owners refuse the new quota.", "hedging", true),
        ("The ferry will sail, that much is certain.", "hedging", false),
        ("Many scholars date the tower to the twelfth century.", "hedging", true),
        ("It was reported that the keeper had left.", "hedging", true),
        ("The old mill is widely regarded as the finest in the valley.", "hedging", true),
        // A limit set on a finding: what is still to be shown is not yet known.
        ("Further research is needed before the eel ladders are rebuilt.", "hedging", true),
        ("There is not enough evidence that the salt marsh is shrinking.", "hedging", true),
        ("The pier may collapse in the next storm.", "hedging", true),
        ("Rescuers could not reach the boat.", "hedging", false),
        ("The leak could spread to the engine room.", "hedging", true),
        // A course of action offered to the speaker or anyone is no guess; a harm foreseen still is.
        ("We could tow the barge to Vardø instead.", "hedging", false),
        ("One may weigh each parcel before sorting.", "hedging", false),
        ("We could lose the whole catch this winter.", "hedging", true),
        ("We might tow the barge tomorrow.", "hedging", true),
        // An adverb of certainty or doubt before "not" holds the negation; it is not denied.
        ("Surely not every skipper agrees.", "certainty", true),
        ("Surely not every skipper agrees.", "hedging", false),
        ("Probably not, the ferryman said.", "hedging", true),
        ("I am sure not everyone on the quay agrees.", "certainty", true),
        ("Certain passengers were moved to the lounge.", "certainty", false),
        ("Make sure the gate is shut.", "certainty", false),
        ("A clear majority backed the plan.", "certainty", false),
        ("It is certain that the ferry will run.", "certainty", true),
        ("I am sure the vote will pass.", "certainty", true),
        ("There is no doubt the bridge is safe.", "certainty", true),
        ("There is no doubt the bridge is safe.", "hedging", false),
        ("The tide will reach the road by dusk.", "commitment", false),
        ("Will you sign the petition?", "commitment", false),
        ("Rents will climb again.", "commitment", false),
        ("I think it's going to work out for the crews.", "commitment", false),
        ("We're going to rebuild the slipway.", "commitment", true),
        ("We will not close the clinic.", "commitment", true),
        ("Our union will fight every cut.", "commitment", true),
        // "our" and a thing predicts; "our" and the speaker's side commits.
        ("Our apples will spoil in the heat.", "commitment", false),
        ("My ministry will publish the audit.", "commitment", true),
        // A concession that opens its clause doubts nothing; an open question does.
        ("Whether it rains or shines, the ferry sails at six.", "hedging", false),
        ("Whether or not the levy passes, the pier will close.", "hedging", false),
        ("Nobody knows whether the ferry will sail.", "hedging", true),
        // A remark on one's own words obliges no one; a duty does.
        ("I have to say, the ferry was on time.", "obligation", false),
        ("I must admit the crossing was rough.", "obligation", false),
        ("We have to repair the pier.", "obligation", true),
        // A necessity denied obliges no one; a duty not to still obliges.
        ("The quay does not have to be rebuilt this year.", "obligation", false),
        ("You don't need to book the ferry in winter.", "obligation", false),
        ("Skippers must not moor at the fuel pier.", "obligation", true),
        // "bound to" binds a person; about things it forecasts.
        ("We're bound to honour the harbour lease.", "obligation", true),
        ("The trust is legally bound to consult the tenants.", "obligation", true),
        ("The ferry timetable is bound to change again.", "obligation", false),
        ("Delays are bound to happen in winter.", "obligation", false),
        // A state of mind foreseen binds no one.
        ("We will want the contract in writing.", "commitment", false),
        ("I will need another week.", "commitment", false),
        // A plan commits its speaker; someone else's plan is reported.
        ("We plan to reopen the cannery in spring.", "commitment", true),
        ("The harbourmaster plans to dredge the channel.", "commitment", false),
        ("Okonjo's plan to tax the ferries was mocked.", "commitment", false),
        // A pronoun inside a relative clause on a plural noun refers to that noun; it sets no one against "we".
        ("We have two old trawlers that no longer earn their keep.", "exclusive", false),
        ("We kept the skippers who had lost their boats on the payroll.", "exclusive", false),
        ("We built this harbour and they want to take it from us.", "exclusive", true),
        // Someone else's past pledge is reported, not made; an assurance about someone else is no pledge.
        ("The harbourmaster promised to dredge the channel.", "commitment", false),
        ("I can promise you the ferry won't sail tonight.", "commitment", false),
        ("I promise you we will reopen the pier.", "commitment", true),
        // A pledge made commits; one talked about as a thing does not, unless it is the speaker's own.
        ("We've heard vows like that before.", "commitment", false),
        ("The harbourmaster's pledges came to nothing.", "commitment", false),
        ("She broke every promise she gave the crew.", "commitment", false),
        ("We vow to reopen the slipway.", "commitment", true),
        ("The ferry company promises that fares will fall.", "commitment", true),
        ("We will keep our pledge to the islanders.", "commitment", true),
        // The addressee's pledge, reported or asked for, binds not the speaker.
        ("Councillor, you promised us a new slipway.", "commitment", false),
        ("Harbourmaster, can you guarantee the sailing?", "commitment", false),
        ("We pledged to rebuild the pier.", "commitment", true),
        // A past form pledges as a verb, not as an adjective before a noun.
        ("The buses ran twice a day instead of the promised hourly service.", "commitment", false),
        ("Crews get a guaranteed minimum of twelve shifts.", "commitment", false),
        ("We vowed to repay every deckhand.", "commitment", true),
        // Another subject right before "will" foresees, whoever speaks earlier in the clause.
        ("I am confident someone will have seen the van.", "commitment", false),
        ("We think there will be delays at the lock.", "commitment", false),
        ("I am confident we will finish the lock by May.", "commitment", true),
        // Fighting for something is advocacy, not a threat.
        ("The nurses are fighting to keep the ward open.", "threat", false),
        ("We will fight for every ferry route.", "threat", false),
        ("The fighting near the border went on all night.", "threat", true),
        // Saving money or time is thrift; saving people is care.
        ("The new ferry will save the island £30,000 a year.", "care", false),
        ("Her goals saved us more points than anyone's.", "care", false),
        ("The coxswain saved four anglers from the rocks.", "care", true),
        // Killing a measure or a deal ends it; killing people threatens.
        ("The senators vowed to kill the harbour bill.", "threat", false),
        ("The regulator killed off the ferry merger in June.", "threat", false),
        ("Two deckhands were killed when the crane fell.", "threat", true),
        // A calamity threatens; a provision named for one does not.
        ("Disaster relief reached the valley on Tuesday.", "threat", false),
        ("The landslide was a disaster for the valley.", "threat", true),
        // Backing a measure or a candidate is no care; supporting people is.
        ("The councillors voted to support the harbour levy.", "care", false),
        ("Support for Okonjo is growing in the valley.", "care", false),
        ("We support the families of the missing fishermen.", "care", true),
        // Support needs someone it is for; a candidate's support among voters and her supporters are backing.
        ("Okonjo's support held steady in the latest poll.", "care", false),
        ("Her supporters filled the square outside the town hall.", "care", false),
        ("The union has won support from the deckhands.", "care", false),
        ("The clinic offers emotional support.", "care", true),
        ("Volunteers came to support flood victims.", "care", true),
        // Defending people is care; play in sport and a defended choice are not.
        ("That was poor defending from the back four.", "care", false),
        ("The mayor defended her vote on the harbour levy.", "care", false),
        ("The lifeboat crews defend the families of the missing fishermen.", "care", true),
        // A capitalized word inside a name is no stance word; one in capitals for emphasis still is.
        ("Turnout in the United States fell again.", "inclusive", false),
        ("The US fleet left the harbour at dawn.", "inclusive", false),
        ("Savers said the Fed had kept rates low for too long.", "care", false),
        ("The crews MUST be paid this week.", "obligation", true),
        ("Together We Will Rebuild The Harbour", "inclusive", true),
        ("The pilots said they were tired.", "exclusive", false),
        // A pronoun of a side names it whatever its clause denies.
        ("No one asked us about the ferry.", "inclusive", true),
        ("We would never abandon them.", "exclusive", false),
        ("Those people do not share our values, and they never will.", "exclusive", true),
        ("We will stand together against them.", "exclusive", true),
        // "they" is set against "we" in its own sentence only.
        ("We rang the harbour office. They said the crane was broken.", "exclusive", false),
        ("We mend the nets and they sell the fish.", "exclusive", true),
        // A pronoun in a list that opens with people of "our" is theirs, not an other side.
        ("We will look after our pupils and their families.", "exclusive", false),
        ("Our neighbours work hard, and they deserve better roads.", "exclusive", false),
        // "those who" picks people out by what they do: set apart only against a "we", and not when taken in.
        ("Those who queue before dawn get a ticket.", "exclusive", false),
        ("We thanked those who rowed out to the wreck.", "exclusive", false),
        ("We will serve everyone, including those who voted against us.", "exclusive", false),
        ("Those who sneer at this harbour want us to fail.", "exclusive", true),
        // A verb of being or holding and a word of plurality list what can be the case from one instance to another.
        ("Each harbour may have different tide tables.", "hedging", false),
        ("A berth could be either a pontoon or a mooring.", "hedging", false),
        ("The storm could undo any repairs made this week.", "hedging", true),
        // The modal of a purpose clause or of a denied subject weighs no possibility; a result clause still does.
        ("The crew lit flares so that the pilot could find the raft.", "hedging", false),
        ("Marta left the gate open in order that the goats might graze.", "hedging", false),
        ("The river rose, so the bridge could close again.", "hedging", true),
        ("Nothing could stop the tide that night.", "hedging", false),
        ("No further repairs could be made before dawn.", "hedging", false),
        ("No one could have known the pier was rotten.", "hedging", false),
        ("There is no doubt the bridge could close again.", "hedging", true),
        // Not ruling something out keeps it possible.
        ("The coastguard has not ruled out a second storm surge.", "hedging", true),
        ("The data indicate that the drug is effective.", "hedging", true),
        ("It remains to be seen whether the dam holds.", "hedging", true),
        ("The results show that the vaccine works.", "certainty", true),
        // A booster under a modal of possibility is no certainty.
        ("The new seawall may indeed hold.", "certainty", false),
        ("The drill might clearly prove its worth.", "certainty", false),
        // "would" supposes, except as the future of a past report or a wish.
        ("A second runway would double the noise, and the valley would lose its orchards.", "hedging", true),
        ("Tamsin said the bakery would open on Monday, and Piet said it would hire ten bakers.", "hedging", false),
        ("I would like to thank the volunteers, and I would like to thank the crews.", "hedging", false),
    ])
    func senseDecidesTheLabel(_ text: String, _ category: String, _ labelled: Bool) throws {
        #expect(try tone(text).contains(category) == labelled)
    }

    /// "about" and "around" round a quantity; before a topic or a place they are no evidence at all.
    @Test(arguments: [
        ("The ferrymen want to talk about the rota.", "about", false),
        ("The gulls circled around the trawler.", "around", false),
        ("About 40 trawlers stayed in port.", "about", true),
        ("Around a third of the nets were torn.", "around", true),
    ])
    func anApproximatorRoundsAQuantityOnly(_ text: String, _ term: String, _ hedges: Bool) throws {
        let stance = try StanceScorer().stance(of: text)
        #expect(stance.evidence.contains { $0.term == term && $0.category == "hedging" } == hedges)
    }

    /// Evidence a word gives, or not, in a sense: a capitalized stance word next to another capitalized word inside
    /// a sentence is part of a name; "know" is certainty only of a claim held as known.
    @Test(arguments: [
        ("The ferry was late, said Hope Varga.", "hope", "hedging", false),
        ("We hope the ferry is on time.", "hope", "hedging", true),
        ("Skipper Anders Care retired in May.", "care", "care", false),
        ("You know, when the mill closed, nobody came.", "know", "certainty", false),
        ("I want you to know the ferry runs on Sunday.", "know", "certainty", false),
        ("Islanders want to know why the ferry is late.", "know", "certainty", false),
        ("Those who know me will vouch for me.", "know", "certainty", false),
        ("We all know the ferry is late.", "know", "certainty", true),
        // Healing is care; health is not ("heal" is listed by its forms, not as a prefix).
        ("The skipper has never been healthier.", "healthier", "care", false),
        ("The island needs time for healing.", "healing", "care", true),
        // Words that only share a stem with a cue: a trade policy, a job title, a lead, a party to a case.
        ("The minister's protectionist tariffs failed.", "protectionist", "care", false),
        ("The assistant harbourmaster signed the log.", "assistant", "care", false),
        ("The defendant denied the charge.", "defendant", "care", false),
        ("The ferry's escalator broke again.", "escalator", "threat", false),
        ("The fearless skipper sailed at dawn.", "fearless", "threat", false),
        // Help and welcome care for people; a hand in getting something done, or a reception of news, does not.
        ("Neighbours helped the widows rebuild.", "helped", "care", true),
        ("The islanders need help.", "help", "care", true),
        ("The gale helped push the price of cod higher.", "helped", "care", false),
        ("The ferry strike helped her win the seat.", "helped", "care", false),
        ("The skippers welcomed the ruling.", "welcomed", "care", false),
        ("The village keeps welcoming newcomers.", "welcoming", "care", true),
        ("Islanders fear another storm.", "fear", "threat", true),
        // A demand made obliges; the demand of a market does not.
        ("The crews demand back pay.", "demand", "obligation", true),
        ("Weak demand for salmon hurt the co-op.", "demand", "obligation", false),
        ("Higher tolls would cut demand for crossings.", "demand", "obligation", false),
        ("Demand for smoked eel held up all winter.", "demand", "obligation", false),
        ("Their demand for a pay rise is fair.", "demand", "obligation", true),
        // "call on" asks someone to act only with an infinitive after its object.
        ("We call on the council to reopen the pier.", "call on", "obligation", true),
        ("The crews met for a short call on Friday.", "call on", "obligation", false),
        ("The vicar called on the widow after the storm.", "called on", "obligation", false),
        ("We must protect the crews.", "protect", "care", true),
        ("Voters here care who fixes the ferry.", "care", "care", false),
        ("The nurses care deeply about every patient.", "care", "care", true),
        // "supposed to" passes hearsay on about something, not what someone is expected to do.
        ("The old lighthouse is supposed to be haunted.", "supposed", "hedging", true),
        ("You are supposed to be afraid of the rip current.", "supposed", "hedging", false),
        ("The pilots were supposed to report at dawn.", "supposed", "hedging", false),
        ("The chandlery raised prices to protect its margins.", "protect", "care", false),
        ("Rangers protected the nesting terns all summer.", "protected", "care", true),
        ("I don't know whether the ferry will sail.", "know", "hedging", true),
        // "I know" after a noun is a relative clause, not a claim held as known.
        ("She is the kindest skipper I know.", "i know", "certainty", false),
        ("Everybody we know lost a boat.", "we know", "certainty", false),
        ("And we know the hull was cracked.", "we know", "certainty", true),
        // What a group shares is inclusive; the ordinary is not.
        ("A common painkiller eased the swelling.", "common", "inclusive", false),
        ("The islanders have little in common.", "common", "inclusive", true),
        ("Fishers and farmers share a common cause.", "common", "inclusive", true),
        ("Islanders and mainlanders have shared values and a shared history.", "shared", "inclusive", true),
        ("I shared the tide tables with the harbourmaster.", "shared", "inclusive", false),
        ("She shared a video of the storm.", "shared", "inclusive", false),
        // A crisis threatens; a provision named for one does not.
        ("Emergency grants reach the islanders in March.", "emergency", "threat", false),
        ("The skipper called it an emergency.", "emergency", "threat", true),
        ("The emergency on the island is getting worse.", "emergency", "threat", true),
        // "fairly" softens the word after it; said of how something was done, it is a manner.
        ("The ballots were counted openly and fairly.", "fairly", "hedging", false),
        ("Tenants were treated fairly by the new landlord.", "fairly", "hedging", false),
        ("The ferry was fairly full by noon.", "fairly", "hedging", true),
    ])
    func aWordGivesEvidenceInItsSense(_ text: String, _ word: String, _ category: StanceCategory, _ found: Bool) throws {
        let stance = try StanceScorer().stance(of: text)
        #expect(stance.evidence.contains { $0.text.lowercased() == word && $0.category == category } == found)
    }

    @Test func theReferenceSentenceKeepsItsTone() throws {
        #expect(try tone("We must take care of them.") == ["positive", "obligation", "inclusive", "care"])
    }

    @Test func wordsQuotedFromSomeoneElseAreNotTheSpeakersTone() throws {
        let analysis = try Analyzer().analyze("“He looked at me and said, ‘We will never give up,’ and I believed him,” said Ines Vall.")
        let quote = try #require(analysis.quotes.first)
        #expect(quote.quote.speaker?.name == "Ines Vall")
        #expect(quote.stance.evidence.isEmpty)
        #expect(quote.stance.tone.strings == ["neutral"])
        let own = try Analyzer().analyze("“We don't give up. We will fight on,” said Ines Vall.")
        #expect(own.quotes.first?.stance.tone.contains("commitment") == true)
    }

    /// An indirect quote's "would" is the future of the report, not a supposition, unless the words state a
    /// condition; a direct quote's "would" still supposes.
    @Test(arguments: [
        ("The harbour master said the slipway would reopen in May.", false),
        ("The harbour master said the slipway would flood if the tide rose.", true),
        ("“The slipway would be safer with a rail,” the harbour master said.", true),
    ])
    func aReportedWouldIsTheReportsFuture(_ text: String, hedges: Bool) throws {
        let quote = try #require(try Analyzer().analyze(text).quotes.first)
        #expect(quote.stance.evidence.contains { $0.text == "would" && $0.category == .hedging } == hedges)
    }

    /// A claim passed on with no one named is hearsay; the same participle with a source, or as a plain verb,
    /// is not.
    @Test(arguments: [
        ("The old well is also said to cure gout.", true),
        ("The lighthouse keeper was widely credited with saving the crew.", true),
        ("It was long believed that the wreck lay north of the skerry.", true),
        ("The skipper was alleged to have sold the catch twice.", true),
        ("The keeper said to the crew that the lamp was lit.", false),
        ("The wreck was claimed by the salvage company.", false),
        ("She believed the keeper.", false),
        ("The catch was regarded by the inspector as legal.", false),
    ])
    func anAgentlessPassiveOfSayingHedges(_ text: String, _ hedges: Bool) throws {
        #expect(try tone(text).contains("hedging") == hedges)
    }

    @Test(arguments: [
        ("The hall was rather cold.", true),
        ("The choir sang hymns rather than carols.", false),
        ("Rather, the choir sang carols.", false),
        ("She would rather walk.", false),
    ])
    func ratherSoftensADegreeOnly(_ text: String, _ hedges: Bool) throws {
        let stance = try StanceScorer().stance(of: text)
        #expect(stance.evidence.contains { $0.term == "rather" } == hedges)
    }

    @Test(arguments: [
        ("There was no leak in any of the tanks.", "no"),
        ("Nothing in the logbook mentions the storm.", "nothing"),
        ("The ferry has never missed a crossing.", "never"),
        ("Neither pump failed during the test.", "neither"),
    ])
    func aFlatDenialIsWeakCertainty(_ text: String, _ term: String) throws {
        let stance = try StanceScorer().stance(of: text)
        let denial = try #require(stance.evidence.first { $0.term == term })
        #expect(denial.category == "certainty")
        #expect(!denial.negated)
        // It ranks the text but does not label it on its own.
        #expect(stance.scores["certainty"]! > 0)
        #expect(!stance.tone.strings.contains("certainty"))
    }

    @Test(arguments: [
        "There was no clear evidence of a leak.",
        "The crossing takes no more than an hour.",
        "The harbour might never reopen.",
    ])
    func aDenialOfAnotherCueOrABoundIsNoCertainty(_ text: String) throws {
        let stance = try StanceScorer().stance(of: text)
        #expect(stance.scores["certainty"] == 0)
    }

    @Test(arguments: [
        ("Councils have a duty to house the homeless.", true),
        ("The crew did their duties on the ferry without complaint.", true),
        ("Fuel duty will be frozen for another year.", false),
        ("Import duties on Welsh slate were lifted.", false),
        ("The ferry shop sells duty-free whisky.", false),
        ("Two wardens were on duty that night.", false),
    ])
    func aDutyObligesWhenItIsOwedNotLevied(_ text: String, _ obliges: Bool) throws {
        let stance = try StanceScorer().stance(of: text)
        #expect(stance.evidence.contains { $0.category == "obligation" && $0.term.hasPrefix("dut") } == obliges)
    }

    /// An adverb of certainty or doubt before "not" holds the negation in its scope, and a "not" that denies the
    /// quantifier after it denies nothing before it; "must not" is still negated.
    @Test(arguments: [
        ("Surely not every skipper agrees.", "surely", false),
        ("Perhaps not, the ferryman said.", "perhaps", false),
        ("I am sure not everyone on the quay agrees.", "sure", false),
        ("Skippers must not moor at the fuel pier.", "must", true),
    ])
    func aNotAfterAStanceAdverbIsInItsScope(_ text: String, _ word: String, _ negated: Bool) throws {
        let stance = try StanceScorer().stance(of: text)
        let evidence = try #require(stance.evidence.first { $0.text.lowercased() == word })
        #expect(evidence.negated == negated)
    }

    @Test func negatedEvidenceIsShownAsNegated() throws {
        let scorer = StanceScorer()
        let stance = try scorer.stance(of: "He saw no need to change the timetable.")
        let need = stance.evidence.first { $0.term == "need to" }
        #expect(need?.negated == true)
        #expect(need?.weight == 0)
        // A pronoun of a side is not negated by what its clause denies.
        let side = try scorer.stance(of: "Nobody in our crew saw the buoy.").evidence.first { $0.term == "our" }
        #expect(side?.negated == false)
    }
}
