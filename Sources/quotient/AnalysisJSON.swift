import Foundation
import Quotient

/// The JSON shape of `analyze` output, and reading profiles back for `compare --from`.
enum AnalysisJSON {
    static func object(_ analysis: Analysis, id: JSONValue, passThrough: [(String, JSONValue)], categories: [String]) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", id)]
        members += passedThroughFields(passThrough, reserving: ["id", "quotes", "speakers", "warnings"])
        members.append(("quotes", .array(analysis.quotes.map { quote($0, categories: categories) })))
        members.append(("speakers", .array(analysis.speakers.map(profile))))
        members.append(("warnings", .array(analysis.warnings.map { .string($0) })))
        return .object(members)
    }

    static func quote(_ item: AnalyzedQuote, categories: [String]) -> JSONValue {
        let stance = StanceJSON.fields(item.stance, categories: categories).filter { $0.0 != "neg" && $0.0 != "neu" && $0.0 != "pos" && $0.0 != "compound" }
        let v = item.stance.valence
        let valence: (String, JSONValue) = ("valence", .object([
            ("neg", .double(v.negative)), ("neu", .double(v.neutral)), ("pos", .double(v.positive)), ("compound", .double(v.compound)),
        ]))
        return QuoteJSON.quote(item.quote, extra: [valence] + stance)
    }

    static func profile(_ profile: SpeakerProfile) -> JSONValue {
        let interval = profile.valenceInterval
        return .object([
            ("name", .string(profile.name)),
            ("aliases", .array(profile.aliases.sorted().map { .string($0) })),
            ("role", profile.role.map { .string($0) } ?? .null),
            ("kind", .string(profile.kind.rawValue)),
            ("gender", .string(profile.gender.rawValue)),
            ("quotes", .int(profile.quoteCount)),
            ("female_quotes", .int(profile.femaleQuotes)),
            ("male_quotes", .int(profile.maleQuotes)),
            ("mean_valence", .double(PythonRounding.round(profile.meanValence, digits: 4))),
            ("valence_ci95", .array([.double(PythonRounding.round(interval.lowerBound, digits: 4)), .double(PythonRounding.round(interval.upperBound, digits: 4))])),
            ("valence_sum", .int(profile.valenceSum)),
            ("valence_square_sum", .int(profile.valenceSquareSum)),
            ("categories", .object(profile.categoryQuotes.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
            ("terms", .object(profile.termCounts.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
            ("typical_quote", profile.typicalQuote.map { .string($0) } ?? .null),
            ("typical_evidence", .int(profile.typicalQuoteEvidence)),
        ])
    }

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads a profile written by ``profile(_:)``.
    static func readProfile(_ object: [String: Any]) throws -> SpeakerProfile {
        func int(_ key: String) throws -> Int {
            guard let value = object[key] as? NSNumber else { throw ReadError(description: "speaker without integer \"\(key)\"") }
            return value.intValue
        }
        guard let name = object["name"] as? String else { throw ReadError(description: "speaker without \"name\"") }
        func counts(_ key: String) -> [String: Int] {
            ((object[key] as? [String: Any]) ?? [:]).compactMapValues { ($0 as? NSNumber)?.intValue }
        }
        var profile = SpeakerProfile(
            name: name, aliases: Set((object["aliases"] as? [String]) ?? [name]), role: object["role"] as? String,
            kind: Speaker.Kind(rawValue: object["kind"] as? String ?? "") ?? .person, quoteCount: try int("quotes"),
            valenceSum: try int("valence_sum"), valenceSquareSum: try int("valence_square_sum"),
            categoryQuotes: counts("categories"), termCounts: counts("terms"), typicalQuote: object["typical_quote"] as? String,
            typicalEvidence: (object["typical_evidence"] as? NSNumber)?.intValue ?? 0)
        // Output written before genders were recorded has none.
        profile.femaleQuotes = (object["female_quotes"] as? NSNumber)?.intValue ?? 0
        profile.maleQuotes = (object["male_quotes"] as? NSNumber)?.intValue ?? 0
        return profile
    }
}
