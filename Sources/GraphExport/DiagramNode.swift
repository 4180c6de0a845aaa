/// One node of a `Diagram`: a Graphviz id and its attributes, values ready for Graphviz.
public struct DiagramNode: Sendable {
    /// A synthetic id (`n0`, `legend_kind_city`): names never appear in ids,
    /// only in the escaped label.
    public var id: String
    /// Attribute names and values in a fixed order.
    public var attributes: [(name: String, value: String)]

    public init(id: String, attributes: [(name: String, value: String)]) {
        self.id = id
        self.attributes = attributes
    }

    /// The value of an attribute, if set.
    public subscript(name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
