import GRDB

/// The store's tables, created and upgraded by GRDB's migrator. The schema
/// version is also written to `PRAGMA user_version` so that a build can tell a
/// store from a newer build before touching it.
enum StoreSchema {
    /// The schema version this build writes and understands.
    static let version = 2

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE document (
                        id TEXT PRIMARY KEY NOT NULL,
                        content_hash TEXT NOT NULL,
                        title TEXT, date TEXT, source TEXT, language TEXT,
                        ingested_at TEXT NOT NULL);
                    CREATE INDEX document_date ON document(date);
                    CREATE TABLE entity (
                        id TEXT PRIMARY KEY NOT NULL,
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        aliases TEXT NOT NULL);
                    CREATE TABLE alias (
                        folded TEXT NOT NULL,
                        class TEXT NOT NULL,
                        entity_id TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                        PRIMARY KEY (folded, class)) WITHOUT ROWID;
                    CREATE INDEX alias_entity ON alias(entity_id);
                    CREATE TABLE mention (
                        document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        entity_id TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                        count INTEGER NOT NULL,
                        PRIMARY KEY (document_id, entity_id)) WITHOUT ROWID;
                    CREATE INDEX mention_entity ON mention(entity_id);
                    CREATE TABLE relation (
                        id INTEGER PRIMARY KEY,
                        subject TEXT NOT NULL REFERENCES entity(id),
                        predicate TEXT NOT NULL,
                        object TEXT NOT NULL REFERENCES entity(id),
                        hedged INTEGER NOT NULL,
                        UNIQUE (subject, predicate, object));
                    CREATE INDEX relation_object ON relation(object);
                    CREATE TABLE evidence (
                        id INTEGER PRIMARY KEY,
                        relation_id INTEGER NOT NULL REFERENCES relation(id) ON DELETE CASCADE,
                        document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        sentence TEXT NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER,
                        confidence REAL NOT NULL,
                        hedged INTEGER NOT NULL,
                        UNIQUE (relation_id, document_id, start, sentence));
                    CREATE INDEX evidence_document ON evidence(document_id);
                    CREATE TABLE correction (
                        id INTEGER PRIMARY KEY,
                        at TEXT NOT NULL,
                        action TEXT NOT NULL,
                        entity_id TEXT NOT NULL,
                        other_id TEXT,
                        detail TEXT NOT NULL);
                    CREATE INDEX correction_entity ON correction(entity_id);
                    CREATE INDEX correction_other ON correction(other_id);
                    PRAGMA user_version = 1;
                    """)
        }
        // v2: evidence rows are unique per document first. Keyed by relation
        // first (with the sentence in the key), every article inserted into
        // as many scattered pages of an index as big as the table, and ingest
        // slowed down once the store outgrew the page cache. Rows by document
        // now go to one place; the relation index holds integers only, with
        // `hedged` so that recomputing a relation's flag reads no table row.
        // Mentions by entity carry their count, so that summing them reads
        // the index alone (the table is keyed by document).
        migrator.registerMigration("v2") { db in
            try db.execute(
                sql: """
                    CREATE TABLE evidence_v2 (
                        id INTEGER PRIMARY KEY,
                        relation_id INTEGER NOT NULL REFERENCES relation(id) ON DELETE CASCADE,
                        document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        sentence TEXT NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER,
                        confidence REAL NOT NULL,
                        hedged INTEGER NOT NULL,
                        UNIQUE (document_id, relation_id, start, sentence));
                    INSERT INTO evidence_v2 SELECT id, relation_id, document_id, sentence, start, "end",
                        confidence, hedged FROM evidence ORDER BY id;
                    DROP TABLE evidence;
                    ALTER TABLE evidence_v2 RENAME TO evidence;
                    CREATE INDEX evidence_relation ON evidence(relation_id, hedged);
                    DROP INDEX mention_entity;
                    CREATE INDEX mention_entity ON mention(entity_id, count);
                    PRAGMA user_version = 2;
                    """)
        }
        return migrator
    }
}
