/// A conflict diagram as plain data, before Graphviz sees it: every attribute
/// value already escaped and styled. `DiagramBuilder` makes one from a graph;
/// `DiagramRenderer` hands it to Graphviz.
///
/// Keeping this step free of Graphviz makes the styling testable without the
/// lock and keeps all C calls in one file.
public struct Diagram: Sendable {
    /// The engine that will lay it out.
    public var layout: LayoutEngine
    /// The title as shown (unescaped).
    public var title: String
    public var graphAttributes: [(name: String, value: String)]
    /// Defaults that every node and edge shares (fonts, sizes).
    public var nodeDefaults: [(name: String, value: String)]
    public var edgeDefaults: [(name: String, value: String)]
    public var nodes: [DiagramNode]
    public var edges: [DiagramEdge]
    public var clusters: [DiagramCluster]

    public init(
        layout: LayoutEngine, title: String, graphAttributes: [(name: String, value: String)],
        nodeDefaults: [(name: String, value: String)], edgeDefaults: [(name: String, value: String)],
        nodes: [DiagramNode], edges: [DiagramEdge], clusters: [DiagramCluster]
    ) {
        self.layout = layout
        self.title = title
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
    }
}
