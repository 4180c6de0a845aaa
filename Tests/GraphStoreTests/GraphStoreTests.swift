import Foundation
import GraphModel
import GraphStore
import Testing

@Suite struct GraphStoreIngestTests {
    let hts = ("hts", "Hayat Tahrir al-Cham", EntityKind.armedGroup, ["HTC"])
    let idlib = ("idlib", "Idlib", EntityKind.city, [String]())
    let army = ("armee_syrienne", "armée syrienne", EntityKind.armedGroup, [String]())

    @Test func reingestingAnUnchangedArticleChangesNothing() throws {
        let store = try GraphStore(path: StoreFixtures.storePath())
        let article = StoreFixtures.article(
            "a1", entities: [hts, idlib], relations: [("hts", .controls, "idlib", "Le HTC tient Idlib.")])
        #expect(try StoreFixtures.ingest(store, article) == .added)
        let before = try store.graph()
        #expect(try StoreFixtures.ingest(store, article) == .unchanged)
        #expect(try store.graph() == before)
        #expect(before.entities.count == 2)
        #expect(before.relations.count == 1)
        #expect(before.entity("hts")?.mentions == 1)
    }

    @Test func aChangedArticleReplacesOnlyWhatItAloneSupported() throws {
        let store = try GraphStore(path: StoreFixtures.storePath())
        try StoreFixtures.ingest(
            store,
            StoreFixtures.article(
                "a1", entities: [hts, idlib, army],
                relations: [
                    ("hts", .controls, "idlib", "Le HTC tient Idlib."),
                    ("hts", .opposes, "armee_syrienne", "Le HTC combat l'armée syrienne."),
                ]))
        try StoreFixtures.ingest(
            store,
            StoreFixtures.article(
                "a2", entities: [hts, idlib], relations: [("hts", .controls, "idlib", "Idlib reste au HTC.")])
        )
        let changed = StoreFixtures.article("a1", entities: [hts, idlib], relations: [])
        #expect(try StoreFixtures.ingest(store, changed) == .replaced)
        let graph = try store.graph()
        #expect(graph.relations.map(\.predicate) == [.controls])
        #expect(graph.relations[0].support == 1)
        #expect(graph.relations[0].evidence.map(\.document) == ["a2"])
        #expect(graph.entity("armee_syrienne") == nil, "only the old a1 mentioned the army")
        #expect(graph.entity("hts")?.mentions == 2)
    }

    @Test func aliasesResolveAcrossDocumentsWithinTheirClass() throws {
        let store = try GraphStore(path: StoreFixtures.storePath())
        try StoreFixtures.ingest(
            store,
            StoreFixtures.article(
                "a1", entities: [hts, idlib], relations: [("hts", .controls, "idlib", "Le HTC tient Idlib.")])
        )
        // Another spelling, another id, same folded alias: the same entity.
        try StoreFixtures.ingest(
            store,
            StoreFixtures.article(
                "a2",
                entities: [
                    ("htc_group", "HAYAT TAHRIR AL CHAM", .armedGroup, []),
                    ("idlib_city", "idlib", .city, []),
                ], relations: [("htc_group", .controls, "idlib_city", "Hayat Tahrir al Cham contrôle idlib.")]
            ))
        // The same name as a place of another class stays another entity.
        try StoreFixtures.ingest(
            store, StoreFixtures.article("a3", entities: [("idlib_group", "Idlib", .organization, [])]))
        let graph = try store.graph()
        #expect(graph.entities.map(\.id) == ["hts", "idlib", "idlib_group"])
        #expect(graph.entity("hts")?.aliases == ["Hayat Tahrir al-Cham", "HTC", "HAYAT TAHRIR AL CHAM"])
        #expect(graph.relations.count == 1)
        #expect(graph.relations[0].support == 2)
        #expect(try store.resolveEntity("htc") == "hts")
    }

    @Test func statisticsCountWhatTheStoreHolds() throws {
        let store = try GraphStore(path: StoreFixtures.storePath())
        try StoreFixtures.ingest(store, StoreFixtures.article("a1", entities: [hts, idlib]))
        #expect(
            try store.statistics() == StoreStatistics(documents: 1, entities: 2, relations: 0, evidence: 0))
    }
}

@Suite struct GraphStoreCorrectionTests {
    @Test func aMergeSurvivesLaterIngests() throws {
        let store = try GraphStore(path: StoreFixtures.storePath())
        try StoreFixtures.ingest(
            store,
            StoreFixtures.article(
                "a1", entities: [("hts", "HTS", .armedGroup, []), ("idlib", "Idlib", .city, [])],
                relations: [("hts", .controls, "idlib", "HTS tient Idlib.")]))
        try StoreFixtures.ingest(
            store,
            StoreFixtures.article(
                "a2",
                entities: [
                    ("tahrir", "Hayat Tahrir al-Cham", .armedGroup, ["Tahrir al-Cham"]),
                    ("idlib", "Idlib", .city, []),
                ],
                relations: [("tahrir", .controls, "idlib", "Hayat Tahrir al-Cham tient Idlib.")]))
        #expect(try store.graph().relations.count == 2)
        try store.merge("Hayat Tahrir al-Cham", into: "hts")
        var graph = try store.graph()
        #expect(graph.entities.map(\.id) == ["hts", "idlib"])
        #expect(graph.relations.count == 1)
        #expect(graph.relations[0].support == 2)
        // A later article naming only the merged-away alias lands on the target.
        try StoreFixtures.ingest(
            store,
            StoreFixtures.article(
                "a3",
                entities: [("tahrir", "Tahrir al-Cham", .armedGroup, []), ("idlib", "Idlib", .city, [])],
                relations: [("tahrir", .controls, "idlib", "Tahrir al-Cham tient toujours Idlib.")]))
        graph = try store.graph()
        #expect(graph.entities.map(\.id) == ["hts", "idlib"])
        #expect(graph.relations[0].support == 3)
        #expect(try store.corrections().map(\.action) == ["merge"])
    }

    @Test func aRenameAndAKindChangeSurviveLaterIngests() throws {
        let store = try GraphStore(path: StoreFixtures.storePath())
        let first = StoreFixtures.article("a1", entities: [("fsa", "ASL", .armedGroup, [])])
        try StoreFixtures.ingest(store, first)
        try store.rename("ASL", to: "Armée syrienne libre")
        try store.setKind("fsa", to: .region)
        // Another article: still the old name and the old kind from the extractor.
        try StoreFixtures.ingest(
            store, StoreFixtures.article("a2", entities: [("asl", "ASL", .armedGroup, [])]))
        let graph = try store.graph()
        #expect(graph.entities.count == 1)
        #expect(graph.entities[0].name == "Armée syrienne libre")
        #expect(graph.entities[0].kind == .region)
        #expect(graph.entities[0].mentions == 2)
        #expect(graph.entities[0].aliases == ["Armée syrienne libre", "ASL"])
    }

    @Test func aSplitMovesAliasesAndTheirSentencesAndSurvivesLaterIngests() throws {
        let store = try GraphStore(path: StoreFixtures.storePath())
        let entities: [(String, String, EntityKind, [String])] = [
            ("assad", "Assad", .person, ["Bachar al-Assad", "Hafez al-Assad"]), ("damas", "Damas", .city, []),
        ]
        try StoreFixtures.ingest(
            store,
            StoreFixtures.article(
                "a1", entities: entities,
                relations: [
                    ("assad", .controls, "damas", "Hafez al-Assad tenait Damas en 1970."),
                    ("assad", .leads, "damas", "Bachar al-Assad dirige Damas."),
                ]))
        let split = try store.split("assad", aliases: ["Hafez al-Assad"])
        #expect(split.id == "hafez_al_assad")
        var graph = try store.graph()
        #expect(graph.entity("assad")?.aliases == ["Assad", "Bachar al-Assad"])
        #expect(
            graph.relations.map { "\($0.subject) \($0.predicate.rawValue) \($0.object)" }.sorted() == [
                "assad leads damas", "hafez_al_assad controls damas",
            ])
        // The extractor still groups the names; the sentence decides.
        try StoreFixtures.ingest(
            store,
            StoreFixtures.article(
                "a2", entities: entities,
                relations: [("assad", .opposes, "damas", "Hafez al-Assad assiège Damas.")]))
        graph = try store.graph()
        #expect(
            graph.relation(RelationKey(subject: "hafez_al_assad", predicate: .opposes, object: "damas"))
                != nil)
        #expect(graph.entity("assad")?.aliases.contains("Hafez al-Assad") == false)
        #expect(try store.resolveEntity("Hafez al-Assad") == "hafez_al_assad")
    }

    @Test func forgetRemovesWhatOnlyTheDocumentSupported() throws {
        let store = try GraphStore(path: StoreFixtures.storePath())
        let hts = ("hts", "HTS", EntityKind.armedGroup, [String]())
        try StoreFixtures.ingest(
            store,
            StoreFixtures.article(
                "a1", entities: [hts, ("idlib", "Idlib", .city, []), ("alep", "Alep", .city, [])],
                relations: [
                    ("hts", .controls, "idlib", "HTS tient Idlib."),
                    ("hts", .controls, "alep", "HTS prend Alep."),
                ]))
        try StoreFixtures.ingest(
            store,
            StoreFixtures.article(
                "a2", entities: [hts, ("idlib", "Idlib", .city, [])],
                relations: [("hts", .controls, "idlib", "Idlib reste à HTS.")]))
        let outcome = try store.forget(document: "a1")
        #expect(outcome == ForgetOutcome(relations: 1, entities: 1))
        let graph = try store.graph()
        #expect(graph.documents.map(\.id) == ["a2"])
        #expect(graph.entities.map(\.id) == ["hts", "idlib"])
        #expect(graph.relations.count == 1)
        #expect(throws: StoreError.documentNotFound(id: "a3", suggestions: ["a2"])) {
            try store.forget(document: "a3")
        }
    }
}
