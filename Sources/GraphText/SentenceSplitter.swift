/// Finds the sentences of one paragraph in its raw tokens.
///
/// A sentence ends after a run of `.`, `!`, `?`, `…` (with the closing quotes and brackets that
/// follow it) when white space and then a sentence start come next: a capital letter, a digit, an
/// opening quote or bracket, or a dash. It does not end after an abbreviation of `Abbreviations`
/// or an initial ("G. W. Bush"), after an ellipsis still inside quotes ("« Peut-être… Nous
/// verrons »"), or after an ellipsis marking a cut ("(…)"). Numbers ("3.5") and acronyms
/// ("U.S.A.") are single tokens, so their periods never end a sentence. The end of the paragraph
/// always ends a sentence, which makes a headline without final punctuation one sentence.
enum SentenceSplitter {
    /// Appends to `sentences` the token index ranges of the sentences of `tokens`.
    static func split(
        _ tokens: UnsafeBufferPointer<RawToken>, scalars s: UnsafeBufferPointer<UInt32>,
        isAbbreviation: (RawToken) -> Bool, into sentences: inout [Range<Int>]
    ) {
        let count = tokens.count
        var start = 0
        var quoteDepth = 0
        var straightQuoteOpen = false
        var t = 0
        while t < count {
            let token = tokens[t]
            t += 1
            guard token.kind == .punctuation else { continue }
            let c = s[token.start]
            if ScalarClass.isOpeningQuote(c) {
                quoteDepth += 1
                continue
            }
            if ScalarClass.isClosingQuote(c) {
                quoteDepth = max(0, quoteDepth - 1)
                continue
            }
            if c == 0x22 {
                straightQuoteOpen.toggle()
                continue
            }
            guard ScalarClass.isTerminator(c) else { continue }

            let first = t - 1
            var last = first
            var isEllipsis = c == ScalarClass.ellipsis
            while last + 1 < count, tokens[last + 1].kind == .punctuation,
                tokens[last + 1].start == tokens[last].end,
                ScalarClass.isTerminator(s[tokens[last + 1].start])
            {
                last += 1
                if c == ScalarClass.period && s[tokens[last].start] == ScalarClass.period {
                    isEllipsis = true
                }
            }
            // Closing quotes and brackets belong to the sentence they close.
            while last + 1 < count, tokens[last + 1].kind == .punctuation {
                let next = tokens[last + 1]
                let nc = s[next.start]
                let attached = next.start == tokens[last].end
                if ScalarClass.isClosingQuote(nc) {
                    quoteDepth = max(0, quoteDepth - 1)
                } else if nc == 0x22 && (straightQuoteOpen || attached) {
                    straightQuoteOpen = false
                } else if (nc == 0x29 || nc == 0x5D) && attached {  // ) ]
                } else {
                    break
                }
                last += 1
            }
            t = last + 1
            guard t < count else { break }
            let next = tokens[t]
            guard next.start > tokens[last].end, startsSentence(next, s) else { continue }
            if isEllipsis {
                if quoteDepth > 0 || straightQuoteOpen { continue }
                if first > 0 && (s[tokens[first - 1].start] == 0x28 || s[tokens[first - 1].start] == 0x5B) {
                    continue
                }
            } else if c == ScalarClass.period && first > 0 {
                let previous = tokens[first - 1]
                if previous.kind == .word && previous.end == token.start {
                    let isInitial =
                        previous.end - previous.start == 1 && ScalarClass.isUppercase(s[previous.start])
                    if isInitial || isAbbreviation(previous) { continue }
                }
            }
            sentences.append(start..<t)
            start = t
        }
        if start < count { sentences.append(start..<count) }
    }

    /// Whether `token` can open a sentence after a terminator.
    static func startsSentence(_ token: RawToken, _ s: UnsafeBufferPointer<UInt32>) -> Bool {
        let c = s[token.start]
        switch token.kind {
        case .word, .elision: return ScalarClass.isUppercase(c)
        case .number: return true
        case .punctuation:
            // " ( [ – — ¿ ¡ and the opening quotes
            return ScalarClass.isOpeningQuote(c) || c == 0x22 || c == 0x28 || c == 0x5B || c == 0x2013
                || c == 0x2014 || c == 0xBF || c == 0xA1
        }
    }
}
