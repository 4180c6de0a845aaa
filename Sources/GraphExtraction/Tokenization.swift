import GraphText

/// Token helpers shared by the lexicon, the mention finder and the patterns, so
/// that a phrase written in a data file is cut exactly as the text is.
enum Tokenization {
    /// The tokens of a short phrase, as the text stage would cut them in a sentence, and their keys.
    static func tokens(of phrase: String) -> (tokens: [Token], keys: [String]) {
        let document = TextDocument(phrase)
        let tokens = document.sentences.flatMap(\.tokens)
        return (tokens, tokens.map(document.key(of:)))
    }

    /// The matching keys of a short phrase.
    static func keys(of phrase: String) -> [String] {
        tokens(of: phrase).keys
    }
}
