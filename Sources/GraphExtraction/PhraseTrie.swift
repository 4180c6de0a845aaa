/// A trie over token keys, for matching every lexicon phrase in one left-to-right
/// pass: at each token the longest phrase starting there is found in as many
/// steps as it has tokens.
struct PhraseTrie<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var values: [Value] = []
    }

    private var nodes = [Node()]

    /// Adds `value` under the phrase `keys` (one key per token).
    mutating func insert(_ keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = nodes[node].children[key] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        nodes[node].values.append(value)
    }

    /// The keys that can open a phrase.
    var firstKeys: Set<String> { Set(nodes[0].children.keys) }

    /// The longest phrase that starts at `start`, without building the list of all of them.
    func longest(in keys: [String], from start: Int) -> (length: Int, values: [Value])? {
        var node = 0
        var position = start
        var best: (length: Int, node: Int)?
        while position < keys.endIndex, let next = nodes[node].children[keys[position]] {
            node = next
            position += 1
            if !nodes[node].values.isEmpty { best = (position - start, node) }
        }
        return best.map { ($0.length, nodes[$0.node].values) }
    }

    /// Every phrase that starts at `start`, longest first: its length in tokens and its values.
    func matches(in keys: [String], from start: Int) -> [(length: Int, values: [Value])] {
        var found: [(length: Int, values: [Value])] = []
        var node = 0
        var position = start
        while position < keys.endIndex, let next = nodes[node].children[keys[position]] {
            node = next
            position += 1
            if !nodes[node].values.isEmpty { found.append((position - start, nodes[node].values)) }
        }
        return found.reversed()
    }
}
