/// A token before its strings are made: its kind and its scalar positions within one line.
struct RawToken {
    var start: Int
    var end: Int
    var kind: TokenKind
}
