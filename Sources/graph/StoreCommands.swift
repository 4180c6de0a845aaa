import ArgumentParser

extension GraphCommand {
    /// The store's commands, to list in `GraphCommand.configuration.subcommands`.
    static let storeSubcommands: [ParsableCommand.Type] = [
        IngestCommand.self, EntitiesCommand.self, RelationsCommand.self, ShowCommand.self, MergeCommand.self,
        SplitCommand.self, RenameCommand.self, SetKindCommand.self, ForgetCommand.self,
    ]
}
