import CGraphviz
import GraphModel

@testable import GraphExport

#if canImport(FoundationXML)
    import Foundation
    import FoundationXML
#else
    import Foundation
#endif

/// Shared inputs and readers for the export tests.
enum Fixtures {
    /// The repository root, from this file's path.
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    /// Names that break naive escaping in DOT, SVG or labels.
    static let hardNames = [
        "He said \"no\"", "C:\\path\\to", "ends with backslash\\", "{braces} [brackets] |bar|",
        "<b>bold</b> & co", "&amp; literal entity", "two\nlines", "Al-Qaïda à Saraqeb, l'été",
        "هيئة تحرير الشام", "\\N \\G \\E \\l escapes", "tab\there", "flag 🇸🇾", "a -> b; c -- d", "node",
        "strict graph", "x=1, y=2", "&#9; numeric entity", "C:\\new\\line",
    ]

    /// A graph whose entity names, aliases and evidence are the hard names.
    static func hardGraph() -> ConflictGraph {
        var graph = ConflictGraph(title: "Escaping \"test\" & <check> \\")
        graph.add(Document(id: "doc & \"one\""))
        for (index, name) in hardNames.enumerated() {
            let kind = EntityKind.allCases[index % EntityKind.allCases.count]
            graph.add(
                Entity(id: "e\(String(format: "%02d", index))", name: name, kind: kind, aliases: [name + "!"])
            )
        }
        for index in 1..<hardNames.count {
            graph.add(
                Relation(
                    subject: "e\(String(format: "%02d", index - 1))", predicate: .opposes,
                    object: "e\(String(format: "%02d", index))",
                    evidence: [Evidence(document: "doc & \"one\"", sentence: "Because " + hardNames[index])]))
        }
        return graph
    }

    /// The hand-written example graph.
    static func example() throws -> ConflictGraph {
        try GraphJSON.decode(
            Data(contentsOf: URL(fileURLWithPath: root + "/Examples/aleppo-offensive-graph.json")))
    }

    /// A synthetic graph of `count` entities in a chain with a few cross links.
    static func chain(_ count: Int) -> ConflictGraph {
        var graph = ConflictGraph(title: "Chain")
        for index in 0..<count {
            graph.add(
                Entity(id: "e\(index)", name: "Entity \(index)", kind: index % 3 == 0 ? .city : .armedGroup))
        }
        for index in 1..<max(count, 1) {
            graph.add(Relation(subject: "e\(index - 1)", predicate: .supports, object: "e\(index)"))
        }
        return graph
    }

    /// PNG width and height from the IHDR chunk.
    static func pngSize(_ bytes: [UInt8]) -> (width: Int, height: Int)? {
        guard bytes.count > 24, Array(bytes[0..<8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
            Array(bytes[12..<16]) == Array("IHDR".utf8)
        else { return nil }
        func integer(_ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        return (integer(16), integer(20))
    }

    /// Node labels and tooltips read back from DOT text with `agmemread`, unescaped, by node id.
    static func readDOT(_ text: String) throws -> [String: [String]] {
        try Graphviz.withContext(measuring: .builtIn) { _ throws(RenderError) in
            guard let graph = agmemread(text) else {
                throw RenderError.renderFailed(
                    format: "dot", detail: "agmemread: \(Graphviz.capturedErrors())")
            }
            defer { agclose(graph) }
            var result: [String: [String]] = [:]
            var node = agfstnode(graph)
            while let current = node {
                let id = String(cString: agnameof(UnsafeMutableRawPointer(current)))
                let values = ["label", "tooltip"].map { (name: String) -> String in
                    graph_shim_get(UnsafeMutableRawPointer(current), name).map { String(cString: $0) } ?? ""
                }
                result[id] = [GraphvizText.unescape(values[0]), GraphvizText.unescapeTooltip(values[1])]
                node = agnxtnode(graph, current)
            }
            return result
        }
    }
}

/// What an SVG holds for a reader: its text lines and tooltips, after XML parsing.
final class SVGContent: NSObject, XMLParserDelegate {
    private(set) var texts: [String] = []
    private(set) var titles: [String] = []
    private(set) var error: String?
    private var current: String?

    /// Parses `bytes`; nil when they are not well-formed XML.
    static func parse(_ bytes: [UInt8]) -> SVGContent? {
        let content = SVGContent()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = content
        guard parser.parse(), content.error == nil else { return nil }
        return content
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if elementName == "text" { current = "" }
        if let title = attributes["xlink:title"] { titles.append(title) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
        if elementName == "text", let text = current {
            texts.append(text)
            current = nil
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        error = "\(parseError)"
    }
}
