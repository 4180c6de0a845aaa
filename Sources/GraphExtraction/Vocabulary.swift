/// Every token key that the lexicon, the cues and the patterns use, numbered.
///
/// Matching compares a text's tokens with thousands of phrases and word lists.
/// Doing it on strings costs a hash and string comparisons per lookup; instead
/// each token's key is looked up here once, and tries, word sets and the
/// pattern index work on the small integer it gets. A key the data never uses
/// gets `Vocabulary.unknown`, which matches nothing.
struct Vocabulary: Sendable {
    /// The id of a key that no phrase, cue or pattern word uses.
    static let unknown: Int32 = -1

    private var ids: [String: Int32] = [:]
    /// The keys, by id.
    private(set) var words: [String] = []

    /// The id of `key`, numbering it if it is new. Used while the data is loaded.
    mutating func intern(_ key: String) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(words.count)
        ids[key] = id
        words.append(key)
        return id
    }

    /// The ids of a phrase's keys, numbering the new ones.
    mutating func intern(_ keys: [String]) -> [Int32] { keys.map { intern($0) } }

    /// The id of `key`, or `Vocabulary.unknown`.
    func id(_ key: String) -> Int32 { ids[key] ?? Self.unknown }

    /// The ids of a sentence's keys.
    func ids(_ keys: [String]) -> [Int32] { keys.map { ids[$0] ?? Self.unknown } }
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
