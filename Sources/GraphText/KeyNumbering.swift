/// Numbers token keys while a document is tokenised, so that later stages compare small
/// integers instead of strings.
///
/// A matcher that knows a fixed set of words (a lexicon, a list of cues) gives each one a
/// number and every other key a number of its own choosing (-1, say); `TextDocument` asks
/// for the number of each token's key as it cuts the token and stores it in `Token.word`.
/// The key is passed as UTF-8 in a buffer valid only during the call, so that no `String`
/// is made for it.
public protocol KeyNumbering: Sendable {
    /// The number of the key `utf8` (lower-case, accents removed: see `TextKey`).
    func number(key utf8: UnsafeBufferPointer<UInt8>) -> Int32
}
