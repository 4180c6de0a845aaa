/// Splits one line of normalised scalars into raw tokens.
///
/// Rules, in the order they are tried at each position:
/// - spaces and tabs separate tokens;
/// - a digit starts a number: "14 000" and "1 200 000" (a first group of at most three digits,
///   then groups of exactly three after one space), decimals "2,5" and "3.5", and an ordinal
///   suffix written right after plain digits ("1er", "2e", "20ème");
/// - a letter starts a word: single letters each followed by a period make an acronym ("U.S.A.");
///   otherwise letters, digits and combining marks, joined by inner hyphens ("al-Assad", "F-16")
///   and by inner apostrophes ("aujourd'hui", "Hay'at"), except that a French elision before an
///   apostrophe ("l'", "D'", "qu'", "jusqu'") is a token of its own, apostrophe included;
/// - anything else is a one-scalar punctuation token.
enum Tokenizer {
    /// Writes the tokens of `s[lower..<upper]` to `tokens`, which has room for one per scalar;
    /// returns how many there are.
    static func tokenize(
        _ s: UnsafeBufferPointer<UInt32>, from lower: Int, to upper: Int,
        into tokens: UnsafeMutableBufferPointer<RawToken>
    ) -> Int {
        var count = 0
        var i = lower
        while i < upper {
            let c = s[i]
            if ScalarClass.isSpace(c) {
                i += 1
            } else if ScalarClass.isDigit(c) {
                let end = numberEnd(s, i, upper)
                tokens[count] = RawToken(start: i, end: end, kind: .number)
                count += 1
                i = end
            } else if ScalarClass.isLetter(c) {
                let (end, kind) = wordEnd(s, i, upper)
                tokens[count] = RawToken(start: i, end: end, kind: kind)
                count += 1
                i = end
            } else {
                tokens[count] = RawToken(start: i, end: i + 1, kind: .punctuation)
                count += 1
                i += 1
            }
        }
        return count
    }

    static func numberEnd(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ upper: Int) -> Int {
        var j = start
        while j < upper && ScalarClass.isDigit(s[j]) { j += 1 }
        var plain = true
        // Grouping by spaces only after a short first group, so that "en 2020 200 personnes"
        // stays two numbers.
        if j - start <= 3 {
            while j + 4 <= upper && s[j] == 0x20 && ScalarClass.isDigit(s[j + 1])
                && ScalarClass.isDigit(s[j + 2]) && ScalarClass.isDigit(s[j + 3])
                && (j + 4 == upper || !ScalarClass.isDigit(s[j + 4]))
            {
                j += 4
                plain = false
            }
        }
        while j + 1 < upper && (s[j] == 0x2C || s[j] == 0x2E) && ScalarClass.isDigit(s[j + 1]) {
            j += 2
            while j < upper && ScalarClass.isDigit(s[j]) { j += 1 }
            plain = false
        }
        if plain && j < upper && ScalarClass.isLetter(s[j]) {
            var k = j
            while k < upper && ScalarClass.isLetter(s[k]) { k += 1 }
            if (k == upper || !ScalarClass.isWordPart(s[k])) && isOrdinalSuffix(s, j, k) { j = k }
        }
        return j
    }

    static func wordEnd(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ upper: Int) -> (Int, TokenKind) {
        if start + 1 < upper && s[start + 1] == ScalarClass.period {
            let acronym = acronymEnd(s, start, upper)
            if acronym > start { return (acronym, .word) }
        }
        var j = start + 1
        var hyphenated = false
        while true {
            while j < upper && ScalarClass.isWordPart(s[j]) { j += 1 }
            guard j < upper else { break }
            let c = s[j]
            if c == ScalarClass.apostrophe {
                if !hyphenated && isElision(s, start, j) { return (j + 1, .elision) }
                if j + 1 < upper && ScalarClass.isLetter(s[j + 1]) {
                    j += 2
                    continue
                }
            } else if c == ScalarClass.hyphen && j + 1 < upper
                && (ScalarClass.isLetter(s[j + 1]) || ScalarClass.isDigit(s[j + 1]))
            {
                hyphenated = true
                j += 2
                continue
            }
            break
        }
        return (j, .word)
    }

    /// The end of "U.S.A."-like acronyms (at least two single letters, each followed by a period),
    /// or `start` when there is none.
    static func acronymEnd(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ upper: Int) -> Int {
        var k = start
        var letters = 0
        while k + 1 < upper && ScalarClass.isLetter(s[k]) && s[k + 1] == ScalarClass.period {
            k += 2
            letters += 1
        }
        return letters >= 2 ? k : start
    }

    /// French elisions: l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu', any case.
    static func isElision(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
        switch end - start {
        case 1:
            switch s[start] | 0x20 {
            case 0x6C, 0x64, 0x6A, 0x6D, 0x6E, 0x73, 0x74, 0x63: return true  // l d j m n s t c
            default: return false
            }
        case 2: return matches(s, start, "qu")
        case 5: return matches(s, start, "jusqu")
        case 6:
            return matches(s, start, "lorsqu") || matches(s, start, "puisqu") || matches(s, start, "quoiqu")
        default: return false
        }
    }

    /// Ordinal suffixes written after digits: 1er, 1re, 2e, 2ème, 2nd, 1st, 4th, 3rd, plurals.
    static func isOrdinalSuffix(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 5 else { return false }
        var folded: [UInt8] = []
        for k in start..<end {
            switch s[k] {
            case 0xE8, 0xE9, 0xC8, 0xC9: folded.append(0x65)  // è é È É
            case let c where c < 0x80: folded.append(UInt8(c | 0x20))
            default: return false
            }
        }
        return ordinalSuffixes.contains(folded)
    }

    static let ordinalSuffixes: Set<[UInt8]> = Set(
        [
            "e", "er", "re", "ere", "eme", "ieme", "es", "ers", "res", "eres", "emes", "iemes",
            "nd", "nde", "nds", "ndes", "st", "th", "rd",
        ].map { Array($0.utf8) })

    /// Case-insensitive comparison of ASCII `word` with the scalars at `start`.
    @inline(__always)
    static func matches(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { letters in
            for (k, letter) in letters.enumerated() where s[start + k] | 0x20 != UInt32(letter) {
                return false
            }
            return true
        }
    }
}
