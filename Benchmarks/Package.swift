// swift-tools-version: 6.1
//
// Benchmarks for graph's export and extraction stages, kept in their own package so that the
// main package's `swift build` and `swift test` never fetch or build
// ordo-one/benchmark and its dependencies.
//
// Run: cd Benchmarks && swift package benchmark
import PackageDescription

let package = Package(
    name: "GraphBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "graph", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Synthetic conflict graphs with locality (deterministic per seed), and a process runner.
        .target(name: "BenchmarkSupport", dependencies: [.product(name: "GraphKit", package: "graph")]),
        // `swift package benchmark`: ordo-one/benchmark runs of Benchmarks/Render.
        .executableTarget(
            name: "Render",
            dependencies: [
                "BenchmarkSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "GraphKit", package: "graph"),
            ],
            path: "Benchmarks/Render",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // `swift run -c release ExtractThroughput [MB] [DIR]`: extraction MB/s on one core, peak memory.
        .executableTarget(
            name: "ExtractThroughput",
            dependencies: [.product(name: "GraphKit", package: "graph")]
        ),
        // `swift run -c release RenderComparison`: medians and ratio in one table.
        .executableTarget(
            name: "RenderComparison",
            dependencies: ["BenchmarkSupport", .product(name: "GraphKit", package: "graph")]
        ),
    ]
)
