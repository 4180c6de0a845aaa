/// Turns arbitrary text into Graphviz label and tooltip values that come out
/// exactly as written, in every output format.
///
/// Graphviz quotes strings itself when writing DOT and escapes `< > &` in
/// SVG, but labels interpret backslash escapes (`\N`, `\l`, and `\x` becomes
/// `x`), decode HTML entities, and pass control characters raw into SVG
/// (which is then not well-formed XML). Hence the scheme: backslash doubled,
/// `&` as `&amp;`, a newline as the `\n` escape, and control characters other
/// than tab dropped (as are the two non-characters XML forbids).
public enum GraphvizText {
    /// `text` as a label or tooltip value.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\n":
                if !previousWasReturn { out += "\\n" }
            case "\r": out += "\\n"  // CR LF and a lone CR are one line break
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if !isDropped(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// `text` as a `tooltip` value.
    ///
    /// Graphviz reads tooltips in three passes: HTML entities, then `\n`,
    /// `\l`, `\r` and `\x` (which drops the backslash), then object escapes
    /// (`\N`, `\G`, `\E`, and `\\` as one backslash). A backslash must
    /// therefore be written four times. Tabs become spaces: SVG writes them raw
    /// inside attributes, where XML readers turn them into spaces anyway.
    public static func escapeTooltip(_ text: String) -> String {
        var out = ""
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\\\\\"
            case "&": out += "&amp;"
            case "\n":
                if !previousWasReturn { out += "\\n" }
            case "\r": out += "\\n"
            case "\t": out += " "
            default:
                if !isDropped(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// `text` as the text of an HTML-like label (the legend's): `& < > "`
    /// as entities, line breaks as spaces, control characters dropped.
    public static func escapeHTML(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r", "\t": out += " "
            default:
                if !isDropped(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// The text an escaped tooltip value stands for: the inverse of `escapeTooltip`.
    public static func unescapeTooltip(_ value: String) -> String {
        var out = ""
        var scalars = value.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\\", scalars.starts(with: "\\\\\\".unicodeScalars) {
                scalars.removeFirst(3)
                out += "\\"
            } else if scalar == "\\", scalars.first == "n" {
                scalars.removeFirst()
                out += "\n"
            } else if scalar == "&", scalars.starts(with: "amp;".unicodeScalars) {
                scalars.removeFirst(4)
                out += "&"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The text an escaped value stands for: the inverse of `escape` on its
    /// output (for reading a DOT file back).
    public static func unescape(_ value: String) -> String {
        var out = ""
        var scalars = value.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\\", let next = scalars.first {
                scalars.removeFirst()
                out += next == "n" ? "\n" : String(next)
            } else if scalar == "&", scalars.starts(with: "amp;".unicodeScalars) {
                scalars.removeFirst(4)
                out += "&"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// What `escape` keeps of `text`: the text as a diagram shows it.
    public static func visible(_ text: String) -> String {
        unescape(escape(text))
    }

    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
