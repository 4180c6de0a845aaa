/// How to draw one diagram.
public struct RenderOptions: Hashable, Sendable {
    /// The supported PNG resolutions: below 36 text is unreadable, above 600
    /// a briefing-sized diagram becomes a file of tens of megabytes.
    public static let dpiRange = 36...600

    /// The layout engine; nil chooses by graph size (`LayoutEngine.automatic`).
    public var layout: LayoutEngine?
    /// PNG resolution in dots per inch; 96 for screens, 300 for print.
    public var dpi: Int
    /// The diagram's title; nil uses the graph's own, else one derived from its documents.
    public var title: String?
    /// Whether to draw the legend box (with the `dot` and `fdp` engines only:
    /// the others ignore clusters and would scatter its pieces). Graphviz 2.42's `dot` layout leaks
    /// about 4 KB per render of a graph with a cluster (virtual edges of
    /// cluster skeletons are never freed): a long-running process rendering
    /// thousands of diagrams may prefer to leave the legend out.
    public var legend: Bool

    public init(layout: LayoutEngine? = nil, dpi: Int = 96, title: String? = nil, legend: Bool = true) {
        self.layout = layout
        self.dpi = dpi
        self.title = title
        self.legend = legend
    }
}
