import Foundation
import GRDB
import GraphModel

/// The persistent knowledge graph: every ingested article's entities,
/// relations and evidence, merged into one graph, with the analyst's
/// corrections, in one SQLite file (WAL mode, through GRDB).
///
/// A store has one writer at a time; every write (one article, one
/// correction) is one transaction, so a crash leaves either all of it or
/// none of it. Reads see a consistent snapshot and may run while writing.
public final class GraphStore: Sendable {
    /// How a command means to use the store.
    public enum Access: Sendable {
        /// Read and write; the file is created when missing.
        case readWrite
        /// Only read; the file must exist.
        case readOnly
    }

    /// The path the store was opened from, for messages.
    public let path: String
    let pool: DatabasePool

    /// Opens (and creates or upgrades, for `.readWrite`) the store at `path`.
    ///
    /// Throws `StoreError` for a file that is not SQLite, not a graph store,
    /// from a newer schema, read-only while `.readWrite` was asked, or missing
    /// while `.readOnly` was asked.
    public init(path: String, access: Access = .readWrite) throws(StoreError) {
        self.path = path
        let manager = FileManager.default
        let exists = manager.fileExists(atPath: path)
        if !exists, access == .readOnly { throw .storeNotFound(path: path) }
        if exists, access == .readWrite, Self.isReadOnly(path) { throw .readOnly(path: path) }
        if exists, !Self.hasSQLiteHeader(path) { throw .notADatabase(path: path) }

        var configuration = Configuration()
        configuration.readonly = access == .readOnly
        configuration.busyMode = .timeout(10)
        configuration.label = "GraphStore"
        configuration.prepareDatabase { db in
            // WAL with NORMAL sync survives a killed process (not a power cut)
            // without one fsync per article, which would dominate ingest time.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            // A larger page cache keeps the indexes of a big store in memory (the
            // 2 MB default made ingest slow down as the store grew).
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            let found = try pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
            if found > StoreSchema.version {
                throw StoreError.newerSchema(path: path, found: found, known: StoreSchema.version)
            }
            let tables = try pool.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            let isEmpty = tables.isEmpty
            if !isEmpty, found == 0 || !tables.contains("entity") {
                throw StoreError.notAGraphStore(path: path)
            }
            if access == .readWrite {
                let migrator = StoreSchema.migrator
                if try pool.read({ db in try migrator.hasBeenSuperseded(db) }) {
                    throw StoreError.newerSchema(path: path, found: found, known: StoreSchema.version)
                }
                try migrator.migrate(pool)
            } else if isEmpty {
                throw StoreError.notAGraphStore(path: path)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Runs `body` in one write transaction, turning SQLite errors into `StoreError`.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Runs `body` on a read snapshot, turning SQLite errors into `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// The result of SQLite's `PRAGMA integrity_check`: `["ok"]` for a sound file.
    public func integrityCheck() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    static func storeError(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else {
            return .database(path: path, message: "\(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB: return .notADatabase(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        default: return .database(path: path, message: error.message ?? "\(error)")
        }
    }

    /// True when no one may write the file. Checked on the permission bits, not
    /// with access(2), so that the answer is the same for root (who may write
    /// anything) as for the analyst who protected the file.
    private static func isReadOnly(_ path: String) -> Bool {
        let manager = FileManager.default
        guard let attributes = try? manager.attributesOfItem(atPath: path),
            let permissions = attributes[.posixPermissions] as? Int
        else { return !manager.isWritableFile(atPath: path) }
        return permissions & 0o222 == 0 || !manager.isWritableFile(atPath: path)
    }

    /// True when the file is empty (SQLite will format it) or starts with SQLite's magic string.
    private static func hasSQLiteHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header.isEmpty || header == Data("SQLite format 3\0".utf8)
    }
}
