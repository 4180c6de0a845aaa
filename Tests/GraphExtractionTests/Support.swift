import GraphModel
import GraphText
import Testing

@testable import GraphExtraction

/// One extractor for every test: building it loads and compiles the lexicon.
let sharedExtractor: Extractor = try! Extractor()

/// The graph of one text, with lookups by name as the text writes it.
struct Extracted {
    let raw: String
    let graph: ConflictGraph
    let document: String

    init(_ raw: String, document: String = "test", extractor: Extractor = sharedExtractor) {
        self.raw = raw
        self.document = document
        graph = extractor.extract(text: raw, document: Document(id: document))
    }

    /// The normalised text that evidence offsets index, as Unicode scalars.
    var scalars: [Unicode.Scalar] { Array(TextDocument(raw).text.unicodeScalars) }

    /// The entities one of whose aliases is `name` (case, accents and articles folded).
    func entities(named name: String) -> [Entity] {
        let key = NameKey.fold(name)
        return graph.entities.filter { entity in entity.aliases.contains { NameKey.fold($0) == key } }
    }

    /// The only entity named `name`, or nil (none or several).
    func entity(_ name: String) -> Entity? {
        let found = entities(named: name)
        return found.count == 1 ? found[0] : nil
    }

    /// The relation `subject predicate object`, ends given by any of their aliases.
    func relation(_ subject: String, _ predicate: Predicate, _ object: String) -> Relation? {
        guard let s = entity(subject), let o = entity(object) else { return nil }
        return graph.relation(RelationKey(subject: s.id, predicate: predicate, object: o.id))
    }

    /// Every relation with this predicate, as (subject name, object name) pairs, for messages.
    func describe() -> String {
        graph.relations.map { "\($0.subject) \($0.predicate.rawValue) \($0.object)" }.joined(separator: "; ")
    }

    /// Checks that `relation` has evidence `sentence` whose offsets cut that sentence out of the normalised text.
    func expectEvidence(
        _ relation: Relation, sentence: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let normalisedSentence = TextDocument(sentence).text
        guard let item = relation.evidence.first(where: { $0.sentence == normalisedSentence }) else {
            Issue.record(
                "no evidence \"\(normalisedSentence)\" among \(relation.evidence.map(\.sentence))",
                sourceLocation: sourceLocation)
            return
        }
        #expect(item.document == document, sourceLocation: sourceLocation)
        guard let start = item.start, let end = item.end, 0 <= start, start <= end, end <= scalars.count
        else {
            Issue.record(
                "bad offsets \(String(describing: item.start))..<\(String(describing: item.end))",
                sourceLocation: sourceLocation)
            return
        }
        let cut = String(String.UnicodeScalarView(scalars[start..<end]))
        #expect(cut == normalisedSentence, sourceLocation: sourceLocation)
        #expect((0...1).contains(item.confidence), sourceLocation: sourceLocation)
    }
}
