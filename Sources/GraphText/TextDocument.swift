/// A document's text, normalised, split and tokenised.
///
/// Paragraphs are lines: news text puts one paragraph or one headline per line, and blank lines
/// only separate. Sentences never cross a line break.
public struct TextDocument: Sendable {
    /// The normalised text: NFC, typographic apostrophes as `'`, non-breaking and
    /// narrow spaces as plain spaces, other dashes as the ones in `TextNormalizer`.
    public let text: String
    /// Sentences in text order. A paragraph repeated verbatim is counted once:
    /// its later copies give no sentences.
    public let sentences: [Sentence]

    /// Normalises, splits and tokenises `raw`.
    public init(_ raw: String) {
        var text = TextNormalizer.normalize(raw)
        text.makeContiguousUTF8()
        self.text = text
        self.sentences = text.utf8.withContiguousStorageIfAvailable(Segmenter.sentences(in:))!
    }
}
