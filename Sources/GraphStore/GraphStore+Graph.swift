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
            // Breadth-first through the relation indexes (subject, then object):
            // only the rows of reached entities are read, not the whole table.
            let outgoing = try db.cachedStatement(sql: "SELECT object FROM relation WHERE subject = ?")
            let incoming = try db.cachedStatement(sql: "SELECT subject FROM relation WHERE object = ?")
            var reached: Set<String> = [focus]
            var frontier = [focus]
            for _ in 0..<max(0, depth) where !frontier.isEmpty {
                var next: [String] = []
                for id in frontier {
                    for statement in [outgoing, incoming] {
                        for neighbour in try String.fetchAll(statement, arguments: [id])
                        where reached.insert(neighbour).inserted {
                            next.append(neighbour)
                        }
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
    ///
    /// With `only`, every row is read through an index (relations by subject
    /// and object, evidence by relation, mentions by entity, entities and
    /// documents by id), so that the cost follows the part drawn, not the store.
    static func buildGraph(_ db: Database, title: String?, entities only: Set<String>?, induced: Bool = false)
        throws
        -> ConflictGraph
    {
        var graph = ConflictGraph(title: title)
        // Relations first, so that a partial graph knows which entities and documents it needs.
        let relations =
            try only.map { try relationRows(db, touching: $0, induced: induced) } ?? allRelations(db)
        // A neighbourhood holding a good part of the relations (a hub at depth 1)
        // reads the evidence table in one pass rather than row by row.
        let total =
            only == nil ? relations.count : try Int.fetchOne(db, sql: "SELECT count(*) FROM relation") ?? 0
        let (evidence, cited) = try evidenceRows(db, of: relations, scan: relations.count * 4 >= total)
        var needed: Set<String>? = nil
        if let only {
            var ends = only
            for relation in relations.values {
                ends.insert(relation.subject)
                ends.insert(relation.object)
            }
            needed = ends
        }
        for entity in try entityRows(db, needed).sorted(by: { $0.id < $1.id }) {
            // Adding in canonical order makes every insertion an append.
            graph.add(entity)
        }
        var built: [Relation] = []
        built.reserveCapacity(relations.count)
        for (id, var relation) in relations {
            // Rows are unique per (document, start, sentence): set them sorted
            // rather than one by one, which would be quadratic in busy relations.
            relation.evidence = (evidence[id] ?? []).sorted()
            built.append(relation)
        }
        for relation in built.sorted(by: { $0.key < $1.key }) { graph.add(relation) }
        for document in try documentRows(db, only == nil ? nil : cited).sorted(by: { $0.id < $1.id }) {
            graph.add(document)
        }
        return graph
    }

    private static func relation(_ row: Row) -> Relation? {
        guard let predicate = Predicate(rawValue: row[2]) else { return nil }
        return Relation(subject: row[1], predicate: predicate, object: row[3], hedged: row[4])
    }

    private static func allRelations(_ db: Database) throws -> [Int64: Relation] {
        var relations: [Int64: Relation] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, subject, predicate, object, hedged FROM relation")
        while let row = try rows.next() { relations[row[0]] = relation(row) }
        return relations
    }

    /// The relations with an end in `ids` (both ends when `induced`).
    private static func relationRows(_ db: Database, touching ids: Set<String>, induced: Bool) throws
        -> [Int64: Relation]
    {
        var relations: [Int64: Relation] = [:]
        let bySubject = try db.cachedStatement(
            sql: "SELECT id, subject, predicate, object, hedged FROM relation WHERE subject = ?")
        let byObject = try db.cachedStatement(
            sql: "SELECT id, subject, predicate, object, hedged FROM relation WHERE object = ?")
        for id in ids.sorted() {
            for row in try Row.fetchAll(bySubject, arguments: [id]) {
                if induced, !ids.contains(row[3]) { continue }
                relations[row[0]] = relation(row)
            }
            // Those with both ends in `ids` were found by their subject.
            for row in try Row.fetchAll(byObject, arguments: [id]) where !ids.contains(row[1]) {
                if induced { continue }
                relations[row[0]] = relation(row)
            }
        }
        return relations
    }

    /// The stated evidence of `relations`, by relation, and the documents it
    /// cites: with `scan`, in one pass over the table, else through the relation index.
    private static func evidenceRows(_ db: Database, of relations: [Int64: Relation], scan: Bool) throws
        -> ([Int64: [Evidence]], Set<String>)
    {
        var evidence: [Int64: [Evidence]] = [:]
        var cited: Set<String> = []
        func item(_ row: Row, from column: Int) -> Evidence {
            Evidence(
                document: row[column], sentence: row[column + 1],
                start: StoreCoding.decodeOffset(row[column + 2]), end: row[column + 3],
                confidence: row[column + 4])
        }
        if scan {
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT relation_id, document_id, sentence, start, "end", confidence FROM evidence
                    WHERE sentence <> '' OR start >= 0
                    """)
            while let row = try rows.next() {
                let relation: Int64 = row[0]
                guard relations[relation] != nil else { continue }
                let item = item(row, from: 1)
                evidence[relation, default: []].append(item)
                cited.insert(item.document)
            }
            return (evidence, cited)
        }
        let statement = try db.cachedStatement(
            sql: """
                SELECT document_id, sentence, start, "end", confidence FROM evidence
                WHERE relation_id = ? AND (sentence <> '' OR start >= 0)
                """)
        for id in relations.keys {
            var items: [Evidence] = []
            let rows = try Row.fetchCursor(statement, arguments: [id])
            while let row = try rows.next() {
                let item = item(row, from: 0)
                items.append(item)
                cited.insert(item.document)
            }
            if !items.isEmpty { evidence[id] = items }
        }
        return (evidence, cited)
    }

    /// The entities with these ids (all when nil), mentions summed.
    private static func entityRows(_ db: Database, _ ids: Set<String>?) throws -> [Entity] {
        func entity(_ row: Row, mentions: Int) -> Entity {
            Entity(
                id: row[0], name: row[1], kind: EntityKind(rawValue: row[2]) ?? .organization,
                aliases: StoreCoding.decodeAliases(row[3]), mentions: mentions)
        }
        guard let ids else {
            var mentions: [String: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT entity_id, sum(count) FROM mention GROUP BY entity_id")
            {
                mentions[row[0]] = row[1]
            }
            return try Row.fetchAll(db, sql: "SELECT id, name, kind, aliases FROM entity").map { row in
                entity(row, mentions: mentions[row[0]] ?? 0)
            }
        }
        let find = try db.cachedStatement(sql: "SELECT id, name, kind, aliases FROM entity WHERE id = ?")
        let mentions = try db.cachedStatement(
            sql: "SELECT ifnull(sum(count), 0) FROM mention WHERE entity_id = ?")
        var entities: [Entity] = []
        for id in ids {
            guard let row = try Row.fetchOne(find, arguments: [id]) else { continue }
            entities.append(entity(row, mentions: try Int.fetchOne(mentions, arguments: [id]) ?? 0))
        }
        return entities
    }

    /// The documents with these ids (all when nil).
    private static func documentRows(_ db: Database, _ ids: Set<String>?) throws -> [Document] {
        func document(_ row: Row) -> Document {
            Document(id: row[0], title: row[1], date: row[2], source: row[3], language: row[4])
        }
        let columns = "SELECT id, title, date, source, language FROM document"
        guard let ids else { return try Row.fetchAll(db, sql: columns).map(document) }
        if ids.count >= 64, ids.count * 4 >= (try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0)
        {
            return try Row.fetchAll(db, sql: columns).compactMap { row in
                ids.contains(row[0]) ? document(row) : nil
            }
        }
        let find = try db.cachedStatement(sql: columns + " WHERE id = ?")
        return try ids.compactMap { id in try Row.fetchOne(find, arguments: [id]).map(document) }
    }
}
