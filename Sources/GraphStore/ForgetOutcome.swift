/// What `forget` removed besides the document itself.
public struct ForgetOutcome: Codable, Hashable, Sendable {
    /// Relations that only the document stated.
    public var relations: Int
    /// Entities that only the document mentioned (and no correction names).
    public var entities: Int

    public init(relations: Int, entities: Int) {
        self.relations = relations
        self.entities = entities
    }
}
