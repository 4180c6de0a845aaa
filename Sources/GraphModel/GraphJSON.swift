#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads and writes the graph JSON of the ontology (`../shared/corpus/ONTOLOGY.md`),
/// plus this project's extra fields (documents, mentions, evidence with offsets
/// and confidence, hedging).
///
/// Writing is by hand, with a fixed key order and number format, so that the
/// same graph always gives byte-identical JSON. Reading also accepts the gold
/// files' shape, where evidence is a bare sentence and the document is described
/// by top-level `source`, `lang` and `date`.
public enum GraphJSON {
    /// The graph as pretty-printed JSON, ending with a newline.
    public static func encode(_ graph: ConflictGraph) -> String {
        var out = JSONWriter()
        out.open("{")
        if let title = graph.title { out.field("title", string: title) }
        out.array("documents", graph.documents) { out, document in
            out.open("{")
            out.field("id", string: document.id)
            if let title = document.title { out.field("title", string: title) }
            if let date = document.date { out.field("date", string: date) }
            if let source = document.source { out.field("source", string: source) }
            if let language = document.language { out.field("lang", string: language) }
            out.close("}")
        }
        out.array("entities", graph.entities) { out, entity in
            out.open("{")
            out.field("id", string: entity.id)
            out.field("name", string: entity.name)
            out.field("kind", string: entity.kind.rawValue)
            out.field("aliases", strings: entity.aliases)
            out.field("mentions", raw: String(entity.mentions))
            out.close("}")
        }
        out.array("relations", graph.relations) { out, relation in
            out.open("{")
            out.field("subject", string: relation.subject)
            out.field("predicate", string: relation.predicate.rawValue)
            out.field("object", string: relation.object)
            out.field("confidence", raw: formatConfidence(relation.confidence))
            if relation.hedged { out.field("hedged", raw: "true") }
            out.array("evidence", relation.evidence) { out, item in
                out.open("{")
                out.field("document", string: item.document)
                out.field("sentence", string: item.sentence)
                if let start = item.start { out.field("start", raw: String(start)) }
                if let end = item.end { out.field("end", raw: String(end)) }
                out.field("confidence", raw: formatConfidence(item.confidence))
                out.close("}")
            }
            out.close("}")
        }
        out.close("}")
        return out.text + "\n"
    }

    /// Reads a graph, checking kinds, predicates, ids and relation ends.
    ///
    /// - Throws: `GraphError` naming the line (for syntax errors) or the field.
    public static func decode(_ data: Data) throws(GraphError) -> ConflictGraph {
        let raw: RawGraph
        do {
            raw = try JSONDecoder().decode(RawGraph.self, from: data)
        } catch let error as DecodingError {
            // The decoder says only "not valid JSON": find the line and column ourselves.
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
                let syntax = JSONSyntax.firstError(in: [UInt8](data))
            {
                throw .malformedJSON(detail: syntax.description)
            }
            throw describe(error)
        } catch {
            throw .malformedJSON(detail: "\(error)")
        }
        return try build(raw)
    }

    // MARK: Reading

    private static func build(_ raw: RawGraph) throws(GraphError) -> ConflictGraph {
        var graph = ConflictGraph(title: raw.title)
        var defaultDocument: String?
        if raw.source != nil || raw.date != nil || raw.lang != nil {
            let document = Document(id: "document", date: raw.date, source: raw.source, language: raw.lang)
            graph.add(document)
            defaultDocument = document.id
        }
        for (index, document) in (raw.documents ?? []).enumerated() {
            guard !document.id.isEmpty else {
                throw .invalidValue(place: "documents[\(index)].id", message: "is empty")
            }
            graph.add(
                Document(
                    id: document.id, title: document.title, date: document.date, source: document.source,
                    language: document.lang))
        }
        var seen = Set<String>()
        for (index, entity) in (raw.entities ?? []).enumerated() {
            let place = "entities[\(index)]"
            guard !entity.id.isEmpty else { throw .invalidValue(place: "\(place).id", message: "is empty") }
            guard !entity.name.isEmpty else {
                throw .invalidValue(place: "\(place).name", message: "is empty")
            }
            guard let kind = EntityKind(rawValue: entity.kind) else {
                throw .unknownKind(place: "\(place).kind", value: entity.kind)
            }
            guard seen.insert(entity.id).inserted else {
                throw .duplicateEntity(place: "\(place).id", id: entity.id)
            }
            graph.add(
                Entity(
                    id: entity.id, name: entity.name, kind: kind, aliases: entity.aliases ?? [],
                    mentions: entity.mentions ?? 0))
        }
        for (index, relation) in (raw.relations ?? []).enumerated() {
            let place = "relations[\(index)]"
            guard let predicate = Predicate(rawValue: relation.predicate) else {
                throw .unknownPredicate(place: "\(place).predicate", value: relation.predicate)
            }
            for (field, id) in [("subject", relation.subject), ("object", relation.object)]
            where !seen.contains(id) {
                throw .danglingRelation(place: "\(place).\(field)", id: id)
            }
            guard relation.subject != relation.object else {
                throw .invalidValue(
                    place: place, message: "subject and object are both \"\(relation.subject)\"")
            }
            let evidence: [Evidence]
            switch relation.evidence {
            case .none: evidence = []
            case .sentence(let sentence):
                evidence = [
                    Evidence(
                        document: defaultDocument ?? "", sentence: sentence,
                        confidence: relation.confidence ?? 1)
                ]
            case .items(let items):
                evidence = items.map {
                    Evidence(
                        document: $0.document ?? defaultDocument ?? "", sentence: $0.sentence,
                        start: $0.start,
                        end: $0.end, confidence: $0.confidence ?? relation.confidence ?? 1)
                }
            }
            for (offset, item) in evidence.enumerated() where !(0...1).contains(item.confidence) {
                throw .invalidValue(
                    place: "\(place).evidence[\(offset)].confidence", message: "must lie between 0 and 1")
            }
            graph.add(
                Relation(
                    subject: relation.subject, predicate: predicate, object: relation.object,
                    evidence: evidence,
                    hedged: relation.hedged ?? false))
        }
        return graph
    }

    /// Turns a decoder error into a message with a JSON path (`entities[2].kind`)
    /// or the decoder's own line and column.
    private static func describe(_ error: DecodingError) -> GraphError {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return text.isEmpty ? "top level" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .missingField(place: path(context.codingPath + [key]))
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return .missingField(place: path(context.codingPath))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let underlying = context.underlyingError.map { "\($0)" } ?? context.debugDescription
                return .malformedJSON(detail: underlying)
            }
            return .invalidValue(place: path(context.codingPath), message: context.debugDescription)
        @unknown default:
            return .malformedJSON(detail: "\(error)")
        }
    }

    private static func formatConfidence(_ value: Double) -> String {
        // Two decimals are enough for a confidence and keep the bytes stable.
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        if hundredths == 100 { return "1.0" }
        return hundredths < 10 ? "0.0\(hundredths)" : "0.\(hundredths)"
    }
}

// MARK: - Raw shapes

private struct RawGraph: Decodable {
    var title: String?
    var source: String?
    var lang: String?
    var date: String?
    var documents: [RawDocument]?
    var entities: [RawEntity]?
    var relations: [RawRelation]?
}

private struct RawDocument: Decodable {
    var id: String
    var title: String?
    var date: String?
    var source: String?
    var lang: String?
}

private struct RawEntity: Decodable {
    var id: String
    var name: String
    var kind: String
    var aliases: [String]?
    var mentions: Int?
}

private struct RawRelation: Decodable {
    var subject: String
    var predicate: String
    var object: String
    var confidence: Double?
    var hedged: Bool?
    var evidence: RawEvidenceList?
}

private enum RawEvidenceList: Decodable {
    case sentence(String)
    case items([RawEvidence])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let sentence = try? container.decode(String.self) {
            self = .sentence(sentence)
        } else {
            self = .items(try container.decode([RawEvidence].self))
        }
    }
}

private struct RawEvidence: Decodable {
    var document: String?
    var sentence: String
    var start: Int?
    var end: Int?
    var confidence: Double?
}

// MARK: - Writer

/// A minimal pretty JSON writer: two-space indent, one field per line, short
/// string arrays on one line.
private struct JSONWriter {
    var text = ""
    private var depth = 0
    private var needsComma = false

    mutating func open(_ bracket: String) {
        separate()
        text += bracket
        depth += 1
        needsComma = false
    }

    mutating func close(_ bracket: String) {
        depth -= 1
        if text.last != "[" && text.last != "{" { newline() }
        text += bracket
        needsComma = true
    }

    mutating func field(_ key: String, string: String) {
        field(key, raw: Self.quote(string))
    }

    mutating func field(_ key: String, strings: [String]) {
        field(key, raw: "[" + strings.map(Self.quote).joined(separator: ", ") + "]")
    }

    mutating func field(_ key: String, raw: String) {
        separate()
        text += Self.quote(key) + ": " + raw
        needsComma = true
    }

    mutating func array<T>(_ key: String, _ items: [T], _ body: (inout JSONWriter, T) -> Void) {
        separate()
        text += Self.quote(key) + ": ["
        depth += 1
        needsComma = false
        for item in items { body(&self, item) }
        close("]")
    }

    private mutating func separate() {
        if needsComma { text += "," }
        if !text.isEmpty { newline() }
        needsComma = false
    }

    private mutating func newline() {
        text += "\n" + String(repeating: "  ", count: depth)
    }

    static func quote(_ string: String) -> String {
        // Most strings need no escape: one pass over the bytes, then one copy.
        let clean = string.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0xE2 }
        if clean { return "\"" + string + "\"" }
        var out = "\""
        out.reserveCapacity(string.utf8.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
