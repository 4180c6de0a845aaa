import CGraphviz
import CStartup
import CTextLayout
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one serial owner of Graphviz in the process.
///
/// Graphviz keeps global state (the error handler, the parser, plugin
/// bookkeeping) and is not thread-safe, so every call into it, from any
/// thread, goes through `withContext`, which holds one process-wide lock.
/// The API is synchronous on purpose: a layout can take seconds and must not
/// occupy a thread of Swift's cooperative pool; async callers should hop to
/// a thread of their own first.
///
/// Each `GVC_t` context is created once, on first use, and reused: each
/// `gvContext`/`gvFreeContext` pair leaks a few kilobytes inside the library.
/// There are two, one per way of measuring text (`TextMeasure`), since
/// Graphviz chooses its text layout when a context is created.
enum Graphviz {
    /// The lock's value is the context, created lazily under the lock.
    private static let context = Mutex<Context>(Context())

    /// Graphviz's messages of the current call, in the pieces its error
    /// handler receives them. Only touched while `context` is locked: the
    /// handler runs inside Graphviz calls made under the lock.
    nonisolated(unsafe) private static var messages = ""

    /// Runs `body` with the process-wide context that measures text with
    /// `measure`, holding the lock, with Graphviz's messages captured instead
    /// of printed on stderr.
    static func withContext<Result: Sendable>(
        measuring measure: TextMeasure,
        _ body: (_ context: OpaquePointer) throws(RenderError) -> Result
    ) throws(RenderError) -> Result {
        // Waiting here rather than on the lock: the lock spins while its
        // owner runs, taking a CPU from the preparation and the threads Pango
        // starts for it.
        finishPreparation()
        return try context.withLock { (context: inout Context) throws(RenderError) -> Result in
            if context.pangoPointer == nil && context.builtInPointer == nil {
                // Messages go to the handler below, never to stderr.
                _ = agseterrf(Graphviz.collect)
                _ = agseterr(AGWARN)
            }
            let pointer: OpaquePointer?
            switch measure {
            case .pango:
                if context.pangoPointer == nil { context.pangoPointer = gvContext() }
                pointer = context.pangoPointer
            case .builtIn:
                if context.builtInPointer == nil {
                    // The built-in plugin first, then the installed ones
                    // (layouts, renderers) loaded when first used.
                    let builtins = text_layout_builtins().assumingMemoryBound(to: lt_symlist_t.self)
                    context.builtInPointer = gvContextPlugins(builtins, 1)
                }
                pointer = context.builtInPointer
            }
            guard let pointer else {
                throw RenderError.graphvizUnavailable(detail: "gvContext() failed")
            }
            messages = ""
            defer { messages = "" }
            return try body(pointer)
        }
    }

    /// The handler given to `agseterrf`: capture-free, so it converts to a C
    /// function pointer, and only called under the lock.
    private static let collect: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { piece in
        guard let piece else { return 0 }
        Graphviz.messages += String(cString: piece)
        return 0
    }

    /// The Graphviz errors captured since the current `withContext` began,
    /// joined on one line; warnings are left out.
    static func capturedErrors() -> String {
        var errors: [String] = []
        var current = ""
        for line in messages.split(separator: "\n", omittingEmptySubsequences: true) {
            let text = line.trimmingWhitespace()
            if text.hasPrefix("Error:") {
                if !current.isEmpty { errors.append(current) }
                current = text.dropFirst("Error:".count).trimmingWhitespace()
            } else if text.hasPrefix("Warning:") {
                if !current.isEmpty { errors.append(current) }
                current = ""
            } else if !current.isEmpty {
                current += " " + text
            }
        }
        if !current.isEmpty { errors.append(current) }
        return errors.joined(separator: "; ")
    }

    /// The background thread of `prepareInBackground`, until joined.
    private static let preparation = Mutex<pthread_t?>(nil)

    /// Creates the Pango context, loads the plugins a render needs (dot
    /// layout, renderers, Pango text layout) and `style`'s font at each of its
    /// sizes on a plain thread of its own, so that a short-lived process overlaps this
    /// start-up cost (most of a small render) with its own argument parsing
    /// and input reading. Renders wait for it. Call `finishPreparation` before
    /// the process exits: exiting while Graphviz runs on another thread can
    /// crash in its library destructors.
    ///
    /// With `fontsOnCallingThread`, the caller then loads fontconfig's
    /// configuration while the thread loads the plugins.
    static func prepareInBackground(
        style: @escaping @Sendable () -> DiagramStyle, fontsOnCallingThread: Bool
    ) {
        // dlopen holds the dynamic loader's lock for as long as it loads, and
        // the thread's first 4 ms or so load Graphviz's Pango plugin and its
        // dozens of libraries: fontconfig's library is opened first, or its
        // loading would wait for all of that.
        if fontsOnCallingThread { _ = startup_open_fontconfig() }
        preparation.withLock { thread in
            guard thread == nil else { return }
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            // Linux starts a new thread on its creator's CPU and moves it to an
            // idle one only at the next load balancing, up to a 4 ms tick
            // later: until then it waits for the caller to be preempted.
            _ = startup_place_elsewhere(&attributes)
            let warmUp = Unmanaged.passRetained(WarmUp(style: style)).toOpaque()
            var created = pthread_t()
            let status = pthread_create(
                &created, &attributes,
                { warmUp in
                    // Only a starting place: from here the scheduler may move
                    // the thread, and the threads Pango starts, anywhere.
                    startup_release_placement()
                    Unmanaged<WarmUp>.fromOpaque(warmUp!).takeRetainedValue().run()
                    return nil
                }, warmUp)
            if status == 0 {
                thread = created
            } else {
                Unmanaged<WarmUp>.fromOpaque(warmUp).release()
            }
        }
        if fontsOnCallingThread { _ = Fontconfig.loaded }
    }

    /// Waits for `prepareInBackground`'s thread, if one is running and it is
    /// not the caller.
    static func finishPreparation() {
        let running = preparation.withLock { thread -> pthread_t? in
            guard let current = thread, pthread_equal(current, pthread_self()) == 0 else { return nil }
            thread = nil
            return current
        }
        if let running { pthread_join(running, nil) }
    }

    /// The preparation thread's work: a graph with a node in the style's
    /// font at each of its sizes, laid out and rendered, ignoring any failure
    /// (the real render will report it). Pango matches and loads a font once
    /// per family and size: a warm-up at other sizes than the diagram's would
    /// leave that work to the render.
    private final class WarmUp {
        /// Read on the preparation thread: building the style costs time too
        /// (Swift's first uses of its types), and the caller's thread is the
        /// one that must start the preparation soonest.
        let style: @Sendable () -> DiagramStyle

        init(style: @escaping @Sendable () -> DiagramStyle) { self.style = style }

        func run() {
            _ = try? Graphviz.withContext(measuring: .pango) { context throws(RenderError) -> Bool in
                // Pango starts fontconfig on its first text, in a thread of its
                // own; if the caller is loading it meanwhile, fontconfig would
                // load a second copy of its configuration. This waits for
                // that load instead, or does it here.
                _ = Fontconfig.loaded
                let style = style()
                let sizes = [
                    style.titleFontSize, style.nodeFontSize, style.edgeFontSize, style.legendFontSize,
                ]
                guard let graph = graph_shim_open("warm-up") else { return false }
                defer { agclose(graph) }
                _ = graph_shim_declare(graph, AGNODE, "fontname", style.fontName)
                guard let size = graph_shim_declare(graph, AGNODE, "fontsize", "14") else { return false }
                for (index, points) in Set(sizes.map(DiagramBuilder.decimal)).sorted().enumerated() {
                    guard let node = graph_shim_node(graph, "n\(index)") else { continue }
                    _ = graph_shim_set(UnsafeMutableRawPointer(node), size, points)
                }
                guard gvLayout(context, graph, LayoutEngine.dot.rawValue) == 0 else { return false }
                defer { gvFreeLayout(context, graph) }
                var data: UnsafeMutablePointer<CChar>?
                var length: UInt32 = 0
                let status = gvRenderData(context, graph, ExportFormat.svg.rawValue, &data, &length)
                if let data { gvFreeRenderData(data) }
                return status == 0
            }
        }
    }

    /// Holds the context pointers; only reachable through the lock.
    struct Context: ~Copyable {
        var pangoPointer: OpaquePointer?
        var builtInPointer: OpaquePointer?
    }
}

/// How a Graphviz context measures the text it sizes boxes for.
enum TextMeasure: Sendable {
    /// With Pango and the fonts installed: needed to draw text (PNG, PDF) and
    /// for fonts the built-in table lacks. Loads some thirty libraries and
    /// fontconfig's configuration on first use.
    case pango
    /// With the widths compiled into `CTextLayout` (the style's font): enough
    /// for SVG and DOT, where the viewer draws the text, and the same on
    /// every machine.
    case builtIn

    /// The measure a render of `format` with text in `fontName` needs.
    init(format: ExportFormat, fontName: String) {
        self = format == .svg && text_layout_covers(fontName) ? .builtIn : .pango
    }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

/// fontconfig's configuration, which Graphviz's Pango text layout uses.
enum Fontconfig {
    /// Whether it loaded. The first access loads it (its XML files and font
    /// caches: 3 to 4 ms); a concurrent access waits for that load, as
    /// Swift's lazy globals do.
    static let loaded: Bool = startup_load_fontconfig()
}
