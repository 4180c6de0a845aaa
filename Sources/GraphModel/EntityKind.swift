/// The kind of an entity, from the ontology's closed vocabulary.
///
/// Kinds fall into two classes: actors, which act (support, attack, lead),
/// and places, which are acted upon or located in.
public enum EntityKind: String, CaseIterable, Codable, Sendable, Comparable {
    case person
    case armedGroup = "armed_group"
    case government
    case state
    case organization
    case country
    case region
    case city
    case site

    /// Whether the entity is an actor (person, group, government, state, organisation).
    public var isActor: Bool {
        switch self {
        case .person, .armedGroup, .government, .state, .organization: true
        case .country, .region, .city, .site: false
        }
    }

    /// Whether the entity is a place (country, region, city, site).
    public var isPlace: Bool { !isActor }

    /// A short human label for legends and tables.
    public var label: String {
        switch self {
        case .person: "person"
        case .armedGroup: "armed group"
        case .government: "government"
        case .state: "state"
        case .organization: "organisation"
        case .country: "country"
        case .region: "region"
        case .city: "city"
        case .site: "site"
        }
    }

    /// Ontology order: actors first, then places.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The accepted spellings, for error messages.
    public static var vocabulary: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
