/// A conflict graph: documents, entities and the typed relations between them.
///
/// The graph keeps its parts in canonical order (documents and entities by id,
/// relations by subject, predicate, object) so that the same graph always
/// serialises to the same bytes, whatever order it was built in.
public struct ConflictGraph: Hashable, Sendable {
    /// A title for diagrams; nil lets the exporter derive one.
    public var title: String?
    public private(set) var documents: [Document] = []
    public private(set) var entities: [Entity] = []
    public private(set) var relations: [Relation] = []

    public init(title: String? = nil) {
        self.title = title
    }

    public var isEmpty: Bool { entities.isEmpty && relations.isEmpty }

    // MARK: Lookup

    /// The entity with this id, if any.
    public func entity(_ id: String) -> Entity? {
        entityPosition(id).found.map { entities[$0] }
    }

    /// The relation with this identity, if any.
    public func relation(_ key: RelationKey) -> Relation? {
        relationPosition(Self.canonical(key)).found.map { relations[$0] }
    }

    // MARK: Building

    /// Adds a document, or fills in the fields it lacks when one with the same id exists.
    public mutating func add(_ document: Document) {
        let position = documents.partitionPoint { $0.id >= document.id }
        if position < documents.count, documents[position].id == document.id {
            var merged = documents[position]
            merged.title = merged.title ?? document.title
            merged.date = merged.date ?? document.date
            merged.source = merged.source ?? document.source
            merged.language = merged.language ?? document.language
            documents[position] = merged
        } else {
            documents.insert(document, at: position)
        }
    }

    /// Adds an entity; one with the same id absorbs its aliases and mentions
    /// and keeps its own name and kind.
    public mutating func add(_ entity: Entity) {
        let position = entityPosition(entity.id)
        if let index = position.found {
            for alias in entity.aliases { entities[index].addAlias(alias) }
            entities[index].mentions += entity.mentions
        } else {
            entities.insert(entity, at: position.insertion)
        }
    }

    /// Replaces the entity with the same id (name, kind, aliases and all).
    /// Returns false when there is none.
    @discardableResult
    public mutating func replace(_ entity: Entity) -> Bool {
        guard let index = entityPosition(entity.id).found else { return false }
        entities[index] = entity
        return true
    }

    /// Adds a relation; the same link already present absorbs its evidence.
    /// Symmetric predicates are stored once, smaller id first. A link stays
    /// hedged only while every statement of it is hedged.
    public mutating func add(_ relation: Relation) {
        var relation = relation
        let key = Self.canonical(relation.key)
        relation.subject = key.subject
        relation.object = key.object
        let position = relationPosition(key)
        if let index = position.found {
            for item in relation.evidence { relations[index].addEvidence(item) }
            relations[index].hedged = relations[index].hedged && relation.hedged
        } else {
            relations.insert(relation, at: position.insertion)
        }
    }

    /// Removes the entities and relations for which `keep` is false, and the
    /// relations left with a missing end.
    public mutating func filter(
        entities keepEntity: (Entity) -> Bool, relations keepRelation: (Relation) -> Bool = { _ in true }
    ) {
        entities.removeAll { !keepEntity($0) }
        let kept = Set(entities.map(\.id))
        relations.removeAll { relation in
            !keepRelation(relation) || !kept.contains(relation.subject) || !kept.contains(relation.object)
        }
    }

    /// Adds every document, entity and relation of `other`, matching entities by id.
    public mutating func merge(_ other: ConflictGraph) {
        title = title ?? other.title
        for document in other.documents { add(document) }
        for entity in other.entities { add(entity) }
        for relation in other.relations { add(relation) }
    }

    /// Checks that every relation names existing, distinct entities.
    public func validate() throws(GraphError) {
        for (index, relation) in relations.enumerated() {
            for (field, id) in [("subject", relation.subject), ("object", relation.object)]
            where entity(id) == nil {
                throw .danglingRelation(place: "relations[\(index)].\(field)", id: id)
            }
            if relation.subject == relation.object {
                throw .invalidValue(
                    place: "relations[\(index)]",
                    message: "subject and object are both \"\(relation.subject)\"")
            }
        }
    }

    // MARK: Private

    private static func canonical(_ key: RelationKey) -> RelationKey {
        guard key.predicate.isSymmetric, key.object < key.subject else { return key }
        return RelationKey(subject: key.object, predicate: key.predicate, object: key.subject)
    }

    private func entityPosition(_ id: String) -> (found: Int?, insertion: Int) {
        let position = entities.partitionPoint { $0.id >= id }
        return (position < entities.count && entities[position].id == id ? position : nil, position)
    }

    private func relationPosition(_ key: RelationKey) -> (found: Int?, insertion: Int) {
        let position = relations.partitionPoint { $0.key >= key }
        return (position < relations.count && relations[position].key == key ? position : nil, position)
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, for a predicate that
    /// is false then true along the array (binary search).
    @inlinable
    func partitionPoint(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
