import Testing
@testable import Quotient

/// Hard-wraps every paragraph (blank-line separated) greedily to `width` columns by turning spaces into
/// line feeds, so offsets stay those of the unwrapped text, as e-mail and plain-text books are wrapped.
func hardWrapped(_ text: String, width: Int) -> String {
    var scalars = Array(text.unicodeScalars)
    var lineStart = 0
    var lastSpace: Int?
    for index in scalars.indices {
        switch scalars[index] {
        case "\n":
            lineStart = index + 1
            lastSpace = nil
        case " ":
            if index - lineStart > width, let space = lastSpace {
                scalars[space] = "\n"
                lineStart = space + 1
            }
            lastSpace = index
        default:
            if index - lineStart >= width, let space = lastSpace {
                scalars[space] = "\n"
                lineStart = space + 1
                lastSpace = nil
            }
        }
    }
    var wrapped = String.UnicodeScalarView()
    wrapped.append(contentsOf: scalars)
    return String(wrapped)
}

@Suite struct LineBreakTests {
    static let prose = """
        The ferry from Tallin Point was cancelled on Tuesday after a storm tore the roof off the terminal. \
        Harbour officials said the crossing would resume once engineers had inspected the pier, which was \
        built in 1962. Passengers waiting in the car park were offered vouchers. Dr. Ilse Varga, who \
        chairs the harbour board, called the damage “worse than anything since the flood of 1987.”

        Repairs are expected to cost about 2.4 million euros. Nobody was hurt.
        """

    func sentences(_ text: String, _ lineBreaks: Segmenter.LineBreaks = .infer) throws -> [String] {
        let document = try Segmenter(lineBreaks: lineBreaks).segment(text)
        return document.sentences.map { String(document[$0.span]) }
    }

    @Test(arguments: [32, 45, 60, 72, 90])
    func wrappedProseSplitsLikeUnwrappedProse(width: Int) throws {
        let wrapped = hardWrapped(Self.prose, width: width)
        #expect(wrapped.contains("\n") && wrapped.count == Self.prose.count)
        let unwrapped = try Segmenter().segment(Self.prose).sentences.map(\.span)
        let document = try Segmenter().segment(wrapped)
        #expect(document.sentences.map(\.span) == unwrapped)
        #expect(document.paragraphs.count == 2)
    }

    @Test func keepingLinesEndsASentenceAtEveryLineBreak() throws {
        let wrapped = hardWrapped(Self.prose, width: 60)
        let lines = wrapped.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(try sentences(wrapped, .keep).count > lines.count - 1)
    }

    @Test func headingsAndSignOffsKeepTheirLines() throws {
        let text = """
            Harbour Board Minutes
            The board met at noon to review the storm damage on the northern pier and the cost of the repairs.
            Members agreed to publish the engineers' report before the next meeting of the full council.
            Kind regards
            Ilse Varga
            """
        #expect(try sentences(text) == [
            "Harbour Board Minutes",
            "The board met at noon to review the storm damage on the northern pier and the cost of the repairs.",
            "Members agreed to publish the engineers' report before the next meeting of the full council.",
            "Kind regards",
            "Ilse Varga",
        ])
    }

    @Test func listItemsAndShortLinesStayApart() throws {
        let text = """
            Bring the following to the depot on Saturday morning, and label every box with your name:
            - two spare tyres
            - a first aid kit
            Apples
            Pears and plums
            """
        #expect(try sentences(text) == [
            "Bring the following to the depot on Saturday morning, and label every box with your name:",
            "- two spare tyres", "- a first aid kit", "Apples", "Pears and plums",
        ])
    }

    /// A transcript's speaker label opens its own paragraph, even among lines long enough to look wrapped
    /// and in a text whose other paragraphs are separated by blank lines.
    @Test func speakerLabelsOpenTheirOwnParagraph() throws {
        let text = """
            The council met late on Thursday evening to settle the matter of the old harbour pier once and for all.

            SOLVANG: We have argued about this pier for twenty years and the town has had enough of it.
            DR. HAUGE: And every year it costs the town more.
            """
        #expect(try sentences(text) == [
            "The council met late on Thursday evening to settle the matter of the old harbour pier once and for all.",
            "SOLVANG: We have argued about this pier for twenty years and the town has had enough of it.",
            "DR. HAUGE: And every year it costs the town more.",
        ])
    }

    /// A note too short to show the width it was wrapped to: a sentence left open that carries on in
    /// lowercase is one sentence; short lowercase lines stay apart.
    @Test func aShortNoteWrappedMidSentenceIsOneSentence() throws {
        let note = "Harbour notice.\n\nThe ferry to Lindholm will\nnot sail before Thursday.\n"
        #expect(try sentences(note) == ["Harbour notice.", "The ferry to Lindholm will\nnot sail before Thursday."])
        #expect(try sentences("tide tables\nmooring fees\nwinter hours\n") == ["tide tables", "mooring fees", "winter hours"])
    }

    /// A wrapped line may open with a quote mark or bracket: the first letter after it tells whether the line
    /// carries on the sentence, here one the line before left open.
    @Test func aWrappedLineOpeningWithAMarkCarriesOnTheSentence() throws {
        let text = """
            The inspectors walked the whole of the western quay on Monday and then the eastern
            one, which the port board had closed in the spring for repairs to the old timber
            piles. Writing to the board, the chief inspector said the eastern quay would
            "need new piles before any ship can berth there again." Work starts in May.
            """
        #expect(try sentences(text) == [
            "The inspectors walked the whole of the western quay on Monday and then the eastern\none, which the port board had closed in the spring for repairs to the old timber\npiles.",
            "Writing to the board, the chief inspector said the eastern quay would\n\"need new piles before any ship can berth there again.\"",
            "Work starts in May.",
        ])
    }

    @Test func aNumberOpeningAWrappedLineIsNoListItem() throws {
        let text = """
            The inspectors checked every mooring on the western quay and then moved on to berth
            4. After lunch they wrote up the damage to the crane rails and the loading ramps.
            """
        #expect(try sentences(text) == [
            "The inspectors checked every mooring on the western quay and then moved on to berth\n4.",
            "After lunch they wrote up the damage to the crane rails and the loading ramps.",
        ])
    }

    @Test func paragraphsWithoutBlankLinesEndAtShortLinesAndIndents() throws {
        let text = """
            The storm reached the coast shortly after midnight and flooded the lower streets of the old
            town, where shopkeepers had stacked sandbags in front of their doors.
              By morning the water had gone down, leaving mud on every floor and a smell of diesel in
            the air that lingered for days.
            Volunteers arrived from three villages.
            """
        let document = try Segmenter().segment(text)
        #expect(document.paragraphs.count == 3)
        #expect(document.sentences.count == 3)
        let unwrapped = try Segmenter().segment(text.replacing("\n", with: " "))
        #expect(unwrapped.paragraphs.count == 1)
    }

    @Test func oneParagraphPerLineKeepsEveryLine() throws {
        let text = """
            The council voted to rebuild the pier before the summer season.
            The vote was close.
            Fishermen said they would wait and see.
            """
        let document = try Segmenter().segment(text)
        #expect(document.sentences.count == 3)
        #expect(document.paragraphs.count == 3)
    }

    @Test func wrappedArticleGivesTheSameQuotesAndSpeakers() throws {
        let article = try Fixtures.text("articles/river-dam.txt")
        let extractor = QuoteExtractor()
        let plain = extractor.extract(from: try Segmenter().segment(article)).quotes
        #expect(plain.count >= 5)
        for width in [50, 72] {
            let wrapped = extractor.extract(from: try Segmenter().segment(hardWrapped(article, width: width))).quotes
            #expect(wrapped.map(\.span) == plain.map(\.span))
            #expect(wrapped.map { $0.speaker?.name } == plain.map { $0.speaker?.name })
            #expect(wrapped.map { $0.speaker?.role } == plain.map { $0.speaker?.role })
        }
    }
}
