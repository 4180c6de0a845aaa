import CGraphviz
import Dispatch
import Foundation
import GraphModel
import Synchronization
import Testing

@testable import GraphExport

@Suite("Rendering")
struct RenderTests {
    let renderer = DiagramRenderer()

    @Test("SVG is well-formed and shows every name, legend entry and tooltip")
    func svgContent() throws {
        let graph = Fixtures.hardGraph()
        let svg = try renderer.render(graph, format: .svg)
        let content = try #require(SVGContent.parse(svg), "SVG is not well-formed XML")
        for entity in graph.entities {
            for line in entity.name.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(content.texts.contains(String(line)), "label line \(line.debugDescription) missing")
            }
            // Tabs in attributes read back as spaces (XML attribute normalisation).
            let shown = entity.name.replacingOccurrences(of: "\t", with: " ")
            let tooltip = content.titles.first { $0.hasPrefix(shown + "\nkind: ") }
            #expect(tooltip != nil, "tooltip of \(entity.name.debugDescription) missing")
        }
        for relation in graph.relations {
            let sentence =
                "[doc & \"one\"] " + relation.evidence[0].sentence.replacingOccurrences(of: "\t", with: " ")
            #expect(
                content.titles.contains { $0.contains(sentence) }, "edge tooltip \(sentence.debugDescription)"
            )
        }
        #expect(content.texts.contains("Escaping \"test\" & <check> \\"))
        for kind in Set(graph.entities.map(\.kind)) {
            #expect(content.texts.contains(kind.label), "legend kind \(kind.label) missing")
        }
        #expect(content.texts.contains("opposes"))
        #expect(!content.texts.contains("supports"), "the legend lists only the predicates present")
    }

    @Test("the example's SVG has the legend of its kinds and predicates")
    func exampleLegend() throws {
        let graph = try Fixtures.example()
        let content = try #require(SVGContent.parse(try renderer.render(graph, format: .svg)))
        for kind in Set(graph.entities.map(\.kind)) { #expect(content.texts.contains(kind.label)) }
        for predicate in Set(graph.relations.map(\.predicate)) {
            #expect(content.texts.contains(predicate.label))
        }
        #expect(content.texts.contains("supports (alleged)"))
        #expect(content.texts.contains("Aleppo offensive, late November 2024"))
    }

    @Test("PNG has its signature and grows with the resolution")
    func pngSize() throws {
        let graph = try Fixtures.example()
        let normal = try #require(Fixtures.pngSize(try renderer.render(graph, format: .png)))
        let double = try #require(
            Fixtures.pngSize(try renderer.render(graph, format: .png, options: RenderOptions(dpi: 192))))
        let print = try #require(
            Fixtures.pngSize(try renderer.render(graph, format: .png, options: RenderOptions(dpi: 300))))
        #expect(abs(Double(double.width) / Double(normal.width) - 2) < 0.02)
        #expect(abs(Double(double.height) / Double(normal.height) - 2) < 0.02)
        #expect(print.width > double.width && print.height > double.height)
    }

    @Test("PDF has its signature")
    func pdf() throws {
        let bytes = try renderer.render(try Fixtures.example(), format: .pdf)
        #expect(Array(bytes.prefix(5)) == Array("%PDF-".utf8))
        #expect(bytes.count > 1000)
    }

    @Test("a resolution out of range is refused")
    func dpiRange() throws {
        #expect(throws: RenderError.invalidDPI(20)) {
            try renderer.render(Fixtures.chain(3), format: .png, options: RenderOptions(dpi: 20))
        }
        #expect(throws: RenderError.invalidDPI(601)) {
            try renderer.render(Fixtures.chain(3), format: .png, options: RenderOptions(dpi: 601))
        }
    }

    @Test("DOT and SVG are byte-identical from one render to the next")
    func determinism() throws {
        let graph = try Fixtures.example()
        #expect(try renderer.dot(graph) == renderer.dot(graph))
        #expect(try renderer.render(graph, format: .svg) == renderer.render(graph, format: .svg))
        let hard = Fixtures.hardGraph()
        #expect(try renderer.render(hard, format: .svg) == renderer.render(hard, format: .svg))
    }

    @Test("every layout engine renders the example", arguments: LayoutEngine.allCases)
    func engines(engine: LayoutEngine) throws {
        let svg = try renderer.render(
            try Fixtures.example(), format: .svg, options: RenderOptions(layout: engine))
        let content = try #require(SVGContent.parse(svg))
        #expect(content.texts.contains("Hayat Tahrir al-Cham"))
        #expect(content.texts.contains("Legend") && content.texts.contains("armed group"))
    }

    @Test("an empty graph gives a diagram with the title and a note")
    func emptyGraph() throws {
        let svg = try renderer.render(ConflictGraph(title: "Nothing yet"), format: .svg)
        let content = try #require(SVGContent.parse(svg))
        #expect(content.texts == ["Nothing yet", "no entities"])
        #expect(try renderer.dot(ConflictGraph()).contains("no entities"))
    }

    @Test("concurrent renders from many threads are serialised and all correct")
    func threads() throws {
        let graph = try Fixtures.example()
        let expected = try renderer.render(graph, format: .svg)
        let results = Mutex<[Bool]>([])
        DispatchQueue.concurrentPerform(iterations: 12) { index in
            let format: ExportFormat = index % 3 == 0 ? .dot : .svg
            let ok: Bool
            if format == .dot {
                ok = (try? renderer.dot(graph)).map { $0.hasPrefix("digraph") } ?? false
            } else {
                ok = (try? renderer.render(graph, format: .svg)) == expected
            }
            results.withLock { $0.append(ok) }
        }
        #expect(results.withLock { $0 } == Array(repeating: true, count: 12))
    }

    @Test("Graphviz errors are captured, not printed")
    func capturedErrors() throws {
        #expect(throws: RenderError.self) { try Fixtures.readDOT("digraph { a -> ") }
        let message = try Graphviz.withContext(measuring: .builtIn) { _ throws(RenderError) in
            _ = agmemread("digraph { a -> ")
            return Graphviz.capturedErrors()
        }
        #expect(message.contains("syntax error"), "\(message)")
    }
}
