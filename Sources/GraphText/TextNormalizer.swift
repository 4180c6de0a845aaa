/// Unicode clean-up of raw article text, so that later stages see one spelling of each sign.
///
/// What it does, in one pass over the UTF-8 bytes:
/// - line breaks: `\r\n`, `\r`, U+000B, U+000C, U+0085, U+2028 and U+2029 become `\n`;
/// - control characters other than `\n` and `\t` are dropped, and so are invisible format
///   characters that break words or matching: soft hyphen, zero-width space, word joiner,
///   byte-order mark, bidirectional marks and embeddings;
/// - apostrophes ’ ‘ ʼ ´ ` and the full-width apostrophe become `'`;
/// - non-breaking (U+00A0), narrow no-break (U+202F) and other Unicode spaces become a plain space,
///   so "14 000" written with a narrow no-break space reads as a grouped number;
/// - dashes: the hyphens U+2010 and U+2011 become `-`; the figure dash U+2012 and the minus sign
///   U+2212 become the en dash `–` (U+2013); the horizontal bar U+2015 becomes the em dash `—`
///   (U+2014). After normalisation a text holds only three dashes: `-` joins words, `–` and `—`
///   are punctuation;
/// - quotes other than apostrophes are kept as written (« » “ ” „ " ‹ ›): they are punctuation tokens;
/// - the result is in Unicode Normalization Form C. Text made only of scalars that cannot take
///   part in composition (below U+0300, general punctuation, currency signs) is NFC already, so the
///   composition step only runs for text that holds combining marks or other scripts.
public enum TextNormalizer {
    /// The normalised form of `raw`. Offsets of tokens and sentences refer to this text.
    public static func normalize(_ raw: String) -> String {
        var raw = raw
        raw.makeContiguousUTF8()
        let mapped = raw.utf8.withContiguousStorageIfAvailable { map($0) }!
        guard mapped.needsNFC else {
            return mapped.changed ? String(decoding: mapped.bytes, as: UTF8.self) : raw
        }
        // Composition can only join scalars; mapping again catches the few compatibility
        // singletons whose canonical form is an apostrophe (U+1FEF → `, U+1FFD → ´).
        let composed = String(decoding: mapped.bytes, as: UTF8.self)._nfcCodeUnits
        let remapped = composed.withUnsafeBufferPointer { map($0) }
        return String(decoding: remapped.bytes, as: UTF8.self)
    }

    /// The UTF-8 of `normalize(raw)`, made without checking it again: the mapping only writes
    /// valid UTF-8.
    static func normalizedUTF8(_ raw: String) -> [UInt8] {
        var raw = raw
        raw.makeContiguousUTF8()
        let mapped = raw.utf8.withContiguousStorageIfAvailable { map($0) }!
        guard mapped.needsNFC else { return mapped.bytes }
        let composed = String(decoding: mapped.bytes, as: UTF8.self)._nfcCodeUnits
        return composed.withUnsafeBufferPointer { map($0) }.bytes
    }

    /// The mapped bytes, whether anything changed, and whether the result may not be NFC yet.
    static func map(_ source: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], changed: Bool, needsNFC: Bool) {
        var changed = false
        var needsNFC = false
        // Every mapping keeps or shrinks the UTF-8 length, so the source length is enough room.
        let bytes = [UInt8](unsafeUninitializedCapacity: source.count) { buffer, initializedCount in
            guard let out = buffer.baseAddress, let src = source.baseAddress else { return }
            let count = source.count
            var n = 0
            var i = 0
            while i < count {
                // Eight printable ASCII bytes at a time: no high bit, nothing below 0x20, no ` or DEL.
                if i + 8 <= count {
                    let word = UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let highs: UInt64 = 0x8080_8080_8080_8080
                    let below = (word &- ones &* 0x20) & ~word
                    let backtick = (word ^ (ones &* 0x60)) &- ones & ~(word ^ (ones &* 0x60))
                    let delete = (word ^ (ones &* 0x7F)) &- ones & ~(word ^ (ones &* 0x7F))
                    if (word | below | backtick | delete) & highs == 0 {
                        UnsafeMutableRawPointer(out + n).storeBytes(of: word, as: UInt64.self)
                        n += 8
                        i += 8
                        continue
                    }
                }
                let byte = src[i]
                if byte < 0x80 {
                    if (byte >= 0x20 && byte != 0x7F && byte != 0x60) || byte == 0x0A || byte == 0x09 {
                        out[n] = byte
                        n += 1
                    } else {
                        changed = true
                        switch byte {
                        case 0x0D:
                            out[n] = 0x0A
                            n += 1
                            if i + 1 < count && src[i + 1] == 0x0A { i += 1 }
                        case 0x0B, 0x0C:
                            out[n] = 0x0A
                            n += 1
                        case 0x60:
                            out[n] = 0x27
                            n += 1
                        default: break  // other C0 controls and DEL
                        }
                    }
                    i += 1
                    continue
                }
                // Swift strings hold valid UTF-8, so the lead byte gives the length.
                let length = byte < 0xE0 ? 2 : (byte < 0xF0 ? 3 : 4)
                var scalar = UInt32(byte) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
                for k in 1..<length { scalar = scalar << 6 | UInt32(src[i + k] & 0x3F) }
                var replacement: UInt32
                switch scalar {
                case 0x2019, 0x2018, 0x02BC, 0x00B4, 0xFF07: replacement = 0x27
                case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: replacement = 0x20
                case 0x0085, 0x2028, 0x2029: replacement = 0x0A
                case 0x2010, 0x2011: replacement = 0x2D
                case 0x2012, 0x2212: replacement = 0x2013
                case 0x2015: replacement = 0x2014
                case 0x0080...0x009F, 0x00AD, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064,
                    0x2066...0x2069, 0xFEFF:
                    replacement = 0  // dropped
                default:
                    for k in 0..<length { out[n + k] = src[i + k] }
                    n += length
                    i += length
                    if !isNFCInert(scalar) { needsNFC = true }
                    continue
                }
                changed = true
                if replacement >= 0x2000 {  // the dashes, three bytes like their sources
                    out[n] = 0xE2
                    out[n + 1] = 0x80
                    out[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (replacement & 0x3F))
                    n += 3
                } else if replacement != 0 {
                    out[n] = UInt8(truncatingIfNeeded: replacement)
                    n += 1
                }
                i += length
            }
            initializedCount = n
        }
        return (bytes, changed, needsNFC)
    }

    /// True for scalars that are NFC on their own and never compose with a neighbour
    /// (checked against the Unicode tables for these ranges).
    @inline(__always)
    static func isNFCInert(_ scalar: UInt32) -> Bool {
        scalar < 0x300 || (0x2010...0x2064).contains(scalar) || (0x20A0...0x20C0).contains(scalar)
    }
}
