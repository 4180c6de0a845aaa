import GRDB
import GraphModel

extension GraphStore {
    /// The whole store as one graph: every document, entity (mentions summed),
    /// relation and stating sentence, in the model's canonical order.
    public func graph(title: String? = nil) throws(StoreError) -> ConflictGraph {
        try read { db in try Self.buildGraph(db, title: title, entities: nil) }
    }

    /// The part of the store a focused view can use: the entities within
    /// `depth` links of `focus` (either direction, ignoring every other filter)
    /// and the relations between them. `GraphQuery` with this focus and depth
    /// gives the same result on it as on the whole graph, much faster.
    public func graph(around focus: String, depth: Int, title: String? = nil) throws(StoreError)
        -> ConflictGraph
    {
        try read { db in
            var neighbours: [String: [String]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT subject, object FROM relation")
            while let row = try rows.next() {
                let (subject, object): (String, String) = (row[0], row[1])
                neighbours[subject, default: []].append(object)
                neighbours[object, default: []].append(subject)
            }
            var reached: Set<String> = [focus]
            var frontier = [focus]
            for _ in 0..<max(0, depth) where !frontier.isEmpty {
                var next: [String] = []
                for id in frontier {
                    for neighbour in neighbours[id] ?? [] where reached.insert(neighbour).inserted {
                        next.append(neighbour)
                    }
                }
                frontier = next
            }
            return try Self.buildGraph(db, title: title, entities: reached, induced: true)
        }
    }

    /// The counts of documents, entities, relations and evidence rows.
    public func statistics() throws(StoreError) -> StoreStatistics {
        try read { db in
            StoreStatistics(
                documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                entities: try Int.fetchOne(db, sql: "SELECT count(*) FROM entity") ?? 0,
                relations: try Int.fetchOne(db, sql: "SELECT count(*) FROM relation") ?? 0,
                evidence: try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence WHERE sentence <> ''") ?? 0
            )
        }
    }

    /// Builds the graph of the store, or of the relations touching `only` (and
    /// their other ends) when given; only those between two of `only` when `induced`.
    static func buildGraph(_ db: Database, title: String?, entities only: Set<String>?, induced: Bool = false)
        throws
        -> ConflictGraph
    {
        var graph = ConflictGraph(title: title)
        // Relations first, so that a partial graph knows which entities and documents it needs.
        var relations: [Int64: Relation] = [:]
        let relationRows = try Row.fetchCursor(
            db, sql: "SELECT id, subject, predicate, object, hedged FROM relation")
        while let row = try relationRows.next() {
            let subject: String = row[1]
            let object: String = row[3]
            if let only {
                let (hasSubject, hasObject) = (only.contains(subject), only.contains(object))
                if induced ? !(hasSubject && hasObject) : !(hasSubject || hasObject) { continue }
            }
            guard let predicate = Predicate(rawValue: row[2]) else { continue }
            relations[row[0]] = Relation(
                subject: subject, predicate: predicate, object: object, hedged: row[4])
        }
        var evidence: [Int64: [Evidence]] = [:]
        var cited: Set<String> = []
        let evidenceRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT relation_id, document_id, sentence, start, "end", confidence FROM evidence
                WHERE sentence <> '' OR start >= 0
                """)
        while let row = try evidenceRows.next() {
            let relation: Int64 = row[0]
            guard relations[relation] != nil else { continue }
            let item = Evidence(
                document: row[1], sentence: row[2], start: StoreCoding.decodeOffset(row[3]), end: row[4],
                confidence: row[5])
            evidence[relation, default: []].append(item)
            cited.insert(item.document)
        }
        var needed: Set<String>? = nil
        if only != nil {
            needed = only
            for relation in relations.values {
                needed?.insert(relation.subject)
                needed?.insert(relation.object)
            }
        }
        var mentions: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT entity_id, sum(count) FROM mention GROUP BY entity_id") {
            mentions[row[0]] = row[1]
        }
        var entities: [Entity] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, name, kind, aliases FROM entity") {
            let id: String = row[0]
            if let needed, !needed.contains(id) { continue }
            entities.append(
                Entity(
                    id: id, name: row[1], kind: EntityKind(rawValue: row[2]) ?? .organization,
                    aliases: StoreCoding.decodeAliases(row[3]), mentions: mentions[id] ?? 0))
        }
        // Adding in canonical order makes every insertion an append.
        for entity in entities.sorted(by: { $0.id < $1.id }) { graph.add(entity) }
        var built: [Relation] = []
        built.reserveCapacity(relations.count)
        for (id, var relation) in relations {
            // Rows are unique per (document, start, sentence): set them sorted
            // rather than one by one, which would be quadratic in busy relations.
            relation.evidence = (evidence[id] ?? []).sorted()
            built.append(relation)
        }
        for relation in built.sorted(by: { $0.key < $1.key }) { graph.add(relation) }
        var documents: [Document] = []
        for row in try Row.fetchAll(db, sql: "SELECT id, title, date, source, language FROM document") {
            let id: String = row[0]
            if only != nil, !cited.contains(id) { continue }
            documents.append(Document(id: id, title: row[1], date: row[2], source: row[3], language: row[4]))
        }
        for document in documents.sorted(by: { $0.id < $1.id }) { graph.add(document) }
        return graph
    }
}
