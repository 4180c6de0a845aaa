import GRDB
import GraphModel

/// Merges one document's graph into the store, inside the caller's transaction.
///
/// Entities resolve by folded alias within their class (actor or place), so
/// that the analyst's merges, splits, renames and kind changes, which all
/// live in the alias table, decide where a later article's names go.
final class IngestWriter {
    private let db: Database
    private let documentID: String
    /// Store entities read or created in this transaction, written back at the end.
    private var cache: [String: CachedEntity] = [:]
    private var dirty: Set<String> = []
    private var aliasKeys: [String: [String]] = [:]

    private struct CachedEntity {
        var name: String
        var kind: EntityKind
        var aliases: [String]
    }

    /// The store entities an extracted entity's names resolve to, first the
    /// one its canonical name (or most of its names) resolves to.
    private struct Resolution {
        var candidates: [String]
    }

    init(db: Database, documentID: String) {
        self.db = db
        self.documentID = documentID
    }

    func run(document: Document, contentHash: String, graph: ConflictGraph) throws -> IngestOutcome {
        var touchedRelations: Set<Int64> = []
        var touchedEntities: Set<String> = []
        let outcome: IngestOutcome
        let now = StoreCoding.timestamp()
        if let hash = try String.fetchOne(
            db, sql: "SELECT content_hash FROM document WHERE id = ?", arguments: [document.id])
        {
            if hash == contentHash { return .unchanged }
            // Remember what the old version touched, to collect what only it supported.
            touchedRelations = Set(
                try Int64.fetchAll(
                    db, sql: "SELECT DISTINCT relation_id FROM evidence WHERE document_id = ?",
                    arguments: [document.id]))
            touchedEntities = Set(
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT entity_id FROM mention WHERE document_id = ?
                        UNION SELECT r.subject FROM relation r JOIN evidence e ON e.relation_id = r.id
                            WHERE e.document_id = ?
                        UNION SELECT r.object FROM relation r JOIN evidence e ON e.relation_id = r.id
                            WHERE e.document_id = ?
                        """, arguments: [document.id, document.id, document.id]))
            try db.execute(sql: "DELETE FROM evidence WHERE document_id = ?", arguments: [document.id])
            try db.execute(sql: "DELETE FROM mention WHERE document_id = ?", arguments: [document.id])
            try db.execute(
                sql: """
                    UPDATE document SET content_hash = ?, title = ?, date = ?, source = ?, language = ?,
                        ingested_at = ? WHERE id = ?
                    """,
                arguments: [
                    contentHash, document.title, document.date, document.source, document.language, now,
                    document.id,
                ])
            outcome = .replaced
        } else {
            try db.execute(
                sql: """
                    INSERT INTO document (id, content_hash, title, date, source, language, ingested_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    document.id, contentHash, document.title, document.date, document.source,
                    document.language, now,
                ])
            outcome = .added
        }

        var resolutions: [String: Resolution] = [:]
        let mention = try db.cachedStatement(
            sql: """
                INSERT INTO mention (document_id, entity_id, count) VALUES (?, ?, ?)
                ON CONFLICT (document_id, entity_id) DO UPDATE SET count = count + excluded.count
                """)
        for entity in graph.entities {
            let resolution = try resolve(entity)
            resolutions[entity.id] = resolution
            try mention.execute(arguments: [documentID, resolution.candidates[0], entity.mentions])
        }

        for relation in graph.relations {
            guard let subject = resolutions[relation.subject], let object = resolutions[relation.object]
            else {
                continue  // a dangling relation: nothing to attach it to
            }
            let statements: [Evidence?] = relation.evidence.isEmpty ? [nil] : relation.evidence
            for evidence in statements {
                let folded = evidence.map { NameKey.fold($0.sentence) }
                let from = try attribute(subject, sentence: folded)
                let to = try attribute(object, sentence: folded)
                if from == to { continue }  // both ends became one entity (after a merge)
                let id = try relationID(subject: from, predicate: relation.predicate, object: to)
                touchedRelations.insert(id)
                try insertEvidence(evidence, relation: id, hedged: relation.hedged)
            }
        }

        try refreshHedged(touchedRelations)
        try GraphStore.collect(db, relations: touchedRelations, entities: touchedEntities)
        try flush()
        return outcome
    }

    // MARK: Entities

    private func resolve(_ entity: Entity) throws -> Resolution {
        let entityClass = StoreCoding.entityClass(entity.kind)
        var candidates: [String] = []
        var unowned: [(surface: String, folded: String)] = []
        var owned: [(surface: String, owner: String)] = []
        let lookup = try db.cachedStatement(sql: "SELECT entity_id FROM alias WHERE folded = ? AND class = ?")
        for surface in entity.aliases {
            let folded = NameKey.fold(surface)
            if folded.isEmpty { continue }
            if let owner = try String.fetchOne(lookup, arguments: [folded, entityClass]) {
                if !candidates.contains(owner) { candidates.append(owner) }
                owned.append((surface, owner))
            } else {
                unowned.append((surface, folded))
            }
        }
        if candidates.isEmpty {
            // The extractor's ids are stable slugs of canonical names: the same id
            // in the same class is the same entity even under a new spelling.
            if let stored = try load(entity.id), StoreCoding.entityClass(stored.kind) == entityClass {
                candidates = [entity.id]
            } else {
                candidates = [try create(entity)]
            }
        }
        let primary = candidates[0]
        let insertKey = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO alias (folded, class, entity_id) VALUES (?, ?, ?)")
        for (surface, folded) in unowned {
            try insertKey.execute(arguments: [folded, entityClass, primary])
            aliasKeys[primary] = nil
            try addSurface(surface, to: primary)
        }
        for (surface, owner) in owned { try addSurface(surface, to: owner) }
        return Resolution(candidates: candidates)
    }

    private func create(_ entity: Entity) throws -> String {
        let base = entity.id.isEmpty ? Identifier.slug(entity.name) : entity.id
        let exists = try db.cachedStatement(sql: "SELECT 1 FROM entity WHERE id = ?")
        var taken: Set<String> = []
        // Identifier.unique probes with a non-throwing closure; look the few probes up first.
        var probe = base
        var number = 1
        while try Bool.fetchOne(exists, arguments: [probe]) ?? false {
            taken.insert(probe)
            number += 1
            probe = "\(base)_\(number)"
        }
        let id = Identifier.unique(base) { taken.contains($0) }
        try db.execute(
            sql: "INSERT INTO entity (id, name, kind, aliases) VALUES (?, ?, ?, ?)",
            arguments: [id, entity.name, entity.kind.rawValue, StoreCoding.encodeAliases([])])
        cache[id] = CachedEntity(name: entity.name, kind: entity.kind, aliases: [])
        return id
    }

    private func load(_ id: String) throws -> CachedEntity? {
        if let cached = cache[id] { return cached }
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT name, kind, aliases FROM entity WHERE id = ?"),
                arguments: [id])
        else { return nil }
        let entity = CachedEntity(
            name: row[0], kind: EntityKind(rawValue: row[1]) ?? .organization,
            aliases: StoreCoding.decodeAliases(row[2]))
        cache[id] = entity
        return entity
    }

    private func addSurface(_ surface: String, to id: String) throws {
        guard var entity = try load(id), !entity.aliases.contains(surface) else { return }
        entity.aliases.append(surface)
        cache[id] = entity
        dirty.insert(id)
    }

    private func flush() throws {
        let update = try db.cachedStatement(sql: "UPDATE entity SET aliases = ? WHERE id = ?")
        for id in dirty.sorted() {
            guard let entity = cache[id] else { continue }
            try update.execute(arguments: [StoreCoding.encodeAliases(entity.aliases), id])
        }
    }

    /// The candidate a sentence speaks of: after a split, an extracted entity
    /// may resolve to several store entities; the sentence goes to the first
    /// whose aliases it uses (the primary when it uses none).
    private func attribute(_ resolution: Resolution, sentence: String?) throws -> String {
        guard resolution.candidates.count > 1, let sentence else { return resolution.candidates[0] }
        var keys: [(key: String, owner: String)] = []
        for candidate in resolution.candidates {
            for key in try self.keys(of: candidate) { keys.append((key, candidate)) }
        }
        let owners = StoreCoding.owners(in: sentence, keys: keys)
        return resolution.candidates.first { owners.contains($0) } ?? resolution.candidates[0]
    }

    private func keys(of id: String) throws -> [String] {
        if let keys = aliasKeys[id] { return keys }
        let keys = try String.fetchAll(
            db, sql: "SELECT folded FROM alias WHERE entity_id = ?", arguments: [id])
        aliasKeys[id] = keys
        return keys
    }

    // MARK: Relations

    private func relationID(subject: String, predicate: Predicate, object: String) throws -> Int64 {
        var (subject, object) = (subject, object)
        if predicate.isSymmetric, object < subject { swap(&subject, &object) }
        return try GraphStore.relationID(db, subject: subject, predicate: predicate, object: object)
    }

    private func insertEvidence(_ evidence: Evidence?, relation: Int64, hedged: Bool) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO evidence (relation_id, document_id, sentence, start, "end", confidence, hedged)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (document_id, relation_id, start, sentence) DO UPDATE SET
                    confidence = max(confidence, excluded.confidence), hedged = min(hedged, excluded.hedged)
                """)
        // A relation stated without a sentence (a hand-made graph) still needs a
        // row naming its document, or forgetting the document could not find it.
        try statement.execute(arguments: [
            relation, documentID, evidence?.sentence ?? "", StoreCoding.encodeOffset(evidence?.start),
            evidence?.end, evidence?.confidence ?? 1, hedged,
        ])
    }

    private func refreshHedged(_ relations: Set<Int64>) throws {
        let statement = try db.cachedStatement(
            sql: """
                UPDATE relation SET hedged = NOT EXISTS
                    (SELECT 1 FROM evidence WHERE relation_id = relation.id AND hedged = 0)
                WHERE id = ?
                """)
        for id in relations { try statement.execute(arguments: [id]) }
    }
}
