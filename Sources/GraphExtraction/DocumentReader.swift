import GraphModel
import GraphText

/// Reads one document: finds its mentions, resolves them to entities, matches
/// the relation patterns and builds the document's graph.
///
/// Resolution needs the whole text first: which country the article is about
/// decides whether "la Syrie" is a place or an actor and what "le régime" is,
/// and which jihadist group it follows decides what "les djihadistes" are.
struct DocumentReader {
    let lexicon: Lexicon
    let cues: Cues
    let finder: MentionFinder
    let matcher: PatternMatcher

    /// An entity while the document is read, under a provisional key.
    private struct Draft {
        var name: String
        var kind: EntityKind
        var aliases: [String] = []
        var mentions = 0
        var collective = false
        var preferredID: String
    }

    func trace(_ text: TextDocument) -> String {
        var out = ""
        _ = read(text, document: Document(id: "trace")) { sentence, mentions in
            out += "\n» \(sentence.text)\n"
            for mention in mentions {
                let words = sentence.tokens[mention.start..<mention.end].map(\.text).joined(separator: " ")
                out += "   [\(words)] \(mention.target) -> \(mention.entity ?? "-")\n"
            }
        }
        return out
    }

    func read(
        _ text: TextDocument, document: Document, observe: ((Sentence, [Mention]) -> Void)? = nil
    ) -> ConflictGraph {
        let sentences = text.sentences
        let sentenceKeys = sentences.map { $0.tokens.map(\.key) }
        var mentions = sentences.indices.map { finder.mentions(in: sentences[$0], keys: sentenceKeys[$0]) }
        let home = homeCountry(mentions)
        let jihadists = mainJihadistGroup(mentions, keys: sentenceKeys)
        var acting = Set<Int>()
        for mention in mentions.joined() {
            if case .country(let index, let role) = mention.target, role != .place { acting.insert(index) }
        }

        var drafts: [String: Draft] = [:]
        var order: [String] = []
        var recent: [String] = []
        // Folded aliases seen so far ("cns|actor"), and persons' last names ("lavrov"),
        // so that a later short form finds its entity.
        var names = NameIndex()
        var previousSubject: String?
        var subjects: [Int?] = []

        for s in sentences.indices {
            let keys = sentenceKeys[s]
            for m in mentions[s].indices {
                let mention = mentions[s][m]
                guard
                    let (key, draft) = resolve(
                        mention, home: home, acting: acting, jihadists: jihadists, drafts: drafts,
                        names: names, recent: recent, previousSubject: previousSubject)
                else { continue }
                if drafts[key] == nil {
                    drafts[key] = draft
                    order.append(key)
                }
                for alias in mention.aliases where !drafts[key]!.aliases.contains(alias) {
                    drafts[key]!.aliases.append(alias)
                    names.add(alias, key: key, kind: drafts[key]!.kind)
                }
                if !mention.aliases.isEmpty { drafts[key]!.mentions += 1 }
                mentions[s][m].entity = key
                recent.append(key)
            }
            let subject = sentenceSubject(mentions[s], keys: keys, drafts: drafts)
            subjects.append(subject)
            if let subject, let entity = mentions[s][subject].entity { previousSubject = entity }
        }

        // Relations, sentence by sentence.
        var found: [(FoundRelation, Int)] = []
        let homePlace = home.map(placeKey)
        for (s, sentence) in sentences.enumerated() {
            let resolved = mentions[s]
            guard resolved.contains(where: { $0.entity != nil }) else { continue }
            let kinds = resolved.map { $0.entity.flatMap { drafts[$0]?.kind } ?? .site }
            let collective = resolved.map { $0.entity.flatMap { drafts[$0]?.collective } ?? false }
            let context = PatternMatcher.Context(
                tokens: sentence.tokens, keys: sentenceKeys[s], mentions: resolved, kinds: kinds,
                collective: collective, subject: subjects[s],
                home: homePlace.flatMap { drafts[$0] == nil ? nil : $0 })
            observe?(sentence, resolved)
            for relation in matcher.relations(in: context) { found.append((relation, s)) }
            // "le régime de Bachar al-Assad": the person leads that government.
            for (m, mention) in resolved.enumerated() {
                guard case .governmentOf = mention.target, let government = mention.entity,
                    let person = resolved[(m + 1)...].first(where: { $0.start == mention.start + 2 })?.entity,
                    drafts[person]?.kind == .person
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
        if let home {
            let key = actorKey(home)
            if var draft = drafts[key] {
                // Named after its regime or government when the text speaks of one; a country
                // that only acts under its own name stays a state.
                if let name = governmentName(of: home, aliases: draft.aliases) {
                    draft.name = name
                } else {
                    draft.kind = .state
                    draft.preferredID = "\(lexicon.countries[home].id)_state"
                }
                drafts[key] = draft
            }
        }
        var ids: [String: String] = [:]
        var taken = Set<String>()
        // Preferred ids first, in a stable order, so that lexicon ids win over slugs.
        for key in order.sorted(by: { (drafts[$0]!.preferredID, $0) < (drafts[$1]!.preferredID, $1) }) {
            let id = Identifier.unique(drafts[key]!.preferredID) { taken.contains($0) }
            taken.insert(id)
            ids[key] = id
        }

        var graph = ConflictGraph()
        var document = document
        if document.title == nil { document.title = Self.headline(sentences) }
        graph.add(document)
        for key in order {
            let draft = drafts[key]!
            graph.add(
                Entity(
                    id: ids[key]!, name: draft.name, kind: draft.kind, aliases: draft.aliases,
                    mentions: draft.mentions))
        }
        for (relation, s) in found {
            guard let subject = ids[relation.subject], let object = ids[relation.object], subject != object,
                let subjectKind = drafts[relation.subject]?.kind,
                let objectKind = drafts[relation.object]?.kind,
                Self.fits(relation.predicate, subject: subjectKind, object: objectKind)
            else { continue }
            let sentence = sentences[s]
            let evidence = Evidence(
                document: document.id, sentence: sentence.text, start: sentence.range.lowerBound,
                end: sentence.range.upperBound, confidence: relation.confidence)
            graph.add(
                Relation(
                    subject: subject, predicate: relation.predicate, object: object, evidence: [evidence],
                    hedged: relation.hedged))
        }
        return graph
    }

    // MARK: Resolution

    private func placeKey(_ country: Int) -> String { "place:\(lexicon.countries[country].id)" }
    private func actorKey(_ country: Int) -> String { "actor:\(lexicon.countries[country].id)" }

    private func resolve(
        _ mention: Mention, home: Int?, acting: Set<Int>, jihadists: (String, Draft)?,
        drafts: [String: Draft], names: NameIndex, recent: [String],
        previousSubject: String?
    ) -> (String, Draft)? {
        switch mention.target {
        case .entry(let index):
            let entry = lexicon.entries[index]
            return ("entry:\(entry.id)", Draft(name: entry.name, kind: entry.kind, preferredID: entry.id))
        case .country(let index, let role):
            // A foreign country that acts in the text is annotated once, as the actor.
            let isPlace =
                index == home ? role == .place || role == .name : role == .place && !acting.contains(index)
            return isPlace ? place(index) : actor(index, home: home)
        case .capital(let index):
            let name = mention.aliases.first ?? lexicon.countries[index].capitals.first ?? ""
            if let entry = lexicon.placeEntry(named: name) {
                let value = lexicon.entries[entry]
                return ("entry:\(value.id)", Draft(name: value.name, kind: value.kind, preferredID: value.id))
            }
            return newName(name, kind: .city, drafts: drafts, names: names)
        case .homeGovernment:
            if let home { return actor(home, home: home) }
            return Self.unknownGovernment
        case .governmentOf(let person):
            if let entry = lexicon.entry(foldedName: NameKey.fold(person)),
                let country = lexicon.entries[entry].country.flatMap(lexicon.country)
            {
                return actor(country, home: home)
            }
            if let home { return actor(home, home: home) }
            return Self.unknownGovernment
        case .collective(let index):
            let collective = cues.collectives[index]
            var draft = Draft(name: collective.name, kind: collective.kind, preferredID: collective.id)
            draft.collective = true
            return ("collective:\(collective.id)", draft)
        case .jihadists:
            if let jihadists { return jihadists }
            var draft = Draft(name: "djihadistes", kind: .armedGroup, preferredID: "jihadists")
            draft.collective = true
            return ("collective:jihadists", draft)
        case .newName(let name, .region):
            // "province d'Alep", "région d'Alep", "provinces d'Alep": one region, named as first written.
            let key = "region:\(NameKey.fold(Self.regionCore(name)))"
            return (key, drafts[key] ?? Draft(name: name, kind: .region, preferredID: Identifier.slug(name)))
        case .newName(let name, let kind):
            return newName(name, kind: kind, drafts: drafts, names: names)
        case .reference(let reference):
            let key: String?
            switch reference {
            case .homeCountry:
                key = home.map(placeKey)
            case .previousSubject:
                key = previousSubject
            case .nearest(let kind):
                key = recent.last { candidate in
                    guard let draft = drafts[candidate] else { return false }
                    return kind.map { draft.kind == $0 } ?? draft.kind.isActor
                }
            }
            guard let key else { return nil }
            if let draft = drafts[key] { return (key, draft) }
            if let home, key == placeKey(home) { return place(home) }
            return nil
        }
    }

    /// "province d'Alep" gives "Alep": the name after the prefix and its "de".
    static func regionCore(_ name: String) -> String {
        let tokens = Tokenization.tokens(of: name)
        guard let de = tokens.firstIndex(where: { $0.key == "de" || $0.key == "d'" || $0.key == "du" }) else {
            return name
        }
        return tokens[(de + 1)...].map(\.text).joined(separator: " ")
    }

    /// "le régime" in a text about no known country.
    private static let unknownGovernment = (
        "government", Draft(name: "gouvernement", kind: .government, preferredID: "government")
    )

    private func place(_ index: Int) -> (String, Draft) {
        let country = lexicon.countries[index]
        return (placeKey(index), Draft(name: country.name, kind: .country, preferredID: country.id))
    }

    private func actor(_ index: Int, home: Int?) -> (String, Draft) {
        let country = lexicon.countries[index]
        if index == home {
            return (
                actorKey(index),
                Draft(name: country.name, kind: .government, preferredID: "\(country.id)_government")
            )
        }
        return (actorKey(index), Draft(name: country.name, kind: .state, preferredID: "\(country.id)_state"))
    }

    private func newName(_ name: String, kind: EntityKind, drafts: [String: Draft], names: NameIndex) -> (
        String, Draft
    ) {
        let folded = NameKey.fold(name)
        // "Hayat Tahrir-al-Sham": a spelling the lexicon's phrases miss but its folded names know.
        if let index = lexicon.entry(foldedName: folded), lexicon.entries[index].kind.isActor == kind.isActor
        {
            let entry = lexicon.entries[index]
            return ("entry:\(entry.id)", Draft(name: entry.name, kind: entry.kind, preferredID: entry.id))
        }
        let key = "name:\(folded)|\(kind.isActor ? "actor" : "place")"
        if let existing = drafts[key] { return (key, existing) }
        // "le CNS" after "Comité national de sauvegarde (CNS)", "Lavrov" after "Sergueï Lavrov".
        if let earlier = names.entity(folded, actor: kind.isActor, person: kind == .person),
            let draft = drafts[earlier]
        {
            return (earlier, draft)
        }
        return (key, Draft(name: name, kind: kind, preferredID: Identifier.slug(name)))
    }

    /// "régime syrien" when the text speaks of a regime, "gouvernement syrien" when it
    /// speaks of a government, army or authorities; nil when it only names the country.
    private func governmentName(of home: Int, aliases: [String]) -> String? {
        let country = lexicon.countries[home]
        let folded = aliases.map(NameKey.fold)
        let names = Set(([country.name] + country.aliases).map(NameKey.fold))
        let word: String
        if folded.contains(where: { $0.contains("regime") }) {
            word = "régime"
        } else if folded.contains(where: names.contains) {
            return nil
        } else {
            word = "gouvernement"
        }
        if let demonym = country.demonyms.first { return "\(word) \(demonym)" }
        return "\(word) de \(country.name)"
    }

    // MARK: Document-wide choices

    /// The country the text is about: the one most named as a place, its cities counted.
    private func homeCountry(_ mentions: [[Mention]]) -> Int? {
        var score: [Int: Int] = [:]
        var first: [Int: Int] = [:]
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
                where ["regime", "gouvernement", "autorites", "armee", "forces", "opposition"].contains(
                    mention.head ?? ""):
                    (country, weight) = (index, 2)
                case .capital(let index): country = index
                case .entry(let index) where lexicon.entries[index].kind.isPlace:
                    // Towns tell where the story is better than a country named in passing.
                    country = lexicon.entries[index].country.flatMap(lexicon.country)
                    weight = 2
                case .newName(let name, .region):
                    // "province d'Alep" counts for Alep's country.
                    country = lexicon.placeEntry(named: Self.regionCore(name))
                        .flatMap { lexicon.entries[$0].country }.flatMap(lexicon.country)
                default: break
                }
                if let country {
                    score[country, default: 0] += weight
                    if first[country] == nil { first[country] = position }
                }
            }
        }
        return score.max { a, b in (a.value, -first[a.key]!) < (b.value, -first[b.key]!) }?.key
    }

    /// The armed group that "les djihadistes" stands for: the one the text calls
    /// jihadist, or else the most named armed group.
    private func mainJihadistGroup(_ mentions: [[Mention]], keys sentenceKeys: [[String]]) -> (String, Draft)?
    {
        var score: [String: Int] = [:]
        var found: [String: Draft] = [:]
        var first: [String: Int] = [:]
        var position = 0
        for (s, sentence) in mentions.enumerated() {
            let keys = sentenceKeys[s]
            for mention in sentence {
                position += 1
                let key: String
                switch mention.target {
                case .entry(let index) where lexicon.entries[index].kind == .armedGroup:
                    let entry = lexicon.entries[index]
                    key = "entry:\(entry.id)"
                    found[key] = Draft(name: entry.name, kind: entry.kind, preferredID: entry.id)
                case .newName(let name, .armedGroup):
                    key = "name:\(NameKey.fold(name))|actor"
                    found[key] = Draft(name: name, kind: .armedGroup, preferredID: Identifier.slug(name))
                default: continue
                }
                let window = keys[max(0, mention.start - 4)..<min(keys.count, mention.end + 2)]
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
    private func sentenceSubject(_ mentions: [Mention], keys: [String], drafts: [String: Draft]) -> Int? {
        mentions.indices.first { index in
            let mention = mentions[index]
            guard let entity = mention.entity, let draft = drafts[entity], draft.kind.isActor else {
                return false
            }
            let before = keys[max(0, mention.start - 2)..<mention.start]
            return !before.contains { ["selon", "apres", "a", "par", "de", "d'"].contains($0) }
        }
    }

    /// The article's headline: a first line that is one sentence without a final full stop.
    static func headline(_ sentences: [Sentence]) -> String? {
        guard let first = sentences.first, first.paragraph == 0, sentences.dropFirst().first?.paragraph != 0,
            let last = first.text.last, !".!…".contains(last), first.text.count <= 200
        else { return nil }
        return first.text
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

/// The names a document has used so far, folded, for finding the entity of a
/// later short form.
private struct NameIndex {
    private var aliases: [String: String] = [:]
    private var lastNames: [String: String] = [:]

    mutating func add(_ alias: String, key: String, kind: EntityKind) {
        let folded = NameKey.fold(alias)
        let slot = folded + (kind.isActor ? "|actor" : "|place")
        if aliases[slot] == nil { aliases[slot] = key }
        if kind == .person, let last = folded.split(separator: " ").last, folded.contains(" ") {
            lastNames[String(last)] = lastNames[String(last)] ?? key
        }
    }

    func entity(_ folded: String, actor: Bool, person: Bool) -> String? {
        if let key = aliases[folded + (actor ? "|actor" : "|place")] { return key }
        if person, !folded.contains(" ") { return lastNames[folded] }
        return nil
    }
}
