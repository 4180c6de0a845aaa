/// A trie over token ids (see `Vocabulary`), for matching every phrase of a
/// list in one left-to-right pass: at each token the phrases starting there are
/// found in as many steps as they have tokens.
///
/// The first step, taken at every token of a text, is an array index; later steps
/// look the edge (node, word) up in one open-addressing table. No step allocates
/// or touches reference counts, which is what makes the walk cheap.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// Per word id: the node its phrases continue from, or 0 when no phrase starts with it.
    private var roots: [Int32] = []
    /// Edges below the roots: key `node << 32 | word`, `Self.empty` for a free slot.
    private var edgeKeys: [UInt64] = Array(repeating: Self.empty, count: 64)
    private var edgeNodes: [Int32] = Array(repeating: 0, count: 64)
    private var edgeCount = 0
    /// The edges' hashes, which turn away most steps that no phrase takes without reading the
    /// edge table (large, and its reads miss the cache).
    private var edgeFilter = HashFilter()
    /// Per node: the values of the phrase ending there (node 0 is the root and holds none).
    private var values: [[Value]] = [[]]
    private var terminal: [Bool] = [false]

    private static var empty: UInt64 { .max }

    /// Adds `value` under the phrase `words` (one id per token).
    mutating func insert(_ words: [Int32], _ value: Value) {
        guard let first = words.first, first >= 0 else { return }
        if Int(first) >= roots.count { roots += Array(repeating: 0, count: Int(first) + 1 - roots.count) }
        if roots[Int(first)] == 0 { roots[Int(first)] = newNode() }
        var node = roots[Int(first)]
        for word in words.dropFirst() {
            if let next = child(node, word) {
                node = next
            } else {
                let next = newNode()
                addEdge(node, word, next)
                node = next
            }
        }
        values[Int(node)].append(value)
        terminal[Int(node)] = true
    }

    /// The words that can open a phrase.
    var firstWords: WordSet {
        var set = WordSet()
        for (word, node) in roots.enumerated() where node != 0 { set.insert(Int32(word)) }
        return set
    }

    /// The words that are a whole phrase by themselves.
    var singleWords: WordSet {
        var set = WordSet()
        for (word, node) in roots.enumerated() where node != 0 && terminal[Int(node)] {
            set.insert(Int32(word))
        }
        return set
    }

    /// The first two words of every phrase of two words or more.
    var openingPairs: PairSet {
        var wordOfRoot: [Int32: Int32] = [:]
        for (word, node) in roots.enumerated() where node != 0 { wordOfRoot[node] = Int32(word) }
        var pairs = PairSet()
        for key in edgeKeys where key != Self.empty {
            let node = Int32(truncatingIfNeeded: key >> 32)
            if let first = wordOfRoot[node] {
                pairs.insert(first, Int32(truncatingIfNeeded: key & 0xFFFF_FFFF))
            }
        }
        return pairs
    }

    /// The longest phrase that starts at `start`.
    func longest(in words: UnsafeBufferPointer<Int32>, from start: Int) -> PhraseMatch? {
        guard start < words.count, var node = root(words[start]) else { return nil }
        var position = start + 1
        var best: PhraseMatch?
        while true {
            if terminal[Int(node)] { best = PhraseMatch(length: position - start, node: node) }
            guard position < words.count, let next = child(node, words[position]) else { break }
            node = next
            position += 1
        }
        return best
    }

    /// Calls `body` with every phrase that starts at `start`, longest first, until it returns false.
    ///
    /// No list is made: the walk goes down the phrase's tokens and reports the phrases that
    /// end on its way back up, so matching allocates nothing.
    func forEachMatch(in words: UnsafeBufferPointer<Int32>, from start: Int, _ body: (PhraseMatch) -> Bool) {
        guard start < words.count, let node = root(words[start]) else { return }
        _ = visit(node, words, start, start + 1, body)
    }

    private func visit(
        _ node: Int32, _ words: UnsafeBufferPointer<Int32>, _ start: Int, _ position: Int,
        _ body: (PhraseMatch) -> Bool
    ) -> Bool {
        if position < words.count, let next = child(node, words[position]),
            !visit(next, words, start, position + 1, body)
        {
            return false
        }
        return !terminal[Int(node)] || body(PhraseMatch(length: position - start, node: node))
    }

    /// `longest(in:from:)` over an array of word ids.
    func longest(in words: [Int32], from start: Int) -> PhraseMatch? {
        words.withUnsafeBufferPointer { longest(in: $0, from: start) }
    }

    /// Every phrase that starts at `start`, longest first.
    func matches(in words: [Int32], from start: Int) -> [PhraseMatch] {
        words.withUnsafeBufferPointer { matches(in: $0, from: start) }
    }

    /// Every phrase that starts at `start`, longest first.
    func matches(in words: UnsafeBufferPointer<Int32>, from start: Int) -> [PhraseMatch] {
        var found: [PhraseMatch] = []
        forEachMatch(in: words, from: start) {
            found.append($0)
            return true
        }
        return found
    }

    /// The values of the phrase that `match` found, in the order they were inserted.
    @inline(__always)
    func values(_ match: PhraseMatch) -> [Value] { values[Int(match.node)] }

    /// The first value of the phrase that `match` found.
    @inline(__always)
    func first(_ match: PhraseMatch) -> Value { values[Int(match.node)][0] }

    // MARK: Nodes and edges

    @inline(__always)
    private func root(_ word: Int32) -> Int32? {
        guard word >= 0, Int(word) < roots.count else { return nil }
        let node = roots[Int(word)]
        return node == 0 ? nil : node
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    private static func edge(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    @inline(__always)
    private static func filterSlice(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> 48)
    }

    @inline(__always)
    private func child(_ node: Int32, _ word: Int32) -> Int32? {
        guard word >= 0 else { return nil }
        let key = Self.edge(node, word)
        guard edgeFilter.mayContain(Self.filterSlice(key)) else { return nil }
        let mask = edgeKeys.count - 1
        var slot = Self.slot(key, mask)
        while true {
            let found = edgeKeys[slot]
            if found == key { return edgeNodes[slot] }
            if found == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    private mutating func newNode() -> Int32 {
        values.append([])
        terminal.append(false)
        return Int32(values.count - 1)
    }

    private mutating func addEdge(_ node: Int32, _ word: Int32, _ next: Int32) {
        if (edgeCount + 1) * 2 > edgeKeys.count {
            let keys = edgeKeys
            let nodes = edgeNodes
            edgeKeys = Array(repeating: Self.empty, count: keys.count * 2)
            edgeNodes = Array(repeating: 0, count: keys.count * 2)
            for (index, key) in keys.enumerated() where key != Self.empty { place(key, nodes[index]) }
        }
        let key = Self.edge(node, word)
        place(key, next)
        edgeFilter.insert(Self.filterSlice(key))
        edgeCount += 1
    }

    private mutating func place(_ key: UInt64, _ node: Int32) {
        let mask = edgeKeys.count - 1
        var slot = Self.slot(key, mask)
        while edgeKeys[slot] != Self.empty { slot = (slot + 1) & mask }
        edgeKeys[slot] = key
        edgeNodes[slot] = node
    }
}

/// A phrase of a `PhraseTrie` found in a text: how many tokens it spans, and where the trie
/// keeps its values (`PhraseTrie.values(_:)`).
struct PhraseMatch: Sendable, Hashable {
    var length: Int
    fileprivate var node: Int32
}
