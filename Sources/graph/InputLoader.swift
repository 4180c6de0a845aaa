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
        case needsExtractor(path: String)
        case unsupported(path: String)
        case invalid(path: String, error: GraphError)

        var description: String {
            switch self {
            case .missing(let path): "\(path): no such file"
            case .directory(let path): "\(path): is a directory, not a graph file"
            case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
            case .needsExtractor(let path): "\(path): text input needs the extractor"
            case .unsupported(let path):
                "\(path): unsupported input (expected a .json graph or a .txt article)"
            case .invalid(let path, let error): "\(path): \(error)"
            }
        }
    }

    /// All inputs merged into one graph (entities matched by id), in argument order.
    static func loadGraphs(paths: [String]) throws -> ConflictGraph {
        var merged = ConflictGraph()
        for path in paths { merged.merge(try loadGraph(path: path)) }
        return merged
    }

    /// One input: a `.json` graph file (a `.txt` article once the extractor is wired in).
    static func loadGraph(path: String) throws -> ConflictGraph {
        let bytes = try read(path)
        switch fileExtension(path) {
        case "json":
            do {
                return try GraphJSON.decode(Data(bytes))
            } catch {
                if case .malformedJSON = error, let syntax = JSONSyntax.firstError(in: bytes) {
                    throw Failure.invalid(path: path, error: .malformedJSON(detail: syntax.description))
                }
                throw Failure.invalid(path: path, error: error)
            }
        case "txt":
            throw Failure.needsExtractor(path: path)
        default:
            throw Failure.unsupported(path: path)
        }
    }

    private static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// The file's bytes, with POSIX errors turned into one-line messages.
    private static func read(_ path: String) throws -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw Failure.missing(path: path) }
            throw Failure.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw Failure.directory(path: path) }
        guard let file = fopen(path, "rb") else {
            throw Failure.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count > 0 { bytes.append(contentsOf: chunk[..<count]) }
            if count < chunk.count {
                if ferror(file) != 0 {
                    throw Failure.unreadable(path: path, reason: String(cString: strerror(errno)))
                }
                return bytes
            }
        }
    }
}
