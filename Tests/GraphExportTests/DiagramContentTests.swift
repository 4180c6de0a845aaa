import GraphModel
import Testing

@testable import GraphExport

@Suite("Diagram content")
struct DiagramContentTests {
    let renderer = DiagramRenderer()

    /// HTS controls Alep and opposes the regime; Guterres and Genève take part in nothing.
    static func graphWithLoners() -> ConflictGraph {
        var graph = ConflictGraph(title: "Loners")
        graph.add(Entity(id: "alep", name: "Alep", kind: .city))
        graph.add(Entity(id: "geneve", name: "Genève", kind: .city))
        graph.add(Entity(id: "guterres", name: "Antonio Guterres", kind: .person))
        graph.add(Entity(id: "hts", name: "HTS", kind: .armedGroup))
        graph.add(Entity(id: "regime", name: "régime", kind: .government))
        graph.add(Relation(subject: "hts", predicate: .controls, object: "alep"))
        graph.add(Relation(subject: "hts", predicate: .opposes, object: "regime", hedged: true))
        return graph
    }

    /// Every kind and predicate label the legend could show.
    static let legendWords = Set(EntityKind.allCases.map(\.label) + Predicate.allCases.map(\.label))

    @Test(
        "the legend lists exactly the kinds shown and the predicates drawn", arguments: LayoutEngine.allCases)
    func legendContent(engine: LayoutEngine) throws {
        let svg = try renderer.render(
            Self.graphWithLoners(), format: .svg, options: RenderOptions(layout: engine))
        let content = try #require(SVGContent.parse(svg))
        #expect(content.texts.contains("Legend"))
        #expect(content.texts.contains("alleged"))
        // Edge labels say "controls" and "opposes (alleged)"; the legend alone says "opposes".
        #expect(
            Self.legendWords.intersection(content.texts)
                == ["city", "armed group", "government", "controls", "opposes"])
        #expect(content.titles.contains("Legend"))
        #expect(content.texts.filter { $0 == "city" }.count == 1, "one entry per kind")
    }

    @Test("the legend's HTML label escapes its text")
    func legendEscaping() throws {
        var style = DiagramStyle.briefing
        style.legendTitle = "Key <b> & \"x\""
        let svg = try DiagramRenderer(style: style).render(Self.graphWithLoners(), format: .svg)
        let content = try #require(SVGContent.parse(svg), "SVG is not well-formed")
        #expect(content.texts.contains("Key <b> & \"x\""))
        let dot = try DiagramRenderer(style: style).dot(Self.graphWithLoners())
        #expect(dot.contains("Key &lt;b&gt; &amp; &quot;x&quot;"))
        #expect(dot.contains("label=<<TABLE"), "written as an HTML-like label")
    }

    @Test("entities in no relation are hidden by default and shown on request")
    func isolatedEntities() throws {
        let graph = Self.graphWithLoners()
        let names = graph.entities.map(\.name)
        func shown(_ options: RenderOptions) -> [String] {
            DiagramBuilder.diagram(of: graph, options: options).nodes.compactMap { node in
                node.id.hasPrefix("n") ? names[Int(node.id.dropFirst())!] : nil
            }
        }
        #expect(shown(RenderOptions()) == ["Alep", "HTS", "régime"])
        #expect(shown(RenderOptions(allEntities: true)) == names)
        // Node ids stay tied to the entity's index, hidden entities or not.
        #expect(DiagramBuilder.diagram(of: graph).nodes.map(\.id) == ["n0", "n3", "n4"])

        let hidden = try #require(SVGContent.parse(try renderer.render(graph, format: .svg)))
        #expect(!hidden.texts.contains("Genève") && !hidden.texts.contains("Antonio Guterres"))
        #expect(!hidden.texts.contains("person"), "the legend leaves out the hidden kinds")
        let all = try #require(
            SVGContent.parse(
                try renderer.render(graph, format: .svg, options: RenderOptions(allEntities: true))))
        #expect(all.texts.contains("Genève") && all.texts.contains("Antonio Guterres"))
        #expect(all.texts.contains("person"))
    }

    @Test("a graph with no relation shows its entities anyway")
    func noRelation() throws {
        var graph = ConflictGraph(title: "Only names")
        graph.add(Entity(id: "a", name: "Alep", kind: .city))
        graph.add(Entity(id: "b", name: "HTS", kind: .armedGroup))
        #expect(DiagramBuilder.diagram(of: graph).nodes.map(\.id) == ["n0", "n1"])
        let content = try #require(SVGContent.parse(try renderer.render(graph, format: .svg)))
        #expect(content.texts.contains("Alep") && content.texts.contains("HTS"))
        #expect(!content.texts.contains("no entities"))
    }

    @Test("the title of one article is its headline; of several, their number and dates or ids")
    func documentTitles() {
        var one = ConflictGraph()
        one.add(Document(id: "2024-11-30-alep", title: "HTS prend Alep", date: "2024-11-30"))
        #expect(DiagramBuilder.diagram(of: one).title == "HTS prend Alep")
        #expect(DiagramBuilder.title(of: one, requested: "Mine") == "Mine")

        var untitled = ConflictGraph()
        untitled.add(Document(id: "dispatch-7"))
        #expect(DiagramBuilder.title(of: untitled) == "dispatch-7")

        var dated = ConflictGraph()
        dated.add(Document(id: "c", date: "2024-12-02"))
        dated.add(Document(id: "a", date: "2024-11-28"))
        dated.add(Document(id: "b"))
        #expect(DiagramBuilder.title(of: dated) == "3 articles, 2024-11-28 \u{2013} 2024-12-02")

        var sameDay = ConflictGraph()
        sameDay.add(Document(id: "a", date: "2024-11-28"))
        sameDay.add(Document(id: "b", date: "2024-11-28"))
        #expect(DiagramBuilder.title(of: sameDay) == "2 articles, 2024-11-28")

        var undated = ConflictGraph()
        for id in ["d1", "d2", "d3", "d4"] { undated.add(Document(id: id)) }
        #expect(DiagramBuilder.title(of: undated) == "4 articles: d1, d2, d3, \u{2026}")
        undated = ConflictGraph()
        for id in ["d1", "d2"] { undated.add(Document(id: id)) }
        #expect(DiagramBuilder.title(of: undated) == "2 articles: d1, d2")
    }

    @Test("long titles wrap into even lines; the shown title keeps every word")
    func titleWrap() throws {
        let headline =
            "Soudan : après dix-huit mois de siège, El-Facher tombe aux mains des paramilitaires"
        let wrapped = DiagramBuilder.wrap(headline, width: 70)
        let lines = wrapped.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.count <= 70 })
        #expect(abs(lines[0].count - lines[1].count) < 12, "\(lines)")
        #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == headline)
        #expect(DiagramBuilder.wrap("Short title", width: 70) == "Short title")
        #expect(DiagramBuilder.wrap("a\nb", width: 70) == "a\nb")

        var graph = Self.graphWithLoners()
        graph.title = headline
        let content = try #require(SVGContent.parse(try renderer.render(graph, format: .svg)))
        #expect(content.texts.contains(String(lines[0])) && content.texts.contains(String(lines[1])))
    }

    @Test("the legend keeps DOT and SVG deterministic")
    func determinism() throws {
        let graph = Self.graphWithLoners()
        #expect(try renderer.dot(graph) == renderer.dot(graph))
        #expect(try renderer.render(graph, format: .svg) == renderer.render(graph, format: .svg))
    }
}
