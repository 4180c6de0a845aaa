import GRDB
import GraphModel

extension GraphStore {
    /// The id of the relation (subject, predicate, object), created when missing.
    static func relationID(_ db: Database, subject: String, predicate: Predicate, object: String) throws
        -> Int64
    {
        let find = try db.cachedStatement(
            sql: "SELECT id FROM relation WHERE subject = ? AND predicate = ? AND object = ?")
        if let id = try Int64.fetchOne(find, arguments: [subject, predicate.rawValue, object]) { return id }
        try db.cachedStatement(
            sql: "INSERT INTO relation (subject, predicate, object, hedged) VALUES (?, ?, ?, 1)"
        )
        .execute(arguments: [subject, predicate.rawValue, object])
        return db.lastInsertedRowID
    }

    /// Deletes, among the given ones, the relations left without evidence, then
    /// the entities left without mention, relation or correction. An entity the
    /// analyst corrected is kept so that the correction still applies later.
    static func collect(_ db: Database, relations: Set<Int64>, entities: Set<String>) throws {
        var entities = entities
        let ends = try db.cachedStatement(sql: "SELECT subject, object FROM relation WHERE id = ?")
        let deleteRelation = try db.cachedStatement(
            sql:
                "DELETE FROM relation WHERE id = ? AND NOT EXISTS (SELECT 1 FROM evidence WHERE relation_id = ?)"
        )
        for id in relations.sorted() {
            guard let row = try Row.fetchOne(ends, arguments: [id]) else { continue }
            try deleteRelation.execute(arguments: [id, id])
            if db.changesCount > 0 {
                entities.insert(row[0])
                entities.insert(row[1])
            }
        }
        let deleteEntity = try db.cachedStatement(
            sql: """
                DELETE FROM entity WHERE id = ?1
                    AND NOT EXISTS (SELECT 1 FROM mention WHERE entity_id = ?1)
                    AND NOT EXISTS (SELECT 1 FROM relation WHERE subject = ?1)
                    AND NOT EXISTS (SELECT 1 FROM relation WHERE object = ?1)
                    AND NOT EXISTS (SELECT 1 FROM correction WHERE entity_id = ?1 OR other_id = ?1)
                """)
        for id in entities.sorted() { try deleteEntity.execute(arguments: [id]) }
    }
}
