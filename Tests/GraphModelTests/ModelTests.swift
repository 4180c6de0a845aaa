import Testing

@testable import GraphModel

@Suite("Graph building")
struct ConflictGraphTests {
    @Test("allied_with is stored once, smaller id first, whichever way it is added")
    func symmetricStoredOnce() {
        var graph = ConflictGraph()
        graph.add(Entity(id: "sdf", name: "FDS", kind: .armedGroup))
        graph.add(Entity(id: "ypg", name: "YPG", kind: .armedGroup))
        graph.add(
            Relation(
                subject: "ypg", predicate: .alliedWith, object: "sdf",
                evidence: [Evidence(document: "d", sentence: "Les YPG et les FDS.", start: 10, end: 29)]))
        graph.add(
            Relation(
                subject: "sdf", predicate: .alliedWith, object: "ypg",
                evidence: [Evidence(document: "d", sentence: "Les FDS et les YPG.", start: 0, end: 19)]))
        #expect(graph.relations.count == 1)
        let relation = graph.relations[0]
        #expect(relation.subject == "sdf" && relation.object == "ypg")
        #expect(relation.evidence.map(\.start) == [0, 10])
        #expect(
            graph.relation(RelationKey(subject: "ypg", predicate: .alliedWith, object: "sdf")) == relation)
    }

    @Test("directed predicates keep both directions apart")
    func directedKeptApart() {
        var graph = ConflictGraph()
        graph.add(Entity(id: "a", name: "A", kind: .armedGroup))
        graph.add(Entity(id: "b", name: "B", kind: .armedGroup))
        graph.add(Relation(subject: "b", predicate: .opposes, object: "a"))
        graph.add(Relation(subject: "a", predicate: .opposes, object: "b"))
        graph.add(Relation(subject: "a", predicate: .supports, object: "b"))
        #expect(
            graph.relations.map(\.key) == [
                RelationKey(subject: "a", predicate: .supports, object: "b"),
                RelationKey(subject: "a", predicate: .opposes, object: "b"),
                RelationKey(subject: "b", predicate: .opposes, object: "a"),
            ])
        #expect(graph.relation(RelationKey(subject: "b", predicate: .supports, object: "a")) == nil)
    }

    @Test("evidence is deduplicated by document, offset and sentence, and kept sorted")
    func evidenceDedupAndOrder() {
        let late = Evidence(document: "b", sentence: "Trois.", start: 5, end: 11, confidence: 0.4)
        let early = Evidence(document: "a", sentence: "Deux.", start: 30, end: 35, confidence: 0.5)
        let first = Evidence(document: "a", sentence: "Un.", start: 0, end: 3, confidence: 0.6)
        var relation = Relation(
            subject: "x", predicate: .opposes, object: "y", evidence: [late, early, first])
        #expect(relation.evidence == [first, early, late])
        // The same sentence again: one item, the better confidence kept.
        var better = early
        better.confidence = 0.9
        relation.addEvidence(better)
        relation.addEvidence(first)
        #expect(relation.evidence.count == 3)
        #expect(relation.evidence[1].confidence == 0.9)
        #expect(relation.evidence[0].confidence == 0.6)
        // The same text at another offset is another statement.
        relation.addEvidence(Evidence(document: "a", sentence: "Un.", start: 50, end: 53))
        #expect(relation.evidence.map(\.start) == [0, 30, 50, 5])
        #expect(relation.support == 2)
        #expect(relation.confidence == 1)
    }

    @Test("evidence without offsets sorts before evidence with offsets of the same document")
    func evidenceWithoutOffsets() {
        let relation = Relation(
            subject: "x", predicate: .opposes, object: "y",
            evidence: [
                Evidence(document: "a", sentence: "B.", start: 4, end: 6),
                Evidence(document: "a", sentence: "Z."),
                Evidence(document: "a", sentence: "A."),
            ])
        #expect(relation.evidence.map(\.sentence) == ["A.", "Z.", "B."])
    }

    @Test("a relation stays hedged only while every statement is hedged")
    func hedging() {
        var graph = ConflictGraph()
        let claim = Evidence(document: "d", sentence: "X est accusé de soutenir Y.", start: 0, end: 27)
        let fact = Evidence(document: "d", sentence: "X soutient Y.", start: 28, end: 41)
        graph.add(Relation(subject: "x", predicate: .supports, object: "y", evidence: [claim], hedged: true))
        #expect(graph.relations[0].hedged)
        graph.add(Relation(subject: "x", predicate: .supports, object: "y", evidence: [fact], hedged: false))
        #expect(!graph.relations[0].hedged)
        graph.add(Relation(subject: "x", predicate: .supports, object: "y", evidence: [claim], hedged: true))
        #expect(!graph.relations[0].hedged)
        #expect(graph.relations[0].evidence.count == 2)
    }

    @Test("an entity added twice under one id keeps its name and kind and gains aliases and mentions")
    func entityAbsorbs() {
        var graph = ConflictGraph()
        graph.add(Entity(id: "osdh", name: "OSDH", kind: .organization, aliases: ["OSDH"], mentions: 2))
        graph.add(
            Entity(
                id: "osdh", name: "Observatoire syrien des droits de l'homme", kind: .armedGroup,
                aliases: ["OSDH", "l'Observatoire"], mentions: 1))
        let entity = graph.entity("osdh")
        #expect(entity?.name == "OSDH")
        #expect(entity?.kind == .organization)
        #expect(entity?.aliases == ["OSDH", "Observatoire syrien des droits de l'homme", "l'Observatoire"])
        #expect(entity?.mentions == 3)
    }

    @Test("aliases keep the name first and drop empty strings and duplicates")
    func aliases() {
        let entity = Entity(id: "kyiv", name: "Kiev", kind: .city, aliases: ["Kyiv", "", "Kiev", "Kyiv"])
        #expect(entity.aliases == ["Kiev", "Kyiv"])
    }

    @Test("validate reports a dangling end; filter drops relations that lose an end")
    func validateAndFilter() throws {
        var graph = ConflictGraph()
        graph.add(Entity(id: "a", name: "A", kind: .state))
        graph.add(Entity(id: "b", name: "B", kind: .city))
        graph.add(Relation(subject: "a", predicate: .controls, object: "b"))
        try graph.validate()
        graph.add(Relation(subject: "a", predicate: .opposes, object: "ghost"))
        // Relations sort by subject, predicate (ontology order: opposes before controls), object.
        #expect(throws: GraphError.danglingRelation(place: "relations[0].object", id: "ghost")) {
            try graph.validate()
        }
        graph.filter(entities: { $0.id != "b" })
        #expect(graph.entities.map(\.id) == ["a"])
        #expect(graph.relations.isEmpty)
        #expect(!graph.isEmpty)
    }

    @Test("merging two graphs unites entities by id and relation evidence by key")
    func merge() {
        var one = ConflictGraph()
        one.add(Document(id: "d1"))
        one.add(Entity(id: "a", name: "A", kind: .state, mentions: 1))
        one.add(Entity(id: "b", name: "B", kind: .state))
        one.add(
            Relation(
                subject: "a", predicate: .opposes, object: "b",
                evidence: [Evidence(document: "d1", sentence: "A frappe B.", start: 0, end: 11)]))
        var two = ConflictGraph(title: "deux")
        two.add(Document(id: "d2"))
        two.add(Entity(id: "a", name: "A2", kind: .state, aliases: ["Alpha"], mentions: 2))
        two.add(Entity(id: "b", name: "B", kind: .state))
        two.add(
            Relation(
                subject: "a", predicate: .opposes, object: "b",
                evidence: [Evidence(document: "d2", sentence: "A pilonne B.", start: 3, end: 15)]))
        one.merge(two)
        #expect(one.title == "deux")
        #expect(one.documents.map(\.id) == ["d1", "d2"])
        #expect(one.entities.count == 2)
        #expect(one.entity("a")?.aliases == ["A", "A2", "Alpha"])
        #expect(one.entity("a")?.mentions == 3)
        #expect(one.relations.count == 1)
        #expect(one.relations[0].support == 2)
    }
}

@Suite("Names and identifiers")
struct NameTests {
    @Test(
        "NameKey.fold folds case, accents, apostrophes, dashes and a leading article",
        arguments: [
            ("l’Observatoire syrien", "observatoire syrien"),
            ("Observatoire Syrien", "observatoire syrien"),
            ("Al-Qaïda", "al qaida"),
            ("Hay'at Tahrir al-Sham", "hay at tahrir al sham"),
            ("LA  RUSSIE", "russie"),
            ("les rebelles", "rebelles"),
            ("Les", "les"),
            ("the Kremlin", "kremlin"),
            ("Le Caire", "caire"),
            ("  Bachar   al‑Assad  ", "bachar al assad"),
            ("Deir ez–Zor", "deir ez zor"),
            ("forces_gouvernementales", "forces gouvernementales"),
            ("«Armée nationale syrienne»", "armee nationale syrienne"),
            ("4e division", "4e division"),
            ("هيئة تحرير الشام", "هيئة تحرير الشام"),
            ("", ""),
            ("!?", ""),
        ])
    func fold(input: String, expected: String) {
        #expect(NameKey.fold(input) == expected)
    }

    @Test(
        "Identifier.slug gives lower-case ASCII words joined by underscores, other scripts kept",
        arguments: [
            ("Hayat Tahrir al-Cham", "hayat_tahrir_al_cham"),
            ("Al-Qaïda", "al_qaida"),
            ("État islamique", "etat_islamique"),
            ("Forces de soutien rapide (FSR)", "forces_de_soutien_rapide_fsr"),
            ("  Kharkiv  ", "kharkiv"),
            ("Œuvre d'Orient", "oeuvre_d_orient"),
            ("هيئة تحرير الشام", "هيئة_تحرير_الشام"),
            ("4e division", "4e_division"),
            ("", "entity"),
            ("--- !", "entity"),
        ])
    func slug(input: String, expected: String) {
        #expect(Identifier.slug(input) == expected)
    }

    @Test("Identifier.unique numbers a taken id from 2")
    func unique() {
        #expect(Identifier.unique("hts") { _ in false } == "hts")
        let taken: Set = ["hts", "hts_2"]
        #expect(Identifier.unique("hts") { taken.contains($0) } == "hts_3")
    }

    @Test("kinds fall into actors and places; predicates know their symmetry")
    func vocabulary() {
        #expect(
            EntityKind.allCases.filter(\.isActor) == [
                .person, .armedGroup, .government, .state, .organization,
            ])
        #expect(EntityKind.allCases.filter(\.isPlace) == [.country, .region, .city, .site])
        #expect(Predicate.allCases.filter(\.isSymmetric) == [.alliedWith])
        #expect(Predicate.partOf.label == "part of")
        #expect(EntityKind.armedGroup.rawValue == "armed_group")
    }
}
