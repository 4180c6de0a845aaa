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
    /// The keys' UTF-8 end to end, and where each one starts (one more entry than `words`):
    /// the bytes after the eighth of a long key are compared here.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing over hashes of the keys' UTF-8. A slot holds a key's first eight bytes,
    /// its length and its id + 1 (0 for a free slot), so that a probe compares most keys
    /// (French words are short) without reading anything else. A text's token then costs
    /// one hash of a few bytes and usually one probe: no `String` hashing.
    private var slots: [Slot] = Array(repeating: Slot(), count: 1024)
    /// The keys' hashes, so that most words outside the vocabulary (names, most verbs) are
    /// turned away without reading `slots`, whose misses otherwise dominate lookups.
    private var filter = HashFilter()

    private struct Slot {
        /// The key's first eight bytes, the first one lowest, zero after the key's end.
        var head: UInt64 = 0
        var length: Int32 = 0
        /// The id + 1; 0 for a free slot.
        var id: Int32 = 0
    }

    /// The id of `key`, numbering it if it is new. Used while the data is loaded.
    mutating func intern(_ key: String) -> Int32 {
        let found = id(key)
        if found != Self.unknown { return found }
        let id = Int32(words.count)
        words.append(key)
        bytes.append(contentsOf: key.utf8)
        starts.append(bytes.count)
        var key = key
        let (hash, head) = key.withUTF8(Self.hash)
        filter.insert(Self.filterSlice(hash))
        if words.count * 2 > slots.count {
            slots = Array(repeating: Slot(), count: slots.count * 2)
            for (index, word) in words.enumerated() {
                var word = word
                let (hash, head) = word.withUTF8(Self.hash)
                place(Int32(index), hash: hash, head: head, length: word.utf8.count)
            }
        } else {
            place(id, hash: hash, head: head, length: key.utf8.count)
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
        let (hash, head) = Self.hash(key)
        guard filter.mayContain(Self.filterSlice(hash)) else { return Self.unknown }
        let length = Int32(truncatingIfNeeded: key.count)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = slots[slot]
                if entry.id == 0 { return Self.unknown }
                if entry.head == head && entry.length == length
                    && (key.count <= 8 || tailMatches(entry.id - 1, key))
                {
                    return entry.id - 1
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// `KeyNumbering`: tokens get their key's id as they are cut.
    func number(key utf8: UnsafeBufferPointer<UInt8>) -> Int32 { id(utf8: utf8) }

    /// Whether the bytes of a long key after its eighth are those of the word `id`, whose
    /// length and head are known to agree.
    private func tailMatches(_ id: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[Int(id)]
        return bytes.withUnsafeBufferPointer { stored in
            UnsafeBufferPointer(rebasing: stored[(start + 8)..<(start + key.count)]).elementsEqual(key[8...])
        }
    }

    @inline(__always)
    private static func filterSlice(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 16) & 0xFFFF }

    /// A 64-bit hash of a key, eight bytes at a time, with a final mix so that every bit
    /// depends on every byte (the slot and the filter use different bits); and the key's head,
    /// its first eight bytes.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, head: UInt64) {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: key.count)
        let count = key.count
        var head: UInt64 = 0
        if let base = key.baseAddress {
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if i == 0 { head = word }
                hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            if count < 8 { head = tail }
            hash ^= tail
        }
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 29
        return (hash, head)
    }

    private mutating func place(_ id: Int32, hash: UInt64, head: UInt64, length: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].id != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(head: head, length: Int32(length), id: id + 1)
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

/// A set of pairs of vocabulary words, approximate (a `HashFilter` of the pairs): a pair that was
/// never inserted is reported absent most of the time, one that was always present. For turning
/// away positions cheaply, never for deciding a match.
struct PairSet: Sendable {
    private var filter = HashFilter()

    mutating func insert(_ first: Int32, _ second: Int32) {
        filter.insert(Self.slice(first, second))
    }

    mutating func formUnion(_ other: PairSet) {
        filter.formUnion(other.filter)
    }

    @inline(__always)
    func mayContain(_ first: Int32, _ second: Int32) -> Bool {
        first >= 0 && second >= 0 && filter.mayContain(Self.slice(first, second))
    }

    @inline(__always)
    private static func slice(_ first: Int32, _ second: Int32) -> Int {
        let key = UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }
}
