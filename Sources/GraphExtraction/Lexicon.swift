// Full Foundation: the resource bundle (`Bundle.module`) lives there.
import Foundation
import GraphModel
import GraphText

/// Everything the extractor knows before reading a text: countries (with their
/// names, demonyms, capitals and seats of power), named actors and places.
///
/// Built from the JSON resources shipped with the library, then from the
/// user's files in order; an entry whose id is already known replaces it.
struct Lexicon: Sendable {
    /// A country: a place under its names, an actor under its institutions.
    struct Country: Sendable {
        var id: String
        var name: String
        var aliases: [String]
        var demonyms: [String]
        var capitals: [String]
        var seats: [String]
    }

    /// A named actor or place.
    struct Entry: Sendable {
        var id: String
        var name: String
        var kind: EntityKind
        var aliases: [String]
        var country: String?
        /// Set for an institution's nickname (an army's, say): the mention
        /// stands for that country's actor.
        var institutionOf: String?
        /// The id of the entity this one belongs to (a UN agency's `un`).
        var partOf: String?
    }

    /// What a matched phrase can stand for.
    enum Sense: Sendable, Hashable {
        case entry(Int)
        case countryName(Int)
        case demonym(Int)
        case capital(Int)
        case seat(Int)
    }

    /// A phrase of the lexicon as the trie stores it, with what it requires of the text's case.
    struct Phrase: Sendable {
        var sense: Sense
        /// Two bits per token, first token lowest: 0 no constraint, 1 capitalised, 2 all capitals
        /// (acronyms). Tokens after the 32nd have no constraint.
        var casing: UInt64
    }

    private(set) var countries: [Country] = []
    private(set) var entries: [Entry] = []
    private(set) var trie = PhraseTrie<Phrase>()
    private var countryIndex: [String: Int] = [:]
    private var entryIndex: [String: Int] = [:]
    /// Per entry: the index of its country, if it names one the lexicon knows.
    private(set) var entryCountries: [Int?] = []
    /// Per entry: the index of the entry it is part of (`partOf`).
    private(set) var entryParents: [Int?] = []
    /// Per entry: the file that defined it last, for error messages.
    private var entrySources: [String] = []

    /// The built-in lexicon plus the user's files (JSON or YAML), later files overriding
    /// earlier ones; the phrases' keys are numbered in `vocabulary`.
    init(userFiles: [String] = [], vocabulary: inout Vocabulary) throws(ExtractionError) {
        for name in ["countries", "actors", "places"] {
            guard
                let url = Bundle.module.url(
                    forResource: name, withExtension: "json", subdirectory: "Resources/lexicon")
            else { continue }
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw .badLexicon(source: url.path, detail: "cannot read the built-in lexicon")
            }
            try add(LexiconFile.decode(data, source: "built-in \(name).json", yaml: false), source: name)
        }
        for path in userFiles {
            try add(LexiconFile.load(path: path), source: path)
        }
        for (entry, source) in zip(entries, entrySources) {
            if let parent = entry.partOf, entryIndex[parent] == nil {
                throw .badLexicon(
                    source: source,
                    detail: "entity \"\(entry.id)\": partOf \"\(parent)\" is no entity of the lexicons")
            }
        }
        rebuildTrie(&vocabulary)
    }

    private var entriesByName: [String: Int] = [:]

    func country(_ id: String) -> Int? { countryIndex[id] }
    func entry(_ id: String) -> Int? { entryIndex[id] }

    /// The entry one of whose names folds to `folded` (`NameKey.fold`).
    func entry(foldedName folded: String) -> Int? { entriesByName[folded] }

    /// The place entry named `name` (a capital's city entry, say).
    func placeEntry(named name: String) -> Int? {
        guard let index = entriesByName[NameKey.fold(name)], entries[index].kind.isPlace else { return nil }
        return index
    }

    // MARK: Building

    private mutating func add(_ file: LexiconFile, source: String) throws(ExtractionError) {
        for (index, country) in (file.countries ?? []).enumerated() {
            guard !country.id.isEmpty, !country.name.isEmpty else {
                throw .badLexicon(
                    source: source, detail: "countries[\(index)]: id and name must not be empty")
            }
            let value = Country(
                id: country.id, name: country.name, aliases: country.aliases ?? [],
                demonyms: country.demonyms ?? [], capitals: country.capitals ?? [], seats: country.seats ?? []
            )
            if let existing = countryIndex[country.id] {
                countries[existing] = value
            } else {
                countryIndex[country.id] = countries.count
                countries.append(value)
            }
        }
        for (index, entry) in (file.entities ?? []).enumerated() {
            let place = "entities[\(index)]"
            guard !entry.id.isEmpty, !entry.name.isEmpty else {
                throw .badLexicon(source: source, detail: "\(place): id and name must not be empty")
            }
            guard let kind = EntityKind(rawValue: entry.kind) else {
                throw .badLexicon(
                    source: source,
                    detail:
                        "\(place).kind: unknown kind \"\(entry.kind)\" (expected one of: \(EntityKind.vocabulary))"
                )
            }
            let value = Entry(
                id: entry.id, name: entry.name, kind: kind, aliases: entry.aliases ?? [],
                country: entry.country,
                institutionOf: entry.institutionOf, partOf: entry.partOf)
            if entry.partOf == entry.id {
                throw .badLexicon(
                    source: source, detail: "\(place).partOf: an entity cannot be part of itself")
            }
            if let existing = entryIndex[entry.id] {
                entries[existing] = value
                entrySources[existing] = source
            } else {
                entryIndex[entry.id] = entries.count
                entries.append(value)
                entrySources.append(source)
            }
        }
    }

    private mutating func rebuildTrie(_ vocabulary: inout Vocabulary) {
        var trie = PhraseTrie<Phrase>()
        func insert(_ phrase: String, _ sense: Sense, caseSensitive: Bool = true) {
            let (tokens, keys) = Tokenization.tokens(of: phrase)
            guard !tokens.isEmpty else { return }
            var casing: UInt64 = 0
            for (offset, token) in tokens.prefix(32).enumerated() where caseSensitive && token.kind == .word {
                let rule: UInt64 = token.isAcronym ? 2 : token.isCapitalized ? 1 : 0
                casing |= rule << UInt64(2 * offset)
            }
            trie.insert(vocabulary.intern(keys), Phrase(sense: sense, casing: casing))
        }
        for (index, country) in countries.enumerated() {
            for name in [country.name] + country.aliases { insert(name, .countryName(index)) }
            // Demonyms are lower-case in French but open a sentence or a headline at times.
            for demonym in country.demonyms { insert(demonym, .demonym(index), caseSensitive: false) }
            for capital in country.capitals { insert(capital, .capital(index)) }
            for seat in country.seats { insert(seat, .seat(index)) }
        }
        var byName: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            for name in [entry.name] + entry.aliases {
                insert(name, .entry(index))
                byName[NameKey.fold(name)] = byName[NameKey.fold(name)] ?? index
            }
        }
        self.trie = trie
        self.entriesByName = byName
        entryCountries = entries.map { $0.country.flatMap { countryIndex[$0] } }
        entryParents = entries.map { $0.partOf.flatMap { entryIndex[$0] } }
    }
}
