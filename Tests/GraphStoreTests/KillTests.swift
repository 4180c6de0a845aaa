import Foundation
import GraphModel
import GraphStore
import Testing

/// A store survives `kill -9` in the middle of an ingest: it opens, passes
/// SQLite's integrity check, and holds exactly the articles whose transaction
/// committed, each complete. Runs `graph-store-bench` (the store's ingest path
/// with the extractor replaced by JSON graphs) as the child process.
@Suite(.serialized) struct KillTests {
    static var helper: URL? {
        let build = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [build, build.deletingLastPathComponent(), URL(fileURLWithPath: ".build/debug")] {
            let candidate = folder.appendingPathComponent("graph-store-bench")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    @Test func killingAnIngestLeavesWholeArticlesOnly() throws {
        let helper = try #require(
            Self.helper, "build graph-store-bench first: swift build --product graph-store-bench")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kill-\(UUID().uuidString)")
        let graphs = folder.appendingPathComponent("graphs").path
        let path = folder.appendingPathComponent("graph.sqlite").path
        #expect(try run(helper, ["graphs", graphs, "400", "7"]).status == 0)
        var expected: [String: Int] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: graphs) {
            let graph = try GraphJSON.decode(try Data(contentsOf: URL(fileURLWithPath: "\(graphs)/\(name)")))
            expected[graph.documents[0].id] = graph.relations.reduce(0) { $0 + $1.evidence.count }
        }
        // How long a whole ingest takes on this machine and build, so that every kill
        // lands while work remains, however fast or loaded the machine is.
        let calibration = folder.appendingPathComponent("calibration.sqlite").path
        let start = Date()
        _ = try runAndKill(helper, ["ingest", calibration, graphs], after: 120)
        let whole = Date().timeIntervalSince(start)
        var generator = SystemRandomNumberGenerator()
        var killedMidway = 0
        var previous: Set<String> = []
        for round in 0..<5 {
            let delay = Double.random(in: 0.3...0.8, using: &generator) * whole / 5
            let (done, status) = try runAndKill(helper, ["ingest", path, graphs], after: delay)
            if status != 0 { killedMidway += 1 }
            let store = try GraphStore(path: path)
            #expect(try store.integrityCheck() == ["ok"], "round \(round)")
            let graph = try store.graph()
            let stored = Set(graph.documents.map(\.id))
            // Every reported commit is there; at most one more (committed, not yet reported).
            #expect(done.isSubset(of: stored), "round \(round)")
            #expect(stored.subtracting(done).subtracting(previous).count <= 1, "round \(round)")
            #expect(previous.isSubset(of: stored), "round \(round)")
            previous = stored
            // Each stored article is whole, and no evidence belongs to an absent one.
            var sentences: [String: Int] = [:]
            for relation in graph.relations {
                for evidence in relation.evidence { sentences[evidence.document, default: 0] += 1 }
            }
            #expect(Set(sentences.keys).isSubset(of: stored))
            for id in stored { #expect(sentences[id, default: 0] == expected[id], "\(id) in round \(round)") }
        }
        #expect(killedMidway >= 1, "no run was interrupted: the kill came too late every time")
        // A last, uninterrupted run completes the store.
        _ = try runAndKill(helper, ["ingest", path, graphs], after: 120)
        #expect(try GraphStore(path: path).statistics().documents == 400)
    }

    private func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        let output = Pipe()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs the helper, sends SIGKILL after `delay` seconds unless it ended,
    /// and returns the documents it reported committed.
    private func runAndKill(_ executable: URL, _ arguments: [String], after delay: Double) throws -> (
        done: Set<String>, status: Int32
    ) {
        let process = Process()
        let output = Pipe()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(delay)
        while process.isRunning, Date() < deadline { usleep(5_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        let done = Set(lines.filter { $0.hasPrefix("done ") }.map { String($0.dropFirst(5)) })
        return (done, process.terminationReason == .uncaughtSignal ? 1 : process.terminationStatus)
    }
}
