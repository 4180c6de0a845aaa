import GraphExtraction
import GraphModel

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the graphs named on the command line.
enum InputLoader {
    /// Why an input could not be read; each message starts with the path.
    enum Failure: Error, CustomStringConvertible {
        case missing(path: String)
        case directory(path: String)
        case unreadable(path: String, reason: String)
        case tooLarge(path: String, size: Int)
        case unsupported(path: String)
        case invalid(path: String, error: GraphError)

        var description: String {
            switch self {
            case .missing(let path): "\(path): no such file"
            case .directory(let path): "\(path): is a directory, not a graph file"
            case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
            case .tooLarge(let path, let size):
                "\(path): \(size >> 20) MB is too large for an article (the limit is \(InputLoader.maximumArticleSize >> 20) MB); split it into articles"
            case .unsupported(let path):
                "\(path): unsupported input (expected a .json graph or a .txt article)"
            case .invalid(let path, let error): "\(path): \(error)"
            }
        }
    }

    /// Largest article accepted: news articles are kilobytes; this is far beyond
    /// any of them and keeps memory bounded on a wrong input.
    static let maximumArticleSize = 64 << 20

    /// All inputs merged into one graph, in argument order: graph files by entity
    /// id, articles (`.txt`, `-` for standard input) through the extractor, their
    /// entities resolved across documents by alias.
    static func loadGraphs(paths: [String], lexicons: [String] = []) throws -> ConflictGraph {
        var merger = GraphMerger()
        var extractor: Extractor?
        for path in paths {
            if path == "-" || fileExtension(path) == "txt" {
                if extractor == nil { extractor = try Extractor(userLexicons: lexicons) }
                let article = try readArticle(path)
                merger.add(extractor!.extract(text: article.text, document: article.document))
            } else {
                merger.add(try loadGraph(path: path))
            }
        }
        return merger.graph
    }

    /// An article's text, checked (UTF-8, not binary, not empty), with the document that describes it.
    static func readArticle(_ path: String) throws -> (text: String, document: Document) {
        let bytes = try read(path, limit: maximumArticleSize)
        let text = try Extractor.decodeText(bytes, source: path == "-" ? "standard input" : path)
        return (text, Document(articlePath: path))
    }

    /// One graph JSON file.
    static func loadGraph(path: String) throws -> ConflictGraph {
        let bytes = try read(path)
        switch fileExtension(path) {
        case "json":
            do {
                return try GraphJSON.decode(Data(bytes))
            } catch {
                throw Failure.invalid(path: path, error: error)
            }
        default:
            throw Failure.unsupported(path: path)
        }
    }

    private static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The file's bytes (standard input for `-`), with POSIX errors turned into
    /// one-line messages; larger than `limit` is an error, not a slow death.
    static func read(_ path: String, limit: Int = Int.max) throws -> [UInt8] {
        let descriptor: Int32
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            var info = stat()
            guard stat(path, &info) == 0 else {
                if errno == ENOENT { throw Failure.missing(path: path) }
                throw Failure.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if (info.st_mode & S_IFMT) == S_IFDIR { throw Failure.directory(path: path) }
            if Int(info.st_size) > limit { throw Failure.tooLarge(path: path, size: Int(info.st_size)) }
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                throw Failure.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > limit { throw Failure.tooLarge(path: path, size: bytes.count) }
        }
    }
}
