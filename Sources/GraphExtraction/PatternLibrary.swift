import Foundation
import GraphModel

/// The relation patterns: the built-in `Resources/patterns.json` plus the
/// `patterns` sections of the user's lexicon files (same id replaces).
enum PatternLibrary {
    static func builtIn() throws(ExtractionError) -> [LexiconFile.Pattern] {
        guard
            let url = Bundle.module.url(
                forResource: "patterns", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { throw .badLexicon(source: "built-in patterns.json", detail: "missing from the resources") }
        return try LexiconFile.decode(data, source: "built-in patterns.json", yaml: false).patterns ?? []
    }

    /// Compiles the patterns; their words are numbered in `vocabulary`.
    static func compile(
        _ entries: [LexiconFile.Pattern], source: String, vocabulary: inout Vocabulary
    ) throws(ExtractionError) -> [RelationPattern] {
        var compiled: [RelationPattern] = []
        for (index, entry) in entries.enumerated() {
            guard let predicate = Predicate(rawValue: entry.predicate) else {
                throw .badLexicon(
                    source: source,
                    detail:
                        "patterns[\(index)].predicate: unknown predicate \"\(entry.predicate)\" (expected one of: \(Predicate.vocabulary))"
                )
            }
            do {
                compiled.append(
                    try RelationPattern(
                        id: entry.id, predicate: predicate, text: entry.pattern,
                        mutual: entry.mutual ?? false,
                        coordinate: entry.coordinate ?? true, hedged: entry.hedged ?? false,
                        confidence: entry.confidence ?? 0.8, exclude: entry.exclude ?? [],
                        vocabulary: &vocabulary))
            } catch {
                throw .badLexicon(
                    source: source, detail: "patterns[\(index)] (\(entry.id)): \(error.detailText)")
            }
        }
        return compiled
    }
}

extension ExtractionError {
    /// The message without its source prefix, for nesting in another message.
    var detailText: String {
        if case .badLexicon(_, let detail) = self { return detail }
        return description
    }
}
