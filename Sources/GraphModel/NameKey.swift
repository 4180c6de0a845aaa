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
            let piece = foldScalar(scalar)
            if piece.isEmpty {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out += " " }
            pendingSpace = false
            out += piece
        }
        for article in ["l ", "le ", "la ", "les ", "the "]
        where out.hasPrefix(article) && out.count > article.count {
            return String(out.dropFirst(article.count))
        }
        return out
    }

    private static func foldScalar(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return String(scalar)
        case 0x41...0x5A: return String(Unicode.Scalar(scalar.value + 32)!)
        case 0x5F: return ""  // underscore folds like a dash
        default: break
        }
        let slug = Identifier.slug(String(scalar))
        if slug != "entity" { return slug }
        return ""
    }
}
