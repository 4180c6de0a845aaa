import GraphModel
import Testing

@testable import GraphExtraction

/// One way of stating a relation: the sentence and the relation it must give.
struct PatternCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var subject: String
    var predicate: Predicate
    var object: String

    init(_ sentence: String, _ subject: String, _ predicate: Predicate, _ object: String) {
        self.sentence = sentence
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    var testDescription: String { "\(subject) \(predicate.rawValue) \(object): \(sentence)" }

    /// A headline before the sentence, written with a decomposed accent (e + U+0301) that
    /// normalisation composes: evidence offsets must count the normalised text's scalars.
    static let lead = "Point de situation publie\u{301} à 8 h 15\n"
}

/// Checks one case: the relation exists and its evidence is the sentence, cut out of the
/// normalised text by its offsets.
func check(_ item: PatternCase, sourceLocation: SourceLocation = #_sourceLocation) {
    let extracted = Extracted(PatternCase.lead + item.sentence)
    guard let relation = extracted.relation(item.subject, item.predicate, item.object) else {
        Issue.record(
            "missing \(item.subject) \(item.predicate.rawValue) \(item.object); found: \(extracted.describe())",
            sourceLocation: sourceLocation)
        return
    }
    extracted.expectEvidence(relation, sentence: item.sentence, sourceLocation: sourceLocation)
    #expect(relation.evidence.first?.start ?? 0 > 0, sourceLocation: sourceLocation)
    #expect(!relation.hedged, sourceLocation: sourceLocation)
}

@Suite("Relation patterns")
struct PatternTests {
    @Test(
        "supports: active, passive, apposed ally, with the help of allies",
        arguments: [
            PatternCase(
                "La Russie soutient le régime syrien depuis 2015.", "Russie", .supports, "régime syrien"),
            PatternCase(
                "Le régime syrien, soutenu par l'Iran, a repris trois villages.", "Iran", .supports,
                "régime syrien"),
            PatternCase(
                "Principal allié de Damas, Moscou a promis de nouvelles livraisons d'armes.", "Moscou",
                .supports, "Damas"),
            PatternCase(
                "L'armée syrienne a contre-attaqué avec l'appui de ses alliés russes et iraniens.", "russes",
                .supports, "armée syrienne"),
            PatternCase(
                "L'armée syrienne a contre-attaqué avec l'appui de ses alliés russes et iraniens.",
                "iraniens", .supports, "armée syrienne"),
            PatternCase(
                "Les États-Unis arment les Forces démocratiques syriennes dans l'est.", "États-Unis",
                .supports, "Forces démocratiques syriennes"),
        ])
    func supports(_ item: PatternCase) { check(item) }

    @Test(
        "opposes: verb, offensive against, strikes on, mutual fighting",
        arguments: [
            PatternCase(
                "Le Hezbollah attaque les positions de HTS près de Hama.", "Hezbollah", .opposes, "HTS"),
            PatternCase(
                "HTS a lancé une offensive contre l'armée syrienne dans la province d'Idleb.", "HTS",
                .opposes, "armée syrienne"),
            PatternCase(
                "Des frappes russes sur Idleb ont fait douze morts mardi.", "frappes russes", .opposes,
                "Idleb"),
            PatternCase(
                "Des combats entre HTS et les forces gouvernementales ont éclaté au sud d'Alep.", "HTS",
                .opposes, "forces gouvernementales"),
            PatternCase(
                "Des combats entre HTS et les forces gouvernementales ont éclaté au sud d'Alep.",
                "forces gouvernementales", .opposes, "HTS"),
            PatternCase(
                "Les Forces de soutien rapide ont lancé une offensive contre El-Facher, au Darfour.",
                "Forces de soutien rapide", .opposes, "El-Facher"),
            PatternCase(
                "Les forces ukrainiennes ont repris Koupiansk aux troupes russes.", "forces ukrainiennes",
                .opposes, "troupes russes"),
            PatternCase(
                "Le JNIM a attaqué Tombouctou, dans le nord du Mali.", "JNIM", .opposes, "Tombouctou"),
        ])
    func opposes(_ item: PatternCase) { check(item) }

    @Test(
        "controls: took control, under the control of, in the hands of, held by",
        arguments: [
            PatternCase("HTS a pris le contrôle de Saraqeb mercredi.", "HTS", .controls, "Saraqeb"),
            PatternCase(
                "La ville de Maaret al-Noomane est désormais sous le contrôle de HTS.", "HTS", .controls,
                "Maaret al-Noomane"),
            PatternCase(
                "Khan Cheikhoun est tombée aux mains des rebelles.", "rebelles", .controls, "Khan Cheikhoun"),
            PatternCase("Alep, tenue par le régime depuis 2016, est menacée.", "régime", .controls, "Alep"),
            PatternCase(
                "Les forces ukrainiennes ont repris Koupiansk aux troupes russes.", "forces ukrainiennes",
                .controls, "Koupiansk"),
        ])
    func controls(_ item: PatternCase) { check(item) }

    @Test("affiliated_with: a former branch")
    func affiliated() {
        check(
            PatternCase(
                "HTS, ancienne branche syrienne d'Al-Qaïda, domine la région.", "HTS", .affiliatedWith,
                "Al-Qaïda"))
    }

    @Test(
        "located_in: second city of, in the north of",
        arguments: [
            PatternCase("Homs, troisième ville de Syrie, est sous pression.", "Homs", .locatedIn, "Syrie"),
            PatternCase(
                "L'aviation russe a bombardé Kharkiv, deuxième ville d'Ukraine.", "Kharkiv", .locatedIn,
                "Ukraine"),
            PatternCase(
                "Le JNIM a attaqué Tombouctou, dans le nord du Mali.", "Tombouctou", .locatedIn, "Mali"),
        ])
    func locatedIn(_ item: PatternCase) { check(item) }

    @Test("located_in: \"l'ONG, basée au Royaume-Uni\" resolves the NGO to the organisation named before")
    func basedIn() throws {
        let first = "L'Observatoire syrien des droits de l'homme (OSDH) a recensé 40 morts."
        let second = "L'ONG, basée au Royaume-Uni, dispose d'un vaste réseau de sources."
        let extracted = Extracted(first + " " + second)
        let relation = try #require(
            extracted.relation("OSDH", .locatedIn, "Royaume-Uni"), "\(extracted.describe())")
        extracted.expectEvidence(relation, sentence: second)
        #expect(relation.evidence.first?.start == first.unicodeScalars.count + 1)
        #expect(extracted.entity("Royaume-Uni")?.kind == .country)
        #expect(extracted.entity("OSDH")?.kind == .organization)
    }

    @Test(
        "leads: title before, title after, the regime of",
        arguments: [
            PatternCase(
                "Le directeur de l'OSDH, Rami Abdel Rahmane, a donné ce bilan.", "Rami Abdel Rahmane", .leads,
                "OSDH"),
            PatternCase(
                "Abou Mohammed al-Joulani, chef de HTS, s'est exprimé jeudi.", "Abou Mohammed al-Joulani",
                .leads, "HTS"),
            PatternCase(
                "Le régime de Bachar al-Assad a perdu le contrôle de la ville.", "Bachar al-Assad", .leads,
                "régime de Bachar al-Assad"),
        ])
    func leads(_ item: PatternCase) { check(item) }

    @Test("part_of: a minister belongs to his state")
    func partOf() {
        check(
            PatternCase(
                "Sergueï Lavrov, ministre russe des Affaires étrangères, a appelé au calme.",
                "Sergueï Lavrov", .partOf, "Russie"))
    }

    @Test("allied_with: a group and its allies")
    func allied() throws {
        check(PatternCase("HTS et ses alliés ont pénétré dans Alep.", "HTS", .alliedWith, "ses alliés"))
        let extracted = Extracted("HTS et ses alliés ont pénétré dans Alep.")
        #expect(extracted.graph.relations.filter { $0.predicate == .alliedWith }.count == 1)
        #expect(extracted.entity("ses alliés")?.kind == .armedGroup)
    }

    // MARK: Negatives

    @Test("a denied support gives no supports relation, the same sentence affirmed does")
    func negation() throws {
        let denied = Extracted("La Turquie nie soutenir l'Armée nationale syrienne.")
        #expect(denied.entity("Turquie") != nil && denied.entity("Armée nationale syrienne") != nil)
        #expect(denied.graph.relations.filter { $0.predicate == .supports }.isEmpty, "\(denied.describe())")
        let affirmed = Extracted("La Turquie soutient l'Armée nationale syrienne.")
        #expect(affirmed.relation("Turquie", .supports, "Armée nationale syrienne") != nil)
    }

    @Test("an accusation gives a hedged relation")
    func hedged() throws {
        let sentence = "Les Émirats arabes unis sont accusés de soutenir les Forces de soutien rapide."
        let extracted = Extracted(sentence)
        let relation = try #require(
            extracted.relation("Émirats arabes unis", .supports, "Forces de soutien rapide"))
        #expect(relation.hedged)
        #expect(GraphJSON.encode(extracted.graph).contains("\"hedged\": true"))
        extracted.expectEvidence(relation, sentence: sentence)
        #expect(relation.evidence.first?.start == 0)
        #expect(relation.evidence.first?.end == sentence.unicodeScalars.count)
    }

    @Test("a bare description makes no entity")
    func bareDescription() {
        let extracted = Extracted("Un journaliste américain a été blessé près de Kharkiv.")
        #expect(extracted.graph.entities.map(\.name) == ["Kharkiv"])
        #expect(extracted.entities(named: "américain").isEmpty)
        #expect(extracted.graph.relations.isEmpty)
    }
}
