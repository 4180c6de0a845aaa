/// A document's text, normalised, split and tokenised.
///
/// Paragraphs are lines: news text puts one paragraph or one headline per line, and blank lines
/// only separate. Sentences never cross a line break.
public struct TextDocument: Sendable {
    /// The normalised text's UTF-8: NFC, typographic apostrophes as `'`, non-breaking and
    /// narrow spaces as plain spaces, other dashes as the ones in `TextNormalizer`.
    public let utf8: [UInt8]
    /// Sentences in text order. A paragraph repeated verbatim is counted once:
    /// its later copies give no sentences.
    public let sentences: [Sentence]

    /// The normalised text (made from `utf8` at each call).
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    /// Normalises, splits and tokenises `raw`; every token's `word` is -1.
    public init(_ raw: String) {
        self.init(raw, numbering: NoNumbering())
    }

    /// Normalises, splits and tokenises `raw`; each token's `word` is the number `numbering`
    /// gives the token's key.
    public init(_ raw: String, numbering: some KeyNumbering) {
        utf8 = TextNormalizer.normalizedUTF8(raw)
        sentences = utf8.withUnsafeBufferPointer { Segmenter.sentences(in: $0, numbering: numbering) }
    }

    /// The sentence as written in the normalised text.
    public func text(of sentence: Sentence) -> String {
        withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[sentence.utf8]), as: UTF8.self) }
    }

    /// The token as written in the normalised text.
    public func text(of token: Token) -> String {
        withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[token.utf8]), as: UTF8.self) }
    }

    /// The token's matching form: lower-cased, accents removed, apostrophes unified to `'`.
    /// "Qaïda" gives "qaida", "L'" gives "l'". See `TextKey`.
    public func key(of token: Token) -> String {
        withUTF8 { bytes in
            let slice = UnsafeBufferPointer(rebasing: bytes[token.utf8])
            return TextKey.key(utf8: slice, text: String(decoding: slice, as: UTF8.self))
        }
    }

    /// The text of consecutive tokens as a name is written: one space where the text has white
    /// space between two tokens, none after an elision ("l'Observatoire") or where the text has
    /// none ("(OSDH)").
    public func phrase(_ tokens: ArraySlice<Token>) -> String {
        tokens.withUnsafeBufferPointer(phrase)
    }

    /// `phrase(_:)` of tokens in a buffer.
    public func phrase(_ tokens: UnsafeBufferPointer<Token>) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return withUTF8 { bytes in
            // Spaces only shrink, so the span of the tokens in the text is room enough.
            String(unsafeUninitializedCapacity: last.utf8.upperBound - first.utf8.lowerBound) { out in
                var n = 0
                var previous: Token?
                for token in tokens {
                    if let previous, previous.kind != .elision,
                        token.utf8.lowerBound > previous.utf8.upperBound
                    {
                        out[n] = 0x20
                        n += 1
                    }
                    for index in token.utf8 {
                        out[n] = bytes[index]
                        n += 1
                    }
                    previous = token
                }
                return n
            }
        }
    }

    /// Calls `body` with the normalised text's UTF-8.
    @inline(__always)
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        utf8.withUnsafeBufferPointer(body)
    }
}

/// The numbering of a document made without one: every key is -1.
struct NoNumbering: KeyNumbering {
    func number(key utf8: UnsafeBufferPointer<UInt8>) -> Int32 { -1 }
}
