import Foundation
import GraphModel
import Testing

@testable import GraphExtraction

@Suite("Bad input and determinism")
struct InputTests {
    @Test(
        "decodeText refuses empty and blank input",
        arguments: [[], Array(" ".utf8), Array(" \n\t\r\n  ".utf8), Array("\u{00A0}\u{2003}\n".utf8)]
            as [[UInt8]])
    func empty(bytes: [UInt8]) {
        #expect(throws: ExtractionError.emptyText(source: "a.txt")) {
            try Extractor.decodeText(bytes, source: "a.txt")
        }
    }

    @Test("decodeText refuses binary data")
    func binary() {
        let bytes = Array("Alep est tombée.".utf8) + [0, 0, 1] + Array("suite".utf8)
        #expect(throws: ExtractionError.notText(source: "b.bin", detail: "binary data")) {
            try Extractor.decodeText(bytes, source: "b.bin")
        }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]
        #expect(throws: ExtractionError.notText(source: "i.png", detail: "binary data")) {
            try Extractor.decodeText(png, source: "i.png")
        }
    }

    @Test(
        "decodeText refuses invalid UTF-8",
        arguments: [[0x41, 0xC3, 0x28], [0x48, 0xE9, 0x6C, 0x61], [0xFF, 0xFE, 0x41], [0x61, 0xE2, 0x82]]
            as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) {
        #expect(throws: ExtractionError.notText(source: "c.txt", detail: "invalid UTF-8")) {
            try Extractor.decodeText(bytes, source: "c.txt")
        }
    }

    @Test("decodeText returns the text of valid UTF-8 with tabs, line breaks and accents")
    func valid() throws {
        let text = "Frappes sur Kherson\r\n\tLes habitants fuient.\u{0C}Fin."
        #expect(try Extractor.decodeText(Array(text.utf8), source: "d.txt") == text)
        #expect(
            ExtractionError.notText(source: "c.txt", detail: "invalid UTF-8").description.contains("c.txt"))
    }

    @Test(
        "texts with nothing to find give an empty graph holding the document",
        arguments: [
            "Il pleut sur la côte depuis trois jours et les routes sont coupées.",
            "... !!! ??? ,,, — « » ; : ( ) [ ] …",
            "\n\n\n",
            "12 345 678 90 % 3,5",
        ])
    func nothingToFind(text: String) {
        let graph = sharedExtractor.extract(text: text, document: Document(id: "vide"))
        #expect(graph.entities.isEmpty)
        #expect(graph.relations.isEmpty)
        #expect(graph.documents.map(\.id) == ["vide"])
    }

    @Test("a very long line without punctuation is read without trouble")
    func longLine() throws {
        let filler = Array(
            repeating: "les habitants de la région attendent toujours des nouvelles", count: 400
        )
        .joined(separator: " ")
        let text = "HTS a pris le contrôle de Saraqeb " + filler + " et la Russie soutient le régime syrien"
        let extracted = Extracted(text)
        #expect(extracted.entity("HTS") != nil)
        #expect(extracted.entity("Saraqeb") != nil)
        let relation = try #require(extracted.relation("HTS", .controls, "Saraqeb"))
        #expect(relation.evidence.first?.start == 0)
        #expect(relation.evidence.first?.end == text.unicodeScalars.count)
    }

    @Test("extracting the same text twice gives byte-identical JSON")
    func determinism() throws {
        let text = """
            Offensive éclair dans le nord-ouest
            HTS et ses alliés ont lancé une offensive contre l'armée syrienne. La Russie soutient le régime syrien, \
            selon l'OSDH. Des frappes russes sur Idleb ont fait douze morts. Alep, deuxième ville de Syrie, est \
            tombée aux mains des rebelles. Le directeur de l'OSDH, Rami Abdel Rahmane, parle d'une déroute.
            L'Iran, accusé de soutenir le régime, dément. Damas dénonce une agression.
            """
        let first = GraphJSON.encode(sharedExtractor.extract(text: text, document: Document(id: "a")))
        let second = GraphJSON.encode(sharedExtractor.extract(text: text, document: Document(id: "a")))
        let fresh = GraphJSON.encode(try Extractor().extract(text: text, document: Document(id: "a")))
        #expect(first == second)
        #expect(first == fresh)
        let graph = try GraphJSON.decode(Data(first.utf8))
        #expect(graph.relations.count >= 5)
        #expect(GraphJSON.encode(graph) == first)
    }
}
