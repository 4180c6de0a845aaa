import Foundation
import GraphExport
import GraphModel
import Testing

@Suite struct GraphMLWriterTests {
    static let networkxAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import networkx"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Two links between the same pair, awkward characters, a symmetric predicate.
    let graph: ConflictGraph = {
        var graph = ConflictGraph(title: "Syrie <nord> & \"est\"")
        graph.add(Document(id: "d1", date: "2024-01-10"))
        graph.add(
            Entity(
                id: "hts", name: "Hayat Tahrir al-Cham", kind: .armedGroup, aliases: ["HTC", "l'\"HTS\""],
                mentions: 3))
        graph.add(Entity(id: "sdf", name: "FDS <Kurdes> & alliés\u{1}", kind: .armedGroup, mentions: 2))
        graph.add(Entity(id: "alep", name: "Alep", kind: .city, mentions: 1))
        graph.add(
            Relation(
                subject: "hts", predicate: .opposes, object: "sdf",
                evidence: [
                    Evidence(
                        document: "d1", sentence: "Des combats < > & \u{0}\u{7} entre eux.", confidence: 0.75)
                ]))
        graph.add(
            Relation(
                subject: "hts", predicate: .controls, object: "alep",
                evidence: [Evidence(document: "d1", sentence: "Alep est tenue.", confidence: 0.5)],
                hedged: true))
        graph.add(Relation(subject: "sdf", predicate: .alliedWith, object: "hts"))
        graph.add(Relation(subject: "hts", predicate: .supports, object: "sdf"))
        return graph
    }()

    @Test func outputIsEscapedAndFreeOfForbiddenCharacters() {
        let xml = GraphMLWriter.write(graph)
        #expect(xml.contains("<data key=\"name\">FDS &lt;Kurdes&gt; &amp; alliés</data>"))
        #expect(xml.contains("<graph id=\"Syrie &lt;nord&gt; &amp; &quot;est&quot;\""))
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(xml.contains("<data key=\"confidence\">0.75</data>"))
        #expect(xml == GraphMLWriter.write(graph))
    }

    @Test(
        .enabled(if: networkxAvailable, "python3 with networkx is not installed: GraphML read-back skipped"))
    func networkxReadsItBackWithEveryNodeAndEdge() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "graphml-\(UUID().uuidString).graphml")
        try GraphMLWriter.write(graph).write(to: path, atomically: true, encoding: .utf8)
        let script = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1], force_multigraph=True)
            assert isinstance(g, nx.MultiDiGraph), type(g)
            print(g.number_of_nodes(), g.number_of_edges(), g.nodes["sdf"]["name"], g.nodes["hts"]["mentions"],
                  sorted(d["predicate"] for _, _, d in g.edges(data=True)))
            """
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path.path]
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(
            text.trimmingCharacters(in: .whitespacesAndNewlines)
                == "3 4 FDS <Kurdes> & alliés 3 ['allied_with', 'controls', 'opposes', 'supports']")
    }
}
