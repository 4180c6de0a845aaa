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
    /// Whether to draw the legend: one compact table node listing the kinds
    /// and predicates shown, on the last rank with `dot`, packed beside the
    /// drawing with the other engines. Graphviz 2.42 itself still leaks about
    /// 3 KB per render with it (about 2.5 KB in its HTML-label parser, the
    /// rest in `dot`'s rank constraint; the old cluster legend leaked about
    /// 4 KB): a long-running process rendering thousands of diagrams may
    /// prefer to leave the legend out.
    public var legend: Bool
    /// Whether to draw entities that take part in no drawn relation. Off by
    /// default: they would stack up as a long column of loose nodes. A graph
    /// with no relation at all shows its entities anyway.
    public var allEntities: Bool

    public init(
        layout: LayoutEngine? = nil, dpi: Int = 96, title: String? = nil, legend: Bool = true,
        allEntities: Bool = false
    ) {
        self.layout = layout
        self.dpi = dpi
        self.title = title
        self.legend = legend
        self.allEntities = allEntities
    }
}
