/// Finds the known names closest to a misspelt one, for "did you mean" hints.
enum NameSuggester {
    /// Up to `limit` of `names` (pairs of folded key and displayed name) closest
    /// to `folded` by edit distance, closest first, ties by name; names too far
    /// to be a plausible typo are left out, except those containing the query.
    static func suggest(_ folded: String, among names: [(key: String, display: String)], limit: Int = 3)
        -> [String]
    {
        let query = Array(folded.unicodeScalars)
        var best: [String: Int] = [:]
        for (key, display) in names {
            var distance = editDistance(query, Array(key.unicodeScalars))
            if !folded.isEmpty, key.contains(folded) { distance = min(distance, 1) }
            let threshold = max(2, query.count / 3)
            guard distance <= threshold else { continue }
            best[display] = min(best[display] ?? Int.max, distance)
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(limit).map(\.key)
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
