import GraphExtraction
import GraphModel

#if canImport(Glibc)
    import Glibc
#endif

/// An article read from a file or standard input, with the document that describes it.
struct ArticleInput {
    var text: String
    var document: Document

    /// Largest article accepted: news articles are kilobytes; this is far beyond
    /// any of them and keeps memory bounded on a wrong input.
    static let maximumSize = 64 << 20

    static func read(_ path: String) throws -> ArticleInput {
        let bytes = try readBytes(path)
        let text = try Extractor.decodeText(bytes, source: path == "-" ? "standard input" : path)
        return ArticleInput(text: text, document: document(for: path))
    }

    /// The document of a path: its base name as id, and a date when the name starts with one.
    static func document(for path: String) -> Document {
        if path == "-" { return Document(id: "stdin", source: "standard input") }
        var name = String(path.split(separator: "/").last ?? Substring(path))
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return Document(id: name, date: leadingDate(in: name), source: path, language: "fr")
    }

    /// "2024-11-30" in "fr-2024-11-30-europe1-…" or "2024-11-30-…".
    static func leadingDate(in name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        for start in 0...(scalars.count - 10) {
            let slice = scalars[start..<(start + 10)]
            let shape = slice.enumerated().allSatisfy { offset, scalar in
                offset == 4 || offset == 7 ? scalar == "-" : ("0"..."9").contains(scalar)
            }
            let bounded = start == 0 || !("0"..."9").contains(scalars[start - 1])
            if shape && bounded { return String(String.UnicodeScalarView(slice)) }
        }
        return nil
    }

    private static func readBytes(_ path: String) throws -> [UInt8] {
        let descriptor: Int32
        if path == "-" {
            descriptor = 0
        } else {
            var info = stat()
            guard stat(path, &info) == 0 else { throw InputError.missing(path) }
            if (info.st_mode & S_IFMT) == S_IFDIR { throw InputError.directory(path) }
            if Int(info.st_size) > maximumSize { throw InputError.tooLarge(path, Int(info.st_size)) }
            descriptor = open(path, O_RDONLY)
        }
        guard descriptor >= 0 else { throw InputError.unreadable(path) }
        defer { if descriptor != 0 { close(descriptor) } }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError.unreadable(path)
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[..<count])
            if bytes.count > maximumSize { throw InputError.tooLarge(path, bytes.count) }
        }
        return bytes
    }
}

/// Why an input could not be read.
enum InputError: Error, CustomStringConvertible {
    case missing(String)
    case directory(String)
    case unreadable(String)
    case tooLarge(String, Int)

    var description: String {
        switch self {
        case .missing(let path): "\(path): no such file"
        case .directory(let path): "\(path): is a directory, not a file"
        case .unreadable(let path): "\(path): cannot be read"
        case .tooLarge(let path, let size):
            "\(path): \(size / 1_048_576) MB is too large for an article (the limit is \(ArticleInput.maximumSize / 1_048_576) MB); split it into articles"
        }
    }
}
