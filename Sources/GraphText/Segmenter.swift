/// Walks the normalised UTF-8 of a document line by line and makes its sentences and tokens.
///
/// Each line is decoded once into reusable scalar and offset buffers: scalar positions give the
/// public ranges, byte offsets give token strings without going through `Character`.
struct Segmenter {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Scalars of the current line.
    private var scalars: UnsafeMutableBufferPointer<UInt32>
    /// Byte offset in `bytes` of each scalar of the current line, and of the line end.
    private var offsets: UnsafeMutableBufferPointer<Int>
    /// Raw tokens of the current line: never more than its scalars.
    private var rawTokens: UnsafeMutableBufferPointer<RawToken>
    private var ranges: [Range<Int>] = []
    /// The last paragraph met with each hash of its bytes (an index of `paragraphs`), kept once
    /// a document has more paragraphs than a scan of `hashes` handles quickly.
    private var seen: [Int: Int] = [:]
    /// The hash of each paragraph of `paragraphs`.
    private var hashes: [Int] = []
    /// The paragraphs met so far (`seen` holds the last one of each hash), each with the index of
    /// the one met before it with the same hash, or -1: no list is made per paragraph.
    private var paragraphs: [(range: Range<Int>, previous: Int)] = []
    private var sentences: [Sentence] = []
    private let numbering: any KeyNumbering
    /// Room for the key of the current token, when it differs from the token's bytes.
    private var scratch: UnsafeMutableBufferPointer<UInt8>

    /// Runs on the UTF-8 of a normalised text and returns its sentences.
    static func sentences(in bytes: UnsafeBufferPointer<UInt8>, numbering: any KeyNumbering) -> [Sentence] {
        var segmenter = Segmenter(bytes: bytes, numbering: numbering)
        defer {
            segmenter.scalars.deallocate()
            segmenter.offsets.deallocate()
            segmenter.scratch.deallocate()
            segmenter.rawTokens.deallocate()
        }
        return segmenter.run()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, numbering: any KeyNumbering) {
        self.bytes = bytes
        self.numbering = numbering
        scratch = .allocate(capacity: 256)
        rawTokens = .allocate(capacity: 256)
        scalars = .allocate(capacity: 256)
        offsets = .allocate(capacity: 257)
    }

    private mutating func run() -> [Sentence] {
        let count = bytes.count
        var lineStart = 0
        var scalarBase = 0
        var paragraph = 0
        while lineStart < count {
            var lineEnd = lineStart
            while lineEnd < count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let lineScalars = decodeLine(lineStart..<lineEnd)
            if processLine(scalarCount: lineScalars, scalarBase: scalarBase, paragraph: paragraph) {
                paragraph += 1
            }
            scalarBase += lineScalars + 1
            lineStart = lineEnd + 1
        }
        return sentences
    }

    /// Fills `scalars` and `offsets` with the line at `range`; returns its number of scalars.
    private mutating func decodeLine(_ range: Range<Int>) -> Int {
        if scalars.count < range.count {
            scalars.deallocate()
            offsets.deallocate()
            rawTokens.deallocate()
            scalars = .allocate(capacity: range.count * 2)
            offsets = .allocate(capacity: range.count * 2 + 1)
            rawTokens = .allocate(capacity: range.count * 2)
        }
        let src = bytes.baseAddress!
        let scalars = self.scalars.baseAddress!
        let offsets = self.offsets.baseAddress!
        var n = 0
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let byte = src[i]
            offsets[n] = i
            if byte < 0x80 {
                scalars[n] = UInt32(byte)
                n += 1
                i += 1
                continue
            }
            let length = byte < 0xE0 ? 2 : (byte < 0xF0 ? 3 : 4)
            var scalar = UInt32(byte) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
            for k in 1..<length { scalar = scalar << 6 | UInt32(src[i + k] & 0x3F) }
            scalars[n] = scalar
            n += 1
            i += length
        }
        offsets[n] = end
        return n
    }

    /// Makes the sentences of the current line; returns false for a blank line.
    private mutating func processLine(scalarCount count: Int, scalarBase: Int, paragraph: Int) -> Bool {
        let s = UnsafeBufferPointer(scalars)
        let offsets = UnsafeBufferPointer(self.offsets)
        let bytes = self.bytes
        var first = 0
        while first < count && ScalarClass.isSpace(s[first]) { first += 1 }
        guard first < count else { return false }
        var end = count
        while ScalarClass.isSpace(s[end - 1]) { end -= 1 }
        if isRepeated(offsets[first]..<offsets[end]) { return true }

        ranges.removeAll(keepingCapacity: true)
        let tokens = UnsafeBufferPointer(
            rebasing: rawTokens[..<Tokenizer.tokenize(s, from: first, to: end, into: rawTokens)])
        SentenceSplitter.split(
            tokens, scalars: s,
            isAbbreviation: { token in
                let slice = UnsafeBufferPointer(rebasing: bytes[offsets[token.start]..<offsets[token.end]])
                let key = TextKey.key(utf8: slice, text: String(decoding: slice, as: UTF8.self))
                return Abbreviations.words.contains(key)
            }, into: &ranges)

        for sentenceRange in ranges {
            let sentenceTokens = [Token](unsafeUninitializedCapacity: sentenceRange.count) {
                buffer, initialized in
                var out = buffer.baseAddress!
                for index in sentenceRange {
                    let raw = tokens[index]
                    let utf8 = offsets[raw.start]..<offsets[raw.end]
                    let isWord = raw.kind == .word || raw.kind == .elision
                    out.initialize(
                        to: Token(
                            range: scalarBase + raw.start..<scalarBase + raw.end, utf8: utf8,
                            kind: raw.kind,
                            isCapitalized: isWord && ScalarClass.isUppercase(s[raw.start]),
                            isAcronym: raw.kind != .punctuation && Self.isAcronym(s, raw.start, raw.end),
                            word: number(UnsafeBufferPointer(rebasing: bytes[utf8]))))
                    out += 1
                }
                initialized = sentenceRange.count
            }
            let firstToken = tokens[sentenceRange.lowerBound]
            let lastToken = tokens[sentenceRange.upperBound - 1]
            sentences.append(
                Sentence(
                    range: scalarBase + firstToken.start..<scalarBase + lastToken.end,
                    utf8: offsets[firstToken.start]..<offsets[lastToken.end], paragraph: paragraph,
                    tokens: sentenceTokens))
        }
        return true
    }

    /// The number of the key of the token whose UTF-8 is `utf8`; the key is made in `scratch`
    /// only when it differs from the token (capitals, accents, other scripts).
    private mutating func number(_ utf8: UnsafeBufferPointer<UInt8>) -> Int32 {
        var plain = true
        var ascii = true
        for byte in utf8 {
            if byte >= 0x80 {
                ascii = false
                plain = false
                break
            }
            if byte &- 0x41 < 26 { plain = false }
        }
        if plain { return numbering.number(key: utf8) }
        let capacity = TextKey.foldCapacity(utf8.count)
        if scratch.count < capacity {
            scratch.deallocate()
            scratch = .allocate(capacity: capacity * 2)
        }
        let out = scratch.baseAddress!
        let count: Int
        if ascii {
            for (i, byte) in utf8.enumerated() { out[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
            count = utf8.count
        } else {
            count = TextKey.fold(utf8, into: out)
        }
        return numbering.number(key: UnsafeBufferPointer(start: out, count: count))
    }

    /// Two or more letters and no lower-case one: the test of an acronym, on the token's scalars.
    static func isAcronym(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
        var letters = 0
        for i in start..<end {
            let c = s[i]
            if c < 0x80 {
                if c &- 0x61 < 26 { return false }
                if c &- 0x41 < 26 { letters += 1 }
            } else if let scalar = Unicode.Scalar(c) {
                if scalar.properties.isLowercase { return false }
                if scalar.properties.isUppercase { letters += 1 }
            }
        }
        return letters >= 2
    }

    /// A hash of a paragraph's length and first and last bytes: enough to tell paragraphs
    /// apart in practice (equal hashes are compared in full), at the same cost for any length.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        for byte in bytes.prefix(48) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        for byte in bytes.suffix(16) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash)
    }

    /// Whether the paragraph at `range` (bytes) repeats an earlier one; records it otherwise.
    private mutating func isRepeated(_ range: Range<Int>) -> Bool {
        let paragraph = UnsafeBufferPointer(rebasing: bytes[range])
        let hash = Self.hash(paragraph)
        // A news article has a few dozen paragraphs: scanning their hashes beats hashing the hash.
        let scanned = paragraphs.count <= Self.scanLimit
        var earlier = scanned ? (hashes.lastIndex(of: hash) ?? -1) : (seen[hash] ?? -1)
        while earlier >= 0 {
            let other = paragraphs[earlier].range
            if other.count == range.count,
                UnsafeBufferPointer(rebasing: bytes[other]).elementsEqual(paragraph)
            {
                return true
            }
            earlier = paragraphs[earlier].previous
        }
        let previous = scanned ? (hashes.lastIndex(of: hash) ?? -1) : (seen[hash] ?? -1)
        paragraphs.append((range, previous))
        hashes.append(hash)
        if paragraphs.count == Self.scanLimit + 1 {
            for (index, earlierHash) in hashes.enumerated() { seen[earlierHash] = index }
        } else if paragraphs.count > Self.scanLimit + 1 {
            seen[hash] = paragraphs.count - 1
        }
        return false
    }

    /// How many paragraphs are scanned before `seen` takes over.
    static let scanLimit = 64
}
