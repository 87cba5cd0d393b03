/// The people and organisations a document names, for coreference: surname mentions to full names,
/// descriptions ("the president") to the entity introduced with that role, pronouns to recent speakers.
struct EntityRegistry {
    init(givenNames: GivenNameTable, businessNameWords: Set<String>, businessHeads: Set<String>, isPlace: @escaping @Sendable (String) -> Bool) {
        self.givenNames = givenNames
        self.businessNameWords = businessNameWords
        self.businessHeads = businessHeads
        self.isPlace = isPlace
    }

    struct Entity {
        var name: String
        var lastWord: String
        var role: String?
        var kind: Speaker.Kind
        /// Paragraph of the entity's latest quote, or nil before it speaks.
        var lastSpokeParagraph: Int?
        /// Order of the latest quote, for recency.
        var lastSpokeOrder: Int = -1
        /// "he" or "she" once known, from an honorific or a resolved pronoun.
        var pronoun: String?
        /// What set ``pronoun``.
        var pronounEvidence: Speaker.GenderEvidence?
        /// Whether the document treats it as a person: it has a person's role or title, or has spoken.
        var isPersonLike = false
        /// A country, state or territory: "it" may refer to it, "he", "she" and "they" never.
        var isPlace = false
        /// Introduced with a business noun in its role ("shipping group Nordvik Line").
        var isBusiness = false
        /// Descriptions given besides the role ("challenger Erik Mørch" later "Mørch, a former banker,").
        var otherRoles: [String] = []
        /// The role in full as a mention stated it beside the name ("union negotiator" where ``role`` keeps
        /// "negotiator"), shown for the person's mentions that state none. Never linked: its other words ("union")
        /// do not stand for the person.
        var statedRole: String?
        /// The role a quote shows when its mention states none.
        var shownRole: String? { statedRole ?? role }

        /// The role and the other descriptions.
        var descriptions: [String] { [role].compactMap { $0 } + otherRoles }

        /// Whether the role or another description holds `head` (and `qualifier`, if given).
        /// A broader word for an office describes its holder too ("the lawmaker" a senator).
        func isDescribed(by head: String, qualifier: String? = nil, modifiers: [String] = []) -> Bool {
            let narrower = QuoteLexicon.narrowerRoles[head] ?? []
            return descriptions.contains { role in
                let words = QuoteLexicon.roleWords(role)
                return (Self.holds(head, in: words, modifiers: modifiers) || narrower.contains { Self.holds($0, in: words, modifiers: modifiers) })
                    && qualifier.map(role.contains) ?? true
            }
        }

        /// Whether a role's words hold the office `head` names: "the president" is not the vice president, nor "the
        /// minister" the deputy or shadow minister, unless the description says so too ("the vice president").
        private static func holds(_ head: String, in words: [String], modifiers: [String]) -> Bool {
            words.indices.contains { index in
                words[index] == head
                    && !(index > 0 && lesserOffices.contains(words[index - 1]) && !modifiers.contains(words[index - 1]))
            }
        }

        /// Words that make an office another one below or beside it.
        private static let lesserOffices: Set<String> = ["vice", "deputy", "shadow", "assistant", "under", "lieutenant", "sub"]
    }

    /// A place where the document names an entity.
    struct Mention {
        var token: Int
        var entity: Int
        var sentence: Int
        /// How likely the mention is the topic a later pronoun continues: 0 for a subject or object, 1 after a
        /// preposition ("insults at Mr. Trump") or a participle that opens the sentence ("Sentencing Garside, …"),
        /// 2 for a possessive ("Bill Clinton's years").
        var salience = 0
        /// Whether the mention is inside a participle clause that opens its sentence ("Asked whether he would pick
        /// Vick, …"), whose understood subject is the main clause's: no one named there is that subject.
        var inOpeningClause = false
        /// "analysts at Fearnley Securities": the body only employs a group the text quotes, and is no topic a
        /// later "the company" continues.
        var isWorkplace = false
    }

    /// Name mentions outside quotes, in document order.
    private(set) var mentions: [Mention] = []

    private(set) var entities: [Entity] = []
    /// Given name → pronoun, from the quote lexicon.
    let givenNames: GivenNameTable
    /// Whether a name is a place: one speaks for its government, as an organization.
    let isPlace: @Sendable (String) -> Bool
    /// Body words that end a company's name, from the quote lexicon.
    let businessNameWords: Set<String>
    /// Head nouns for a business ("company", "retailer"); any of them may describe a body another introduced.
    let businessHeads: Set<String>
    private var speakingOrder = 0
    // Indexes that keep every lookup independent of the document's length.
    private var byName: [String: Int] = [:]
    // Word → entities, as linked lists through `links` (head index per word), so indexing an entity
    // allocates no array per word.
    private var byLastWord: [String: Int] = [:]
    private var byRoleWord: [String: Int] = [:]
    /// Known given name → the one person whose full name opens with it, or -1 once two do.
    private var byGivenName: [String: Int] = [:]
    /// First word that is no known given name → the one person whose full name opens with it, or -1 once two do.
    private var byFirstWord: [String: Int] = [:]
    /// Per sentence, its paragraph (so a lead's description can find who a later paragraph names) and the pronouns
    /// that stand in it outside quote marks (so a pronoun's chain can be followed back).
    private var sentenceFacts: [SentenceFacts] = []
    /// First word of a business's name ("castellan" of "Castellan Holdings") → that business, or -1 once two
    /// businesses open with it.
    private var byBusinessFirstWord: [String: Int] = [:]
    /// The two people of "Mehmet and Aurelie Yilmaz", each to the other: the partner a later "her husband" names.
    private var partners: [Int: Int] = [:]
    private var links: [(entity: Int, next: Int)] = []

    private static func link(
        _ entity: Int, under word: String, in index: inout [String: Int], links: inout [(entity: Int, next: Int)]
    ) {
        links.append((entity, index[word] ?? -1))
        index[word] = links.count - 1
    }

    /// The entities listed under a word, in the order they were added.
    private func linked(_ head: Int?) -> [Int] {
        var result: [Int] = []
        var cursor = head ?? -1
        while cursor >= 0 {
            result.append(links[cursor].entity)
            cursor = links[cursor].next
        }
        return result.reversed()
    }
    /// The words a document capitalizes outside its headlines, which are the only ones a headline's capitals may
    /// name ("Lund Says He Will Stay" over a story about Erik Lund; not "Ferry Firm" over one about a ferry firm).
    private struct HeadlineNames {
        private let headlines: [Bool]
        private let bodyCapitals: Set<String>

        init(view: TokenView) {
            let document = view.document
            let sentences = document.sentences.indices
            // A headline is a paragraph of its own; most documents have none, and then no word needs collecting.
            func isHeadline(_ sentence: Int) -> Bool {
                document.paragraphs[document.sentences[sentence].paragraph].sentences.count == 1 && view.isTitleCased(sentence)
            }
            guard sentences.contains(where: isHeadline) else {
                headlines = []
                bodyCapitals = []
                return
            }
            headlines = sentences.map(isHeadline)
            var capitals = Set<String>()
            for index in 0..<view.count where view.isCapitalized(index) && !headlines[view.sentenceOf[index]] {
                capitals.insert(view.lower[index])
            }
            bodyCapitals = capitals
        }

        /// Whether the capitalized words may be a name: anywhere outside a headline, and in one when the story
        /// capitalizes their last word elsewhere.
        func mayName(_ run: Range<Int>, in view: TokenView) -> Bool {
            headlines.isEmpty || !headlines[view.sentenceOf[run.lowerBound]] || bodyCapitals.contains(view.lower[run.upperBound - 1])
        }
    }

    /// Entities that have spoken, most recent last, at most `recentLimit` of them.
    private var recentSpeakers: [Int] = []
    private static let recentLimit = 32

    /// Registers every capitalized name in the document with the role words before it
    /// ("Kazakhstan’s President Kassym-Jomart Tokayev"), so later mentions can be resolved.
    mutating func collectNames(view: TokenView, reader: SpeakerPhraseReader) {
        mentions.reserveCapacity(view.count / 8)
        entities.reserveCapacity(view.count / 16)
        // One name in about sixteen tokens: sized once, the tables do not grow and rehash name by name.
        for table in [\Self.byName, \Self.byLastWord, \Self.byRoleWord, \Self.byGivenName, \Self.byFirstWord] {
            self[keyPath: table].reserveCapacity(view.count / 16)
        }
        links.reserveCapacity(view.count / 8)
        noteSentenceFacts(view: view)
        let headlineNames = HeadlineNames(view: view)
        var index = 0
        while index < view.count {
            // "the Freight Transport Association": capitalized words the lexicon knows, modifiers and body words, after
            // "the" and ending on a body word name a body, which a later "it" or "the association" refers to. (Asked
            // of every token: the word's kind, one table read, rules out nearly all before the call.)
            if view.wordKinds[index] != nil, let end = Self.lexiconBodyNameEnd(at: index, view: view) {
                let entity = register(name: view.phrase(index..<end), lastWord: view.lower[end - 1], role: nil, kind: .organization)
                mentions.append(Self.mention(of: entity, at: index, phrase: index..<end, view: view))
                index = end
                continue
            }
            // "the Bishop of Durham", "the Duke of Sussex": the office calls its one holder, whom a later "the bishop"
            // describes. Set off after a name ("Prince Edward, the Duke of Edinburgh,"), the office is that person's
            // role, which the apposition gives them.
            if view.has(index, .preposition), view.isLower(index, "of"), let office = reader.officeHolder(of: index) {
                let title = office.name.lowerBound
                if !(title >= 3 && view.isComma(title - 2) && view.has(title - 1, .article)) {
                    let entity = register(name: view.phrase(office.name), lastWord: view.lower[office.name.upperBound - 1],
                                          role: view.phrase(office.title), kind: .person)
                    entities[entity].isPersonLike = true
                    if let role = entities[entity].role { notePronoun(from: role, entity: entity) }
                    mentions.append(Self.mention(of: entity, at: title, phrase: office.name, view: view))
                }
                index = office.name.upperBound
                continue
            }
            guard view.quoteOf[index] < 0, reader.isNameWord(index) else {
                index += 1
                continue
            }
            // "DES MOINES, Iowa — …": a dateline's place is no one in the story.
            if view.opensSentence(index), let dateline = view.datelineEnd(index) {
                index = dateline
                continue
            }
            // "By Per Holm": nor is the writer a byline names.
            if index > 0, view.opensSentence(index - 1), let byline = view.bylineEnd(index - 1) {
                index = byline
                continue
            }
            var end = index + 1
            while end < view.count && view.quoteOf[end] < 0 && view.sentenceOf[end] == view.sentenceOf[index]
                && (reader.isNameWord(end) || (view.isGluedHyphen(end) && reader.isNameWord(end + 1)) || reader.isInitialPeriod(end)) {
                end += 1
            }
            // "Quentin Oduya KC": an honour after the name is no part of it, so "Oduya" alone is the same person.
            if end - index >= 3 && reader.isPostNominal(end - 1) { end -= 1 }
            // "Ferry Firm Scraps Winter Timetable": in a headline every word has a capital, and only a name the
            // story itself names is one, or a given name and a surname ("Five Minutes With: Potter Ingrid Halse").
            if !headlineNames.mayName(index..<end, in: view) && !(index..<(end - 1)).contains(where: { givenNames[view.lower[$0]] != nil }) {
                index = end
                continue
            }
            // "How to Wash Overalls", "How To Build a Raft": what follows "how to" is a verb and its object.
            if index >= 2 && view.isLower(index - 1, "to") && view.isLower(index - 2, "how") {
                index = end
                continue
            }
            // "Harbour Union", "Transport Ministry", "Coastal Party": a capitalized body word ends the name of a body;
            // "the Road Haulage Association": a business word may stand before the body word that ends the name.
            // So does "party" in lowercase after the party's name ("the Labour party").
            while end < view.count && view.quoteOf[end] < 0 && view.sentenceOf[end] == view.sentenceOf[index]
                && (view.isCapitalized(end) || view.isLower(end, "party")) && view.isBodyWord(end) {
                end += 1
                // "Brightwater Foods Inc": a company form after the body word.
                if end < view.count && view.sentenceOf[end] == view.sentenceOf[index] && reader.isNameWord(end) { end += 1 }
            }
            // "the Harbour Pilots' Association", "the Farmers' Union": a plural's apostrophe before a capitalized body
            // word is inside the body's name.
            if end + 2 < view.count, view.isCapitalized(end), view.has(end, .plural), view.isClosingApostrophe(end + 1),
               view.sentenceOf[end + 2] == view.sentenceOf[index], view.quoteOf[end + 2] < 0, view.isCapitalized(end + 2),
               view.isBodyWord(end + 2) {
                end += 3
            }
            // "Devon and Cornwall Police": one word and "and" before a body's name share that body.
            if end - index == 1, givenNames[view.lower[index]] == nil, let shared = sharedBodyEnd(after: end, view: view, reader: reader) {
                end = shared
            }
            // "Brackwater Chamber of Commerce", "Ministry of Fisheries": a body word's "of" phrase is part of its name,
            // and so is the "of" phrase of a name after "the" ("the Medical Journal of Australia").
            func continuesName(_ next: Int) -> Bool {
                next < view.count && view.quoteOf[next] < 0 && view.sentenceOf[next] == view.sentenceOf[index] && reader.isNameWord(next)
            }
            // So are a body word's "for" and "on" phrases, with a "the" after the preposition and a later "of" ("the
            // Council for the Exploration of the Sea", "the Institute for the Study of War").
            func nameAfterPreposition(_ preposition: Int) -> Int? {
                guard preposition + 1 < view.count, view.quoteOf[preposition] < 0, Self.bodyNamePrepositions.contains(view.lower[preposition])
                else { return nil }
                let next = view.isLower(preposition + 1, "the") && view.quoteOf[preposition + 1] < 0 ? preposition + 2 : preposition + 1
                return continuesName(next) ? next : nil
            }
            if let next = nameAfterPreposition(end),
               view.isBodyWord(end - 1) || view.isLower(end, "of") && next == end + 1 && reader.headsNameAfterThe(end - 1)
                || view.opensGroupName(before: end) {
                end = next + 1
                while continuesName(end) { end += 1 }
                while view.isLower(end, "of"), let later = nameAfterPreposition(end) {
                    end = later + 1
                    while continuesName(end) { end += 1 }
                }
            }
            // "Minister of Fisheries Sigrid Aune": after a title's "of", the words before the last two name the
            // office, not the person.
            var office = index
            if index >= 2 && view.isLower(index - 1, "of") && view.wordKinds[index - 2] == .role && end - index > 2 {
                office = index - 2
                index = end - 2
            }
            // "a fellow New Hampshire Sanders veteran", "the Ortega campaign": names used as a modifier of a
            // lowercase people or body noun refer to no one in this place. A full name with a known given name
            // ("the Lena Ortega campaign") still tells who a later surname is.
            if Self.isAttributive(index..<end, view: view) {
                if end - index >= 2 && givenNames[view.lower[index]] != nil {
                    register(name: view.phrase(index..<end), lastWord: view.lower[end - 1], role: nil, kind: .person)
                }
                index = end
                continue
            }
            // "Title IV", "Article 33", "Section 230": a part of a law or document is no one who speaks.
            if Self.isLegalHeading(index..<end, view: view) || namesPlace(index..<end, view: view) {
                index = end
                continue
            }
            let isSentenceStart = view.opensSentence(index)
            // "Given Sanders' success, …": a capitalized sentence opener before a known name is not part of it,
            // unless the text named someone with both ("Hilde Brandvold" of a headline, then of the lead).
            if isSentenceStart && end - index >= 2 && givenNames[view.lower[index]] == nil
                && resolve(name: view.phrase((index + 1)..<end), lastWord: view.lower[end - 1]) != nil
                && byName[view.phrase(index..<end)] == nil {
                index += 1
                continue
            }
            // "CNN's Jake Tapper": the outlet in the possessive is no part of the name.
            if let afterAffiliation = reader.nameAfterAffiliation(in: index..<end) {
                index = afterAffiliation
                continue
            }
            // "Five Minutes With: …", "Three Questions for …": a number word opens no one's name.
            if end - index >= 2 && view.has(index, .numberWord) {
                index += 1
                continue
            }
            // "Lady Justice Hesper Achterlonie": a judge's title of address is no part of the name.
            if end - index >= 4 && reader.isJudgeTitle(at: index) {
                index += 2
                continue
            }
            // "Sisters Ines and Marta Duarte opened …": a kinship noun opening the sentence names no one.
            if isSentenceStart && end - index >= 2 && Self.kinshipPlurals[view.lower[index]] != nil {
                index += 1
                continue
            }
            // "Organist Marta Quist said …": an agent noun opening the sentence before a given name and a surname
            // describes the person; it is no part of the name.
            // So does one after a colon ("Five Minutes With: Potter Ingrid Halse").
            let opensLabel = index > 0 && view.isByte(index - 1, UInt8(ascii: ":"))
            if (isSentenceStart || opensLabel) && end - index >= 3
                && Self.describesName(at: index, in: view, givenNames: givenNames) {
                index += 1
                continue
            }
            // A lone capitalized word at a sentence start is usually not a name; a lone word elsewhere is too
            // ambiguous (places, adjectives) unless a role stands before it.
            var roleStart = min(index, office)
            var jurisdiction = false
            let sentence = view.sentenceOf[index]
            func canExtendRole() -> Bool {
                roleStart > 0 && view.quoteOf[roleStart - 1] < 0 && view.sentenceOf[roleStart - 1] == sentence
            }
            var describedRole = false
            while canExtendRole() {
                // A body noun right before the name, all three tokens of it when hyphenated ("start-up").
                // "board member Fenella Osei", "union negotiator Ana Lind": a lowercase body noun before a role word
                // says whose the role is.
                if let kind = view.wordKinds[roleStart - 1], kind == .role || kind == .modifier
                    || kind == .org && (roleStart == index || view.isGluedHyphen(roleStart) || view.isGluedHyphen(roleStart - 1)
                        || roleStart < index && view.wordKinds[roleStart] == .role && !view.isCapitalized(roleStart - 1)) {
                    roleStart -= 1
                } else if roleStart < index, view.wordKinds[roleStart] == .role, Self.statusWords.contains(view.lower[roleStart - 1]) {
                    // So does a word of lasting status ("retired principal Walter Brimley").
                    roleStart -= 1
                } else if roleStart == index, view.wordKinds[roleStart - 1] == nil, end - index >= 2,
                          Self.isAgentNoun(view.lower[roleStart - 1]), !Self.notAgentNouns.contains(view.lower[roleStart - 1]),
                          Self.describesName(at: roleStart - 1, in: view, givenNames: givenNames) {
                    // "Florist Imogen Teague was blunter", "florist Imogen Teague": an agent noun the lexicon does not
                    // list, right before a given name and a surname, is the person's role, as a speaker phrase reads it.
                    roleStart -= 1
                    describedRole = true
                } else if roleStart >= 2 && view.isLower(roleStart - 1, "of") && view.wordKinds[roleStart - 2] == .role {
                    // "Secretary of State": "of" inside a title. After an office in lowercase, what follows "of" is
                    // where the office is held, not who holds it ("the mayor of Greater Bristol").
                    if roleStart == index && !view.isCapitalized(roleStart - 2) {
                        jurisdiction = true
                        break
                    }
                    // "a supporter of Sen. Aldous", "a critic of Mayor Lund": a lowercase noun before "of" and a
                    // capitalized title says how someone else stands to the title's holder.
                    if !view.isCapitalized(roleStart - 2) && view.isCapitalized(roleStart) && view.wordKinds[roleStart] == .role { break }
                    roleStart -= 2
                } else if Self.isTitlePeriod(roleStart - 1, view: view) {
                    // "Ms. Conway", "Sen. Walsh": the abbreviation's period belongs to the title.
                    roleStart -= 2
                } else {
                    break
                }
            }
            // Up to three capitalized qualifiers may precede the role words ("Kazakhstan’s President", "Kremlin
            // spokesperson", "New Hampshire Sen.").
            var qualifiers = 0
            while roleStart < index && qualifiers < 3 && canExtendRole() && view.isCapitalized(roleStart - 1)
                && view.cue(at: roleStart - 1, within: index) == nil {
                roleStart -= 1
                qualifiers += 1
            }
            // Modifiers alone ("the Republican National Convention") are no one's role.
            // "shipping group Nordvik Line": a body word right before the name, after a word that qualifies it or an
            // article ("met the union Kommunal"), says what the name is ("voters trust Clinton" has a verb there).
            let namedBody = roleStart < index && index >= 2 && view.wordKinds[index - 1] == .org && !view.isCapitalized(index - 1)
                && view.document.tokens[index - 2].kind == .word && !view.has(index - 2, .plural)
                && (view.isCapitalized(index - 2) || view.has(index - 2, .article)
                    || view.isPlainWord(index - 2, excluding: SpeakerPhraseReader.functionWords))
            // "chipmaker Veltrix", "Chipmaker Veltrix cut …": a business noun right before a lone name says what it is;
            // so does one in an apposition after it ("Veltrix, the Dutch maker of lithography parts, …").
            let businessBefore = roleStart < index && businessHeads.contains(view.compound(endingAt: index - 1))
                && givenNames[view.lower[index]] == nil
            let appositive = end - index == 1 && !businessBefore ? businessAppositive(after: end, view: view) : nil
            let hasRole = roleStart < index
                && ((roleStart..<index).contains { view.wordKinds[$0] == .role } || namedBody || businessBefore || describedRole)
            // "a lobby group called Tide Forward", "a locksmith named Ivo": the noun before a participle of naming
            // says what the name is, and a later "the group" refers to it.
            let namedAs = roleStart == index && !hasRole ? Self.nounBeforeNaming(index, view: view) : nil
            if end - index >= 2 || hasRole || appositive != nil || namedAs != nil,
               !(isSentenceStart && end - index == 1 && appositive == nil) {
                let name = view.phrase(index..<end)
                let titles = hasRole ? view.phrase(roleStart..<index) : nil
                // "The Rev Anna Holt": a capitalized article opening the sentence is no part of the role.
                let officeStart = view.has(roleStart, .article) && roleStart + 1 < index ? roleStart + 1 : roleStart
                let role = hasRole ? view.phrase(officeStart..<Self.officeEnd(roleStart: officeStart, nameStart: index, view: view)) : appositive.map { view.phrase($0) } ?? namedAs.map { view.lower[$0] }
                // "the broadcaster NRK", "FBI": a one-word name in capitals is an acronym, a body, whatever its role.
                let isAcronym = end - index == 1 && TranscriptLabel.isInCapitals(view.words[index])
                // "the Head of the Botanical Garden": a name after "the" with no role between is a body or a place.
                let afterArticle = !hasRole && index >= 1 && view.isLower(index - 1, "the") && view.quoteOf[index - 1] < 0
                // "Exxon Mobil Corp", "Halvik AS": a company form ends a company's name.
                let isOrganization = view.isBodyWord(end - 1) || reader.endsCompanyName(end - 1) || isPlace(name)
                    || end - index >= 2 && Self.sectorNameEndings.contains(view.lower[end - 1])
                    || namedBody || businessBefore || appositive != nil || isAcronym || afterArticle || jurisdiction
                    || namedAs.map { view.wordKinds[$0] == .org } ?? false
                    || (index..<end).contains { reader.isCapitalizedPrepositionInName($0, lowerLimit: index, upperLimit: end) }
                // "Mrs. Clinton" after "Hillary Clinton" is the same person; after "Bill Clinton" it is not.
                // "Von der Leyen" opening a sentence after "Ursula von der Leyen" is a surname too.
                let particleOpened = end - index >= 2 && view.has(index, .nameParticle) && view.isCapitalized(index)
                // "Lloyd-Ivens told her" after "Bethan Lloyd-Ivens": a double surname alone is one word too.
                let doubleSurname = end - index == 3 && view.isGluedHyphen(index + 1)
                    && view.lower[index].utf8.count >= 2 && view.lower[index + 2].utf8.count >= 2
                let earlier = (end - index == 1 || particleOpened || doubleSurname) && !isOrganization
                    ? resolve(name: name, lastWord: view.lower[end - 1], pronoun: (titles ?? role).flatMap(Self.honorificPronoun)) : nil
                let entity = earlier ?? register(name: name, lastWord: view.lower[end - 1], role: role, kind: isOrganization ? .organization : .person)
                if !isOrganization, let (partner, relation) = sharedSurnamePartner(of: index..<end, view: view) {
                    // "Lars and Ingeborg Ekdahl": the given name before "and" is a person of the same family name.
                    let full = "\(view.words[partner]) \(view.phrase((index + 1)..<end))"
                    let other = register(name: full, lastWord: view.lower[end - 1], role: relation, kind: .person)
                    if let relation {
                        noteRelative(other, relation)
                        noteRelative(entity, relation)
                    } else if other != entity {
                        (partners[entity], partners[other]) = (other, entity)
                    }
                    mentions.append(Mention(token: partner, entity: other, sentence: view.sentenceOf[partner]))
                }
                // "Lumen, a streaming service,": a name a business apposition describes is a business "the company" means.
                if appositive != nil { markBusiness(entity) }
                var mention = Self.mention(of: entity, at: index, phrase: roleStart..<end, view: view)
                mention.isWorkplace = Self.isWorkplace(of: roleStart, view: view) || isNamedPersonsWorkplace(roleStart, view: view)
                mentions.append(mention)
                // "chief negotiator, Mei Lin Zhou," and "Mei Lin Zhou, a negotiator," introduce a person.
                // "the study's lead author, Dr. Signe Lind,": a courtesy title stands between the comma and the name.
                // "The vicar, the Rev Anna Holt,": so may the article such a title takes.
                var lead = role.map(Self.isCourtesyTitle) == true ? roleStart : index
                if lead == roleStart, lead >= 3, view.has(lead - 1, .article), view.isComma(lead - 2) { lead -= 1 }
                let roleBefore = lead >= 2 && view.isComma(lead - 1)
                    ? view.wordKinds[lead - 2] == .role ? lead - 2 : Self.roleBeforeOfPhrase(comma: lead - 1, view: view) : nil
                let appositionBefore = roleBefore != nil
                // "Sen. Royce Haverford, R-Kan., the committee's ranking member,": past a party label.
                let appositionComma = Self.closingCommaOfPartyLabel(after: end, view: view) ?? end
                let appositionAfter = appositionComma + 1 < view.count && view.isComma(appositionComma)
                    && (view.has(appositionComma + 1, .determiner) || view.document.tokens[appositionComma + 1].kind == .number
                        || Self.isBareRole(appositionComma + 1, view: view))
                // "Hilde Brandvold, who guided climbers for fifty years, …": a name a "who" clause describes is a
                // person's, as one an apposition describes is.
                if !isOrganization && end + 1 < view.count && view.isComma(end) && view.isLower(end + 1, "who") {
                    entities[entity].isPersonLike = true
                }
                if !isOrganization { noteGesture(of: entity, after: end, view: view) }
                if !isOrganization && (appositionBefore || appositionAfter) {
                    entities[entity].isPersonLike = true
                    // "His manager, Carmela Ruiz," and "Bertil Haug, the club's owner,": the apposition's role
                    // is what a later "the manager" or "the owner" refers back to.
                    // A bare courtesy title ("Dr. Amara Osei, the hospital's chief surgeon,") is no role to keep.
                    // A person who has a role already is described by the apposition too ("challenger Erik Mørch"
                    // and "Erik Mørch, a former banker,").
                    if let appositive = roleBefore.flatMap({ Self.roleWords(endingAt: $0, view: view).map { Self.withTitleComplement($0, comma: lead - 1, view: view) } })
                        ?? (appositionAfter ? Self.appositiveRole(after: appositionComma, view: view) : nil) {
                        if role.map(Self.isCourtesyTitle) ?? true, entities[entity].role.map(Self.isCourtesyTitle) ?? true {
                            setRole(view.phrase(appositive), of: entity)
                        } else {
                            addRole(view.phrase(appositive), of: entity)
                        }
                    }
                }
                // "Her nephew, Bastien Okafor, visits": a kinship noun set off before a full name is the person's
                // relation, and tells the pronoun.
                if !isOrganization, end - index >= 2, entities[entity].role == nil, index >= 2, view.isComma(index - 1),
                   view.quoteOf[index - 2] < 0, let pronoun = Self.kinshipPronouns[view.lower[index - 2]],
                   !Self.isInOpeningAdjunct(index - 2, view: view) {
                    setRole(view.lower[index - 2], of: entity)
                    entities[entity].isPersonLike = true
                    if entities[entity].pronoun == nil { (entities[entity].pronoun, entities[entity].pronounEvidence) = (pronoun, .honorific) }
                }
                if !isOrganization { noteSpouse(entity, namedAt: index, view: view) }
                // "Dana Whitfield and her assistant": the possessive after "and" is the first person's.
                if !isOrganization, entities[entity].pronoun == nil, end + 1 < view.count, view.isLower(end, "and"),
                   let pronoun = Self.possessiveOwners[view.lower[end + 1]] {
                    (entities[entity].pronoun, entities[entity].pronounEvidence) = (pronoun, .pronoun)
                }
                if let role {
                    notePronoun(from: titles ?? role, entity: entity)
                    if !isOrganization && view.lexicon.hasPersonRole(role) { entities[entity].isPersonLike = true }
                }
            } else if end - index == 1, !isSentenceStart, let relation = Self.namedRelation(before: index, view: view) {
                // "his wife, Elin,", "Her neighbour, Chidi, added", "her brother Arjun": a one-word name in
                // apposition to a person noun is a person, and a kinship noun tells the pronoun.
                notePersonNamedAlone(at: index, role: relation, pronoun: Self.kinshipPronouns[relation].map { ($0, .honorific) }, view: view)
            } else if end - index == 1, !isSentenceStart, index > 0, view.has(index - 1, .ed),
                      SpeakerPhraseReader.nameIntroducers.contains(view.lower[index - 1]),
                      let pronoun = givenNames[view.lower[index]] {
                // "a young apprentice called Dylan": a given name alone that a participle of naming gives is a
                // person, whom the given name tells the pronoun of.
                notePersonNamedAlone(at: index, role: nil, pronoun: pronoun.isEmpty ? nil : (pronoun, .givenName), view: view)
            } else if end - index == 1, let title = Self.pluralTitle(coveringNameAt: index, view: view),
                      resolve(name: view.words[index], lastWord: view.lower[index]) == nil {
                // "Councillors Amadi and Brennan-Clarke clashed": a title in the plural before names joined by "and"
                // makes each one a person, whom "the latter" may then pick out.
                notePersonNamedAlone(at: index, role: title, pronoun: nil, view: view)
            } else if end - index == 1, let entity = resolve(name: view.words[index], lastWord: view.lower[index])
                        ?? resolvePossessive(view.words[index]) ?? personCalledByFirstWord(at: index, view: view) {
                // A surname alone ("Peskov added") refers to a name seen before, and so does one in the possessive
                // ("Halvik's finance chief" after "Halvik Semiconductor").
                mentions.append(Self.mention(of: entity, at: index, phrase: index..<(index + 1), view: view))
                if entities[entity].kind == .person { noteGesture(of: entity, after: end, view: view) }
                // "Mørch, a 44-year-old former banker, …": an apposition to the surname describes the person too, so
                // a later "the former banker" refers back to them.
                if entities[entity].kind == .person, end + 1 < view.count, view.isComma(end),
                   view.has(end + 1, .determiner) || view.document.tokens[end + 1].kind == .number,
                   let appositive = Self.appositiveRole(after: end, view: view) {
                    // With the words that qualify it ("an Obama supporter", "a 44-year-old former banker"), short of
                    // the article and an age.
                    var start = appositive.lowerBound
                    while start - 1 > end + 1, view.document.tokens[start - 1].kind == .word, !view.has(start - 1, [.article, .possessive]),
                          !view.isGluedHyphen(start - 2) {
                        start -= 1
                    }
                    addRole(view.phrase(start..<appositive.upperBound), of: entity)
                }
            }
            index = end
        }
    }

    private static let possessiveOwners: [String: String] = ["his": "he", "her": "she"]

    /// "Fjordkreditt Bank", "Halden Savings Bank": a bank whose other words name no public scope or office.
    private func isCommercialBank(_ name: String, lastWord: String) -> Bool {
        guard lastWord == "bank" else { return false }
        let words = name.split(separator: " ").dropLast().map { $0.lowercased() }
        return !words.isEmpty && !words.contains(where: Self.publicBankWords.contains) && !words.contains(where: { isPlace(String($0)) })
    }

    private static let publicBankWords: Set<String> = [
        "central", "national", "reserve", "world", "development", "investment", "european", "federal", "state", "people's",
        "peoples", "export-import", "asian", "african", "inter-american", "international", "food", "blood", "data", "gene", "seed",
    ]

    /// "Lyngstad laughs at that.": only a person laughs, shrugs or weeps, so a name before such a verb is a person's.
    private mutating func noteGesture(of entity: Int, after end: Int, view: TokenView) {
        if end < view.count && view.quoteOf[end] < 0 && Self.gesturesOfPeople.contains(view.lower[end]) {
            entities[entity].isPersonLike = true
        }
    }

    /// "on Larchmont Road", "Heron Bay": a name ending in a word for a place is somewhere, whom no pronoun
    /// means. A given name opening it still makes it a person's ("Nathan Lane said"), except after a preposition
    /// ("along Tamsin Ridge").
    private func namesPlace(_ words: Range<Int>, view: TokenView) -> Bool {
        guard words.count >= 2, view.lexicon.placeWords.contains(view.lower[words.upperBound - 1]) else { return false }
        let first = words.lowerBound
        return givenNames[view.lower[first]] == nil || first > 0 && view.has(first - 1, .preposition)
    }

    /// A heading word and its number, in digits or roman numerals: "Title IV", "Article 33", "Section 230".
    static func isLegalHeading(_ words: Range<Int>, view: TokenView) -> Bool {
        guard words.count == 2, legalHeadings.contains(view.lower[words.lowerBound]) else { return false }
        let number = view.words[words.upperBound - 1]
        return number.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            || number.utf8.allSatisfy { [UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L")].contains($0) }
    }

    private static let legalHeadings: WordSet = [
        "title", "article", "section", "chapter", "amendment", "proposition", "clause", "rule", "schedule", "paragraph",
    ]

    /// "Dr.", "Mrs", "Ms.", "Prof.": a title of courtesy alone, which says nothing of what the person does.
    static func isCourtesyTitle(_ role: String) -> Bool {
        let lowered = role.lowercased()
        if courtesyTitles.contains(lowered) { return true }
        // Asked of every role the registry meets: only a role whose last word is a courtesy title is split.
        guard let space = lowered.utf8.lastIndex(of: UInt8(ascii: " ")),
              courtesyTitles.contains(String(lowered[lowered.index(after: space)...]))
        else { return false }
        return lowered[..<space].split(separator: " ").allSatisfy { courtesyQualifiers.contains(String($0)) }
    }

    /// Words that raise a title of address ("the Rt Rev", "the Very Rev") and make no office of it. (The article a
    /// title takes is left out before the office is read.)
    private static let courtesyQualifiers: WordSet = ["rt", "rt.", "right", "very", "most"]

    /// Where the office before a name ends: before a courtesy title that follows it ("Hospital director Dr. Anwen
    /// Pryce" holds the office "Hospital director"; "Dr." is how the name is addressed). `nameStart` when no
    /// office precedes the courtesy title.
    static func officeEnd(roleStart: Int, nameStart: Int, view: TokenView) -> Int {
        var title = nameStart - 1 > roleStart && view.isByte(nameStart - 1, UInt8(ascii: ".")) ? nameStart - 2 : nameStart - 1
        guard title > roleStart, isCourtesyTitle(view.words[title]) else { return nameStart }
        while title > roleStart && courtesyQualifiers.contains(view.lower[title - 1]) { title -= 1 }
        return title > roleStart ? title : nameStart
    }

    /// "Caldera Energy", "Northsea Oil", "Halden Capital": a sector that ends a name of two words or more names a
    /// business, never a person (the lexicon lists "energy" as a modifier of roles, "energy minister").
    static let sectorNameEndings: WordSet = ["energy", "oil", "gas", "capital", "finance"]

    private static let courtesyTitles: WordSet = [
        "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "mx.", "mx", "prof.", "prof", "rev.", "rev", "reverend",
    ]

    /// The lowercase role and modifier words that end at `last` after a determiner or a possessive ("his
    /// manager", "the union's chief negotiator"), in one sentence outside quotes; nil unless one is a role
    /// word. A capitalized run is more often the end of a name ("the Union Leader, New Hampshire's …").
    private static func roleWords(endingAt last: Int, view: TokenView) -> Range<Int>? {
        var start = last + 1
        // "The Prime Minister, Reginald Oyelowo-Marsh,": a title may be capitalized, as the role words it is made of.
        while start > 0 && view.quoteOf[start - 1] < 0 && view.sentenceOf[start - 1] == view.sentenceOf[last],
              let kind = view.wordKinds[start - 1], kind == .role || kind == .modifier {
            start -= 1
        }
        guard start > 0, start <= last, (start...last).contains(where: { view.wordKinds[$0] == .role }) else { return nil }
        // "the club's sporting director", "the bloc's foreign policy chief", "the parish council chairwoman": up to two
        // plain words the lexicon does not know, modifiers or body nouns before them, qualify the role after the
        // determiner.
        var qualifiers = 0
        while qualifiers < 2 && start > 1 && view.quoteOf[start - 1] < 0 && view.sentenceOf[start - 1] == view.sentenceOf[last]
                && !view.isCapitalized(start - 1)
                && (view.wordKinds[start - 1] == nil || view.wordKinds[start - 1] == .modifier || view.wordKinds[start - 1] == .org)
                && view.isPlainWord(start - 1, excluding: SpeakerPhraseReader.functionWords)
                && !view.has(start - 1, [.finiteVerb, .be, .ed, .irregularPast, .adverb]) {
            start -= 1
            qualifiers += 1
        }
        let before = start - 1
        let opens = view.has(before, [.article, .possessive]) || (view.document.tokens[before].kind == .word && isPossessive(view.lower[before]))
        return opens && !isInOpeningAdjunct(before, view: view) ? start..<(last + 1) : nil
    }

    /// Words that open a role's complement ("director of education", "spokesman for the club", "nurse at the clinic").
    static let roleComplementOpeners: WordSet = ["of", "for", "at"]

    /// Words of a lasting status that qualify a title or a role ("retired principal", "the veteran skipper").
    static let statusWords: WordSet = ["retired", "former", "veteran", "longtime", "onetime"]

    /// "Speaking of his late wife, Edwin Farrant said …", "After meeting the mayor, Ola Brun …": words inside a
    /// participle or prepositional phrase that opens the sentence are no apposition to the name after its comma,
    /// which is the main clause's subject.
    private static func isInOpeningAdjunct(_ index: Int, view: TokenView) -> Bool {
        let first = view.document.sentences[view.sentenceOf[index]].tokens.lowerBound
        guard first < index, view.has(first, [.ing, .preposition]) || view.has(first, .subordinator) && view.has(first + 1, .ing) else {
            return false
        }
        // "Joining me is the health secretary, …": a verb of its own makes the opening the sentence's subject.
        return !(first..<index).contains { view.isComma($0) || view.quoteOf[$0] >= 0 || view.has($0, [.be, .finiteVerb, .auxiliary]) }
    }

    /// "the president's chief of staff, Malachy …", "its director of education, …": a bare complement of one or two
    /// lowercase words after "of" is part of the title, which the role keeps; one with an article ("a spokesman for
    /// the speaker") names someone else, whose words must not describe the person.
    private static func withTitleComplement(_ role: Range<Int>, comma: Int, view: TokenView) -> Range<Int> {
        let of = role.upperBound
        guard of + 1 < comma, comma - of <= 3, view.isLower(of, "of"),
              ((of + 1)..<comma).allSatisfy({ view.isWord($0) && !view.isCapitalized($0) && view.wordKinds[$0] != .role
                  && !view.has($0, [.article, .determiner, .possessive]) })
        else { return role }
        return role.lowerBound..<comma
    }

    /// "the mayor of the northern region, Sipho Mbeki", "a spokesman for the speaker, Declan Moyer": the role word
    /// before an "of", "for" or "at" phrase of a few plain words that ends at the comma before a name.
    private static func roleBeforeOfPhrase(comma: Int, view: TokenView) -> Int? {
        guard let opener = (max(1, comma - 6)..<comma).last(where: { Self.roleComplementOpeners.contains(view.lower[$0]) }),
              view.wordKinds[opener - 1] == .role,
              ((opener + 1)..<comma).allSatisfy({ view.isWord($0) && view.quoteOf[$0] < 0 && !view.has($0, [.finiteVerb, .be, .clauseWord]) })
        else { return nil }
        return opener - 1
    }

    /// The words of an apposition after `comma` that a business noun ends: an article, at most three plain words
    /// (a hyphenated compound counts as one: "the family-owned bakery chain") and the noun ("the Dutch maker" of
    /// "Veltrix, the Dutch maker of lithography parts,").
    private func businessAppositive(after comma: Int, view: TokenView) -> Range<Int>? {
        guard comma + 2 < view.count, view.isComma(comma), view.quoteOf[comma + 1] < 0, view.has(comma + 1, .article) else { return nil }
        let limit = min(view.count, comma + 8)
        // "Lumen, a streaming service,", "Kestrel, the payments platform,": a body word after a word that says what
        // kind ends such an apposition too.
        func endsIt(_ index: Int) -> Bool {
            businessHeads.contains(view.compound(endingAt: index))
                || index > comma + 2 && view.isWord(index) && view.wordKinds[index] == .org && !view.isCapitalized(index)
                    && !view.has(index, .plural) && !view.isGluedHyphen(index + 1)
        }
        var index = comma + 2
        // "Velocinza, a Lisbon start-up,": the hyphen inside a compound noun is passed over.
        while index < limit && view.quoteOf[index] < 0 && (view.document.tokens[index].kind == .word || view.isGluedHyphen(index))
            && !endsIt(index)
            && !view.has(index, [.clauseWord, .finiteVerb, .modifierOpener]) && view.cue(at: index, within: limit) == nil {
            index += 1
        }
        // "Leeds, the company said": a cue after the noun makes it a subject, not an apposition.
        // ("the streaming service owned by Castellane Media": a participle and its agent may follow it.)
        guard index < limit, view.quoteOf[index] < 0, endsIt(index), index + 1 < view.count,
              view.has(index + 1, [.phraseEnder, .modifierOpener]) || view.isByte(index + 1, UInt8(ascii: ")"))
                || view.has(index + 1, .ed) && view.isLower(index + 2, "by")
        else { return nil }
        return (comma + 2)..<(index + 1)
    }

    /// The comma that closes a party label set off after the name ("Haverford, R-Kan., …"), when one opens after
    /// the comma at `comma`.
    private static func closingCommaOfPartyLabel(after comma: Int, view: TokenView) -> Int? {
        let label = comma + 1
        guard SpeakerPhraseReader.isPartyLabel(at: label, view: view), view.isComma(comma) else { return nil }
        return ((label + 3)..<min(view.count, label + 6)).first { view.isComma($0) }
    }

    /// The role words of an apposition after a name, from the comma at `comma`: a determiner or possessive,
    /// up to three qualifying words, then role words that end the phrase or take a modifier ("Haug, the club's
    /// owner,", "Lopez, a nurse from Tromsø,"; not "Zhou, a friend of the owner").
    private static func appositiveRole(after comma: Int, view: TokenView) -> Range<Int>? {
        var index = comma + 1
        if index < view.count && view.document.tokens[index].kind == .number && index + 1 < view.count && view.isComma(index + 1) {
            index += 2  // "Ana Lopez, 54, a nurse"
        }
        guard index < view.count, view.quoteOf[index] < 0, view.has(index, [.article, .possessive]) || isBareRole(index, view: view)
        else { return nil }
        // "a 44-year-old former banker": an age compound takes four more tokens.
        let limit = min(view.count, index + 9)
        if !isBareRole(index, view: view) { index += 1 }
        // "a retired teacher", "a former banker": plain words right before the role word qualify it and belong to
        // the role; an age or a capitalized word does not, so the role starts after the last of those.
        var start = index
        while index < limit && view.quoteOf[index] < 0 && view.wordKinds[index] != .role {
            let inCompound = view.isGluedHyphen(index) || view.isGluedHyphen(index - 1)
            let isAgePart = view.document.tokens[index].kind == .number || inCompound && holdsCount(compoundAround: index, view: view)
            guard view.document.tokens[index].kind == .word || isAgePart || inCompound,
                  !view.has(index, [.clauseWord, .finiteVerb, .modifierOpener])
            else { return nil }
            // "a family-run baker" keeps its compound; "a 44-year-old baker" is an age and a role.
            if isAgePart || view.isCapitalized(index) || view.has(index, [.article, .possessive]) {
                start = index + 1
            }
            index += 1
        }
        guard index < limit, view.wordKinds[index] == .role else { return nil }
        var end = index + 1
        while end < view.count && view.quoteOf[end] < 0 && view.wordKinds[end] == .role { end += 1 }
        guard end < view.count, view.has(end, [.phraseEnder, .modifierOpener]) || view.isByte(end, UInt8(ascii: ")")) else { return nil }
        return start..<end
    }

    /// Whether the hyphenated compound `index` is part of holds a number ("44-year-old", "six-times").
    private static func holdsCount(compoundAround index: Int, view: TokenView) -> Bool {
        var first = index
        while first > 0 && index - first < 6 && (view.isGluedHyphen(first) || view.isGluedHyphen(first - 1)) { first -= 1 }
        var last = index
        while last + 1 < view.count && last - index < 6 && (view.isGluedHyphen(last) || view.isGluedHyphen(last + 1)) { last += 1 }
        return (first...last).contains { view.document.tokens[$0].kind == .number || view.has($0, .numberWord) }
    }

    /// "Dr Femi Castellanos, chief executive of …": a lowercase role word right after the comma opens an apposition
    /// without an article, as newspapers write one.
    private static func isBareRole(_ index: Int, view: TokenView) -> Bool {
        view.wordKinds[index] == .role && !view.isCapitalized(index) && view.quoteOf[index] < 0
    }

    /// The bodies whose names hold a word for the police ("Police Scotland", "Avon and Somerset Constabulary").
    private func policeServices() -> [Int] {
        entities.indices.filter { index in
            entities[index].kind == .organization
                && entities[index].name.split(separator: " ").contains { Self.policeWords.contains($0.lowercased()) }
        }
    }

    private static let policeWords: Set<String> = ["police", "constabulary", "garda", "gendarmerie", "carabinieri", "polis", "politi", "polizei"]

    /// The token of "Lars" in "Lars and Ingeborg Ekdahl": a lone known given name joined by "and" to a given
    /// name and a family name, which the two share.
    /// After a kinship noun ("Brothers Aarne and Veikko Koskinen") the two are people whatever their given names,
    /// and the noun's singular is their relation.
    private func sharedSurnamePartner(of name: Range<Int>, view: TokenView) -> (partner: Int, relation: String?)? {
        let partner = name.lowerBound - 2
        // "Marisol and Esperanza Quintero-Holt": the family name may be a double one.
        let givenAndFamily = name.count == 2 || name.count == 4 && view.isGluedHyphen(name.lowerBound + 2)
        guard givenAndFamily, partner >= 0, view.isLower(name.lowerBound - 1, "and"), view.isCapitalized(partner), view.quoteOf[partner] < 0
        else { return nil }
        if partner >= 1 && view.opensSentence(partner - 1), let relation = Self.kinshipPlurals[view.lower[partner - 1]] {
            return (partner, relation)
        }
        // "run by Mehmet and Aurelie Yilmaz": a lone capitalized word that is no one named so far, no place and no
        // lexicon word is a given name too, whether or not the lexicon lists it.
        let bothGiven = givenNames[view.lower[name.lowerBound]] != nil && givenNames[view.lower[partner]] != nil
        let unknownWord = byLastWord[view.lower[partner]] == nil && view.wordKinds[partner] == nil
            && !view.has(partner, .notName) && !isPlace(view.words[partner])
        guard bothGiven || unknownWord, partner == 0 || !view.isCapitalized(partner - 1) || view.opensSentence(partner)
        else { return nil }
        return (partner, nil)
    }

    /// The singular of a plural title before the name at `index` ("Councillors Amadi", "senators Vold and Moe"), the
    /// second of two names joined by "and" counting the title before the first.
    private static func pluralTitle(coveringNameAt index: Int, view: TokenView) -> String? {
        var title = index - 1
        if title >= 2, view.isLower(title, "and"), view.isCapitalized(title - 1), view.quoteOf[title - 1] < 0 { title -= 2 }
        // The plural trait (a word of four letters or more in -s) rules out nearly every word before any string work.
        guard title >= 0, view.has(title, .plural), view.quoteOf[title] < 0, view.isWord(title) else { return nil }
        let word = view.lower[title]
        guard word.utf8.last == UInt8(ascii: "s") else { return nil }
        let singular = String(word.dropLast())
        return view.lexicon.kind(of: singular) == .role ? singular : nil
    }

    /// Verbs of gesture and feeling that only a person is the subject of (VerbNet's 40.2 and kin).
    static let gesturesOfPeople: WordSet = [
        "laughs", "laughed", "smiles", "smiled", "grins", "grinned", "shrugs", "shrugged", "nods", "nodded", "sighs", "sighed",
        "weeps", "wept", "chuckles", "chuckled", "winces", "winced", "frowns", "frowned", "blushes", "blushed", "giggles", "giggled",
    ]

    /// Nouns for two or more relatives, which may open a sentence before their names, and their singulars.
    static let kinshipPlurals: [String: String] = [
        "brothers": "brother", "sisters": "sister", "twins": "twin", "siblings": "sibling", "cousins": "cousin",
    ]

    /// A person introduced by a kinship noun: a person whatever the name, with the noun as role and its pronoun.
    private mutating func noteRelative(_ entity: Int, _ relation: String) {
        entities[entity].isPersonLike = true
        if entities[entity].role == nil { setRole(relation, of: entity) }
        if entities[entity].pronoun == nil, let pronoun = Self.kinshipPronouns[relation] {
            (entities[entity].pronoun, entities[entity].pronounEvidence) = (pronoun, .honorific)
        }
    }

    /// The person noun a one-word name at `index` stands in apposition to ("his wife, Elin,", "her brother Arjun").
    private static func namedRelation(before index: Int, view: TokenView) -> String? {
        // "her brother Arjun": a kinship noun right before the name, which needs no commas.
        if index >= 1, view.quoteOf[index - 1] < 0, kinshipPronouns[view.lower[index - 1]] != nil { return view.lower[index - 1] }
        // "her colleague Tomasz", "his deputy Ana": so does a role owned by a possessive pronoun.
        if index >= 2, view.quoteOf[index - 1] < 0, ["his", "her", "their"].contains(view.lower[index - 2]),
           let kind = view.wordKinds[index - 1], kind == .role || kind == .anonymous || kind == .modifier, !view.has(index - 1, .plural) {
            return view.lower[index - 1]
        }
        // "Her neighbour, Chidi, added": another person noun only with the name set off by commas.
        let end = index + 1
        guard index >= 2, view.isComma(index - 1), view.quoteOf[index - 2] < 0,
              let kind = view.wordKinds[index - 2], kind == .role || kind == .anonymous, !view.has(index - 2, .plural),
              end < view.count, view.has(end, .phraseEnder) || view.isByte(end, UInt8(ascii: ")"))
        else { return nil }
        return view.lower[index - 2]
    }

    /// The pronoun a noun for a person implies: a kinship noun's, "she" for "-woman" ("spokeswoman") and the
    /// few nouns only for women, "he" for "-man" ("fisherman") and the few only for men; nil for the rest.
    static func pronoun(ofPersonNoun noun: String) -> String? {
        if let pronoun = kinshipPronouns[noun] { return pronoun }
        if noun.hasSuffix("woman") || femaleNouns.contains(noun) { return "she" }
        if noun.hasSuffix("man") && !notMen.contains(noun) || maleNouns.contains(noun) { return "he" }
        return nil
    }

    private static let femaleNouns: WordSet = ["girl", "lady", "actress", "waitress", "queen", "princess", "nun", "duchess", "heiress"]
    private static let maleNouns: WordSet = ["boy", "gentleman", "actor", "king", "prince", "monk", "duke"]
    private static let notMen: WordSet = ["human", "german", "roman", "shaman", "ottoman", "caiman"]

    /// Kinship nouns and the pronoun they imply.
    static let kinshipPronouns: [String: String] = [
        "wife": "she", "mother": "she", "daughter": "she", "sister": "she", "widow": "she", "grandmother": "she",
        "aunt": "she", "niece": "she", "husband": "he", "father": "he", "son": "he", "brother": "he", "widower": "he",
        "grandfather": "he", "uncle": "he", "nephew": "he", "grandson": "he", "granddaughter": "she", "stepfather": "he",
        "stepmother": "she", "stepson": "he", "stepdaughter": "she", "stepbrother": "he", "stepsister": "she", "godfather": "he",
        "godmother": "she", "fiance": "he", "fiancé": "he", "fiancee": "she", "fiancée": "she", "boyfriend": "he",
        "girlfriend": "she", "mum": "she", "mom": "she", "dad": "he",
    ]

    /// Whether `index` is the period of an abbreviated title written against it ("Ms.", "Sen.").
    static func isTitlePeriod(_ index: Int, view: TokenView) -> Bool {
        guard index > 0, view.isByte(index, UInt8(ascii: ".")), view.quoteOf[index - 1] < 0, view.wordKinds[index - 1] == .role else { return false }
        return view.document.tokens[index - 1].span.utf8.upperBound == view.document.tokens[index].span.utf8.lowerBound
    }

    /// The end of a body's name made only of capitalized words the lexicon reads as modifiers or body words, after
    /// "the": two or more, the last a body word ("the Freight Transport Association", "the National Health Service").
    private static func lexiconBodyNameEnd(at index: Int, view: TokenView) -> Int? {
        func isLexiconWord(_ token: Int) -> Bool {
            guard token < view.count, let kind = view.wordKinds[token], kind == .modifier || kind == .org else { return false }
            return view.isCapitalized(token) && view.quoteOf[token] < 0
        }
        guard isLexiconWord(index), index > 0, view.isLower(index - 1, "the"), view.quoteOf[index - 1] < 0 else { return nil }
        var end = index + 1
        while isLexiconWord(end) && view.sentenceOf[end] == view.sentenceOf[index] { end += 1 }
        return end - index >= 2 && view.isBodyWord(end - 1) ? end : nil
    }

    /// Whether the name at `name` modifies the noun after it instead of naming a participant: before a
    /// lowercase people or body noun ("a Sanders veteran", "the Ortega campaign"), or between an article and
    /// any lowercase word ("the Trump release", "a Mendez victory"), which no person's name stands between.
    private static func isAttributive(_ name: Range<Int>, view: TokenView) -> Bool {
        let end = name.upperBound
        guard end < view.count, view.quoteOf[end] < 0, view.document.tokens[end].kind == .word, !view.isCapitalized(end),
              !isPossessive(view.words[end - 1])
        else { return false }
        // "Marit Odegaard chairs the library board", "Lena Holt heads a team": a role word in -s before an article
        // or an owner's word is the name's verb.
        if end + 1 < view.count, view.has(end + 1, [.article, .possessive]), view.lower[end].hasSuffix("s") { return false }
        if let kind = view.wordKinds[end], kind == .role || kind == .anonymous || kind == .modifier || kind == .org { return true }
        // After an article, only a word that looks like a noun: not a verb, function word or adverb ("the Harbour
        // Union on Tuesday", "the Union said", "the Union voted", "the Union wants", "the Halden Bank held", "the
        // Union is" name a participant).
        let notNoun: WordTraits = [.notName, .modifierOpener, .finiteVerb, .clauseWord, .conjunction, .subordinator,
                                   .preposition, .adverb, .ed, .ing, .plural, .negator, .irregularPast, .be, .auxiliary]
        return name.lowerBound > 0 && view.has(name.lowerBound - 1, .article) && !view.has(end, notNoun)
            && view.cue(at: end, within: view.count) == nil
    }

    struct SentenceFacts {
        var paragraph: Int
        /// Whether "he", "him" or "his" (bit 0) and "she" or "her" (bit 1) stand in the sentence outside quote marks.
        var pronouns: UInt8 = 0
    }

    private mutating func noteSentenceFacts(view: TokenView) {
        sentenceFacts = view.document.sentences.map { SentenceFacts(paragraph: $0.paragraph) }
        for index in 0..<view.count where view.quoteOf[index] < 0 && (view.wordKinds[index] == .pronoun || view.lower[index] == "his") {
            switch view.lower[index] {
            case "he", "him", "his": sentenceFacts[view.sentenceOf[index]].pronouns |= 1
            case "she", "her": sentenceFacts[view.sentenceOf[index]].pronouns |= 2
            default: break
            }
        }
    }

    /// The mention of `entity` at `token` by the words at `phrase` (title included), with its salience.
    private static func mention(of entity: Int, at token: Int, phrase: Range<Int>, view: TokenView) -> Mention {
        let inClause = phrase.lowerBound > 0 && inOpeningParticipleClause(phrase, view: view)
        var salience = 0
        if isPossessive(view.words[phrase.upperBound - 1]) {
            salience = 2
        } else if inClause || phrase.lowerBound > 0
                    && (view.has(phrase.lowerBound - 1, .preposition) || view.isOpeningParticiple(phrase.lowerBound - 1)) {
            salience = 1
        }
        return Mention(token: token, entity: entity, sentence: view.sentenceOf[token], salience: salience, inOpeningClause: inClause)
    }

    /// "Asked whether he trusted Berg, Aho paused.", "Speaking after his talks with Berg, Aho said …": a name inside a
    /// participle clause that opens the sentence, before its comma, is less the topic than the main clause's
    /// subject after it.
    /// "Asked about her next opponent, the American Jolene Pritchard, Kovalenko laughed.": so is a name set off in
    /// apposition to the clause's last noun, when the main clause's subject and verb follow the name's comma.
    private static func inOpeningParticipleClause(_ phrase: Range<Int>, view: TokenView) -> Bool {
        let index = phrase.lowerBound
        let sentence = view.document.sentences[view.sentenceOf[index]].tokens
        let start = sentence.lowerBound
        guard start + 1 < index, view.has(start, [.ing, .ed]), view.words[start].utf8.count > 4, !view.isCapitalized(start + 1),
              view.lexicon.givenNames[view.lower[start]] == nil, !(start..<index).contains(where: { view.quoteOf[$0] >= 0 }),
              let comma = ((index + 1)..<sentence.upperBound).first(where: { view.isComma($0) })
        else { return false }
        guard let setOff = (start..<index).last(where: { view.isComma($0) }) else { return true }
        // The name (after at most an article and a word) fills the set-off phrase alone, after the clause's only comma.
        let fillsApposition = index - setOff <= 3 && phrase.upperBound == comma && !(start..<setOff).contains(where: { view.isComma($0) })
        // A name or pronoun and a lowercase word after its comma: the main clause's subject and verb.
        let subject = comma + 1
        let mainClauseFollows = subject + 1 < sentence.upperBound && view.quoteOf[subject] < 0
            && (view.isCapitalized(subject) || view.wordKinds[subject] == .pronoun) && !view.isCapitalized(subject + 1) && view.isWord(subject + 1)
        return fillsApposition && mainClauseFollows
    }

    /// Whether the phrase at `start` follows a group of people and "at", "from" or "with" ("analysts at …",
    /// "economists from …"). Not the body's own staff ("workers at Vellum walked out"): their employer is what the
    /// story is about, and a later "the company" is it.
    /// So is the employer of one outside commentator ("Ines Calloway, an analyst at Brightwater Capital"): a story
    /// quotes analysts and professors about a business it names otherwise.
    private static func isWorkplace(of start: Int, view: TokenView) -> Bool {
        guard start >= 2, ["at", "from", "with"].contains(view.lower[start - 1]), !staffNouns.contains(view.lower[start - 2])
        else { return false }
        return view.wordKinds[start - 2] == .anonymous || view.has(start - 2, .plural) && !view.isCapitalized(start - 2)
            || commentatorRoles.contains(view.lower[start - 2])
    }

    /// "Jonas Eberle at Frisch & Co said": a body right after a person's name and "at" or "from" is where the
    /// person works, as one after "analysts at" is.
    private func isNamedPersonsWorkplace(_ start: Int, view: TokenView) -> Bool {
        guard start >= 2, view.isLower(start - 1, "at") || view.isLower(start - 1, "from"), view.isCapitalized(start - 2),
              let last = mentions.last, last.token < start - 1, last.sentence == view.sentenceOf[start]
        else { return false }
        return entities[last.entity].kind == .person && !(last.token..<(start - 1)).contains { view.has($0, .finiteVerb) || view.isComma($0) }
    }

    private static let commentatorRoles: WordSet = [
        "analyst", "economist", "strategist", "professor", "researcher", "scientist", "fellow", "lecturer", "expert",
        "consultant", "historian", "academic",
    ]

    private static let staffNouns: WordSet = [
        "workers", "employees", "staff", "staffers", "crews", "drivers", "pilots", "nurses", "miners", "engineers",
        "technicians", "cleaners", "guards", "dockers", "teachers", "doctors",
    ]

    /// "Ayotte’s campaign": a possessive names the owner, not a modifier.
    private static func isPossessive(_ word: String) -> Bool {
        SpeakerName.possessiveEnding(of: word) != nil
    }

    /// "Mr." and "Mrs." tell which pronoun an entity takes; so does a title for a woman ("Congresswoman Dale Ruiz",
    /// "the chairwoman, Sam Okoro"), whatever the given name suggests. (A title in "-man" is used for women too.)
    private mutating func notePronoun(from role: String, entity: Int) {
        if let pronoun = Self.honorificPronoun(role) ?? Self.femaleTitlePronoun(role) {
            (entities[entity].pronoun, entities[entity].pronounEvidence) = (pronoun, .honorific)
        }
    }

    private static func femaleTitlePronoun(_ role: String) -> String? {
        guard mayHoldFemaleTitle(role) else { return nil }
        return QuoteLexicon.roleWords(role).contains(where: isFemaleTitle) ? "she" : nil
    }

    /// Whether the role's bytes hold "oman", "ess", "girl", "lady", "ueen" or "nun" in any case: asked of every role,
    /// so most are ruled out in one pass over their bytes before any are split into words.
    private static func mayHoldFemaleTitle(_ role: String) -> Bool {
        var window: UInt32 = 0
        for byte in role.utf8 {
            window = window << 8 | UInt32(byte | 0x20)
            let three = window & 0xFF_FFFF
            if window == 0x6F6D_616E || window == 0x6769_726C || window == 0x6C61_6479 || window == 0x7565_656E
                || three == 0x65_7373 || three == 0x6E_756E {
                return true
            }
        }
        return false
    }

    private static func isFemaleTitle(_ word: String) -> Bool {
        mayHoldFemaleTitle(word) && (word.hasSuffix("woman") || femaleNouns.contains(word))
    }

    /// The pronoun an honorific in a role implies ("Mrs." → she), if any.
    static func honorificPronoun(_ role: String) -> String? {
        // Most roles hold no honorific: rule that out on the bytes before splitting the role into words.
        guard role.utf8.contains(where: { $0 == UInt8(ascii: "M") || $0 == UInt8(ascii: "m") }) else { return nil }
        let words = QuoteLexicon.roleWords(role)
        if words.contains("mrs") || words.contains("ms") { return "she" }
        return words.contains("mr") ? "he" : nil
    }

    /// Adds a name, or fills in a role the entity lacked. Returns its index.
    @discardableResult
    mutating func register(name written: String, lastWord: String, role: String?, kind: Speaker.Kind) -> Int {
        let (name, descriptor) = SpeakerName.canonical(written, isBody: kind == .organization)
        let lastWord = Self.surname(of: name, lastWord: name == written ? lastWord : String(name.split(separator: " ").last!).lowercased())
        let role = role ?? descriptor
        if let existing = byName[name] ?? knightByGivenName(name) {
            if entities[existing].role == nil, let role { setRole(role, of: existing) }
            return existing
        }
        let index = entities.count
        entities.append(Entity(name: name, lastWord: lastWord, role: nil, kind: kind, isPlace: isPlace(name)))
        // "van Houten", "de Ruiter": a name that opens on a lowercase particle has no given name in it.
        if kind == .person, let space = name.utf8.firstIndex(of: UInt8(ascii: " ")),
           let initial = name.utf8.first, !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(initial) {
            let first = name[..<space].lowercased()
            if let pronoun = givenNames[first] {
                // A name given to either sex tells no pronoun.
                if !pronoun.isEmpty { (entities[index].pronoun, entities[index].pronounEvidence) = (pronoun, .givenName) }
                // A known given name is as good a sign of a person as a title.
                entities[index].isPersonLike = true
                byGivenName[first] = byGivenName[first] == nil ? index : -1
            } else {
                byFirstWord[first] = byFirstWord[first] == nil ? index : -1
            }
        }
        // "Hallgren Breweries", "Nordic Airways": a body named by a business word is a business; so is a bank named
        // by a word of its own ("Fjordkreditt Bank", which "the lender" refers to), not one of public scope ("the
        // Central Bank", "World Bank").
        if kind == .organization
            && (businessHeads.contains(lastWord) || businessNameWords.contains(lastWord) || Self.companyForms.contains(lastWord)
                || Self.sectorNameEndings.contains(lastWord) || isCommercialBank(name, lastWord: lastWord)) {
            entities[index].isBusiness = true
            if let space = name.utf8.firstIndex(of: UInt8(ascii: " ")) {
                let first = name[..<space].lowercased()
                byBusinessFirstWord[first] = byBusinessFirstWord[first] == nil ? index : -1
            }
        }
        byName[name] = index
        Self.link(index, under: lastWord, in: &byLastWord, links: &links)
        // "the Bank of England" … "the bank said": a body's name is headed by the word before its first preposition.
        if kind == .organization, let head = Self.headBeforePreposition(name), head != lastWord {
            Self.link(index, under: head, in: &byLastWord, links: &links)
        }
        if let role { setRole(role, of: index) }
        return index
    }

    /// Keeps a mention's fuller wording of the entity's role ("union negotiator" for "negotiator", "hydrologist at
    /// the University of Colorado" for "hydrologist"), so each of its quotes shows the same role.
    mutating func noteStatedRole(_ stated: String, of index: Int) {
        guard let known = entities[index].shownRole, stated.utf8.count > known.utf8.count,
              stated.hasSuffix(" " + known) || stated.hasPrefix(known + " ")
        else { return }
        entities[index].statedRole = stated
    }

    /// Gives an entity the role a mention set beside its name ("The energy company behind the project, Fosen
    /// Vind, said …"), when it had none, so that the role's words refer back to it ("The company said …").
    mutating func fillRole(_ role: String, of index: Int) {
        if entities[index].role == nil { setRole(role, of: index) }
    }

    /// Gives an entity a role, or, when it has one already ("challenger"), lets another ("former banker") refer
    /// to it as well.
    private mutating func addRole(_ role: String, of index: Int) {
        guard let current = entities[index].role, !Self.isCourtesyTitle(current) else { return setRole(role, of: index) }
        guard current != role, !entities[index].otherRoles.contains(role) else { return }
        entities[index].otherRoles.append(role)
        for word in Set(QuoteLexicon.roleWords(role)) where !QuoteLexicon.roleWords(current).contains(word) {
            Self.link(index, under: word, in: &byRoleWord, links: &links)
        }
    }

    private mutating func setRole(_ role: String, of index: Int) {
        entities[index].role = role
        let words = QuoteLexicon.roleWords(role)
        let campaigns = words.contains { Self.nonCommercialModifiers.contains($0) }
        for word in Set(words) {
            Self.link(index, under: word, in: &byRoleWord, links: &links)
            if businessHeads.contains(word) && !campaigns { entities[index].isBusiness = true }
        }
        // "Chipmaker Veltrix", "Veltrix, the Dutch maker of lithography parts": a business noun heading the role
        // makes a name that shows no sign of a person a body, which "the company" may refer to.
        let head = words.firstIndex { Self.roleHeadEnders.contains($0) }.map { words[..<$0].last } ?? words.last
        if let head, businessHeads.contains(head), entities[index].kind == .person, !entities[index].isPersonLike,
           entities[index].pronoun == nil {
            entities[index].kind = .organization
        }
        // "The chairwoman of the board, Sam Okoro": a title for a woman heading the role tells the pronoun.
        if let head, entities[index].kind == .person, Self.isFemaleTitle(head) {
            (entities[index].pronoun, entities[index].pronounEvidence) = ("she", .honorific)
        }
    }

    /// The prepositions that go on with a body's name after its body word ("Bank of England", "Institute for …").
    static let bodyNamePrepositions: WordSet = ["of", "for", "on"]

    /// The lowercased word before the first "of", "for" or "on" of a body's name ("Institute for the Study of War"
    /// → "institute"), or nil.
    private static func headBeforePreposition(_ name: String) -> String? {
        // Asked for every body registered: most names hold no preposition, which the bytes tell without splitting.
        let bytes = name.utf8
        var wordStart = bytes.startIndex
        var previous: Range<String.UTF8View.Index>?
        for index in bytes.indices where bytes[index] == UInt8(ascii: " ") || bytes.index(after: index) == bytes.endIndex {
            let end = bytes[index] == UInt8(ascii: " ") ? index : bytes.endIndex
            let word = wordStart..<end
            if let previous, bytes[word].count <= 3, bodyNamePrepositions.contains(String(name[word])) {
                return name[previous].lowercased()
            }
            previous = word
            wordStart = end < bytes.endIndex ? bytes.index(after: end) : end
        }
        return nil
    }

    /// Prepositions after a role's head ("maker of lithography parts", "supplier to the navy").
    private static let roleHeadEnders: WordSet = ["of", "for", "to", "at", "in", "from", "with", "based"]

    /// Whether `name` ends `full` at a word's start but for the case of its first letter ("Von der Leyen",
    /// "Ursula von der Leyen"; not "Al Smith", "Hal Smith").
    private static func differsInFirstCase(_ name: String, endOf full: String) -> Bool {
        guard let first = name.first else { return false }
        let tail = name.dropFirst()
        let head = full.dropLast(tail.count)
        guard full.hasSuffix(tail), let before = head.last, head.dropLast().last.map({ $0 == " " }) ?? true else { return false }
        return before != first && before.lowercased() == first.lowercased()
    }

    /// "Mr. Wang" after "Foreign Minister Wang Yi", "Ms. Acosta" after "Melba Acosta Febo": a surname after an
    /// honorific that is no one's last word is the one person whose name holds it before its last word (family
    /// names written first, double surnames), when exactly one does.
    /// Asked only for a surname after an honorific that matched no last word, so a scan of the entities is cheap.
    private func resolveInnerWord(_ word: String, pronoun: String) -> Int? {
        var found: Int?
        for (index, entity) in entities.enumerated() where entity.kind == .person {
            if let known = entity.pronoun, known != pronoun { continue }
            let words = entity.name.split(separator: " ").dropLast()
            guard words.contains(where: { $0.first?.isUppercase == true && $0.lowercased() == word }), givenNames[word] == nil
            else { continue }
            if found != nil { return nil }
            found = index
        }
        return found
    }

    /// The entity a one-word name in the possessive ("Halvik's", "Lund’s") refers to, by the name without its
    /// ending.
    private func resolvePossessive(_ word: String) -> Int? {
        guard let ending = SpeakerName.possessiveEnding(of: word) else { return nil }
        let bare = String(word.unicodeScalars.dropLast(ending))
        return resolve(name: bare, lastWord: bare.lowercased())
    }

    /// The entity a name mention refers to: the longest registered name with the same last word, preferring a
    /// name the document treats as a person ("Bernie Sanders" over "New Hampshire Sanders"); the earliest wins
    /// a tie.
    func resolve(name: String, lastWord: String, pronoun: String? = nil) -> Int? {
        let lastWord = Self.surname(of: name, lastWord: lastWord)
        var best: Int?
        var cursor = byLastWord[lastWord] ?? -1
        // The list runs from the latest entity to the earliest, so `>=` lets the earliest win a tie.
        while cursor >= 0 {
            let candidate = links[cursor].entity
            cursor = links[cursor].next
            let entity = entities[candidate]
            // "Von der Leyen" at a sentence start is "Ursula von der Leyen": only the first letter's case may differ.
            guard TextBytes.hasSuffix(entity.name, name) || TextBytes.hasSuffix(name, entity.name)
                    || Self.differsInFirstCase(name, endOf: entity.name)
            else { continue }
            if let pronoun, let known = entity.pronoun, known != pronoun { continue }
            // "Transport Scotland" after "Police Scotland": a place that ends a body's name is no name of that body.
            if entity.kind == .organization && entity.name.utf8.count > name.utf8.count && isPlace(name) { continue }
            if let current = best {
                // "Farrell played …" after "Cosimo Farrell" and "His daughter, Perpetua Farrell,": a relative the text
                // introduced by kinship is told apart by full name, and the surname alone is the other person, even
                // one nothing but a name has shown to be a person yet ("Cosimo Farrell, whose mills …").
                let (kin, currentKin) = (Self.isIntroducedAsKin(entity), Self.isIntroducedAsKin(entities[current]))
                if kin != currentKin, entity.kind == .person, entities[current].kind == .person {
                    if !kin { best = candidate }
                    continue
                }
                // "Mrs Marsh" is Edith Marsh before Chloe Pell-Marsh: a name that ends in the very words comes first.
                let (person, currentPerson) = (entity.isPersonLike ? 1 : 0, entities[current].isPersonLike ? 1 : 0)
                if person != currentPerson {
                    if person > currentPerson { best = candidate }
                    continue
                }
                let key = (Self.endsInWords(entity.name, name) ? 1 : 0, entity.name.utf8.count)
                let currentKey = (Self.endsInWords(entities[current].name, name) ? 1 : 0, entities[current].name.utf8.count)
                if key >= currentKey { best = candidate }
            } else {
                best = candidate
            }
        }
        let isOneWord = !TextBytes.containsSpace(name)
        // Only after an honorific ("Mr. Wang"): a capitalized word alone is too often a place or a body's first word.
        if best == nil, let pronoun, isOneWord { return resolveInnerWord(lastWord, pronoun: pronoun) }
        // "Annika said" after "Her daughter, Annika Vogel-Reyes": a known given name alone that is no one's last
        // word is the one person named in full with it.
        if best == nil, isOneWord, let person = byGivenName[lastWord], person >= 0 { return person }
        // "Wang said" after "Foreign Minister Wang Yi": a family name written first, for a person the text gave a
        // title (a capitalized word alone is too often a place or a body's first word to take it without one).
        // "Anvi told the website" after "Anvi Raghunathan" and "Her father, Karthik Raghunathan": members of one family
        // are told apart by their given names, known to the lexicon or not.
        if best == nil, isOneWord, let person = byFirstWord[lastWord], person >= 0,
           entities[person].role != nil || sharesFamilyName(person), entities[person].name.split(separator: " ").count <= 3 {
            return person
        }
        // "Castellan said" after "Castellan Holdings": a business is called by its name without the company word.
        if best == nil, isOneWord, let business = byBusinessFirstWord[lastWord], business >= 0 { return business }
        return best
    }

    /// "the younger Courtenay" after "Ansel Courtenay" and "His son, Lachlan Courtenay,": of the people the text
    /// names with `name`, the one a kinship role makes the younger (a son, a niece) or the elder (a father, an
    /// aunt) of the two; nil when kinship does not settle it. With one person of that name, the one relative of
    /// that kinship named by given name alone, else that person.
    func resolve(name: String, lastWord: String, younger: Bool) -> Int? {
        let people = linked(byLastWord[Self.surname(of: name, lastWord: lastWord)]).filter {
            entities[$0].kind == .person && (TextBytes.hasSuffix(entities[$0].name, name) || TextBytes.hasSuffix(name, entities[$0].name))
        }
        guard people.count > 1 else {
            // "His son Lachlan watched …. the younger Courtenay said": a relative named by given name alone shares
            // the family name, and kinship makes the one person so named the younger or the elder.
            let kinSet = younger ? Self.youngerKin : Self.elderKin
            let relatives = entities.indices.filter { index in
                entities[index].kind == .person && !TextBytes.containsSpace(entities[index].name)
                    && (entities[index].role.map(kinSet.contains) ?? false)
            }
            return relatives.count == 1 && !people.isEmpty ? relatives[0] : people.first
        }
        let juniors = people.filter { entities[$0].role.map(Self.youngerKin.contains) ?? false }
        let seniors = people.filter { entities[$0].role.map(Self.elderKin.contains) ?? false }
        let (wanted, others) = younger ? (juniors, seniors) : (seniors, juniors)
        if wanted.count == 1 { return wanted[0] }
        if wanted.isEmpty && others.count == 1 && people.count == 2 { return people.first { $0 != others[0] } }
        return nil
    }

    private static let youngerKin: Set<String> = [
        "son", "daughter", "grandson", "granddaughter", "stepson", "stepdaughter", "nephew", "niece",
    ]
    private static let elderKin: Set<String> = [
        "father", "mother", "grandfather", "grandmother", "stepfather", "stepmother", "uncle", "aunt", "dad", "mum", "mom",
    ]

    private static func isIntroducedAsKin(_ entity: Entity) -> Bool {
        entity.role.map { kinshipPronouns[$0] != nil } ?? false
    }

    /// "Her husband" after "Mehmet and Aurelie Yilmaz": the one named with `person` as two given names and one family
    /// name, when nothing known of them contradicts `pronoun` (empty for "partner" or "spouse").
    func partner(of person: Int, pronoun: String) -> Int? {
        guard let other = partners[person] else { return nil }
        return pronoun.isEmpty || entities[other].pronoun == nil || entities[other].pronoun == pronoun ? other : nil
    }

    /// "Asked whether he was nervous, Tobiloba shrugged" after "Tobiloba Adeyemi": the first word of a person's
    /// two-word name, one the given-name list does not know, as the subject of a verb in the past or present
    /// tense is that person called by the given name, as children and many interviewees are. A capitalized word
    /// alone is too often a place or a body's first word to count anywhere else, and the name must have shown a
    /// person (an age, an apposition, a "who" clause): a headline's "Adeyemi Rejects" is no one's full name.
    private func personCalledByFirstWord(at index: Int, view: TokenView) -> Int? {
        guard let person = byFirstWord[view.lower[index]], person >= 0, entities[person].kind == .person, entities[person].isPersonLike,
              !entities[person].isPlace, entities[person].name.utf8.count(where: { $0 == UInt8(ascii: " ") }) == 1,
              index + 1 < view.count, view.sentenceOf[index + 1] == view.sentenceOf[index], view.quoteOf[index + 1] < 0,
              !view.isCapitalized(index + 1), view.has(index + 1, [.ed, .irregularPast, .finiteVerb]) || view.cue(at: index + 1, within: view.count) != nil
        else { return nil }
        return person
    }

    /// Whether another person is registered under the last word of `person`'s name.
    private func sharesFamilyName(_ person: Int) -> Bool {
        linked(byLastWord[entities[person].lastWord]).contains { $0 != person && entities[$0].kind == .person }
    }

    /// "Sir Alistair" after "Sir Alistair Penhaligon", "Dame Kiri": a knight or dame is called by the title and
    /// the given name; the one person named in full with both.
    private func knightByGivenName(_ name: String) -> Int? {
        // Asked at every registration: the first byte rules out nearly every name.
        guard let first = name.utf8.first, first == UInt8(ascii: "S") || first == UInt8(ascii: "D"),
              name.hasPrefix("Sir ") || name.hasPrefix("Dame "), name.split(separator: " ").count == 2
        else { return nil }
        let prefix = name + " "
        let matches = entities.indices.filter { entities[$0].kind == .person && entities[$0].name.hasPrefix(prefix) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Whether `name` ends with `words` at a space (or is them), not inside a hyphenated word.
    static func endsInWords(_ name: String, _ words: String) -> Bool {
        guard TextBytes.hasSuffix(name, words) else { return false }
        let (whole, end) = (name.utf8, words.utf8)
        return whole.count == end.count || whole[whole.index(whole.endIndex, offsetBy: -end.count - 1)] == UInt8(ascii: " ")
    }

    /// The entity named first in the text whose role holds `head` ("minister" → Education Minister Kwame
    /// Asante-Boateng), wherever it is named: a headline speaks of someone the article introduces after it.
    func firstNamed(withRoleWord head: String) -> Int? {
        let candidates = linked(byRoleWord[head]).filter { entities[$0].isDescribed(by: head) }
        return mentions.first { candidates.contains($0.entity) }?.entity
    }

    /// The token of the entity's first mention.
    func firstMention(of entity: Int) -> Int? {
        mentions.first { $0.entity == entity }?.token
    }

    /// The token of the entity's last mention before `token`.
    func lastMention(of entity: Int, before token: Int) -> Int? {
        mentions[..<firstMention(atOrAfterToken: token)].last { $0.entity == entity }?.token
    }

    /// The first person mentioned within `tokens`, not a place, if any.
    func firstPerson(in tokens: Range<Int>) -> Int? {
        mentions[firstMention(atOrAfterToken: tokens.lowerBound)...].prefix { $0.token < tokens.upperBound }
            .first { entities[$0.entity].kind == .person && !entities[$0.entity].isPlace }?.entity
    }

    /// The first person the text names before `token`, not a place: the one an interview's introduction
    /// presents.
    func firstPerson(before token: Int) -> Int? {
        firstPerson(in: 0..<token)
    }

    /// "The former said …", "the latter": the first or the second of the last two people named in the sentence
    /// before (or earlier in this one), nil unless two were.
    func pairMember(former: Bool, before token: Int, sentence: Int) -> Int? {
        let window = firstMention(inSentence: max(0, sentence - 1))..<firstMention(atOrAfterToken: token)
        var people: [Int] = []
        for mention in mentions[window] where entities[mention.entity].kind == .person && !entities[mention.entity].isPlace {
            people.removeAll { $0 == mention.entity }
            people.append(mention.entity)
        }
        guard people.count >= 2 else { return nil }
        return former ? people[people.count - 2] : people[people.count - 1]
    }

    /// The entity a description refers to ("the president" → the person introduced as President …). A
    /// description refers back: of the entities whose role holds the head (and the `qualifier`, if any: "the
    /// New Jersey governor"), the one mentioned last before `token` in its sentence or the three before ("the
    /// senator" after "Sen. Cruz", not a senator named later); else the only one mentioned anywhere before
    /// (one minister in the story is "the minister" paragraphs later); nil when none or several were.
    func resolve(description head: String, organization: Bool, qualifier: String? = nil, modifiers: [String] = [], before token: Int,
                 sentence: Int) -> Int? {
        // A person's description ("the president") refers to a person, a body's ("the ministry") to a body.
        let indexed = ([head] + (QuoteLexicon.narrowerRoles[head] ?? [])).flatMap { linked(byRoleWord[$0]) }
        var candidates = indexed.filter {
            entities[$0].isDescribed(by: head, qualifier: qualifier, modifiers: modifiers) && (entities[$0].kind == .person) != organization
                && !contradictsGender(of: $0, head: head)
        }
        // "The company said" after "shipping group Nordvik Line": the words for a business name one another,
        // for a body named in the last few sentences only (a story about several firms names one "the company"
        // that it never introduced as one).
        let business = organization && businessHeads.contains(head)
        func isRelated(_ entity: Int) -> Bool { business && entities[entity].isBusiness && entities[entity].kind == .organization }
        if business { candidates.removeAll(where: isRelated) }
        let described = Set(candidates)
        if organization { candidates += linked(byLastWord[head]) }
        // "Police Scotland said … The force said …": a police service is "the force" whatever its name ends in.
        if organization && head == "force" { candidates += policeServices() }
        guard !candidates.isEmpty || business else { return nil }
        let before = firstMention(atOrAfterToken: token)
        let window = firstMention(inSentence: max(0, sentence - 3))..<before
        if let recent = mentions[window].last(where: { candidates.contains($0.entity) || isRelated($0.entity) && !$0.isWorkplace }) {
            return recent.entity
        }
        let earlier = Set(mentions[..<before].lazy.map(\.entity).filter(candidates.contains))
        if earlier.count == 1 { return earlier.first }
        // A story about one business calls it "the company" paragraphs after it named it.
        if business && earlier.isEmpty {
            let businesses = Set(mentions[..<before].lazy.filter { !$0.isWorkplace }.map(\.entity).filter(isRelated))
            if businesses.count == 1 { return businesses.first }
        }
        // "…, the head teacher announced on Friday. (…) head teacher Graham Osei said …": with no one before, a
        // description in a headline or lead may point ahead to the one person introduced with its role in the next
        // paragraph's first sentences, as news leads do; later in a story, or within its own paragraph ("“…,” the
        // senator said. Later, Sen. Okonjo …"), it points back only.
        if earlier.isEmpty && !organization && sentence < Self.leadSentences && sentence < sentenceFacts.count {
            let paragraph = sentenceFacts[sentence].paragraph
            // The description's own words must all be in the role it points ahead to: "the defence minister" is no
            // "foreign minister".
            // A bare title says nothing against them: "Minister Renata Albuquerque" after "the environment minister".
            func agrees(_ entity: Int) -> Bool {
                let roles = entities[entity].descriptions.map(QuoteLexicon.roleWords)
                return modifiers.allSatisfy { word in roles.contains { $0.contains(word) } } || roles.allSatisfy { $0.allSatisfy { $0 == head } }
            }
            let ahead = Set(mentions[before...].lazy.prefix { $0.sentence <= sentence + Self.leadReach }
                .filter { self.sentenceFacts[$0.sentence].paragraph > paragraph }.map(\.entity).filter { described.contains($0) && agrees($0) })
            if ahead.count == 1 { return ahead.first }
        }
        // A body the text introduced with that description wins over one whose name merely ends in the word
        // (a headline's "Shipping Firm Halts …").
        let introduced = earlier.filter(described.contains)
        return introduced.count == 1 ? introduced.first : nil
    }

    /// "the congresswoman" for "Rep. Lucian Abernathy": a gendered word for an office the entity holds under
    /// another name (no role of its own says "congresswoman") does not describe someone known to take the other
    /// pronoun.
    private func contradictsGender(of entity: Int, head: String) -> Bool {
        guard let known = entities[entity].pronoun, let implied = Self.pronoun(ofPersonNoun: head), known != implied else { return false }
        return !entities[entity].descriptions.contains { QuoteLexicon.roleWords($0).contains(head) }
    }

    /// The noun right before "called" or "named" that comes before the name at `index`: a role, a source or a
    /// body word of the lexicon, in lowercase.
    private static func nounBeforeNaming(_ index: Int, view: TokenView) -> Int? {
        guard index >= 2, SpeakerPhraseReader.nameIntroducers.contains(view.lower[index - 1]), !view.isCapitalized(index - 2),
              view.quoteOf[index - 2] < 0, let kind = view.wordKinds[index - 2], [.org, .role, .anonymous].contains(kind)
        else { return nil }
        return index - 2
    }

    /// "Robert Tallis Jr": the family name before a generational suffix, which a later "Tallis" names.
    private static func surname(of name: String, lastWord: String) -> String {
        guard lastWord.utf8.count == 2, lastWord == "jr" || lastWord == "sr" else { return lastWord }
        let words = name.split(separator: " ")
        return words.count >= 3 ? words[words.count - 2].lowercased() : lastWord
    }

    /// "campaign group Agua Viva", "the residents' action group": words that make a "group" no business, which a
    /// later "the company" or "the cooperative" would refer to.
    private static let nonCommercialModifiers: Set<String> = [
        "campaign", "pressure", "lobby", "advocacy", "rights", "action", "protest", "community", "environmental",
        "activist", "conservation", "residents", "tenants", "parents", "patients", "civic", "watchdog", "charity",
        "volunteer", "support", "militant", "rebel", "opposition", "civil",
    ]

    /// The company forms that end a business's name, lowercased as last words are kept.
    private static let companyForms = Set(SpeakerPhraseReader.companyForms.map { $0.lowercased() })

    static let leadReach = 4
    static let leadSentences = 3

    /// The entity a pronoun at `token` refers to: a name earlier in the same sentence, else the subject
    /// (first name) of one of the three sentences before, else the latest speaker; entities known to take
    /// the other pronoun are skipped.
    /// An empty `pronoun` stands for a definite description of a person of either gender ("the Wisconsin
    /// Republican").
    /// An owner pronoun (`possessive`: "his", "her") takes a name in the possessive earlier in its own sentence
    /// before the subject of a sentence before ("After Mr. Halvorsen's claim … and his suggestion …").
    mutating func resolve(pronoun: String, at token: Int, sentence: Int, trailing: Bool = false, possessive: Bool = false) -> Int? {
        let plural = pronoun == "they" || pronoun == "we"
        // Places and events are named like people: entities the document treats as people come first, then
        // other full names of two words or more ("Piet Varga" with no title or known given name).
        var strict = true
        func fits(_ entity: Int) -> Bool {
            let candidate = entities[entity]
            if pronoun == "it" { return candidate.kind == .organization || !strict && mayBeBody(candidate) }
            if plural { return candidate.kind != .person && !candidate.isPlace }
            let personLike = candidate.isPersonLike || (!strict && candidate.name.contains(" "))
            return candidate.kind == .person && personLike && (candidate.pronoun == nil || pronoun.isEmpty || candidate.pronoun == pronoun)
        }
        // Only the mentions of this sentence and the three before it are candidates: the latest that fits in
        // this sentence, else the first that fits in the nearest sentence before.
        let window = firstMention(inSentence: max(0, sentence - 3))..<firstMention(atOrAfterToken: token)
        // Subjects and objects come first, in any of the sentences; then names after a preposition ("After
        // lobbing insults at Mr. Trump, Mr. Rubio …"); possessives ("Dismayed by Bill Clinton's years, he …")
        // only when nothing else fits.
        func candidate(in sentenceIndex: Int, latest: Bool, salience: Int, outsideOpeningClause: Bool = false) -> Mention? {
            let matches = { (mention: Mention) in
                mention.sentence == sentenceIndex && mention.salience == salience && !(outsideOpeningClause && mention.inOpeningClause)
                    && (fits(mention.entity) || !strict && pronoun == "it" && isBodySubject(mention, near: sentence))
            }
            return latest ? mentions[window].last(where: matches) : mentions[window].first(where: matches)
        }
        func mentioned() -> Int? {
            for salience in 0...2 {
                // "Mr. Trump fits that bill, he added.": a pronoun that trails the words reported before it refers
                // to no one named in them.
                if !trailing, let same = candidate(in: sentence, latest: false, salience: salience) { return same.entity }
                // "Lotte Brandl met her lawyer": a full name that is the subject of this very sentence is nearer than
                // anyone known to be a person in the sentences before, though nothing has shown it to be a person yet.
                if !trailing && salience == 0 && strict && !plural && pronoun != "it" {
                    strict = false
                    let subject = candidate(in: sentence, latest: false, salience: 0)
                    strict = true
                    if let subject, !entities[subject.entity].isPlace { return subject.entity }
                }
                if possessive && !trailing && salience == 0,
                   let owner = [1, 2].compactMap({ candidate(in: sentence, latest: true, salience: $0) }).max(by: { $0.token < $1.token }) {
                    return owner.entity
                }
                for back in 1...3 where sentence - back >= 0 {
                    if let earlier = candidate(in: sentence - back, latest: false, salience: salience) {
                        if back == 1 && salience == 0, let subject = unprovenSubject(before: earlier) { return subject }
                        if back == 1, let marked = genderMarkedAfter(earlier) { return marked }
                        return earlier.entity
                    }
                    // "Ole Brun agreed. “…,” he said.": the full name that is the subject of the sentence just before
                    // is nearer than anyone known to be a person further back; so for "the German", "the 24-year-old".
                    if back == 1 && salience == 0 && strict && !plural && pronoun != "it" {
                        strict = false
                        let subject = candidate(in: sentence - 1, latest: false, salience: 0)
                        strict = true
                        if let subject, !entities[subject.entity].isPlace { return subject.entity }
                        // "Ayotte has tangled with Trump. … he called her": a name after a preposition in this
                        // sentence or the one before is nearer than a subject further back.
                        // "Asked whether he would pick Vick, the Dane smiled.": not someone named in a clause whose
                        // understood subject is the main clause's.
                        if !trailing, let same = candidate(in: sentence, latest: false, salience: 1, outsideOpeningClause: true) {
                            return same.entity
                        }
                        if let near = candidate(in: sentence - 1, latest: false, salience: 1, outsideOpeningClause: true) { return near.entity }
                    }
                }
            }
            return nil
        }
        // "Councillor Brannock met Ms Ferreira-Lutz. She said …": of two people in the sentence before, one known by
        // a surname alone, whose gender nothing shows, and a later one the text marks with the pronoun's gender,
        // "she" is the marked one, unless the first is who spoke last. (A full name may be followed by what shows its
        // gender unread: "Sandy Lowe, who lost her daughter Ana, …".)
        func genderMarkedAfter(_ first: Mention) -> Int? {
            guard !plural, pronoun == "he" || pronoun == "she", entities[first.entity].pronoun == nil,
                  !entities[first.entity].name.contains(" "), recentSpeakers.last != first.entity,
                  let marked = mentions[window].first(where: {
                      $0.sentence == first.sentence && $0.token > first.token && $0.salience <= 1 && $0.entity != first.entity
                          && entities[$0.entity].pronoun == pronoun && fits($0.entity)
                  })
            else { return nil }
            return marked.entity
        }
        // "Zsofia Varga cried after beating Maria Lind. “…,” she said.": the previous sentence's subject, a full name
        // nothing has shown to be a person or a body, comes before a later name there that is known to be one.
        func unprovenSubject(before known: Mention) -> Int? {
            guard !plural, pronoun != "it", !trailing,
                  let first = mentions[window].first(where: { $0.sentence == known.sentence && $0.salience == 0 }),
                  first.token < known.token, first.entity != known.entity
            else { return nil }
            let subject = entities[first.entity]
            guard subject.kind == .person, !subject.isPersonLike, !subject.isPlace, !subject.isBusiness, subject.pronoun == nil,
                  subject.name.contains(" "), !businessNameWords.contains(subject.lastWord),
                  // "Homeland Security Deputy Secretary Alejandro Mayorkas": a body named in the other's title.
                  !(entities[known.entity].role?.contains(subject.name) ?? false)
            else { return nil }
            return first.entity
        }
        // "They" with no group near is the body that spoke last, when the latest speaker is one; it does not reach
        // past a person who spoke since to a body paragraphs back.
        // "Crane was born in Tromsø. Colleagues remember her as exacting. … He added that she … In an interview she
        // said …": sentences that go on referring to someone by the pronoun carry them past the nearest three.
        func chained() -> Int? {
            guard pronoun == "he" || pronoun == "she" else { return nil }
            let bit: UInt8 = pronoun == "he" ? 1 : 2
            var searched = max(0, sentence - 3)
            var linked = searched..<sentence
            while searched > 0 && sentence - searched < 12 && linked.contains(where: { sentenceFacts[$0].pronouns & bit != 0 }) {
                let next = max(0, searched - 3)
                let range = firstMention(inSentence: next)..<firstMention(inSentence: searched)
                for earlier in stride(from: searched - 1, through: next, by: -1) {
                    if let mention = mentions[range].first(where: { $0.sentence == earlier && $0.salience == 0 && fits($0.entity) }) {
                        return mention.entity
                    }
                }
                linked = next..<searched
                searched = next
            }
            return nil
        }
        var found = mentioned() ?? chained()
            ?? (plural ? recentSpeakers.last.flatMap { fits($0) ? $0 : nil } : recentSpeakers.last(where: fits))
        if found == nil && !plural {
            strict = false
            found = mentioned()
            // "The quarry's owner, Pennine Aggregates, said … “…,” it said.": with no body near, "it" is a name the
            // text never showed to be a person, which is then a body.
            if pronoun == "it", let found { markOrganization(found) }
        }
        if found == nil && (pronoun == "he" || pronoun == "she") {
            found = onlyPerson(of: pronoun, inSentencesFrom: sentence - 10, before: token)
        }
        if let found, !plural, !pronoun.isEmpty, pronoun != "it" { noteResolved(pronoun, of: found) }
        return found
    }

    /// "Crumbwell said the shops would stay open. It added …": the one-word name that spoke last, named in this sentence
    /// or the one before, with nothing to show a person (no known given name, title or gender), is the body an "it"
    /// that reports speaks for; it is a body from then on.
    mutating func bodyThatSpokeLast(before token: Int, sentence: Int) -> Int? {
        // Speaking made it person-like (see `markSpoke`), so only the other marks of a person are asked for.
        guard let index = recentSpeakers.last, case let entity = entities[index], !entity.name.contains(" "), entity.role == nil,
              showsNoMarkOfAPerson(entity),
              mentions[firstMention(inSentence: max(0, sentence - 1))..<firstMention(atOrAfterToken: token)].contains(where: { $0.entity == index })
        else { return nil }
        markOrganization(index)
        return index
    }

    /// "he" or "she" resolved to `entity` tells its gender, when nothing else has.
    mutating func noteResolved(_ pronoun: String, of entity: Int) {
        if entities[entity].pronoun == nil { (entities[entity].pronoun, entities[entity].pronounEvidence) = (pronoun, .pronoun) }
    }

    /// Whom `resolve(pronoun:at:sentence:)` would give the pronoun, leaving the registry as it is (resolving
    /// records the pronoun of the one found).
    func candidate(pronoun: String, at token: Int, sentence: Int) -> Int? {
        var scratch = self
        return scratch.resolve(pronoun: pronoun, at: token, sentence: sentence)
    }

    /// "Pelorus is cutting 140 jobs. “…,” it said.": a one-word name that nothing showed to be a person is a
    /// body for "it" and "its" when it is the subject of their sentence or the one before (further back, or as an
    /// object, it is more likely a surname the text left unexplained).
    private func isBodySubject(_ mention: Mention, near sentence: Int) -> Bool {
        mention.salience == 0 && sentence - mention.sentence <= 1 && mayBeBody(entities[mention.entity], oneWord: true)
    }

    /// Whether the subject name at `token` may be a body: see `isBodySubject`. A sentence's first word the
    /// registry did not take for a name ("Pelorus is cutting …") may be one when it is no known given name or
    /// surname of someone named before.
    func isBodySubject(at token: Int, word: String?, near sentence: Int) -> Bool {
        let position = firstMention(atOrAfterToken: token)
        guard position < mentions.count, mentions[position].token == token else {
            return word.map { givenNames[$0] == nil && byLastWord[$0] == nil } ?? false
        }
        return entities[mentions[position].entity].kind == .organization || isBodySubject(mentions[position], near: sentence)
    }

    /// A name of two words or more (or of one, when `oneWord`) written like a person's that nothing showed to be
    /// one: no known given name first, no title of courtesy, no "he" or "she" yet.
    private func mayBeBody(_ entity: Entity, oneWord: Bool = false) -> Bool {
        !entity.isPersonLike && (oneWord || entity.name.contains(" ")) && showsNoMarkOfAPerson(entity)
    }

    /// Whether a name taken for a person's has nothing of one: no place, no "he" or "she" yet, no known given name
    /// first, no title of courtesy or address.
    private func showsNoMarkOfAPerson(_ entity: Entity) -> Bool {
        guard entity.kind == .person, entity.pronoun == nil, !entity.isPlace else { return false }
        let first = entity.name.prefix { $0 != " " }.lowercased()
        // "Dame Rosalind Achterberg": a title of address in the name makes it a person's.
        return givenNames[first] == nil && !Self.isCourtesyTitle(first) && !Self.titlesOfAddress.contains(first)
            && (entity.role.map { !Self.isCourtesyTitle($0) } ?? true)
    }

    private static let titlesOfAddress: WordSet = ["sir", "dame", "lord", "lady", "professor", "prof", "prof."]

    /// "Sofia Lindqvist could not climb the stairs. … (three sentences about her, none naming anyone) … “…,” she
    /// recalls.": further back than the nearest sentences, a pronoun still finds the one person of its gender,
    /// when no other person who could be meant is named there.
    private func onlyPerson(of pronoun: String, inSentencesFrom first: Int, before token: Int) -> Int? {
        var person: Int?
        for mention in mentions[firstMention(inSentence: max(0, first))..<firstMention(atOrAfterToken: token)] {
            let candidate = entities[mention.entity]
            guard candidate.kind == .person, mention.entity != person else { continue }
            // Someone of the other gender does not compete; someone of unknown gender may be meant.
            if candidate.pronoun != nil && candidate.pronoun != pronoun { continue }
            guard person == nil, candidate.pronoun == pronoun else { return nil }
            person = mention.entity
        }
        return person
    }

    /// Records that the words at `token` refer to `entity` (a resolved pronoun, description or a name the
    /// collection skipped), so a later pronoun can follow the chain ("He said … “…,” he added.").
    mutating func noteMention(token: Int, entity: Int, sentence: Int) {
        let position = firstMention(atOrAfterToken: token)
        if position < mentions.count && mentions[position].token == token { return }
        mentions.insert(Mention(token: token, entity: entity, sentence: sentence), at: position)
    }

    /// Whether the text names the entity somewhere by its last word alone ("Varga urged …"), outside `name`:
    /// people are named so, outlets ("Al Jazeera") are not.
    func isNamedBySurname(_ entity: Int, outside name: Range<Int>, view: TokenView) -> Bool {
        let surname = entities[entity].lastWord
        return mentions.contains { $0.entity == entity && !name.contains($0.token) && view.lower[$0.token] == surname }
    }

    /// The entity the collection linked the name at `token` to, when it read one there: it linked in document
    /// order, so "Bush" before "George W. Bush" is named is the Bush named before it.
    func entity(mentionedAt token: Int) -> Int? {
        let position = firstMention(atOrAfterToken: token)
        return position < mentions.count && mentions[position].token == token ? mentions[position].entity : nil
    }

    /// Whether `entity` spoke the latest quote attributed so far.
    func isLatestSpeaker(_ entity: Int) -> Bool { recentSpeakers.last == entity }

    /// The latest person other than `entity` named between the start of sentence `first` and `token` whom
    /// `pronoun` may refer to.
    func otherPerson(than entity: Int, pronoun: String, inSentencesFrom first: Int, before token: Int) -> Int? {
        mentions[firstMention(inSentence: first)..<firstMention(atOrAfterToken: token)].last { mention in
            let other = entities[mention.entity]
            return mention.entity != entity && other.kind == .person && (other.pronoun == nil || other.pronoun == pronoun)
        }?.entity
    }

    /// The persons mentioned between the start of sentence `first` and `token`, each once, in text order.
    func people(inSentencesFrom first: Int, before token: Int) -> [Int] {
        var found: [Int] = []
        for mention in mentions[firstMention(inSentence: first)..<firstMention(atOrAfterToken: token)]
        where entities[mention.entity].kind == .person && !found.contains(mention.entity) {
            found.append(mention.entity)
        }
        return found
    }

    /// Whether a mention of `entity` lies between the start of sentence `first` and `token`.
    func isMentioned(_ entity: Int, inSentencesFrom first: Int, before token: Int) -> Bool {
        mentions[firstMention(inSentence: first)..<firstMention(atOrAfterToken: token)].contains { $0.entity == entity }
    }

    /// The one person mentioned from sentence `first` up to `token`, nil when none or several are, or when that
    /// person is only mentioned in the possessive ("… had watched Vostrikova's match"), as no topic is.
    func onlyPerson(inSentencesFrom first: Int, before token: Int) -> Int? {
        var person: Int?
        var asTopic = false
        for mention in mentions[firstMention(inSentence: first)..<firstMention(atOrAfterToken: token)]
        where entities[mention.entity].kind == .person {
            guard person == nil || mention.entity == person else { return nil }
            person = mention.entity
            asTopic = asTopic || mention.salience < 2
        }
        return asTopic ? person : nil
    }

    /// The first name mentioned in a sentence before `token`: the subject a participle ("…, saying") hangs on.
    func subject(ofSentence sentence: Int, before token: Int, from clauseStart: Int = 0) -> Mention? {
        let index = max(firstMention(inSentence: sentence), firstMention(atOrAfterToken: clauseStart))
        guard index < mentions.count, mentions[index].sentence == sentence, mentions[index].token < token else { return nil }
        return mentions[index]
    }

    /// Binary searches over mentions, which are in document order.
    private func firstMention(inSentence sentence: Int) -> Int {
        mentions.partitioningIndex { $0.sentence >= sentence }
    }

    private func firstMention(atOrAfterToken token: Int) -> Int {
        mentions.partitioningIndex { $0.token >= token }
    }

    /// A one-word name at `index` that the text shows to be a person: the person named so before, or a new one with
    /// `role`; `pronoun` and its evidence are kept when none is known yet.
    private mutating func notePersonNamedAlone(
        at index: Int, role: String?, pronoun: (String, Speaker.GenderEvidence)?, view: TokenView
    ) {
        let entity = resolve(name: view.words[index], lastWord: view.lower[index])
            ?? register(name: view.words[index], lastWord: view.lower[index], role: role, kind: .person)
        entities[entity].isPersonLike = true
        if entities[entity].pronoun == nil, let (pronoun, evidence) = pronoun {
            (entities[entity].pronoun, entities[entity].pronounEvidence) = (pronoun, evidence)
        }
        noteSpouse(entity, namedAt: index, view: view)
        mentions.append(Self.mention(of: entity, at: index, phrase: index..<(index + 1), view: view))
    }

    /// "Marek Dudzinski and his wife, Ewa,", "Oskar Lindqvist's wife, Sofia,": a spouse noun owned by a person
    /// named just before pairs the two, so a later "her husband" or "his wife" is the other one.
    private mutating func noteSpouse(_ entity: Int, namedAt index: Int, view: TokenView) {
        var kin = index - 1
        if kin >= 1 && view.isComma(kin) { kin -= 1 }
        guard kin >= 1, view.quoteOf[kin] < 0, Self.spouseNouns.contains(view.lower[kin]), partners[entity] == nil else { return }
        let ownerToken = kin - 1
        let pronoun = Self.possessiveOwners[view.lower[ownerToken]]
        // The owner is the last person named in the sentence before the noun: right before it when in the
        // possessive, else before "his" or "her", of a gender that agrees.
        guard pronoun != nil || SpeakerName.possessiveEnding(of: view.words[ownerToken]) != nil,
              let owner = mentions.last(where: { $0.token < ownerToken && $0.sentence == view.sentenceOf[kin] })?.entity,
              owner != entity, entities[owner].kind == .person, partners[owner] == nil,
              pronoun == nil || entities[owner].pronoun == nil || entities[owner].pronoun == pronoun
        else { return }
        (partners[entity], partners[owner]) = (owner, entity)
        // "Noor Hamdan, 38, and her husband": the possessive tells the owner's pronoun.
        if let pronoun, entities[owner].pronoun == nil { (entities[owner].pronoun, entities[owner].pronounEvidence) = (pronoun, .pronoun) }
    }

    private static let spouseNouns: WordSet = ["wife", "husband", "spouse", "partner"]

    /// The end of a body's name of up to three capitalized words, the last a body word, right after the "and" at
    /// `and` in its sentence; nil when no such name follows.
    private func sharedBodyEnd(after and: Int, view: TokenView, reader: SpeakerPhraseReader) -> Int? {
        guard and + 2 < view.count, view.isLower(and, "and"), view.quoteOf[and] < 0 else { return nil }
        var end = and + 1
        while end < view.count && end - and <= 3 && view.quoteOf[end] < 0 && view.sentenceOf[end] == view.sentenceOf[and]
            && view.isCapitalized(end) && !view.isBodyWord(end) && reader.isNameWord(end) {
            end += 1
        }
        guard end > and + 1, end < view.count, view.sentenceOf[end] == view.sentenceOf[and], view.isCapitalized(end), view.isBodyWord(end)
        else { return nil }
        return end + 1
    }

    /// Words with an agent noun's ending that are none: correlatives, comparatives, adverbs ("Neither Donald Trump
    /// nor …", "Earlier Marta Quist had …").
    static let notAgentNouns: WordSet = [
        "neither", "either", "whether", "rather", "further", "together", "another", "whatever", "however", "wherever",
        "whenever", "whoever", "former", "latter", "other", "others", "after", "never", "ever", "over", "under", "sooner",
        "later", "earlier", "better", "faster", "bigger", "larger", "smaller", "longer", "harder", "closer", "major",
        "minor", "senior", "junior", "prior", "superior", "interior", "exterior", "october", "november", "december",
        "september", "register", "remember", "consider", "monster", "master",
    ]

    /// A word with the ending of a noun for someone who does something ("grower", "organist", "surveyor").
    static func isAgentNoun(_ word: String) -> Bool {
        word.utf8.count >= 6 && ["er", "or", "ist", "ian", "eer"].contains { word.hasSuffix($0) }
    }

    /// Whether the word at `index`, opening a sentence before a known given name ("Organist Marta Quist"),
    /// describes the person rather than starting the name: an agent noun or a participle that is no given name
    /// itself ("Walker Anne Lee" keeps it). A given name that opens a double surname is none: "Gwenllian
    /// Pryce-Morgan" is one name.
    static func describesName(at index: Int, in view: TokenView, givenNames: GivenNameTable) -> Bool {
        let word = view.lower[index]
        return index + 1 < view.count && givenNames[word] == nil && givenNames[view.lower[index + 1]] != nil
            && (isAgentNoun(word) || isParticiple(word)) && !view.isGluedHyphen(index + 2)
    }

    /// "Sentencing Adrian Kell, the judge said …": an -ing form opening the sentence is a participle, no name.
    static func isParticiple(_ word: String) -> Bool {
        word.utf8.count >= 6 && word.hasSuffix("ing")
    }

    /// The entity registered under exactly this name, if any.
    func entity(named name: String) -> Int? { byName[name] }

    mutating func rename(_ index: Int, to name: String) {
        byName[entities[index].name] = nil
        byName[name] = index
        entities[index].name = name
        if entities[index].kind == .organization, let head = Self.headBeforePreposition(name) {
            Self.link(index, under: head, in: &byLastWord, links: &links)
        }
        // Words first read as a role ("Coastal Trade" before "Journal") are now part of the name.
        if let role = entities[index].role, name.contains(role) { entities[index].role = nil }
    }

    mutating func markOutlet(_ index: Int) {
        entities[index].kind = .outlet
    }

    /// "Brightloom cut 200 jobs. The company said …": the entities named in this sentence and the one before it, not
    /// as a workplace, that "the company" may mean when no business is known: bodies, and names the text never
    /// showed to be a person or a place (no role, title, given name, pronoun or quote of their own).
    func unprovenBodies(before token: Int, sentence: Int) -> Set<Int> {
        let window = firstMention(inSentence: max(0, sentence - 1))..<firstMention(atOrAfterToken: token)
        return Set(mentions[window].lazy.filter { !$0.isWorkplace }.map(\.entity).filter { index in
            let entity = entities[index]
            guard !entity.isPlace, entity.role == nil, entity.pronoun == nil else { return false }
            if entity.kind == .organization { return true }
            let first = entity.name.split(separator: " ").first.map { $0.lowercased() } ?? ""
            return !entity.isPersonLike && givenNames[first] == nil
        })
    }

    /// The outlet mentioned last in this sentence or the three before it.
    func latestOutlet(before token: Int, sentence: Int) -> Int? {
        let window = firstMention(inSentence: max(0, sentence - 3))..<firstMention(atOrAfterToken: token)
        return mentions[window].last { entities[$0.entity].kind == .outlet }?.entity
    }

    /// A body the text has shown to be a business ("the company" meant it).
    mutating func markBusiness(_ index: Int) {
        entities[index].kind = .organization
        entities[index].isBusiness = true
    }

    /// A body whose full name ("Institute of Marine Research") was read after its tail alone ("Marine Research").
    mutating func markOrganization(_ index: Int) {
        if entities[index].kind == .person { entities[index].kind = .organization }
    }

    mutating func markSpoke(_ index: Int, paragraph: Int) {
        speakingOrder += 1
        entities[index].isPersonLike = entities[index].kind == .person
        entities[index].lastSpokeOrder = speakingOrder
        recentSpeakers.removeAll { $0 == index }
        recentSpeakers.append(index)
        if recentSpeakers.count > Self.recentLimit { recentSpeakers.removeFirst() }
        entities[index].lastSpokeParagraph = paragraph
    }

    subscript(index: Int) -> Entity { entities[index] }

    /// The one person of the document named in full with the surname a one-word person's name is
    /// ("Lindqvist" of a headline, then "Mayor Henrik Lindqvist"), when nothing tells them apart: no other full
    /// name with that surname, no other gender.
    func fullerName(of index: Int) -> Int? {
        guard entities[index].kind == .person, !TextBytes.containsSpace(entities[index].name) else { return nil }
        let pronoun = entities[index].pronoun
        var found: Int?
        // Only entities linked under the same last word can be fuller names of it.
        var cursor = byLastWord[entities[index].lastWord] ?? -1
        while cursor >= 0 {
            let other = links[cursor].entity
            cursor = links[cursor].next
            guard other != index, other != found, entities[other].kind == .person, TextBytes.containsSpace(entities[other].name)
            else { continue }
            guard found == nil, pronoun == nil || entities[other].pronoun == nil || pronoun == entities[other].pronoun else { return nil }
            found = other
        }
        return found
    }

    /// The one person of the document named in full whose given name a one-word person's name is ("Her mother,
    /// Shirin, remembers more", then "Shirin Karimi says"): no other full name may open with it or give another
    /// gender. (Callers ask first for a full name that ends with the word, which makes it a surname.)
    func fullNameOpening(with index: Int) -> Int? {
        let name = entities[index].name
        guard entities[index].kind == .person, !TextBytes.containsSpace(name) else { return nil }
        let first = name.lowercased()
        // The indexes that "Annika said" after "Annika Vogel-Reyes" is resolved with, read the other way round.
        guard let person = byGivenName[first] ?? byFirstWord[first], person >= 0 else { return nil }
        let pronoun = entities[index].pronoun
        return pronoun == nil || entities[person].pronoun == nil || pronoun == entities[person].pronoun ? person : nil
    }
}
