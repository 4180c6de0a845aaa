import ArgumentParser
import GraphExport
import GraphModel

/// `graph export`: draws graphs as conflict diagrams, or writes them as normalised JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Draw conflict graphs as diagrams (DOT, SVG, PNG, PDF) or write the normalised JSON.",
        discussion: """
            Inputs are graph JSON files or article texts (.txt, - for standard input), which \
            are extracted first; several inputs are merged into one graph. \
            Rendering runs Graphviz in-process: no `dot` program is needed.

            The format comes from --format, else from the extension of -o, else SVG. \
            Text formats (dot, svg, json) go to standard output when -o is absent; \
            PNG and PDF need -o or a redirection. Files are written atomically.

            Without --layout, graphs of up to \(LayoutEngine.dotLimit) entities use dot and \
            bigger ones sfdp. DOT output is the styled graph before layout, re-renderable \
            with any Graphviz engine.

            Examples:
              graph export Examples/aleppo-offensive-graph.json -o aleppo.svg
              graph export Examples/aleppo-offensive-graph.json -o aleppo.png --dpi 300
              graph export a.json b.json --format dot --title "Northern Syria" > map.dot
              graph export big.json --layout sfdp -o big.pdf
              graph export Examples/aleppo-offensive.txt --format svg > aleppo.svg
              graph export Examples/aleppo-offensive-graph.json --format json
              graph export --store graph.sqlite --focus HTS --depth 2 --min-support 2 -o hts.svg
              graph export --store graph.sqlite --since 2024-11-28 --format graphml -o week.graphml
            """
    )

    @Argument(help: ArgumentHelp("Graph JSON files or article texts (.txt) to draw.", valueName: "input"))
    var inputs: [String] = []

    @OptionGroup(title: "Drawing from a store (graph ingest)")
    var store: StoreExportOptions

    @Option(name: .long, help: "A lexicon file of your own (JSON or YAML) for text inputs. Repeatable.")
    var lexicon: [String] = []

    @Option(help: "Output format (default: from the -o extension, else svg).")
    var format: ExportFormat?

    @Option(help: "Layout engine (default: dot up to \(LayoutEngine.dotLimit) entities, else sfdp).")
    var layout: LayoutEngine?

    @Option(
        help:
            "PNG resolution in dots per inch (\(RenderOptions.dpiRange.lowerBound)...\(RenderOptions.dpiRange.upperBound))."
    )
    var dpi: Int = 96

    @Option(help: "Diagram title (default: the graph's title, else one derived from its documents).")
    var title: String?

    @Flag(
        inversion: .prefixedNo,
        help: "Draw a legend of the entity kinds and predicates shown (dot and fdp layouts).")
    var legend = true

    @Flag(help: "Also draw entities that take part in no relation (diagrams; JSON always has them).")
    var allEntities = false

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Output file (default: standard output).", valueName: "file"))
    var output: String?

    /// Renders this many times and writes the last: for leak checks and profiling.
    @Option(help: .hidden)
    var `repeat`: Int = 1

    func validate() throws {
        if store.storeOptions.isGiven && !inputs.isEmpty && store.storeOptions.store != nil {
            throw ValidationError("give input files or --store, not both")
        }
        guard !inputs.isEmpty || store.storeOptions.isGiven else {
            throw ValidationError("give at least one input file, or --store")
        }
        if !store.storeOptions.isGiven,
            store.focus != nil || store.maxNodes != nil || store.since != nil
                || store.until != nil || !store.kinds.isEmpty || !store.predicates.isEmpty
                || store.minSupport != 1
        {
            throw ValidationError(
                "--focus, --kinds, --predicates, --min-support, --since, --until and --max-nodes need --store"
            )
        }
        guard RenderOptions.dpiRange.contains(dpi) else {
            throw ValidationError(
                "--dpi \(dpi) is out of range (\(RenderOptions.dpiRange.lowerBound)...\(RenderOptions.dpiRange.upperBound))"
            )
        }
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
        _ = try outputFormat()
    }

    func run() throws {
        let format = try outputFormat()
        let graph =
            inputs.isEmpty
            ? try store.loadGraph() : try InputLoader.loadGraphs(paths: inputs, lexicons: lexicon)
        let options = RenderOptions(
            layout: layout, dpi: dpi, title: title, legend: legend, allEntities: allEntities)
        let renderer = DiagramRenderer()
        var bytes: [UInt8] = []
        for _ in 0..<`repeat` { bytes = try renderer.export(graph, as: format, options: options) }
        if let output, output != "-" {
            try OutputFile.write(bytes, to: output)
        } else {
            try OutputFile.writeStandardOutput(bytes, binaryFormat: format.isBinary ? format.rawValue : nil)
        }
    }

    /// The format `arguments` look like exporting to, if they are an export,
    /// judged before parsing: it only decides whether to start Graphviz early,
    /// so a wrong guess costs time, never correctness.
    static func renderFormat(_ arguments: [String]) -> ExportFormat? {
        guard arguments.first == configuration.commandName else { return nil }
        var format: ExportFormat?
        var output: String?
        for (index, argument) in arguments.enumerated() {
            let next = index + 1 < arguments.count ? arguments[index + 1] : nil
            switch argument {
            case "--format": format = next.flatMap(ExportFormat.init(rawValue:))
            case "-o", "--output": output = next
            case "-h", "--help": return nil
            default:
                if argument.hasPrefix("--format=") {
                    format = ExportFormat(rawValue: String(argument.dropFirst("--format=".count)))
                }
            }
        }
        return format ?? output.flatMap { ExportFormat(fileName: $0) } ?? .svg
    }

    /// Whether `arguments` read only graph JSON files (no article to
    /// extract, no store to query), judged before parsing like `mayRender`:
    /// then the command has little work of its own before rendering.
    static func readsOnlyGraphFiles(_ arguments: [String]) -> Bool {
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "-o" || argument == "--output" {
                index += 2
                continue
            }
            if argument == "-" || argument == "--store" || argument.hasPrefix("--store=")
                || argument.hasSuffix(".txt") || argument.hasSuffix(".TXT")
            {
                return false
            }
            index += 1
        }
        return true
    }

    /// --format, else the format -o's extension names, else SVG.
    private func outputFormat() throws -> ExportFormat {
        if let format { return format }
        guard let output, output != "-" else { return .svg }
        guard let inferred = ExportFormat(fileName: output) else {
            throw ValidationError(
                "cannot tell the format from \"\(output)\"; add --format "
                    + ExportFormat.allCases.map(\.rawValue).joined(separator: "|"))
        }
        return inferred
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
