import Testing

@testable import GraphExtraction

@Suite("Vocabulary, word sets and phrase tries")
struct VocabularyTests {
    @Test("interning numbers keys in order and finds them again, through table growth")
    func internAndFind() {
        var vocabulary = Vocabulary()
        // Enough keys to grow the slot table several times, with long, accented and one-byte keys.
        let keys =
            (0..<5000).map { "mot\($0)" } + ["de", "l'", ",", "hayat-tahrir-al-cham-et-ses-allies", "qaïda"]
        let ids = keys.map { vocabulary.intern($0) }
        #expect(ids == (0..<Int32(keys.count)).map { $0 })
        #expect(vocabulary.words == keys)
        for (key, id) in zip(keys, ids) {
            #expect(vocabulary.id(key) == id)
            #expect(vocabulary.intern(key) == id, "interning again gives the same id")
        }
        #expect(vocabulary.words.count == keys.count)
    }

    @Test("keys the data never used are unknown", arguments: ["", "mot", "mot5000", "De", "qaida", "l’"])
    func unknownKeys(key: String) {
        var vocabulary = Vocabulary()
        for index in 0..<5000 { _ = vocabulary.intern("mot\(index)") }
        _ = vocabulary.intern("de")
        _ = vocabulary.intern("qaïda")
        #expect(vocabulary.id(key) == Vocabulary.unknown)
    }

    @Test("a word set holds what was inserted, the union holds both, the unknown id nothing")
    func wordSets() {
        var vocabulary = Vocabulary()
        var first = WordSet(keys: ["et", "ou"], vocabulary: &vocabulary)
        let second = WordSet(phrases: ["sous le contrôle de"], vocabulary: &vocabulary)
        #expect(first.contains(vocabulary.id("et")))
        #expect(!first.contains(vocabulary.id("sous")))
        #expect(second.contains(vocabulary.id("controle")), "phrases are cut into keys")
        #expect(!second.contains(vocabulary.id("et")))
        #expect(!first.contains(Vocabulary.unknown))
        #expect(!first.contains(Int32(100_000)), "an id past the set's end is not in it")
        first.formUnion(second)
        #expect(first.contains(vocabulary.id("ou")) && first.contains(vocabulary.id("de")))
        #expect(WordSet().isEmpty && !first.isEmpty)
    }

    @Test("a phrase trie finds the longest phrase and every phrase, longest first")
    func phraseTrie() {
        var vocabulary = Vocabulary()
        var trie = PhraseTrie<String>()
        func ids(_ phrase: String) -> [Int32] { vocabulary.intern(Tokenization.keys(of: phrase)) }
        trie.insert(ids("Armée"), "army")
        trie.insert(ids("armée syrienne libre"), "fsa")
        trie.insert(ids("armée syrienne"), "syrian army")
        trie.insert(ids("Armée syrienne"), "syrian army, again")
        // Enough phrases sharing a first word to grow the edge table.
        for index in 0..<300 { trie.insert(ids("armée \(index)"), "unit \(index)") }

        let text = ids("l'armée syrienne libre avance")
        let longest = trie.longest(in: text, from: 1)
        #expect(longest?.length == 3 && longest.map(trie.values) == ["fsa"])
        let all = trie.matches(in: text, from: 1)
        #expect(all.map(\.length) == [3, 2, 1])
        #expect(trie.values(all[1]) == ["syrian army", "syrian army, again"])
        #expect(trie.first(all[2]) == "army")
        var visited: [Int] = []
        text.withUnsafeBufferPointer { words in
            trie.forEachMatch(in: words, from: 1) { match in
                visited.append(match.length)
                return match.length > 2
            }
        }
        #expect(visited == [3, 2])
        #expect(trie.longest(in: text, from: 0) == nil)
        #expect(trie.matches(in: text, from: 4).isEmpty)
        #expect(trie.longest(in: ids("armée 299"), from: 0).map(trie.values) == ["unit 299"])
        #expect(trie.longest(in: [Vocabulary.unknown], from: 0) == nil)
        #expect(trie.firstWords.contains(vocabulary.id("armee")))
        #expect(!trie.firstWords.contains(vocabulary.id("syrienne")))
    }
}
