/// How much the store holds.
public struct StoreStatistics: Codable, Hashable, Sendable {
    public var documents: Int
    public var entities: Int
    public var relations: Int
    public var evidence: Int

    public init(documents: Int, entities: Int, relations: Int, evidence: Int) {
        self.documents = documents
        self.entities = entities
        self.relations = relations
        self.evidence = evidence
    }
}
