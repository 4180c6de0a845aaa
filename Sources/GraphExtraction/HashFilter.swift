/// A filter of 65,536 bits (8 KB) indexed by 16 bits of a hash: small enough to stay in the
/// first-level cache, so that a lookup in a large table (the vocabulary, a trie's edges) can be
/// turned away without reading the table. A slice never inserted is reported absent most of the
/// time; one that was is always present.
struct HashFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    /// Records `slice` (16 bits of a hash: 0..<65536).
    mutating func insert(_ slice: Int) {
        bits[slice >> 6] |= 1 << UInt64(slice & 63)
    }

    @inline(__always)
    func mayContain(_ slice: Int) -> Bool {
        bits[slice >> 6] & (1 << UInt64(slice & 63)) != 0
    }

    mutating func formUnion(_ other: HashFilter) {
        for index in bits.indices { bits[index] |= other.bits[index] }
    }
}
