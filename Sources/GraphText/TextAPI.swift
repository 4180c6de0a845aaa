// CONTRACT (temporary file): the public API that the extraction stage codes
// against. The text helper replaces this file with real implementations, one
// type per file, keeping these names and signatures.

/// What a token is.
public enum TokenKind: Sendable, Hashable {
    /// Letters, possibly with inner hyphens or apostrophes ("al-Assad", "Al-Qaïda", "aujourd'hui").
    case word
    /// An elided article, pronoun or conjunction with its apostrophe: "l'", "d'", "qu'", "jusqu'", "s'", "n'".
    case elision
    /// Digits, with French grouping and decimals kept together: "14 000", "2,5", "2024".
    case number
    /// Any other single character: punctuation, quotes, brackets, symbols.
    case punctuation
}

/// One token of a sentence.
public struct Token: Sendable, Hashable {
    /// Position in the normalised text, in Unicode scalars.
    public var range: Range<Int>
    /// The token as written (normalised text).
    public var text: String
    /// The matching form: lower-cased, accents removed, apostrophes unified to `'`.
    /// "Qaïda" gives "qaida", "L'" gives "l'".
    public var key: String
    public var kind: TokenKind
    /// True when the first letter is upper-case.
    public var isCapitalized: Bool

    public init(range: Range<Int>, text: String, key: String, kind: TokenKind, isCapitalized: Bool) {
        self.range = range
        self.text = text
        self.key = key
        self.kind = kind
        self.isCapitalized = isCapitalized
    }
}

/// One sentence (or one headline line) with its tokens.
public struct Sentence: Sendable, Hashable {
    /// Position in the normalised text, in Unicode scalars, trimmed of white space.
    public var range: Range<Int>
    public var text: String
    /// Index of the paragraph (a line or block of lines) the sentence belongs to.
    public var paragraph: Int
    public var tokens: [Token]

    public init(range: Range<Int>, text: String, paragraph: Int, tokens: [Token]) {
        self.range = range
        self.text = text
        self.paragraph = paragraph
        self.tokens = tokens
    }
}

/// A document's text, normalised, split and tokenised.
public struct TextDocument: Sendable {
    /// The normalised text: NFC, typographic apostrophes as `'`, non-breaking and
    /// narrow spaces as plain spaces, other dashes as the ones in `TextNormalizer`.
    public let text: String
    /// Sentences in text order. A paragraph repeated verbatim is counted once:
    /// its later copies give no sentences.
    public let sentences: [Sentence]

    public init(_ raw: String) {
        fatalError("TextDocument: not implemented yet")
    }
}
