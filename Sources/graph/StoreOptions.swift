import ArgumentParser
import Foundation
import GraphModel
import GraphStore

/// `--store PATH`: the store file; `GRAPH_STORE` when not given, else
/// `graph.sqlite` in the working directory.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The graph store (default: $GRAPH_STORE, else ./graph.sqlite).")
    var store: String?

    /// The path the options name.
    var path: String {
        if let store { return store }
        if let variable = ProcessInfo.processInfo.environment["GRAPH_STORE"], !variable.isEmpty {
            return variable
        }
        return "graph.sqlite"
    }

    /// True when the user named a store, by option or environment.
    var isGiven: Bool {
        store != nil || !(ProcessInfo.processInfo.environment["GRAPH_STORE"] ?? "").isEmpty
    }

    /// Opens the store; commands that write ask for `.readWrite`.
    func open(_ access: GraphStore.Access) throws(StoreError) -> GraphStore {
        try GraphStore(path: path, access: access)
    }
}

/// What to draw out of a store: the store and a `GraphQuery`.
struct StoreExportOptions: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Centre on this entity (id or any alias).")
    var focus: String?

    @Option(help: "With --focus: how many links away to go.")
    var depth: Int = 1

    @Option(help: "Keep only these entity kinds (comma-separated: \(EntityKind.vocabulary)).")
    var kinds: [String] = []

    @Option(help: "Keep only these predicates (comma-separated: \(Predicate.vocabulary)).")
    var predicates: [String] = []

    @Option(name: .customLong("min-support"), help: "Keep relations stated by at least N documents.")
    var minSupport: Int = 1

    @Option(help: "Keep relations with evidence dated on or after DATE (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Keep relations with evidence dated on or before DATE (YYYY-MM-DD).")
    var until: String?

    @Option(name: .customLong("max-nodes"), help: "Keep the N best-connected entities (the focus always).")
    var maxNodes: Int?

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if minSupport < 1 { throw ValidationError("--min-support must be 1 or more") }
        if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be 1 or more") }
        for date in [since, until].compactMap({ $0 }) where !StoreCLI.isDate(date) {
            throw ValidationError("\"\(date)\" is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)")
        }
        _ = try parsedKinds()
        _ = try parsedPredicates()
    }

    /// Opens the store, builds its graph and applies the query.
    func loadGraph() throws -> ConflictGraph {
        let store = try storeOptions.open(.readOnly)
        var query = GraphQuery(
            depth: depth, kinds: try parsedKinds(), predicates: try parsedPredicates(),
            minSupport: minSupport,
            since: since, until: until, maxNodes: maxNodes)
        guard let focus else { return try query.apply(to: store.graph()) }
        query.focus = try store.resolveEntity(focus)
        // Load only the focus's neighbourhood: the query gives the same result on it.
        return try query.apply(to: store.graph(around: query.focus!, depth: depth))
    }

    private func parsedKinds() throws -> Set<EntityKind>? {
        let names = kinds.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        if names.isEmpty { return nil }
        return Set(
            try names.map { name in
                guard let kind = EntityKind(rawValue: name) else {
                    throw ValidationError(
                        "unknown kind \"\(name)\" (expected one of: \(EntityKind.vocabulary))")
                }
                return kind
            })
    }

    private func parsedPredicates() throws -> Set<GraphModel.Predicate>? {
        let names = predicates.flatMap {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if names.isEmpty { return nil }
        return Set(try names.map { try StoreCLI.predicate($0) })
    }
}
