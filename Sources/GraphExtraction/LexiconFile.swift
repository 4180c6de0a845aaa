import Foundation
import GraphModel
import Yams

/// The on-disk shape of a lexicon file, built-in or the user's (JSON or YAML).
///
/// ```yaml
/// countries:
///   - id: syria
///     name: Syrie
///     aliases: [Syrie, Syria]
///     demonyms: [syrien, syrienne, syriens, syriennes, Syrian]
///     capitals: [Damas, Damascus]
///     seats: []
/// entities:
///   - id: hts
///     name: Hayat Tahrir al-Cham
///     kind: armed_group
///     aliases: [HTS, Hayat Tahrir al-Sham]
///     country: syria
/// ```
///
/// An entity with `institutionOf: COUNTRY` (an army's nickname, say) is folded
/// into that country's actor, as the ontology's convention 1 asks. An entity
/// with `partOf: ENTITY` belongs to that other entity (a UN agency to the UN):
/// when one of its names says so ("le Bureau des affaires humanitaires de
/// l'ONU"), the text states `part_of` and the parent is mentioned too.
struct LexiconFile: Decodable, Sendable {
    struct Country: Decodable, Sendable {
        var id: String
        var name: String
        var aliases: [String]?
        var demonyms: [String]?
        var capitals: [String]?
        var seats: [String]?
    }

    struct Entry: Decodable, Sendable {
        var id: String
        var name: String
        var kind: String
        var aliases: [String]?
        var country: String?
        var institutionOf: String?
        var partOf: String?
    }

    /// A relation pattern (syntax in `RelationPattern`).
    struct Pattern: Decodable, Sendable {
        var id: String
        var predicate: String
        var pattern: String
        var mutual: Bool?
        var coordinate: Bool?
        var hedged: Bool?
        var confidence: Double?
        /// Words that must not occur in a match ("pris la route de" is no capture).
        var exclude: [String]?
    }

    var countries: [Country]?
    var entities: [Entry]?
    var patterns: [Pattern]?

    /// Reads a lexicon file: YAML when the name ends in `.yaml`/`.yml`, JSON otherwise.
    static func load(path: String) throws(ExtractionError) -> LexiconFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .badLexicon(source: path, detail: "cannot read the file")
        }
        return try decode(data, source: path, yaml: path.hasSuffix(".yaml") || path.hasSuffix(".yml"))
    }

    static func decode(_ data: Data, source: String, yaml: Bool) throws(ExtractionError) -> LexiconFile {
        do {
            if yaml {
                guard let text = String(data: data, encoding: .utf8) else {
                    throw ExtractionError.badLexicon(source: source, detail: "not UTF-8 text")
                }
                return try YAMLDecoder().decode(LexiconFile.self, from: text)
            }
            return try JSONDecoder().decode(LexiconFile.self, from: data)
        } catch let error as ExtractionError {
            throw error
        } catch let error as DecodingError {
            throw .badLexicon(source: source, detail: Self.describe(error))
        } catch {
            throw .badLexicon(source: source, detail: "not a lexicon: \(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingPrefix(".").description
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing field"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)): wrong type (\(context.debugDescription))"
        case .dataCorrupted(let context):
            let detail = context.underlyingError.map { "\($0)" } ?? context.debugDescription
            return context.codingPath.isEmpty
                ? "malformed file: \(detail)" : "\(path(context.codingPath)): \(detail)"
        @unknown default:
            return "\(error)"
        }
    }
}
