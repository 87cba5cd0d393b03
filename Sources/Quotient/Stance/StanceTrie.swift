/// The stance lexicon's trie flattened for matching: children, the entries that end at a node and prefix
/// entries all live in flat arrays and integer-keyed hash tables, so walking it per token neither hashes with
/// `Hasher` nor retains the nested arrays of ``StanceLexicon/Node``.
struct StanceTrie: Sendable {
    /// The child of the root for each stance id, or -1: nearly every walk starts and ends here.
    private let rootChildren: [Int32]
    /// Children below the root, keyed by node and id.
    private let edges: IntegerTable
    /// The entries ending at node `n` are `nodeEntries[entryStart[n]..<entryStart[n + 1]]`.
    private let entryStart: [Int32]
    private let nodeEntries: [Int32]
    /// Whether a node has prefix entries (most have none, so most tokens skip the prefix test).
    let hasPrefixes: [Bool]
    /// Prefix entries, grouped by node and the prefix's first three bytes; group `g` is
    /// `prefixes[groupStart[g]..<groupStart[g + 1]]`.
    private let prefixGroups: IntegerTable
    private let groupStart: [Int32]
    private let prefixes: [(bytes: Range<Int>, entry: Int32)]
    private let prefixBytes: [UInt8]

    init(_ nodes: [StanceLexicon.Node], idCount: Int) {
        var root = Array(repeating: Int32(-1), count: idCount)
        for (id, child) in nodes[0].children { root[Int(id)] = child }
        rootChildren = root

        var edges: [(UInt64, Int32)] = []
        var entryStart: [Int32] = [0]
        var nodeEntries: [Int32] = []
        var groups: [(UInt64, Int32)] = []
        var groupStart: [Int32] = [0]
        var prefixes: [(bytes: Range<Int>, entry: Int32)] = []
        var prefixBytes: [UInt8] = []
        for (index, node) in nodes.enumerated() {
            if index > 0 {
                for (id, child) in node.children { edges.append((Self.key(index, UInt32(bitPattern: id)), child)) }
            }
            nodeEntries += node.entries
            entryStart.append(Int32(nodeEntries.count))
            // Sorted keys keep the layout independent of dictionary order.
            for key in node.prefixes.keys.sorted() {
                groups.append((Self.key(index, key), Int32(groupStart.count - 1)))
                for (prefix, entry) in node.prefixes[key]! {
                    prefixes.append((prefixBytes.count..<prefixBytes.count + prefix.count, entry))
                    prefixBytes += prefix
                }
                groupStart.append(Int32(prefixes.count))
            }
        }
        self.edges = IntegerTable(edges)
        self.entryStart = entryStart
        self.nodeEntries = nodeEntries
        hasPrefixes = nodes.map { !$0.prefixes.isEmpty }
        prefixGroups = IntegerTable(groups)
        self.groupStart = groupStart
        self.prefixes = prefixes
        self.prefixBytes = prefixBytes
    }

    @inline(__always)
    private static func key(_ node: Int, _ value: UInt32) -> UInt64 { UInt64(node) << 32 | UInt64(value) }

    /// The child of `node` for a stance id, or -1.
    @inline(__always)
    func child(of node: Int, id: TermTable.ID) -> Int {
        node == 0 ? Int(rootChildren[Int(id)]) : Int(edges.value(for: Self.key(node, UInt32(bitPattern: id))))
    }

    /// Calls `body` with each entry that ends at `node`.
    @inline(__always)
    func forEachEntry(endingAt node: Int, _ body: (Int32) -> Void) {
        for index in Int(entryStart[node])..<Int(entryStart[node + 1]) { body(nodeEntries[index]) }
    }

    /// Calls `body` with each prefix entry of `node` whose prefix starts with the three bytes `key`, and the
    /// prefix's bytes (lowercase).
    @inline(__always)
    func forEachPrefixEntry(of node: Int, key: UInt32, _ body: (ArraySlice<UInt8>, Int32) -> Void) {
        let group = prefixGroups.value(for: Self.key(node, key))
        guard group >= 0 else { return }
        for index in Int(groupStart[Int(group)])..<Int(groupStart[Int(group) + 1]) {
            let prefix = prefixes[index]
            body(prefixBytes[prefix.bytes], prefix.entry)
        }
    }
}

/// A read-only map from 64-bit keys to 32-bit values: open addressing over a power-of-two table at most half
/// full, with a multiplicative hash.
struct IntegerTable: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let shift: UInt64
    private static let empty = UInt64.max

    init(_ pairs: [(UInt64, Int32)]) {
        var bits = 1
        while 1 << bits < pairs.count * 2 { bits += 1 }
        var keys = Array(repeating: Self.empty, count: 1 << bits)
        var values = Array(repeating: Int32(-1), count: 1 << bits)
        shift = UInt64(64 - bits)
        for (key, value) in pairs {
            var slot = Self.slot(key, shift: shift)
            while keys[slot] != Self.empty { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
        self.keys = keys
        self.values = values
    }

    @inline(__always)
    private static func slot(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value for `key`, or -1.
    @inline(__always)
    func value(for key: UInt64) -> Int32 {
        var slot = Self.slot(key, shift: shift)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == Self.empty { return -1 }
            slot = (slot + 1) & (keys.count - 1)
        }
    }
}
