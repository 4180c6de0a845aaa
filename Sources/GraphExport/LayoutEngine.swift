/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Hierarchical: the clearest for small conflict graphs, cubic-ish on big tangled ones.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed, with clusters.
    case fdp
    /// Multiscale force-directed: the one that scales to thousands of nodes.
    case sfdp
    /// Circular.
    case circo
    /// Radial.
    case twopi

    /// Up to this many entities `dot` stays fast (tens of milliseconds with
    /// the locality of real conflict graphs); beyond it, `sfdp`.
    public static let dotLimit = 150

    /// The engine for a graph of `nodeCount` entities when none is asked for:
    /// `dot` for briefing-sized graphs, `sfdp` (with overlap removal) beyond,
    /// so that thousands of nodes lay out in well under two seconds.
    public static func automatic(nodeCount: Int) -> LayoutEngine {
        nodeCount <= dotLimit ? .dot : .sfdp
    }

    /// Whether the engine draws clusters (the legend box).
    var drawsClusters: Bool { self == .dot || self == .fdp }
}
