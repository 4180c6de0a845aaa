/// Makes stable, readable entity ids from names: `Hayat Tahrir al-Cham` gives
/// `hayat_tahrir_al_cham`, `Al-Qaïda` gives `al_qaida`.
public enum Identifier {
    /// Lower-case ASCII letters and digits joined by single underscores;
    /// letters with accents lose them, other scripts are kept as they are.
    public static func slug(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(name) }
        var out = ""
        var pendingSeparator = false
        for scalar in name.unicodeScalars {
            let folded = fold(scalar)
            if folded.isEmpty {
                pendingSeparator = !out.isEmpty
                continue
            }
            if pendingSeparator { out += "_" }
            pendingSeparator = false
            out += folded
        }
        return out.isEmpty ? "entity" : out
    }

    /// `slug(_:)` of plain ASCII, byte by byte.
    private static func asciiSlug(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSeparator = false
        for byte in name.utf8 {
            let folded: UInt8
            switch byte {
            case 0x30...0x39, 0x61...0x7A: folded = byte
            case 0x41...0x5A: folded = byte + 32
            default:
                pendingSeparator = !out.isEmpty
                continue
            }
            if pendingSeparator { out.append(0x5F) }
            pendingSeparator = false
            out.append(folded)
        }
        return out.isEmpty ? "entity" : String(decoding: out, as: UTF8.self)
    }

    /// The first of `base`, `base_2`, `base_3`... that `taken` does not hold.
    public static func unique(_ base: String, notIn taken: (String) -> Bool) -> String {
        if !taken(base) { return base }
        var number = 2
        while taken("\(base)_\(number)") { number += 1 }
        return "\(base)_\(number)"
    }

    private static func fold(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return String(scalar)
        case 0x41...0x5A: return String(Unicode.Scalar(scalar.value + 32)!)
        default: break
        }
        if let base = latinBase[scalar] { return base }
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            return String(scalar).lowercased()
        }
        return ""
    }

    static let latinBase: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("a", "àáâãäåāăąÀÁÂÃÄÅĀĂĄ"), ("c", "çćĉċčÇĆĈĊČ"), ("d", "ďđĎĐ"), ("e", "èéêëēĕėęěÈÉÊËĒĔĖĘĚ"),
            ("g", "ĝğġģĜĞĠĢ"), ("h", "ĥħĤĦḥḤ"), ("i", "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ"), ("j", "ĵĴ"), ("k", "ķĶ"),
            ("l", "ĺļľŀłĹĻĽĿŁ"), ("n", "ñńņňÑŃŅŇ"), ("o", "òóôõöøōŏőÒÓÔÕÖØŌŎŐ"), ("r", "ŕŗřŔŖŘ"),
            ("s", "śŝşšṣŚŜŞŠṢ"), ("t", "ţťŧṭŢŤŦṬ"), ("u", "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ"), ("w", "ŵŴ"),
            ("y", "ýÿŷÝŸŶ"), ("z", "źżžẓŹŻŽẒ"), ("ae", "æÆ"), ("oe", "œŒ"), ("ss", "ß"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (base, letters) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()
}
