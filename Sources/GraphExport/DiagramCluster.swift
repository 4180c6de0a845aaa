/// A boxed group of a `Diagram` (Graphviz `cluster_` subgraph), used for the legend.
public struct DiagramCluster: Sendable {
    /// Starts with `cluster` so that Graphviz draws the box.
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
