import ArgumentParser
import GraphModel
import GraphStore

/// `graph entities`: the store's entities, as a table or JSON.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities", abstract: "List the entities of the store.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Only entities of this kind (\(EntityKind.vocabulary)).")
    var kind: String?

    @Option(help: "Only entities with an id or alias containing TEXT (case and accents ignored).")
    var search: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        try StoreCLI.run {
            let kind = try self.kind.map(StoreCLI.kind)
            let entities = try storeOptions.open(.readOnly).entities(kind: kind, search: search)
            if json { return print(try StoreCLI.json(entities)) }
            let rows = entities.map { entity in
                [
                    entity.id, entity.name, entity.kind.rawValue, String(entity.mentions),
                    String(entity.documents),
                    String(entity.relations),
                    entity.aliases.filter { $0 != entity.name }.joined(separator: ", "),
                ]
            }
            print(StoreCLI.table(["ID", "NAME", "KIND", "MENTIONS", "DOCS", "RELATIONS", "ALIASES"], rows))
        }
    }
}
