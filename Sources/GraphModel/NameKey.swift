/// The comparison form of a name: case, accents, apostrophes and dashes folded,
/// punctuation dropped, spaces collapsed, and a leading article (le, la, les,
/// l', the) removed. It is the folding the evaluation uses, so that two names
/// equal under it are the same name for every stage (resolution, store, scorer).
///
/// `NameKey.fold("l’Observatoire syrien")` and `fold("Observatoire Syrien")`
/// are both `observatoire syrien`; `fold("Al-Qaïda")` is `al qaida`.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        var utf8 = name.utf8.makeIterator()
        var scalars = name.unicodeScalars.makeIterator()
        // ASCII bytes, the common case, are folded as bytes; the iterator over scalars
        // is kept in step and only decodes the others.
        while let byte = utf8.next() {
            let scalar = scalars.next()!
            if byte < 0x80 {
                if byte &- 0x30 < 10 || byte &- 0x61 < 26 || byte &- 0x41 < 26 {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    out.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                } else {
                    // Punctuation, spaces, apostrophes, dashes, underscores: word breaks.
                    pendingSpace = !out.isEmpty
                }
                continue
            }
            for _ in 1..<UTF8.width(scalar) { _ = utf8.next() }
            let folded: String
            if let base = Identifier.latinBase[scalar], base.utf8.count == 1 {
                // Accented letters lose their accent; ligatures (œ, æ, ß) stay, as NFKD keeps them.
                folded = base
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                folded = String(scalar).lowercased()
            } else {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out += folded.utf8
        }
        for article in ["l ", "le ", "la ", "les ", "the "]
        where out.count > article.utf8.count && out.starts(with: article.utf8) {
            return String(decoding: out[article.utf8.count...], as: UTF8.self)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
