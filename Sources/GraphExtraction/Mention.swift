import GraphModel

/// A span of a sentence that names, or refers to, an entity.
struct Mention: Sendable {
    /// What the span stands for, before resolution to an entity of the graph.
    enum Target: Sendable, Hashable {
        /// A named entry of the lexicon.
        case entry(Int)
        /// A country of the lexicon, as a place or as an actor (its state or government).
        case country(Int, CountryRole)
        /// A capital used as a place ("à Damas"); when it acts ("Moscou dénonce") the
        /// finder reads it as `.country(_, .actor)` instead.
        case capital(Int)
        /// "le régime", "les forces gouvernementales": the government of the country the text is about.
        case homeGovernment
        /// "le régime de Bachar al-Assad": the government that this person leads.
        case governmentOf(person: String)
        /// A collective actor of the cues ("les rebelles").
        case collective(Int)
        /// "les djihadistes": the jihadist group the text is about.
        case jihadists
        /// A name the lexicon does not know, with the kind its context gives.
        case newName(name: String, kind: EntityKind)
        /// "province d'Alep": a region by a prefix, with the name after the prefix's "de" ("Alep"),
        /// which tells two spellings of one region apart from two regions.
        case region(name: String, core: String)
        /// A short reference ("l'ONG", "le pays") to an entity named elsewhere.
        case reference(Cues.Reference)

        /// A country as an actor ("l'aviation russe", "Moscou dénonce").
        var isCountryActor: Bool {
            if case .country(_, .actor) = self { return true }
            return false
        }

        /// A name the lexicon does not know, a region's included.
        var isNewName: Bool {
            switch self {
            case .newName, .region: true
            default: false
            }
        }
    }

    enum CountryRole: Sendable, Hashable {
        case place
        case actor
        /// The name alone: the role depends on whether the country is the one the text is about.
        case name
        /// The name opening its sentence before a verb ("La Turquie soutient…"): an actor
        /// even for the country the text is about.
        case subject
    }

    /// Token positions in the sentence, `start..<end`.
    var start: Int
    var end: Int
    var target: Target
    /// Surface forms to record as aliases of the resolved entity (none for references).
    var aliases: Aliases
    /// The vocabulary id of the noun a demonym qualifies ("frappes" in "frappes russes");
    /// coordinated demonyms share it ("avions russes et syriens").
    var headWord: Int32 = Vocabulary.unknown
    /// Set by resolution: the document entity the mention stands for (an index of the reader's).
    var entity: Int? = nil

    /// At most two surface forms, kept inline: a mention records its text, and an institution
    /// qualified by a demonym its demonym first ("russe", then "l'aviation russe").
    struct Aliases: Sendable, Sequence, IteratorProtocol {
        private var first: String?
        private var second: String?
        /// Set on a candidate whose alias is its span's text, made only once it is chosen.
        private(set) var isSpan = false

        init(_ first: String? = nil, _ second: String? = nil) {
            (self.first, self.second) = first == nil ? (second, nil) : (first, second)
        }

        /// The span's text, to be filled in by the finder.
        static var span: Aliases {
            var aliases = Aliases()
            aliases.isSpan = true
            return aliases
        }

        var isEmpty: Bool { first == nil }
        var firstAlias: String? { first }

        mutating func next() -> String? {
            defer { (first, second) = (second, nil) }
            return first
        }
    }
}
