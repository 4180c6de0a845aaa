/// One sentence (or one headline line) with its tokens.
public struct Sentence: Sendable, Hashable {
    /// Position in the normalised text, in Unicode scalars, trimmed of white space.
    public var range: Range<Int>
    /// The sentence as written in the normalised text.
    public var text: String
    /// Index of the paragraph (a line or block of lines) the sentence belongs to.
    ///
    /// Every non-blank line is one paragraph, counted in text order from 0; a repeated
    /// paragraph still takes its index, so indices follow the layout of the text.
    public var paragraph: Int
    /// The tokens of the sentence, in text order.
    public var tokens: [Token]

    /// Creates a sentence; `TextDocument` is the usual source of sentences.
    public init(range: Range<Int>, text: String, paragraph: Int, tokens: [Token]) {
        self.range = range
        self.text = text
        self.paragraph = paragraph
        self.tokens = tokens
    }
}
