import Foundation
import Synchronization

/// Runs the built `graph` executable as a user would.
struct GraphRunner {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The repository root, from this file's path.
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    static let example = root + "/Examples/aleppo-offensive-graph.json"

    /// The `graph` binary next to the test bundle (the same build).
    static let executable: String = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = bundle.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("graph").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            if directory.lastPathComponent == ".build" { break }
            directory = directory.deletingLastPathComponent()
        }
        return root + "/.build/debug/graph"
    }()

    static func run(
        _ arguments: [String], environment: [String: String] = [:], in directory: String? = nil,
        standardInput: String? = nil
    ) throws -> Result {
        let process = Process()
        if let standardInput { process.standardInput = FileHandle(forReadingAtPath: standardInput) }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so that a big output cannot block the child.
        let errorData = Mutex(Data())
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            let data = err.fileHandleForReading.readDataToEndOfFile()
            errorData.withLock { $0 = data }
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: outData,
            stderr: String(decoding: errorData.withLock { $0 }, as: UTF8.self))
    }

    /// A fresh empty directory for one test.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "graph-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
