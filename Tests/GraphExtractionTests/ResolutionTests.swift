import Foundation
import GraphModel
import Testing

@testable import GraphExtraction

@Suite("Entity resolution")
struct ResolutionTests {
    @Test("an acronym in brackets and its expansion are one entity with both aliases")
    func acronym() throws {
        let extracted = Extracted(
            "L'Observatoire syrien des droits de l'homme (OSDH) recense 40 morts. Selon l'OSDH, les frappes continuent."
        )
        let osdh = try #require(extracted.entity("OSDH"))
        #expect(extracted.entity("Observatoire syrien des droits de l'homme")?.id == osdh.id)
        #expect(osdh.kind == .organization)
        #expect(extracted.graph.entities.filter { $0.kind == .organization }.count == 1)
        let cma = Extracted("La Coordination des mouvements de l'Azawad (CMA) dénonce l'attaque.")
        #expect(cma.graph.entities.count == 1)
        #expect(cma.entity("CMA")?.aliases.contains("Coordination des mouvements de l'Azawad") == true)
    }

    @Test("transliteration variants of the lexicon are one entity: Cham/Sham, Idleb/Idlib")
    func transliteration() throws {
        let extracted = Extracted(
            "Hayat Tahrir al-Sham contrôle Idlib. Les combattants de Hayat Tahrir al-Cham patrouillent à Idleb."
        )
        let hts = try #require(extracted.entity("Hayat Tahrir al-Sham"))
        #expect(extracted.entity("Hayat Tahrir al-Cham")?.id == hts.id)
        let idlib = try #require(extracted.entity("Idlib"))
        #expect(extracted.entity("Idleb")?.id == idlib.id)
        #expect(idlib.kind == .city)
        #expect(extracted.graph.entities.count == 2)
        #expect(extracted.relation("Hayat Tahrir al-Cham", .controls, "Idleb") != nil)
    }

    @Test("a demonym qualifying a force is the state: \"l'aviation russe\" and \"la Russie\" are one actor")
    func demonym() throws {
        let extracted = Extracted(
            "L'aviation russe a bombardé Kharkiv. La Russie dément toute frappe contre des civils.")
        let russia = try #require(extracted.entity("Russie"))
        #expect(russia.kind == .state)
        #expect(extracted.entity("aviation russe")?.id == russia.id)
        #expect(russia.aliases.contains("russe"))
        #expect(extracted.graph.entities.filter { $0.kind.isActor }.count == 1)
    }

    @Test("a capital that speaks is its state; a capital one flees to is a city")
    func capital() throws {
        let extracted = Extracted(
            "Moscou dénonce une provocation occidentale. Des milliers de personnes ont fui vers Damas.")
        let russia = try #require(extracted.entity("Moscou"))
        #expect(russia.kind == .state)
        #expect(russia.aliases.contains("Russie"))
        let damascus = try #require(extracted.entity("Damas"))
        #expect(damascus.kind == .city)
    }

    @Test("\"les rebelles\" and \"leurs alliés\" are one collective actor")
    func collective() throws {
        let extracted = Extracted("Les rebelles et leurs alliés avancent vers Hama, selon l'OSDH.")
        let rebels = try #require(extracted.entity("rebelles"))
        #expect(rebels.kind == .armedGroup)
        #expect(extracted.entity("leurs alliés")?.id == rebels.id)
        #expect(extracted.entity("OSDH")?.kind == .organization)
        #expect(extracted.entity("Hama")?.kind == .city)
    }

    @Test(
        "\"les djihadistes\" is the jihadist group the text names",
        arguments: [
            (
                "Les djihadistes de Hayat Tahrir al-Cham avancent vers Homs. Les djihadistes ont encerclé la ville.",
                "Hayat Tahrir al-Cham"
            ),
            (
                "Les djihadistes du JNIM ont attaqué un camp militaire. Les djihadistes ont ensuite pillé le camp.",
                "JNIM"
            ),
        ])
    func jihadists(text: String, group: String) throws {
        let extracted = Extracted(text)
        let entity = try #require(extracted.entity(group))
        #expect(extracted.entity("djihadistes")?.id == entity.id)
        #expect(extracted.graph.entities.filter { $0.kind == .armedGroup }.count == 1)
    }

    @Test("a country that acts is a state; a country that is only a location is a place")
    func countryRoles() throws {
        let extracted = Extracted(
            "La Turquie soutient l'Armée nationale syrienne. Des combats ont eu lieu en Syrie, près d'Alep.")
        #expect(extracted.entity("Turquie")?.kind == .state)
        #expect(extracted.entity("Syrie")?.kind == .country)
        #expect(extracted.entity("Alep")?.kind == .city)
        #expect(extracted.entity("Armée nationale syrienne")?.kind == .armedGroup)
    }

    @Test("the merger makes one entity of an alias seen in two documents, and keeps actor and place apart")
    func crossDocument() throws {
        let first = "HTS a pris le contrôle de Saraqeb mercredi."
        let second =
            "Les forces gouvernementales bombardent HTS près de Saraqeb. Des habitants ont fui vers Damas."
        let third = "Damas dénonce une agression terroriste."
        let graph = sharedExtractor.extract([
            (first, Document(id: "d1")), (second, Document(id: "d2")), (third, Document(id: "d3")),
        ])
        #expect(graph.documents.map(\.id) == ["d1", "d2", "d3"])
        let hts = graph.entities.filter { $0.aliases.contains("HTS") }
        #expect(hts.count == 1)
        let saraqeb = graph.entities.filter { $0.aliases.contains("Saraqeb") }
        #expect(saraqeb.count == 1)
        let damas = graph.entities.filter { $0.aliases.contains("Damas") }
        #expect(Set(damas.map(\.kind.isActor)) == [true, false], "Damas the city and Damas the government")
        try graph.validate()

        // The same through GraphMerger, the second document's ids renamed onto the first's.
        var merger = GraphMerger()
        merger.add(Extracted(first, document: "d1").graph)
        merger.add(Extracted(second, document: "d2").graph)
        let merged = merger.graph
        let htsID = try #require(merged.entities.first { $0.aliases.contains("HTS") }?.id)
        let saraqebID = try #require(merged.entities.first { $0.aliases.contains("Saraqeb") }?.id)
        #expect(merged.relation(RelationKey(subject: htsID, predicate: .controls, object: saraqebID)) != nil)
        #expect(
            merged.relations.allSatisfy { $0.evidence.allSatisfy { ["d1", "d2"].contains($0.document) } })
        #expect(merged.relations.contains { $0.object == htsID && $0.predicate == .opposes })
    }

    @Test("entities sharing only a name with another class are not merged")
    func mergerKeepsClasses() {
        var one = ConflictGraph()
        one.add(Entity(id: "idlib", name: "Idleb", kind: .city))
        var two = ConflictGraph()
        two.add(Entity(id: "idlib_front", name: "Idleb", kind: .armedGroup, aliases: ["Front d'Idleb"]))
        two.add(Entity(id: "idlib_city", name: "Idlib", kind: .city, aliases: ["IDLEB"]))
        var merger = GraphMerger()
        merger.add(one)
        merger.add(two)
        #expect(merger.graph.entities.map(\.id).sorted() == ["idlib", "idlib_front"])
        #expect(merger.graph.entity("idlib")?.aliases == ["Idleb", "Idlib", "IDLEB"])
    }
}

@Suite("User lexicons")
struct UserLexiconTests {
    static let text = "La Katiba des Faucons du Sahel a pris le contrôle de Tamkoutat. La KFS tient la ville."

    func write(_ contents: String, extension ext: String) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("xtests-lexicon-\(UUID().uuidString).\(ext)")
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    @Test("without a user lexicon the new town is unknown")
    func baseline() {
        let extracted = Extracted(Self.text)
        #expect(extracted.entities(named: "Tamkoutat").isEmpty)
    }

    @Test(
        "a user lexicon in YAML or JSON adds an armed group and a town",
        arguments: [
            (
                """
                entities:
                  - id: faucons_du_sahel
                    name: Katiba des Faucons du Sahel
                    kind: armed_group
                    aliases: [KFS, Faucons du Sahel]
                  - id: tamkoutat
                    name: Tamkoutat
                    kind: city
                    country: mali
                """, "yaml"
            ),
            (
                """
                {"entities": [
                  {"id": "faucons_du_sahel", "name": "Katiba des Faucons du Sahel", "kind": "armed_group",
                   "aliases": ["KFS", "Faucons du Sahel"]},
                  {"id": "tamkoutat", "name": "Tamkoutat", "kind": "city", "country": "mali"}
                ]}
                """, "json"
            ),
        ])
    func userLexicon(contents: String, ext: String) throws {
        let path = try write(contents, extension: ext)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let extractor = try Extractor(userLexicons: [path])
        let extracted = Extracted(Self.text, extractor: extractor)
        let group = try #require(extracted.entity("KFS"))
        #expect(group.id == "faucons_du_sahel")
        #expect(group.kind == .armedGroup)
        #expect(extracted.entity("Katiba des Faucons du Sahel")?.id == group.id)
        let town = try #require(extracted.entity("Tamkoutat"))
        #expect(town.id == "tamkoutat" && town.kind == .city)
        let relation = try #require(
            extracted.relation("KFS", .controls, "Tamkoutat"), "\(extracted.describe())")
        extracted.expectEvidence(
            relation, sentence: "La Katiba des Faucons du Sahel a pris le contrôle de Tamkoutat.")
    }

    @Test(
        "a malformed user lexicon is a badLexicon error naming the field",
        arguments: [
            ("entities:\n  - id: x\n    name: X\n", "yaml", "entities[0].kind"),
            ("entities:\n  - id: x\n    name: X\n    kind: militia\n", "yaml", "entities[0].kind"),
            (
                "{\"entities\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"city\"}, {\"id\": \"b\", \"kind\": \"city\"}]}",
                "json", "entities[1].name"
            ),
            (
                "{\"entities\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"city\", \"aliases\": \"A\"}]}",
                "json", "entities[0].aliases"
            ),
            (
                "{\"patterns\": [{\"id\": \"p\", \"predicate\": \"supports\", \"pattern\": \"S soutient\"}]}",
                "json", "needs both S and O"
            ),
            ("{\"entities\": [", "json", "malformed"),
            (
                "entities:\n  - id: x\n    name: X\n    kind: city\n    partOf: nowhere\n", "yaml",
                "partOf \"nowhere\""
            ),
            (
                "entities:\n  - id: x\n    name: X\n    kind: city\n    partOf: x\n", "yaml",
                "entities[0].partOf"
            ),
        ])
    func malformed(contents: String, ext: String, place: String) throws {
        let path = try write(contents, extension: ext)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try Extractor(userLexicons: [path])
            Issue.record("accepted a malformed lexicon")
        } catch {
            guard case .badLexicon(_, let detail) = error else {
                Issue.record("expected badLexicon, got \(error)")
                return
            }
            #expect(detail.contains(place), "\(detail)")
        }
    }

    @Test("a name that says what it belongs to gives part_of, the parent entity and evidence")
    func partOfInName() throws {
        let path = try write(
            """
            entities:
              - id: sahel_front
                name: Front du Sahel
                kind: armed_group
              - id: falcon_brigade
                name: Brigade des Faucons du Front du Sahel
                kind: armed_group
                aliases: [Brigade des Faucons]
                partOf: sahel_front
            """, extension: "yaml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let extractor = try Extractor(userLexicons: [path])
        let stated = Extracted(
            "La Brigade des Faucons du Front du Sahel a attaqué Gao mardi.", extractor: extractor)
        let relation = try #require(
            stated.relation("Brigade des Faucons du Front du Sahel", .partOf, "Front du Sahel"),
            "\(stated.describe())")
        stated.expectEvidence(
            relation, sentence: "La Brigade des Faucons du Front du Sahel a attaqué Gao mardi.")
        // The short name says nothing of the parent: no relation, no parent entity.
        let unstated = Extracted("La Brigade des Faucons a attaqué Gao mardi.", extractor: extractor)
        #expect(unstated.entity("Brigade des Faucons") != nil)
        #expect(unstated.entity("Front du Sahel") == nil, "\(unstated.describe())")
    }

    @Test("UN bodies named after the UN are part of it, with the UN as an entity")
    func unitedNationsBodies() throws {
        let named = Extracted(
            "Le Conseil de sécurité de l'ONU a voté lundi. Le Fonds des Nations unies pour l'enfance s'alarme."
        )
        #expect(named.relation("Conseil de sécurité de l'ONU", .partOf, "ONU") != nil, "\(named.describe())")
        #expect(named.relation("UNICEF", .partOf, "ONU") != nil, "\(named.describe())")
        #expect(named.entities(named: "ONU").count == 1)
        let bare = Extracted("Le Conseil de sécurité a voté lundi. L'Unicef s'alarme.")
        #expect(bare.entity("ONU") == nil, "\(bare.describe())")
        #expect(bare.graph.relations.allSatisfy { $0.predicate != .partOf })
    }

    @Test("a missing user lexicon file is a badLexicon error naming the path")
    func missingFile() {
        #expect(
            throws: ExtractionError.badLexicon(
                source: "/nonexistent/lexique.yaml", detail: "cannot read the file")
        ) {
            try Extractor(userLexicons: ["/nonexistent/lexique.yaml"])
        }
    }
}
