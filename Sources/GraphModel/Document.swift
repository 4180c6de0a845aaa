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

    public init(
        id: String, title: String? = nil, date: String? = nil, source: String? = nil, language: String? = nil
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.language = language
    }
}

extension Document {
    /// The document of an article file: its base name as id ("2024-11-30-aleppo"
    /// for `news/2024-11-30-aleppo.txt`), the date its name holds, if any, the
    /// path as source. `-` stands for standard input.
    public init(articlePath path: String, language: String? = "fr") {
        if path == "-" {
            self.init(id: "stdin", source: "standard input", language: language)
            return
        }
        var name = String(path.split(separator: "/").last ?? Substring(path))
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        self.init(id: name, date: Self.date(in: name), source: path, language: language)
    }

    /// "2024-11-30" in "fr-2024-11-30-europe1" or "2024-11-30-aleppo": the first
    /// YYYY-MM-DD not glued to other digits.
    static func date(in name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        for start in 0...(scalars.count - 10) {
            let slice = scalars[start..<(start + 10)]
            let shape = slice.enumerated().allSatisfy { offset, scalar in
                offset == 4 || offset == 7 ? scalar == "-" : ("0"..."9").contains(scalar)
            }
            let bounded =
                (start == 0 || !("0"..."9").contains(scalars[start - 1]))
                && (start + 10 == scalars.count || !("0"..."9").contains(scalars[start + 10]))
            if shape && bounded { return String(String.UnicodeScalarView(slice)) }
        }
        return nil
    }
}
