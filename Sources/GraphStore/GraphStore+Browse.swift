import GRDB
import GraphModel

extension GraphStore {
    /// The id of the entity `reference` names: an id, or any alias (folded).
    /// When an alias names both an actor and a place, the actor wins.
    ///
    /// Throws `.entityNotFound` with the closest known names.
    public func resolveEntity(_ reference: String) throws(StoreError) -> String {
        try read { db in try Self.resolveEntity(db, reference) }
    }

    /// Every entity, by id; only those of `kind` when given, and only those
    /// with an alias or id containing `search` (folded) when given.
    public func entities(kind: EntityKind? = nil, search: String? = nil) throws(StoreError) -> [EntitySummary]
    {
        try read { db in
            var sql = """
                SELECT e.id, e.name, e.kind, e.aliases,
                    (SELECT ifnull(sum(count), 0) FROM mention WHERE entity_id = e.id),
                    (SELECT count(*) FROM (
                        SELECT document_id FROM mention WHERE entity_id = e.id
                        UNION SELECT v.document_id FROM evidence v JOIN relation r ON r.id = v.relation_id
                            WHERE r.subject = e.id OR r.object = e.id)),
                    (SELECT count(*) FROM relation WHERE subject = e.id OR object = e.id)
                FROM entity e
                """
            var arguments: StatementArguments = []
            var conditions: [String] = []
            if let kind {
                conditions.append("e.kind = ?")
                _ = arguments.append(contentsOf: [kind.rawValue])
            }
            if let search {
                let folded = NameKey.fold(search)
                conditions.append(
                    "(instr(e.id, ?) > 0 OR EXISTS (SELECT 1 FROM alias a WHERE a.entity_id = e.id AND instr(a.folded, ?) > 0))"
                )
                _ = arguments.append(contentsOf: [Identifier.slug(search), folded])
            }
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY e.id"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                EntitySummary(
                    id: row[0], name: row[1], kind: EntityKind(rawValue: row[2]) ?? .organization,
                    aliases: StoreCoding.decodeAliases(row[3]), mentions: row[4], documents: row[5],
                    relations: row[6])
            }
        }
    }

    /// Every relation, by subject, predicate and object; only those touching
    /// `entity` (an id or alias) and of `predicate` when given.
    public func relations(entity: String? = nil, predicate: Predicate? = nil) throws(StoreError)
        -> [RelationSummary]
    {
        try read { db in
            var sql = """
                SELECT r.subject, s.name, r.predicate, r.object, o.name,
                    (SELECT count(DISTINCT document_id) FROM evidence WHERE relation_id = r.id AND sentence <> ''),
                    (SELECT count(*) FROM evidence WHERE relation_id = r.id AND sentence <> ''),
                    (SELECT ifnull(max(confidence), 1) FROM evidence WHERE relation_id = r.id),
                    r.hedged
                FROM relation r JOIN entity s ON s.id = r.subject JOIN entity o ON o.id = r.object
                """
            var arguments: StatementArguments = []
            var conditions: [String] = []
            if let entity {
                let id = try Self.resolveEntity(db, entity)
                conditions.append("(r.subject = ? OR r.object = ?)")
                _ = arguments.append(contentsOf: [id, id])
            }
            if let predicate {
                conditions.append("r.predicate = ?")
                _ = arguments.append(contentsOf: [predicate.rawValue])
            }
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            let summaries = try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap {
                row -> RelationSummary? in
                guard let predicate = Predicate(rawValue: row[2]) else { return nil }
                return RelationSummary(
                    subject: row[0], subjectName: row[1], predicate: predicate, object: row[3],
                    objectName: row[4],
                    support: row[5], evidence: row[6], confidence: row[7], hedged: row[8])
            }
            return summaries.sorted {
                RelationKey(subject: $0.subject, predicate: $0.predicate, object: $0.object)
                    < RelationKey(subject: $1.subject, predicate: $1.predicate, object: $1.object)
            }
        }
    }

    /// The entity `reference` names with its neighbours, every relation touching
    /// it with all its evidence, and the documents cited: what `graph show` prints.
    public func entityGraph(_ reference: String) throws(StoreError) -> (id: String, graph: ConflictGraph) {
        try read { db in
            let id = try Self.resolveEntity(db, reference)
            return (id, try Self.buildGraph(db, title: nil, entities: [id]))
        }
    }

    /// The correction log, oldest first.
    public func corrections() throws(StoreError) -> [Correction] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT action, entity_id, other_id, detail, at FROM correction ORDER BY id"
            ).map {
                Correction(action: $0[0], entity: $0[1], other: $0[2], detail: $0[3], at: $0[4])
            }
        }
    }

    static func resolveEntity(_ db: Database, _ reference: String) throws -> String {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM entity WHERE id = ?", arguments: [reference]) ?? false {
            return reference
        }
        let folded = NameKey.fold(reference)
        if let id = try String.fetchOne(
            db, sql: "SELECT entity_id FROM alias WHERE folded = ? ORDER BY class LIMIT 1",
            arguments: [folded])
        {
            return id
        }
        let rows = try Row.fetchAll(
            db, sql: "SELECT a.folded, e.name FROM alias a JOIN entity e ON e.id = a.entity_id")
        let names = rows.map { (key: $0[0] as String, display: $0[1] as String) }
        throw StoreError.entityNotFound(
            reference: reference, suggestions: NameSuggester.suggest(folded, among: names))
    }
}
