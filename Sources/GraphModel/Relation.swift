/// A directed, typed link between two entities, with every sentence that states it.
public struct Relation: Hashable, Sendable {
    public var subject: String
    public var predicate: Predicate
    public var object: String
    /// Each stating sentence once, sorted by document and position.
    public var evidence: [Evidence]
    /// True when every stating sentence reports the link as a claim or an
    /// accusation ("accusé de soutenir") rather than as a fact.
    public var hedged: Bool

    public init(
        subject: String, predicate: Predicate, object: String, evidence: [Evidence] = [], hedged: Bool = false
    ) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.evidence = []
        self.hedged = hedged
        for item in evidence { addEvidence(item) }
    }

    /// The identity of the link, whatever its evidence.
    public var key: RelationKey { RelationKey(subject: subject, predicate: predicate, object: object) }

    /// The best confidence among the evidence (1 when there is none, as for hand-made graphs).
    public var confidence: Double { evidence.map(\.confidence).max() ?? 1 }

    /// How many distinct documents state the link.
    public var support: Int { Set(evidence.map(\.document)).count }

    /// Adds a stating sentence unless the same sentence of the same document is already there.
    public mutating func addEvidence(_ item: Evidence) {
        // Evidence stays sorted, so a binary search finds both a duplicate and the insertion point.
        let position = evidence.partitionPoint { !($0 < item) }
        for index in [position, position - 1] where evidence.indices.contains(index) {
            let existing = evidence[index]
            if existing.document == item.document && existing.start == item.start
                && existing.sentence == item.sentence
            {
                evidence[index].confidence = max(existing.confidence, item.confidence)
                return
            }
        }
        evidence.insert(item, at: position)
    }
}

/// Subject, predicate and object: what makes two relations the same link.
public struct RelationKey: Hashable, Sendable, Comparable {
    public var subject: String
    public var predicate: Predicate
    public var object: String

    public init(subject: String, predicate: Predicate, object: String) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        (lhs.subject, lhs.predicate, lhs.object) < (rhs.subject, rhs.predicate, rhs.object)
    }
}
