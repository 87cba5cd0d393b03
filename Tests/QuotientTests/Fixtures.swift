import Foundation

/// Reads test fixtures from the bundle's `Fixtures` folder.
enum Fixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }

    /// Each line of a JSONL fixture as a dictionary.
    static func jsonLines(_ name: String) throws -> [[String: Any]] {
        try text(name).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }
}
