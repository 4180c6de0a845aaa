import Foundation
import GraphModel
import GraphStore
import Testing

@Suite struct StoreErrorTests {
    @Test func aFileThatIsNotSQLiteIsRefusedAndKept() throws {
        let path = StoreFixtures.storePath()
        try Data("not a database, just text\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { try GraphStore(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "not a database, just text\n")
    }

    @Test func aStoreFromANewerSchemaIsRefused() throws {
        let path = StoreFixtures.storePath()
        _ = try GraphStore(path: path)
        try sqlite(path, "PRAGMA user_version = 99;")
        #expect(throws: StoreError.newerSchema(path: path, found: 99, known: 2)) {
            try GraphStore(path: path)
        }
        #expect(throws: StoreError.newerSchema(path: path, found: 99, known: 2)) {
            try GraphStore(path: path, access: .readOnly)
        }
    }

    @Test func anotherSQLiteDatabaseIsNotAGraphStore() throws {
        let path = StoreFixtures.storePath()
        try sqlite(path, "CREATE TABLE things (x);")
        #expect(throws: StoreError.notAGraphStore(path: path)) { try GraphStore(path: path) }
    }

    @Test func aReadOnlyStoreRefusesWritesButStillReads() throws {
        let path = StoreFixtures.storePath()
        let store = try GraphStore(path: path)
        try StoreFixtures.ingest(
            store, StoreFixtures.article("a1", entities: [("hts", "HTS", .armedGroup, [])]))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        #expect(throws: StoreError.readOnly(path: path)) { try GraphStore(path: path) }
        #expect(try GraphStore(path: path, access: .readOnly).graph().entities.map(\.id) == ["hts"])
    }

    @Test func aMissingStoreIsReportedToReaders() {
        let path = StoreFixtures.storePath()
        #expect(throws: StoreError.storeNotFound(path: path)) {
            try GraphStore(path: path, access: .readOnly)
        }
    }

    @Test func anUnknownEntitySuggestsTheClosestNames() throws {
        let store = try GraphStore(path: StoreFixtures.storePath())
        try StoreFixtures.ingest(
            store,
            StoreFixtures.article(
                "a1",
                entities: [
                    ("hezbollah", "Hezbollah", .armedGroup, ["Hizbollah"]),
                    ("hamas", "Hamas", .armedGroup, []),
                    ("damas", "Damas", .city, []),
                ]))
        #expect(throws: StoreError.entityNotFound(reference: "Hezbolah", suggestions: ["Hezbollah"])) {
            try store.resolveEntity("Hezbolah")
        }
        #expect(throws: StoreError.entityNotFound(reference: "Hamaz", suggestions: ["Hamas", "Damas"])) {
            try store.resolveEntity("Hamaz")
        }
        #expect(!StoreError.entityNotFound(reference: "x", suggestions: ["Hamas"]).description.contains("\n"))
    }

    @Test func correctionsThatMakeNoSenseAreRefusedWithoutChange() throws {
        let store = try GraphStore(path: StoreFixtures.storePath())
        try StoreFixtures.ingest(
            store, StoreFixtures.article("a1", entities: [("assad", "Assad", .person, ["Bachar al-Assad"])]))
        let before = try store.graph()
        #expect(throws: StoreError.self) { try store.merge("Assad", into: "Bachar al-Assad") }
        #expect(throws: StoreError.self) { try store.split("assad", aliases: ["Hafez"]) }
        #expect(throws: StoreError.self) { try store.split("assad", aliases: ["Assad"]) }
        #expect(try store.graph() == before)
        #expect(try store.corrections().isEmpty)
    }

    @Test func aVersion1StoreIsUpgradedWithItsEvidence() throws {
        let path = StoreFixtures.storePath()
        // The version 1 tables as that build wrote them, with one stated relation.
        try sqlite(
            path,
            """
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
            INSERT INTO grdb_migrations VALUES ('v1');
            CREATE TABLE document (id TEXT PRIMARY KEY NOT NULL, content_hash TEXT NOT NULL,
                title TEXT, date TEXT, source TEXT, language TEXT, ingested_at TEXT NOT NULL);
            CREATE INDEX document_date ON document(date);
            CREATE TABLE entity (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
                aliases TEXT NOT NULL);
            CREATE TABLE alias (folded TEXT NOT NULL, class TEXT NOT NULL,
                entity_id TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                PRIMARY KEY (folded, class)) WITHOUT ROWID;
            CREATE INDEX alias_entity ON alias(entity_id);
            CREATE TABLE mention (document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                entity_id TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE, count INTEGER NOT NULL,
                PRIMARY KEY (document_id, entity_id)) WITHOUT ROWID;
            CREATE INDEX mention_entity ON mention(entity_id);
            CREATE TABLE relation (id INTEGER PRIMARY KEY, subject TEXT NOT NULL REFERENCES entity(id),
                predicate TEXT NOT NULL, object TEXT NOT NULL REFERENCES entity(id), hedged INTEGER NOT NULL,
                UNIQUE (subject, predicate, object));
            CREATE INDEX relation_object ON relation(object);
            CREATE TABLE evidence (id INTEGER PRIMARY KEY,
                relation_id INTEGER NOT NULL REFERENCES relation(id) ON DELETE CASCADE,
                document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER, confidence REAL NOT NULL,
                hedged INTEGER NOT NULL, UNIQUE (relation_id, document_id, start, sentence));
            CREATE INDEX evidence_document ON evidence(document_id);
            CREATE TABLE correction (id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL,
                entity_id TEXT NOT NULL, other_id TEXT, detail TEXT NOT NULL);
            CREATE INDEX correction_entity ON correction(entity_id);
            CREATE INDEX correction_other ON correction(other_id);
            INSERT INTO document VALUES ('a1', 'h', 'A1', '2024-11-28', NULL, 'fr', '2024-11-28T00:00:00Z');
            INSERT INTO entity VALUES ('hts', 'HTC', 'armed_group', '["HTC"]'),
                ('aleppo', 'Alep', 'city', '["Alep"]');
            INSERT INTO alias VALUES ('htc', 'actor', 'hts'), ('alep', 'place', 'aleppo');
            INSERT INTO mention VALUES ('a1', 'hts', 2), ('a1', 'aleppo', 1);
            INSERT INTO relation VALUES (1, 'hts', 'controls', 'aleppo', 0);
            INSERT INTO evidence VALUES (1, 1, 'a1', 'HTC tient Alep.', 0, 15, 0.8, 0);
            PRAGMA user_version = 1;
            """)
        let store = try GraphStore(path: path)
        let graph = try store.graph(around: "hts", depth: 1)
        #expect(graph.entities.map(\.id) == ["aleppo", "hts"])
        #expect(graph.entities.map(\.mentions) == [1, 2])
        #expect(graph.relations.map(\.evidence.count) == [1])
        #expect(graph.relations.first?.evidence.first?.sentence == "HTC tient Alep.")
        // The same sentence again from another article is a second row; from
        // the same article, the same row.
        let (document, article) = StoreFixtures.article(
            "a2", entities: [("hts", "HTC", .armedGroup, ["HTC"]), ("aleppo", "Alep", .city, ["Alep"])],
            relations: [("hts", .controls, "aleppo", "HTC tient Alep.")])
        try StoreFixtures.ingest(store, (document, article))
        #expect(try store.statistics().evidence == 2)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.forget(document: "a1").relations == 0)
        #expect(try store.statistics().evidence == 1)
    }

    private func sqlite(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

@Suite struct ContentHashAndPipelineTests {
    @Test func sha256MatchesKnownDigests() {
        #expect(
            ContentHash.sha256([UInt8]())
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            ContentHash.sha256(Array("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(
            ContentHash.sha256(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func thePipelineHandsResultsOverInInputOrder() {
        var seen: [Int] = []
        IngestPipeline.run(Array(0..<500), parallelism: 2, window: 8, prepare: { $0 * 2 }) { index, value in
            #expect(value == index * 2)
            seen.append(index)
        }
        #expect(seen == Array(0..<500))
    }

    @Test func thePipelineStopsWhenTheConsumerThrows() {
        struct Stop: Error {}
        var consumed = 0
        #expect(throws: Stop.self) {
            try IngestPipeline.run(Array(0..<1000), prepare: { $0 }) { index, _ in
                consumed += 1
                if index == 10 { throw Stop() }
            }
        }
        #expect(consumed == 11)
    }
}
