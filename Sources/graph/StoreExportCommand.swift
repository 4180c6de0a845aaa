import ArgumentParser
import GraphExport
import GraphModel

/// `graph store-export`: the store's graph, filtered, as graph JSON or GraphML.
/// Hidden: a stand-in for `graph export --store …` until the exporter takes
/// the store options; the ingest benchmark times it.
struct StoreExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store-export", abstract: "Print the store's graph, filtered.", shouldDisplay: false)

    @OptionGroup var options: StoreExportOptions

    @Option(help: "json or graphml.")
    var format: String = "json"

    func run() throws {
        try StoreCLI.run {
            guard format == "json" || format == "graphml" else {
                throw StoreCLI.fail("unknown format \"\(format)\" (expected json or graphml)")
            }
            let graph = try options.loadGraph()
            print(format == "json" ? GraphJSON.encode(graph) : GraphMLWriter.write(graph), terminator: "")
        }
    }
}
