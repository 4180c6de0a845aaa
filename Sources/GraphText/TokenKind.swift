/// What a token is.
public enum TokenKind: Sendable, Hashable {
    /// Letters, possibly with inner hyphens or apostrophes ("al-Assad", "Al-Qaïda", "aujourd'hui"),
    /// or an acronym written with dots ("U.S.A.").
    case word
    /// An elided article, pronoun or conjunction with its apostrophe: "l'", "d'", "qu'", "jusqu'", "s'", "n'".
    case elision
    /// Digits, with French grouping and decimals kept together: "14 000", "2,5", "2024";
    /// an ordinal keeps its suffix: "1er", "20e".
    case number
    /// Any other single character: punctuation, quotes, brackets, symbols.
    case punctuation
}
