import GraphModel

/// Why the store could not do what was asked. Every message fits on one line
/// and says what to do about it.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// The file is SQLite but holds something other than a graph store.
    case notAGraphStore(path: String)
    /// The store was written by a newer build of graph.
    case newerSchema(path: String, found: Int, known: Int)
    /// The command writes, but the store (or its folder) cannot be written.
    case readOnly(path: String)
    /// A read-only command was given a store that does not exist.
    case storeNotFound(path: String)
    /// No entity has this id or alias; `suggestions` are the closest names.
    case entityNotFound(reference: String, suggestions: [String])
    /// No document has this id; `suggestions` are the closest ids.
    case documentNotFound(id: String, suggestions: [String])
    /// A correction that cannot be applied as asked.
    case invalidCorrection(message: String)
    /// SQLite failed in an unexpected way.
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not an SQLite database; give another path with --store or move the file away"
        case .notAGraphStore(let path):
            "\(path) is an SQLite database but not a graph store; give another path with --store"
        case .newerSchema(let path, let found, let known):
            "\(path) has schema version \(found) but this build of graph knows up to \(known); update graph"
        case .readOnly(let path):
            "\(path) is read-only; make it (and its folder) writable or copy it elsewhere"
        case .storeNotFound(let path):
            "no store at \(path); run `graph ingest` first or give the path with --store or GRAPH_STORE"
        case .entityNotFound(let reference, let suggestions):
            "no entity named \"\(reference)\"" + Self.hint(suggestions)
        case .documentNotFound(let id, let suggestions):
            "no document \"\(id)\""
                + (suggestions.isEmpty ? "" : Self.hint(suggestions))
        case .invalidCorrection(let message):
            message
        case .database(let path, let message):
            "\(path): \(message)"
        }
    }

    private static func hint(_ suggestions: [String]) -> String {
        guard !suggestions.isEmpty else { return "; list them with `graph entities`" }
        return "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
    }
}
