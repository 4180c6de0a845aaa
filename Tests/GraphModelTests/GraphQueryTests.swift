import GraphModel
import Testing

@Suite struct GraphQueryTests {
    /// a opposes b (d1, d2); c supports a (d1); a controls d (d2); e leads b (d3, undated); f alone.
    let graph: ConflictGraph = {
        var graph = ConflictGraph(title: "test")
        graph.add(Document(id: "d1", date: "2024-01-10"))
        graph.add(Document(id: "d2", date: "2024-02-10"))
        graph.add(Document(id: "d3"))
        for (id, kind) in [
            ("a", EntityKind.armedGroup), ("b", .armedGroup), ("c", .state), ("d", .city), ("e", .person),
            ("f", .city),
        ] {
            graph.add(Entity(id: id, name: id.uppercased(), kind: kind, aliases: ["alias \(id)"]))
        }
        func evidence(_ document: String) -> Evidence {
            Evidence(document: document, sentence: "s \(document)")
        }
        graph.add(
            Relation(
                subject: "a", predicate: .opposes, object: "b", evidence: [evidence("d1"), evidence("d2")]))
        graph.add(Relation(subject: "c", predicate: .supports, object: "a", evidence: [evidence("d1")]))
        graph.add(Relation(subject: "a", predicate: .controls, object: "d", evidence: [evidence("d2")]))
        graph.add(Relation(subject: "e", predicate: .leads, object: "b", evidence: [evidence("d3")]))
        return graph
    }()

    private func ids(_ query: GraphQuery) throws -> (
        entities: [String], relations: [String], documents: [String]
    ) {
        let result = try query.apply(to: graph)
        return (
            result.entities.map(\.id),
            result.relations.map { "\($0.subject)-\($0.predicate.rawValue)-\($0.object)" },
            result.documents.map(\.id)
        )
    }

    @Test func anEmptyQueryKeepsEverything() throws {
        #expect(try GraphQuery().apply(to: graph) == graph)
    }

    @Test func focusAndDepthGiveTheEgoNetworkFollowingLinksBothWays() throws {
        let one = try ids(GraphQuery(focus: "a", depth: 1))
        #expect(one.entities == ["a", "b", "c", "d"])
        // Canonical order: by subject, then predicate in ontology order.
        #expect(one.relations == ["a-opposes-b", "a-controls-d", "c-supports-a"])
        #expect(try ids(GraphQuery(focus: "e", depth: 1)).entities == ["b", "e"])
        #expect(try ids(GraphQuery(focus: "e", depth: 2)).entities == ["a", "b", "e"])
        #expect(try ids(GraphQuery(focus: "f", depth: 3)).entities == ["f"])
    }

    @Test func kindsKeepEntitiesAndTheRelationsBetweenThem() throws {
        let result = try ids(GraphQuery(kinds: [.armedGroup, .city]))
        #expect(result.entities == ["a", "b", "d", "f"])
        #expect(result.relations == ["a-opposes-b", "a-controls-d"])
        #expect(result.documents == ["d1", "d2"])
    }

    @Test func predicatesAndSupportKeepRelationsAndTheirEnds() throws {
        #expect(try ids(GraphQuery(predicates: [.controls])).entities == ["a", "d"])
        let supported = try ids(GraphQuery(minSupport: 2))
        #expect(supported.entities == ["a", "b"])
        #expect(supported.relations == ["a-opposes-b"])
    }

    @Test func aDateWindowKeepsRelationsWithEvidenceInIt() throws {
        let february = try GraphQuery(since: "2024-02-01").apply(to: graph)
        #expect(february.relations.map(\.predicate) == [.opposes, .controls])
        #expect(february.relation(RelationKey(subject: "a", predicate: .opposes, object: "b"))?.support == 1)
        #expect(february.documents.map(\.id) == ["d2"])
        let january = try ids(GraphQuery(until: "2024-01-31"))
        #expect(january.relations == ["a-opposes-b", "c-supports-a"])
        #expect(try ids(GraphQuery(since: "2024-01-01", until: "2024-01")).documents == ["d1"])
        // Support counts only the documents in the window.
        #expect(try ids(GraphQuery(minSupport: 2, since: "2024-02-01")).relations.isEmpty)
    }

    @Test func maxNodesKeepsTheBestConnectedAndAlwaysTheFocus() throws {
        // Weighted degrees: a 4, b 3, c 1, d 1, e 1, f 0.
        #expect(try ids(GraphQuery(maxNodes: 2)).entities == ["a", "b"])
        #expect(try ids(GraphQuery(maxNodes: 4)).entities == ["a", "b", "c", "d"])
        let focused = try ids(GraphQuery(focus: "e", depth: 2, maxNodes: 2))
        #expect(focused.entities == ["b", "e"])
        #expect(focused.relations == ["e-leads-b"])
    }

    @Test func anUnknownFocusIsAnErrorAndAliasesResolve() throws {
        #expect(throws: GraphError.self) { try GraphQuery(focus: "zzz").apply(to: graph) }
        #expect(GraphQuery.resolve("ALIAS  C", in: graph) == "c")
        #expect(GraphQuery.resolve("b", in: graph) == "b")
        #expect(GraphQuery.resolve("nobody", in: graph) == nil)
    }

    @Test func theSameQueryGivesTheSameGraph() throws {
        let query = GraphQuery(focus: "a", depth: 2, kinds: Set(EntityKind.allCases), maxNodes: 3)
        #expect(try query.apply(to: graph) == query.apply(to: graph))
        #expect(GraphJSON.encode(try query.apply(to: graph)) == GraphJSON.encode(try query.apply(to: graph)))
    }
}
