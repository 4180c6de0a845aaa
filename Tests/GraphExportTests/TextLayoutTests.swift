import CGraphviz
import CTextLayout
import Foundation
import Testing

@testable import GraphExport

@Suite("Built-in text metrics")
struct TextLayoutTests {
    let font = DiagramStyle.briefing.fontName

    func width(_ text: String, size: Double = 12, bold: Bool = false, font: String? = nil) -> Double {
        text_layout_width(text, font ?? self.font, size, bold)
    }

    @Test("the table holds the style's font, regular and bold, and nothing else")
    func coverage() {
        #expect(text_layout_covers(font))
        #expect(text_layout_covers("dejavu sans"))
        #expect(text_layout_covers("DejaVu Sans Bold"))
        #expect(!text_layout_covers("DejaVu Sans Mono"))
        #expect(!text_layout_covers("Times-Roman"))
        #expect(width("Alep", font: "Times-Roman") < 0)
        #expect(TextMeasure(format: .svg, fontName: font) == .builtIn)
        #expect(TextMeasure(format: .svg, fontName: "Times-Roman") == .pango)
        #expect(TextMeasure(format: .png, fontName: font) == .pango)
        #expect(TextMeasure(format: .pdf, fontName: font) == .pango)
    }

    @Test("widths add up by character and scale with the size")
    func widths() {
        #expect(width("") == 0)
        let word = width("Tahrir")
        #expect(word > 20 && word < 60, "\(word)")
        #expect(abs(width("Tahrir Tahrir") - (2 * word + width(" "))) < 1e-9)
        #expect(abs(width("Tahrir", size: 24) - 2 * word) < 1e-9)
        #expect(width("iiii") < width("WWWW"))
        #expect(width("Tahrir", bold: true) > word)
        #expect(width("Tahrir", font: "\(font) Bold") == width("Tahrir", bold: true))
        // Accents, Cyrillic, Greek and Arabic are in the table; a character it
        // lacks still takes room, ideographs more than an em.
        for text in ["Région d'Alep", "Владимир", "Ελλάδα", "حلب"] {
            #expect(width(text) > 10, "\(text)")
        }
        #expect(width("中国") >= 2 * 12)
        #expect(width("a\u{200B}b") == width("ab"), "a zero-width space takes no room")
    }

    @Test("malformed UTF-8 is measured, one byte at a time, without reading past the end")
    func malformed() {
        let bytes: [UInt8] = [0x41, 0xFF, 0xC3, 0x41, 0xE2, 0x82, 0]
        let measured = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { text_layout_width($0.baseAddress, font, 12, false) }
        }
        #expect(measured > width("AA"))
    }

    /// Box widths of plaintext nodes labelled `labels`, laid out in a context that measures with `measure`.
    func boxWidths(_ labels: [String], measure: TextMeasure) throws -> [Double] {
        let nodes = labels.enumerated().map { "n\($0.offset) [label=\"\(GraphvizText.escape($0.element))\"]" }
        let source =
            "digraph { node [shape=plaintext margin=0 width=0 height=0 fontname=\"\(font)\" fontsize=12] "
            + nodes.joined(separator: "; ") + " }"
        return try Graphviz.withContext(measuring: measure) { context throws(RenderError) in
            guard let graph = agmemread(source) else {
                throw .layoutFailed(engine: "dot", detail: "agmemread")
            }
            defer { agclose(graph) }
            guard gvLayout(context, graph, "dot") == 0 else { throw .layoutFailed(engine: "dot", detail: "") }
            defer { gvFreeLayout(context, graph) }
            // Rendering DOT writes the laid-out sizes back as attributes.
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            _ = gvRenderData(context, graph, "dot", &data, &length)
            if let data { gvFreeRenderData(data) }
            return labels.indices.map { index in
                let node = "n\(index)".withCString { agnode(graph, UnsafeMutablePointer(mutating: $0), 0) }
                guard let node, let value = graph_shim_get(UnsafeMutableRawPointer(node), "width")
                else { return -1 }
                return (Double(String(cString: value)) ?? -1) * 72
            }
        }
    }

    @Test(
        "boxes come out within a few percent of Pango's for the same font",
        .enabled(
            if: FileManager.default.fileExists(atPath: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    )
    func agreesWithPango() throws {
        let labels = [
            "Hayat Tahrir al-Cham", "Observatoire syrien des droits de l'homme", "Région d'Alep — 2024",
            "Forces démocratiques syriennes", "Владимир Путин", "Coalition menée par les États-Unis",
        ]
        let builtIn = try boxWidths(labels, measure: .builtIn)
        let pango = try boxWidths(labels, measure: .pango)
        for (index, label) in labels.enumerated() {
            #expect(pango[index] > 0 && builtIn[index] > 0)
            let difference = abs(builtIn[index] - pango[index]) / pango[index]
            #expect(difference < 0.04, "\(label): \(builtIn[index]) vs \(pango[index])")
        }
    }
}
