import Foundation
import GraphModel
import Testing

@testable import GraphExport

@Suite("Committed example renders")
struct StalenessTests {
    @Test("Graphs/*.dot and Graphs/*.json match what the code renders from Examples/*.json")
    func upToDate() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root + "/Examples")
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(!examples.isEmpty)
        for example in examples {
            let name = String(example.dropLast(".json".count))
            let graph = try GraphJSON.decode(
                Data(contentsOf: URL(fileURLWithPath: Fixtures.root + "/Examples/" + example)))
            let expected: [(String, String)] = [
                ("dot", try DiagramRenderer().dot(graph)), ("json", GraphJSON.encode(graph)),
            ]
            for (format, text) in expected {
                let path = Fixtures.root + "/Graphs/\(name).\(format)"
                let committed = try? String(contentsOfFile: path, encoding: .utf8)
                let upToDate = committed == text
                #expect(upToDate, "Graphs/\(name).\(format) is stale: run Scripts/render-examples")
            }
        }
    }
}
