import GraphModel
import GraphText

/// Turns French (and English) news text into a conflict graph: entities with
/// their aliases and relations with the sentences that state them.
///
/// An extractor is immutable once built and can be shared across threads;
/// building one loads and compiles the lexicon and patterns (a few milliseconds),
/// so build it once and extract many documents with it.
public struct Extractor: Sendable {
    private let reader: DocumentReader

    /// The extractor with the built-in lexicon, cues and patterns, plus the
    /// user's lexicon files (JSON or YAML; their `entities`, `countries` and
    /// `patterns` add to or replace the built-in ones by id).
    public init(userLexicons: [String] = []) throws(ExtractionError) {
        var vocabulary = Vocabulary()
        let lexicon = try Lexicon(userFiles: userLexicons, vocabulary: &vocabulary)
        let cues = try Cues.builtIn(vocabulary: &vocabulary)
        var entries = try PatternLibrary.builtIn()
        for path in userLexicons {
            for pattern in try LexiconFile.load(path: path).patterns ?? [] {
                entries.removeAll { $0.id == pattern.id }
                entries.append(pattern)
            }
        }
        let patterns = try PatternLibrary.compile(entries, source: "patterns", vocabulary: &vocabulary)
        // The finder and the matcher number the words their rules name; the matcher's
        // prefix index then covers every word.
        let finder = MentionFinder(lexicon: lexicon, cues: cues, vocabulary: &vocabulary)
        let matcher = PatternMatcher(patterns: patterns, cues: cues, vocabulary: &vocabulary)
        reader = DocumentReader(
            lexicon: lexicon, cues: cues, finder: finder, matcher: matcher, vocabulary: vocabulary)
    }

    /// Extracts the graph of one article. The graph holds `document` and every
    /// entity and relation found, each relation with its evidence (offsets are in
    /// Unicode scalars of the normalised text).
    public func extract(text: String, document: Document) -> ConflictGraph {
        reader.read(TextDocument(text, numbering: reader.vocabulary), document: document)
    }

    /// A readable account of what the extractor saw in a text: each sentence with
    /// its mentions and what they resolved to. For tuning a lexicon or a pattern.
    public func trace(text: String) -> String {
        reader.trace(TextDocument(text, numbering: reader.vocabulary))
    }

    /// Extracts several articles into one graph, entities resolved across them
    /// by id and folded alias.
    public func extract(_ articles: [(text: String, document: Document)]) -> ConflictGraph {
        var merger = GraphMerger()
        for article in articles { merger.add(extract(text: article.text, document: article.document)) }
        return merger.graph
    }

    /// Decodes raw bytes as article text: rejects empty input, binary data and invalid UTF-8.
    public static func decodeText(_ bytes: [UInt8], source: String) throws(ExtractionError) -> String {
        // One pass over the bytes: control characters other than tab and line breaks mean binary data.
        var visible = false
        for byte in bytes {
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                    throw .notText(source: source, detail: "binary data")
                }
            } else if byte != 0x20 {
                visible = true
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .notText(source: source, detail: "invalid UTF-8")
        }
        if !visible || text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            throw .emptyText(source: source)
        }
        return text
    }
}
