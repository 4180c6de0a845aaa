/// One real-world thing, however many names the text gives it.
public struct Entity: Hashable, Sendable {
    /// A stable identifier, unique in its graph (`hts`, `syrian_government`).
    public var id: String
    /// The canonical name, as written.
    public var name: String
    public var kind: EntityKind
    /// Every surface form seen for the entity, the canonical name included,
    /// without duplicates, in first-seen order.
    public var aliases: [String]
    /// How many times the entity was mentioned in the source text (0 when unknown).
    public var mentions: Int

    public init(id: String, name: String, kind: EntityKind, aliases: [String] = [], mentions: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = []
        self.aliases.reserveCapacity(aliases.count + 1)
        self.mentions = mentions
        addAlias(name)
        for alias in aliases { addAlias(alias) }
    }

    /// Adds a surface form unless it is already listed.
    public mutating func addAlias(_ alias: String) {
        if !alias.isEmpty, !aliases.contains(alias) { aliases.append(alias) }
    }
}
