import Foundation
import GraphModel
import Testing

@testable import GraphExport

@Suite("Escaping")
struct EscapingTests {
    @Test("escape doubles backslashes, encodes & and newlines, drops control characters")
    func escapeRules() {
        #expect(GraphvizText.escape("a\\b") == "a\\\\b")
        #expect(GraphvizText.escape("trailing\\") == "trailing\\\\")
        #expect(GraphvizText.escape("AT&T") == "AT&amp;T")
        #expect(GraphvizText.escape("two\nlines") == "two\\nlines")
        #expect(GraphvizText.escape("crlf\r\nline") == "crlf\\nline")
        #expect(GraphvizText.escape("bell\u{7}tab\t\u{1B}[0m") == "belltab\t[0m")
        #expect(GraphvizText.escape("Al-Qaïda هيئة") == "Al-Qaïda هيئة")
    }

    @Test("unescape inverts escape", arguments: Fixtures.hardNames)
    func roundTrip(name: String) {
        #expect(GraphvizText.unescape(GraphvizText.escape(name)) == name)
    }

    @Test("tooltip escaping survives Graphviz's three tooltip passes", arguments: Fixtures.hardNames)
    func tooltipRoundTrip(name: String) {
        let expected = name.replacingOccurrences(of: "\t", with: " ")
        #expect(GraphvizText.unescapeTooltip(GraphvizText.escapeTooltip(name)) == expected)
        #expect(GraphvizText.escapeTooltip("a\\b") == "a\\\\\\\\b")
    }

    @Test("DOT read back by agmemread gives every name and tooltip as written")
    func dotRoundTrip() throws {
        let graph = Fixtures.hardGraph()
        let dot = try DiagramRenderer().dot(graph)
        let nodes = try Fixtures.readDOT(dot)
        for (index, entity) in graph.entities.enumerated() {
            let read = try #require(nodes["n\(index)"], "node n\(index) missing")
            #expect(read[0] == entity.name)
            let shown = entity.name.replacingOccurrences(of: "\t", with: " ")
            #expect(read[1].hasPrefix(shown + "\nkind: "))
            #expect(read[1].contains(shown + "!"))
        }
    }

    @Test("control characters are dropped, not passed into the output")
    func controlCharacters() throws {
        var graph = ConflictGraph()
        graph.add(Entity(id: "a", name: "ctrl\u{1}char\u{1B}x", kind: .city))
        let svg = try DiagramRenderer().render(graph, format: .svg)
        let content = try #require(SVGContent.parse(svg), "SVG is not well-formed")
        #expect(content.texts.contains("ctrlcharx"))
        let nodes = try Fixtures.readDOT(try DiagramRenderer().dot(graph))
        #expect(nodes["n0"]?[0] == "ctrlcharx")
    }
}
