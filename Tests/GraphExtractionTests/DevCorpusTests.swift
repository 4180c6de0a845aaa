// Dev-corpus ratchet.
//
// When `../shared/corpus/dev` exists next to the package root, these tests extract every
// `NAME.txt` there, score the graphs against `NAME.gold.json` with a Swift port of
// `../shared/eval/score.py` (same folding, same class matching, same greedy one-to-one
// matching and tie-breaking, same labeled / unlabeled relation sets, micro-averaged), and
// require each micro F1 to be at least the floor in `quality-floor.json` at the repository root.
//
// Raising the floor (the ratchet): after an extractor change that improves the scores, run
//     swift test --filter DevCorpusTests
// read the measured figures it prints ("dev corpus micro F1: ..."), and set each floor in
// `quality-floor.json` to the new value rounded DOWN to two decimals. Never lower a floor to
// make a change pass: a drop below the floor is a regression to fix in the extractor.
//
// When the corpus folder is absent (a checkout without `../shared`), the tests are skipped.

import Foundation
import GraphExtraction
import GraphModel
import Testing

/// The repository root and the shared folders next to it, from this file's path.
enum DevCorpus {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
    static let scorer = root.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py")
    static let floorFile = root.appendingPathComponent("quality-floor.json")

    static var available: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    static var python: String? {
        ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// The article names that have both a text and a gold file, sorted.
    static func articles() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return names.filter { $0.hasSuffix(".gold.json") }
            .map { String($0.dropLast(".gold.json".count)) }
            .filter { names.contains("\($0).txt") }
            .sorted()
    }

    /// Each article's extracted graph, by name.
    static func extractAll() throws -> [(name: String, graph: ConflictGraph)] {
        let extractor = try Extractor()
        return try articles().map { name in
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("\(name).txt")))
            let text = try Extractor.decodeText(bytes, source: name)
            return (name, extractor.extract(text: text, document: Document(id: name, language: "fr")))
        }
    }
}

// MARK: - Port of score.py

/// The scorer of `../shared/eval/score.py`, rule for rule.
enum Scorer {
    struct ScoredEntity {
        var names: Set<String>
        var klass: String
    }

    struct Graph {
        var entities: [String: ScoredEntity] = [:]
        var relations: [(subject: String, predicate: String, object: String)] = []
    }

    /// true positives, predicted, gold.
    struct Counts: Equatable {
        var tp = 0
        var predicted = 0
        var gold = 0

        static func + (a: Counts, b: Counts) -> Counts {
            Counts(tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold)
        }
    }

    struct Result {
        var entities = Counts()
        var relations = Counts()
        var unlabeled = Counts()

        static func + (a: Result, b: Result) -> Result {
            Result(
                entities: a.entities + b.entities, relations: a.relations + b.relations,
                unlabeled: a.unlabeled + b.unlabeled)
        }
    }

    static let actor: Set = ["person", "armed_group", "government", "state", "organization"]
    static let place: Set = ["country", "region", "city", "site"]
    static let symmetric: Set = ["allied_with"]
    static let articles = ["l ", "le ", "la ", "les ", "the "]

    /// `fold` of score.py: NFKD, combining marks dropped, lower case, apostrophes and
    /// dashes as spaces, other non-word characters as spaces, spaces collapsed, one leading article dropped.
    static func fold(_ name: String) -> String {
        let decomposed = name.decomposedStringWithCompatibilityMapping
        var kept = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars where scalar.properties.canonicalCombiningClass.rawValue == 0
        {
            kept.append(scalar)
        }
        let lowered = String(kept).lowercased()
        var replaced = String.UnicodeScalarView()
        for scalar in lowered.unicodeScalars {
            switch scalar.value {
            case 0x2019, 0x2018, 0x27, 0x60, 0x2BC: replaced.append(" ")
            case 0x2010...0x2015, 0x2D, 0x5F: replaced.append(" ")
            default: replaced.append(isWordCharacter(scalar) || scalar == " " ? scalar : " ")
            }
        }
        var folded = String(replaced).split(separator: " ", omittingEmptySubsequences: true).joined(
            separator: " ")
        for article in articles
        where folded.hasPrefix(article) && folded.unicodeScalars.count > article.unicodeScalars.count {
            folded = String(
                String.UnicodeScalarView(folded.unicodeScalars.dropFirst(article.unicodeScalars.count)))
            break
        }
        return folded
    }

    /// Python's `\w` on `str`: `isalnum()` or the underscore.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return scalar.properties.numericType != nil
        }
    }

    static func klass(_ kind: String?) -> String {
        let k = (kind ?? "").lowercased()
        if actor.contains(k) { return "actor" }
        if place.contains(k) { return "place" }
        return "other"
    }

    /// `load` of score.py on a parsed JSON object.
    static func load(json: Any) -> Graph {
        var graph = Graph()
        let object = json as? [String: Any] ?? [:]
        for entity in object["entities"] as? [[String: Any]] ?? [] {
            var names = Set((entity["aliases"] as? [Any] ?? []).compactMap { $0 as? String }.map(fold))
            if let name = entity["name"] as? String { names.insert(fold(name)) }
            names.remove("")
            graph.entities[string(entity["id"])] = ScoredEntity(
                names: names, klass: klass(entity["kind"] as? String))
        }
        for relation in object["relations"] as? [[String: Any]] ?? [] {
            graph.relations.append(
                (string(relation["subject"]), string(relation["predicate"]), string(relation["object"])))
        }
        return graph
    }

    /// A predicted graph as score.py reads it from the JSON the extractor writes.
    static func load(graph: ConflictGraph) throws -> Graph {
        load(json: try JSONSerialization.jsonObject(with: Data(GraphJSON.encode(graph).utf8)))
    }

    private static func string(_ value: Any?) -> String {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        case nil: "None"
        default: "\(value!)"
        }
    }

    /// Python's ordering of `str`: code point by code point.
    static func less(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.map(\.value).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
    }

    /// Greedy one-to-one matching, largest alias overlap first, ties by predicted id then gold id.
    static func matchEntities(gold: [String: ScoredEntity], predicted: [String: ScoredEntity]) -> [String:
        String]
    {
        var pairs: [(overlap: Int, pid: String, gid: String)] = []
        for (pid, p) in predicted {
            for (gid, g) in gold where p.klass == g.klass {
                let overlap = p.names.intersection(g.names).count
                if overlap > 0 { pairs.append((overlap, pid, gid)) }
            }
        }
        pairs.sort { a, b in
            if a.overlap != b.overlap { return a.overlap > b.overlap }
            if a.pid != b.pid { return less(a.pid, b.pid) }
            return less(a.gid, b.gid)
        }
        var p2g: [String: String] = [:]
        var used = Set<String>()
        for pair in pairs where p2g[pair.pid] == nil && !used.contains(pair.gid) {
            p2g[pair.pid] = pair.gid
            used.insert(pair.gid)
        }
        return p2g
    }

    /// A relation as score.py keys it: ordered ends, or unordered for symmetric predicates.
    struct LabeledKey: Hashable {
        var ends: [String]
        var predicate: String

        init(_ subject: String, _ predicate: String, _ object: String) {
            self.predicate = predicate
            ends = symmetric.contains(predicate) ? Set([subject, object]).sorted() : [subject, object]
        }
    }

    static func score(gold: Graph, predicted: Graph) -> Result {
        let p2g = matchEntities(gold: gold.entities, predicted: predicted.entities)
        var goldLabeled = Set<LabeledKey>()
        var goldUnlabeled = Set<Set<String>>()
        for relation in gold.relations {
            goldLabeled.insert(LabeledKey(relation.subject, relation.predicate, relation.object))
            goldUnlabeled.insert([relation.subject, relation.object])
        }
        var predictedLabeled = Set<LabeledKey>()
        var predictedUnlabeled = Set<Set<String>>()
        for relation in predicted.relations {
            let subject = p2g[relation.subject] ?? "?" + relation.subject
            let object = p2g[relation.object] ?? "?" + relation.object
            predictedLabeled.insert(LabeledKey(subject, relation.predicate, object))
            predictedUnlabeled.insert([subject, object])
        }
        return Result(
            entities: Counts(tp: p2g.count, predicted: predicted.entities.count, gold: gold.entities.count),
            relations: Counts(
                tp: goldLabeled.intersection(predictedLabeled).count, predicted: predictedLabeled.count,
                gold: goldLabeled.count),
            unlabeled: Counts(
                tp: goldUnlabeled.intersection(predictedUnlabeled).count, predicted: predictedUnlabeled.count,
                gold: goldUnlabeled.count))
    }

    /// Precision, recall and F1 as score.py computes them.
    static func prf(_ counts: Counts) -> (precision: Double, recall: Double, f1: Double) {
        let (tp, predicted, gold) = (Double(counts.tp), counts.predicted, counts.gold)
        let p = predicted > 0 ? tp / Double(predicted) : (gold == 0 ? 1.0 : 0.0)
        let r = gold > 0 ? tp / Double(gold) : 1.0
        let f = p + r > 0 ? 2 * p * r / (p + r) : 0.0
        return (p, r, f)
    }

    /// The micro-averaged counts over the dev corpus.
    static func scoreDevCorpus(_ extracted: [(name: String, graph: ConflictGraph)]) throws -> Result {
        var total = Result()
        for (name, graph) in extracted {
            let goldData = try Data(contentsOf: DevCorpus.folder.appendingPathComponent("\(name).gold.json"))
            let gold = load(json: try JSONSerialization.jsonObject(with: goldData))
            total = total + score(gold: gold, predicted: try load(graph: graph))
        }
        return total
    }
}

// MARK: - Tests

@Suite("Scorer port")
struct ScorerTests {
    @Test(
        "fold matches score.py's examples",
        arguments: [
            ("l’Observatoire syrien", "observatoire syrien"),
            ("Al-Qaïda", "al qaida"),
            ("Les", "les"),
            ("LES  Rebelles", "rebelles"),
            ("the Kremlin", "kremlin"),
            ("Hay`at Tahrir_al—Sham", "hay at tahrir al sham"),
            ("«HTS»", "hts"),
            ("ﬁn", "fin"),
            ("Œuvre", "œuvre"),
            ("", ""),
        ])
    func fold(input: String, expected: String) {
        #expect(Scorer.fold(input) == expected)
    }

    @Test("matching is one-to-one, class-aware and prefers the larger overlap")
    func matching() {
        let gold: [String: Scorer.ScoredEntity] = [
            "g_russia": .init(names: ["russie", "moscou"], klass: "actor"),
            "g_moscow": .init(names: ["moscou"], klass: "place"),
            "g_hts": .init(names: ["hts", "hayat tahrir al cham"], klass: "actor"),
        ]
        let predicted: [String: Scorer.ScoredEntity] = [
            "a": .init(names: ["moscou"], klass: "actor"),
            "b": .init(names: ["russie", "moscou"], klass: "actor"),
            "c": .init(names: ["moscou"], klass: "place"),
            "d": .init(names: ["hts"], klass: "actor"),
            "e": .init(names: ["hts"], klass: "actor"),
        ]
        let p2g = Scorer.matchEntities(gold: gold, predicted: predicted)
        #expect(p2g == ["b": "g_russia", "c": "g_moscow", "d": "g_hts"])
    }

    @Test(
        "allied_with matches in either direction; other predicates only as stated; unlabeled ignores direction"
    )
    func relationSets() {
        var gold = Scorer.Graph()
        gold.entities = [
            "x": .init(names: ["x"], klass: "actor"), "y": .init(names: ["y"], klass: "actor"),
        ]
        gold.relations = [("x", "allied_with", "y"), ("x", "supports", "y")]
        var predicted = Scorer.Graph()
        predicted.entities = [
            "p": .init(names: ["x"], klass: "actor"), "q": .init(names: ["y"], klass: "actor"),
            "r": .init(names: ["z"], klass: "actor"),
        ]
        predicted.relations = [("q", "allied_with", "p"), ("q", "supports", "p"), ("p", "opposes", "r")]
        let result = Scorer.score(gold: gold, predicted: predicted)
        #expect(result.entities == Scorer.Counts(tp: 2, predicted: 3, gold: 2))
        #expect(result.relations == Scorer.Counts(tp: 1, predicted: 3, gold: 2))
        #expect(result.unlabeled == Scorer.Counts(tp: 1, predicted: 2, gold: 1))
        let empty = Scorer.prf(Scorer.Counts())
        #expect(empty.precision == 1 && empty.recall == 1 && empty.f1 == 1)
        let nothingFound = Scorer.prf(Scorer.Counts(tp: 0, predicted: 0, gold: 3))
        #expect(nothingFound.precision == 0 && nothingFound.f1 == 0)
    }
}

@Suite("Dev corpus")
struct DevCorpusTests {
    @Test(
        "micro F1 on the dev corpus stays at or above quality-floor.json",
        .enabled(if: DevCorpus.available, "needs ../shared/corpus/dev next to the package root"))
    func ratchet() throws {
        let extracted = try DevCorpus.extractAll()
        try #require(!extracted.isEmpty, "no NAME.txt with NAME.gold.json in \(DevCorpus.folder.path)")
        let total = try Scorer.scoreDevCorpus(extracted)
        let floorData = try Data(contentsOf: DevCorpus.floorFile)
        let floors = try #require(try JSONSerialization.jsonObject(with: floorData) as? [String: Double])
        let measured = [
            "entities": Scorer.prf(total.entities).f1, "relations": Scorer.prf(total.relations).f1,
            "unlabeled": Scorer.prf(total.unlabeled).f1,
        ]
        print(
            "dev corpus micro F1 over \(extracted.count) articles: "
                + measured.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.4f", $0.value))" }
                .joined(separator: ", "))
        for key in ["entities", "relations", "unlabeled"] {
            let floor = try #require(floors[key], "quality-floor.json lacks \"\(key)\"")
            #expect(
                measured[key]! >= floor, "\(key) micro F1 \(measured[key]!) fell below the floor \(floor)")
        }
    }

    @Test(
        "the Swift scorer agrees with score.py on the extractor's output",
        .enabled(
            if: DevCorpus.available && DevCorpus.python != nil
                && FileManager.default.fileExists(atPath: DevCorpus.scorer.path),
            "needs ../shared/corpus/dev, ../shared/eval/score.py and python3"))
    func agreesWithPython() throws {
        let extracted = try DevCorpus.extractAll()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "xtests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, graph) in extracted {
            try Data(GraphJSON.encode(graph).utf8).write(to: directory.appendingPathComponent("\(name).json"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DevCorpus.python!)
        process.arguments = [DevCorpus.scorer.path, DevCorpus.folder.path, directory.path, "--json"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let micro = try #require(report["micro"] as? [String: [String: Double]])
        let total = try Scorer.scoreDevCorpus(extracted)
        for (key, counts) in [
            ("entities", total.entities), ("relations", total.relations), ("unlabeled", total.unlabeled),
        ] {
            let ours = Scorer.prf(counts)
            let theirs = try #require(micro[key])
            #expect(abs(ours.precision - theirs["precision"]!) < 1e-9, "\(key) precision")
            #expect(abs(ours.recall - theirs["recall"]!) < 1e-9, "\(key) recall")
            #expect(abs(ours.f1 - theirs["f1"]!) < 1e-9, "\(key) f1")
        }
    }
}
