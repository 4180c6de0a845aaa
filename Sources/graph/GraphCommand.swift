import ArgumentParser
import GraphExport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@main
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Build conflict knowledge graphs from news articles and draw them.",
        discussion: """
            Reads French (and English) news articles, extracts the actors, places and typed \
            relations they state (supports, opposes, allied_with, affiliated_with, controls, \
            located_in, leads, part_of), each with its evidence sentence, and draws them as \
            conflict diagrams through Graphviz, in-process.

            Examples:
              graph extract article.txt -o article.json
              graph export article.txt -o article.svg
              graph export Examples/aleppo-offensive-graph.json -o aleppo.png --dpi 300
              graph ingest news/ && graph show HTS
              graph export --store graph.sqlite --focus HTS --depth 2 -o hts.svg
            """,
        subcommands: [ExtractCommand.self, ExportCommand.self] + storeSubcommands
    )

    /// Runs the command; every error is one line on stderr, `graph: error: …`,
    /// with exit status 64 for usage errors and 1 for the rest. Help and
    /// version requests print as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let format = ExportCommand.renderFormat(arguments), DiagramRenderer().usesSystemFonts(for: format)
        {
            // Graphviz's start-up (plugins, fonts) overlaps parsing and reading.
            DiagramRenderer.prepareInBackground(
                fontsOnCallingThread: ExportCommand.readsOnlyGraphFiles(arguments))
        }
        defer { DiagramRenderer.finishPreparation() }
        let command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            fail(error)
        }
        do {
            var command = command
            try command.run()
        } catch {
            fail(error)
        }
    }

    private static func fail(_ error: any Error) -> Never {
        DiagramRenderer.finishPreparation()
        let code = exitCode(for: error)
        if code == .success { exit(withError: error) }  // --help, --version
        let message = error is ExitCode ? "" : message(for: error)
        if !message.isEmpty {
            let line = message.split(whereSeparator: \.isNewline).joined(separator: " ")
            let text = Array("graph: error: \(line)\n".utf8)
            _ = text.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
        Self.exit(withError: code)
    }
}
