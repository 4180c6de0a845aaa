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
        #expect(throws: StoreError.newerSchema(path: path, found: 99, known: 1)) {
            try GraphStore(path: path)
        }
        #expect(throws: StoreError.newerSchema(path: path, found: 99, known: 1)) {
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
