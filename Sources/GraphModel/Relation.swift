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
        if let index = evidence.firstIndex(where: {
            $0.document == item.document && $0.sentence == item.sentence && $0.start == item.start
        }) {
            evidence[index].confidence = max(evidence[index].confidence, item.confidence)
            return
        }
        let position = evidence.firstIndex(where: { item < $0 }) ?? evidence.endIndex
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
