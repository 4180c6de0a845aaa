/// Why a graph could not be read or is not valid.
///
/// Every message names the place (file, line, field) so that a user can fix it.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not JSON, or not the graph's shape. `detail` says where.
    case malformedJSON(detail: String)
    /// A field is missing or has the wrong type.
    case missingField(place: String)
    /// A kind outside the ontology.
    case unknownKind(place: String, value: String)
    /// A predicate outside the ontology.
    case unknownPredicate(place: String, value: String)
    /// A relation names an entity id that the graph does not have.
    case danglingRelation(place: String, id: String)
    /// Two entities share one id.
    case duplicateEntity(place: String, id: String)
    /// A value that breaks a rule of the model.
    case invalidValue(place: String, message: String)

    public var description: String {
        switch self {
        case .malformedJSON(let detail):
            "not a graph JSON file: \(detail)"
        case .missingField(let place):
            "\(place): missing or of the wrong type"
        case .unknownKind(let place, let value):
            "\(place): unknown kind \"\(value)\" (expected one of: \(EntityKind.vocabulary))"
        case .unknownPredicate(let place, let value):
            "\(place): unknown predicate \"\(value)\" (expected one of: \(Predicate.vocabulary))"
        case .danglingRelation(let place, let id):
            "\(place): no entity has the id \"\(id)\""
        case .duplicateEntity(let place, let id):
            "\(place): the id \"\(id)\" is used by an earlier entity"
        case .invalidValue(let place, let message):
            "\(place): \(message)"
        }
    }
}
