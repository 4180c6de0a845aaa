import ArgumentParser
import GraphExtraction
import GraphModel

/// `graph extract`: news text in, graph JSON out.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the conflict graph of news articles as JSON.",
        discussion: """
            Reads French (or English) news articles and writes one graph: the actors, places and \
            typed relations they state, each relation with the sentences behind it. Several files \
            are merged into one graph; "-" reads standard input.

            Examples:
              graph extract article.txt
              graph extract day1.txt day2.txt -o graph.json
              graph extract --lexicon my-lexicon.yaml article.txt
            """
    )

    @Argument(help: "Article text files (UTF-8); - for standard input.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Write the graph to this file instead of standard output.")
    var output: String?

    @Option(
        name: .long, help: "A lexicon file of your own (JSON or YAML), added to the built-in one. Repeatable."
    )
    var lexicon: [String] = []

    @Flag(
        name: .long,
        help: "Print each sentence with its mentions and what they resolved to, instead of the graph.")
    var trace = false

    func run() throws {
        let extractor = try Extractor(userLexicons: lexicon)
        if trace {
            for input in inputs {
                let article = try InputLoader.readArticle(input)
                print(extractor.trace(text: article.text))
            }
            return
        }
        var merger = GraphMerger()
        for input in inputs {
            let article = try InputLoader.readArticle(input)
            merger.add(extractor.extract(text: article.text, document: article.document))
        }
        let json = Array(GraphJSON.encode(merger.graph).utf8)
        if let output {
            try OutputFile.write(json, to: output)
        } else {
            try OutputFile.writeStandardOutput(json, binaryFormat: nil)
        }
    }
}
