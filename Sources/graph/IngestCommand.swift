import ArgumentParser
import Foundation
import GraphExtraction
import GraphModel
import GraphStore

/// `graph ingest FILE|DIR|- ...`: extracts each article and merges it into the store.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Extract articles and merge them into the store.",
        discussion: """
            A folder stands for its *.txt files, in name order; - reads one article from standard input. \
            The document id is the file name without extension; a YYYY-MM-DD in the name is the article's date. \
            Re-ingesting an unchanged article changes nothing; a changed one replaces its earlier contribution.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "Article files, folders of *.txt files, or - for standard input.")
    var inputs: [String]

    @Option(name: .customLong("lexicon"), help: "A user lexicon file (JSON or YAML); repeatable.")
    var lexicons: [String] = []

    @Option(help: "Articles extracted in parallel.")
    var jobs: Int = 2

    @Flag(help: .hidden)
    var graphs = false

    /// One article to read, or why it cannot be.
    enum Source: Sendable {
        case file(path: String)
        case standardInput(bytes: [UInt8])
        case unreadable(path: String, reason: String)
    }

    /// An article ready to merge, or the one-line reason it is not.
    enum Prepared: Sendable {
        case ready(document: Document, hash: String, graph: ConflictGraph)
        case failed(String)
    }

    func run() throws {
        var failed = 0
        var outcomes: [IngestOutcome: Int] = [:]
        try StoreCLI.run {
            let store = try storeOptions.open(.readWrite)
            let extractor: Extractor
            do { extractor = try Extractor(userLexicons: lexicons) } catch { throw StoreCLI.fail("\(error)") }
            let sources = expand(inputs)
            let progress = IngestProgress(total: sources.count)
            let graphs = self.graphs
            IngestPipeline.run(sources, parallelism: max(1, jobs)) { source in
                Self.prepare(source, extractor: extractor, graphs: graphs)
            } consume: { index, prepared in
                switch prepared {
                case .ready(let document, let hash, let graph):
                    do {
                        let outcome = try store.ingest(document: document, contentHash: hash, graph: graph)
                        outcomes[outcome, default: 0] += 1
                    } catch {
                        failed += 1
                        progress.message("graph: error: \(document.id): \(error)")
                    }
                case .failed(let message):
                    failed += 1
                    progress.message("graph: error: \(message)")
                }
                progress.advance(to: index + 1)
            }
            let statistics = try store.statistics()
            print(
                "ingested \(sources.count) documents: \(outcomes[.added] ?? 0) added, "
                    + "\(outcomes[.unchanged] ?? 0) unchanged, \(outcomes[.replaced] ?? 0) replaced, \(failed) failed; "
                    + "store: \(statistics.documents) documents, \(statistics.entities) entities, "
                    + "\(statistics.relations) relations")
        }
        if failed > 0 { throw ExitCode.failure }
    }

    /// Files in argument order; a folder's *.txt (or *.json with --graphs) files in name order.
    private func expand(_ inputs: [String]) -> [Source] {
        let manager = FileManager.default
        let suffix = graphs ? ".json" : ".txt"
        var sources: [Source] = []
        for input in inputs {
            if input == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                sources.append(.standardInput(bytes: Array(data)))
                continue
            }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: input, isDirectory: &isFolder) else {
                sources.append(.unreadable(path: input, reason: "no such file"))
                continue
            }
            if isFolder.boolValue {
                guard let names = try? manager.contentsOfDirectory(atPath: input) else {
                    sources.append(.unreadable(path: input, reason: "cannot list the folder"))
                    continue
                }
                for name in names.filter({ $0.hasSuffix(suffix) }).sorted() {
                    sources.append(.file(path: (input as NSString).appendingPathComponent(name)))
                }
            } else {
                sources.append(.file(path: input))
            }
        }
        return sources
    }

    /// Reads, decodes and extracts one article; runs on a worker thread.
    private static func prepare(_ source: Source, extractor: Extractor, graphs: Bool) -> Prepared {
        let path: String
        let bytes: [UInt8]
        switch source {
        case .unreadable(let path, let reason):
            return .failed("\(path): \(reason)")
        case .standardInput(let input):
            path = "stdin"
            bytes = input
        case .file(let file):
            path = file
            guard let data = FileManager.default.contents(atPath: file) else {
                return .failed("\(file): cannot read")
            }
            bytes = Array(data)
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let hash = ContentHash.sha256(bytes)
        if graphs {
            do {
                let graph = try GraphJSON.decode(Data(bytes))
                let document =
                    graph.documents.first ?? Document(id: name, date: StoreCLI.date(inFileName: name))
                return .ready(document: document, hash: hash, graph: graph)
            } catch {
                return .failed("\(path): \(error.description)")
            }
        }
        do {
            let text = try Extractor.decodeText(bytes, source: path)
            let given = Document(id: name, date: StoreCLI.date(inFileName: name), source: path)
            let graph = extractor.extract(text: text, document: given)
            var document = graph.documents.first { $0.id == name } ?? given
            document.date = document.date ?? given.date
            return .ready(document: document, hash: hash, graph: graph)
        } catch {
            return .failed(error.description)
        }
    }
}
