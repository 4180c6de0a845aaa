/// An output format of `graph export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Graphviz DOT of the styled diagram, before layout (see `DiagramRenderer.dot`).
    case dot
    case svg
    case png
    case pdf
    /// The normalised graph JSON (`GraphJSON`), no diagram.
    case json
    /// GraphML for Gephi, yEd and networkx (`GraphMLWriter`), no diagram.
    case graphml

    /// Whether the bytes are binary, not to be written on a terminal.
    public var isBinary: Bool { self == .png || self == .pdf }

    /// The format a file name's extension asks for (`map.svg` gives `.svg`), case-insensitively.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        let ext = fileName[fileName.index(after: dot)...].lowercased()
        switch ext {
        case "gv": self = .dot
        default:
            guard let format = ExportFormat(rawValue: ext) else { return nil }
            self = format
        }
    }
}
