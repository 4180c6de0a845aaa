/// A source article.
public struct Document: Hashable, Sendable {
    /// A stable identifier, unique in its graph (usually the file's base name).
    public var id: String
    public var title: String?
    /// Publication date, `YYYY-MM-DD` when known.
    public var date: String?
    /// Where the text came from: a URL or a path.
    public var source: String?
    /// ISO 639-1 language code (`fr`, `en`).
    public var language: String?

    public init(id: String, title: String? = nil, date: String? = nil, source: String? = nil, language: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.language = language
    }
}
