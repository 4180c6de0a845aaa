import GraphModel
import GraphText

/// A relation found in one sentence, between the document's entities (indices of the reader's drafts).
struct FoundRelation: Sendable, Hashable {
    var subject: Int
    var predicate: Predicate
    var object: Int
    var hedged: Bool
    var confidence: Double
}

/// Matches relation patterns against one sentence whose mentions are resolved.
///
/// Patterns are indexed by their trigger word, so a sentence costs one table
/// lookup per token plus the work on the few patterns a token triggers.
final class PatternMatcher: Sendable {
    private let patterns: [RelationPattern]
    /// Per pattern, what a trigger needs around it before the pattern is tried: its number of
    /// slots, and whether a slot comes right before or right after the trigger (then a mention
    /// must stand there). Most triggers ("de", ",") fail these checks.
    private let slotCounts: [Int]
    private let slotBefore: [Bool]
    private let slotAfter: [Bool]
    /// Per word id: the patterns it triggers, by exact word or by prefix.
    private let byWord: [[Int]]
    /// Patterns triggered by a key prefix ("soutien*"), for words outside `byWord`.
    private let byPrefix: [(prefix: String, pattern: Int)]
    private let negations: WordSet
    private let hedges: WordSet
    private let strikeHeads: WordSet
    /// Words a slot passes over before its mention ("le", "ses", "plusieurs").
    private let determiners: WordSet
    /// Sentence-internal stops that a gap does not cross: . ; ? !
    private let barriers: WordSet
    /// Words that join coordinated mentions: "et", "ou", ",".
    private let conjunctions: WordSet
    private let comma, open, close: Int32
    private static let determinerKeys = [
        "le", "la", "les", "l'", "des", "du", "de", "d'", "un", "une", "ses", "leurs", "leur", "son", "sa",
        "ces", "cette", "ce", "cet", "au", "aux", "certains", "certaines", "plusieurs", "the", "a", "an",
        "its",
        "their",
    ]

    /// Indexes `patterns` by trigger. Every word the patterns can meet must be in
    /// `vocabulary` by now: the prefix index is computed over its words.
    init(patterns: [RelationPattern], cues: Cues, vocabulary: inout Vocabulary) {
        self.patterns = patterns
        slotCounts = patterns.map(\.slotCount)
        slotBefore = patterns.map { if case .slot = $0.left.first { true } else { false } }
        slotAfter = patterns.map { if case .slot = $0.right.first { true } else { false } }
        negations = cues.negations
        hedges = cues.hedges
        strikeHeads = cues.strikeHeads
        determiners = WordSet(keys: Self.determinerKeys, vocabulary: &vocabulary)
        barriers = WordSet(keys: [".", ";", "?", "!"], vocabulary: &vocabulary)
        conjunctions = WordSet(keys: ["et", "ou", ","], vocabulary: &vocabulary)
        (comma, open, close) = (vocabulary.intern(","), vocabulary.intern("("), vocabulary.intern(")"))
        var byWord = Array(repeating: [Int](), count: vocabulary.words.count)
        var byPrefix: [(prefix: String, pattern: Int)] = []
        for (index, pattern) in patterns.enumerated() {
            let trigger = pattern.triggerWords
            for word in trigger.words { byWord[Int(word)].append(index) }
            for prefix in trigger.prefixes {
                byPrefix.append((prefix, index))
                for (word, key) in vocabulary.words.enumerated() where key.utf8.starts(with: prefix.utf8) {
                    byWord[word].append(index)
                }
            }
        }
        self.byWord = byWord
        self.byPrefix = byPrefix
    }

    /// A sentence prepared for matching: its tokens and its resolved mentions.
    struct Context {
        var tokens: [Token]
        /// The document, for the keys of words outside the vocabulary (prefix triggers).
        var text: TextDocument
        /// The keys' vocabulary ids.
        var ids: [Int32]
        var mentions: [Mention]
        /// Per mention: the resolved entity's kind and whether it is a collective actor.
        var kinds: [EntityKind]
        var collective: [Bool]
        /// The mention that is the sentence's subject, if any.
        var subject: Int?
        /// The entity of the country the text is about, as a place.
        var home: Int?
        /// The mention that starts at a token, ends there, covers it (`nil` for none).
        func startAt(_ position: Int) -> Int? { entry(position, 0) }
        func endAt(_ position: Int) -> Int? { entry(position, 1) }
        func coverAt(_ position: Int) -> Int? { entry(position, 2) }

        @inline(__always)
        private func entry(_ position: Int, _ offset: Int) -> Int? {
            let value = table[3 * position + offset]
            return value < 0 ? nil : Int(value)
        }
        /// The mention each token belongs to: a pattern's trigger may be the head
        /// noun of a mention ("le président russe", "les frappes russes").
        /// The three per-token tables, interleaved in one array (one allocation per sentence).
        private var table: [Int32]

        init(
            tokens: [Token], text: TextDocument, ids: [Int32], mentions: [Mention], kinds: [EntityKind],
            collective: [Bool], subject: Int?, home: Int?
        ) {
            self.tokens = tokens
            self.text = text
            self.ids = ids
            self.mentions = mentions
            self.kinds = kinds
            self.collective = collective
            self.subject = subject
            self.home = home
            var table = Array(repeating: Int32(-1), count: 3 * tokens.count)
            for (index, mention) in mentions.enumerated() where mention.entity != nil {
                table[3 * mention.start] = Int32(index)
                table[3 * (mention.end - 1) + 1] = Int32(index)
                for position in mention.start..<mention.end { table[3 * position + 2] = Int32(index) }
            }
            self.table = table
        }
    }

    func relations(in context: Context) -> [FoundRelation] {
        var found: [FoundRelation] = []
        let mentions = context.mentions.count { $0.entity != nil }
        for position in context.ids.indices {
            let word = Int(context.ids[position])
            if word >= 0 && word < byWord.count {
                for index in byWord[word] where slotCounts[index] <= mentions {
                    if slotBefore[index] && !mentionEnds(before: position, context) { continue }
                    if slotAfter[index] && !mentionStarts(after: position, context) { continue }
                    match(patterns[index], at: position, in: context, into: &found)
                }
            } else if !byPrefix.isEmpty {
                let key = context.text.key(of: context.tokens[position]).utf8
                for (prefix, index) in byPrefix
                where patterns[index].slotCount <= mentions && key.starts(with: prefix.utf8) {
                    match(patterns[index], at: position, in: context, into: &found)
                }
            }
        }
        return found
    }

    /// Whether a left slot can match right before `trigger`: a mention ends there, or a
    /// bracketed acronym does.
    @inline(__always)
    private func mentionEnds(before trigger: Int, _ context: Context) -> Bool {
        trigger > 0 && (context.coverAt(trigger - 1) != nil || context.ids[trigger - 1] == close)
    }

    /// Whether a right slot can match after `trigger`: a mention within the two determiners
    /// a slot passes over.
    @inline(__always)
    private func mentionStarts(after trigger: Int, _ context: Context) -> Bool {
        let end = min(context.ids.count, trigger + 4)
        return trigger + 1 < end && (trigger + 1..<end).contains { context.coverAt($0) != nil }
    }

    // MARK: Matching

    private struct Bindings {
        var subject: [Int] = []
        var object: [Int] = []
        var first: Int
        var last: Int
    }

    private func match(
        _ pattern: RelationPattern, at trigger: Int, in context: Context, into found: inout [FoundRelation]
    ) {
        let start = Bindings(first: trigger, last: trigger)
        guard
            let bound = matchRight(pattern, 0, trigger + 1, start, context).flatMap({
                matchLeft(pattern, 0, trigger - 1, $0, context)
            })
        else { return }
        var bindings = bound
        // The sentence's subject, or the home country, fills roles the pattern leaves to them.
        for element in pattern.fillers {
            switch element {
            case .sentenceSubject(let role):
                guard let subject = context.subject, context.mentions[subject].end <= bindings.first else {
                    return
                }
                // "Les djihadistes et leurs alliés ... mènent une offensive": the whole coordinated subject.
                let members = coordinatedRight(from: subject, .actor, context).0
                    .filter { context.mentions[$0].end <= bindings.first }
                let entities = members.compactMap { context.mentions[$0].entity }
                if role == .subject { bindings.subject = entities } else { bindings.object = entities }
            case .home(let role):
                guard let home = context.home else { return }
                if role == .subject { bindings.subject = [home] } else { bindings.object = [home] }
            default:
                continue
            }
        }
        if isNegated(from: bindings.first, to: trigger, context) { return }
        if !pattern.exclude.isEmpty,
            context.ids[bindings.first...bindings.last].contains(where: pattern.exclude.contains)
        {
            return
        }
        let hedged = pattern.hedged || isHedged(before: trigger, context)
        // "les chefs de la diplomatie russe et turque, Sergueï Lavrov et Hakan Fidan": pairs in order.
        let pairwise =
            (pattern.predicate == .partOf || pattern.predicate == .leads) && bindings.subject.count > 1
            && bindings.subject.count == bindings.object.count
        for (i, subject) in bindings.subject.enumerated() {
            for (j, object) in bindings.object.enumerated() where subject != object && (!pairwise || i == j) {
                found.append(
                    FoundRelation(
                        subject: subject, predicate: pattern.predicate, object: object, hedged: hedged,
                        confidence: pattern.confidence))
                if pattern.mutual {
                    found.append(
                        FoundRelation(
                            subject: object, predicate: pattern.predicate, object: subject, hedged: hedged,
                            confidence: pattern.confidence))
                }
            }
        }
    }

    private func matchRight(
        _ pattern: RelationPattern, _ element: Int, _ position: Int, _ bindings: Bindings, _ context: Context
    ) -> Bindings? {
        guard element < pattern.right.count else { return bindings }
        let count = context.tokens.count
        switch pattern.right[element] {
        case .words(let keys, let prefixes, let optional):
            if position < count, fits(position, keys, prefixes, context) {
                var next = bindings
                next.last = max(next.last, position)
                if let result = matchRight(pattern, element + 1, position + 1, next, context) {
                    return result
                }
            }
            return optional ? matchRight(pattern, element + 1, position, bindings, context) : nil
        case .gap(let size, _):
            var skip = 0
            while skip <= size, position + skip <= count {
                if skip > 0, barriers.contains(context.ids[position + skip - 1]) { break }
                if let result = matchRight(pattern, element + 1, position + skip, bindings, context) {
                    return result
                }
                skip += 1
            }
            return nil
        case .sentenceSubject, .home:
            return matchRight(pattern, element + 1, position, bindings, context)
        case .slot(let role, let slotClass):
            var at = position
            var skipped = 0
            while at < count, context.coverAt(at) == nil, skipped < 2, determiners.contains(context.ids[at]) {
                at += 1
                skipped += 1
            }
            guard at < count, let mention = context.coverAt(at), admits(slotClass, mention, context) else {
                return nil
            }
            var members = [mention]
            var end = bracketedAliasEnd(after: mention, context)
            if pattern.coordinate { (members, end) = coordinatedRight(from: mention, slotClass, context) }
            var next = bindings
            let entities = members.compactMap { context.mentions[$0].entity }
            if role == .subject { next.subject = entities } else { next.object = entities }
            next.last = max(next.last, end - 1)
            return matchRight(pattern, element + 1, end, next, context)
        }
    }

    private func matchLeft(
        _ pattern: RelationPattern, _ element: Int, _ position: Int, _ bindings: Bindings, _ context: Context
    ) -> Bindings? {
        guard element < pattern.left.count else { return bindings }
        switch pattern.left[element] {
        case .words(let keys, let prefixes, let optional):
            if position >= 0, fits(position, keys, prefixes, context) {
                var next = bindings
                next.first = min(next.first, position)
                if let result = matchLeft(pattern, element + 1, position - 1, next, context) { return result }
            }
            return optional ? matchLeft(pattern, element + 1, position, bindings, context) : nil
        case .gap(let size, let appositions):
            var start = position
            // "les forces du régime, soutenues par l'aviation russe, avaient repris": a comma right
            // before the verb closes an apposition; the subject stands before its opening comma.
            // An auxiliary may stand between the comma and the verb ("…, avait pris").
            let closing =
                start >= 0 && context.ids[start] == comma
                ? start : start >= 1 && context.ids[start - 1] == comma ? start - 1 : nil
            if appositions, let closing,
                let opening = (max(0, closing - 16)..<closing).last(where: { context.ids[$0] == comma })
            {
                start = opening - 1
            }
            var skip = 0
            while skip <= size, start - skip >= -1 {
                if skip > 0, barriers.contains(context.ids[start - skip + 1]) { break }
                if let result = matchLeft(pattern, element + 1, start - skip, bindings, context) {
                    return result
                }
                skip += 1
            }
            return nil
        case .sentenceSubject, .home:
            return matchLeft(pattern, element + 1, position, bindings, context)
        case .slot(let role, let slotClass):
            guard position >= 0,
                let mention = bracketedAliasOwner(endingAt: position, context) ?? context.coverAt(position),
                admits(slotClass, mention, context)
            else {
                return nil
            }
            var members = [mention]
            var start = context.mentions[mention].start
            if pattern.coordinate { (members, start) = coordinatedLeft(from: mention, slotClass, context) }
            var next = bindings
            let entities = members.compactMap { context.mentions[$0].entity }
            if role == .subject { next.subject = entities } else { next.object = entities }
            next.first = min(next.first, start)
            return matchLeft(pattern, element + 1, start - 1, next, context)
        }
    }

    // MARK: Coordination

    /// "la Russie et l'Iran", "Alep, Hama et Lattaquié": the mentions joined to
    /// `first` by commas and a final "et"/"ou", rightwards.
    private func coordinatedRight(from first: Int, _ slotClass: RelationPattern.SlotClass, _ context: Context)
        -> ([Int], Int)
    {
        var members = [first]
        var end = bracketedAliasEnd(after: first, context)
        var confirmed = (members: members, end: end)
        var position = end
        while position < context.tokens.count {
            let separator = context.ids[position]
            guard conjunctions.contains(separator) else { break }
            var at = position + 1
            while at < context.tokens.count, context.startAt(at) == nil, determiners.contains(context.ids[at])
            {
                at += 1
            }
            guard at < context.tokens.count, let next = context.startAt(at), admits(slotClass, next, context)
            else { break }
            members.append(next)
            end = bracketedAliasEnd(after: next, context)
            position = end
            // A list joined only by commas may be an apposition: it counts once "et" closes it.
            if separator != comma { confirmed = (members, end) }
        }
        return (confirmed.members, confirmed.end)
    }

    private func coordinatedLeft(from last: Int, _ slotClass: RelationPattern.SlotClass, _ context: Context)
        -> ([Int], Int)
    {
        var members = [last]
        var start = context.mentions[last].start
        var position = start - 1
        var sawConjunction = false
        var confirmed = (members: members, start: start)
        while position >= 0 {
            let separator = context.ids[position]
            guard conjunctions.contains(separator) else { break }
            if separator != comma { sawConjunction = true }
            guard position >= 1, let previous = context.endAt(position - 1),
                admits(slotClass, previous, context)
            else {
                break
            }
            members.insert(previous, at: 0)
            start = context.mentions[previous].start
            position = start - 1
            if sawConjunction { confirmed = (members, start) }
        }
        return (confirmed.members, confirmed.start)
    }

    // MARK: Helpers

    /// "l'Observatoire syrien des droits de l'homme (OSDH)": a slot's mention takes the
    /// bracketed acronym of the same entity with it.
    private func bracketedAliasEnd(after mention: Int, _ context: Context) -> Int {
        let end = context.mentions[mention].end
        guard end + 2 < context.tokens.count, context.ids[end] == open, let inner = context.startAt(end + 1),
            context.mentions[inner].entity == context.mentions[mention].entity,
            context.mentions[inner].end < context.tokens.count,
            context.ids[context.mentions[inner].end] == close
        else { return end }
        return context.mentions[inner].end + 1
    }

    /// The mention before "(ACRONYM)" when `position` is the closing bracket.
    private func bracketedAliasOwner(endingAt position: Int, _ context: Context) -> Int? {
        guard position >= 3, context.ids[position] == close, let inner = context.endAt(position - 1),
            context.mentions[inner].start >= 2, context.ids[context.mentions[inner].start - 1] == open,
            let owner = context.endAt(context.mentions[inner].start - 2),
            context.mentions[owner].entity == context.mentions[inner].entity
        else { return nil }
        return owner
    }

    private func admits(_ slotClass: RelationPattern.SlotClass, _ mention: Int, _ context: Context) -> Bool {
        if slotClass == .strike, !strikeHeads.contains(context.mentions[mention].headWord) { return false }
        return slotClass.admits(context.kinds[mention], collective: context.collective[mention])
    }

    private func fits(_ position: Int, _ words: WordSet, _ prefixes: [String], _ context: Context) -> Bool {
        words.contains(context.ids[position])
            || (!prefixes.isEmpty
                && prefixes.contains {
                    context.text.key(of: context.tokens[position]).utf8.starts(with: $0.utf8)
                })
    }

    /// "ne soutient pas", "nie soutenir": a negation just before the trigger.
    private func isNegated(from first: Int, to trigger: Int, _ context: Context) -> Bool {
        let low = max(0, min(first, trigger - 4))
        return context.ids[low..<trigger].contains { negations.contains($0) }
    }

    /// "accusé de soutenir": a hedge word shortly before the trigger.
    private func isHedged(before trigger: Int, _ context: Context) -> Bool {
        context.ids[max(0, trigger - 8)..<trigger].contains { hedges.contains($0) }
    }
}
