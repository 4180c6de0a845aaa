/// How the entities of one kind are drawn.
public struct NodeStyle: Hashable, Sendable {
    /// A Graphviz shape (`box`, `ellipse`, `note`...).
    public var shape: String
    /// Graphviz style flags (`rounded,filled`).
    public var style: String
    /// Fill colour, `#RRGGBB`.
    public var fillColor: String
    /// Outline colour, `#RRGGBB`.
    public var lineColor: String

    public init(shape: String, style: String = "filled", fillColor: String, lineColor: String = "#444444") {
        self.shape = shape
        self.style = style
        self.fillColor = fillColor
        self.lineColor = lineColor
    }
}
