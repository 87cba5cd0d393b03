/// A speaker's name as people write it in a list of sources: no possessive ending, no party, occupation or
/// sentence word glued before it ("Democrat Hillary Clinton", "Actor Clint Howard", "Kelly Ayotte’s").
enum SpeakerName {
    /// Words that describe a person when they stand before the name, never part of it.
    static let descriptors: Set<String> = [
        "democrat", "democratic", "republican", "gop", "independent", "liberal", "conservative", "labour", "tory",
        "libertarian", "green", "socialist", "actor", "actress", "singer", "rapper", "author", "writer", "novelist",
        "comedian", "businessman", "businesswoman", "billionaire", "entrepreneur", "activist", "candidate",
        "presidential", "hopeful", "nominee", "frontrunner", "former", "incumbent", "veteran", "pollster",
        "strategist", "commentator", "host", "anchor", "columnist", "journalist", "reporter", "pastor", "rabbi",
        "coach", "maybe", "perhaps", "still", "also", "even", "now", "then", "so", "but", "and", "yet",
    ]

    /// The name without a possessive and without leading descriptor words, with the descriptor words (in
    /// their written form) when there were any. At least one word of the name is kept.
    static func canonical(_ name: String, isDescriptor: (String) -> Bool = { _ in false }) -> (name: String, descriptor: String?) {
        // Nearly every name is canonical already: say so without splitting it (this runs for every mention).
        let possessive = name.hasSuffix("s") || name.hasSuffix("'") || name.hasSuffix("’")
        if !possessive, let space = name.firstIndex(of: " ") {
            let first = name[..<space].lowercased()
            if !descriptors.contains(first) && !isDescriptor(first) { return (name, nil) }
        } else if !possessive {
            return (name, nil)
        }
        var words = name.split(separator: " ").map(String.init)
        if let last = words.last {
            for ending in ["'s", "’s", "'", "’"] where last.count > ending.count + 1 && last.hasSuffix(ending) {
                words[words.count - 1] = String(last.dropLast(ending.count))
                break
            }
        }
        var dropped: [String] = []
        while words.count > 1 {
            let word = words[0].lowercased()
            guard descriptors.contains(word) || isDescriptor(word) else { break }
            dropped.append(words.removeFirst())
        }
        return (words.joined(separator: " "), dropped.isEmpty ? nil : dropped.joined(separator: " "))
    }
}
