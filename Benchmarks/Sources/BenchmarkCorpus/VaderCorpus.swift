import Foundation

/// The VADER development corpus (the texts of the test fixture), repeated to a minimum size.
public enum VaderCorpus {
    /// Texts from `Tests/QuotientTests/Fixtures/vader-oracle-corpus.jsonl`, found relative to this package.
    public static func texts(minimumBytes: Int, packageRoot: String = defaultRoot()) throws -> [String] {
        let url = URL(fileURLWithPath: packageRoot)
            .appendingPathComponent("../Tests/QuotientTests/Fixtures/vader-oracle-corpus.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let base = try lines.map { line -> String in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return object["text"] as! String
        }
        var texts: [String] = []
        var total = 0
        while total < minimumBytes {
            for text in base {
                texts.append(text)
                total += text.utf8.count + 1
            }
        }
        return texts
    }

    /// The development texts joined by spaces into one text of about `bytes` bytes: one long review with
    /// many `but`s and many repeated sentiment values, the worst case of VADER's `but` rule.
    public static func longText(bytes: Int, packageRoot: String = defaultRoot()) throws -> String {
        var text = ""
        for line in try texts(minimumBytes: bytes, packageRoot: packageRoot) {
            if text.utf8.count >= bytes { break }
            text += line
            text += " "
        }
        return text
    }

    /// The Benchmarks package folder, from the working directory `swift package benchmark` uses.
    public static func defaultRoot() -> String {
        let current = FileManager.default.currentDirectoryPath
        if FileManager.default.fileExists(atPath: current + "/Benchmarks/QuotientBenchmarks") { return current }
        return current + "/Benchmarks"
    }
}
