import GraphModel

/// One way of stating a relation, compiled from its text form in `patterns.json`.
///
/// The text form is a sequence of elements separated by spaces:
/// - `S`, `O`: the subject and the object, each a mention, optionally with a
///   class after a colon: `S:actor`, `O:place`, `S:person`, `O:group`,
///   `O:org`, `S:state`, `O:collective`, `O:city`, `O:country`.
///   A slot takes coordinated mentions with it ("la Russie et l'Iran") unless
///   the pattern says `"coordinate": false`.
/// - `S=SUBJ`, `O=SUBJ`: the subject of the sentence (its first actor) fills the role.
/// - `O=HOME`: the country the text is about, as a place, fills the role.
/// - `strike` as a slot class admits only mentions headed by a strike noun
///   ("frappes russes", "avions syriens").
/// - `word`, `a|b|c`: one token whose key is one of these (accents and case folded);
///   `soutien*` matches any word that starts with `soutien`.
/// - a `?` after words makes them optional: `principal|principale?`.
/// - `~N`: up to N tokens of anything (no sentence break). `~N+` before a verb
///   also passes over an apposition closed by a comma just before it ("les
///   forces du régime, soutenues par l'aviation russe, avaient repris").
///
/// The first required word is the trigger (or the word marked with a leading
/// `!`): the matcher looks patterns up by it and matches outwards, the elements
/// before it right to left.
/// A class, immutable once compiled: the matcher passes patterns around by reference.
final class RelationPattern: Sendable {
    enum SlotClass: String, Sendable {
        case any, actor, place, person, group, org, state, collective, city, country, region, site, strike

        func admits(_ kind: EntityKind, collective: Bool) -> Bool {
            switch self {
            case .any: true
            case .actor: kind.isActor
            case .place: kind.isPlace
            case .person: kind == .person
            case .group: kind == .armedGroup
            case .org: kind == .organization
            case .state: kind == .state || kind == .government
            case .collective: collective
            case .city: kind == .city
            case .country: kind == .country
            case .region: kind == .region
            case .site: kind == .site
            case .strike: kind.isActor
            }
        }
    }

    enum Role: Sendable { case subject, object }

    enum Element: Sendable {
        case words(WordSet, prefixes: [String], optional: Bool)
        case slot(Role, SlotClass)
        case sentenceSubject(Role)
        case home(Role)
        case gap(Int, appositions: Bool)
    }

    let id: String
    let predicate: Predicate
    /// Elements before the trigger, nearest first (matched right to left).
    let left: [Element]
    /// The trigger's words.
    let trigger: Element
    /// Elements after the trigger, in order.
    let right: [Element]
    /// Also add the relation in the other direction ("combats entre X et Y").
    let mutual: Bool
    let coordinate: Bool
    /// The pattern itself reports a claim ("accusé de soutenir").
    let hedged: Bool
    let confidence: Double
    /// Keys of words that must not occur between the ends of a match.
    let exclude: WordSet
    /// The trigger's exact words and key prefixes, for the matcher's index.
    let triggerWords: (words: [Int32], prefixes: [String])
    /// The roles that the sentence's subject or the home country fills (`S=SUBJ`, `O=HOME`).
    let fillers: [Element]
    /// How many mentions a match takes: a sentence with fewer cannot match.
    let slotCount: Int

    /// Compiles the text form of a pattern; its words are numbered in `vocabulary`.
    init(
        id: String, predicate: Predicate, text: String, mutual: Bool = false, coordinate: Bool = true,
        hedged: Bool = false, confidence: Double = 0.8, exclude: [String] = [],
        vocabulary: inout Vocabulary
    ) throws(ExtractionError) {
        self.exclude = WordSet(phrases: exclude, vocabulary: &vocabulary)
        self.id = id
        self.predicate = predicate
        self.mutual = mutual
        self.coordinate = coordinate
        self.hedged = hedged
        self.confidence = confidence
        var elements: [Element] = []
        var hasSubject = false
        var hasObject = false
        var markedTrigger: Int?
        var words: [[Int32]] = []
        for piece in text.split(separator: " ") {
            let word = String(piece)
            if word.hasPrefix("~"), let count = Int(word.dropFirst().filter { $0 != "+" }) {
                elements.append(.gap(count, appositions: word.hasSuffix("+")))
            } else if word == "S=SUBJ" || word == "O=SUBJ" || word == "S=HOME" || word == "O=HOME" {
                let role: Role = word.first == "S" ? .subject : .object
                if role == .subject { hasSubject = true } else { hasObject = true }
                elements.append(word.hasSuffix("SUBJ") ? .sentenceSubject(role) : .home(role))
            } else if word == "S" || word == "O" || word.hasPrefix("S:") || word.hasPrefix("O:") {
                let role: Role = word.first == "S" ? .subject : .object
                if role == .subject { hasSubject = true } else { hasObject = true }
                let name = word.count > 2 ? String(word.dropFirst(2)) : "any"
                guard let slotClass = SlotClass(rawValue: name) else {
                    throw .badLexicon(
                        source: "pattern \(id)", detail: "unknown slot class \"\(name)\" in \"\(text)\"")
                }
                elements.append(.slot(role, slotClass))
            } else {
                let marked = word.hasPrefix("!") && word.count > 1
                if marked { markedTrigger = elements.count }
                let optional = word.hasSuffix("?") && word.count > 1
                let body = String((optional ? word.dropLast() : word[...]).dropFirst(marked ? 1 : 0))
                var keys = WordSet()
                var ids: [Int32] = []
                var prefixes: [String] = []
                for alternative in body.split(separator: "|") {
                    if alternative.hasSuffix("*") {
                        prefixes.append(Tokenization.keys(of: String(alternative.dropLast())).joined())
                    } else {
                        // One word of the pattern is one token: "l'" stays "l'".
                        let id = vocabulary.intern(Tokenization.keys(of: String(alternative)).joined())
                        keys.insert(id)
                        ids.append(id)
                    }
                }
                while words.count < elements.count { words.append([]) }
                words.append(ids)
                elements.append(.words(keys, prefixes: prefixes, optional: optional))
            }
        }
        guard hasSubject, hasObject else {
            throw .badLexicon(source: "pattern \(id)", detail: "needs both S and O: \"\(text)\"")
        }
        guard
            let triggerIndex = markedTrigger
                ?? elements.firstIndex(where: {
                    if case .words(_, _, false) = $0 { true } else { false }
                })
        else {
            throw .badLexicon(
                source: "pattern \(id)", detail: "needs at least one required word: \"\(text)\"")
        }
        trigger = elements[triggerIndex]
        if case .words(_, let prefixes, _) = trigger {
            triggerWords = (words[triggerIndex], prefixes)
        } else {
            triggerWords = ([], [])
        }
        fillers = elements.filter {
            switch $0 {
            case .sentenceSubject, .home: true
            default: false
            }
        }
        slotCount = elements.count {
            if case .slot = $0 { true } else { false }
        }
        left = elements[..<triggerIndex].reversed()
        right = Array(elements[(triggerIndex + 1)...])
    }
}
