import Testing
@testable import Quotient

/// Speakers as a corpus has them: canonical names and one identity per person across documents.
@Suite struct SpeakerIdentityTests {
    func profile(_ name: String, quotes: Int = 1) -> SpeakerProfile {
        SpeakerProfile(name: name, aliases: [name], role: nil, kind: .person, quoteCount: quotes, valenceSum: 0,
                       valenceSquareSum: 0, categoryQuotes: [:], termCounts: [:], typicalQuote: nil, typicalEvidence: 0)
    }

    @Test(arguments: [
        ("Senator Ilse Varga’s", "Senator Ilse Varga", nil as String?),
        ("Democrat Ilse Varga", "Ilse Varga", "Democrat"),
        ("Actor Tomas Brenn", "Tomas Brenn", "Actor"),
        ("Former Republican Ada Quist", "Ada Quist", "Former Republican"),
        ("Maybe Varga", "Varga", nil),
        ("Ilse K. Varga", "Ilse K. Varga", nil),
    ])
    func namesAreCanonical(_ written: String, _ name: String, _ descriptor: String?) {
        let found = SpeakerName.canonical(written)
        #expect(found.name == name)
        #expect(found.descriptor == descriptor)
    }

    @Test(arguments: [
        ("Donald J. Trump", "donald trump"), ("Sen. Ilse Varga", "ilse varga"), ("Mr. Brenn", "brenn"), ("The President", "the president"),
        ("Kassym-Jomart Tokayev", "kassym-jomart tokayev"), ("Ada B. C. Quist Jr", "ada quist jr"), ("G7 ministers", "g7 ministers"),
        ("  Ilse   Varga!", "ilse varga"), ("campaign, Varga", "campaign varga"), ("", ""), ("O'Neill", "o neill"),
        ("Prime Minister Mei Lin Zhou", "prime mei lin zhou"), ("J. K. Rowling", "j rowling"),
    ])
    func mergeKeysDropTitlesPunctuationAndInitials(_ name: String, _ key: String) {
        #expect(SpeakerProfile.key(for: name) == key)
        // The byte path for ASCII names and the Character path agree.
        #expect(SpeakerProfile.key(for: name) == SpeakerProfile.unicodeKey(for: name))
    }

    @Test(arguments: ["Zoë Ødegård", "Renée Faure", "Ólafur Ragnar Grímsson", "Łukasz M. Wójcik"])
    func nonASCIINamesAreKeyedOnCharacters(_ name: String) {
        #expect(SpeakerProfile.key(for: name) == SpeakerProfile.unicodeKey(for: name))
        #expect(SpeakerProfile.key(for: name) == SpeakerProfile.key(for: name.uppercased()))
    }

    @Test func aDescriptorBeforeANameBecomesItsRoleInQuotes() throws {
        let quotes = try extract("Democrat Rosalind Achebe said the levy was unfair.").quotes
        #expect(quotes.first?.speaker?.name == "Rosalind Achebe")
        #expect(quotes.first?.speaker?.role == "Democrat")
    }

    @Test func anUnnamedSpeakerKeepsTheBodyItSpeaksFor() throws {
        let speaker = try #require(try extract("A spokeswoman for the Harbour Board said the ferry would resume.").quotes.first?.speaker)
        #expect(speaker.name == "spokeswoman, Harbour Board")
        #expect(speaker.role == "spokeswoman")
        #expect(speaker.organization == "Harbour Board")
    }

    @Test func aTitleWithOfIsTheRoleAndTheBodyWithOfIsAnOrganization() throws {
        let quotes = try extract("Secretary of Harbours Jonas Eid said the pier would close. The Bank of Iceland said rates would rise.").quotes
        #expect(quotes.map { $0.speaker?.name } == ["Jonas Eid", "Bank of Iceland"])
        #expect(quotes.first?.speaker?.role == "Secretary of Harbours")
        #expect(quotes.last?.speaker?.kind == .organization)
    }

    @Test func aPartysMembersAreAGroupNotAPerson() throws {
        let speaker = try #require(try extract("Republicans in the state senate warned that the ferry levy would fail.").quotes.first?.speaker)
        #expect(speaker.name == "Republicans")
        #expect(speaker.kind == .group)
    }

    @Test func aQuantifierAloneIsAGroupNotAName() throws {
        let quotes = try extract("Many said the levy was unfair.").quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.speaker?.name == "many")
        #expect(quotes.first?.speaker?.kind == .group)
    }

    @Test func aNameUsedAsAModifierNamesNoOne() throws {
        let text = """
            Ivo Lindqvist toured the docks. Edda Morrow, a fellow Lower Tarn Lindqvist veteran, joined him.

            “We start at dawn,” Lindqvist said.
            """
        let speaker = try #require(try extract(text).quotes.first?.speaker)
        #expect(speaker.name == "Ivo Lindqvist")
    }

    @Test func anHonorificPicksThePersonOfThatGender() throws {
        let text = """
            Ivo Brandvold and Ulla Brandvold opened the mill in 1990.

            Mrs. Brandvold said the looms were the oldest in the valley. Mr. Brandvold said the roof leaked.
            """
        let speakers = try extract(text).quotes.map { $0.speaker?.name }
        #expect(speakers == ["Ulla Brandvold", "Ivo Brandvold"])
    }

    @Test func anAppositionGivesACleanRoleOrNone() throws {
        let quotes = try extract("""
            Pia Stenmark, 58, a retired ferry pilot, said the channel was silting up. \
            Ola Stenmark, who did not attend the meeting, argued that Mr. Berg was wrong.
            """).quotes
        #expect(quotes.map { $0.speaker?.role } == ["retired ferry pilot", nil])
    }

    @Test(arguments: [
        ("Harbour Commissioner Pavla K. Ostrova said the pier would reopen.", "Pavla K. Ostrova"),
        ("The engineer, Tobiah R. Quennell, wrote that the span was sound.", "Tobiah R. Quennell"),
        ("Pavla K. Ostrova toured the pier.\n\n“It will reopen,” Ostrova said.", "Pavla K. Ostrova"),
    ])
    func aMiddleInitialStaysInsideTheName(_ text: String, _ name: String) throws {
        #expect(try extract(text).quotes.last?.speaker?.name == name)
    }

    @Test(arguments: [
        ("“The tolls stay,” the Lower Tarn mayor said.", "mayor, Lower Tarn", "Lower Tarn"),
        ("A Harbour Board engineer said the crane was unsafe.", "engineer, Harbour Board", "Harbour Board"),
        ("“We are ready,” the veteran Tarnside councillor said.", "veteran councillor, Tarnside", "Tarnside"),
        ("Senior engineers said the crane was unsafe.", "senior engineers", nil),
    ])
    func aDescriptionKeepsItsQualifierApart(_ text: String, _ name: String, _ organization: String?) throws {
        let speaker = try #require(try extract(text).quotes.first?.speaker)
        #expect(speaker.name == name)
        #expect(speaker.organization == organization)
    }

    @Test(arguments: [
        ("Be Mayor. Sen.", "Sen." as String?),
        ("a retired pilot who flew for Tarnair", "retired pilot"),
        ("a broker at Quayside Partners, which advises the council", "broker at Quayside Partners"),
        ("But state Rep.", "state Rep."),
        ("Maybe", nil),
        ("that Mr.", nil),
        ("63", nil),
        ("judge.", "judge"),
        ("an  harbour\nmaster", "harbour master"),
    ])
    func rolesAreCleanPhrases(_ written: String, _ role: String?) {
        #expect(SpeakerName.cleanRole(written) == role)
    }

    @Test(arguments: [
        ("he", nil as String?), ("She", nil), ("that Mr. Quennell", "Mr. Quennell"), ("Quennell's", "Quennell"),
        ("The long vote led Harbour Board Chair Ada Quennell", nil), ("Chair Ada Quennell", "Chair Ada Quennell"),
        // Plain words apart by single spaces are their own alias; other spacing, an opening word, a possessive or a
        // seventh word take the general reading.
        ("Ada Quennell's", "Ada Quennell"), ("Chair  Ada\nQuennell", "Chair Ada Quennell"), ("And Ada Quennell", "Ada Quennell"),
        ("Quennell Sanders'", "Quennell Sanders'"), ("one two three four five six seven", nil), ("Zoë Quennell", "Zoë Quennell"),
    ])
    func aliasesAreNamesNotPronounsOrClauses(_ mention: String, _ alias: String?) {
        #expect(SpeakerName.alias(mention) == alias)
    }

    @Test func aPartyWordDoesNotReferBackToATitle() throws {
        let text = """
            Liberal Party Chair Ada Quennell opened the session. Ivo Stenmark spoke next.

            “The levy stays,” the Tarnside Liberal said.
            """
        let speaker = try #require(try extract(text).quotes.first?.speaker)
        #expect(speaker.name != "Ada Quennell")
    }

    @Test func aTitleKeepsItsPlaceQualifiers() throws {
        let text = "New Tarnside Sen. Ada Quennell opened the session.\n\n“The levy stays,” Quennell said."
        let speaker = try #require(try extract(text).quotes.first?.speaker)
        #expect(speaker.name == "Ada Quennell")
        #expect(speaker.role == "New Tarnside Sen.")
    }

    @Test(arguments: [
        ("A senior official said the port would close.", Speaker.Kind.anonymous),
        ("Dock workers said the port would close.", .group),
        ("Many of the dock workers said the port would close.", .group),
        ("Harbour Commissioner Pavla Ostrova said the port would close.", .person),
    ])
    func anUnnamedSourceIsAnonymousAndAGroupIsAGroup(_ text: String, _ kind: Speaker.Kind) throws {
        #expect(try extract(text).quotes.first?.speaker?.kind == kind)
    }

    @Test func anUnnamedGroupAtASentenceStartIsACommonNoun() throws {
        let speaker = try #require(try extract("Neighbours say the mill never closed on Sundays.").quotes.first?.speaker)
        #expect(speaker.name == "neighbours")
    }

    @Test func aMiddleInitialDoesNotSplitAPerson() {
        var directory = SpeakerDirectory()
        directory.add(profile("Ilse Varga", quotes: 2))
        directory.add(profile("Ilse K. Varga", quotes: 3))
        let merged = directory.profiles()
        #expect(merged.map(\.name) == ["Ilse K. Varga"])
        #expect(merged.first?.quoteCount == 5)
    }

    @Test func aSurnameJoinsTheOneFullNameAndStaysApartWhenTwoFit() {
        var directory = SpeakerDirectory()
        directory.add(profile("Ilse Varga", quotes: 2))
        directory.add(profile("Varga", quotes: 1))
        directory.add(profile("Tomas Brenn", quotes: 4))
        directory.add(profile("Anna Brenn", quotes: 1))
        directory.add(profile("Brenn", quotes: 2))
        let names = Dictionary(uniqueKeysWithValues: directory.profiles().map { ($0.name, $0.quoteCount) })
        #expect(names == ["Ilse Varga": 3, "Tomas Brenn": 4, "Anna Brenn": 1, "Brenn": 2])
        #expect(directory.ambiguousNames().map(\.name) == ["Brenn"])
        #expect(directory.ambiguousNames().first?.candidates == ["Anna Brenn", "Tomas Brenn"])
    }

    @Test func aDescriptionWithABodyIsNoFullNameForASurname() {
        var directory = SpeakerDirectory()
        directory.add(profile("Ilse Varga", quotes: 2))
        directory.add(profile("campaign, Varga", quotes: 3))
        directory.add(profile("Varga", quotes: 1))
        let names = Dictionary(uniqueKeysWithValues: directory.profiles().map { ($0.name, $0.quoteCount) })
        #expect(names == ["Ilse Varga": 3, "campaign, Varga": 3])
        #expect(directory.ambiguousNames().isEmpty)
        #expect(directory.profile(matching: "Varga", in: directory.profiles())?.ambiguous == [])
    }

    @Test func aSurnameQueryPicksTheMostQuotedFullName() throws {
        var directory = SpeakerDirectory()
        directory.add(profile("Tomas Brenn", quotes: 9))
        directory.add(profile("Anna Brenn", quotes: 2))
        directory.add(profile("Brenn", quotes: 1))
        let list = directory.profiles()
        let found = try #require(directory.profile(matching: "brenn", in: list))
        #expect(found.profile.name == "Tomas Brenn")
        #expect(found.ambiguous == ["Anna Brenn"])
        #expect(directory.profile(matching: "Anna Brenn", in: list)?.profile.name == "Anna Brenn")
    }

    @Test(arguments: [
        ("Ms. Ilse Korhonen said the ferry was late.", Speaker.Gender.female, Speaker.GenderEvidence.honorific as Speaker.GenderEvidence?),
        ("Mary Tallis said the ferry was late.", .female, .givenName),
        ("Piet Vaarmann waited at the pier. He said the ferry was late.", .male, .pronoun),
        ("Piet Vaarmann said the ferry was late.", .unknown, nil),
        // A given name of either sex shows a person, not a gender; a pronoun still does.
        ("Robin Tallis said the ferry was late.", .unknown, nil),
        ("Robin Tallis waited at the pier. She said the ferry was late.", .female, .pronoun),
        ("The harbour board said the ferry was late.", .unknown, nil),
        // A title for a woman outweighs a given name; one in "-man" tells nothing.
        ("Congresswoman Dale Ruiz said the ferry was late.", .female, .honorific),
        ("The chairwoman of the pier trust, Sam Okafor, said the ferry was late.", .female, .honorific),
        ("Chairman Robin Hale said the ferry was late.", .unknown, nil),
    ])
    func genderComesOnlyFromTheText(_ text: String, _ gender: Speaker.Gender, _ evidence: Speaker.GenderEvidence?) throws {
        let speaker = try #require(try extract(text).quotes.first?.speaker)
        #expect(speaker.gender == gender)
        #expect(speaker.genderEvidence == evidence)
    }

    @Test func profilesCountGendersExactly() {
        var female = profile("Ilse Varga", quotes: 2)
        female.femaleQuotes = 2
        var unknown = profile("Varga", quotes: 1)
        unknown.femaleQuotes = 0
        var merged = female
        merged.merge(unknown)
        #expect(merged.gender == .female && merged.femaleQuotes == 2)
        let groups = SpeakerProfile.groups(of: [female, profile("Tomas Brenn", quotes: 3)]) { $0.gender.rawValue }
        #expect(groups.map(\.name) == ["unknown", "female"])
        #expect(groups.map(\.quoteCount) == [3, 2])
    }

    @Test func aRoleIsPreferredToACourtesyTitleInEitherOrder() {
        var titled = profile("Amara Osei")
        titled.role = "Ms"
        var described = profile("Amara Osei")
        described.role = "hospital chief"
        var forward = titled
        forward.merge(described)
        var backward = described
        backward.merge(titled)
        #expect(forward.role == "hospital chief" && backward.role == "hospital chief")
    }

    @Test func aNameInMixedCaseIsShownBeforeAHeadlinesCapitals() {
        var directory = SpeakerDirectory()
        directory.add(profile("ARDENT THERAPEUTICS"))
        directory.add(profile("Ardent Therapeutics"))
        var reversed = SpeakerDirectory()
        reversed.add(profile("Ardent Therapeutics"))
        reversed.add(profile("ARDENT THERAPEUTICS"))
        #expect(directory.profiles().map(\.name) == ["Ardent Therapeutics"])
        #expect(reversed.profiles().map(\.name) == ["Ardent Therapeutics"])
    }

    @Test func mergingStaysOrderIndependent() {
        let parts = [profile("Ilse Varga", quotes: 2), profile("Varga", quotes: 1), profile("Ilse K. Varga", quotes: 1)]
        var forward = SpeakerDirectory()
        parts.forEach { forward.add($0) }
        var backward = SpeakerDirectory()
        parts.reversed().forEach { backward.add($0) }
        #expect(forward.profiles() == backward.profiles())
    }
}
