// graph-store-bench: the store's merge path without the extractor.
//
//   graph-store-bench graphs DIR N [SEED]    write N generated article graphs (graph JSON)
//   graph-store-bench ingest STORE DIR       ingest DIR/*.json, printing "done ID" after each commit
//   graph-store-bench export STORE FOCUS [DEPTH]   build the store graph, focus it, encode JSON
//
// The ingest path is the one `graph ingest` uses (IngestPipeline, two
// preparing threads, one writer); only extraction is replaced by JSON decoding.
import Foundation
import GraphModel
import GraphStore

/// A small deterministic generator (SplitMix64), so that runs are comparable.
struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

let actorStems = [
    "Brigade", "Front", "Armée", "Mouvement", "Conseil", "Forces", "Garde", "Milice", "Coalition", "Union",
]
let actorQualifiers = [
    "du Nord", "de Libération", "populaire", "nationale", "révolutionnaire", "de l'Est", "unifiée",
    "islamique",
    "démocratique", "du Levant", "du Sud", "républicaine",
]
let placeStems = ["Tell", "Kafr", "Ain", "Deir", "Jisr", "Ras", "Qasr", "Beit", "Khan", "Maarat"]
let placeRoots = [
    "Abiad", "Nasr", "Hamra", "Zeitoun", "Sakhra", "Jadida", "Kabir", "Rihan", "Safa", "Tayba", "Wadi",
]
let firstNames = ["Karim", "Nadia", "Samir", "Leïla", "Omar", "Yasmine", "Fares", "Rania", "Tarek", "Hala"]
let lastNames = [
    "Haddad", "Khoury", "Mansour", "Saleh", "Aziz", "Darwish", "Nasser", "Rahal", "Sabbagh", "Zein",
]

/// The world the articles talk about: a few hundred actors and places, fixed by the seed.
func world(seed: UInt64) -> (actors: [Entity], places: [Entity], people: [Entity]) {
    var generator = Generator(state: seed)
    var actors: [Entity] = []
    var names: Set<String> = []
    while actors.count < 300 {
        let name = "\(generator.pick(actorStems)) \(generator.pick(actorQualifiers)) \(actors.count % 7 + 1)"
        guard names.insert(NameKey.fold(name)).inserted else { continue }
        let initials =
            name.split(separator: " ").compactMap(\.first).map(String.init).joined() + "\(actors.count)"
        actors.append(Entity(id: Identifier.slug(name), name: name, kind: .armedGroup, aliases: [initials]))
    }
    var places: [Entity] = []
    while places.count < 400 {
        let name = "\(generator.pick(placeStems)) \(generator.pick(placeRoots))-\(places.count)"
        guard names.insert(NameKey.fold(name)).inserted else { continue }
        places.append(
            Entity(id: Identifier.slug(name), name: name, kind: places.count % 5 == 0 ? .region : .city))
    }
    var people: [Entity] = []
    for index in 0..<200 {
        let name = "\(firstNames[index % 10]) \(lastNames[(index / 10) % 10]) \(index)"
        people.append(Entity(id: Identifier.slug(name), name: name, kind: .person))
    }
    return (actors, places, people)
}

/// One generated article graph: 6–14 entities, 4–10 relations, one sentence each.
func article(_ number: Int, world: (actors: [Entity], places: [Entity], people: [Entity]), seed: UInt64)
    -> ConflictGraph
{
    var generator = Generator(state: seed &+ UInt64(number) &* 7919)
    let id = String(
        format: "%04d-%02d-%02d-art%05d", 2023 + number % 2, number % 12 + 1, number % 28 + 1, number)
    let document = Document(id: id, title: "Dépêche \(number)", date: String(id.prefix(10)), language: "fr")
    var graph = ConflictGraph()
    graph.add(document)
    var offset = 0
    for index in 0..<(4 + generator.below(7)) {
        // Skewed choice: a few actors dominate the news, as in a real war.
        let actor = world.actors[min(generator.below(300), generator.below(300))]
        var relation: Relation
        var other: Entity
        var sentence: String
        switch generator.below(4) {
        case 0:
            other = world.places[min(generator.below(400), generator.below(400))]
            sentence =
                "\(actor.name) a pris le contrôle de \(other.name) après \(index + 2) jours de combats."
            relation = Relation(subject: actor.id, predicate: .controls, object: other.id)
        case 1:
            other = world.actors[generator.below(300)]
            sentence = "\(other.name), soutenu par \(actor.aliases.last!), progresse vers le nord."
            relation = Relation(subject: actor.id, predicate: .supports, object: other.id)
        case 2:
            other = world.actors[generator.below(300)]
            sentence = "De violents combats ont opposé \(actor.name) et \(other.name) dans la nuit."
            relation = Relation(subject: actor.id, predicate: .opposes, object: other.id)
        default:
            other = world.people[generator.below(200)]
            sentence = "Le chef de \(actor.name), \(other.name), a annoncé une trêve."
            relation = Relation(subject: other.id, predicate: .leads, object: actor.id)
        }
        if other.id == actor.id { continue }
        relation.addEvidence(
            Evidence(
                document: id, sentence: sentence, start: offset, end: offset + sentence.unicodeScalars.count,
                confidence: 0.5 + Double(generator.below(50)) / 100))
        offset += sentence.unicodeScalars.count + 1
        var mentioned = actor
        mentioned.mentions = 1
        graph.add(mentioned)
        other.mentions = 1
        graph.add(other)
        graph.add(relation)
    }
    return graph
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("graph-store-bench: error: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    fail("usage: graphs DIR N [SEED] | ingest STORE DIR | export STORE FOCUS [DEPTH]")
}
switch arguments[1] {
case "graphs":
    let folder = arguments[2]
    guard let count = Int(arguments[3]) else { fail("N must be a number") }
    let seed = arguments.count > 4 ? UInt64(arguments[4]) ?? 1 : 1
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let places = world(seed: seed)
    for number in 0..<count {
        let graph = article(number, world: places, seed: seed)
        let path = "\(folder)/\(graph.documents[0].id).json"
        _ = FileManager.default.createFile(atPath: path, contents: Data(GraphJSON.encode(graph).utf8))
    }
case "ingest":
    let store: GraphStore
    do { store = try GraphStore(path: arguments[2]) } catch { fail("\(error)") }
    let folder = arguments[3]
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
        $0.hasSuffix(".json")
    }
    let paths = names.sorted().map { "\(folder)/\($0)" }
    var added = 0
    let started = Date()
    IngestPipeline.run(paths) { path -> (ConflictGraph, String)? in
        guard let data = FileManager.default.contents(atPath: path), let graph = try? GraphJSON.decode(data)
        else {
            return nil
        }
        return (graph, ContentHash.sha256(data))
    } consume: { _, prepared in
        guard let (graph, hash) = prepared else { return }
        do {
            if try store.ingest(document: graph.documents[0], contentHash: hash, graph: graph) == .added {
                added += 1
            }
        } catch { fail("\(error)") }
        // Committed: say so, unbuffered, for the kill test.
        FileHandle.standardOutput.write(Data("done \(graph.documents[0].id)\n".utf8))
    }
    let statistics = try! store.statistics()
    FileHandle.standardError.write(
        Data(
            String(
                format:
                    "ingested %d graphs (%d added) in %.2f s; store: %d entities, %d relations, %d sentences\n",
                paths.count, added, Date().timeIntervalSince(started), statistics.entities,
                statistics.relations,
                statistics.evidence
            ).utf8))
case "export":
    let started = Date()
    do {
        let store = try GraphStore(path: arguments[2], access: .readOnly)
        let query = GraphQuery(
            focus: try store.resolveEntity(arguments[3]),
            depth: arguments.count > 4 ? Int(arguments[4]) ?? 1 : 1)
        let graph = try query.apply(to: store.graph(around: query.focus!, depth: query.depth))
        let json = GraphJSON.encode(graph)
        FileHandle.standardError.write(
            Data(
                String(
                    format: "focused export: %d entities, %d relations, %d bytes in %.3f s\n",
                    graph.entities.count,
                    graph.relations.count, json.utf8.count, Date().timeIntervalSince(started)
                ).utf8))
    } catch { fail("\(error)") }
default:
    fail("unknown mode \(arguments[1])")
}
