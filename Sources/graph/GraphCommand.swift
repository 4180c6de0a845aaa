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
            Examples:
              graph export Examples/aleppo-offensive.json -o aleppo.svg
              graph export Examples/aleppo-offensive.json -o aleppo.png --dpi 300
            """,
        subcommands: [ExportCommand.self]
    )

    /// Runs the command; every error is one line on stderr, `graph: error: …`,
    /// with exit status 64 for usage errors and 1 for the rest. Help and
    /// version requests print as usual.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if ExportCommand.mayRender(arguments) {
            // Graphviz's start-up (plugins, fonts) overlaps parsing and reading.
            DiagramRenderer.prepareInBackground()
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
