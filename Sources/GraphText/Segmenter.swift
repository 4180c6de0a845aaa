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
    private var tokens: [RawToken] = []
    private var ranges: [Range<Int>] = []
    /// Byte ranges of the paragraphs met so far, by hash of their bytes.
    private var seen: [Int: [Range<Int>]] = [:]
    private var sentences: [Sentence] = []

    /// Runs on the UTF-8 of a normalised text and returns its sentences.
    static func sentences(in bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        var segmenter = Segmenter(bytes: bytes)
        defer {
            segmenter.scalars.deallocate()
            segmenter.offsets.deallocate()
        }
        return segmenter.run()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
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
            scalars = .allocate(capacity: range.count * 2)
            offsets = .allocate(capacity: range.count * 2 + 1)
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

        tokens.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        Tokenizer.tokenize(s, from: first, to: end, into: &tokens)
        SentenceSplitter.split(
            tokens, scalars: s,
            isAbbreviation: { token in
                let slice = UnsafeBufferPointer(rebasing: bytes[offsets[token.start]..<offsets[token.end]])
                let key = TextKey.key(utf8: slice, text: String(decoding: slice, as: UTF8.self))
                return Abbreviations.words.contains(key)
            }, into: &ranges)

        for sentenceRange in ranges {
            let sentenceTokens = tokens.withUnsafeBufferPointer { lineTokens in
                [Token](unsafeUninitializedCapacity: sentenceRange.count) { buffer, initialized in
                    var out = buffer.baseAddress!
                    for index in sentenceRange {
                        let raw = lineTokens[index]
                        let slice = UnsafeBufferPointer(
                            rebasing: bytes[offsets[raw.start]..<offsets[raw.end]])
                        let text: String
                        let key: String
                        let capitalized: Bool
                        switch raw.kind {
                        case .punctuation:
                            text =
                                ScalarClass.punctuationString(s[raw.start])
                                ?? String(decoding: slice, as: UTF8.self)
                            key = text
                            capitalized = false
                        case .number:
                            text = String(decoding: slice, as: UTF8.self)
                            key = TextKey.key(utf8: slice, text: text)
                            capitalized = false
                        case .word, .elision:
                            text = String(decoding: slice, as: UTF8.self)
                            key = TextKey.key(utf8: slice, text: text)
                            capitalized = ScalarClass.isUppercase(s[raw.start])
                        }
                        out.initialize(
                            to: Token(
                                range: scalarBase + raw.start..<scalarBase + raw.end, text: text, key: key,
                                kind: raw.kind, isCapitalized: capitalized))
                        out += 1
                    }
                    initialized = sentenceRange.count
                }
            }
            let firstToken = tokens[sentenceRange.lowerBound]
            let lastToken = tokens[sentenceRange.upperBound - 1]
            let text = String(
                decoding: UnsafeBufferPointer(
                    rebasing: bytes[offsets[firstToken.start]..<offsets[lastToken.end]]),
                as: UTF8.self)
            sentences.append(
                Sentence(
                    range: scalarBase + firstToken.start..<scalarBase + lastToken.end, text: text,
                    paragraph: paragraph, tokens: sentenceTokens))
        }
        return true
    }

    /// Whether the paragraph at `range` (bytes) repeats an earlier one; records it otherwise.
    private mutating func isRepeated(_ range: Range<Int>) -> Bool {
        let paragraph = UnsafeBufferPointer(rebasing: bytes[range])
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(paragraph))
        let hash = hasher.finalize()
        if let earlier = seen[hash] {
            for other in earlier where other.count == range.count {
                if UnsafeBufferPointer(rebasing: bytes[other]).elementsEqual(paragraph) { return true }
            }
        }
        seen[hash, default: []].append(range)
        return false
    }
}
