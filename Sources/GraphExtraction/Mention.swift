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
        /// A short reference ("l'ONG", "le pays") to an entity named elsewhere.
        case reference(Cues.Reference)
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
    var aliases: [String]
    /// The vocabulary id of the noun a demonym qualifies ("frappes" in "frappes russes");
    /// coordinated demonyms share it ("avions russes et syriens").
    var headWord: Int32 = Vocabulary.unknown
    /// Set by resolution: the document entity the mention stands for (an index of the reader's).
    var entity: Int? = nil
}
