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
