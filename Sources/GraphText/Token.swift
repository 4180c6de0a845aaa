/// One token of a sentence: where it stands and what it is, without its strings.
///
/// A token is plain data (no references), so that a document's tokens cost no reference
/// counting when they are copied and no allocation each. Its text and key come from the
/// document it belongs to: `TextDocument.text(of:)` and `TextDocument.key(of:)`.
public struct Token: Sendable, Hashable {
    /// Position in the normalised text, in Unicode scalars.
    public var range: Range<Int>
    /// Position in the normalised text's UTF-8, in bytes.
    public var utf8: Range<Int>
    /// What the token is.
    public var kind: TokenKind
    /// True when the first letter is upper-case.
    public var isCapitalized: Bool
    /// True for two or more letters, all upper-case ("HTS", "ONU", "RDC").
    public var isAcronym: Bool
    /// The number that the document's `KeyNumbering` gave the token's key, or -1 when the
    /// document was made without one.
    public var word: Int32

    /// Creates a token; `TextDocument` is the usual source of tokens.
    public init(
        range: Range<Int>, utf8: Range<Int>, kind: TokenKind, isCapitalized: Bool, isAcronym: Bool = false,
        word: Int32 = -1
    ) {
        self.range = range
        self.utf8 = utf8
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.isAcronym = isAcronym
        self.word = word
    }
}
