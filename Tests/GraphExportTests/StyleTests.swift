import GraphModel
import Testing

@testable import GraphExport

@Suite("Diagram style")
struct StyleTests {
    @Test("actors and places differ in shape; each kind has its own fill")
    func kinds() {
        let style = DiagramStyle.briefing
        let fills = Set(EntityKind.allCases.map { style.node($0).fillColor })
        #expect(fills.count == EntityKind.allCases.count)
        for kind in EntityKind.allCases where kind.isActor { #expect(style.node(kind).shape == "box") }
        for kind in EntityKind.allCases where kind.isPlace { #expect(style.node(kind).shape != "box") }
    }

    @Test("each predicate has its own look; opposition is bold, alliance two-headed")
    func predicates() {
        let style = DiagramStyle.briefing
        #expect(Set(Predicate.allCases.map { style.edge($0).color }).count == Predicate.allCases.count)
        #expect(style.edge(.opposes).style == "bold")
        #expect(style.edge(.alliedWith).direction == "both")
        #expect(style.edge(.affiliatedWith).style == "dashed")
        #expect(style.edge(.locatedIn).style == "dotted")
    }

    @Test("edges get wider with the number of documents, up to a limit")
    func width() {
        let style = DiagramStyle.briefing
        #expect(style.width(.supports, support: 2) > style.width(.supports, support: 1))
        #expect(style.width(.supports, support: 100) == style.maximumWidth)
    }

    @Test(
        "the example's diagram: hedged edges dashed and alleged, parallel relations kept, widths by support")
    func exampleDiagram() throws {
        let graph = try Fixtures.example()
        let diagram = DiagramBuilder.diagram(of: graph)
        #expect(diagram.layout == .dot)
        let index = Dictionary(uniqueKeysWithValues: graph.entities.enumerated().map { ($1.id, "n\($0)") })
        let hedged = try #require(diagram.edges.first { $0["label"] == "supports (alleged)" })
        #expect(hedged.tail == index["turkey"] && hedged.head == index["rebels"])
        #expect(hedged["style"] == "dashed")
        #expect(hedged["color"] == DiagramStyle.briefing.edge(.supports).color + "88")
        let parallel = diagram.edges.filter { $0.tail == index["hts"] && $0.head == index["rebels"] }
        #expect(Set(parallel.compactMap { $0["label"] }) == ["leads", "allied with"])
        let twice = try #require(
            diagram.edges.first { $0.tail == index["hts"] && $0.head == index["aleppo"] })
        let once = try #require(
            diagram.edges.first { $0.tail == index["hts"] && $0.head == index["idlib_province"] })
        #expect(Double(twice["penwidth"]!)! > Double(once["penwidth"]!)!)
        let legend = try #require(diagram.clusters.first?.nodes.first)
        #expect(legend.htmlAttributes == ["label"])
        #expect(legend["label"]?.contains(">armed group<") == true)
    }

    @Test("the legend can be left out")
    func noLegend() throws {
        let graph = try Fixtures.example()
        #expect(DiagramBuilder.diagram(of: graph, options: RenderOptions(legend: false)).clusters.isEmpty)
        let svg = try DiagramRenderer().render(graph, format: .svg, options: RenderOptions(legend: false))
        let content = try #require(SVGContent.parse(svg))
        #expect(!content.texts.contains("Legend") && !content.texts.contains("armed group"))
        #expect(content.texts.contains("Saraqeb"))
    }

    @Test("edges lose their labels past the style's limit")
    func edgeLabelLimit() {
        var style = DiagramStyle.briefing
        style.edgeLabelLimit = 10
        #expect(
            DiagramBuilder.diagram(of: Fixtures.chain(11), style: style).edges.allSatisfy {
                $0["label"] != nil
            })
        let big = DiagramBuilder.diagram(of: Fixtures.chain(12), style: style)
        #expect(big.edges.allSatisfy { $0["label"] == nil && $0["tooltip"] != nil && $0["color"] != nil })
    }

    @Test("the layout defaults to dot for small graphs and sfdp for big ones")
    func automaticLayout() {
        #expect(DiagramBuilder.diagram(of: Fixtures.chain(150)).layout == .dot)
        let big = DiagramBuilder.diagram(of: Fixtures.chain(151))
        #expect(big.layout == .sfdp)
        #expect(big.graphAttributes.contains { $0.name == "overlap" && $0.value == "prism" })
        // The legend is one node: every engine draws it; only dot gets a rank for it.
        #expect(big.clusters.count == 1 && big.clusters[0].attributes.isEmpty)
        #expect(DiagramBuilder.diagram(of: Fixtures.chain(150)).clusters[0].attributes.first?.value == "sink")
        #expect(
            DiagramBuilder.diagram(of: Fixtures.chain(151), options: RenderOptions(layout: .fdp)).clusters
                .count == 1)
        #expect(
            DiagramBuilder.diagram(of: Fixtures.chain(151), options: RenderOptions(layout: .neato)).layout
                == .neato)
    }

    @Test("the title: asked for, else the graph's, else from the documents")
    func title() {
        var graph = ConflictGraph()
        #expect(DiagramBuilder.title(of: graph) == "Conflict graph")
        graph.add(Document(id: "a", title: "First article", date: "2024-11-29"))
        #expect(DiagramBuilder.title(of: graph) == "First article")
        graph.add(Document(id: "b", date: "2024-12-01"))
        #expect(DiagramBuilder.title(of: graph) == "2 articles, 2024-11-29 \u{2013} 2024-12-01")
        graph.title = "Mine"
        #expect(DiagramBuilder.title(of: graph) == "Mine")
        #expect(DiagramBuilder.title(of: graph, requested: "Asked") == "Asked")
    }
}
