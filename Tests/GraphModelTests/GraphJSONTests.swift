import Foundation
import Testing

@testable import GraphModel

/// A small graph that uses every field the JSON form carries.
func sampleGraph() -> ConflictGraph {
    var graph = ConflictGraph(title: "Nord-ouest syrien, \"test\"")
    graph.add(
        Document(
            id: "doc-b", title: "Offensive à Idleb", date: "2024-12-01", source: "https://example.org/b",
            language: "fr"))
    graph.add(Document(id: "doc-a", language: "fr"))
    graph.add(
        Entity(id: "russia_state", name: "Russie", kind: .state, aliases: ["Moscou", "russes"], mentions: 3))
    graph.add(
        Entity(id: "hts", name: "Hayat Tahrir al-Cham", kind: .armedGroup, aliases: ["HTS"], mentions: 2))
    graph.add(Entity(id: "idlib", name: "Idleb", kind: .city, aliases: ["Idlib"], mentions: 1))
    graph.add(Entity(id: "syria_government", name: "régime syrien", kind: .government, mentions: 4))
    graph.add(Entity(id: "tahrir", name: "هيئة تحرير الشام", kind: .organization))
    graph.add(
        Relation(
            subject: "russia_state", predicate: .supports, object: "syria_government",
            evidence: [
                Evidence(
                    document: "doc-b", sentence: "Moscou arme Damas.", start: 40, end: 58, confidence: 0.85),
                Evidence(document: "doc-a", sentence: "La Russie soutient le régime.", start: 0, end: 29),
            ]))
    graph.add(
        Relation(
            subject: "hts", predicate: .controls, object: "idlib",
            evidence: [
                Evidence(document: "doc-a", sentence: "HTS tient Idleb.", start: 30, end: 46, confidence: 0.5)
            ],
            hedged: true))
    graph.add(Relation(subject: "tahrir", predicate: .alliedWith, object: "hts"))
    return graph
}

func data(_ text: String) -> Data { Data(text.utf8) }

@Suite("Graph JSON")
struct GraphJSONTests {
    @Test("encode, decode, encode gives the same bytes")
    func roundTrip() throws {
        let graph = sampleGraph()
        let first = GraphJSON.encode(graph)
        let decoded = try GraphJSON.decode(data(first))
        #expect(decoded == graph)
        #expect(GraphJSON.encode(decoded) == first)
        #expect(first.hasSuffix("}\n"))
    }

    @Test("the encoding does not depend on the order the graph was built in")
    func canonicalOrder() {
        let graph = sampleGraph()
        var reversed = ConflictGraph(title: graph.title)
        for document in graph.documents.reversed() { reversed.add(document) }
        for entity in graph.entities.reversed() { reversed.add(entity) }
        for relation in graph.relations.reversed() { reversed.add(relation) }
        #expect(GraphJSON.encode(reversed) == GraphJSON.encode(graph))
        #expect(graph.entities.map(\.id) == ["hts", "idlib", "russia_state", "syria_government", "tahrir"])
        #expect(graph.documents.map(\.id) == ["doc-a", "doc-b"])
    }

    @Test("encoded fields follow the ontology's names")
    func fieldNames() throws {
        let text = GraphJSON.encode(sampleGraph())
        let object = try #require(JSONSerialization.jsonObject(with: data(text)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        let hts = try #require(entities.first { $0["id"] as? String == "hts" })
        #expect(hts["kind"] as? String == "armed_group")
        #expect(hts["aliases"] as? [String] == ["Hayat Tahrir al-Cham", "HTS"])
        let relations = try #require(object["relations"] as? [[String: Any]])
        let controls = try #require(relations.first { $0["predicate"] as? String == "controls" })
        #expect(controls["hedged"] as? Bool == true)
        let supports = try #require(relations.first { $0["predicate"] as? String == "supports" })
        #expect(supports["hedged"] == nil)
        let evidence = try #require(supports["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["document"] as? String } == ["doc-a", "doc-b"])
        #expect(evidence.first?["start"] as? Int == 0)
        #expect(evidence.first?["end"] as? Int == 29)
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.last?["lang"] as? String == "fr")
    }

    @Test("an unknown kind is reported with its place")
    func unknownKind() {
        let json = """
            {"entities": [
              {"id": "hts", "name": "HTS", "kind": "armed_group"},
              {"id": "x", "name": "X", "kind": "militia"}
            ]}
            """
        #expect(throws: GraphError.unknownKind(place: "entities[1].kind", value: "militia")) {
            try GraphJSON.decode(data(json))
        }
        let message = GraphError.unknownKind(place: "entities[1].kind", value: "militia").description
        #expect(message.contains("entities[1].kind") && message.contains("armed_group"))
    }

    @Test("an unknown predicate is reported with its place")
    func unknownPredicate() {
        let json = """
            {"entities": [
              {"id": "a", "name": "A", "kind": "state"},
              {"id": "b", "name": "B", "kind": "state"}
            ], "relations": [
              {"subject": "a", "predicate": "supports", "object": "b"},
              {"subject": "a", "predicate": "hates", "object": "b"}
            ]}
            """
        #expect(throws: GraphError.unknownPredicate(place: "relations[1].predicate", value: "hates")) {
            try GraphJSON.decode(data(json))
        }
    }

    @Test("a relation end that names no entity is reported")
    func danglingEnd() {
        let json = """
            {"entities": [{"id": "a", "name": "A", "kind": "state"}],
             "relations": [{"subject": "a", "predicate": "opposes", "object": "ghost"}]}
            """
        #expect(throws: GraphError.danglingRelation(place: "relations[0].object", id: "ghost")) {
            try GraphJSON.decode(data(json))
        }
        let reversed = """
            {"entities": [{"id": "a", "name": "A", "kind": "state"}],
             "relations": [{"subject": "ghost", "predicate": "opposes", "object": "a"}]}
            """
        #expect(throws: GraphError.danglingRelation(place: "relations[0].subject", id: "ghost")) {
            try GraphJSON.decode(data(reversed))
        }
    }

    @Test("a relation from an entity to itself is refused")
    func selfRelation() {
        let json = """
            {"entities": [{"id": "a", "name": "A", "kind": "state"}],
             "relations": [{"subject": "a", "predicate": "opposes", "object": "a"}]}
            """
        #expect(throws: GraphError.self) { try GraphJSON.decode(data(json)) }
    }

    @Test("a duplicate entity id is reported with the later entity's place")
    func duplicateID() {
        let json = """
            {"entities": [
              {"id": "hts", "name": "HTS", "kind": "armed_group"},
              {"id": "hts", "name": "Hayat Tahrir al-Cham", "kind": "armed_group"}
            ]}
            """
        #expect(throws: GraphError.duplicateEntity(place: "entities[1].id", id: "hts")) {
            try GraphJSON.decode(data(json))
        }
    }

    @Test("a missing field is reported with its path")
    func missingField() {
        let json = """
            {"entities": [{"id": "a", "name": "A", "kind": "state"}, {"id": "b", "kind": "city"}]}
            """
        #expect(throws: GraphError.missingField(place: "entities[1].name")) {
            try GraphJSON.decode(data(json))
        }
        let wrongType = """
            {"entities": [{"id": "a", "name": "A", "kind": "state", "aliases": "A"}]}
            """
        #expect(throws: GraphError.missingField(place: "entities[0].aliases")) {
            try GraphJSON.decode(data(wrongType))
        }
    }

    @Test("malformed JSON syntax is a malformedJSON error")
    func malformedSyntax() {
        for text in [
            "{\"entities\": [", "", "not json", "{\"entities\": [}",
            "{\"entities\": [{\"id\": \"a\" \"name\": \"A\"}]}",
        ] {
            do {
                _ = try GraphJSON.decode(data(text))
                Issue.record("decoded \(text.debugDescription)")
            } catch {
                guard case .malformedJSON(let detail) = error else {
                    Issue.record("\(text.debugDescription): \(error)")
                    continue
                }
                #expect(!detail.isEmpty)
                #expect(error.description.hasPrefix("not a graph JSON file"))
            }
        }
    }

    @Test("a confidence outside 0...1 is refused with its place")
    func badConfidence() {
        let json = """
            {"entities": [{"id": "a", "name": "A", "kind": "state"}, {"id": "b", "name": "B", "kind": "city"}],
             "relations": [{"subject": "a", "predicate": "controls", "object": "b",
                            "evidence": [{"sentence": "A tient B.", "confidence": 1.5}]}]}
            """
        #expect(
            throws: GraphError.invalidValue(
                place: "relations[0].evidence[0].confidence", message: "must lie between 0 and 1")
        ) {
            try GraphJSON.decode(data(json))
        }
    }

    @Test("the gold files' shape is accepted: bare evidence sentence, top-level source, lang and date")
    func goldShape() throws {
        let json = """
            {
              "source": "https://example.org/article",
              "lang": "fr",
              "date": "2025-01-15",
              "entities": [
                {"id": "rsf", "name": "Forces de soutien rapide", "kind": "armed_group",
                 "aliases": ["Forces de soutien rapide", "FSR"]},
                {"id": "el_facher", "name": "El-Facher", "kind": "city", "aliases": ["El-Facher"]}
              ],
              "relations": [
                {"subject": "rsf", "predicate": "opposes", "object": "el_facher",
                 "evidence": "Les FSR pilonnent El-Facher depuis des mois."}
              ]
            }
            """
        let graph = try GraphJSON.decode(data(json))
        #expect(
            graph.documents == [
                Document(
                    id: "document", date: "2025-01-15", source: "https://example.org/article", language: "fr")
            ])
        #expect(graph.entity("rsf")?.aliases == ["Forces de soutien rapide", "FSR"])
        #expect(graph.entity("rsf")?.kind == .armedGroup)
        let relation = try #require(
            graph.relation(RelationKey(subject: "rsf", predicate: .opposes, object: "el_facher")))
        #expect(relation.evidence.count == 1)
        #expect(relation.evidence.first?.sentence == "Les FSR pilonnent El-Facher depuis des mois.")
        #expect(relation.evidence.first?.document == "document")
        #expect(relation.evidence.first?.start == nil)
        #expect(relation.hedged == false)
    }

    @Test("a gold file's symmetric relation written both ways is one relation")
    func goldSymmetric() throws {
        let json = """
            {"entities": [{"id": "z", "name": "Z", "kind": "armed_group"}, {"id": "a", "name": "A", "kind": "armed_group"}],
             "relations": [{"subject": "z", "predicate": "allied_with", "object": "a", "evidence": "Z et A."},
                           {"subject": "a", "predicate": "allied_with", "object": "z", "evidence": "A et Z."}]}
            """
        let graph = try GraphJSON.decode(data(json))
        #expect(graph.relations.count == 1)
        #expect(graph.relations.first?.subject == "a")
        #expect(graph.relations.first?.evidence.map(\.sentence) == ["A et Z.", "Z et A."])
    }

    @Test("strings that need escaping survive the round trip")
    func escaping() throws {
        var graph = ConflictGraph(title: "tab\tquote\"back\\slash\nline\u{2028}\u{01}")
        graph.add(Entity(id: "e", name: "Al-Qaïda \"centrale\"", kind: .armedGroup, aliases: ["القاعدة"]))
        let text = GraphJSON.encode(graph)
        #expect(!text.contains("\u{01}"))
        #expect(text.contains("\\u0001"))
        let decoded = try GraphJSON.decode(data(text))
        #expect(decoded == graph)
    }
}
