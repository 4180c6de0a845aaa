import CGraphviz
import GraphModel

/// Draws conflict graphs through Graphviz's C libraries, in-process.
///
/// Synchronous and thread-safe: calls from several threads are served one at
/// a time (Graphviz is not thread-safe). A layout can take seconds on big
/// graphs, so call it from a thread of your own, not from Swift's
/// cooperative pool.
public struct DiagramRenderer: Sendable {
    public var style: DiagramStyle

    public init(style: DiagramStyle = .briefing) {
        self.style = style
    }

    /// Starts Graphviz with Pango (context, layout and text plugins, fonts) on
    /// a background thread, for a short-lived process that will render soon
    /// to a format that `usesSystemFonts(for:)`: the start-up then overlaps
    /// the caller's own work. Renders wait for it. Call `finishPreparation()`
    /// before the process exits.
    ///
    /// - Parameters:
    ///   - style: the style of the diagrams to come, read on the background
    ///     thread; its fonts are loaded at each size it uses.
    ///   - fontsOnCallingThread: whether the caller, before returning, loads
    ///     fontconfig's configuration itself (3 to 4 ms) while the thread
    ///     loads Graphviz's plugins. Worth it when the caller has little to
    ///     do before rendering (reading a graph JSON file): the thread would
    ///     otherwise do both in turn and the render would wait for it. Leave
    ///     it off when the caller has long work of its own (extracting
    ///     articles, querying a store).
    public static func prepareInBackground(
        style: @autoclosure @escaping @Sendable () -> DiagramStyle = .briefing,
        fontsOnCallingThread: Bool = false
    ) {
        Graphviz.prepareInBackground(style: style, fontsOnCallingThread: fontsOnCallingThread)
    }

    /// Whether a render to `format` draws or measures its text with Pango and
    /// the installed fonts, which take most of a short process's time to load:
    /// PNG and PDF, and SVG in a font the built-in metrics lack. SVG in the
    /// style's usual font is measured from a table compiled into the binary
    /// (see `CTextLayout`), so only the former are worth `prepareInBackground`.
    public func usesSystemFonts(for format: ExportFormat) -> Bool {
        switch format {
        case .svg, .png, .pdf: TextMeasure(format: format, fontName: style.fontName) == .pango
        case .dot, .json, .graphml: false
        }
    }

    /// Waits until `prepareInBackground()`'s work is done (at once if none was started).
    public static func finishPreparation() {
        Graphviz.finishPreparation()
    }

    /// The graph in `format`: diagram bytes, or the normalised JSON for `.json`.
    ///
    /// - Throws: `RenderError` with Graphviz's own message when it fails.
    public func export(
        _ graph: ConflictGraph, as format: ExportFormat, options: RenderOptions = RenderOptions()
    ) throws(RenderError) -> [UInt8] {
        switch format {
        case .json: Array(GraphJSON.encode(graph).utf8)
        case .graphml: Array(GraphMLWriter.write(graph).utf8)
        case .dot: Array(try dot(graph, options: options).utf8)
        case .svg, .png, .pdf: try render(graph, format: format, options: options)
        }
    }

    /// The diagram as DOT, written by `agwrite` from the graph before layout.
    ///
    /// Why not the laid-out `-Tdot`: the unlaid graph is deterministic (no
    /// floating-point coordinates that vary with fonts and library versions),
    /// smaller, and re-renders anywhere with any engine (`dot -Tpng`,
    /// `sfdp -Tsvg`), keeping every style and tooltip. Its `layout` graph
    /// attribute records the engine the in-process render would use.
    public func dot(_ graph: ConflictGraph, options: RenderOptions = RenderOptions()) throws(RenderError)
        -> String
    {
        let diagram = DiagramBuilder.diagram(of: graph, style: style, options: options)
        // With the context, not just the lock: creating it declares cgraph's
        // default node label ("\\N"), which agwrite then writes. Without it a
        // fresh process would write different DOT from one that has rendered.
        return try Graphviz.withContext(measuring: .builtIn) { _ throws(RenderError) in
            let handle = try GraphvizGraph.make(
                diagram, extraGraphAttributes: [("layout", diagram.layout.rawValue)])
            defer { agclose(handle) }
            return try GraphvizGraph.write(handle)
        }
    }

    /// The laid-out diagram as SVG, PNG (at `options.dpi`) or PDF bytes.
    public func render(
        _ graph: ConflictGraph, format: ExportFormat, options: RenderOptions = RenderOptions()
    ) throws(RenderError) -> [UInt8] {
        guard RenderOptions.dpiRange.contains(options.dpi) else { throw .invalidDPI(options.dpi) }
        let diagram = DiagramBuilder.diagram(of: graph, style: style, options: options)
        let extra: [(name: String, value: String)] = format == .png ? [("dpi", String(options.dpi))] : []
        let measure = TextMeasure(format: format, fontName: style.fontName)
        return try Graphviz.withContext(measuring: measure) { context throws(RenderError) in
            let handle = try GraphvizGraph.make(diagram, extraGraphAttributes: extra)
            defer { agclose(handle) }
            let engine = diagram.layout.rawValue
            let laidOut = gvLayout(context, handle, engine)
            defer { gvFreeLayout(context, handle) }
            guard laidOut == 0 else {
                let detail = Graphviz.capturedErrors()
                throw detail.contains("not recognized")
                    ? .layoutUnavailable(engine: engine, detail: detail)
                    : .layoutFailed(engine: engine, detail: detail)
            }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let rendered = gvRenderData(context, handle, format.rawValue, &data, &length)
            defer { if let data { gvFreeRenderData(data) } }
            guard rendered == 0, let data else {
                let detail = Graphviz.capturedErrors()
                throw detail.contains("not recognized") || detail.contains("unavailable")
                    ? .rendererUnavailable(format: format.rawValue, detail: detail)
                    : .renderFailed(format: format.rawValue, detail: detail)
            }
            // The returned length, not strlen: PNG and PDF contain NUL bytes.
            return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
        }
    }
}
