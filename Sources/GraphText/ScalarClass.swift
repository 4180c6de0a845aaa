/// Character classes of Unicode scalar values, with fast paths for the Latin scripts of
/// French and English news and the Unicode property tables for the rest.
enum ScalarClass {
    static let apostrophe: UInt32 = 0x27
    static let hyphen: UInt32 = 0x2D
    static let period: UInt32 = 0x2E
    static let ellipsis: UInt32 = 0x2026

    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 }

    @inline(__always)
    static func isDigit(_ c: UInt32) -> Bool { c &- 0x30 < 10 }

    @inline(__always)
    static func isASCIILetter(_ c: UInt32) -> Bool { (c | 0x20) &- 0x61 < 26 }

    /// A letter that can start a word.
    @inline(__always)
    static func isLetter(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIILetter(c) }
        if c < 0x250 {
            return c >= 0xC0 ? (c != 0xD7 && c != 0xF7) : (c == 0xAA || c == 0xB5 || c == 0xBA)
        }
        return isOtherLetter(c)
    }

    /// A scalar that continues a word: letters, digits and combining marks.
    @inline(__always)
    static func isWordPart(_ c: UInt32) -> Bool {
        if c < 0x80 { return isASCIILetter(c) || isDigit(c) }
        if c < 0x250 { return isLetter(c) }
        return isOtherLetter(c) || isMark(c)
    }

    static func isOtherLetter(_ c: UInt32) -> Bool {
        // General punctuation, symbols and arrows are frequent in news and never letters.
        if (0x2000..<0x2C00).contains(c) { return false }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isAlphabetic
    }

    static func isMark(_ c: UInt32) -> Bool {
        guard c >= 0x300, let scalar = Unicode.Scalar(c) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always)
    static func isUppercase(_ c: UInt32) -> Bool {
        if c < 0x80 { return c &- 0x41 < 26 }
        if c < 0x100 { return c >= 0xC0 && c <= 0xDE && c != 0xD7 }
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    /// Terminators of a sentence: . ! ? …
    @inline(__always)
    static func isTerminator(_ c: UInt32) -> Bool {
        c == 0x2E || c == 0x21 || c == 0x3F || c == 0x2026
    }

    /// Quotes that can only open: « “ „ ‹
    @inline(__always)
    static func isOpeningQuote(_ c: UInt32) -> Bool {
        c == 0xAB || c == 0x201C || c == 0x201E || c == 0x2039
    }

    /// Quotes that can only close: » ” ›
    @inline(__always)
    static func isClosingQuote(_ c: UInt32) -> Bool {
        c == 0xBB || c == 0x201D || c == 0x203A
    }
}
