/// One node of a `Diagram`: a Graphviz id and its attributes, values ready for Graphviz.
public struct DiagramNode: Sendable {
    /// A synthetic id (`n0`, `legend_kind_city`): names never appear in ids,
    /// only in the escaped label.
    public var id: String
    /// Attribute names and values in a fixed order.
    public var attributes: [(name: String, value: String)]
    /// The names of attributes whose values are Graphviz HTML-like labels
    /// (markup, given to Graphviz with `agstrdup_html`), not plain text.
    public var htmlAttributes: Set<String>

    public init(id: String, attributes: [(name: String, value: String)], htmlAttributes: Set<String> = []) {
        self.id = id
        self.attributes = attributes
        self.htmlAttributes = htmlAttributes
    }

    /// The value of an attribute, if set.
    public subscript(name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
