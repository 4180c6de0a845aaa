/// Why a diagram could not be drawn. Each message is one line a user can act on.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The layout engine's plugin is not installed or not registered.
    case layoutUnavailable(engine: String, detail: String)
    /// The output format's renderer plugin is not installed or not registered.
    case rendererUnavailable(format: String, detail: String)
    /// The engine ran and failed on this graph.
    case layoutFailed(engine: String, detail: String)
    /// The renderer ran and failed.
    case renderFailed(format: String, detail: String)
    /// The PNG resolution is out of the supported range.
    case invalidDPI(Int)
    /// Graphviz itself could not be used (no context, no graph, no memory stream).
    case graphvizUnavailable(detail: String)

    public var description: String {
        switch self {
        case .layoutUnavailable(let engine, let detail):
            "layout engine \"\(engine)\" is not available (\(Self.orUnknown(detail))); "
                + "Graphviz's plugin registry may be missing: reinstall libgvc6 or run `dot -c` as root"
        case .rendererUnavailable(let format, let detail):
            "Graphviz cannot render \"\(format)\" (\(Self.orUnknown(detail))); "
                + "Graphviz's plugin registry may be missing: reinstall libgvc6 or run `dot -c` as root"
        case .layoutFailed(let engine, let detail):
            "the \"\(engine)\" layout failed: \(Self.orUnknown(detail))"
        case .renderFailed(let format, let detail):
            "rendering \(format) failed: \(Self.orUnknown(detail))"
        case .invalidDPI(let dpi):
            "resolution \(dpi) dpi is out of range (\(RenderOptions.dpiRange.lowerBound)..."
                + "\(RenderOptions.dpiRange.upperBound))"
        case .graphvizUnavailable(let detail):
            "Graphviz is unavailable: \(detail)"
        }
    }

    private static func orUnknown(_ detail: String) -> String {
        detail.isEmpty ? "Graphviz gave no reason" : detail
    }
}
