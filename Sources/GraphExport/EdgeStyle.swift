/// How the relations of one predicate are drawn.
public struct EdgeStyle: Hashable, Sendable {
    /// Line colour, `#RRGGBB`.
    public var color: String
    /// Graphviz line style: `solid`, `dashed`, `dotted`, `bold`.
    public var style: String
    /// Line width for a relation stated by one document.
    public var baseWidth: Double
    /// Arrow direction: `forward`, or `both` for symmetric predicates.
    public var direction: String

    public init(
        color: String, style: String = "solid", baseWidth: Double = 1.2, direction: String = "forward"
    ) {
        self.color = color
        self.style = style
        self.baseWidth = baseWidth
        self.direction = direction
    }
}
