/// The comparison form of a name: case, accents, apostrophes and dashes folded,
/// punctuation dropped, spaces collapsed, and a leading article (le, la, les,
/// l', the) removed. It is the folding the evaluation uses, so that two names
/// equal under it are the same name for every stage (resolution, store, scorer).
///
/// `NameKey.fold("l’Observatoire syrien")` and `fold("Observatoire Syrien")`
/// are both `observatoire syrien`; `fold("Al-Qaïda")` is `al qaida`.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(value) {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(Unicode.Scalar(value + 32)!)
            } else if value < 0x80 {
                // Punctuation, spaces, apostrophes, dashes, underscores: word breaks.
                pendingSpace = !out.isEmpty
            } else if let base = Identifier.latinBase[scalar], base.count == 1 {
                // Accented letters lose their accent; ligatures (œ, æ, ß) stay, as NFKD keeps them.
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out += base
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out += String(scalar).lowercased()
            } else {
                pendingSpace = !out.isEmpty
            }
        }
        for article in ["l ", "le ", "la ", "les ", "the "]
        where out.hasPrefix(article) && out.count > article.count {
            return String(out.dropFirst(article.count))
        }
        return out
    }
}
