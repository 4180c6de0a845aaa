import ArgumentParser
import GraphModel
import GraphStore

/// `graph merge A B`: B becomes part of A; B's names resolve to A from now on.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Merge entity B into entity A (A keeps its id, name and kind).")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The entity that stays (id or alias).") var target: String
    @Argument(help: "The entity merged into it (id or alias).") var source: String

    func run() throws {
        try StoreCLI.run {
            let entity = try storeOptions.open(.readWrite).merge(source, into: target)
            print(
                "merged \(source) into \(entity.id) (\(entity.name)): aliases \(entity.aliases.joined(separator: ", "))"
            )
        }
    }
}

/// `graph split ENTITY --alias X`: X names another entity; later articles agree.
struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Move aliases of an entity, and the sentences that use them, to a new entity.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The entity to split (id or alias).") var entity: String
    @Option(name: .customLong("alias"), help: "An alias to move (repeatable).") var aliases: [String] = []
    @Option(help: "The new entity's name (default: the first alias).") var name: String?

    func run() throws {
        try StoreCLI.run {
            let created = try storeOptions.open(.readWrite).split(entity, aliases: aliases, name: name)
            print(
                "split \(created.aliases.joined(separator: ", ")) off \(entity) as \(created.id) (\(created.name))"
            )
        }
    }
}

/// `graph rename ENTITY NAME`.
struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename", abstract: "Give an entity a new canonical name (the old one stays an alias).")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The entity (id or alias).") var entity: String
    @Argument(help: "The new name.") var name: String

    func run() throws {
        try StoreCLI.run {
            let renamed = try storeOptions.open(.readWrite).rename(entity, to: name)
            print("renamed \(renamed.id) to \(renamed.name)")
        }
    }
}

/// `graph set-kind ENTITY KIND`.
struct SetKindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-kind", abstract: "Change the kind of an entity.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The entity (id or alias).") var entity: String
    @Argument(help: "The kind (\(EntityKind.vocabulary)).") var kind: String

    func run() throws {
        try StoreCLI.run {
            let changed = try storeOptions.open(.readWrite).setKind(entity, to: try StoreCLI.kind(kind))
            print("\(changed.id) is now a \(changed.kind.label)")
        }
    }
}
