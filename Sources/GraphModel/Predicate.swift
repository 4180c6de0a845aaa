/// A relation predicate, from the ontology's closed vocabulary.
public enum Predicate: String, CaseIterable, Codable, Sendable, Comparable {
    case supports
    case alliedWith = "allied_with"
    case opposes
    case affiliatedWith = "affiliated_with"
    case controls
    case locatedIn = "located_in"
    case leads
    case partOf = "part_of"

    /// Symmetric predicates hold in both directions; the model stores them once,
    /// with the smaller entity id as subject.
    public var isSymmetric: Bool { self == .alliedWith }

    /// A short human label for diagrams ("supports", "allied with", ...).
    public var label: String { String(rawValue.map { $0 == "_" ? " " : $0 }) }

    public static func < (lhs: Predicate, rhs: Predicate) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The accepted spellings, for error messages.
    public static var vocabulary: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
