import ArgumentParser
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Quotient

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare speakers' stances across documents.",
        discussion: """
            Per speaker: number of quotes, mean valence with a 95 % interval, the share of quotes carrying each \
            stance category, the most frequent evidence terms and the most typical quote. Speakers are merged \
            across documents by name (a surname alone folds into the one full name that ends with it).

            Shards analyzed separately merge exactly: `compare --from a.jsonl --from b.jsonl` gives the same \
            result as analyzing everything at once, because profiles are kept as integer sums.

            Examples:
              quotient compare articles/*.txt
              quotient compare --from analysis.jsonl --speakers "Tokayev,Peskov"
              quotient compare --recursive articles/ --chart stances.html
              quotient compare --from analysis.jsonl --by gender
            """
    )

    enum Format: String, ArgumentChoice { case table, json, csv }

    @OptionGroup var input: InputOptions

    @Option(
        name: .customLong("from"), parsing: .upToNextOption,
        help: """
            Output of `analyze --format jsonl` to read profiles from: files, or folders of part files as Spark \
            and Hadoop write them (every file but hidden ones, '_SUCCESS' and checksums); several values and \
            repeated flags add up.
            """,
        completion: .file())
    var analyses: [String] = []

    @Option(help: "Comma-separated speakers to compare (surnames are enough); differences are shown for them.")
    var speakers: String?

    @Option(help: """
        Rows: one per speaker (the default), gender or kind (a gender or kind row sums the quotes of its \
        speakers; gender as the text shows it: honorifics, pronouns, given names); or, with --from, any field \
        the input lines carried (outlet, section, date …): one row per speaker and value of the field, in \
        the field's order. 'month' groups by the month of an ISO 'date' field, a time series.
        """)
    var by = "speaker"

    /// A grouping of the rows: speakers themselves, summed by gender or kind, or per value of an input field.
    private var fieldGrouping: String? { ["speaker", "gender", "kind"].contains(by) ? nil : by }

    @Option(help: "Leave out speakers with fewer quotes.")
    var minQuotes = 1

    @Option(help: "Output format: \(Format.listed).")
    var format: Format = .table

    @Option(help: "Also write a self-contained chart to this .svg or .html file.", completion: .file(extensions: ["svg", "html"]))
    var chart: String?

    @Option(help: "A folder of extra stance lexicons (.txt); each file becomes a category.", completion: .directory)
    var lexicons: String?

    func validate() throws {
        if let chart, !(chart.hasSuffix(".svg") || chart.hasSuffix(".html")) {
            throw ValidationError("--chart must name a .svg or .html file.")
        }
        if minQuotes < 1 { throw ValidationError("--min-quotes must be at least 1.") }
        if (by == "gender" || by == "kind") && speakers != nil {
            throw ValidationError("--speakers compares speakers; it cannot be used with --by \(by).")
        }
        if fieldGrouping != nil && analyses.isEmpty {
            throw ValidationError("--by \(by) groups by a field of `analyze --format jsonl` output: give it with --from.")
        }
    }

    func run() throws {
        let stance = try lexicons.map { directory throws(LexiconError) in try StanceLexicon(addingDirectory: directory) } ?? .bundled
        var directory = SpeakerDirectory()
        var groupDirectories: [String: SpeakerDirectory] = [:]
        var failed = false
        if analyses.isEmpty {
            let analyzer = Analyzer(configuration: .init(stance: stance, lineBreaks: input.lineBreaks))
            var source = DocumentSource(options: input, kind: .text, reader: InputReader())
            analyzer.analyzeInOrder(
                size: { $0.size },
                next: { source.next() },
                analyze: { analyzer, record in record.analyze(with: analyzer) },
                deliver: { _, analysis in analysis.speakers.forEach { directory.add($0) } })
            failed = source.inputReader.failures > 0
        } else {
            guard input.files.isEmpty else { throw ValidationError("Give either files or --from, not both.") }
            for path in analyses.flatMap(partFiles) {
                failed = !readProfiles(path, into: &directory, groups: &groupDirectories) || failed
            }
        }
        let all = directory.profiles(minimumQuotes: minQuotes)
        var chosen = all
        if let speakers {
            chosen = []
            for query in speakers.split(separator: ",").map({ String($0.trimmingSpaces()) }) where !query.isEmpty {
                guard let (found, others) = directory.profile(matching: query, in: all) else {
                    Terminal.error("no speaker matches '\(query)'")
                    failed = true
                    continue
                }
                if !others.isEmpty {
                    Terminal.error("note: '\(query)' also fits \(others.joined(separator: ", ")); using \(found.name), the most quoted")
                }
                chosen.append(found)
            }
        }
        for (name, candidates) in directory.ambiguousNames() where all.contains(where: { $0.name == name }) {
            Terminal.error("note: '\(name)' is kept apart: it may be \(candidates.joined(separator: " or "))")
        }
        var rowGroups: [String]?
        switch by {
        case "speaker": break
        case "gender": chosen = SpeakerProfile.groups(of: chosen) { $0.kind == .person ? $0.gender.rawValue : nil }
        case "kind": chosen = SpeakerProfile.groups(of: chosen) { $0.kind.rawValue }
        default:
            // One row per speaker and value: the chosen speakers (or all with enough quotes) in each group.
            let keys = Set(chosen.map { SpeakerProfile.key(for: $0.name) })
            var rows: [(String, SpeakerProfile)] = []
            for value in groupDirectories.keys.sorted() {
                for profile in groupDirectories[value]!.profiles(minimumQuotes: speakers == nil ? minQuotes : 1) {
                    let key = SpeakerProfile.key(for: profile.name)
                    if keys.contains(key) || keys.contains(where: { $0.hasSuffix(" " + key) }) { rows.append((value, profile)) }
                }
            }
            rowGroups = rows.map(\.0)
            chosen = rows.map(\.1)
        }
        let categories = stance.categories
        let report = Comparison(profiles: chosen, categories: categories, showDifferences: speakers != nil && rowGroups == nil,
                                label: fieldGrouping == nil ? by : "speaker", groupLabel: fieldGrouping, groups: rowGroups)
        var output = Output()
        switch format {
        case .table: output.write(report.table())
        case .json: output.line(report.json())
        case .csv: output.write(report.csv())
        }
        output.flush()
        if let chart {
            let charted = report.namedByGroup
            let document = chart.hasSuffix(".html") ? StanceChart(comparison: charted).html() : StanceChart(comparison: charted).svg()
            do {
                try document.write(toFile: chart, atomically: true, encoding: .utf8)
            } catch {
                Terminal.error("\(chart): cannot write: \(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// A line's value of the grouping field as text ("(none)" without one); `month` is the year and month of
    /// an ISO `date` field (or of a `month` field).
    private func groupValue(of fields: [PassThroughField], field: String) -> String {
        func named(_ name: String) -> JSONValue? { fields.first { $0.name == name }?.value }
        let value = field == "month" ? (named("month") ?? named("date")) : named(field)
        let text: String
        switch value {
        case .string(let string)?: text = string
        case .int(let number)?: text = String(number)
        case .double(let number)?: text = "\(number)"
        case .bool(let flag)?: text = String(flag)
        default: return "(none)"
        }
        return field == "month" ? String(text.prefix(7)) : text
    }

    /// The files of an output folder (sorted; hidden files, `_SUCCESS`-style markers and `.crc` checksums left
    /// out), or the path itself when it is no folder.
    private func partFiles(_ path: String) -> [String] {
        guard FileSystem.isDirectory(path), let names = try? FileBytes.entries(of: path) else { return [path] }
        return names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") && !$0.hasSuffix(".crc") }.sorted()
            .map { FileBytes.path(path, $0) }
    }

    /// Reads the "speakers" of each analysis line; a malformed line is reported with its number and skipped.
    private func readProfiles(_ path: String, into directory: inout SpeakerDirectory, groups: inout [String: SpeakerDirectory]) -> Bool {
        let descriptor: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
        guard descriptor >= 0 else {
            Terminal.error("\(path): \(FileBytes.ReadError(code: errno))")
            return false
        }
        defer { if descriptor > 0 { close(descriptor) } }
        var lines = LineStream(descriptor: descriptor)
        var ok = true
        while let line = lines.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let read: (profiles: [SpeakerProfile], fields: [PassThroughField])?
            do {
                read = try JSONLines.speakerProfiles(inLine: line)
            } catch {
                Terminal.error("\(path):\(lines.lineNumber): \(error)")
                ok = false
                continue
            }
            guard let read else { continue }
            let group = fieldGrouping.map { groupValue(of: read.fields, field: $0) }
            for profile in read.profiles {
                directory.add(profile)
                if let group { groups[group, default: SpeakerDirectory()].add(profile) }
            }
        }
        if let failure = lines.failure {
            Terminal.error(InputProblem.unreadable(path, "\(failure)").description)
            ok = false
        }
        return ok
    }
}

/// Speakers side by side, in the three output formats.
struct Comparison {
    let profiles: [SpeakerProfile]
    let categories: [StanceCategory]
    let showDifferences: Bool
    /// What a row is: a speaker, a gender or a kind.
    var label = "speaker"
    /// With rows per speaker and field value: the field's name, and each row's value.
    var groupLabel: String?
    var groups: [String]?

    /// The value of row `index`'s group, or nil without groups.
    private func group(_ index: Int) -> String? { groups.map { $0[index] } }

    /// The comparison with each row named by its speaker and group, for a chart.
    var namedByGroup: Comparison {
        guard let groups else { return self }
        var renamed = profiles
        for index in renamed.indices { renamed[index].name = "\(renamed[index].name) · \(groups[index])" }
        return Comparison(profiles: renamed, categories: categories, showDifferences: showDifferences, label: label)
    }

    func table() -> String {
        guard !profiles.isEmpty else { return "no speakers\n" }
        var lines: [String] = []
        let header = (groupLabel.map { String($0.prefix(11)).padding(12) } ?? "") + label.padding(26) + "quotes  valence (95% CI)       " + categories.map { $0.rawValue.prefix(10).description.padding(11) }.joined()
        lines.append(header)
        for (index, profile) in profiles.enumerated() {
            let interval = profile.valenceInterval
            let valence = "\(fixed(profile.meanValence)) [\(fixed(interval.lowerBound)), \(fixed(interval.upperBound))]"
            let rates = categories.map { percent(profile.rate(of: $0)).padding(11) }.joined()
            lines.append((group(index).map { String($0.prefix(11)).padding(12) } ?? "") + String(profile.name.prefix(25)).padding(26) + String(profile.quoteCount).padding(8) + valence.padding(23) + rates)
        }
        lines.append("")
        for (index, profile) in profiles.enumerated() {
            let terms = profile.topTerms(5).map { "\($0.term) ×\($0.count)" }.joined(separator: ", ")
            lines.append("\(profile.name)\(profile.role.map { " (\($0))" } ?? "")\(group(index).map { " — \($0)" } ?? "")")
            if !terms.isEmpty { lines.append("  top evidence: \(terms)") }
            if let quote = profile.typicalQuote { lines.append("  typical: \(QuoteTable.clip(quote, 110))") }
        }
        if showDifferences && profiles.count >= 2 {
            lines.append("")
            lines.append("differences (\(profiles[1...].map(\.name).joined(separator: ", ")) relative to \(profiles[0].name)):")
            for other in profiles.dropFirst() {
                var parts = ["valence \(signed(other.meanValence - profiles[0].meanValence))"]
                for category in categories {
                    let delta = other.rate(of: category) - profiles[0].rate(of: category)
                    if abs(delta) >= 0.005 { parts.append("\(category.rawValue) \(delta > 0 ? "+" : "")\(Int((delta * 100).rounded())) pts") }
                }
                lines.append("  \(other.name): " + parts.joined(separator: ", "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json() -> JSONValue {
        var members: [(String, JSONValue)] = [("speakers", .array(profiles.enumerated().map { index, profile in
            let interval = profile.valenceInterval
            let grouping: [(String, JSONValue)] = group(index).map { [(groupLabel ?? "group", .string($0))] } ?? []
            return .object(grouping + [
                ("name", .string(profile.name)),
                ("role", profile.role.map { .string($0) } ?? .null),
                ("kind", .string(profile.kind.rawValue)),
                ("aliases", .array(profile.aliases.sorted().map { .string($0) })),
                ("quotes", .int(profile.quoteCount)),
                ("mean_valence", .double(round4(profile.meanValence))),
                ("valence_ci95", .array([.double(round4(interval.lowerBound)), .double(round4(interval.upperBound))])),
                ("category_rates", .object(categories.map { ($0.rawValue, .double(round4(profile.rate(of: $0)))) })),
                ("top_terms", .array(profile.topTerms(5).map { .object([("term", .string($0.term)), ("count", .int($0.count))]) })),
                ("typical_quote", profile.typicalQuote.map { .string($0) } ?? .null),
            ])
        }))]
        if showDifferences, let base = profiles.first {
            members.append(("differences", .array(profiles.dropFirst().map { other in
                .object([
                    ("speaker", .string(other.name)), ("relative_to", .string(base.name)),
                    ("valence", .double(round4(other.meanValence - base.meanValence))),
                    ("category_rates", .object(categories.map { ($0.rawValue, .double(round4(other.rate(of: $0) - base.rate(of: $0)))) })),
                ])
            })))
        }
        return .object(members)
    }

    func csv() -> String {
        var lines = [((groupLabel.map { [$0] } ?? []) + [label, "quotes", "mean_valence", "ci95_low", "ci95_high"] + categories.map { "\($0.rawValue)_rate" } + ["top_terms", "typical_quote"]).joined(separator: ",")]
        for (index, profile) in profiles.enumerated() {
            let interval = profile.valenceInterval
            let terms = profile.topTerms(5).map { "\($0.term):\($0.count)" }.joined(separator: " ")
            lines.append(((group(index).map { [CSV.field($0)] } ?? []) + [CSV.field(profile.name), "\(profile.quoteCount)", "\(round4(profile.meanValence))",
                           "\(round4(interval.lowerBound))", "\(round4(interval.upperBound))"]
                          + categories.map { "\(round4(profile.rate(of: $0)))" } + [CSV.field(terms), CSV.field(profile.typicalQuote ?? "")])
                .joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func round4(_ value: Double) -> Double { PythonRounding.round(value, digits: 4) }
    private func fixed(_ value: Double) -> String { DecimalText.fixed(value, digits: 2, plus: true) }
    private func signed(_ value: Double) -> String { DecimalText.fixed(value, digits: 3, plus: true) }
    private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
