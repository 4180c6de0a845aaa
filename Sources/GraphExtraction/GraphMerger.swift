import GraphModel

/// Merges the graphs of several documents into one, so that an entity seen in
/// two articles is one entity: same id, or an alias in common and the same class
/// (actor or place), as `NameKey.fold` compares names.
public struct GraphMerger: Sendable {
    public private(set) var graph = ConflictGraph()
    private var byAlias: [String: String] = [:]

    public init() {}

    public mutating func add(_ other: ConflictGraph) {
        var renamed: [String: String] = [:]
        graph.title = graph.title ?? other.title
        for document in other.documents { graph.add(document) }
        for entity in other.entities {
            let target = match(entity) ?? Identifier.unique(entity.id) { graph.entity($0) != nil }
            renamed[entity.id] = target
            var copy = entity
            copy.id = target
            if let existing = graph.entity(target) {
                copy.name = existing.name
                copy.kind = existing.kind
            }
            graph.add(copy)
            for alias in copy.aliases { byAlias[Self.key(alias, copy.kind)] = target }
        }
        for relation in other.relations {
            var copy = relation
            copy.subject = renamed[relation.subject] ?? relation.subject
            copy.object = renamed[relation.object] ?? relation.object
            if copy.subject != copy.object { graph.add(copy) }
        }
    }

    private func match(_ entity: Entity) -> String? {
        if let existing = graph.entity(entity.id), existing.kind.isActor == entity.kind.isActor {
            return entity.id
        }
        for alias in entity.aliases {
            if let id = byAlias[Self.key(alias, entity.kind)] { return id }
        }
        return nil
    }

    private static func key(_ alias: String, _ kind: EntityKind) -> String {
        NameKey.fold(alias) + (kind.isActor ? "|actor" : "|place")
    }
}
