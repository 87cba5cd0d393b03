#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interns byte strings to dense integer ids, so hot loops compare integers instead of strings.
///
/// Open addressing with linear probing over a power-of-two slot array kept at most half full; keys live in one
/// byte arena. Each slot carries 32 bits of its term's hash, so a probe for a word that is not in the table
/// (most words of a text) rarely reads a record at all.
struct TermTable: Sendable {
    /// A term's id: its insertion index.
    typealias ID = Int32

    private var arena: [UInt8] = []
    /// Per id: the hash and the arena range, in one record so a probe touches one cache line.
    private var records: [Record] = []
    private var slots: [Slot]

    private struct Slot {
        /// The term's id, or -1 for an empty slot.
        var id: Int32 = -1
        var tag: UInt32 = 0
    }

    private struct Record {
        var hash: UInt64
        var start: Int32
        var end: Int32
        /// The first sixteen bytes, zero-padded: terms that short (nearly all) compare in two integer tests.
        var head: Head
    }

    private struct Head: Equatable {
        var low: UInt64
        var high: UInt64

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            low = TermTable.load(bytes, from: 0)
            high = TermTable.load(bytes, from: 8)
        }

        init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }
    }

    /// Creates an empty table.
    init() {
        slots = Array(repeating: Slot(), count: 64)
    }

    /// The number of interned terms.
    var count: Int { records.count }

    /// Makes room for `terms` more terms of `bytes` bytes in all, so loading a large table does not grow and
    /// rehash it step by step.
    mutating func reserveCapacity(terms: Int, bytes: Int) {
        records.reserveCapacity(count + terms)
        arena.reserveCapacity(arena.count + bytes)
        var slotCount = slots.count
        while (count + terms) * 2 > slotCount { slotCount *= 2 }
        if slotCount > slots.count {
            slots = Array(repeating: Slot(), count: slotCount)
            for id in 0..<count { insert(ID(id), hash: records[id].hash) }
        }
    }

    /// The id of `bytes`, interning them if new.
    @discardableResult
    mutating func intern(_ bytes: some Collection<UInt8>) -> ID {
        if let id = bytes.withContiguousStorageIfAvailable({ intern(contiguous: $0) }) { return id }
        return Array(bytes).withUnsafeBufferPointer { intern(contiguous: $0) }
    }

    private mutating func intern(contiguous bytes: UnsafeBufferPointer<UInt8>) -> ID {
        if let id = lookup(bytes) { return id }
        if (count + 1) * 2 > slots.count { grow() }
        let id = ID(count)
        let hash = Self.hash(bytes)
        let start = Int32(arena.count)
        arena.append(contentsOf: bytes)
        records.append(Record(hash: hash, start: start, end: Int32(arena.count), head: Head(bytes)))
        insert(id, hash: hash)
        return id
    }

    /// The id of `text`, interning it if new.
    @discardableResult
    mutating func intern(_ text: String) -> ID { intern(text.utf8) }

    /// The id of the term with these bytes, or nil.
    func id(of text: String) -> ID? {
        var copy = text
        return copy.withUTF8 { lookup($0) }
    }

    /// The id of the term with these bytes, or nil; allocation-free.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> ID? {
        let head = Head(bytes)
        return probe(hash: Self.hash(bytes)) { record in
            Int(record.end - record.start) == bytes.count && record.head == head
                && (bytes.count <= 16 || tailMatches(record, bytes))
        }
    }

    /// The id of a short ASCII token, or nil; the same hash as the byte-wise lookup, from its two words. Inlined:
    /// it runs for nearly every word of every text.
    @inline(__always)
    func lookup(_ token: ShortASCIIToken) -> ID? {
        lookup(token, hash: Self.hash(token))
    }

    /// The same, when the filter of a large table (``TermFilter``) may rule the token out first.
    @inline(__always)
    func lookup(_ token: ShortASCIIToken, filter: TermFilter) -> ID? {
        let hash = Self.hash(token)
        return filter.mayContain(hash) ? lookup(token, hash: hash) : nil
    }

    @inline(__always)
    private func lookup(_ token: ShortASCIIToken, hash: UInt64) -> ID? {
        let head = Head(low: token.low, high: token.high)
        return probe(hash: hash) { record in Int(record.end - record.start) == token.count && record.head == head }
    }

    @inline(__always)
    static func hash(_ token: ShortASCIIToken) -> UInt64 {
        var hash = seed(count: token.count)
        if token.count > 0 { hash = mix(hash ^ token.low) }
        if token.count > 8 { hash = mix(hash ^ token.high) }
        return finish(hash)
    }

    /// Every term's hash, for a ``TermFilter``.
    var hashes: some Sequence<UInt64> { records.lazy.map(\.hash) }

    @inline(__always)
    private func probe(hash: UInt64, _ matches: (Record) -> Bool) -> ID? {
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return slots.withUnsafeBufferPointer { slots in
            records.withUnsafeBufferPointer { records in
                let mask = slots.count - 1
                var index = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let slot = slots[index]
                    if slot.id < 0 { return nil }
                    if slot.tag == tag && matches(records[Int(slot.id)]) { return slot.id }
                    index = (index + 1) & mask
                }
            }
        }
    }

    private func tailMatches(_ record: Record, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            memcmp(arena.baseAddress! + Int(record.start), bytes.baseAddress!, bytes.count) == 0
        }
    }

    /// Up to eight bytes from `offset`, little-endian, zero-padded past the end.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> UInt64 {
        if offset + 8 <= bytes.count {
            return UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        }
        var word: UInt64 = 0
        var shift: UInt64 = 0
        var index = offset
        while index < bytes.count {
            word |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        return word
    }

    /// The bytes of a term, as text.
    func text(of id: ID) -> String {
        let record = records[Int(id)]
        return String(decoding: arena[Int(record.start)..<Int(record.end)], as: UTF8.self)
    }

    private mutating func insert(_ id: ID, hash: UInt64) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].id >= 0 { index = (index + 1) & mask }
        slots[index] = Slot(id: id, tag: UInt32(truncatingIfNeeded: hash >> 32))
    }

    private mutating func grow() {
        reserveCapacity(terms: count + 1, bytes: 0)
    }

    /// Eight bytes at a time: terms are short, so one or two multiply-mix rounds hash most of them.
    @usableFromInline
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = seed(count: bytes.count)
        var offset = 0
        while offset < bytes.count {
            hash = mix(hash ^ load(bytes, from: offset))
            offset += 8
        }
        return finish(hash)
    }

    @inline(__always)
    private static func seed(count: Int) -> UInt64 { 0x9E37_79B9_7F4A_7C15 ^ UInt64(count) }

    /// Folds the high bits into the low ones, which pick the slot.
    @inline(__always)
    private static func finish(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 32) }

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0xBF58_476D_1CE4_E5B9
        return product ^ (product >> 29)
    }
}

/// Two bits of each term's hash in one word of a bitmap with eight bits or more per term (a sixteenth of the
/// table's slot array). Most words of a text are in no lexicon; for a table as large as VADER's, whose slots do
/// not stay in the first-level cache, this answers them from memory that does. Small tables need none.
struct TermFilter: Sendable {
    private let words: [UInt64]

    init(_ table: TermTable) {
        var count = 64
        while count < table.count * 8 { count *= 2 }
        var words = [UInt64](repeating: 0, count: count / 64)
        for hash in table.hashes { words[Self.word(hash, words: words.count)] |= Self.bits(hash) }
        self.words = words
    }

    /// False only for a hash no term has.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        let bits = Self.bits(hash)
        return words.withUnsafeBufferPointer { $0[Self.word(hash, words: $0.count)] & bits == bits }
    }

    /// Bits 16 and up pick the word, so the filter and the table's slot index (the low bits) mostly disagree
    /// about which terms collide.
    @inline(__always)
    private static func word(_ hash: UInt64, words: Int) -> Int { Int(truncatingIfNeeded: hash >> 16) & (words - 1) }

    @inline(__always)
    private static func bits(_ hash: UInt64) -> UInt64 { (1 << ((hash >> 40) & 63)) | (1 << ((hash >> 46) & 63)) }
}
