import GraphModel

/// One entity of the store as `graph entities` lists it.
public struct EntitySummary: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: EntityKind
    /// Surface forms, the name included, in first-seen order.
    public var aliases: [String]
    /// Mentions summed over all documents.
    public var mentions: Int
    /// Distinct documents that mention the entity or state one of its relations.
    public var documents: Int
    /// Relations with the entity at either end.
    public var relations: Int

    public init(
        id: String, name: String, kind: EntityKind, aliases: [String], mentions: Int, documents: Int,
        relations: Int
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
        self.documents = documents
        self.relations = relations
    }
}
