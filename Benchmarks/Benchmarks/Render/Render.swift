import Benchmark
import BenchmarkSupport
import Foundation
import GraphExport
import GraphModel

/// In-process SVG renders with a warm Graphviz context, next to the same
/// graphs through the Graphviz program (`/usr/bin/dot`, which honours the
/// `layout` attribute our DOT records, so both use the same engine).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 100
    )
    let renderer = DiagramRenderer()
    for size in [30, 300, 3000] {
        var generator = ConflictGraphGenerator(seed: 2024)
        let graph = generator.graph(entities: size)
        let engine = LayoutEngine.automatic(nodeCount: size).rawValue
        let configuration = Benchmark.Configuration(maxIterations: size >= 3000 ? 8 : 100)

        Benchmark("SVG in-process, \(size) nodes (\(engine))", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try renderer.render(graph, format: .svg))
            }
        }

        let dotFile = NSTemporaryDirectory() + "graph-benchmark-\(size).dot"
        let program = "/usr/bin/dot"
        guard FileManager.default.isExecutableFile(atPath: program),
            let dot = try? renderer.dot(graph),
            (try? dot.write(toFile: dotFile, atomically: true, encoding: .utf8)) != nil
        else { continue }
        Benchmark("SVG by \(program) -Tsvg, \(size) nodes (\(engine))", configuration: configuration) {
            benchmark in
            for _ in benchmark.scaledIterations {
                precondition(Program.run(program, ["-Tsvg", dotFile, "-o", "/dev/null"]) == 0, "dot failed")
            }
        }
    }
}
