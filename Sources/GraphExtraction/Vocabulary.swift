import GraphText

/// Every token key that the lexicon, the cues and the patterns use, numbered.
///
/// Matching compares a text's tokens with thousands of phrases and word lists.
/// Doing it on strings costs a hash and string comparisons per lookup; instead
/// each token's key is looked up here once, and tries, word sets and the
/// pattern index work on the small integer it gets. A key the data never uses
/// gets `Vocabulary.unknown`, which matches nothing.
struct Vocabulary: KeyNumbering {
    /// The id of a key that no phrase, cue or pattern word uses.
    static let unknown: Int32 = -1

    /// The keys, by id.
    private(set) var words: [String] = []
    /// The keys' UTF-8 end to end, and where each one starts (one more entry than `words`),
    /// so that a text's key is compared as bytes.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing over FNV-1a hashes of the keys' UTF-8. A slot holds the high half
    /// of the hash and the id + 1 (0 for a free slot), so that a probe reads one array and
    /// the key is compared only when the hashes agree. A text's token then costs one hash
    /// of a few bytes and usually one probe: no `String` hashing.
    private var slots: [UInt64] = Array(repeating: 0, count: 1024)
    /// One bit per 16-bit slice of the hash of every key: 8 KB, small enough to stay in the
    /// first-level cache, so that most words outside the vocabulary (names, most verbs)
    /// are turned away without reading `slots`, whose misses otherwise dominate lookups.
    private var filter: [UInt64] = Array(repeating: 0, count: 1024)

    /// The id of `key`, numbering it if it is new. Used while the data is loaded.
    mutating func intern(_ key: String) -> Int32 {
        let found = id(key)
        if found != Self.unknown { return found }
        let id = Int32(words.count)
        words.append(key)
        bytes.append(contentsOf: key.utf8)
        starts.append(bytes.count)
        let bit = Self.filterBit(Self.hash(key))
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        if words.count * 2 > slots.count {
            slots = Array(repeating: 0, count: slots.count * 2)
            for (index, word) in words.enumerated() { place(Int32(index), hash: Self.hash(word)) }
        } else {
            place(id, hash: Self.hash(key))
        }
        return id
    }

    /// The ids of a phrase's keys, numbering the new ones.
    mutating func intern(_ keys: [String]) -> [Int32] { keys.map { intern($0) } }

    /// The id of `key`, or `Vocabulary.unknown`.
    func id(_ key: String) -> Int32 {
        var key = key
        return key.withUTF8 { id(utf8: $0) }
    }

    /// The id of the key whose UTF-8 is `key`, or `Vocabulary.unknown`.
    func id(utf8 key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(key)
        let bit = Self.filterBit(hash)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return Self.unknown }
        let tag = hash >> 32
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return Self.unknown }
            if entry >> 32 == tag {
                let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if matches(id, key) { return Int32(id) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// `KeyNumbering`: tokens get their key's id as they are cut.
    func number(key utf8: UnsafeBufferPointer<UInt8>) -> Int32 { id(utf8: utf8) }

    @inline(__always)
    private func matches(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id]
        guard starts[id + 1] - start == key.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            UnsafeBufferPointer(rebasing: stored[start..<start + key.count]).elementsEqual(key)
        }
    }

    @inline(__always)
    private static func filterBit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 16) & 0xFFFF }

    private static func hash(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { hash($0) }
    }

    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(id + 1)
    }
}

/// A set of vocabulary words, as bits: a lookup is one load and a mask.
struct WordSet: Sendable {
    private var bits: [UInt64] = []

    init() {}

    /// The set of the keys of `phrases` (every token of each), numbered in `vocabulary`.
    init(phrases: [String], vocabulary: inout Vocabulary) {
        for phrase in phrases {
            for key in Tokenization.keys(of: phrase) { insert(vocabulary.intern(key)) }
        }
    }

    /// The set of these keys, taken as they are (already keys).
    init(keys: some Sequence<String>, vocabulary: inout Vocabulary) {
        for key in keys { insert(vocabulary.intern(key)) }
    }

    mutating func insert(_ id: Int32) {
        guard id >= 0 else { return }
        let word = Int(id) >> 6
        if word >= bits.count { bits += Array(repeating: 0, count: word + 1 - bits.count) }
        bits[word] |= 1 << UInt64(id & 63)
    }

    mutating func formUnion(_ other: WordSet) {
        if other.bits.count > bits.count { bits += Array(repeating: 0, count: other.bits.count - bits.count) }
        for (index, word) in other.bits.enumerated() { bits[index] |= word }
    }

    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return id >= 0 && word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }

    var isEmpty: Bool { !bits.contains { $0 != 0 } }
}
