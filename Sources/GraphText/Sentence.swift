/// One sentence (or one headline line) with its tokens.
///
/// Like a token, a sentence is plain data; its text comes from its document
/// (`TextDocument.text(of:)`), since most sentences of an article are never quoted.
public struct Sentence: Sendable, Hashable {
    /// Position in the normalised text, in Unicode scalars, trimmed of white space.
    public var range: Range<Int>
    /// Position in the normalised text's UTF-8, in bytes.
    public var utf8: Range<Int>
    /// Index of the paragraph (a line or block of lines) the sentence belongs to.
    ///
    /// Every non-blank line is one paragraph, counted in text order from 0; a repeated
    /// paragraph still takes its index, so indices follow the layout of the text.
    public var paragraph: Int
    /// The tokens of the sentence, in text order.
    public var tokens: [Token]

    /// Creates a sentence; `TextDocument` is the usual source of sentences.
    public init(range: Range<Int>, utf8: Range<Int>, paragraph: Int, tokens: [Token]) {
        self.range = range
        self.utf8 = utf8
        self.paragraph = paragraph
        self.tokens = tokens
    }
}
