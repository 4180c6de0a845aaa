import Foundation
import Testing

/// The store commands end to end: the built `graph` binary on a temporary
/// folder of three short French articles (written for these tests).
@Suite("graph store commands")
struct StoreCommandTests {
    static let articles: [String: String] = [
        "2024-11-28-alep.txt": """
        Offensive éclair sur Alep

        Hayat Tahrir al-Cham a pris le contrôle d'Alep après trois jours de combats. \
        L'armée syrienne s'est retirée d'Alep sous la pression de HTC.

        """,
        "2024-11-30-raqqa.txt": """
        Combats autour de Raqqa

        La coalition internationale soutient les Forces démocratiques syriennes dans leur offensive \
        au nord de Raqqa. Les YPG ont pris le contrôle de Tabqa après une semaine de combats.

        """,
        "2024-12-02-hama.txt": """
        Menaces sur Hama

        Le chef de Hayat Tahrir al-Cham, Abou Mohammed al-Joulani, a promis de reprendre Hama avant \
        la fin du mois. Le Hezbollah est accusé de soutenir l'armée syrienne dans la région de Homs.

        """,
    ]

    /// A temporary folder holding `articles/` (the three texts) and the path of a store beside it.
    struct Workspace {
        let folder: String
        var articles: String { folder + "/articles" }
        var store: String { folder + "/graph.sqlite" }

        init() throws {
            folder = try GraphRunner.temporaryDirectory()
            try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
            for (name, text) in StoreCommandTests.articles {
                try write(text, to: name)
            }
        }

        func write(_ text: String, to name: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: articles + "/" + name))
        }

        /// Runs `graph COMMAND --store STORE ARGUMENTS...`.
        func run(_ command: String, _ arguments: String...) throws -> GraphRunner.Result {
            try GraphRunner.run([command, "--store", store] + arguments)
        }

        /// Ingests the three articles, checking that it worked.
        func ingest(sourceLocation: SourceLocation = #_sourceLocation) throws {
            let result = try run("ingest", articles)
            #expect(result.status == 0, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        }

        func entityIDs() throws -> [String] {
            let result = try run("entities", "--json")
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let entities = try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]] ?? []
            return entities.compactMap { $0["id"] as? String }
        }

        /// The relations as "subject predicate object" lines.
        func relationTriples() throws -> [String] {
            let result = try run("relations", "--json")
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let relations = try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]] ?? []
            return relations.map { relation in
                ["subject", "predicate", "object"].map { relation[$0] as? String ?? "?" }.joined(
                    separator: " ")
            }
        }
    }

    /// Checks a failure: a non-zero status and one `graph: error:` line on stderr containing `fragment`.
    func expectOneLineError(
        _ result: GraphRunner.Result, containing fragment: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(
            result.stderr.hasPrefix("graph: error: "), "stderr: \(result.stderr)",
            sourceLocation: sourceLocation)
        #expect(result.stderr.contains(fragment), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test("ingest, re-ingest unchanged, entities, relations and show")
    func ingestAndBrowse() throws {
        let workspace = try Workspace()
        let first = try workspace.run("ingest", workspace.articles)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.text.contains("ingested 3 documents: 3 added, 0 unchanged, 0 replaced, 0 failed"))

        let again = try workspace.run("ingest", workspace.articles)
        #expect(again.status == 0)
        #expect(again.text.contains("3 documents: 0 added, 3 unchanged, 0 replaced, 0 failed"))

        let ids = try workspace.entityIDs()
        for id in ["hts", "aleppo", "syria_government", "hezbollah", "sdf", "ypg", "tabqa"] {
            #expect(ids.contains(id), "\(id) missing from \(ids)")
        }
        #expect(ids == ids.sorted())

        let triples = try workspace.relationTriples()
        #expect(triples.contains("hts controls aleppo"))
        #expect(triples.contains("ypg controls tabqa"))
        #expect(triples.contains("hezbollah supports syria_government"))

        // Any alias names the entity, case and accents aside.
        let show = try workspace.run("show", "htc")
        #expect(show.status == 0, "stderr: \(show.stderr)")
        #expect(show.text.hasPrefix("Hayat Tahrir al-Cham  [hts]"))
        #expect(show.text.contains("aliases: Hayat Tahrir al-Cham, HTC"))
        #expect(show.text.contains("[2024-11-28-alep 2024-11-28 \"Offensive éclair sur Alep\"]"))
        #expect(show.text.contains("Hayat Tahrir al-Cham a pris le contrôle d'Alep"))
    }

    @Test("a merge holds when its articles are ingested again, changed")
    func mergeSurvivesReingest() throws {
        let workspace = try Workspace()
        try workspace.ingest()
        let merge = try workspace.run("merge", "sdf", "YPG")
        #expect(merge.status == 0, "stderr: \(merge.stderr)")
        #expect(merge.text.hasPrefix("merged YPG into sdf"))
        #expect(!(try workspace.entityIDs().contains("ypg")))
        #expect(try workspace.relationTriples().contains("sdf controls tabqa"))

        try workspace.write(
            Self.articles["2024-11-30-raqqa.txt"]! + "Les YPG ont pris le contrôle de Raqqa.\n",
            to: "2024-11-30-raqqa.txt")
        let again = try workspace.run("ingest", workspace.articles)
        #expect(again.status == 0, "stderr: \(again.stderr)")
        #expect(again.text.contains("0 added, 2 unchanged, 1 replaced, 0 failed"))
        #expect(!(try workspace.entityIDs().contains("ypg")))
        let triples = try workspace.relationTriples()
        #expect(triples.contains("sdf controls tabqa"))
        #expect(triples.contains("sdf controls raqqa"))
        #expect(!triples.contains { $0.hasPrefix("ypg ") })
    }

    @Test("forget removes a document and what only it supported")
    func forget() throws {
        let workspace = try Workspace()
        try workspace.ingest()
        let forget = try workspace.run("forget", "2024-12-02-hama")
        #expect(forget.status == 0, "stderr: \(forget.stderr)")
        #expect(forget.text.hasPrefix("forgot 2024-12-02-hama: 2 relations and"))
        let ids = try workspace.entityIDs()
        #expect(!ids.contains("hezbollah") && !ids.contains("hama"))
        #expect(ids.contains("hts") && ids.contains("syria_government"))
        let triples = try workspace.relationTriples()
        #expect(!triples.contains("hezbollah supports syria_government"))
        #expect(triples.contains("hts controls aleppo"))

        expectOneLineError(try workspace.run("forget", "2024-12-02-hama"), containing: "no document")
    }

    @Test("export --focus gives the ego network")
    func focusedExport() throws {
        let workspace = try Workspace()
        try workspace.ingest()
        let result = try workspace.run("export", "--focus", "HTC", "--depth", "1", "--format", "json")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let graph = try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any] ?? [:]
        let entities = (graph["entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(entities == ["ahmed_al_sharaa", "aleppo", "hts"])
        let relations = (graph["relations"] as? [[String: Any]] ?? []).map {
            "\($0["subject"] ?? "") \($0["predicate"] ?? "") \($0["object"] ?? "")"
        }
        #expect(relations == ["ahmed_al_sharaa leads hts", "hts controls aleppo"])
        let documents = (graph["documents"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(documents == ["2024-11-28-alep", "2024-12-02-hama"])
    }

    @Test("a focus that does not exist: one line suggesting close names")
    func unknownFocus() throws {
        let workspace = try Workspace()
        try workspace.ingest()
        let result = try workspace.run("export", "--focus", "Hayat Tahrir al-Chem", "--format", "json")
        expectOneLineError(result, containing: "no entity named \"Hayat Tahrir al-Chem\"; did you mean")
        #expect(result.stderr.contains("\"Hayat Tahrir al-Cham\""))
        #expect(result.stdout.isEmpty)
    }

    @Test("a store file that is not SQLite: one line, non-zero exit")
    func notSQLite() throws {
        let workspace = try Workspace()
        try Data("ceci n'est pas une base\n".utf8).write(to: URL(fileURLWithPath: workspace.store))
        expectOneLineError(try workspace.run("entities"), containing: "is not an SQLite database")
        expectOneLineError(
            try workspace.run("ingest", workspace.articles), containing: "is not an SQLite database")
        // The file is left as it was.
        #expect(try String(contentsOfFile: workspace.store, encoding: .utf8) == "ceci n'est pas une base\n")
    }

    @Test("a read-only store refuses writing commands and still reads")
    func readOnlyStore() throws {
        let workspace = try Workspace()
        try workspace.ingest()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: workspace.store)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: workspace.store)
        }
        expectOneLineError(try workspace.run("ingest", workspace.articles), containing: "is read-only")
        expectOneLineError(try workspace.run("merge", "sdf", "ypg"), containing: "is read-only")
        expectOneLineError(try workspace.run("forget", "2024-11-28-alep"), containing: "is read-only")
        let read = try workspace.run("entities", "--json")
        #expect(read.status == 0, "stderr: \(read.stderr)")
    }

    @Test("a bad article is reported, the others go in, the exit status is non-zero")
    func badArticle() throws {
        let workspace = try Workspace()
        try Data([0x41, 0x6C, 0x65, 0x70, 0xFF, 0xFE, 0x0A]).write(
            to: URL(fileURLWithPath: workspace.articles + "/2024-12-01-casse.txt"))
        let result = try workspace.run("ingest", workspace.articles)
        #expect(result.status != 0)
        // Four files make a progress report on stderr too; one line is the error.
        let errors = result.stderr.split(separator: "\n").filter { $0.hasPrefix("graph: error: ") }
        #expect(errors.count == 1, "stderr: \(result.stderr)")
        #expect(errors.first?.contains("2024-12-01-casse.txt: not UTF-8 text") == true)
        #expect(result.text.contains("ingested 4 documents: 3 added, 0 unchanged, 0 replaced, 1 failed"))
        #expect(try workspace.entityIDs().contains("hts"))
    }
}
