/// One token of a sentence.
public struct Token: Sendable, Hashable {
    /// Position in the normalised text, in Unicode scalars.
    public var range: Range<Int>
    /// The token as written (normalised text).
    public var text: String
    /// The matching form: lower-cased, accents removed, apostrophes unified to `'`.
    /// "Qaïda" gives "qaida", "L'" gives "l'". See `TextKey`.
    public var key: String
    /// What the token is.
    public var kind: TokenKind
    /// True when the first letter is upper-case.
    public var isCapitalized: Bool

    /// Creates a token; `TextDocument` is the usual source of tokens.
    public init(range: Range<Int>, text: String, key: String, kind: TokenKind, isCapitalized: Bool) {
        self.range = range
        self.text = text
        self.key = key
        self.kind = kind
        self.isCapitalized = isCapitalized
    }
}
