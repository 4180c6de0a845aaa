/// The comparison form of a name: case, accents, apostrophes and dashes folded,
/// punctuation dropped, spaces collapsed, and a leading article (le, la, les,
/// l', the) removed. It is the folding the evaluation uses, so that two names
/// equal under it are the same name for every stage (resolution, store, scorer).
///
/// `NameKey.fold("l’Observatoire syrien")` and `fold("Observatoire Syrien")`
/// are both `observatoire syrien`; `fold("Al-Qaïda")` is `al qaida`.
public enum NameKey {
    public static func fold(_ name: String) -> String {
        if let folded = foldASCII(name) { return folded }
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

    /// `fold` for plain ASCII names, the common case, in one pass over the bytes;
    /// nil for any other name.
    private static func foldASCII(_ name: String) -> String? {
        let utf8 = name.utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer -> Int in
            var count = 0
            var pendingSpace = false
            for byte in utf8 {
                if byte &- 0x30 < 10 || byte &- 0x61 < 26 || byte &- 0x41 < 26 {
                    if pendingSpace {
                        buffer[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    buffer[count] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    count += 1
                } else {
                    pendingSpace = count > 0
                }
            }
            // A leading article, when something follows it.
            for article in articles where count > article.count {
                if article.indices.allSatisfy({ buffer[$0] == article[$0] }) {
                    let rest = count - article.count
                    for index in 0..<rest { buffer[index] = buffer[index + article.count] }
                    return rest
                }
            }
            return count
        }
    }

    private static let articles: [[UInt8]] = ["l ", "le ", "la ", "les ", "the "].map { Array($0.utf8) }
}
