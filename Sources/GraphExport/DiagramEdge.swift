/// One edge of a `Diagram`, between two node ids; each is a distinct Graphviz
/// edge, so two relations between the same pair stay two lines.
public struct DiagramEdge: Sendable {
    public var tail: String
    public var head: String
    /// Attribute names and values in a fixed order.
    public var attributes: [(name: String, value: String)]

    public init(tail: String, head: String, attributes: [(name: String, value: String)]) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
    }

    /// The value of an attribute, if set.
    public subscript(name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
