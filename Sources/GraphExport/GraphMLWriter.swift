import GraphModel

/// Writes a conflict graph as GraphML, for Gephi, yEd, Cytoscape and networkx.
///
/// Nodes carry name (and `label`, which Gephi shows), kind, aliases (joined
/// with " | ") and mentions; edges carry predicate, support, confidence,
/// hedged and evidence (one "[document] sentence" per line). Edges have ids,
/// so that parallel links (two predicates between the same pair) survive in
/// multigraph readers. The output depends only on the graph: same graph, same bytes.
public enum GraphMLWriter {
    public static func write(_ graph: ConflictGraph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        let keys: [(id: String, target: String, type: String)] = [
            ("label", "node", "string"), ("name", "node", "string"), ("kind", "node", "string"),
            ("aliases", "node", "string"), ("mentions", "node", "int"), ("predicate", "edge", "string"),
            ("support", "edge", "int"), ("confidence", "edge", "double"), ("hedged", "edge", "boolean"),
            ("evidence", "edge", "string"),
        ]
        for key in keys {
            out +=
                "  <key id=\"\(key.id)\" for=\"\(key.target)\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"\(escape(graph.title ?? "G"))\" edgedefault=\"directed\">\n"
        for entity in graph.entities {
            out += "    <node id=\"\(escape(entity.id))\">\n"
            data(&out, "label", entity.name)
            data(&out, "name", entity.name)
            data(&out, "kind", entity.kind.rawValue)
            data(&out, "aliases", entity.aliases.joined(separator: " | "))
            data(&out, "mentions", String(entity.mentions))
            out += "    </node>\n"
        }
        for (index, relation) in graph.relations.enumerated() {
            out +=
                "    <edge id=\"e\(index)\" source=\"\(escape(relation.subject))\" target=\"\(escape(relation.object))\">\n"
            data(&out, "predicate", relation.predicate.rawValue)
            data(&out, "support", String(relation.support))
            data(&out, "confidence", String(relation.confidence))
            data(&out, "hedged", relation.hedged ? "true" : "false")
            let evidence = relation.evidence.map { "[\($0.document)] \($0.sentence)" }
            data(&out, "evidence", evidence.joined(separator: "\n"))
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func data(_ out: inout String, _ key: String, _ value: String) {
        out += "      <data key=\"\(key)\">\(escape(value))</data>\n"
    }

    /// XML-escapes `text` for element content and attribute values; drops the
    /// characters XML 1.0 forbids (C0 controls other than tab, line feed and
    /// carriage return, and U+FFFE/U+FFFF), which a broken article may hold.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
