import CGraphviz
import Synchronization

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
