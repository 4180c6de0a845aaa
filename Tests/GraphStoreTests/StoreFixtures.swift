import Foundation
import GraphModel
import GraphStore

/// Hand-made article graphs and throw-away store files for the tests.
enum StoreFixtures {
    /// A fresh store path in a new temporary folder.
    static func storePath() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "graphstore-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("graph.sqlite").path
    }

    /// One article: `entities` as (id, name, kind, aliases), `relations` as
    /// (subject, predicate, object, sentence).
    static func article(
        _ id: String, date: String? = nil,
        entities: [(String, String, EntityKind, [String])],
        relations: [(String, GraphModel.Predicate, String, String)] = []
    ) -> (Document, ConflictGraph) {
        let document = Document(id: id, title: "Article \(id)", date: date, language: "fr")
        var graph = ConflictGraph()
        graph.add(document)
        for (entityID, name, kind, aliases) in entities {
            graph.add(Entity(id: entityID, name: name, kind: kind, aliases: aliases, mentions: 1))
        }
        for (index, (subject, predicate, object, sentence)) in relations.enumerated() {
            let evidence = Evidence(
                document: id, sentence: sentence, start: index * 100, end: index * 100 + sentence.count,
                confidence: 0.8)
            graph.add(Relation(subject: subject, predicate: predicate, object: object, evidence: [evidence]))
        }
        return (document, graph)
    }

    /// Ingests an article with a hash of its graph's JSON, as a text would give.
    @discardableResult
    static func ingest(_ store: GraphStore, _ article: (Document, ConflictGraph)) throws -> IngestOutcome {
        let hash = ContentHash.sha256(Array(GraphJSON.encode(article.1).utf8))
        return try store.ingest(document: article.0, contentHash: hash, graph: article.1)
    }
}
