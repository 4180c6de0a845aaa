import GRDB
import GraphModel

extension GraphStore {
    /// Merges `source` into `target` (ids or aliases): the target takes the
    /// source's aliases, mentions, relations and evidence; the source goes.
    /// Its aliases keep resolving to the target in later ingests.
    @discardableResult
    public func merge(_ source: String, into target: String) throws(StoreError) -> EntitySummary {
        let id = try write { db -> String in
            let targetID = try Self.resolveEntity(db, target)
            let sourceID = try Self.resolveEntity(db, source)
            guard targetID != sourceID else {
                throw StoreError.invalidCorrection(
                    message: "\"\(source)\" and \"\(target)\" are already one entity")
            }
            let targetRow = try Self.entityRow(db, targetID)
            let sourceRow = try Self.entityRow(db, sourceID)
            var touched: Set<Int64> = []
            for row in try Row.fetchAll(
                db,
                sql: "SELECT id, subject, predicate, object FROM relation WHERE subject = ?1 OR object = ?1",
                arguments: [sourceID])
            {
                let relation: Int64 = row[0]
                var subject: String = row[1] == sourceID ? targetID : row[1]
                var object: String = row[3] == sourceID ? targetID : row[3]
                guard let predicate = Predicate(rawValue: row[2]) else { continue }
                if subject == object {
                    // A link between the two becomes a loop: nothing to draw.
                    try db.execute(sql: "DELETE FROM relation WHERE id = ?", arguments: [relation])
                    continue
                }
                if predicate.isSymmetric, object < subject { swap(&subject, &object) }
                if let existing = try Int64.fetchOne(
                    db, sql: "SELECT id FROM relation WHERE subject = ? AND predicate = ? AND object = ?",
                    arguments: [subject, predicate.rawValue, object])
                {
                    try db.execute(
                        sql: "UPDATE OR IGNORE evidence SET relation_id = ? WHERE relation_id = ?",
                        arguments: [existing, relation])
                    try db.execute(sql: "DELETE FROM relation WHERE id = ?", arguments: [relation])
                    touched.insert(existing)
                } else {
                    try db.execute(
                        sql: "UPDATE relation SET subject = ?, object = ? WHERE id = ?",
                        arguments: [subject, object, relation])
                }
            }
            try Self.refreshHedged(db, touched)
            try db.execute(
                sql: """
                    INSERT INTO mention (document_id, entity_id, count)
                    SELECT document_id, ?, count FROM mention WHERE entity_id = ? AND true
                    ON CONFLICT (document_id, entity_id) DO UPDATE SET count = count + excluded.count
                    """, arguments: [targetID, sourceID])
            try db.execute(
                sql: "UPDATE alias SET entity_id = ? WHERE entity_id = ?", arguments: [targetID, sourceID])
            var aliases = targetRow.aliases
            for alias in sourceRow.aliases where !aliases.contains(alias) { aliases.append(alias) }
            try db.execute(
                sql: "UPDATE entity SET aliases = ? WHERE id = ?",
                arguments: [StoreCoding.encodeAliases(aliases), targetID])
            try db.execute(sql: "DELETE FROM entity WHERE id = ?", arguments: [sourceID])
            try Self.log(
                db, action: "merge", entity: targetID, other: sourceID,
                detail: "merged \(sourceID) (\(sourceRow.name)) into \(targetID) (\(targetRow.name))")
            return targetID
        }
        return try summary(id)
    }

    /// Moves `aliases` of an entity to a new entity named `name` (default: the
    /// first alias), with the evidence whose sentence uses them and not the
    /// entity's remaining names. Later ingests resolve the aliases to the new entity.
    @discardableResult
    public func split(_ reference: String, aliases: [String], name: String? = nil) throws(StoreError)
        -> EntitySummary
    {
        let id = try write { db -> String in
            let sourceID = try Self.resolveEntity(db, reference)
            let source = try Self.entityRow(db, sourceID)
            let entityClass = StoreCoding.entityClass(source.kind)
            let wanted = Set(aliases.map(NameKey.fold))
            guard !wanted.isEmpty else {
                throw StoreError.invalidCorrection(message: "split needs at least one --alias")
            }
            let known = Set(source.aliases.map(NameKey.fold))
            if let missing = aliases.first(where: { !known.contains(NameKey.fold($0)) }) {
                throw StoreError.invalidCorrection(
                    message: "\"\(missing)\" is not an alias of \(sourceID); its aliases are: "
                        + source.aliases.joined(separator: ", "))
            }
            if wanted.contains(NameKey.fold(source.name)) {
                throw StoreError.invalidCorrection(
                    message:
                        "\"\(source.name)\" is the name of \(sourceID); rename it before splitting that alias off"
                )
            }
            let moved = source.aliases.filter { wanted.contains(NameKey.fold($0)) }
            let kept = source.aliases.filter { !wanted.contains(NameKey.fold($0)) }
            let newName = name ?? moved[0]
            var newAliases = [newName]
            for alias in moved where !newAliases.contains(alias) { newAliases.append(alias) }
            let newID = try Self.uniqueID(db, Identifier.slug(newName))
            try db.execute(
                sql: "INSERT INTO entity (id, name, kind, aliases) VALUES (?, ?, ?, ?)",
                arguments: [newID, newName, source.kind.rawValue, StoreCoding.encodeAliases(newAliases)])
            try db.execute(
                sql: "UPDATE entity SET aliases = ? WHERE id = ?",
                arguments: [StoreCoding.encodeAliases(kept), sourceID])
            var newKeys = wanted
            newKeys.insert(NameKey.fold(newName))
            for key in newKeys.sorted() where !key.isEmpty {
                try db.execute(
                    sql: "DELETE FROM alias WHERE folded = ? AND entity_id = ?", arguments: [key, sourceID])
                try db.execute(
                    sql: "INSERT OR IGNORE INTO alias (folded, class, entity_id) VALUES (?, ?, ?)",
                    arguments: [key, entityClass, newID])
            }
            let remaining = try String.fetchAll(
                db, sql: "SELECT folded FROM alias WHERE entity_id = ?", arguments: [sourceID])
            let keys = newKeys.map { (key: $0, owner: newID) } + remaining.map { (key: $0, owner: sourceID) }
            // Move the sentences that name only the split-off aliases.
            var touched: Set<Int64> = []
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT v.id, v.sentence, r.id, r.subject, r.predicate, r.object
                    FROM evidence v JOIN relation r ON r.id = v.relation_id
                    WHERE (r.subject = ?1 OR r.object = ?1) AND v.sentence <> ''
                    """, arguments: [sourceID])
            for row in rows {
                let sentence = NameKey.fold(row[1])
                let owners = StoreCoding.owners(in: sentence, keys: keys)
                guard owners == [newID], let predicate = Predicate(rawValue: row[4]) else { continue }
                var subject: String = row[3] == sourceID ? newID : row[3]
                var object: String = row[5] == sourceID ? newID : row[5]
                if subject == object { continue }
                if predicate.isSymmetric, object < subject { swap(&subject, &object) }
                let target = try Self.relationID(db, subject: subject, predicate: predicate, object: object)
                try db.execute(
                    sql: "UPDATE OR IGNORE evidence SET relation_id = ? WHERE id = ?",
                    arguments: [target, row[0]])
                touched.insert(target)
                touched.insert(row[2])
            }
            try Self.refreshHedged(db, touched)
            try Self.collect(db, relations: touched, entities: [])
            try Self.log(
                db, action: "split", entity: newID, other: sourceID,
                detail: "split \(moved.joined(separator: ", ")) off \(sourceID) as \(newID) (\(newName))")
            return newID
        }
        return try summary(id)
    }

    /// Renames an entity. The old name stays an alias, and later ingests keep the new name.
    @discardableResult
    public func rename(_ reference: String, to name: String) throws(StoreError) -> EntitySummary {
        let id = try write { db -> String in
            let id = try Self.resolveEntity(db, reference)
            let entity = try Self.entityRow(db, id)
            let folded = NameKey.fold(name)
            guard !folded.isEmpty else {
                throw StoreError.invalidCorrection(message: "the new name is empty")
            }
            let entityClass = StoreCoding.entityClass(entity.kind)
            if let owner = try String.fetchOne(
                db, sql: "SELECT entity_id FROM alias WHERE folded = ? AND class = ?",
                arguments: [folded, entityClass]),
                owner != id
            {
                throw StoreError.invalidCorrection(
                    message: "\"\(name)\" already names \(owner); use `graph merge \(id) \(owner)` instead")
            }
            var aliases = [name]
            for alias in entity.aliases where alias != name { aliases.append(alias) }
            try db.execute(
                sql: "UPDATE entity SET name = ?, aliases = ? WHERE id = ?",
                arguments: [name, StoreCoding.encodeAliases(aliases), id])
            try db.execute(
                sql: "INSERT OR IGNORE INTO alias (folded, class, entity_id) VALUES (?, ?, ?)",
                arguments: [folded, entityClass, id])
            try Self.log(
                db, action: "rename", entity: id, other: nil,
                detail: "renamed \"\(entity.name)\" to \"\(name)\"")
            return id
        }
        return try summary(id)
    }

    /// Changes an entity's kind. When the class changes (actor ↔ place), its
    /// aliases resolve in both classes, so that an article still extracting the
    /// old kind lands on the corrected entity.
    @discardableResult
    public func setKind(_ reference: String, to kind: EntityKind) throws(StoreError) -> EntitySummary {
        let id = try write { db -> String in
            let id = try Self.resolveEntity(db, reference)
            let entity = try Self.entityRow(db, id)
            try db.execute(sql: "UPDATE entity SET kind = ? WHERE id = ?", arguments: [kind.rawValue, id])
            let newClass = StoreCoding.entityClass(kind)
            if newClass != StoreCoding.entityClass(entity.kind) {
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO alias (folded, class, entity_id)
                        SELECT folded, ?, entity_id FROM alias WHERE entity_id = ?
                        """, arguments: [newClass, id])
            }
            try Self.log(
                db, action: "set-kind", entity: id, other: nil,
                detail: "kind \(entity.kind.rawValue) -> \(kind.rawValue)")
            return id
        }
        return try summary(id)
    }

    /// Removes a document, its evidence and mentions, and the relations and
    /// entities that only it supported.
    @discardableResult
    public func forget(document: String) throws(StoreError) -> ForgetOutcome {
        try write { db in
            guard
                try Bool.fetchOne(db, sql: "SELECT 1 FROM document WHERE id = ?", arguments: [document])
                    ?? false
            else {
                let ids = try String.fetchAll(db, sql: "SELECT id FROM document")
                let suggestions = NameSuggester.suggest(document, among: ids.map { (key: $0, display: $0) })
                throw StoreError.documentNotFound(id: document, suggestions: suggestions)
            }
            let relations = Set(
                try Int64.fetchAll(
                    db, sql: "SELECT DISTINCT relation_id FROM evidence WHERE document_id = ?",
                    arguments: [document]))
            let entities = Set(
                try String.fetchAll(
                    db, sql: "SELECT entity_id FROM mention WHERE document_id = ?", arguments: [document]))
            let before = try Self.counts(db)
            try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [document])
            try Self.refreshHedged(db, relations)
            try Self.collect(db, relations: relations, entities: entities)
            let after = try Self.counts(db)
            return ForgetOutcome(
                relations: before.relations - after.relations, entities: before.entities - after.entities)
        }
    }

    // MARK: Helpers

    /// One entity with its counts, as `graph entities` shows it.
    func summary(_ id: String) throws(StoreError) -> EntitySummary {
        let matches = try entities().filter { $0.id == id }
        guard let match = matches.first else { throw .entityNotFound(reference: id, suggestions: []) }
        return match
    }

    static func entityRow(_ db: Database, _ id: String) throws -> (
        name: String, kind: EntityKind, aliases: [String]
    ) {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT name, kind, aliases FROM entity WHERE id = ?", arguments: [id])
        else { throw StoreError.entityNotFound(reference: id, suggestions: []) }
        return (row[0], EntityKind(rawValue: row[1]) ?? .organization, StoreCoding.decodeAliases(row[2]))
    }

    static func uniqueID(_ db: Database, _ base: String) throws -> String {
        var candidate = base
        var number = 1
        while try Bool.fetchOne(db, sql: "SELECT 1 FROM entity WHERE id = ?", arguments: [candidate]) ?? false
        {
            number += 1
            candidate = "\(base)_\(number)"
        }
        return candidate
    }

    static func refreshHedged(_ db: Database, _ relations: Set<Int64>) throws {
        for id in relations.sorted() {
            try db.execute(
                sql: """
                    UPDATE relation SET hedged = NOT EXISTS
                        (SELECT 1 FROM evidence WHERE relation_id = relation.id AND hedged = 0)
                    WHERE id = ?
                    """, arguments: [id])
        }
    }

    static func log(_ db: Database, action: String, entity: String, other: String?, detail: String) throws {
        try db.execute(
            sql: "INSERT INTO correction (at, action, entity_id, other_id, detail) VALUES (?, ?, ?, ?, ?)",
            arguments: [StoreCoding.timestamp(), action, entity, other, detail])
    }

    private static func counts(_ db: Database) throws -> (relations: Int, entities: Int) {
        (
            try Int.fetchOne(db, sql: "SELECT count(*) FROM relation") ?? 0,
            try Int.fetchOne(db, sql: "SELECT count(*) FROM entity") ?? 0
        )
    }
}
