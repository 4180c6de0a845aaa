import GraphModel
import GraphText

/// Reads one document: finds its mentions, resolves them to entities, matches
/// the relation patterns and builds the document's graph.
///
/// Resolution needs the whole text first: which country the article is about
/// decides whether "la Syrie" is a place or an actor and what "le régime" is,
/// and which jihadist group it follows decides what "les djihadistes" are.
final class DocumentReader: Sendable {
    let lexicon: Lexicon
    let cues: Cues
    let finder: MentionFinder
    let matcher: PatternMatcher
    /// Every key the lexicon, cues and patterns use: a sentence's keys are looked up once.
    let vocabulary: Vocabulary
    /// Per country: the ids of its state and of its government.
    private let stateIDs: [String]
    private let governmentIDs: [String]
    /// Per country: its name and aliases, folded.
    private let countryNames: [Set<String>]
    /// Words before an actor that make it a source, not a subject ("selon l'OSDH").
    private let sourceMarkers: WordSet
    /// Nouns that, qualified by a demonym, most often name the domestic side ("le régime syrien").
    private let domesticHeads: WordSet
    private static let domesticHeadKeys = [
        "regime", "gouvernement", "autorites", "armee", "forces", "opposition",
    ]

    init(
        lexicon: Lexicon, cues: Cues, finder: MentionFinder, matcher: PatternMatcher, vocabulary: Vocabulary
    ) {
        self.lexicon = lexicon
        self.cues = cues
        self.finder = finder
        self.matcher = matcher
        var vocabulary = vocabulary
        sourceMarkers = WordSet(keys: ["selon", "apres", "a", "par", "de", "d'"], vocabulary: &vocabulary)
        domesticHeads = WordSet(keys: Self.domesticHeadKeys, vocabulary: &vocabulary)
        self.vocabulary = vocabulary
        stateIDs = lexicon.countries.map { "\($0.id)_state" }
        governmentIDs = lexicon.countries.map { "\($0.id)_government" }
        countryNames = lexicon.countries.map { Set(([$0.name] + $0.aliases).map(NameKey.fold)) }
    }

    /// What an entity of the document is, before it gets its id: two mentions with the
    /// same key are one entity.
    fileprivate enum DraftKey: Hashable, CustomStringConvertible {
        case entry(Int)
        /// A country as an actor: its state, or its government for the home country.
        case actor(Int)
        /// A country as a place.
        case place(Int)
        case collective(Int)
        /// "les djihadistes" in a text that names no armed group.
        case jihadists
        /// "le régime" in a text about no known country.
        case government
        /// A region by the folded name after its prefix ("province d'Alep" → "alep").
        case region(String)
        /// A name the lexicon does not know, folded, as an actor or a place.
        case name(String, actor: Bool)

        /// A stable spelling, which breaks ties between entities that prefer the same id.
        var description: String {
            switch self {
            case .entry(let index): "entry:\(index)"
            case .actor(let index): "actor:\(index)"
            case .place(let index): "place:\(index)"
            case .collective(let index): "collective:\(index)"
            case .jihadists: "collective:jihadists"
            case .government: "government"
            case .region(let name): "region:\(name)"
            case .name(let name, let actor): "name:\(name)|\(actor ? "actor" : "place")"
            }
        }
    }

    /// An entity while the document is read.
    fileprivate struct Draft {
        var name: String
        var kind: EntityKind
        var aliases: [String] = []
        var mentions = 0
        var collective = false
        var preferredID: String
    }

    func trace(_ text: TextDocument) -> String {
        var out = ""
        _ = read(text, document: Document(id: "trace")) { sentence, mentions, names in
            out += "\n» \(text.text(of: sentence))\n"
            for mention in mentions {
                let words = sentence.tokens[mention.start..<mention.end].map(text.text(of:)).joined(
                    separator: " ")
                out += "   [\(words)] \(mention.target) -> \(mention.entity.map { names[$0] } ?? "-")\n"
            }
        }
        return out
    }

    /// The document's graph. `observe` sees each sentence with its resolved mentions and
    /// the provisional names of the entities they stand for.
    func read(
        _ text: TextDocument, document: Document, observe: ((Sentence, [Mention], [String]) -> Void)? = nil
    ) -> ConflictGraph {
        let sentences = text.sentences
        // The tokens' vocabulary ids, given by the text stage (`read` expects a document numbered
        // with `vocabulary`).
        let sentenceIDs = sentences.map { $0.tokens.map(\.word) }
        var mentions = sentences.indices.map {
            finder.mentions(in: sentences[$0], text: text, ids: sentenceIDs[$0])
        }
        let home = homeCountry(mentions)
        // Only "les djihadistes" needs the main jihadist group: most texts never say it.
        let saysJihadists = mentions.contains { $0.contains { $0.target == .jihadists } }
        let jihadists = saysJihadists ? mainJihadistGroup(mentions, ids: sentenceIDs) : nil
        var acting = Set<Int>()
        for mention in mentions.joined() {
            if case .country(let index, let role) = mention.target, role != .place { acting.insert(index) }
        }

        // The document's entities, in order of first mention; a mention's `entity` is an index here.
        var drafts = Drafts(
            entries: lexicon.entries.count, countries: lexicon.countries.count,
            collectives: cues.collectives.count)
        var recent: [Int] = []
        // Folded aliases seen so far ("cns|actor"), and persons' last names ("lavrov"),
        // so that a later short form finds its entity.
        var names = NameIndex()
        var previousSubject: Int?
        var subjects: [Int?] = []

        for s in sentences.indices {
            for m in mentions[s].indices {
                let mention = mentions[s][m]
                guard
                    let (key, draft) = resolve(
                        mention, home: home, acting: acting, jihadists: jihadists, drafts: drafts,
                        names: &names, recent: recent, previousSubject: previousSubject)
                else { continue }
                let entity = drafts.index(of: key, adding: draft)
                for alias in mention.aliases where !drafts[entity].aliases.contains(alias) {
                    drafts[entity].aliases.append(alias)
                    names.add(alias, entity: entity, kind: drafts[entity].kind)
                }
                if !mention.aliases.isEmpty { drafts[entity].mentions += 1 }
                mentions[s][m].entity = entity
                recent.append(entity)
            }
            let subject = sentenceSubject(mentions[s], ids: sentenceIDs[s], drafts: drafts)
            subjects.append(subject)
            if let subject, let entity = mentions[s][subject].entity { previousSubject = entity }
        }

        // Relations, sentence by sentence.
        var found: [(FoundRelation, Int)] = []
        let homePlace = home.flatMap { drafts.index(of: .place($0)) }
        for (s, sentence) in sentences.enumerated() {
            let resolved = mentions[s]
            guard resolved.contains(where: { $0.entity != nil }) else { continue }
            let kinds = resolved.map { $0.entity.map { drafts[$0].kind } ?? .site }
            let collective = resolved.map { $0.entity.map { drafts[$0].collective } ?? false }
            let context = PatternMatcher.Context(
                tokens: sentence.tokens, text: text, ids: sentenceIDs[s], mentions: resolved,
                kinds: kinds, collective: collective, subject: subjects[s], home: homePlace)
            observe?(sentence, resolved, drafts.all.map(\.name))
            for relation in matcher.relations(in: context) { found.append((relation, s)) }
            // "le Bureau des affaires humanitaires de l'ONU": a name that says what it is part of.
            for mention in resolved {
                guard case .entry(let index) = mention.target, let child = mention.entity,
                    let parent = lexicon.entryParents[index],
                    let named = namedParent(parent, in: sentenceIDs[s], within: mention.start..<mention.end)
                else { continue }
                let (key, draft) = entry(parent)
                let whole = drafts.index(of: key, adding: draft)
                guard whole != child else { continue }
                let alias = finder.surface(sentence.tokens, named.lowerBound, named.upperBound, text)
                if !drafts[whole].aliases.contains(alias) { drafts[whole].aliases.append(alias) }
                drafts[whole].mentions += 1
                found.append(
                    (
                        FoundRelation(
                            subject: child, predicate: .partOf, object: whole, hedged: false, confidence: 0.8),
                        s
                    ))
            }
            // "le régime de Bachar al-Assad": the person leads that government.
            for (m, mention) in resolved.enumerated() {
                guard case .governmentOf = mention.target, let government = mention.entity,
                    let person = resolved[(m + 1)...].first(where: { $0.start == mention.start + 2 })?.entity,
                    drafts[person].kind == .person
                else { continue }
                found.append(
                    (
                        FoundRelation(
                            subject: person, predicate: .leads, object: government, hedged: false,
                            confidence: 0.8), s
                    ))
            }
        }

        // Names and ids.
        if let home, let entity = drafts.index(of: .actor(home)) {
            // Named after its regime or government when the text speaks of one; a country
            // that only acts under its own name stays a state.
            if let name = governmentName(of: home, aliases: drafts[entity].aliases) {
                drafts[entity].name = name
            } else {
                drafts[entity].kind = .state
                drafts[entity].preferredID = stateIDs[home]
            }
        }
        let ids = drafts.identifiers()

        var graph = ConflictGraph()
        var document = document
        if document.title == nil { document.title = Self.headline(text) }
        graph.add(document)
        for (entity, draft) in drafts.all.enumerated() {
            graph.add(
                Entity(
                    id: ids[entity], name: draft.name, kind: draft.kind, aliases: draft.aliases,
                    mentions: draft.mentions))
        }
        var quoted: (index: Int, text: String)?
        for (relation, s) in found {
            let subjectKind = drafts[relation.subject].kind
            let objectKind = drafts[relation.object].kind
            guard relation.subject != relation.object,
                Self.fits(relation.predicate, subject: subjectKind, object: objectKind)
            else { continue }
            let sentence = sentences[s]
            // Made once per quoted sentence: most sentences state nothing.
            if quoted?.index != s { quoted = (s, text.text(of: sentence)) }
            let evidence = Evidence(
                document: document.id, sentence: quoted!.text, start: sentence.range.lowerBound,
                end: sentence.range.upperBound, confidence: relation.confidence)
            graph.add(
                Relation(
                    subject: ids[relation.subject], predicate: relation.predicate,
                    object: ids[relation.object],
                    evidence: [evidence], hedged: relation.hedged))
        }
        return graph
    }

    // MARK: Resolution

    /// The entity a mention stands for: its key, and the draft to add when the key is new.
    private func resolve(
        _ mention: Mention, home: Int?, acting: Set<Int>, jihadists: (DraftKey, Draft)?,
        drafts: Drafts, names: inout NameIndex, recent: [Int], previousSubject: Int?
    ) -> (DraftKey, Draft)? {
        switch mention.target {
        case .entry(let index):
            return entry(index)
        case .country(let index, let role):
            // A foreign country that acts in the text is annotated once, as the actor.
            let isPlace =
                index == home ? role == .place || role == .name : role == .place && !acting.contains(index)
            return isPlace ? place(index) : actor(index, home: home)
        case .capital(let index):
            let name = mention.aliases.firstAlias ?? lexicon.countries[index].capitals.first ?? ""
            if let entry = lexicon.placeEntry(named: name) { return self.entry(entry) }
            return newName(name, kind: .city, drafts: drafts, names: &names)
        case .homeGovernment:
            if let home { return actor(home, home: home) }
            return Self.unknownGovernment
        case .governmentOf(let person):
            if let entry = lexicon.entry(foldedName: NameKey.fold(person)),
                let country = lexicon.entryCountries[entry]
            {
                return actor(country, home: home)
            }
            if let home { return actor(home, home: home) }
            return Self.unknownGovernment
        case .collective(let index):
            let collective = cues.collectives[index]
            var draft = Draft(name: collective.name, kind: collective.kind, preferredID: collective.id)
            draft.collective = true
            return (.collective(index), draft)
        case .jihadists:
            if let jihadists { return jihadists }
            var draft = Draft(name: "djihadistes", kind: .armedGroup, preferredID: "jihadists")
            draft.collective = true
            return (.jihadists, draft)
        case .region(let name, let core):
            // "province d'Alep", "région d'Alep", "provinces d'Alep": one region, named as first written.
            let key = DraftKey.region(NameKey.fold(core))
            if let existing = drafts.index(of: key) { return (key, drafts[existing]) }
            return (key, Draft(name: name, kind: .region, preferredID: Identifier.slug(name)))
        case .newName(let name, let kind):
            return newName(name, kind: kind, drafts: drafts, names: &names)
        case .reference(let reference):
            let entity: Int?
            switch reference {
            case .homeCountry:
                guard let home else { return nil }
                entity = drafts.index(of: .place(home))
                if entity == nil { return place(home) }
            case .previousSubject:
                entity = previousSubject
            case .nearest(let kind):
                entity = recent.last { candidate in
                    kind.map { drafts[candidate].kind == $0 } ?? drafts[candidate].kind.isActor
                }
            }
            return entity.map { (drafts.key($0), drafts[$0]) }
        }
    }

    private static let unknownGovernment = (
        DraftKey.government, Draft(name: "gouvernement", kind: .government, preferredID: "government")
    )

    /// Where a name of entry `parent` stands inside `span` after "de", "d'", "du" or "des",
    /// with or without an article ("de l'ONU", "des Nations unies").
    private func namedParent(_ parent: Int, in ids: [Int32], within span: Range<Int>) -> Range<Int>? {
        let (genitives, articles) = (finder.words.genitives, finder.words.articles)
        for position in (span.lowerBound + 1)..<span.upperBound
        where genitives.contains(ids[position - 1])
            || (position - 2 >= span.lowerBound && articles.contains(ids[position - 1])
                && genitives.contains(ids[position - 2]))
        {
            for match in lexicon.trie.matches(in: ids, from: position)
            where position + match.length <= span.upperBound
                && lexicon.trie.values(match).contains(where: { $0.sense == .entry(parent) })
            {
                return position..<position + match.length
            }
        }
        return nil
    }

    private func entry(_ index: Int) -> (DraftKey, Draft) {
        let entry = lexicon.entries[index]
        return (.entry(index), Draft(name: entry.name, kind: entry.kind, preferredID: entry.id))
    }

    private func place(_ index: Int) -> (DraftKey, Draft) {
        let country = lexicon.countries[index]
        return (.place(index), Draft(name: country.name, kind: .country, preferredID: country.id))
    }

    private func actor(_ index: Int, home: Int?) -> (DraftKey, Draft) {
        let country = lexicon.countries[index]
        if index == home {
            return (
                .actor(index), Draft(name: country.name, kind: .government, preferredID: governmentIDs[index])
            )
        }
        return (.actor(index), Draft(name: country.name, kind: .state, preferredID: stateIDs[index]))
    }

    private func newName(_ name: String, kind: EntityKind, drafts: Drafts, names: inout NameIndex) -> (
        DraftKey, Draft
    ) {
        let folded = NameKey.fold(name)
        // "Hayat Tahrir-al-Sham": a spelling the lexicon's phrases miss but its folded names know.
        if let index = lexicon.entry(foldedName: folded), lexicon.entries[index].kind.isActor == kind.isActor
        {
            return entry(index)
        }
        let key = DraftKey.name(folded, actor: kind.isActor)
        if let existing = drafts.index(of: key) { return (key, drafts[existing]) }
        // "le CNS" after "Comité national de sauvegarde (CNS)", "Lavrov" after "Sergueï Lavrov".
        if let earlier = names.entity(folded, actor: kind.isActor, person: kind == .person) {
            return (drafts.key(earlier), drafts[earlier])
        }
        return (key, Draft(name: name, kind: kind, preferredID: Identifier.slug(name)))
    }

    /// "régime syrien" when the text speaks of a regime, "gouvernement syrien" when it
    /// speaks of a government, army or authorities; nil when it only names the country.
    private func governmentName(of home: Int, aliases: [String]) -> String? {
        let country = lexicon.countries[home]
        let folded = aliases.map(NameKey.fold)
        let names = countryNames[home]
        let word: String
        if folded.contains(where: { Self.contains($0, "regime") }) {
            word = "régime"
        } else if folded.contains(where: names.contains) {
            return nil
        } else {
            word = "gouvernement"
        }
        if let demonym = country.demonyms.first { return "\(word) \(demonym)" }
        return "\(word) de \(country.name)"
    }

    /// Whether `word` occurs in `text`, compared byte by byte (the folded forms are plain ASCII
    /// mostly, and the generic substring search costs more than the rest of this check).
    private static func contains(_ text: String, _ word: StaticString) -> Bool {
        let bytes = Array(text.utf8)
        let count = word.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for start in 0...(bytes.count - count) where bytes[start] == needle[0] {
            if bytes[start..<start + count].elementsEqual(needle) { return true }
        }
        return false
    }

    // MARK: Document-wide choices

    /// The country the text is about: the one most named as a place, its cities counted.
    private func homeCountry(_ mentions: [[Mention]]) -> Int? {
        // Per country: its score and the position of its first mention (0: never named).
        var score = Array(repeating: 0, count: lexicon.countries.count)
        var first = Array(repeating: 0, count: lexicon.countries.count)
        var position = 0
        for sentence in mentions {
            for mention in sentence {
                position += 1
                var country: Int?
                var weight = 1
                switch mention.target {
                case .country(let index, .place): (country, weight) = (index, 2)
                case .country(let index, .name), .country(let index, .subject): country = index
                // A regime or government named by its demonym is most often the domestic one.
                case .country(let index, .actor)
                where domesticHeads.contains(mention.headWord):
                    (country, weight) = (index, 2)
                case .capital(let index): country = index
                case .entry(let index) where lexicon.entries[index].kind.isPlace:
                    // Towns tell where the story is better than a country named in passing.
                    country = lexicon.entryCountries[index]
                    weight = 2
                case .region(_, let core):
                    // "province d'Alep" counts for Alep's country.
                    country = lexicon.placeEntry(named: core)
                        .flatMap { lexicon.entryCountries[$0] }
                default: break
                }
                if let country {
                    score[country] += weight
                    if first[country] == 0 { first[country] = position }
                }
            }
        }
        return score.indices.filter { first[$0] > 0 }.max { a, b in
            (score[a], -first[a]) < (score[b], -first[b])
        }
    }

    /// The armed group that "les djihadistes" stands for: the one the text calls
    /// jihadist, or else the most named armed group.
    private func mainJihadistGroup(_ mentions: [[Mention]], ids sentenceIDs: [[Int32]]) -> (
        DraftKey, Draft
    )? {
        var score: [DraftKey: Int] = [:]
        var found: [DraftKey: Draft] = [:]
        var first: [DraftKey: Int] = [:]
        var position = 0
        for (s, sentence) in mentions.enumerated() {
            let ids = sentenceIDs[s]
            for mention in sentence {
                position += 1
                let key: DraftKey
                switch mention.target {
                case .entry(let index) where lexicon.entries[index].kind == .armedGroup:
                    let (entryKey, draft) = entry(index)
                    key = entryKey
                    found[key] = draft
                case .newName(let name, .armedGroup):
                    key = .name(NameKey.fold(name), actor: true)
                    found[key] = Draft(name: name, kind: .armedGroup, preferredID: Identifier.slug(name))
                default: continue
                }
                let window = ids[max(0, mention.start - 4)..<min(ids.count, mention.end + 2)]
                let cue = window.contains { cues.jihadistCues.contains($0) }
                score[key, default: 0] += cue ? 5 : 1
                if first[key] == nil { first[key] = position }
            }
        }
        guard let key = score.max(by: { a, b in (a.value, -first[a.key]!) < (b.value, -first[b.key]!) })?.key
        else { return nil }
        return (key, found[key]!)
    }

    /// The sentence's first actor that is not a source ("selon l'OSDH", "a indiqué à l'AFP").
    private func sentenceSubject(_ mentions: [Mention], ids: [Int32], drafts: Drafts) -> Int? {
        mentions.indices.first { index in
            let mention = mentions[index]
            guard let entity = mention.entity, drafts[entity].kind.isActor else { return false }
            let before = ids[max(0, mention.start - 2)..<mention.start]
            return !before.contains(where: sourceMarkers.contains)
        }
    }

    /// The article's headline: a first line that is one sentence without a final full stop.
    static func headline(_ text: TextDocument) -> String? {
        let sentences = text.sentences
        guard let first = sentences.first, first.paragraph == 0, sentences.dropFirst().first?.paragraph != 0
        else { return nil }
        let line = text.text(of: first)
        guard let last = line.last, !".!…".contains(last), line.count <= 200 else { return nil }
        return line
    }

    /// The ontology's constraints on the ends of each predicate.
    static func fits(_ predicate: Predicate, subject: EntityKind, object: EntityKind) -> Bool {
        switch predicate {
        case .controls: subject.isActor && object.isPlace
        case .locatedIn:
            (subject.isPlace || subject == .organization || subject == .government) && object.isPlace
        case .leads:
            (subject == .person || subject == .armedGroup || subject == .organization) && object.isActor
        case .partOf: subject.isActor && object.isActor
        case .supports, .alliedWith, .affiliatedWith: subject.isActor && object.isActor
        case .opposes: subject.isActor
        }
    }
}

extension DocumentReader {
    /// The entities of one document while it is read, in order of first mention,
    /// findable by key.
    fileprivate struct Drafts {
        private(set) var all: [Draft] = []
        private var keys: [DraftKey] = []
        /// The entity of each key: lexicon entries, countries and collectives by their index
        /// (an array lookup, -1 for none), other keys by hash.
        private var byEntry: [Int32]
        private var byActor: [Int32]
        private var byPlace: [Int32]
        private var byCollective: [Int32]
        private var byOtherKey: [DraftKey: Int] = [:]

        init(entries: Int, countries: Int, collectives: Int) {
            byEntry = Array(repeating: -1, count: entries)
            byActor = Array(repeating: -1, count: countries)
            byPlace = Array(repeating: -1, count: countries)
            byCollective = Array(repeating: -1, count: collectives)
        }

        subscript(index: Int) -> Draft {
            get { all[index] }
            // In place: a get-and-set would copy the draft's alias list on every change.
            _modify { yield &all[index] }
        }

        func index(of key: DraftKey) -> Int? {
            let index: Int32
            switch key {
            case .entry(let entry): index = byEntry[entry]
            case .actor(let country): index = byActor[country]
            case .place(let country): index = byPlace[country]
            case .collective(let collective): index = byCollective[collective]
            default: return byOtherKey[key]
            }
            return index < 0 ? nil : Int(index)
        }

        func key(_ index: Int) -> DraftKey { keys[index] }

        /// The entity with this key, added with `draft` when it is new.
        mutating func index(of key: DraftKey, adding draft: @autoclosure () -> Draft) -> Int {
            if let index = index(of: key) { return index }
            let index = all.count
            switch key {
            case .entry(let entry): byEntry[entry] = Int32(index)
            case .actor(let country): byActor[country] = Int32(index)
            case .place(let country): byPlace[country] = Int32(index)
            case .collective(let collective): byCollective[collective] = Int32(index)
            default: byOtherKey[key] = index
            }
            keys.append(key)
            all.append(draft())
            return index
        }

        /// Each entity's id: its preferred id, made unique. Preferred ids are handed out
        /// in a stable order, so that lexicon ids win over slugs.
        func identifiers() -> [String] {
            // Most documents prefer distinct ids, and then each entity has its own.
            var preferred = Set<String>(minimumCapacity: all.count)
            if all.allSatisfy({ preferred.insert($0.preferredID).inserted }) { return all.map(\.preferredID) }
            let order = all.indices.sorted { a, b in
                all[a].preferredID != all[b].preferredID
                    ? all[a].preferredID < all[b].preferredID
                    : keys[a].description < keys[b].description
            }
            var ids = Array(repeating: "", count: all.count)
            var taken = Set<String>()
            for index in order {
                let id = Identifier.unique(all[index].preferredID) { taken.contains($0) }
                taken.insert(id)
                ids[index] = id
            }
            return ids
        }
    }
}

/// The names a document has used so far, folded, for finding the entity of a
/// later short form.
///
/// Folding is deferred until a lookup needs it: most documents name most of their
/// entities through the lexicon and look few short forms up.
private struct NameIndex {
    private var pending: [(alias: String, entity: Int, kind: EntityKind)] = []
    private var aliases: [Slot: Int] = [:]
    private var lastNames: [String: Int] = [:]

    private struct Slot: Hashable {
        var folded: String
        var actor: Bool
    }

    mutating func add(_ alias: String, entity: Int, kind: EntityKind) {
        pending.append((alias, entity, kind))
    }

    mutating func entity(_ folded: String, actor: Bool, person: Bool) -> Int? {
        for (alias, entity, kind) in pending { index(alias, entity: entity, kind: kind) }
        pending.removeAll(keepingCapacity: true)
        if let entity = aliases[Slot(folded: folded, actor: actor)] { return entity }
        if person, !folded.utf8.contains(0x20) { return lastNames[folded] }
        return nil
    }

    private mutating func index(_ alias: String, entity: Int, kind: EntityKind) {
        let folded = NameKey.fold(alias)
        let slot = Slot(folded: folded, actor: kind.isActor)
        if aliases[slot] == nil { aliases[slot] = entity }
        if kind == .person, folded.utf8.contains(0x20), let last = folded.split(separator: " ").last {
            lastNames[String(last)] = lastNames[String(last)] ?? entity
        }
    }
}
