import HeapModule

/// A VADER-compatible sentiment scorer: the same numbers as vaderSentiment 3.3.2's `polarity_scores`, quirks
/// included, in near-linear time (O(n log n) at worst, for VADER's `but` rule) and without heap allocation per text
/// in steady state.
///
/// A scorer is a value that is safe to share across threads and tasks: each call borrows scratch memory from
/// the scorer's pool, so scoring allocates nothing per text in steady state.
///
/// ```swift
/// let scorer = ValenceScorer()
/// let scores = scorer.scores("VADER is smart, handsome, and funny!")  // compound 0.8439
/// ```
public struct ValenceScorer: Sendable {
    /// The compiled tables.
    public let lexicon: ValenceLexicon

    private let scratches = ScratchPool { ValenceScratch() }

    static let boosterIncrement = 0.293
    static let capsIncrement = 0.733
    static let negationScalar = -0.74

    /// Creates a scorer over `lexicon` (the bundled VADER lexicons by default).
    public init(lexicon: ValenceLexicon = .bundled) {
        self.lexicon = lexicon
    }

    /// Scores one text as `polarity_scores` would.
    public func scores(_ text: String) -> ValenceScores {
        var text = text
        return text.withUTF8 { scores(utf8: $0) }
    }

    /// Scores many texts, in order, reusing the same working memory for all of them.
    public func scores(of texts: some Sequence<String>) -> [ValenceScores] {
        scratches.withScratch { scratch in
            texts.map { text in
                var text = text
                return text.withUTF8 { scoresAndCharacters(utf8: $0, scratch: scratch).scores }
            }
        }
    }

    /// Scores UTF-8 bytes, which must be valid UTF-8.
    package func scores(utf8 input: UnsafeBufferPointer<UInt8>) -> ValenceScores {
        scratches.withScratch { scoresAndCharacters(utf8: input, scratch: $0).scores }
    }

    /// The scores, and whether the text was all ASCII: the emoji scan finds that out anyway, and the stance
    /// scorer picks its tokenizer by it.
    func scoresAndCharacters(utf8 input: UnsafeBufferPointer<UInt8>, scratch: ValenceScratch) -> (scores: ValenceScores, isASCII: Bool) {
        switch Self.characters(of: input, lexicon: lexicon) {
        case .ascii:
            return (score(input, scratch: scratch), true)
        case .noEmoji:
            return (score(input, scratch: scratch), false)
        case .emoji:
            scratch.replaceEmoji(input, lexicon: lexicon)
            return (scratch.converted.withUnsafeBufferPointer { score($0, scratch: scratch) }, false)
        }
    }

    /// The tokens of the text `scratch` scored last (whitespace-separated, punctuation stripped as VADER does,
    /// with their lexicon ids). For text with emoji they lie in the converted text.
    static func lastTokens(of scratch: ValenceScratch) -> UnsafeBufferPointer<ValenceToken> {
        UnsafeBufferPointer(start: scratch.infos, count: scratch.tokenCount)
    }

    /// Each VADER token with its valence before the `but` rule: what `quotient explain` shows.
    public func tokenValences(_ text: String) -> [(token: String, valence: Double)] {
        var text = text
        return scratches.withScratch { scratch in
            text.withUTF8 { input in
                guard Self.characters(of: input, lexicon: lexicon) == .emoji else { return tokenValences(input, scratch: scratch) }
                scratch.replaceEmoji(input, lexicon: lexicon)
                let converted = scratch.converted
                return converted.withUnsafeBufferPointer { tokenValences($0, scratch: scratch) }
            }
        }
    }

    private func tokenValences(_ bytes: UnsafeBufferPointer<UInt8>, scratch: ValenceScratch) -> [(token: String, valence: Double)] {
        var pass = ValencePass(lexicon: lexicon, scratch: scratch, bytes: bytes)
        pass.tokenize()
        pass.computeSentiments()
        return (0..<pass.count).map { index in
            let info = pass.infos[index]
            let token = UnsafeBufferPointer(rebasing: bytes[info.start..<info.end])
            return (String(decoding: token, as: UTF8.self), pass.sentiments[index])
        }
    }

    private func score(_ bytes: UnsafeBufferPointer<UInt8>, scratch: ValenceScratch) -> ValenceScores {
        var pass = ValencePass(lexicon: lexicon, scratch: scratch, bytes: bytes)
        let marks = pass.tokenize()
        guard pass.count > 0 else { return .empty }
        pass.computeSentiments()
        pass.applyButRule()
        let sentiments = UnsafeBufferPointer(start: pass.sentiments, count: pass.count)
        return Self.score(sentiments, punctuation: Self.punctuationEmphasis(exclamations: marks.exclamations, questions: marks.questions))
    }

    // MARK: - Emoji

    private enum Characters { case ascii, noEmoji, emoji }

    /// Whether the text is all ASCII, has other characters but no emoji key, or has an emoji key. Eight ASCII
    /// bytes are skipped at a time, since most texts have no byte above 0x7F at all.
    private static func characters(of input: UnsafeBufferPointer<UInt8>, lexicon: ValenceLexicon) -> Characters {
        guard let base = input.baseAddress else { return .ascii }
        let raw = UnsafeRawPointer(base)
        var result = Characters.ascii
        var offset = 0
        while offset < input.count {
            if offset + 8 <= input.count && raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                offset += 8
                continue
            }
            if input[offset] < 0x80 {
                offset += 1
                continue
            }
            result = .noEmoji
            let (scalar, length) = TextBytes.scalar(at: offset, in: input)
            if lexicon.isEmojiKey(scalar.value) { return .emoji }
            offset += length
        }
        return result
    }

    // MARK: - Scoring

    /// `!` adds 0.292 each (at most 4); more than one `?` adds 0.18 each (0.96 for more than 3).
    static func punctuationEmphasis(exclamations: Int, questions: Int) -> Double {
        let exclamation = Double(min(exclamations, 4)) * 0.292
        var question = 0.0
        if questions > 1 { question = questions <= 3 ? Double(questions) * 0.18 : 0.96 }
        return exclamation + question
    }

    static func score(_ sentiments: UnsafeBufferPointer<Double>, punctuation: Double) -> ValenceScores {
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

/// A token's lookups, gathered once so the rules read one record.
struct ValenceToken {
    /// Lexicon valence, NaN when the token is not a lexicon word.
    var valence = Double.nan
    var booster = 0.0
    var id: TermTable.ID = -1
    var isUpper = false
    var isNegator = false
    /// Whether the word is part of a special-case phrase or a multi-word booster.
    var inPhrase = false
    /// The token's bytes in the scored text.
    var start = 0
    var end = 0
    /// A token of at most sixteen ASCII bytes, lowercased, as looked up; `nil` for others. The stance scorer
    /// reads it instead of loading the bytes again.
    var lowered: ShortASCIIToken?
}

/// Memory a scorer reuses from text to text, so scoring allocates only when a text is longer than any before.
final class ValenceScratch: @unchecked Sendable {
    // Only the scorer that owns this object touches it, one call at a time, so the per-access exclusivity
    // checks Swift adds to class properties would only cost time.
    @exclusivity(unchecked) private(set) var capacity = 0
    @exclusivity(unchecked) private(set) var infos: UnsafeMutablePointer<ValenceToken>
    @exclusivity(unchecked) private(set) var sentiments: UnsafeMutablePointer<Double>
    /// The number of tokens of the text scored last.
    @exclusivity(unchecked) var tokenCount = 0
    /// The nonzero slots and their values, for the `but` rule's scan (at most ``ButRule/scanLimit``).
    let butSlots = UnsafeMutablePointer<Int>.allocate(capacity: ButRule.scanLimit)
    let butValues = UnsafeMutablePointer<Double>.allocate(capacity: ButRule.scanLimit)
    let butSeen = UnsafeMutablePointer<UInt64>.allocate(capacity: ButRule.seenWords)
    /// A lowercased token; ASCII tokens are lowered on the stack, so only non-ASCII ones land here.
    @exclusivity(unchecked) var lowered: [UInt8] = []
    /// The text with emoji replaced by their descriptions.
    @exclusivity(unchecked) var converted: [UInt8] = []

    init() {
        infos = .allocate(capacity: 0)
        sentiments = .allocate(capacity: 0)
        reserve(tokens: 64)
    }

    deinit {
        infos.deallocate()
        sentiments.deallocate()
        butSlots.deallocate()
        butValues.deallocate()
        butSeen.deallocate()
    }

    /// Room for `tokens` tokens, grown geometrically.
    func reserve(tokens: Int) {
        guard tokens > capacity else { return }
        let newCapacity = Swift.max(tokens, capacity * 2)
        infos.deallocate()
        sentiments.deallocate()
        infos = .allocate(capacity: newCapacity)
        sentiments = .allocate(capacity: newCapacity)
        capacity = newCapacity
    }

    /// Replaces each emoji code point by its description, with VADER's spacing (a space before unless the
    /// previous character was U+0020, none after).
    func replaceEmoji(_ input: UnsafeBufferPointer<UInt8>, lexicon: ValenceLexicon) {
        converted.removeAll(keepingCapacity: true)
        var previousWasSpace = true
        var offset = 0
        while offset < input.count {
            let (scalar, length) = TextBytes.scalar(at: offset, in: input)
            if lexicon.isEmojiKey(scalar.value), let description = lexicon.emojiDescription(scalar.value) {
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
}

/// One text's trip through VADER's steps, over the scratch memory. The rule functions read tokens through raw
/// pointers: they index neighbours up to three back and two ahead, always checked against `count` first.
struct ValencePass {
    let lexicon: ValenceLexicon
    let scratch: ValenceScratch
    let bytes: UnsafeBufferPointer<UInt8>
    let infos: UnsafeMutablePointer<ValenceToken>
    let sentiments: UnsafeMutablePointer<Double>
    private(set) var count = 0

    init(lexicon: ValenceLexicon, scratch: ValenceScratch, bytes: UnsafeBufferPointer<UInt8>) {
        // Tokens are separated by whitespace, so there are at most half as many as bytes, rounded up.
        scratch.reserve(tokens: bytes.count / 2 + 1)
        self.lexicon = lexicon
        self.scratch = scratch
        self.bytes = bytes
        self.infos = scratch.infos
        self.sentiments = scratch.sentiments
    }

    // MARK: Step 1: tokens

    /// `text.strip().split()`, each token stripped of punctuation and looked up, counting `!` and `?` on the
    /// way (VADER's punctuation emphasis reads them over the same text), so the text is read once. A token of
    /// at most sixteen ASCII bytes, nearly every token, is read a word at a time; the rest byte by byte.
    @discardableResult
    mutating func tokenize() -> (exclamations: Int, questions: Int) {
        count = 0
        var exclamations = 0
        var questions = 0
        var offset = 0
        var tokenStart = -1
        let end = bytes.count
        PythonText.byteClasses.withUnsafeBufferPointer { classes in
            while offset < end {
                let byteClass = classes[Int(bytes[offset])] & PythonText.ByteClass.notPlain
                if tokenStart < 0 && byteClass != PythonText.ByteClass.space,
                   let next = appendShortASCIIToken(at: offset, classes: classes, exclamations: &exclamations, questions: &questions) {
                    offset = next
                    continue
                }
                switch byteClass {
                case 0:
                    if tokenStart < 0 { tokenStart = offset }
                    offset += 1
                    while offset < end && classes[Int(bytes[offset])] & PythonText.ByteClass.notPlain == 0 { offset += 1 }
                    continue
                case PythonText.ByteClass.space:
                    if tokenStart >= 0 { append(tokenStart..<offset, classes: classes) }
                    tokenStart = -1
                    offset += 1
                    continue
                case PythonText.ByteClass.exclamation:
                    exclamations += 1
                case PythonText.ByteClass.question:
                    questions += 1
                default:
                    let (scalar, length) = TextBytes.scalar(at: offset, in: bytes)
                    if PythonText.isWhitespace(scalar.value) {
                        if tokenStart >= 0 { append(tokenStart..<offset, classes: classes) }
                        tokenStart = -1
                    } else if tokenStart < 0 {
                        tokenStart = offset
                    }
                    offset += length
                    continue
                }
                if tokenStart < 0 { tokenStart = offset }
                offset += 1
            }
            if tokenStart >= 0 { append(tokenStart..<end, classes: classes) }
        }
        scratch.tokenCount = count
        return (exclamations, questions)
    }

    private mutating func append(_ whole: Range<Int>, classes: UnsafeBufferPointer<UInt8>) {
        let range = PythonText.strippingPunctuationIfWord(whole, in: bytes, classes: classes)
        if let token = ShortASCIIToken(range, in: bytes) {
            append(lookUp(token), range)
        } else {
            append(lookUpAny(UnsafeBufferPointer(rebasing: bytes[range])), range)
        }
    }

    @inline(__always)
    private mutating func append(_ info: ValenceToken, _ range: Range<Int>) {
        var info = info
        info.start = range.lowerBound
        info.end = range.upperBound
        infos[count] = info
        count += 1
    }

    /// The common token, at most sixteen ASCII bytes ended by ASCII whitespace or the end of the text, found
    /// and tested a word at a time and appended. Returns the offset past the whitespace that ends it, or nil
    /// when the token needs the byte-wise path (longer, not ASCII, or ended by a control byte that Python
    /// does not split on).
    @inline(__always)
    private mutating func appendShortASCIIToken(
        at start: Int, classes: UnsafeBufferPointer<UInt8>, exclamations: inout Int, questions: inout Int
    ) -> Int? {
        let remaining = bytes.count &- start
        let low = ASCIIWord.load(bytes, at: start)
        var high: UInt64 = 0
        var length: Int
        let lowBreaks = ASCIIWord.breakMask(low) & ASCIIWord.firstBytes(remaining)
        if lowBreaks != 0 {
            length = lowBreaks.trailingZeroBitCount &>> 3
        } else if remaining <= 8 {
            length = remaining
        } else {
            high = ASCIIWord.load(bytes, at: start &+ 8)
            let highBreaks = ASCIIWord.breakMask(high) & ASCIIWord.firstBytes(remaining &- 8)
            if highBreaks != 0 {
                length = 8 &+ highBreaks.trailingZeroBitCount &>> 3
            } else if remaining <= 16 {
                length = remaining
            } else {
                return nil
            }
        }
        let stop = start &+ length
        var next = stop
        if stop < bytes.count {
            guard classes[Int(bytes[stop])] & PythonText.ByteClass.notPlain == PythonText.ByteClass.space else { return nil }
            next = stop &+ 1
        }
        guard length > 0 else { return nil }
        // Two copies of the rest, so that for a token of one word (most of them) the second word's tests fold
        // away.
        if length <= 8 {
            appendLoaded(low: low & ASCIIWord.byteOnes(length), lowValid: ASCIIWord.firstBytes(length), high: 0, highValid: 0,
                         start: start, count: length, exclamations: &exclamations, questions: &questions)
        } else {
            appendLoaded(low: low, lowValid: ASCIIWord.highBits, high: high & ASCIIWord.byteOnes(length &- 8),
                         highValid: ASCIIWord.firstBytes(length &- 8), start: start, count: length,
                         exclamations: &exclamations, questions: &questions)
        }
        return next
    }

    /// Appends the short ASCII token at `start`, given as two zero-padded words and masks of their bytes.
    @inline(__always)
    private mutating func appendLoaded(
        low: UInt64, lowValid: UInt64, high: UInt64, highValid: UInt64, start: Int, count length: Int,
        exclamations: inout Int, questions: inout Int
    ) {
        // The case masks serve three ends: lowercasing, Python's `isupper()`, and (with digits) punctuation,
        // which in printable ASCII is whatever is neither a letter nor a digit.
        let upperLow = ASCIIWord.upperMask(low), upperHigh = ASCIIWord.upperMask(high)
        let lowerLow = ASCIIWord.lowerMask(low), lowerHigh = ASCIIWord.lowerMask(high)
        let punctuationLow = lowValid & ~(upperLow | lowerLow | ASCIIWord.digitMask(low))
        let punctuationHigh = highValid & ~(upperHigh | lowerHigh | ASCIIWord.digitMask(high))
        var lowered = ShortASCIIToken(low: low | upperLow >> 2, high: high | upperHigh >> 2, count: length)
        var range = start..<(start &+ length)
        var contractedNot = false
        if punctuationLow | punctuationHigh != 0 {
            exclamations &+= Self.count(UInt8(ascii: "!"), low, high)
            questions &+= Self.count(UInt8(ascii: "?"), low, high)
            let kept = PythonText.strippedPunctuation(
                keptLow: lowValid & ~punctuationLow, keptHigh: highValid & ~punctuationHigh, count: length)
            if kept.count != length {
                range = (start &+ kept.lowerBound)..<(start &+ kept.upperBound)
                lowered = lowered.slice(kept)
            }
            contractedNot = lowered.containsApostrophe && lowered.withBytes(PythonText.containsContractedNot)
        }
        let isUpper = upperLow | upperHigh != 0 && lowerLow | lowerHigh == 0
        append(lookUp(lowered: lowered, isUpper: isUpper, contractedNot: contractedNot), range)
    }

    /// How many bytes of the two words equal `byte` (a nonzero byte, so the padding never counts).
    @inline(__always)
    private static func count(_ byte: UInt8, _ low: UInt64, _ high: UInt64) -> Int {
        (ASCIIWord.equalMask(low, byte).nonzeroBitCount &+ ASCIIWord.equalMask(high, byte).nonzeroBitCount)
    }

    /// A token of up to sixteen ASCII bytes (nearly all of them), lowercased and case-tested eight bytes at a
    /// time.
    @inline(__always)
    private func lookUp(_ token: ShortASCIIToken) -> ValenceToken {
        let lowered = token.lowercased
        let contractedNot = token.containsApostrophe && lowered.withBytes(PythonText.containsContractedNot)
        return lookUp(lowered: lowered, isUpper: token.hasUpper && !token.hasLower, contractedNot: contractedNot)
    }

    @inline(__always)
    private func lookUp(lowered: ShortASCIIToken, isUpper: Bool, contractedNot: Bool) -> ValenceToken {
        var info = token(id: lexicon.terms.lookup(lowered, filter: lexicon.filter), isUpper: isUpper, contractedNot: contractedNot)
        info.lowered = lowered
        return info
    }

    /// Python's `lower()` and `isupper()` scalar by scalar, for non-ASCII tokens and ASCII ones over 16 bytes.
    /// ASCII and the quotes and dashes of General Punctuation, nearly every character of such tokens in news,
    /// skip the Unicode property look-ups, which cost thousands of instructions a character.
    private func lookUpAny(_ token: UnsafeBufferPointer<UInt8>) -> ValenceToken {
        scratch.lowered.removeAll(keepingCapacity: true)
        var hasUpper = false
        var hasLower = false
        var offset = 0
        while offset < token.count {
            let byte = token[offset]
            if byte < 0x80 {
                hasLower = hasLower || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                hasUpper = hasUpper || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                scratch.lowered.append(TextBytes.asciiLowercased(byte))
                offset += 1
                continue
            }
            let (scalar, length) = TextBytes.scalar(at: offset, in: token)
            if PythonText.isUncasedPunctuation(scalar.value) {
                scratch.lowered.append(contentsOf: UnsafeBufferPointer(rebasing: token[offset..<(offset + length)]))
                offset += length
                continue
            }
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter {
                hasLower = true
            } else if properties.isUppercase {
                hasUpper = true
            }
            scratch.lowered.append(contentsOf: properties.lowercaseMapping.utf8)
            offset += length
        }
        return scratch.lowered.withUnsafeBufferPointer { lowered in
            self.token(id: lexicon.terms.lookup(lowered), isUpper: hasUpper && !hasLower, contractedNot: PythonText.containsContractedNot(lowered))
        }
    }

    @inline(__always)
    private func token(id: TermTable.ID?, isUpper: Bool, contractedNot: Bool) -> ValenceToken {
        guard let id else { return ValenceToken(isUpper: isUpper, isNegator: contractedNot) }
        let entry = lexicon.entries[Int(id)]
        return ValenceToken(
            valence: entry.valence, booster: entry.booster, id: id, isUpper: isUpper,
            isNegator: entry.isNegation || contractedNot, inPhrase: entry.inPhrase)
    }

    // MARK: Steps 2–4: each word's valence

    @inline(__always)
    private func inLexicon(_ index: Int) -> Bool { !infos[index].valence.isNaN }

    @inline(__always)
    private func isWord(_ index: Int, _ id: TermTable.ID) -> Bool { infos[index].id == id }

    mutating func computeSentiments() {
        var upperCount = 0
        for index in 0..<count where infos[index].isUpper { upperCount += 1 }
        let capDifferential = upperCount > 0 && upperCount < count
        let words = lexicon.words
        for index in 0..<count {
            let info = infos[index]
            if info.booster != 0 || info.valence.isNaN
                || (index < count - 1 && info.id == words.kind && isWord(index + 1, words.of)) {
                sentiments[index] = 0
            } else {
                sentiments[index] = valence(at: index, capDifferential: capDifferential)
            }
        }
    }

    private func valence(at index: Int, capDifferential: Bool) -> Double {
        let words = lexicon.words
        let raw = infos[index].valence
        var value = raw
        if infos[index].id == words.no && index != count - 1 && inLexicon(index + 1) {
            value = 0
        }
        if (index > 0 && isWord(index - 1, words.no)) || (index > 1 && isWord(index - 2, words.no))
            || (index > 2 && isWord(index - 3, words.no) && (isWord(index - 1, words.or) || isWord(index - 1, words.nor))) {
            value = raw * ValenceScorer.negationScalar
        }
        if infos[index].isUpper && capDifferential {
            value += value > 0 ? ValenceScorer.capsIncrement : -ValenceScorer.capsIncrement
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
            scalar += valence > 0 ? ValenceScorer.capsIncrement : -ValenceScorer.capsIncrement
        }
        return scalar
    }

    /// VADER's `_negation_check`, including the operator-precedence slip at distance 3 that lets any `so` or
    /// `this` right before the word multiply by 1.25.
    private func negationCheck(_ value: Double, index i: Int, distance: Int) -> Double {
        let w = lexicon.words
        switch distance {
        case 1:
            return infos[i - 1].isNegator ? value * ValenceScorer.negationScalar : value
        case 2:
            if isWord(i - 2, w.never) && (isWord(i - 1, w.so) || isWord(i - 1, w.this)) { return value * 1.25 }
            if isWord(i - 2, w.without) && isWord(i - 1, w.doubt) { return value }
            return infos[i - 2].isNegator ? value * ValenceScorer.negationScalar : value
        default:
            if (isWord(i - 3, w.never) && (isWord(i - 2, w.so) || isWord(i - 2, w.this)))
                || (isWord(i - 1, w.so) || isWord(i - 1, w.this)) {
                return value * 1.25
            }
            if isWord(i - 3, w.without) && (isWord(i - 2, w.doubt) || isWord(i - 1, w.doubt)) { return value }
            return infos[i - 3].isNegator ? value * ValenceScorer.negationScalar : value
        }
    }

    private func idiomCheck(_ value: Double, index i: Int) -> Double {
        // Most words have no phrase word around them; skip the phrase comparisons then.
        let last = Swift.min(i + 2, count - 1)
        guard ((i - 3)...last).contains(where: { infos[$0].inPhrase }) else { return value }
        var value = value
        if let special = specialCase(i - 1, i) ?? specialCase(i - 2, i) ?? specialCase(i - 2, i - 1)
            ?? specialCase(i - 3, i - 1) ?? specialCase(i - 3, i - 2) {
            value = special
        }
        if count - 1 > i, let special = specialCase(i, i + 1) { value = special }
        if count - 1 > i + 1, let special = specialCase(i, i + 2) { value = special }
        value += phraseBooster(i - 3, i - 1) + phraseBooster(i - 3, i - 2) + phraseBooster(i - 2, i - 1)
        return value
    }

    private func phraseBooster(_ first: Int, _ last: Int) -> Double {
        guard infos[first].inPhrase && infos[last].inPhrase else { return 0 }
        var total = 0.0
        for phrase in lexicon.phraseBoosters where matches(phrase.ids, first...last) { total += phrase.scalar }
        return total
    }

    /// Every word of a phrase is marked `inPhrase`, so an unmarked end rules the phrase out without a scan.
    private func specialCase(_ first: Int, _ last: Int) -> Double? {
        guard infos[first].inPhrase && infos[last].inPhrase else { return nil }
        return lexicon.specialCases.first { matches($0.ids, first...last) }?.valence
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
            if !isWord(i - 2, w.at) && !isWord(i - 2, w.very) { return value * ValenceScorer.negationScalar }
        } else if i > 0 && !inLexicon(i - 1) && isWord(i - 1, w.least) {
            return value * ValenceScorer.negationScalar
        }
        return value
    }

    // MARK: Step 5: the "but" rule

    mutating func applyButRule() {
        let but = lexicon.words.but
        guard let butIndex = (0..<count).first(where: { infos[$0].id == but }) else { return }
        ButRule.apply(
            to: UnsafeMutableBufferPointer(start: sentiments, count: count), butIndex: butIndex,
            slots: scratch.butSlots, values: scratch.butValues, seen: scratch.butSeen)
    }
}

/// VADER's `_but_check` copied literally: each value is written to the slot of the first *equal* value, which
/// can modify the wrong slot when values repeat. Zeros stay zero when scaled, so only the nonzero slots (a few
/// per sentence) take part.
enum ButRule {
    /// Up to this many nonzero slots the literal quadratic scan is fastest.
    static let scanLimit = 1024

    /// Words of the bitmap of values already seen (16,384 bits).
    static let seenWords = 256

    /// Applies the rule; `slots` and `values` must have room for `scanLimit` entries, `seen` for `seenWords`.
    static func apply(
        to sentiments: UnsafeMutableBufferPointer<Double>, butIndex: Int,
        slots: UnsafeMutablePointer<Int>, values: UnsafeMutablePointer<Double>, seen: UnsafeMutablePointer<UInt64>
    ) {
        var count = 0
        for index in sentiments.indices where sentiments[index] != 0 {
            guard count < scanLimit else { return applyByHeaps(to: sentiments, butIndex: butIndex) }
            slots[count] = index
            values[count] = sentiments[index]
            count += 1
        }
        applyByScan(to: sentiments, butIndex: butIndex, slots: slots, values: values, count: count, seen: seen)
    }

    /// The literal algorithm over the nonzero slots, in order, on a packed copy of their values kept in step
    /// with `sentiments`. A bitmap of the values held before position `k` answers "no earlier slot holds this
    /// value" (the common case: then the slot is `k` itself) without a scan; only a set bit, which may be a
    /// collision or a stale value, costs the scan for the first equal value.
    static func applyByScan(
        to sentiments: UnsafeMutableBufferPointer<Double>, butIndex: Int,
        slots: UnsafeMutablePointer<Int>, values: UnsafeMutablePointer<Double>, count: Int,
        seen: UnsafeMutablePointer<UInt64>
    ) {
        seen.update(repeating: 0, count: seenWords)
        for k in 0..<count {
            let value = values[k]
            var first = k
            if isSeen(value, in: seen) {
                first = 0
                while values[first] != value { first += 1 }
            }
            markSeen(value, in: seen)
            scale(sentiments, slot: slots[first], value: value, butIndex: butIndex)
            values[first] = sentiments[slots[first]]
            markSeen(values[first], in: seen)
        }
    }

    @inline(__always)
    private static func seenBit(_ value: Double) -> Int {
        Int(truncatingIfNeeded: (value.bitPattern &* 0x9E37_79B9_7F4A_7C15) >> 50)
    }

    @inline(__always)
    private static func isSeen(_ value: Double, in seen: UnsafeMutablePointer<UInt64>) -> Bool {
        let bit = seenBit(value)
        return seen[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always)
    private static func markSeen(_ value: Double, in seen: UnsafeMutablePointer<UInt64>) {
        let bit = seenBit(value)
        seen[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The same result in O(n log n) for long texts: for each value, a min-heap of the slots holding it, so
    /// "the first slot equal to this value" is the heap's minimum, and a rewritten slot moves to the heap of its
    /// new value.
    static func applyByHeaps(to sentiments: UnsafeMutableBufferPointer<Double>, butIndex: Int) {
        var slots: [UInt64: Heap<Int>] = [:]
        for index in sentiments.indices where sentiments[index] != 0 {
            slots[sentiments[index].bitPattern, default: Heap()].insert(index)
        }
        for k in sentiments.indices {
            let value = sentiments[k]
            if value == 0 { continue }
            let first = slots[value.bitPattern]!.min!
            scale(sentiments, slot: first, value: value, butIndex: butIndex)
            let updated = sentiments[first]
            guard updated.bitPattern != value.bitPattern else { continue }
            _ = slots[value.bitPattern]!.popMin()
            slots[updated.bitPattern, default: Heap()].insert(first)
        }
    }

    @inline(__always)
    private static func scale(_ sentiments: UnsafeMutableBufferPointer<Double>, slot: Int, value: Double, butIndex: Int) {
        if slot < butIndex {
            sentiments[slot] = value * 0.5
        } else if slot > butIndex {
            sentiments[slot] = value * 1.5
        }
    }
}
