/// A trie over token ids (see `Vocabulary`), for matching every phrase of a
/// list in one left-to-right pass: at each token the phrases starting there are
/// found in as many steps as they have tokens.
///
/// The first step, taken at every token of a text, is an array index; later
/// steps scan the few children of a node.
struct PhraseTrie<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [(word: Int32, node: Int32)] = []
        var values: [Value] = []

        func child(_ word: Int32) -> Int32? {
            for child in children where child.word == word { return child.node }
            return nil
        }
    }

    /// Per word id: the node its phrases continue from, or 0 when no phrase starts with it.
    private var roots: [Int32] = []
    private var nodes = [Node()]

    /// Adds `value` under the phrase `words` (one id per token).
    mutating func insert(_ words: [Int32], _ value: Value) {
        guard let first = words.first, first >= 0 else { return }
        if Int(first) >= roots.count { roots += Array(repeating: 0, count: Int(first) + 1 - roots.count) }
        if roots[Int(first)] == 0 {
            nodes.append(Node())
            roots[Int(first)] = Int32(nodes.count - 1)
        }
        var node = Int(roots[Int(first)])
        for word in words.dropFirst() {
            if let next = nodes[node].child(word) {
                node = Int(next)
            } else {
                nodes.append(Node())
                nodes[node].children.append((word, Int32(nodes.count - 1)))
                node = nodes.count - 1
            }
        }
        nodes[node].values.append(value)
    }

    /// The words that can open a phrase.
    var firstWords: WordSet {
        var set = WordSet()
        for (word, node) in roots.enumerated() where node != 0 { set.insert(Int32(word)) }
        return set
    }

    @inline(__always)
    private func root(_ word: Int32) -> Int? {
        guard word >= 0, Int(word) < roots.count else { return nil }
        let node = roots[Int(word)]
        return node == 0 ? nil : Int(node)
    }

    /// The longest phrase that starts at `start`, without building the list of all of them.
    func longest(in words: [Int32], from start: Int) -> (length: Int, values: [Value])? {
        guard start < words.count, var node = root(words[start]) else { return nil }
        var position = start + 1
        var best: (length: Int, node: Int)?
        while true {
            if !nodes[node].values.isEmpty { best = (position - start, node) }
            guard position < words.count, let next = nodes[node].child(words[position]) else { break }
            node = Int(next)
            position += 1
        }
        return best.map { ($0.length, nodes[$0.node].values) }
    }

    /// Every phrase that starts at `start`, longest first: its length in tokens and its values.
    func matches(in words: [Int32], from start: Int) -> [(length: Int, values: [Value])] {
        guard start < words.count, var node = root(words[start]) else { return [] }
        var found: [(length: Int, values: [Value])] = []
        var position = start + 1
        while true {
            if !nodes[node].values.isEmpty { found.append((position - start, nodes[node].values)) }
            guard position < words.count, let next = nodes[node].child(words[position]) else { break }
            node = Int(next)
            position += 1
        }
        return found.reversed()
    }
}
