import CGraphviz
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
/// The `GVC_t` context is created once, on first use, and reused: each
/// `gvContext`/`gvFreeContext` pair leaks a few kilobytes inside the library.
enum Graphviz {
    /// The lock's value is the context, created lazily under the lock.
    private static let context = Mutex<Context>(Context())

    /// Graphviz's messages of the current call, in the pieces its error
    /// handler receives them. Only touched while `context` is locked: the
    /// handler runs inside Graphviz calls made under the lock.
    nonisolated(unsafe) private static var messages = ""

    /// Runs `body` with the process-wide context, holding the lock, with
    /// Graphviz's messages captured instead of printed on stderr.
    static func withContext<Result: Sendable>(
        _ body: (_ context: OpaquePointer) throws(RenderError) -> Result
    ) throws(RenderError) -> Result {
        try context.withLock { (context: inout Context) throws(RenderError) -> Result in
            if context.pointer == nil {
                // Messages go to the handler below, never to stderr.
                _ = agseterrf(Graphviz.collect)
                _ = agseterr(AGWARN)
                context.pointer = gvContext()
            }
            guard let pointer = context.pointer else {
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

    /// Creates the context and loads the plugins a render needs (dot layout,
    /// SVG renderer, Pango text layout, fontconfig) on a plain thread of its
    /// own, so that a short-lived process overlaps this start-up cost (most
    /// of a small render) with its own argument parsing and input reading.
    /// Renders wait for it through the lock. Call `finishPreparation` before
    /// the process exits: exiting while Graphviz runs on another thread can
    /// crash in its library destructors.
    static func prepareInBackground() {
        preparation.withLock { thread in
            guard thread == nil else { return }
            var created = pthread_t()
            let status = pthread_create(
                &created, nil,
                { _ in
                    Graphviz.warmUp()
                    return nil
                }, nil)
            if status == 0 { thread = created }
        }
    }

    /// Waits for `prepareInBackground`'s thread, if one is running.
    static func finishPreparation() {
        if let thread = preparation.withLock({ thread in
            defer { thread = nil }
            return thread
        }) {
            pthread_join(thread, nil)
        }
    }

    /// Lays out and renders a one-node graph, ignoring any failure (the real
    /// render will report it).
    private static func warmUp() {
        _ = try? withContext { context throws(RenderError) -> Bool in
            guard let graph = graph_shim_open("warm-up") else { return false }
            defer { agclose(graph) }
            _ = graph_shim_declare(graph, AGNODE, "fontname", DiagramStyle.briefing.fontName)
            _ = graph_shim_node(graph, "Alep")
            guard gvLayout(context, graph, LayoutEngine.dot.rawValue) == 0 else { return false }
            defer { gvFreeLayout(context, graph) }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let status = gvRenderData(context, graph, ExportFormat.svg.rawValue, &data, &length)
            if let data { gvFreeRenderData(data) }
            return status == 0
        }
    }

    /// Holds the context pointer; only reachable through the lock.
    struct Context: ~Copyable {
        var pointer: OpaquePointer?
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
