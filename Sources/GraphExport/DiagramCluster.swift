/// A subgraph of a `Diagram`: a boxed group when its id starts with
/// `cluster`, else a plain subgraph (the legend's, which only sets its rank).
public struct DiagramCluster: Sendable {
    /// Starts with `cluster` for Graphviz to draw a box around it.
    public var id: String
    public var attributes: [(name: String, value: String)]
    public var nodes: [DiagramNode]
    public var edges: [DiagramEdge]

    public init(
        id: String, attributes: [(name: String, value: String)], nodes: [DiagramNode] = [],
        edges: [DiagramEdge] = []
    ) {
        self.id = id
        self.attributes = attributes
        self.nodes = nodes
        self.edges = edges
    }
}
