import ArgumentParser
import GraphModel
import GraphStore

/// `graph show ENTITY`: one entity, its aliases, and every relation with its
/// sentences, documents and dates.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show an entity with its relations and their evidence.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "An entity id or any of its aliases.")
    var entity: String

    @Flag(help: "Print the entity's subgraph as graph JSON.")
    var json = false

    func run() throws {
        try StoreCLI.run {
            let (id, graph) = try storeOptions.open(.readOnly).entityGraph(entity)
            if json { return print(GraphJSON.encode(graph), terminator: "") }
            guard let entity = graph.entity(id) else { return }
            print("\(entity.name)  [\(entity.id)]  \(entity.kind.label), \(entity.mentions) mentions")
            print("aliases: \(entity.aliases.joined(separator: ", "))")
            let documents = Dictionary(uniqueKeysWithValues: graph.documents.map { ($0.id, $0) })
            let relations = graph.relations.filter { $0.subject == id || $0.object == id }
            print("relations: \(relations.count)")
            for relation in relations {
                let subject = graph.entity(relation.subject)?.name ?? relation.subject
                let object = graph.entity(relation.object)?.name ?? relation.object
                let claimed = relation.hedged ? ", claimed" : ""
                print("")
                print(
                    "  \(subject) \(relation.predicate.label) \(object)  (\(relation.support) documents\(claimed))"
                )
                for evidence in relation.evidence {
                    let document = documents[evidence.document]
                    let date = document?.date.map { " \($0)" } ?? ""
                    let title = document?.title.map { " \"\($0)\"" } ?? ""
                    print("    - [\(evidence.document)\(date)\(title)] \(evidence.sentence)")
                }
            }
        }
    }
}
