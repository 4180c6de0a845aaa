import GraphModel

/// Makes the `Diagram` of a conflict graph: one node per entity, one edge per
/// relation, a legend of the kinds and predicates present, and a title.
public enum DiagramBuilder {
    /// The diagram of `graph` drawn in `style`.
    ///
    /// Entities that take part in no relation are left out unless
    /// `options.allEntities` is set, or the graph has no relation at all (a
    /// graph of loose entities still shows them). Node ids stay `n` + the
    /// entity's index in `graph.entities`, whichever entities are shown.
    public static func diagram(
        of graph: ConflictGraph, style: DiagramStyle = .briefing, options: RenderOptions = RenderOptions()
    ) -> Diagram {
        let known = Set(graph.entities.map(\.id))
        let relations = graph.relations.filter { known.contains($0.subject) && known.contains($0.object) }
        let linked = Set(relations.flatMap { [$0.subject, $0.object] })
        let showAll = options.allEntities || linked.isEmpty
        let shown = graph.entities.enumerated().filter { showAll || linked.contains($0.element.id) }

        let layout = options.layout ?? .automatic(nodeCount: shown.count)
        let title = title(of: graph, requested: options.title)
        let text = GraphvizText.escape
        let tip = GraphvizText.escapeTooltip

        var ids: [String: String] = [:]
        ids.reserveCapacity(shown.count)
        var nodes: [DiagramNode] = []
        nodes.reserveCapacity(shown.count + 1)
        for (index, entity) in shown {
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
        edges.reserveCapacity(relations.count)
        // Past the limit, labels are unreadable and slow the layout down;
        // colours and tooltips still tell the predicates apart.
        let labelled = relations.count <= style.edgeLabelLimit
        for relation in relations {
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

        var clusters: [DiagramCluster] = []
        if options.legend,
            let legend = legend(
                kinds: shown.map(\.element.kind), relations: relations, style: style)
        {
            // A plain subgraph, not a cluster: with `dot` it holds the legend
            // on the last rank, past the drawing; other engines pack the
            // lone node beside it.
            let rank: [(name: String, value: String)] = layout == .dot ? [("rank", "sink")] : []
            clusters.append(DiagramCluster(id: "legend", attributes: rank, nodes: [legend]))
        }
        let shownTitle = text(wrap(title, width: style.titleWrapWidth))
        return Diagram(
            layout: layout, title: title,
            graphAttributes: graphAttributes(title: shownTitle, layout: layout, style: style, dpi: nil),
            nodeDefaults: [
                ("fontname", style.fontName), ("fontsize", decimal(style.nodeFontSize)),
                ("margin", "0.12,0.05"),
            ],
            edgeDefaults: [
                ("fontname", style.fontName), ("fontsize", decimal(style.edgeFontSize)),
                ("fontcolor", style.textColor), ("arrowsize", "0.7"),
            ],
            nodes: nodes, edges: edges, clusters: clusters)
    }

    /// The title: the one asked for, else the graph's, else the document's
    /// headline (or id) for one document, else the number of articles and
    /// their date range (or their ids) for several.
    public static func title(of graph: ConflictGraph, requested: String? = nil) -> String {
        if let requested { return requested }
        if let title = graph.title, !title.isEmpty { return title }
        switch graph.documents.count {
        case 0:
            return "Conflict graph"
        case 1:
            let document = graph.documents[0]
            if let title = document.title, !title.isEmpty { return title }
            return document.id
        default:
            let count = "\(graph.documents.count) articles"
            let dates = graph.documents.compactMap(\.date).filter { !$0.isEmpty }.sorted()
            if let first = dates.first, let last = dates.last {
                return first == last ? "\(count), \(first)" : "\(count), \(first) \u{2013} \(last)"
            }
            let ids = graph.documents.prefix(3).map(\.id)
            return "\(count): " + ids.joined(separator: ", ")
                + (graph.documents.count > 3 ? ", \u{2026}" : "")
        }
    }

    /// `text` broken at spaces into lines of at most `width` characters (a
    /// longer word stays whole on its own line), as even as the same number
    /// of lines allows, so that no word is left alone; line breaks kept.
    static func wrap(_ text: String, width: Int) -> String {
        guard width > 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let words = line.split(separator: " ").map(String.init)
            let lines = greedy(words, width: width)
            var best = lines
            var narrower = width - 1
            while narrower > 0 {
                let candidate = greedy(words, width: narrower)
                guard candidate.count == lines.count else { break }
                best = candidate
                narrower -= 1
            }
            return best.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    private static func greedy(_ words: [String], width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in words {
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        lines.append(current)
        return lines
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
            attributes += [
                ("rankdir", style.rankDirection), ("nodesep", decimal(style.nodeSeparation)),
                ("ranksep", decimal(style.rankSeparation)),
            ]
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

    /// The legend: one node whose HTML-like label is a small table of the
    /// entity kinds shown (each a swatch drawn like its nodes) and of the
    /// predicates drawn (a sample line in their colour and style), plus the
    /// alleged line if a relation is hedged; nil when no entity is shown.
    private static func legend(kinds: [EntityKind], relations: [Relation], style: DiagramStyle)
        -> DiagramNode?
    {
        let kinds = Set(kinds).sorted()
        guard !kinds.isEmpty else { return nil }
        let html = GraphvizText.escapeHTML
        var entries = Set(relations.map(\.predicate)).sorted().map { predicate in
            (
                line: sampleLine(predicate, style: style), color: style.edge(predicate).color,
                label: predicate.label
            )
        }
        if let hedged = relations.first(where: \.hedged) {
            let look = style.edge(hedged.predicate)
            entries.append(
                (
                    line: sampleLine(hedged.predicate, style: style, lineStyle: "dashed"),
                    color: look.color + style.hedgedAlpha, label: style.hedgedLegendLabel
                ))
        }

        var swatches = ""
        for row in stride(from: 0, to: kinds.count, by: max(style.legendKindsPerRow, 1)) {
            swatches += "<TR>"
            for kind in kinds[row..<min(row + max(style.legendKindsPerRow, 1), kinds.count)] {
                let look = style.node(kind)
                let rounded =
                    look.style.contains("rounded") || look.shape == "ellipse" ? " STYLE=\"rounded\"" : ""
                swatches +=
                    "<TD><TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"\(rounded)"
                    + " BGCOLOR=\"\(html(look.fillColor))\" COLOR=\"\(html(look.lineColor))\">"
                    + "<TR><TD>\(html(kind.label))</TD></TR></TABLE></TD>"
            }
            swatches += "</TR>"
        }
        var lines = ""
        let perRow = max(style.legendPredicatesPerRow, 1)
        for row in stride(from: 0, to: entries.count, by: perRow) {
            lines += "<TR>"
            for entry in entries[row..<min(row + perRow, entries.count)] {
                lines +=
                    "<TD ALIGN=\"RIGHT\"><FONT COLOR=\"\(html(entry.color))\">\(html(entry.line))</FONT></TD>"
                    + "<TD ALIGN=\"LEFT\">\(html(entry.label))</TD>"
            }
            lines += "</TR>"
        }
        var label =
            "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\" STYLE=\"rounded\""
            + " BGCOLOR=\"\(html(style.legendFillColor))\" COLOR=\"\(html(style.legendLineColor))\">"
            + "<TR><TD ALIGN=\"LEFT\">\(html(style.legendTitle))</TD></TR>"
            + "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"0\">"
            + swatches + "</TABLE></TD></TR>"
        if !lines.isEmpty {
            label +=
                "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
                + lines + "</TABLE></TD></TR>"
        }
        label += "</TABLE>"
        return DiagramNode(
            id: "legend",
            attributes: [
                ("label", label), ("shape", "none"), ("margin", "0"), ("style", ""),
                ("fontsize", decimal(style.legendFontSize)), ("fontcolor", style.textColor),
                ("tooltip", GraphvizText.escapeTooltip(style.legendTitle)),
            ],
            htmlAttributes: ["label"])
    }

    /// A predicate's sample line for the legend: its line style's glyphs with
    /// an arrowhead (two for a two-way predicate).
    private static func sampleLine(_ predicate: Predicate, style: DiagramStyle, lineStyle: String? = nil)
        -> String
    {
        let look = style.edge(predicate)
        let line =
            style.legendLines[lineStyle ?? look.style] ?? style.legendLines["solid"] ?? "\u{2500}\u{2500}"
        let head = "\u{25B6}"
        return look.direction == "both" ? "\u{25C0}" + line + head : line + head
    }

    /// A number with at most one decimal, the same bytes on every platform.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
