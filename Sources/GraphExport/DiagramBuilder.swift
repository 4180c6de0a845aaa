import GraphModel

/// Makes the `Diagram` of a conflict graph: one node per entity, one edge per
/// relation, a legend of the kinds and predicates present, and a title.
public enum DiagramBuilder {
    /// The diagram of `graph` drawn in `style`.
    public static func diagram(
        of graph: ConflictGraph, style: DiagramStyle = .briefing, options: RenderOptions = RenderOptions()
    ) -> Diagram {
        let layout = options.layout ?? .automatic(nodeCount: graph.entities.count)
        let title = title(of: graph, requested: options.title)
        let text = GraphvizText.escape
        let tip = GraphvizText.escapeTooltip

        var ids: [String: String] = [:]
        ids.reserveCapacity(graph.entities.count)
        var nodes: [DiagramNode] = []
        nodes.reserveCapacity(graph.entities.count)
        for (index, entity) in graph.entities.enumerated() {
            let id = "n\(index)"
            ids[entity.id] = id
            let look = style.node(entity.kind)
            nodes.append(
                DiagramNode(
                    id: id,
                    attributes: [
                        ("label", text(entity.name)),
                        ("tooltip", tip(tooltip(of: entity))),
                        ("shape", look.shape),
                        ("style", look.style),
                        ("fillcolor", look.fillColor),
                        ("color", look.lineColor),
                    ]))
        }
        if graph.entities.isEmpty {
            nodes.append(
                DiagramNode(
                    id: "empty",
                    attributes: [
                        ("label", text(style.emptyNote)), ("tooltip", tip(style.emptyNote)),
                        ("shape", "plaintext"),
                        ("style", ""), ("fontcolor", style.textColor),
                    ]))
        }

        let names = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0.name) })
        var edges: [DiagramEdge] = []
        edges.reserveCapacity(graph.relations.count)
        // Past the limit, labels are unreadable and slow the layout down;
        // colours and tooltips still tell the predicates apart.
        let labelled = graph.relations.count <= style.edgeLabelLimit
        for relation in graph.relations {
            guard let tail = ids[relation.subject], let head = ids[relation.object] else { continue }
            var attributes = edgeAttributes(relation.predicate, hedged: relation.hedged, style: style)
            if !labelled { attributes.removeAll { $0.name == "label" } }
            attributes.append(
                ("penwidth", decimal(style.width(relation.predicate, support: relation.support))))
            let subject = names[relation.subject] ?? relation.subject
            let object = names[relation.object] ?? relation.object
            attributes.append(
                ("tooltip", tip(tooltip(of: relation, subject: subject, object: object, style: style))))
            edges.append(DiagramEdge(tail: tail, head: head, attributes: attributes))
        }

        // Engines without clusters would scatter the legend's pieces over the drawing.
        let legend = options.legend && layout.drawsClusters ? legend(of: graph, style: style) : nil
        return Diagram(
            layout: layout, title: title,
            graphAttributes: graphAttributes(title: text(title), layout: layout, style: style, dpi: nil),
            nodeDefaults: [
                ("fontname", style.fontName), ("fontsize", decimal(style.nodeFontSize)),
                ("margin", "0.12,0.05"),
            ],
            edgeDefaults: [
                ("fontname", style.fontName), ("fontsize", decimal(style.edgeFontSize)),
                ("fontcolor", style.textColor), ("arrowsize", "0.7"),
            ],
            nodes: nodes, edges: edges, clusters: legend.map { [$0] } ?? [])
    }

    /// The title: the one asked for, else the graph's, else one derived from its documents.
    public static func title(of graph: ConflictGraph, requested: String? = nil) -> String {
        if let requested { return requested }
        if let title = graph.title, !title.isEmpty { return title }
        switch graph.documents.count {
        case 0:
            return "Conflict graph"
        case 1:
            let document = graph.documents[0]
            return document.title ?? document.id
        default:
            let dates = graph.documents.compactMap(\.date).sorted()
            var title = "Conflict graph from \(graph.documents.count) documents"
            if let first = dates.first, let last = dates.last {
                title += first == last ? " (\(first))" : " (\(first) to \(last))"
            }
            return title
        }
    }

    /// The graph-level attributes; `dpi` only for bitmaps, so that vector
    /// output does not change with it.
    static func graphAttributes(
        title: String, layout: LayoutEngine, style: DiagramStyle, dpi: Int?
    ) -> [(name: String, value: String)] {
        var attributes: [(name: String, value: String)] = [
            ("label", title), ("labelloc", "t"), ("fontname", style.fontName),
            ("fontsize", decimal(style.titleFontSize)), ("pad", "0.3"), ("bgcolor", "white"),
            ("outputorder", "edgesfirst"),
        ]
        switch layout {
        case .dot:
            // Left to right keeps edge labels horizontal and short chains readable.
            attributes += [("rankdir", "LR"), ("nodesep", "0.3"), ("ranksep", "0.6")]
        case .neato, .fdp, .sfdp, .circo, .twopi:
            // Labels must not sit on each other.
            attributes += [("overlap", "prism"), ("sep", "+6")]
        }
        if let dpi { attributes.append(("dpi", String(dpi))) }
        return attributes
    }

    // MARK: Private

    private static func edgeAttributes(
        _ predicate: Predicate, hedged: Bool, style: DiagramStyle
    ) -> [(name: String, value: String)] {
        let look = style.edge(predicate)
        var line = look.style
        var color = look.color
        var label = predicate.label
        if hedged {
            line = line == "bold" ? "dashed,bold" : "dashed"
            color += style.hedgedAlpha
            label += style.hedgedSuffix
        }
        var attributes: [(name: String, value: String)] = [
            ("label", GraphvizText.escape(label)), ("color", color), ("style", line),
        ]
        if look.direction != "forward" { attributes.append(("dir", look.direction)) }
        return attributes
    }

    private static func tooltip(of entity: Entity) -> String {
        var lines = [entity.name, "kind: \(entity.kind.label)"]
        let others = entity.aliases.filter { $0 != entity.name }
        if !others.isEmpty { lines.append("aliases: " + others.joined(separator: "; ")) }
        lines.append("mentions: \(entity.mentions)")
        return lines.joined(separator: "\n")
    }

    private static func tooltip(of relation: Relation, subject: String, object: String, style: DiagramStyle)
        -> String
    {
        var head = "\(subject) \(relation.predicate.label) \(object)"
        if relation.hedged { head += style.hedgedSuffix }
        let support = relation.support
        var lines = [head, "stated by \(support) document\(support == 1 ? "" : "s")"]
        for item in relation.evidence {
            lines.append("[\(item.document)] \(item.sentence)")
        }
        return lines.joined(separator: "\n")
    }

    /// A boxed legend listing only the kinds and predicates the graph uses
    /// (and the hedged line style if a relation is hedged); nil for an empty graph.
    private static func legend(of graph: ConflictGraph, style: DiagramStyle) -> DiagramCluster? {
        let kinds = Set(graph.entities.map(\.kind)).sorted()
        let predicates = Set(graph.relations.map(\.predicate)).sorted()
        guard !kinds.isEmpty else { return nil }
        var nodes: [DiagramNode] = []
        var edges: [DiagramEdge] = []
        for kind in kinds {
            let look = style.node(kind)
            nodes.append(
                DiagramNode(
                    id: "legend_kind_\(kind.rawValue)",
                    attributes: [
                        ("label", GraphvizText.escape(kind.label)),
                        ("tooltip", GraphvizText.escapeTooltip("kind: \(kind.label)")),
                        ("shape", look.shape), ("style", look.style), ("fillcolor", look.fillColor),
                        ("color", look.lineColor), ("fontsize", decimal(style.edgeFontSize + 1)),
                    ]))
        }
        var entries = predicates.map { (id: $0.rawValue, predicate: $0, hedged: false) }
        if let hedged = graph.relations.first(where: \.hedged) {
            entries.append((id: "hedged", predicate: hedged.predicate, hedged: true))
        }
        for (row, entry) in entries.enumerated() {
            let ends = ["legend_\(entry.id)_from", "legend_\(entry.id)_to"]
            // An invisible edge from a kind puts the sample lines in the
            // columns right of the kinds, row by row, keeping the box compact.
            let kind = kinds[min(row, kinds.count - 1)]
            edges.append(
                DiagramEdge(
                    tail: "legend_kind_\(kind.rawValue)", head: ends[0], attributes: [("style", "invis")]))
            for end in ends {
                nodes.append(
                    DiagramNode(
                        id: end,
                        attributes: [
                            ("label", ""), ("shape", "point"), ("width", "0.06"), ("color", "#999999"),
                            ("tooltip", GraphvizText.escapeTooltip(entry.predicate.label)),
                        ]))
            }
            var attributes = edgeAttributes(entry.predicate, hedged: entry.hedged, style: style)
            attributes.append(("penwidth", decimal(style.width(entry.predicate, support: 1))))
            let meaning = entry.hedged ? "alleged (hedged) relation" : "relation: \(entry.predicate.label)"
            attributes.append(("tooltip", GraphvizText.escapeTooltip(meaning)))
            edges.append(DiagramEdge(tail: ends[0], head: ends[1], attributes: attributes))
        }
        return DiagramCluster(
            id: "cluster_legend",
            attributes: [
                ("label", GraphvizText.escape(style.legendTitle)), ("style", "rounded,filled"),
                ("fillcolor", "#F7F7F7"), ("color", "#BBBBBB"), ("fontsize", decimal(style.edgeFontSize + 2)),
                ("fontcolor", style.textColor),
            ],
            nodes: nodes, edges: edges)
    }

    /// A number with at most one decimal, the same bytes on every platform.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
