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

    /// Two or more letters, all upper-case ("HTS", "ONU", "RDC"): an acronym.
    static func isAcronym(_ text: String) -> Bool {
        var letters = 0
        // Plain ASCII, the common case, without the Unicode property tables.
        if !text.utf8.contains(where: { $0 >= 0x80 }) {
            for byte in text.utf8 {
                if byte &- 0x61 < 26 { return false }
                if byte &- 0x41 < 26 { letters += 1 }
            }
            return letters >= 2
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isUppercase { letters += 1 }
        }
        return letters >= 2
    }
}
