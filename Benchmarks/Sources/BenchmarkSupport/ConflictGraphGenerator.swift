import GraphModel

/// Makes synthetic conflict graphs that look like real ones: entities come
/// in local theatres (a region, its cities and sites, the groups and states
/// fighting there), most relations stay inside a theatre, and a few actors
/// (states, big groups) reach across. Deterministic for a given seed.
public struct ConflictGraphGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A graph of `count` entities and about 1.6 relations per entity.
    public mutating func graph(entities count: Int) -> ConflictGraph {
        var graph = ConflictGraph(title: "Synthetic conflict graph, \(count) entities")
        graph.add(Document(id: "synthetic", title: "Generated", date: "2024-11-30"))
        let theatreSize = 12
        var ids: [String] = []
        var kinds: [EntityKind] = []
        for index in 0..<count {
            let position = index % theatreSize
            let kind: EntityKind =
                switch position {
                case 0: .region
                case 1, 2, 3: .city
                case 4: .site
                case 5, 6, 7: .armedGroup
                case 8: .person
                case 9: .government
                case 10: .organization
                default: .state
                }
            let id = "e\(index)"
            graph.add(
                Entity(id: id, name: "\(kind.label.capitalized) \(index)", kind: kind, mentions: next(20)))
            ids.append(id)
            kinds.append(kind)
        }
        func relate(_ subject: Int, _ predicate: Predicate, _ object: Int) {
            guard subject != object, subject < count, object < count else { return }
            let evidence = (0...next(2)).map {
                Evidence(
                    document: "synthetic\($0)",
                    sentence: "Generated statement \(subject) \(predicate.rawValue) \(object).")
            }
            graph.add(
                Relation(
                    subject: ids[subject], predicate: predicate, object: ids[object], evidence: evidence,
                    hedged: next(10) == 0))
        }
        for theatre in stride(from: 0, to: count, by: theatreSize) {
            let region = theatre
            for offset in 1...4 { relate(theatre + offset, .locatedIn, region) }
            for group in 5...7 {
                relate(theatre + group, .controls, theatre + 1 + next(3))
                relate(theatre + group, .opposes, theatre + 9)
                if next(3) == 0 { relate(theatre + group, .alliedWith, theatre + 5 + next(3)) }
            }
            relate(theatre + 8, .leads, theatre + 9)
            relate(theatre + 10, .locatedIn, theatre + 1)
            relate(theatre + 11, .supports, theatre + 9)
            // A few links to neighbouring theatres, rarely far away.
            let neighbour = theatre + theatreSize * (next(5) == 0 ? 1 + next(max(count / theatreSize, 1)) : 1)
            relate(theatre + 11, .opposes, neighbour + 5 + next(3))
            relate(theatre + 5, .affiliatedWith, neighbour + 6)
        }
        return graph
    }

    /// A pseudo-random number in 0..<bound (SplitMix64).
    private mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return Int(value % UInt64(max(bound, 1)))
    }
}
