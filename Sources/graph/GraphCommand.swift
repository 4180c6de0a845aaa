import ArgumentParser

@main
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Build conflict knowledge graphs from news articles and draw them.",
        subcommands: [ExtractCommand.self]
    )
}
