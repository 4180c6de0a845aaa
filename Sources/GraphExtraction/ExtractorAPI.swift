// CONTRACT (temporary file): the extraction API that the command line and the
// store code against. The real extractor replaces these bodies.

import GraphModel

/// Why text could not be turned into a graph.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input has no text (empty or only white space).
    case emptyText(source: String)
    /// The input is not UTF-8 text (binary data, invalid byte sequences).
    case notText(source: String, detail: String)
    /// A lexicon or pattern file could not be read; `detail` names the place.
    case badLexicon(source: String, detail: String)

    public var description: String {
        switch self {
        case .emptyText(let source): "\(source): the text is empty"
        case .notText(let source, let detail): "\(source): not UTF-8 text (\(detail))"
        case .badLexicon(let source, let detail): "\(source): \(detail)"
        }
    }
}

/// Turns French (and English) news text into a conflict graph.
///
/// An extractor is immutable once built and can be shared across threads.
public struct Extractor: Sendable {
    /// The extractor with the built-in lexicon and patterns, plus the user's
    /// lexicon files (JSON or YAML) when given.
    public init(userLexicons: [String] = []) throws(ExtractionError) {}

    /// Extracts the graph of one article. The graph holds `document` and every
    /// entity and relation found, each relation with its evidence.
    public func extract(text: String, document: Document) -> ConflictGraph {
        var graph = ConflictGraph()
        graph.add(document)
        return graph
    }

    /// Decodes raw bytes as article text: rejects empty input, binary data and invalid UTF-8.
    public static func decodeText(_ bytes: [UInt8], source: String) throws(ExtractionError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .notText(source: source, detail: "invalid UTF-8")
        }
        if bytes.contains(0) { throw .notText(source: source, detail: "binary data") }
        if text.allSatisfy(\.isWhitespace) { throw .emptyText(source: source) }
        return text
    }
}
