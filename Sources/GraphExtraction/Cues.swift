import Foundation
import GraphModel

/// Cue words for finding and typing mentions, loaded from `Resources/cues.json`.
///
/// Phrases are stored as token-key sequences (lower-case, accents folded) so
/// that they match the text however it is capitalised or accented.
struct Cues: Sendable {
    struct Collective: Sendable {
        var id: String
        var name: String
        var kind: EntityKind
    }

    enum Reference: Sendable, Hashable {
        /// The nearest earlier entity of this kind ("l'ONG", "la ville").
        case nearest(EntityKind?)
        /// The home country as a place ("le pays").
        case homeCountry
        /// The subject of the previous sentence ("ses forces").
        case previousSubject
    }

    var stopwords: WordSet
    var particles: WordSet
    /// Phrases that announce a name of a kind: "la ville de", "le président", "l'ONG".
    var titles = PhraseTrie<EntityKind>()
    /// First words of names of a kind: "Observatoire", "Brigade", "Aéroport".
    var heads: [Int32: EntityKind] = [:]
    var regionPrefixes: WordSet
    /// Nouns that a demonym qualifies when it stands for a state: "armée", "frappes", "alliés".
    var institutionHeads = PhraseTrie<Bool>()
    /// Phrases that stand for the government of the country the article is about.
    var governmentPhrases = PhraseTrie<Bool>()
    /// Nouns that, followed by "de PERSON", name the person's government ("régime de Bachar al-Assad").
    var governmentOfPerson: WordSet
    var collectives: [Collective] = []
    var collectivePhrases = PhraseTrie<Int>()
    /// Collective phrases that a following demonym extends ("factions rebelles syriennes").
    var collectiveWithDemonym = PhraseTrie<Int>()
    var jihadistWords: WordSet
    var jihadistCues: WordSet
    var references = PhraseTrie<Reference>()
    var locatives: WordSet
    var placeNouns: WordSet
    var negations: WordSet
    var hedges: WordSet
    /// Nouns of air or artillery strikes that head a demonym mention ("frappes russes").
    var strikeHeads: WordSet

    private struct File: Decodable {
        struct KindCues: Decodable {
            var titles: [String]
            var heads: [String]
        }
        struct CollectiveFile: Decodable {
            var id: String
            var name: String
            var kind: String
            var phrases: [String]
            var withDemonym: [String]?
        }
        struct ReferenceFile: Decodable {
            var phrase: String
            var kind: String
            var home: Bool?
            var previousSubject: Bool?
        }
        var stopwords: [String]
        var particles: [String]
        var kinds: [String: KindCues]
        var regionPrefixes: [String]
        var institutionHeads: [String]
        var governmentPhrases: [String]
        var governmentOfPerson: [String]
        var collectives: [CollectiveFile]
        var jihadistWords: [String]
        var jihadistCues: [String]
        var references: [ReferenceFile]
        var locatives: [String]
        var placeNouns: [String]
        var negations: [String]
        var hedges: [String]
        var strikeHeads: [String]
    }

    /// The built-in cues, their keys numbered in `vocabulary`.
    static func builtIn(vocabulary: inout Vocabulary) throws(ExtractionError) -> Cues {
        guard
            let url = Bundle.module.url(
                forResource: "cues", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { throw .badLexicon(source: "built-in cues.json", detail: "missing from the resources") }
        return try Cues(data: data, source: "built-in cues.json", vocabulary: &vocabulary)
    }

    init(data: Data, source: String, vocabulary: inout Vocabulary) throws(ExtractionError) {
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw .badLexicon(source: source, detail: "not a cue file: \(error)")
        }
        func keySet(_ words: [String]) -> WordSet { WordSet(phrases: words, vocabulary: &vocabulary) }
        func phrase(_ text: String) -> [Int32] { vocabulary.intern(Tokenization.keys(of: text)) }
        stopwords = keySet(file.stopwords)
        particles = keySet(file.particles)
        regionPrefixes = keySet(file.regionPrefixes)
        governmentOfPerson = keySet(file.governmentOfPerson)
        jihadistWords = keySet(file.jihadistWords)
        jihadistCues = keySet(file.jihadistCues)
        locatives = keySet(file.locatives)
        placeNouns = keySet(file.placeNouns)
        negations = keySet(file.negations)
        hedges = keySet(file.hedges)
        strikeHeads = keySet(file.strikeHeads)
        for (name, cues) in file.kinds.sorted(by: { $0.key < $1.key }) {
            guard let kind = EntityKind(rawValue: name) else {
                throw .badLexicon(source: source, detail: "kinds.\(name): unknown kind")
            }
            for title in cues.titles { titles.insert(phrase(title), kind) }
            for head in cues.heads {
                if let key = phrase(head).first { heads[key] = kind }
            }
        }
        for text in file.institutionHeads { institutionHeads.insert(phrase(text), true) }
        for text in file.governmentPhrases { governmentPhrases.insert(phrase(text), true) }
        for (index, collective) in file.collectives.enumerated() {
            guard let kind = EntityKind(rawValue: collective.kind) else {
                throw .badLexicon(source: source, detail: "collectives[\(index)].kind: unknown kind")
            }
            collectives.append(Collective(id: collective.id, name: collective.name, kind: kind))
            for text in collective.phrases { collectivePhrases.insert(phrase(text), index) }
            for text in collective.withDemonym ?? [] { collectiveWithDemonym.insert(phrase(text), index) }
        }
        for (index, reference) in file.references.enumerated() {
            let value: Reference
            if reference.home == true {
                value = .homeCountry
            } else if reference.previousSubject == true {
                value = .previousSubject
            } else if reference.kind == "actor" {
                value = .nearest(nil)
            } else if let kind = EntityKind(rawValue: reference.kind) {
                value = .nearest(kind)
            } else {
                throw .badLexicon(source: source, detail: "references[\(index)].kind: unknown kind")
            }
            references.insert(phrase(reference.phrase), value)
        }
    }
}
