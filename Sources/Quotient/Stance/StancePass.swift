import Foundation

/// One text's trip through the stance matcher: token facts first, then one matching pass over them, over the
/// matcher and the scratch memory of the scorer.
struct StancePass {
    let matcher: StanceMatcher
    let scratch: StanceScratch
    let bytes: UnsafeBufferPointer<UInt8>
    private var wordCount = 0

    init(matcher: StanceMatcher, scratch: StanceScratch, bytes: UnsafeBufferPointer<UInt8>) {
        self.matcher = matcher
        self.scratch = scratch
        self.bytes = bytes
        scratch.reset()
    }

    // MARK: - Token facts

    /// Adds a token of ASCII text: one-byte tokens take all their facts from a table, and longer ones are
    /// always words or numbers.
    @inline(__always)
    mutating func appendASCII(_ range: Range<Int>, kind: Token.Kind) {
        let token = Token(kind: kind, asciiRange: range)
        var fact: TokenFacts
        if range.count == 1 {
            let known = matcher.singleASCIIToken[Int(bytes[range.lowerBound])]
            fact = TokenFacts(token: token, id: known.id, flags: known.flags, key: 0, boost: known.boost)
        } else {
            fact = lookUp(token)
            fact.flags.insert(.word)
        }
        if fact.flags.contains(.word) { wordCount += 1 }
        scratch.append(fact)
    }

    /// Adds any token, with the flags its kind implies.
    mutating func append(_ token: Token) {
        let span = token.span.utf8
        var fact = lookUp(token)
        fact.flags.formUnion(StanceContext.flags(of: token.kind, firstByte: bytes[span.lowerBound], length: span.count))
        if fact.flags.contains(.word) { wordCount += 1 }
        scratch.append(fact)
    }

    /// A token's facts from its lowercase form with `’` folded to `'`; short ASCII tokens (nearly all) are
    /// lowercased and hashed eight bytes at a time, one-byte ones read from a table.
    @inline(__always)
    private func lookUp(_ token: Token) -> TokenFacts {
        let span = token.span.utf8
        if span.count == 1 && bytes[span.lowerBound] < 0x80 {
            let known = matcher.singleByte[Int(bytes[span.lowerBound])]
            return TokenFacts(token: token, id: known.id, flags: known.flags, key: 0, boost: known.boost)
        }
        if let short = ShortASCIIToken(span, in: bytes) {
            let lowered = short.lowercased
            let negator = short.containsApostrophe && lowered.withBytes(StanceContext.endsWithContractedNot)
            return facts(token, id: matcher.words.lookup(lowered), negator: negator, key: span.count >= 3 ? lowered.firstThreeBytes : 0)
        }
        let key = span.count < 3 ? 0 : StanceLexicon.prefixKey(
            TextBytes.asciiLowercased(bytes[span.lowerBound]), TextBytes.asciiLowercased(bytes[span.lowerBound + 1]),
            TextBytes.asciiLowercased(bytes[span.lowerBound + 2]))
        var normalized = StanceLexicon.normalize(String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self))
        return normalized.withUTF8 { word in
            facts(token, id: matcher.words.lookup(word), negator: StanceContext.endsWithContractedNot(word), key: key)
        }
    }

    private func facts(_ token: Token, id found: TermTable.ID?, negator: Bool, key: UInt32) -> TokenFacts {
        let known = matcher.facts(of: found)
        return TokenFacts(token: token, id: known.id, flags: negator ? known.flags.union(.negator) : known.flags, key: key, boost: known.boost)
    }

    // MARK: - Matching

    /// Matches every token and sums the categories.
    func stance(valence: ValenceScores) -> Stance {
        var evidence: [StanceEvidence] = []
        let rootHasPrefixes = matcher.nodeHasPrefixes[0]
        for start in 0..<scratch.factCount {
            // Most tokens start no entry: skip them without walking the trie.
            let fact = scratch.fact(start)
            guard fact.id >= 0 || (rootHasPrefixes && fact.key != 0 && matcher.mayStartPrefix(fact.key)) else { continue }
            collectLongestMatches(startingAt: start)
            for (entryIndex, end) in scratch.best {
                let entry = matcher.entries[Int(entryIndex)]
                guard start >= scratch.covered[entry.category] else { continue }
                scratch.covered[entry.category] = end + 1
                if let item = record(entry, from: start, to: end) { evidence.append(item) }
            }
        }
        var scores = CategoryScores(count: scratch.categoryCount)
        for index in 0..<scores.count where scratch.weights[index] > 0 && wordCount > 0 {
            scores.set(1 - exp(-10 * scratch.weights[index] / Double(wordCount)), at: index)
        }
        return Stance(valence: valence, categories: matcher.categoryNames, categoryScores: scores, evidence: evidence, wordCount: wordCount)
    }

    /// For each category, the longest entry starting at `start` (into the scratch's `best`), with the index of
    /// its last token.
    private func collectLongestMatches(startingAt start: Int) {
        scratch.best.removeAll(keepingCapacity: true)
        var node = 0
        var position = start
        while position < scratch.factCount {
            let fact = scratch.fact(position)
            if matcher.nodeHasPrefixes[node] && fact.key != 0 && matcher.mayStartPrefix(fact.key) {
                for (prefix, entry) in matcher.nodes[node].prefixes[fact.key] ?? [] where hasPrefix(fact.token, prefix) {
                    consider(entry, end: position)
                }
            }
            guard fact.id >= 0 else { break }
            let child = matcher.child(of: node, id: fact.id)
            guard child >= 0 else { break }
            node = child
            for entry in matcher.nodes[node].entries { consider(entry, end: position) }
            position += 1
        }
    }

    private func consider(_ entry: Int32, end: Int) {
        let category = matcher.entries[Int(entry)].category
        if let existing = scratch.best.firstIndex(where: { matcher.entries[Int($0.entry)].category == category }) {
            if scratch.best[existing].end < end { scratch.best[existing] = (entry, end) }
        } else {
            scratch.best.append((entry, end))
        }
    }

    private func hasPrefix(_ token: Token, _ prefix: [UInt8]) -> Bool {
        let range = token.span.utf8
        guard range.count >= prefix.count else { return false }
        for (index, byte) in prefix.enumerated() where TextBytes.asciiLowercased(bytes[range.lowerBound + index]) != byte {
            return false
        }
        return true
    }

    // MARK: - Context

    /// Counts a match toward its category (or the one its negation rule names) and returns its evidence; nil
    /// when a category it may not follow matched just before it.
    private func record(_ entry: StanceLexicon.Entry, from start: Int, to end: Int) -> StanceEvidence? {
        let rules = matcher.categoryRules[entry.category]
        for blocking in rules.notAfter where scratch.lastMatchEnd[blocking] == start - 1 { return nil }
        scratch.lastMatchEnd[entry.category] = end
        let negated = isNegated(from: start, to: end)
        var weight = entry.weight * (start > 0 ? 1 + scratch.fact(start - 1).boost : 1)
        var target = entry.category
        if negated {
            switch rules.negation {
            case .keep: break
            case .drop: weight = 0
            case .move(let index): target = index
            }
        }
        scratch.weights[target] += weight
        let first = scratch.fact(start).token.span
        let last = scratch.fact(end).token.span
        let span = TextSpan(utf8: first.utf8.lowerBound..<last.utf8.upperBound, scalars: first.scalars.lowerBound..<last.scalars.upperBound)
        return StanceEvidence(
            text: String(decoding: UnsafeBufferPointer(rebasing: bytes[span.utf8]), as: UTF8.self), term: entry.term,
            category: matcher.categoryNames[target], span: span, negated: negated, weight: weight)
    }

    private func isNegated(from start: Int, to end: Int) -> Bool {
        var wordsBack = 0
        var index = scratch.fact(start).flags.contains(.clauseOpener) ? -1 : start - 1
        while index >= 0 && wordsBack < 3 {
            let context = scratch.fact(index).flags
            if context.contains(.clauseBoundary) { break }
            if context.contains(.word) {
                if context.contains(.negator) { return true }
                if context.contains(.clauseOpener) { break }
                wordsBack += 1
            }
            index -= 1
        }
        for inside in start...end where scratch.fact(inside).flags.contains(.negator) { return true }
        return end + 1 < scratch.factCount && scratch.fact(end + 1).flags.contains(.negatesBefore)
    }
}
