/// A focused view of a conflict graph: what a diagram should show out of a
/// large, growing graph. Pure and deterministic: the same graph and query
/// always give the same subgraph.
///
/// The filters apply in this order:
/// 1. `since`/`until` keep the evidence from documents dated in the window
///    (inclusive; undated documents are outside every window) and the
///    relations left with some evidence;
/// 2. `predicates` and `minSupport` (distinct documents, counted after the
///    window) keep relations; `kinds` keeps entities (the focus always stays);
///    when a relation filter is set, entities left without relations go;
/// 3. `focus` and `depth` keep the entities within `depth` links of the focus,
///    links followed in either direction (ego network);
/// 4. `maxNodes` keeps the best-connected entities: degree weighted by
///    support, ties by id, the focus first.
///
/// Relations lose their missing ends at every step. When any filter is set,
/// the documents kept are those some kept relation cites.
public struct GraphQuery: Hashable, Sendable {
    /// The id of the entity to centre on.
    public var focus: String?
    /// How many links away from the focus to go (with `focus`).
    public var depth: Int
    public var kinds: Set<EntityKind>?
    public var predicates: Set<Predicate>?
    /// The fewest distinct documents a kept relation must have.
    public var minSupport: Int
    /// First and last day of the window, `YYYY-MM-DD`.
    public var since: String?
    public var until: String?
    public var maxNodes: Int?

    public init(
        focus: String? = nil, depth: Int = 1, kinds: Set<EntityKind>? = nil,
        predicates: Set<Predicate>? = nil,
        minSupport: Int = 1, since: String? = nil, until: String? = nil, maxNodes: Int? = nil
    ) {
        self.focus = focus
        self.depth = depth
        self.kinds = kinds
        self.predicates = predicates
        self.minSupport = minSupport
        self.since = since
        self.until = until
        self.maxNodes = maxNodes
    }

    /// True when the query keeps the whole graph.
    public var isEmpty: Bool {
        focus == nil && kinds == nil && predicates == nil && minSupport <= 1 && since == nil && until == nil
            && maxNodes == nil
    }

    /// The subgraph of `graph` this query selects. Throws when the focus is not
    /// an entity of the graph.
    public func apply(to graph: ConflictGraph) throws(GraphError) -> ConflictGraph {
        if let focus, graph.entity(focus) == nil {
            throw .invalidValue(place: "focus", message: "no entity has the id \"\(focus)\"")
        }
        if isEmpty { return graph }
        let windowed = since != nil || until != nil
        let relationFiltered = windowed || predicates != nil || minSupport > 1

        // 1–2. Window, predicates, support, kinds.
        var window: Set<String> = []
        if windowed {
            for document in graph.documents {
                guard let date = document.date else { continue }
                if let since, date < since { continue }
                if let until, date.prefix(until.count) > until { continue }
                window.insert(document.id)
            }
        }
        var entities: [String: Entity] = [:]
        for entity in graph.entities where kinds?.contains(entity.kind) ?? true || entity.id == focus {
            entities[entity.id] = entity
        }
        var relations: [Relation] = []
        for var relation in graph.relations {
            if let predicates, !predicates.contains(relation.predicate) { continue }
            if windowed {
                relation.evidence = relation.evidence.filter { window.contains($0.document) }
                if relation.evidence.isEmpty { continue }
            }
            if minSupport > 1, relation.support < minSupport { continue }
            guard entities[relation.subject] != nil, entities[relation.object] != nil else { continue }
            relations.append(relation)
        }
        if relationFiltered {
            let linked = Set(relations.flatMap { [$0.subject, $0.object] })
            entities = entities.filter { linked.contains($0.key) || $0.key == focus }
        }

        // 3. Ego network: breadth-first, links in either direction.
        if let focus {
            var neighbours: [String: [String]] = [:]
            for relation in relations {
                neighbours[relation.subject, default: []].append(relation.object)
                neighbours[relation.object, default: []].append(relation.subject)
            }
            var reached: Set<String> = [focus]
            var frontier = [focus]
            for _ in 0..<max(0, depth) where !frontier.isEmpty {
                var next: [String] = []
                for id in frontier {
                    for neighbour in neighbours[id] ?? [] where !reached.contains(neighbour) {
                        reached.insert(neighbour)
                        next.append(neighbour)
                    }
                }
                frontier = next
            }
            entities = entities.filter { reached.contains($0.key) }
            relations.removeAll { !reached.contains($0.subject) || !reached.contains($0.object) }
        }

        // 4. The best-connected entities.
        if let maxNodes, entities.count > maxNodes {
            var score: [String: Int] = [:]
            for relation in relations {
                let weight = max(1, relation.support)
                score[relation.subject, default: 0] += weight
                score[relation.object, default: 0] += weight
            }
            let ranked = entities.keys.sorted { a, b in
                if (a == focus) != (b == focus) { return a == focus }
                let (scoreA, scoreB) = (score[a] ?? 0, score[b] ?? 0)
                return scoreA != scoreB ? scoreA > scoreB : a < b
            }
            let kept = Set(ranked.prefix(max(0, maxNodes)))
            entities = entities.filter { kept.contains($0.key) }
        }
        relations.removeAll { entities[$0.subject] == nil || entities[$0.object] == nil }

        // Rebuild in canonical order, so that every insertion is an append.
        var result = ConflictGraph(title: graph.title)
        let cited = Set(relations.flatMap { $0.evidence.map(\.document) })
        for document in graph.documents where cited.contains(document.id) { result.add(document) }
        for entity in entities.values.sorted(by: { $0.id < $1.id }) { result.add(entity) }
        for relation in relations { result.add(relation) }
        return result
    }

    /// The id of the entity `reference` names in `graph`: its id, or one of
    /// its aliases compared folded (`NameKey.fold`). Nil when none does.
    public static func resolve(_ reference: String, in graph: ConflictGraph) -> String? {
        if graph.entity(reference) != nil { return reference }
        let folded = NameKey.fold(reference)
        return graph.entities.first { entity in entity.aliases.contains { NameKey.fold($0) == folded } }?.id
    }
}
