import BenchmarkSupport
import Foundation
import GraphExport
import GraphModel

// Prints the median time of an in-process SVG render (warm context) and of
// the Graphviz program on the same DOT, side by side with their ratio.
// Usage: swift run -c release RenderComparison [--write DIR] [sizes...]
// --write also saves each generated graph as DIR/synthetic-N.json.

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func time(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        samples.append(
            Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    return median(samples)
}

let arguments = Array(CommandLine.arguments.dropFirst())
let sizes = arguments.compactMap { Int($0) }
let writeDirectory = arguments.firstIndex(of: "--write").flatMap {
    $0 + 1 < arguments.count ? arguments[$0 + 1] : nil
}
let renderer = DiagramRenderer()
_ = try renderer.render(ConflictGraph(), format: .svg)  // warm the context
print("nodes  edges  engine  in-process ms  program ms  ratio")
for size in sizes.isEmpty ? [30, 300, 3000] : sizes {
    var generator = ConflictGraphGenerator(seed: 2024)
    let graph = generator.graph(entities: size)
    if let writeDirectory {
        try GraphJSON.encode(graph).write(
            toFile: "\(writeDirectory)/synthetic-\(size).json", atomically: true, encoding: .utf8)
    }
    let engine = LayoutEngine.automatic(nodeCount: size).rawValue
    let runs = size >= 3000 ? 5 : 21
    let inProcess = try time(runs) { _ = try renderer.render(graph, format: .svg) }
    let dotFile = NSTemporaryDirectory() + "graph-comparison-\(size).dot"
    try renderer.dot(graph).write(toFile: dotFile, atomically: true, encoding: .utf8)
    let program = time(runs) {
        precondition(Program.run("/usr/bin/dot", ["-Tsvg", dotFile, "-o", "/dev/null"]) == 0, "dot failed")
    }
    print(
        "\(size)".padding(toLength: 7, withPad: " ", startingAt: 0)
            + "\(graph.relations.count)".padding(toLength: 7, withPad: " ", startingAt: 0)
            + engine.padding(toLength: 8, withPad: " ", startingAt: 0)
            + String(format: "%13.1f  %10.1f  %5.2f", inProcess, program, inProcess / program))
}
