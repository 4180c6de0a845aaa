import GraphModel

/// One relation of the store as `graph relations` lists it.
public struct RelationSummary: Codable, Hashable, Sendable {
    public var subject: String
    public var subjectName: String
    public var predicate: Predicate
    public var object: String
    public var objectName: String
    /// Distinct documents stating the relation.
    public var support: Int
    /// Stating sentences.
    public var evidence: Int
    /// The best confidence among the sentences.
    public var confidence: Double
    /// True while every statement is a claim rather than a fact.
    public var hedged: Bool

    public init(
        subject: String, subjectName: String, predicate: Predicate, object: String, objectName: String,
        support: Int,
        evidence: Int, confidence: Double, hedged: Bool
    ) {
        self.subject = subject
        self.subjectName = subjectName
        self.predicate = predicate
        self.object = object
        self.objectName = objectName
        self.support = support
        self.evidence = evidence
        self.confidence = confidence
        self.hedged = hedged
    }
}
