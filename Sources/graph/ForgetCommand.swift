import ArgumentParser
import GraphStore

/// `graph forget DOCUMENT`: the store as if the article had never been ingested
/// (corrections stay).
struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget", abstract: "Remove a document and everything only it supported.")

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The document id (the article's file name without extension).") var document: String

    func run() throws {
        try StoreCLI.run {
            let outcome = try storeOptions.open(.readWrite).forget(document: document)
            print(
                "forgot \(document): \(outcome.relations) relations and \(outcome.entities) entities removed")
        }
    }
}
