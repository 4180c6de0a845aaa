import CGraphviz

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds the cgraph graph of a `Diagram` directly (no DOT text round trip)
/// and writes graphs as DOT. Every function must run inside
/// `Graphviz.withContext`; the caller owns the graph and must `agclose` it.
enum GraphvizGraph {
    /// A new graph holding every node, edge, cluster and attribute of `diagram`.
    static func make(
        _ diagram: Diagram, extraGraphAttributes: [(name: String, value: String)] = []
    ) throws(RenderError) -> UnsafeMutablePointer<Agraph_t> {
        guard let graph = graph_shim_open("conflict") else {
            throw .graphvizUnavailable(detail: "agopen failed: \(Graphviz.capturedErrors())")
        }
        var symbols = Symbols(graph: graph)
        for (name, value) in diagram.graphAttributes + extraGraphAttributes {
            symbols.declare(AGRAPH, name, value)
        }
        for (name, value) in diagram.nodeDefaults { symbols.declare(AGNODE, name, value) }
        for (name, value) in diagram.edgeDefaults { symbols.declare(AGEDGE, name, value) }

        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        nodes.reserveCapacity(diagram.nodes.count)
        func addNodes(_ list: [DiagramNode], to owner: UnsafeMutablePointer<Agraph_t>) {
            for item in list {
                guard let node = graph_shim_node(owner, item.id) else { continue }
                nodes[item.id] = node
                for (name, value) in item.attributes {
                    let symbol = symbols.symbol(AGNODE, name)
                    if item.htmlAttributes.contains(name) {
                        setHTML(UnsafeMutableRawPointer(node), symbol, value, in: graph)
                    } else {
                        _ = graph_shim_set(UnsafeMutableRawPointer(node), symbol, value)
                    }
                }
            }
        }
        func addEdges(_ list: [DiagramEdge], to owner: UnsafeMutablePointer<Agraph_t>) {
            for item in list {
                guard let tail = nodes[item.tail], let head = nodes[item.head],
                    let edge = graph_shim_edge(owner, tail, head)
                else { continue }
                for (name, value) in item.attributes {
                    _ = graph_shim_set(UnsafeMutableRawPointer(edge), symbols.symbol(AGEDGE, name), value)
                }
            }
        }

        addNodes(diagram.nodes, to: graph)
        addEdges(diagram.edges, to: graph)
        for cluster in diagram.clusters {
            guard let subgraph = graph_shim_subgraph(graph, cluster.id) else { continue }
            for (name, value) in cluster.attributes {
                _ = graph_shim_set(UnsafeMutableRawPointer(subgraph), symbols.symbol(AGRAPH, name), value)
            }
            addNodes(cluster.nodes, to: subgraph)
            addEdges(cluster.edges, to: subgraph)
        }
        return graph
    }

    /// Sets an HTML-like label: the string made by `agstrdup_html` carries the
    /// HTML mark; `agxset` takes its own reference, so ours is freed at once.
    private static func setHTML(
        _ object: UnsafeMutableRawPointer, _ symbol: UnsafeMutablePointer<Agsym_t>, _ markup: String,
        in graph: UnsafeMutablePointer<Agraph_t>
    ) {
        var bytes = Array(markup.utf8CString)
        guard let html = bytes.withUnsafeMutableBufferPointer({ agstrdup_html(graph, $0.baseAddress) }) else {
            return
        }
        defer { agstrfree(graph, html) }
        _ = agxset(object, symbol, html)
    }

    /// The graph as DOT text, as `agwrite` writes it (through a memory stream).
    static func write(_ graph: UnsafeMutablePointer<Agraph_t>) throws(RenderError) -> String {
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw .graphvizUnavailable(detail: "open_memstream failed (errno \(errno))")
        }
        let status = agwrite(graph, UnsafeMutableRawPointer(stream))
        fclose(stream)
        defer { free(buffer) }
        guard status == 0, let buffer else {
            throw .renderFailed(format: "dot", detail: Graphviz.capturedErrors())
        }
        return String(decoding: UnsafeRawBufferPointer(start: buffer, count: size), as: UTF8.self)
    }

    /// Attribute symbols declared once per graph, so that each value is set
    /// with `agxset` rather than looked up by name.
    private struct Symbols {
        let graph: UnsafeMutablePointer<Agraph_t>
        private var table: [Int32: [String: UnsafeMutablePointer<Agsym_t>]] = [:]

        init(graph: UnsafeMutablePointer<Agraph_t>) { self.graph = graph }

        /// Declares `name` for every object of `kind` with a default value.
        mutating func declare(_ kind: Int32, _ name: String, _ value: String) {
            table[kind, default: [:]][name] = graph_shim_declare(graph, kind, name, value)
        }

        /// The symbol of `name`, declared with an empty default on first use.
        mutating func symbol(_ kind: Int32, _ name: String) -> UnsafeMutablePointer<Agsym_t> {
            if let known = table[kind]?[name] { return known }
            // An attribute declared with a value (a graph attribute the
            // clusters override) keeps it; only unknown names get "".
            let symbol = graph_shim_lookup(graph, kind, name) ?? graph_shim_declare(graph, kind, name, "")!
            table[kind, default: [:]][name] = symbol
            return symbol
        }
    }
}
