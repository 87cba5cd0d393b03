/// A VADER-compatible sentiment scorer: the same numbers as vaderSentiment 3.3.2's `polarity_scores`, quirks
/// included, in linear time and without heap allocation per text in steady state.
///
/// A scorer keeps scratch buffers between calls, so keep one per thread and reuse it:
///
/// ```swift
/// var scorer = ValenceScorer()
/// let scores = scorer.scores("VADER is smart, handsome, and funny!")  // compound 0.8439
/// ```
public struct ValenceScorer: Sendable {
    /// The compiled tables.
    public let lexicon: ValenceLexicon

    private var converted: [UInt8] = []
    private var lowered: [UInt8] = []
    private var tokens: [Range<Int>] = []
    private var infos: [TokenInfo] = []
    private var sentiments: [Double] = []

    /// A token's lookups, gathered once so the rules read one array.
    struct TokenInfo {
        var id: TermTable.ID
        /// Lexicon valence, NaN when the token is not a lexicon word.
        var valence: Double
        var booster: Double
        var isUpper: Bool
        var isNegator: Bool
        /// Whether the word is part of a special-case phrase or a multi-word booster.
        var inPhrase: Bool
    }

    static let boosterIncrement = 0.293
    static let capsIncrement = 0.733
    static let negationScalar = -0.74

    /// Creates a scorer over `lexicon` (the bundled VADER lexicons by default).
    public init(lexicon: ValenceLexicon = .bundled) {
        self.lexicon = lexicon
    }

    /// Scores one text as `polarity_scores` would.
    public mutating func scores(_ text: String) -> ValenceScores {
        var text = text
        return text.withUTF8 { scores(utf8: $0) }
    }

    /// Scores UTF-8 bytes, which must be valid UTF-8.
    public mutating func scores(utf8 input: UnsafeBufferPointer<UInt8>) -> ValenceScores {
        if containsEmoji(input) {
            replaceEmoji(input)
            return converted.withUnsafeBufferPointer { scoreConverted($0) }
        }
        return scoreConverted(input)
    }

    /// Each VADER token with its valence before the `but` rule: what `quotient explain` shows.
    public mutating func tokenValences(_ text: String) -> [(token: String, valence: Double)] {
        var text = text
        return text.withUTF8 { input in
            guard containsEmoji(input) else { return tokenValences(utf8: input) }
            replaceEmoji(input)
            let copy = converted
            return copy.withUnsafeBufferPointer { tokenValences(utf8: $0) }
        }
    }

    private mutating func tokenValences(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [(token: String, valence: Double)] {
        prepare(bytes)
        computeSentiments()
        return zip(tokens, sentiments).map { range, value in
            (String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self), value)
        }
    }

    // MARK: - Step 0: emoji

    private func containsEmoji(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset < input.count {
            if input[offset] < 0x80 {
                offset += 1
                continue
            }
            let (scalar, length) = TextBytes.scalar(at: offset, in: input)
            if isEmojiKey(scalar.value) { return true }
            offset += length
        }
        return false
    }

    private func isEmojiKey(_ value: UInt32) -> Bool {
        value < 0x3000 ? lexicon.emojiLowBitmap[Int(value)] : lexicon.emoji[value] != nil
    }

    /// Replaces each emoji code point by its description, with VADER's spacing (a space before unless the
    /// previous character was U+0020, none after).
    private mutating func replaceEmoji(_ input: UnsafeBufferPointer<UInt8>) {
        converted.removeAll(keepingCapacity: true)
        var previousWasSpace = true
        var offset = 0
        while offset < input.count {
            let (scalar, length) = TextBytes.scalar(at: offset, in: input)
            if (scalar.value >= 0x80 || lexicon.emojiLowBitmap[Int(scalar.value)]), isEmojiKey(scalar.value),
               let description = lexicon.emoji[scalar.value] {
                if !previousWasSpace { converted.append(0x20) }
                converted.append(contentsOf: description)
                previousWasSpace = false
            } else {
                converted.append(contentsOf: UnsafeBufferPointer(rebasing: input[offset..<(offset + length)]))
                previousWasSpace = scalar == " "
            }
            offset += length
        }
    }

    // MARK: - Steps 1–5

    private mutating func scoreConverted(_ bytes: UnsafeBufferPointer<UInt8>) -> ValenceScores {
        let marks = prepare(bytes)
        guard !tokens.isEmpty else { return .empty }
        computeSentiments()
        applyButRule()
        return Self.score(sentiments, punctuation: Self.punctuationEmphasis(exclamations: marks.exclamations, questions: marks.questions))
    }

    /// Strips the text, splits it into VADER tokens and looks each one up. Returns the `!` and `?` counts.
    @discardableResult
    private mutating func prepare(_ bytes: UnsafeBufferPointer<UInt8>) -> (exclamations: Int, questions: Int) {
        tokens.removeAll(keepingCapacity: true)
        infos.removeAll(keepingCapacity: true)
        let text = PythonText.stripped(bytes)
        let marks = PythonText.forEachWhitespaceSeparated(bytes, in: text) { token in
            tokens.append(PythonText.strippingPunctuationIfWord(token, in: bytes))
        }
        for range in tokens {
            lookUp(UnsafeBufferPointer(rebasing: bytes[range]))
        }
        return marks
    }

    private mutating func lookUp(_ token: UnsafeBufferPointer<UInt8>) {
        // Lowercase on the stack in one pass; ASCII tokens are nearly all of them.
        let handled = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(token.count, 1)) { lowered -> Bool in
            var hasUpper = false
            var hasLower = false
            var index = 0
            while index < token.count {
                let byte = token[index]
                if byte >= 0x80 { return false }
                if TextBytes.isASCIIUpper(byte) {
                    hasUpper = true
                    lowered[index] = byte | 0x20
                } else {
                    if TextBytes.isASCIILower(byte) { hasLower = true }
                    lowered[index] = byte
                }
                index += 1
            }
            record(lowered: UnsafeBufferPointer(rebasing: lowered[0..<token.count]), isUpper: hasUpper && !hasLower)
            return true
        }
        guard !handled else { return }
        let text = String(decoding: token, as: UTF8.self)
        let (hasUpper, hasLower) = PythonText.caseFlags(text)
        lowered.removeAll(keepingCapacity: true)
        lowered.append(contentsOf: text.lowercased().utf8)
        let copy = lowered
        copy.withUnsafeBufferPointer { record(lowered: $0, isUpper: hasUpper && !hasLower) }
    }

    private mutating func record(lowered: UnsafeBufferPointer<UInt8>, isUpper: Bool) {
        let id = lexicon.terms.lookup(lowered) ?? -1
        let entry = id >= 0 ? lexicon.entries[Int(id)] : ValenceLexicon.Entry()
        infos.append(TokenInfo(
            id: id, valence: entry.valence, booster: entry.booster, isUpper: isUpper,
            isNegator: entry.isNegation || PythonText.containsContractedNot(lowered), inPhrase: entry.inPhrase))
    }

    @inline(__always)
    private func inLexicon(_ index: Int) -> Bool { !infos[index].valence.isNaN }

    @inline(__always)
    private func isWord(_ index: Int, _ id: TermTable.ID) -> Bool { infos[index].id == id }

    private mutating func computeSentiments() {
        sentiments.removeAll(keepingCapacity: true)
        let count = tokens.count
        var upperCount = 0
        for info in infos where info.isUpper { upperCount += 1 }
        let capDifferential = upperCount > 0 && upperCount < count
        let words = lexicon.words
        for index in 0..<count {
            let id = infos[index].id
            if infos[index].booster != 0 {
                sentiments.append(0)
                continue
            }
            if index < count - 1 && id == words.kind && isWord(index + 1, words.of) {
                sentiments.append(0)
                continue
            }
            guard inLexicon(index) else {
                sentiments.append(0)
                continue
            }
            sentiments.append(valence(at: index, capDifferential: capDifferential))
        }
    }

    private func valence(at index: Int, capDifferential: Bool) -> Double {
        let words = lexicon.words
        let raw = infos[index].valence
        var value = raw
        if infos[index].id == words.no && index != tokens.count - 1 && inLexicon(index + 1) {
            value = 0
        }
        if (index > 0 && isWord(index - 1, words.no)) || (index > 1 && isWord(index - 2, words.no))
            || (index > 2 && isWord(index - 3, words.no) && (isWord(index - 1, words.or) || isWord(index - 1, words.nor))) {
            value = raw * Self.negationScalar
        }
        if infos[index].isUpper && capDifferential {
            value += value > 0 ? Self.capsIncrement : -Self.capsIncrement
        }
        for distance in 1...3 where index >= distance && !inLexicon(index - distance) {
            var scalar = boosterScalar(at: index - distance, valence: value, capDifferential: capDifferential)
            if distance == 2 && scalar != 0 { scalar *= 0.95 }
            if distance == 3 && scalar != 0 { scalar *= 0.9 }
            value = value + scalar
            value = negationCheck(value, index: index, distance: distance)
            if distance == 3 { value = idiomCheck(value, index: index) }
        }
        return leastCheck(value, index: index)
    }

    private func boosterScalar(at index: Int, valence: Double, capDifferential: Bool) -> Double {
        var scalar = infos[index].booster
        guard scalar != 0 else { return 0 }
        if valence < 0 { scalar *= -1 }
        if infos[index].isUpper && capDifferential {
            scalar += valence > 0 ? Self.capsIncrement : -Self.capsIncrement
        }
        return scalar
    }

    /// VADER's `_negation_check`, including the operator-precedence slip at distance 3 that lets any `so` or
    /// `this` right before the word multiply by 1.25.
    private func negationCheck(_ value: Double, index i: Int, distance: Int) -> Double {
        let w = lexicon.words
        switch distance {
        case 1:
            return infos[i - 1].isNegator ? value * Self.negationScalar : value
        case 2:
            if isWord(i - 2, w.never) && (isWord(i - 1, w.so) || isWord(i - 1, w.this)) { return value * 1.25 }
            if isWord(i - 2, w.without) && isWord(i - 1, w.doubt) { return value }
            return infos[i - 2].isNegator ? value * Self.negationScalar : value
        default:
            if (isWord(i - 3, w.never) && (isWord(i - 2, w.so) || isWord(i - 2, w.this)))
                || (isWord(i - 1, w.so) || isWord(i - 1, w.this)) {
                return value * 1.25
            }
            if isWord(i - 3, w.without) && (isWord(i - 2, w.doubt) || isWord(i - 1, w.doubt)) { return value }
            return infos[i - 3].isNegator ? value * Self.negationScalar : value
        }
    }

    private func idiomCheck(_ value: Double, index i: Int) -> Double {
        // Most words have no phrase word around them; skip the phrase comparisons then.
        let last = min(i + 2, infos.count - 1)
        guard ((i - 3)...last).contains(where: { infos[$0].inPhrase }) else { return value }
        var value = value
        if let special = specialCase(i - 1, i) ?? specialCase(i - 2, i) ?? specialCase(i - 2, i - 1)
            ?? specialCase(i - 3, i - 1) ?? specialCase(i - 3, i - 2) {
            value = special
        }
        if infos.count - 1 > i, let special = specialCase(i, i + 1) { value = special }
        if infos.count - 1 > i + 1, let special = specialCase(i, i + 2) { value = special }
        value += phraseBooster(i - 3, i - 1) + phraseBooster(i - 3, i - 2) + phraseBooster(i - 2, i - 1)
        return value
    }

    private func phraseBooster(_ first: Int, _ last: Int) -> Double {
        var total = 0.0
        for phrase in lexicon.phraseBoosters where matches(phrase.ids, first...last) { total += phrase.scalar }
        return total
    }

    private func specialCase(_ first: Int, _ last: Int) -> Double? {
        lexicon.specialCases.first { matches($0.ids, first...last) }?.valence
    }

    private func matches(_ phrase: [TermTable.ID], _ range: ClosedRange<Int>) -> Bool {
        guard phrase.count == range.count else { return false }
        var index = range.lowerBound
        for id in phrase {
            if infos[index].id != id { return false }
            index += 1
        }
        return true
    }

    private func leastCheck(_ value: Double, index i: Int) -> Double {
        let w = lexicon.words
        if i > 1 && !inLexicon(i - 1) && isWord(i - 1, w.least) {
            if !isWord(i - 2, w.at) && !isWord(i - 2, w.very) { return value * Self.negationScalar }
        } else if i > 0 && !inLexicon(i - 1) && isWord(i - 1, w.least) {
            return value * Self.negationScalar
        }
        return value
    }

    // MARK: - The "but" rule

    /// VADER's `_but_check` copied literally: each value is written to the slot of the first *equal* value,
    /// which can modify the wrong slot when values repeat.
    private mutating func applyButRule() {
        let but = lexicon.words.but
        guard let butIndex = infos.firstIndex(where: { $0.id == but }) else { return }
        if sentiments.count <= 512 {
            for k in sentiments.indices {
                let value = sentiments[k]
                let first = sentiments.firstIndex(of: value)!
                scaleForBut(slot: first, value: value, butIndex: butIndex)
            }
        } else {
            applyButRuleIndexed(butIndex: butIndex)
        }
    }

    @inline(__always)
    private mutating func scaleForBut(slot: Int, value: Double, butIndex: Int) {
        if slot < butIndex {
            sentiments[slot] = value * 0.5
        } else if slot > butIndex {
            sentiments[slot] = value * 1.5
        }
    }

    /// The same result in linear time for long texts: the slots holding each value, kept sorted.
    private mutating func applyButRuleIndexed(butIndex: Int) {
        func key(_ value: Double) -> UInt64 { (value == 0 ? 0.0 : value).bitPattern }
        var slots: [UInt64: [Int]] = [:]
        for (index, value) in sentiments.enumerated() { slots[key(value), default: []].append(index) }
        for k in sentiments.indices {
            let value = sentiments[k]
            let first = slots[key(value)]!.first!
            scaleForBut(slot: first, value: value, butIndex: butIndex)
            let updated = sentiments[first]
            guard key(updated) != key(value) else { continue }
            slots[key(value)]!.removeFirst()
            var moved = slots[key(updated), default: []]
            let position = moved.firstIndex { $0 > first } ?? moved.count
            moved.insert(first, at: position)
            slots[key(updated)] = moved
        }
    }

    // MARK: - Scoring

    /// `!` adds 0.292 each (at most 4); more than one `?` adds 0.18 each (0.96 for more than 3).
    static func punctuationEmphasis(exclamations: Int, questions: Int) -> Double {
        let exclamation = Double(min(exclamations, 4)) * 0.292
        var question = 0.0
        if questions > 1 { question = questions <= 3 ? Double(questions) * 0.18 : 0.96 }
        return exclamation + question
    }

    static func score(_ sentiments: [Double], punctuation: Double) -> ValenceScores {
        var sum = 0.0
        for value in sentiments { sum += value }
        if sum > 0 { sum += punctuation } else if sum < 0 { sum -= punctuation }
        var compound = sum / (sum * sum + 15).squareRoot()
        compound = min(1, max(-1, compound))

        var positive = 0.0
        var negative = 0.0
        var neutral = 0
        for value in sentiments {
            if value > 0 { positive += value + 1 }
            if value < 0 { negative += value - 1 }
            if value == 0 { neutral += 1 }
        }
        if positive > Swift.abs(negative) {
            positive += punctuation
        } else if positive < Swift.abs(negative) {
            negative -= punctuation
        }
        let total = positive + Swift.abs(negative) + Double(neutral)
        return ValenceScores(
            negative: PythonRounding.round(Swift.abs(negative / total), digits: 3),
            neutral: PythonRounding.round(Swift.abs(Double(neutral) / total), digits: 3),
            positive: PythonRounding.round(Swift.abs(positive / total), digits: 3),
            compound: PythonRounding.round(compound, digits: 4))
    }
}
