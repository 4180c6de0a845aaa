import Foundation
import Testing

/// `graph extract` and text input to `graph export`, run as a user would.
@Suite("graph extract")
struct ExtractCommandTests {
    private static let lexicon = "Examples/custom-lexicon.yaml"

    /// A scratch directory for one test, removed afterwards by the system's tmp cleaning.
    private func scratch() throws -> String {
        let path = NSTemporaryDirectory() + "graph-extract-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("Graphs/NAME.json and .dot of each example article are what the code extracts and draws")
    func examplesUpToDate() throws {
        let articles = try FileManager.default.contentsOfDirectory(atPath: GraphRunner.root + "/Examples")
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(articles.count >= 3)
        for article in articles {
            let name = String(article.dropLast(".txt".count))
            for format in ["json", "dot"] {
                let result = try GraphRunner.run(
                    ["export", "Examples/\(article)", "--lexicon", Self.lexicon, "--format", format],
                    in: GraphRunner.root)
                #expect(result.status == 0, "\(result.stderr)")
                let committed = try String(
                    contentsOfFile: GraphRunner.root + "/Graphs/\(name).\(format)", encoding: .utf8)
                #expect(
                    result.text == committed, "Graphs/\(name).\(format) is stale: run Scripts/render-examples"
                )
            }
        }
    }

    @Test("an article gives a graph whose relations carry their sentence")
    func extractsArticle() throws {
        let directory = try scratch()
        let path = directory + "/2024-12-01-test.txt"
        try "La Russie soutient le régime syrien. Les rebelles ont pris le contrôle d'Alep.\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try GraphRunner.run(["extract", path])
        #expect(result.status == 0, "\(result.stderr)")
        let graph = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
        let documents = graph["documents"] as! [[String: Any]]
        #expect(documents.first?["id"] as? String == "2024-12-01-test")
        #expect(documents.first?["date"] as? String == "2024-12-01")
        let relations = graph["relations"] as! [[String: Any]]
        let predicates = Set(relations.map { $0["predicate"] as! String })
        #expect(predicates.isSuperset(of: ["supports", "controls"]))
        for relation in relations {
            let evidence = relation["evidence"] as! [[String: Any]]
            #expect(!evidence.isEmpty)
            #expect((evidence[0]["sentence"] as! String).contains("."))
        }
    }

    @Test("standard input is read with -")
    func readsStandardInput() throws {
        let directory = try scratch()
        let path = directory + "/in.txt"
        try "La Turquie soutient les rebelles.\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try GraphRunner.run(["extract", "-"], standardInput: path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.text.contains("\"supports\""))
    }

    @Test(
        "bad input: one line on stderr, non-zero exit, no output file",
        arguments: [
            ("empty", Data(), "the text is empty"),
            ("blank", Data("  \n\t\n".utf8), "the text is empty"),
            ("binary", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]), "binary data"),
            ("latin1", Data([0x41, 0x6C, 0x65, 0x70, 0x20, 0xE9, 0x74, 0xE9, 0x0A]), "invalid UTF-8"),
        ])
    func rejectsBadText(name: String, bytes: Data, message: String) throws {
        let directory = try scratch()
        let input = directory + "/\(name).txt"
        let output = directory + "/out.json"
        #expect(FileManager.default.createFile(atPath: input, contents: bytes))
        let result = try GraphRunner.run(["extract", input, "-o", output])
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).count == 1)
    }

    @Test("a missing file, a directory and a huge file are refused with a clear message")
    func rejectsUnreadable() throws {
        let directory = try scratch()
        let missing = try GraphRunner.run(["extract", directory + "/nope.txt"])
        #expect(missing.status != 0 && missing.stderr.contains("no such file"))
        let folder = try GraphRunner.run(["extract", directory])
        #expect(folder.status != 0 && folder.stderr.contains("is a directory"))
        // A sparse 200 MB file: refused from its size, before it is read.
        let huge = directory + "/huge.txt"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        let big = try GraphRunner.run(["extract", huge])
        #expect(big.status != 0 && big.stderr.contains("too large"), "\(big.stderr)")
    }

    @Test("a text that names nothing gives an empty graph, not an error")
    func emptyGraph() throws {
        let directory = try scratch()
        let input = directory + "/calm.txt"
        try "il pleut depuis ce matin sur la côte.\n".write(toFile: input, atomically: true, encoding: .utf8)
        let result = try GraphRunner.run(["extract", input])
        #expect(result.status == 0, "\(result.stderr)")
        let graph = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
        #expect((graph["entities"] as! [Any]).isEmpty)
        #expect((graph["relations"] as! [Any]).isEmpty)
    }

    @Test("a malformed user lexicon is refused with the field named")
    func rejectsBadLexicon() throws {
        let directory = try scratch()
        let input = directory + "/a.txt"
        try "La Russie soutient le régime syrien.\n".write(toFile: input, atomically: true, encoding: .utf8)
        let lexicon = directory + "/bad.yaml"
        try "entities:\n  - id: x\n    name: X\n    kind: militia\n".write(
            toFile: lexicon, atomically: true, encoding: .utf8)
        let result = try GraphRunner.run(["extract", input, "--lexicon", lexicon])
        #expect(result.status != 0)
        #expect(result.stderr.contains("entities[0].kind"), "\(result.stderr)")
    }

    @Test("the same article gives byte-identical JSON twice")
    func deterministic() throws {
        let path = GraphRunner.root + "/Examples/aleppo-offensive.txt"
        let first = try GraphRunner.run(["extract", path])
        let second = try GraphRunner.run(["extract", path])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
    }
}
