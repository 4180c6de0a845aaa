import ArgumentParser
import GraphModel
import GraphStore

/// `graph relations`: the store's relations, as a table or JSON.
struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations", abstract: "List the relations of the store.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Only relations touching this entity (id or any alias).")
    var entity: String?

    @Option(help: "Only relations with this predicate (\(Predicate.vocabulary)).")
    var predicate: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        try StoreCLI.run {
            let predicate = try self.predicate.map(StoreCLI.predicate)
            let relations = try storeOptions.open(.readOnly).relations(entity: entity, predicate: predicate)
            if json { return print(try StoreCLI.json(relations)) }
            let rows = relations.map { relation in
                [
                    relation.subject, relation.predicate.rawValue + (relation.hedged ? " (claimed)" : ""),
                    relation.object,
                    String(relation.support), String(relation.evidence), String(relation.confidence),
                ]
            }
            print(
                StoreCLI.table(
                    ["SUBJECT", "PREDICATE", "OBJECT", "SUPPORT", "SENTENCES", "CONFIDENCE"], rows))
        }
    }
}
