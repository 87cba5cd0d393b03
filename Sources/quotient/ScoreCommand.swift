import ArgumentParser
import Quotient

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score the valence of each line or sentence (VADER-compatible).",
        discussion: """
            Each input line is one text (lines are split on \\n only; an empty line is a text too), and each \
            gets one result, in order. The numbers are those of vaderSentiment 3.3.2's polarity_scores.

            With --by sentence, each sentence is one text, and JSON gives its offsets into the input. Inputs \
            are read in parts of about 1 MB cut at paragraph breaks, so memory stays bounded.

            With --stance, each result also carries its tone (polarity and stance categories), a score per \
            category and the evidence: the matched words with their category and offsets (Unicode scalars, \
            end-exclusive: within the line with --by line, into the input with --by sentence).

            Examples:
              quotient score --text "The food was great but the service was awful."
              quotient score --stance --text "We must take care of them."
              quotient score reviews.txt --format csv > scores.csv
              quotient score --by sentence article.txt --format jsonl
            """
    )

    enum Unit: String, ArgumentChoice { case line, sentence }
    enum Format: String, ArgumentChoice { case text, json, jsonl, csv }

    @OptionGroup var input: InputOptions

    @Option(help: "Score this text instead of reading files.")
    var text: String?

    @Option(help: "What one text is: \(Unit.listed).")
    var by: Unit = .line

    @Option(help: "Output format: \(Format.listed).")
    var format: Format = .text

    @Flag(help: "Add tone, stance category scores and evidence.")
    var stance = false

    @Option(help: "A folder of extra stance lexicons (.txt); each file becomes a category.", completion: .directory)
    var lexicons: String?

    @Option(help: "A word lexicon in VADER's format (TOKEN<TAB>VALENCE…) to use instead of the bundled one.", completion: .file())
    var valenceLexicon: String?

    func validate() throws {
        if text != nil && !input.files.isEmpty {
            throw ValidationError("Give either --text or files, not both.")
        }
    }

    func run() throws {
        if stance || lexicons != nil {
            try runStance()
            return
        }
        let lexicon = try loadValenceLexicon()
        // Built with the first text, so an empty input loads no lexicon.
        lazy var scorer = ValenceScorer(lexicon: lexicon ?? .bundled)
        var writer = ScoreWriter(format: format)
        if var text {
            let scores = scorer.scores(text)
            text.withUTF8 { writer.write(text: $0, span: nil, scores: scores) }
        } else {
            try forEachText(
                line: { line in writer.write(text: line, span: nil, scores: scorer.scores(utf8: line)) },
                sentence: { document, sentence, part in
                    var text = String(document[sentence.span])
                    let scores = scorer.scores(text)
                    let span = sentence.span.shifted(utf8: part.utf8Base, scalars: part.scalarBase)
                    text.withUTF8 { writer.write(text: $0, span: span, scores: scores) }
                })
        }
        writer.finish()
    }

    /// The user's word lexicon, if one is given; nil for the bundled one.
    private func loadValenceLexicon() throws -> ValenceLexicon? {
        guard let valenceLexicon else { return nil }
        do {
            return try ValenceLexicon(words: LexiconSource(contentsOf: valenceLexicon))
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }

    /// Calls `line` for each line of each input (with `--by line`) or `sentence` for each sentence, with the
    /// input part it lies in (offsets are relative to the part), and exits non-zero at the end when an input
    /// failed. Both read their input in parts, so memory stays bounded.
    private func forEachText(
        line: (UnsafeBufferPointer<UInt8>) throws -> Void,
        sentence: (Document, Sentence, InputPart) throws -> Void
    ) throws {
        switch by {
        case .line:
            var reader = InputReader()
            try reader.forEachLine(input, line)
            try reader.finish()
        case .sentence:
            let segmenter = Segmenter(lineBreaks: input.lineBreaks)
            var parts = TextParts(options: input)
            while let part = parts.next() {
                let document = try segmenter.segment(part.text)
                for item in document.sentences { try sentence(document, item, part) }
            }
            try parts.reader.finish()
        }
    }
}

extension ScoreCommand {
    private func runStance() throws {
        let userLexicon = try lexicons.map { directory throws(LexiconError) in try StanceLexicon(addingDirectory: directory) }
        let valence = try loadValenceLexicon()
        // Built with the first text, so an empty input loads no lexicon.
        lazy var lexicon = userLexicon ?? .bundled
        lazy var scorer = StanceScorer(lexicon: lexicon, valence: valence ?? .bundled)
        lazy var categories = lexicon.categories
        var writer = StanceWriter(format: format)
        if let text {
            writer.write(text: text, span: nil, stance: try scorer.stance(of: text), categories: categories)
        } else {
            try forEachText(
                line: { line in
                    let text = String(decoding: line, as: UTF8.self)
                    writer.write(text: text, span: nil, stance: try scorer.stance(of: text), categories: categories)
                },
                sentence: { document, sentence, part in
                    let (utf8, scalars) = (part.utf8Base, part.scalarBase)
                    let stance = scorer.stance(in: document, tokens: sentence.tokens, utf8: sentence.span.utf8)
                    writer.write(text: String(document[sentence.span]), span: sentence.span.shifted(utf8: utf8, scalars: scalars),
                                 stance: stance.shifted(utf8: utf8, scalars: scalars), categories: categories)
                })
        }
        writer.finish()
    }
}

/// Formats stance results.
struct StanceWriter {
    let format: ScoreCommand.Format
    private var output = Output()
    private var started = false

    init(format: ScoreCommand.Format) { self.format = format }

    /// Writes one text's stance; `categories` are the CSV columns, in order.
    mutating func write(text: String, span: TextSpan?, stance: Stance, categories: [StanceCategory]) {
        switch format {
        case .text:
            output.line("\(stance.toneLabel)\t\(text)")
            let evidence = stance.evidence.map { "\($0.text) (\($0.category)\($0.negated ? ", negated" : ""))" }
            if !evidence.isEmpty { output.line("    evidence: " + evidence.joined(separator: ", ")) }
        case .jsonl, .json:
            // Rows are stored straight from the stance into the output buffer: building records for them took
            // most of the command's time.
            if format == .json { output.write(started ? ",\n" : "[\n") }
            output.writeRow(maximum: ScoreRecord.maximumSize(text: text, stance: stance) + 1) { row in
                ScoreRecord.write(text: text, span: span, stance: stance, to: &row)
                if format == .jsonl { row.append(UInt8(ascii: "\n")) }
            }
            output.flushIfFull()
        case .csv:
            if !started {
                output.line((["text", "neg", "neu", "pos", "compound", "tone"] + categories.map(\.rawValue) + ["evidence"]).joined(separator: ","))
            }
            let v = stance.valence
            let scores = categories.map { PythonRounding.round(stance.score(of: $0), digits: 4).description }
            let evidence = stance.evidence.map { "\($0.text)=\($0.category)\($0.negated ? "(negated)" : "")" }.joined(separator: "; ")
            let fields = [CSV.field(text), "\(v.negative)", "\(v.neutral)", "\(v.positive)", "\(v.compound)", CSV.field(stance.toneLabel)]
                + scores + [CSV.field(evidence)]
            output.line(fields.joined(separator: ","))
        }
        started = true
    }

    mutating func finish() {
        if format == .json { output.line(started ? "\n]" : "[]") }
        output.flush()
    }
}

/// Formats valence results; JSON is written as one array at the end, the other formats stream.
struct ScoreWriter {
    let format: ScoreCommand.Format
    private var output = Output()
    private var started = false

    init(format: ScoreCommand.Format) { self.format = format }

    mutating func write(text: UnsafeBufferPointer<UInt8>, span: TextSpan?, scores s: ValenceScores) {
        // Rows are composed by byte stores and the shortest-repr formatter: interpolating Doubles made text the
        // slow format, and appending each piece to the buffer cost more than composing the row.
        let numbers = 4 * PythonRounding.maximumReprSize + 2 * UnsafeByteSink.maximumDecimalSize + Self.labelBytes
        switch format {
        case .text:
            output.writeRow(maximum: text.count + numbers) { row in
                if s.compound >= 0 { row.append(UInt8(ascii: "+")) }
                PythonRounding.appendRepr(of: s.compound, digits: 4, to: &row)
                Self.writeProportions(s, "\tneg ", "\tneu ", "\tpos ", to: &row)
                row.append(UInt8(ascii: "\t"))
                row.append(contentsOf: text)
                row.append(UInt8(ascii: "\n"))
            }
        case .jsonl, .json:
            if format == .json { output.write(started ? ",\n" : "[\n") }
            output.writeRow(maximum: JSONValue.maximumStringSize(utf8: text) + numbers) { row in
                Self.writeJSON(text: text, span: span, scores: s, to: &row)
                if format == .jsonl { row.append(UInt8(ascii: "\n")) }
            }
        case .csv:
            if !started { output.line("text,neg,neu,pos,compound") }
            output.writeCSVField(utf8: text)
            output.writeRow(maximum: numbers) { row in
                Self.writeProportions(s, ",", ",", ",", to: &row)
                row.append(UInt8(ascii: ","))
                PythonRounding.appendRepr(of: s.compound, digits: 4, to: &row)
                row.append(UInt8(ascii: "\n"))
            }
        }
        output.flushIfFull()
        started = true
    }

    /// Room for the labels and punctuation of a JSON row (the longest format's).
    private static let labelBytes = 96

    private static func writeJSON(text: UnsafeBufferPointer<UInt8>, span: TextSpan?, scores s: ValenceScores, to row: inout UnsafeByteSink) {
        row.append("{\"text\":")
        JSONValue.writeString(utf8: text, to: &row)
        if let span {
            row.append(",\"start\":")
            row.append(decimal: span.scalars.lowerBound)
            row.append(",\"end\":")
            row.append(decimal: span.scalars.upperBound)
        }
        writeProportions(s, ",\"neg\":", ",\"neu\":", ",\"pos\":", to: &row)
        row.append(",\"compound\":")
        PythonRounding.appendRepr(of: s.compound, digits: 4, to: &row)
        row.append(UInt8(ascii: "}"))
    }

    /// `neg`, `neu` and `pos` as Python prints them, each after its label.
    private static func writeProportions(
        _ s: ValenceScores, _ negative: StaticString, _ neutral: StaticString, _ positive: StaticString, to row: inout UnsafeByteSink
    ) {
        row.append(negative)
        PythonRounding.appendRepr(of: s.negative, digits: 3, to: &row)
        row.append(neutral)
        PythonRounding.appendRepr(of: s.neutral, digits: 3, to: &row)
        row.append(positive)
        PythonRounding.appendRepr(of: s.positive, digits: 3, to: &row)
    }

    mutating func finish() {
        if format == .json { output.line(started ? "\n]" : "[]") }
        output.flush()
    }
}

enum CSV {
    /// RFC 4180 quoting.
    static func field(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var quoted: [UInt8] = []
            append(field: bytes, to: &quoted)
            return String(decoding: quoted, as: UTF8.self)
        }
    }

    /// Appends a field: as it is, or in double quotes with inner quotes doubled when it holds a comma, a quote
    /// or a line break.
    static func append(field bytes: UnsafeBufferPointer<UInt8>, to buffer: inout some ByteSink) {
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard bytes.contains(where: special) else { return buffer.append(contentsOf: bytes) }
        buffer.append(UInt8(ascii: "\""))
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { buffer.append(byte) }
            buffer.append(byte)
        }
        buffer.append(UInt8(ascii: "\""))
    }
}
