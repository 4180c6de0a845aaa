import GraphModel
import GraphText

/// Finds the mentions of one sentence: lexicon phrases, institutions qualified by
/// a demonym, government and collective phrases, short references, and
/// capitalised names the lexicon does not know, typed by their context.
///
/// Mentions never overlap; at each token the longest reading wins.
final class MentionFinder: Sendable {
    typealias Tokens = UnsafeBufferPointer<Token>
    typealias WordIDs = UnsafeBufferPointer<Int32>

    let lexicon: Lexicon
    let cues: Cues
    /// Every key that can open a mention other than a capitalised name: most
    /// tokens are not among them and are passed over with one set lookup.
    private let starters: WordSet
    /// Of the starters, those that can make a mention alone; the others need their phrase's
    /// second word next (`openingPairs`), which "la", "le", "l'" and other starters seldom have.
    private let singleStarters: WordSet
    private let openingPairs: PairSet
    /// Words the finder's own rules test for ("de", "et", the articles); the reader uses them too.
    let words: Words

    /// The ids of the few words the rules name, so that testing a token for one of them is
    /// an integer comparison.
    struct Words: Sendable {
        var de, d, du, et, ou, comma, open, close, guillemet, quote, a, avec: Int32
        var articles: WordSet
        var copulas: WordSet
        var genitives: WordSet

        init(_ vocabulary: inout Vocabulary) {
            func id(_ key: String) -> Int32 { vocabulary.intern(key) }
            (de, d, du, et, ou) = (id("de"), id("d'"), id("du"), id("et"), id("ou"))
            (comma, open, close, guillemet, quote) = (id(","), id("("), id(")"), id("«"), id("\""))
            (a, avec) = (id("a"), id("avec"))
            articles = WordSet(keys: ["la", "le", "l'", "les"], vocabulary: &vocabulary)
            copulas = WordSet(
                keys: ["est", "etait", "sera", "reste", "demeure", "et", "de", "du", "des", "a", "ou"],
                vocabulary: &vocabulary)
            genitives = WordSet(keys: ["de", "d'", "du", "des"], vocabulary: &vocabulary)
        }

        /// "de" or "d'".
        @inline(__always) func isDe(_ word: Int32) -> Bool { word == de || word == d }
    }

    init(lexicon: Lexicon, cues: Cues, vocabulary: inout Vocabulary) {
        self.lexicon = lexicon
        self.cues = cues
        words = Words(&vocabulary)
        var starters = lexicon.trie.firstWords
        for trie in [
            cues.institutionHeads.firstWords, cues.governmentPhrases.firstWords, cues.references.firstWords,
        ] {
            starters.formUnion(trie)
        }
        starters.formUnion(cues.collectivePhrases.firstWords)
        starters.formUnion(cues.collectiveWithDemonym.firstWords)
        starters.formUnion(cues.governmentOfPerson)
        starters.formUnion(cues.regionPrefixes)
        starters.formUnion(cues.jihadistWords)
        self.starters = starters
        let tries = [
            lexicon.trie.singleWords, cues.institutionHeads.singleWords, cues.governmentPhrases.singleWords,
            cues.references.singleWords, cues.collectivePhrases.singleWords,
            cues.collectiveWithDemonym.singleWords,
            cues.governmentOfPerson, cues.regionPrefixes, cues.jihadistWords,
        ]
        singleStarters = tries.reduce(into: WordSet()) { $0.formUnion($1) }
        var pairs = lexicon.trie.openingPairs
        for other in [
            cues.institutionHeads.openingPairs, cues.governmentPhrases.openingPairs,
            cues.references.openingPairs,
            cues.collectivePhrases.openingPairs, cues.collectiveWithDemonym.openingPairs,
        ] {
            pairs.formUnion(other)
        }
        openingPairs = pairs
    }

    func mentions(in sentence: Sentence, text: TextDocument, ids: [Int32]) -> [Mention] {
        // The rules read the tokens and ids through buffers: no reference counting per step.
        sentence.tokens.withUnsafeBufferPointer { tokens in
            ids.withUnsafeBufferPointer { ids in mentions(tokens: tokens, text: text, ids: ids) }
        }
    }

    private func mentions(tokens: Tokens, text: TextDocument, ids: WordIDs) -> [Mention] {
        var found: [Mention] = []
        var position = 0
        while position < tokens.count {
            // A lower-case word opens a mention only as a whole phrase or with its phrase's second word.
            if !tokens[position].isCapitalized {
                let word = ids[position]
                if !starters.contains(word)
                    || !(singleStarters.contains(word)
                        || (position + 1 < tokens.count && openingPairs.mayContain(word, ids[position + 1])))
                {
                    position += 1
                    continue
                }
            }
            let previous =
                found.isEmpty
                ? nil
                : Previous(
                    end: found[found.count - 1].end, headWord: found[found.count - 1].headWord,
                    isCountryActor: found[found.count - 1].target.isCountryActor)
            if let mention = mention(at: position, tokens: tokens, text: text, ids: ids, previous: previous) {
                // A demonym may reach back over its institution noun; never over an earlier mention.
                var mention = mention
                if let last = found.last, mention.start < last.end { mention.start = last.end }
                found.append(mention)
                position = mention.end
            } else {
                position += 1
            }
        }
        linkAcronyms(&found, tokens: tokens, text: text, ids: ids)
        return found
    }

    // MARK: One position

    /// What a position needs of the mention before it (read without copying the mention).
    private struct Previous {
        var end: Int
        var headWord: Int32
        var isCountryActor: Bool
    }

    private func mention(at i: Int, tokens: Tokens, text: TextDocument, ids: WordIDs, previous: Previous?)
        -> Mention?
    {
        let token = tokens[i]
        guard token.kind == .word || token.kind == .elision else { return nil }

        // "factions rebelles syriennes", "opposition syrienne": a collective extended by a demonym.
        if let match = cues.collectiveWithDemonym.longest(in: ids, from: i),
            case let (length, index) = (match.length, cues.collectiveWithDemonym.first(match)),
            let demonym = demonym(at: i + length, tokens: tokens, text: text, ids: ids)
        {
            let end = demonym.span.upperBound
            return Mention(
                start: i, end: end, target: .collective(index),
                aliases: Mention.Aliases(surface(tokens, i, end, text)))
        }

        // "l'aviation russe", "le ministère turc", "ses alliés russes": an institution qualified by a
        // demonym, unless the words are a name the lexicon knows ("Forces démocratiques syriennes").
        // The lexicon phrases starting here, walked once for both the institution rule and the lookup below.
        // One walk of the lexicon: the longest name whose case fits (a demonym included), and the
        // longest that is not a demonym, which is the lexicon's reading of the position.
        var named = 0
        var reading: (length: Int, sense: Lexicon.Sense)?
        lexicon.trie.forEachMatch(in: ids, from: i) { match in
            guard
                let phrase = lexicon.trie.values(match).first(where: {
                    casingFits($0.casing, tokens: tokens, from: i)
                })
            else { return true }
            if named == 0 { named = match.length }
            if case .demonym = phrase.sense { return true }
            reading = (match.length, phrase.sense)
            return false
        }
        var qualified: Mention?
        if !(named > 0 && tokens[i].isCapitalized) {
            cues.institutionHeads.forEachMatch(in: ids, from: i) { match in
                qualified = institution(at: i, length: match.length, tokens: tokens, text: text, ids: ids)
                return qualified == nil
            }
        }
        if let qualified { return qualified }

        // "le régime de Bachar al-Assad": the government a named person leads.
        if cues.governmentOfPerson.contains(ids[i]), i + 2 < tokens.count, words.isDe(ids[i + 1]),
            tokens[i + 2].isCapitalized
        {
            let nameEnd = capitalisedSpanEnd(from: i + 2, tokens: tokens, text: text, ids: ids)
            if nameEnd > i + 2,
                lexiconKind(at: i + 2, end: nameEnd, text: text, ids: ids, tokens: tokens) ?? .person
                    == .person
            {
                let person = surface(tokens, i + 2, nameEnd, text)
                return Mention(
                    start: i, end: i + 1, target: .governmentOf(person: person),
                    aliases: Mention.Aliases(surface(tokens, i, nameEnd, text)))
            }
        }

        // A coordinated demonym: "avions russes et syriens".
        if let previous, previous.isCountryActor, previous.end == i - 1,
            ids[i - 1] == words.et || ids[i - 1] == words.comma || ids[i - 1] == words.ou,
            let demonym = demonym(at: i, tokens: tokens, text: text, ids: ids)
        {
            var mention = Mention(
                start: i, end: demonym.span.upperBound, target: .country(demonym.country, .actor),
                aliases: Mention.Aliases(surface(tokens, i, demonym.span.upperBound, text)))
            mention.headWord = previous.headWord
            return mention
        }

        var best: Mention?

        // Region prefixes: "province d'Idleb", "provinces d'Alep et d'Idlib".
        if cues.regionPrefixes.contains(ids[i]), i + 2 < tokens.count, words.isDe(ids[i + 1]),
            tokens[i + 2].isCapitalized
        {
            let nameEnd = placeNameEnd(from: i + 2, tokens: tokens, text: text, ids: ids)
            if nameEnd > i + 2 {
                let name = surface(tokens, i, nameEnd, text)
                consider(
                    &best,
                    Mention(
                        start: i, end: nameEnd,
                        target: .region(
                            name: name,
                            core: tokens[(i + 2)..<nameEnd].map(text.text(of:)).joined(separator: " ")),
                        aliases: Mention.Aliases(name)))
            }
        }

        if let reading {
            consider(
                &best,
                lexiconMention(
                    at: i, length: reading.length, sense: reading.sense, tokens: tokens, text: text, ids: ids)
            )
        }

        // « gouvernement » in quotes is someone's self-styled government, not the state's.
        if let match = cues.governmentPhrases.longest(in: ids, from: i),
            i == 0 || !(ids[i - 1] == words.guillemet || ids[i - 1] == words.quote)
        {
            let end = i + match.length
            consider(
                &best, Mention(start: i, end: end, target: .homeGovernment, aliases: .span)
            )
        }
        // "ses alliés russes": the demonym names the allies; the institution rule reads it next.
        if let match = cues.collectivePhrases.longest(in: ids, from: i),
            demonym(at: i + match.length, tokens: tokens, text: text, ids: ids) == nil
        {
            let end = i + match.length
            consider(
                &best,
                Mention(
                    start: i, end: end, target: .collective(cues.collectivePhrases.first(match)),
                    aliases: .span))
        }
        if cues.jihadistWords.contains(ids[i]) {
            consider(&best, Mention(start: i, end: i + 1, target: .jihadists, aliases: .span))
        }
        if let match = cues.references.longest(in: ids, from: i) {
            let end = i + match.length
            if !isName(referenceFrom: i, end: end, tokens: tokens, text: text, ids: ids) {
                consider(
                    &best,
                    Mention(
                        start: i, end: end, target: .reference(cues.references.first(match)),
                        aliases: Mention.Aliases()))
            }
        }
        if var best {
            if best.aliases.isSpan {
                best.aliases = Mention.Aliases(surface(tokens, best.start, best.end, text))
            }
            return best
        }

        return newName(at: i, tokens: tokens, text: text, ids: ids)
    }

    /// "l'aviation russe": the institution noun of `length` tokens at `i`, qualified by a demonym
    /// right after it or after one adjective ("frappes aériennes russes").
    private func institution(at i: Int, length: Int, tokens: Tokens, text: TextDocument, ids: WordIDs)
        -> Mention?
    {
        let next = i + length
        guard
            let demonym = demonym(at: next, tokens: tokens, text: text, ids: ids)
                ?? (next + 1 < tokens.count && tokens[next].kind == .word
                    ? demonym(at: next + 1, tokens: tokens, text: text, ids: ids) : nil)
        else { return nil }
        var mention = Mention(
            start: i, end: demonym.span.upperBound, target: .country(demonym.country, .actor),
            aliases: Mention.Aliases(
                surface(tokens, demonym.span.lowerBound, demonym.span.upperBound, text),
                surface(tokens, i, demonym.span.upperBound, text)))
        mention.headWord = ids[i]
        return mention
    }

    /// The mention of the lexicon's reading at `i` (a phrase of `length` tokens with `sense`): an
    /// entry, a country (place, actor or name by context), a capital or a seat of power.
    private func lexiconMention(
        at i: Int, length: Int, sense: Lexicon.Sense, tokens: Tokens, text: TextDocument, ids: WordIDs
    ) -> Mention {
        let end = i + length
        let target: Mention.Target
        switch sense {
        case .entry(let index):
            let entry = lexicon.entries[index]
            if let country = entry.institutionOf.flatMap(lexicon.country) {
                target = .country(country, .actor)
            } else {
                target = .entry(index)
            }
        case .countryName(let index):
            let role: Mention.CountryRole =
                isPlaceContext(before: i, tokens: tokens, text: text, ids: ids)
                ? .place
                : isSentenceSubject(i, end: end, tokens: tokens, text: text, ids: ids) ? .subject : .name
            target = .country(index, role)
        case .capital(let index):
            let place =
                isPlaceContext(before: i, tokens: tokens, text: text, ids: ids)
                || (i >= 2 && ids[i - 1] == words.comma
                    && text.key(of: tokens[i - 2]).hasPrefix("capitale"))

            target = place ? .capital(index) : .country(index, .actor)
        case .seat(let index):
            target = .country(index, .actor)
        case .demonym(let index):
            // Never passed: a demonym alone is an adjective ("un journaliste américain"), which
            // the caller does not read as a name.
            target = .country(index, .actor)
        }
        return Mention(start: i, end: end, target: target, aliases: .span)
    }

    /// Whether words that read as a short reference ("le groupe", "l'Observatoire") are
    /// the start of a name: a title before a name ("le groupe djihadiste Hayat Tahrir
    /// al-Sham"), a name the lexicon knows that runs on ("L'Observatoire syrien des
    /// droits de l'homme"), or a capitalised name spelled out before its acronym
    /// ("Le Mouvement pour la justice et l'égalité (MJE)").
    private func isName(referenceFrom i: Int, end: Int, tokens: Tokens, text: TextDocument, ids: WordIDs)
        -> Bool
    {
        if tokens[end..<min(tokens.count, end + 2)].contains(where: \.isCapitalized) { return true }
        // "la ville stratégique de Saraqeb": the noun introduces a name.
        for position in end..<min(tokens.count - 1, end + 3)
        where words.isDe(ids[position]) && tokens[position + 1].isCapitalized {
            return true
        }
        for start in (i + 1)..<end {
            if let match = lexicon.trie.longest(in: ids, from: start), start + match.length > end {
                return true
            }
        }
        let head = tokens[end - 1]
        guard head.isCapitalized, !head.isAcronym else { return false }
        var position = end
        while position < min(tokens.count, end + 10) {
            if ids[position] == words.open {
                return position + 1 < tokens.count && tokens[position + 1].isAcronym
            }
            if tokens[position].kind == .punctuation { return false }
            position += 1
        }
        return false
    }

    /// Keeps the longer of two readings; the first one found wins a tie.
    @inline(__always)
    private func consider(_ best: inout Mention?, _ candidate: Mention) {
        if best == nil || candidate.end > best!.end { best = candidate }
    }

    // MARK: Names the lexicon does not know

    private func newName(at i: Int, tokens: Tokens, text: TextDocument, ids: WordIDs) -> Mention? {
        let token = tokens[i]
        guard token.kind == .word, token.isCapitalized, !cues.stopwords.contains(ids[i]) else { return nil }
        let end = capitalisedSpanEnd(from: i, tokens: tokens, text: text, ids: ids)
        guard end > i else { return nil }
        let atStart = i == 0 || (i == 1 && tokens[0].kind == .punctuation)
        let acronym = end == i + 1 && token.isAcronym
        let name = surface(tokens, i, end, text)
        let kind: EntityKind
        if let cued = titleKind(before: i, tokens: tokens, text: text, ids: ids) {
            kind = cued
        } else if let head = cues.heads[ids[i]], end - i >= 2 {
            // A head word names a kind only with a name after it ("Front al-Nosra"), not alone ("les Forces").
            kind = head
        } else if acronym {
            kind = .organization
        } else if end - i >= 2, !ids[i..<end].contains(where: words.genitives.contains),
            !(i == 0 && end == tokens.count)
        {
            // Two or more capitalised words with no cue and no "de": most often a person in
            // news copy. A line that is nothing but the name is a heading, not a mention.
            kind = .person
        } else if !atStart, i > 0, ids[i - 1] == words.a, text.text(of: tokens[i - 1]) != "a" {
            kind = .city
        } else {
            return nil
        }
        if atStart && end == i + 1 && !acronym
            && titleKind(before: i, tokens: tokens, text: text, ids: ids) == nil
        {
            return nil
        }
        return Mention(
            start: i, end: end, target: .newName(name: name, kind: kind), aliases: Mention.Aliases(name))
    }

    /// The end of a run of capitalised words, particles allowed between them
    /// ("Rami Abdel Rahmane", "Gardiens de la Révolution").
    private func capitalisedSpanEnd(from start: Int, tokens: Tokens, text: TextDocument, ids: WordIDs) -> Int
    {
        var end = start
        var position = start
        while position < tokens.count {
            let token = tokens[position]
            if token.kind == .word
                && (token.isCapitalized || (position > start && Self.hasNameParticle(token, in: text)))
                && (position == start || !cues.stopwords.contains(ids[position]))
            {
                position += 1
                end = position
            } else if position > start, cues.particles.contains(ids[position]) || token.kind == .elision,
                position + 1 < tokens.count,
                tokens[position + 1].isCapitalized || cues.particles.contains(ids[position + 1])
            {
                position += 1
            } else {
                break
            }
        }
        return end
    }

    /// "al-Jolani", "el-Sissi", "ben-Ali": a lower-case Arabic particle glued to a capitalised name.
    static func hasNameParticle(_ token: Token, in document: TextDocument) -> Bool {
        // Every particle has a hyphen after one to three letters: most words are turned away here.
        guard token.utf8.count > 3,
            document.withUTF8({ bytes in
                bytes[(token.utf8.lowerBound + 1)..<min(token.utf8.upperBound, token.utf8.lowerBound + 5)]
                    .contains(0x2D)
            })
        else { return false }
        return hasNameParticle(document.text(of: token))
    }

    static func hasNameParticle(_ text: String) -> Bool {
        for particle in [
            "al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "ben-", "bin-", "ibn-", "abd-", "abu-",
        ]
        where text.hasPrefix(particle) {
            return text.unicodeScalars.dropFirst(particle.unicodeScalars.count).first?.properties.isUppercase
                ?? false
        }
        return false
    }

    /// The end of a place name after a region prefix: a lexicon place or a capitalised run.
    private func placeNameEnd(from start: Int, tokens: Tokens, text: TextDocument, ids: WordIDs) -> Int {
        if let match = lexicon.trie.longest(in: ids, from: start) { return start + match.length }
        return capitalisedSpanEnd(from: start, tokens: tokens, text: text, ids: ids)
    }

    /// The kind announced by a title just before `i` ("la ville de", "le président", "l'ONG").
    private func titleKind(before i: Int, tokens: Tokens, text: TextDocument, ids: WordIDs) -> EntityKind? {
        // Look back up to four tokens for a title ending there, skipping "de"/"d'" and one adjective.
        for start in stride(from: i - 1, through: max(0, i - 5), by: -1) {
            var kind: EntityKind?
            cues.titles.forEachMatch(in: ids, from: start) { match in
                let gap = (start + match.length)..<i
                if gap.count <= 2,
                    gap.allSatisfy({
                        words.isDe(ids[$0]) || ids[$0] == words.du || text.key(of: tokens[$0]).count > 2
                    })
                {
                    kind = cues.titles.first(match)
                }
                return kind == nil
            }
            if let kind { return kind }
        }
        return nil
    }

    private func lexiconKind(at start: Int, end: Int, text: TextDocument, ids: WordIDs, tokens: Tokens)
        -> EntityKind?
    {
        guard let match = lexicon.trie.longest(in: ids, from: start), start + match.length == end
        else {
            return nil
        }
        if case .entry(let index) = lexicon.trie.first(match).sense { return lexicon.entries[index].kind }
        return .country
    }

    // MARK: Demonyms and context

    /// The demonym at `i` ("russes", "sud-soudanaise"), its country and the span it covers.
    private func demonym(at i: Int, tokens: Tokens, text: TextDocument, ids: WordIDs) -> (
        country: Int, span: Range<Int>
    )? {
        guard i < tokens.count else { return nil }
        var found: (country: Int, span: Range<Int>)?
        lexicon.trie.forEachMatch(in: ids, from: i) { match in
            for phrase in lexicon.trie.values(match) {
                if case .demonym(let country) = phrase.sense {
                    found = (country, i..<i + match.length)
                    return false
                }
            }
            return true
        }
        return found
    }

    /// "La Turquie soutient…": the name opens the sentence (an article at most before
    /// it) and a verb follows, not a copula ("La Syrie est en proie…" stays a place).
    private func isSentenceSubject(_ i: Int, end: Int, tokens: Tokens, text: TextDocument, ids: WordIDs)
        -> Bool
    {
        guard i == 0 || (i == 1 && words.articles.contains(ids[0])), end < tokens.count else {
            return false
        }
        let next = tokens[end]
        return next.kind == .word && !next.isCapitalized
            && !words.copulas.contains(ids[end])
    }

    /// Whether a country name at `i` is used as a location: after a preposition of
    /// place ("en Syrie", "au Royaume-Uni") or a place noun ("le nord de la Syrie").
    private func isPlaceContext(before i: Int, tokens: Tokens, text: TextDocument, ids: WordIDs) -> Bool {
        var position = i - 1
        if position >= 0, words.articles.contains(ids[position]) { position -= 1 }
        guard position >= 0 else { return false }
        let word = ids[position]
        if words.genitives.contains(word) {
            return position > 0 && cues.placeNouns.contains(ids[position - 1])
        }
        if word == words.avec {
            return position > 0 && text.key(of: tokens[position - 1]).hasPrefix("frontiere")
        }
        // Keys drop accents, so the preposition "à" and the verb "a" share one key.
        if word == words.a { return text.text(of: tokens[position]) != "a" }
        return cues.locatives.contains(word)
    }

    private func casingFits(_ casing: UInt64, tokens: Tokens, from start: Int) -> Bool {
        var rules = casing
        var position = start
        while rules != 0 {
            let token = tokens[position]
            switch rules & 3 {
            case 1 where !token.isCapitalized: return false
            case 2 where !token.isAcronym: return false
            default: break
            }
            rules >>= 2
            position += 1
        }
        return true
    }

    // MARK: Acronyms

    /// "Observatoire syrien des droits de l'homme (OSDH)": the acronym in brackets
    /// and the name before it are one entity. When the lexicon knows only one of
    /// the two, the other joins it.
    private func linkAcronyms(_ mentions: inout [Mention], tokens: Tokens, text: TextDocument, ids: WordIDs) {
        var index = 0
        while index < mentions.count {
            let mention = mentions[index]
            let open = mention.start - 1
            guard open > 0, ids[open] == words.open, mention.end < tokens.count,
                ids[mention.end] == words.close,
                mention.end - mention.start == 1, tokens[mention.start].isAcronym
            else {
                index += 1
                continue
            }
            let initial = text.key(of: tokens[mention.start]).first
            // The spelled-out name may span unknown names and places ("Union des médecins du
            // Kordofan (UMK)"), never a known actor.
            var floor = 0
            for earlier in mentions[..<index].reversed() {
                if earlier.target.isNewName { continue }
                if case .entry(let entry) = earlier.target, lexicon.entries[entry].kind.isPlace { continue }
                if case .country(_, let role) = earlier.target, role != .actor { continue }
                floor = earlier.end
                break
            }
            if index > 0, mentions[index - 1].end == open,
                text.key(of: tokens[mentions[index - 1].start]).first == initial
            {
                // Both named: the bracketed acronym takes the reading of the name when it is a new name.
                if mention.target.isNewName {
                    mentions[index].target = mentions[index - 1].target
                } else if mentions[index - 1].target.isNewName {
                    mentions[index - 1].target = mention.target
                }
            } else if let start = expansionStart(
                before: open, initial: initial, tokens: tokens, text: text, ids: ids, floor: floor)
            {
                let name = surface(tokens, start, open, text)
                var target = mention.target
                if case .newName(_, let kind) = target {
                    target = .newName(name: name, kind: cues.heads[ids[start]] ?? kind)
                }
                let inside = mentions.indices.filter {
                    mentions[$0].start >= start && mentions[$0].end <= open
                }
                for position in inside.reversed() { mentions.remove(at: position) }
                index -= inside.count
                mentions.insert(
                    Mention(start: start, end: open, target: target, aliases: Mention.Aliases(name)),
                    at: index)
                index += 1
                mentions[index].target = target
            }
            index += 1
        }
    }

    /// Where the spelled-out name before an acronym begins: the farthest capitalised
    /// word within ten tokens whose initial is the acronym's, with no punctuation in between.
    private func expansionStart(
        before open: Int, initial: Character?, tokens: Tokens, text: TextDocument, ids: WordIDs, floor: Int
    ) -> Int? {
        var position = open - 1
        var start: Int?
        while position >= max(floor, open - 10) {
            let token = tokens[position]
            if token.kind == .punctuation || token.kind == .number { break }
            if token.isCapitalized && !cues.stopwords.contains(ids[position])
                && text.key(of: tokens[position]).first == initial
            {
                start = position
            }
            position -= 1
        }
        return start
    }

    func surface(_ tokens: Tokens, _ start: Int, _ end: Int, _ text: TextDocument) -> String {
        text.phrase(UnsafeBufferPointer(rebasing: tokens[start..<end]))
    }

    func surface(_ tokens: [Token], _ start: Int, _ end: Int, _ text: TextDocument) -> String {
        tokens.withUnsafeBufferPointer { surface($0, start, end, text) }
    }
}
