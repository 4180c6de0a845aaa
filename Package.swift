// swift-tools-version: 6.1
//
// graph: a knowledge-graph builder for conflict news.
//
// Stages are sibling targets so that the compiler enforces the architecture:
// the extractor never sees Graphviz, the exporter never sees NLP, and the
// command-line target only wires them together.
import PackageDescription

let package = Package(
    name: "graph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "graph", targets: ["graph"]),
        .library(
            name: "GraphKit",
            targets: ["GraphModel", "GraphText", "GraphExtraction", "GraphExport", "GraphStore"]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Graphviz's C libraries (libgvc brings libcgraph and libcdt), found by pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Entities, relations, evidence, documents and their JSON form.
        .target(name: "GraphModel"),
        // Unicode normalisation, paragraphs, sentences and tokens of French news text.
        .target(name: "GraphText"),
        // Lexicon, mentions, resolution and relation patterns: text in, graph out.
        .target(
            name: "GraphExtraction",
            dependencies: [
                "GraphModel", "GraphText",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")]
        ),
        // Start-up helpers in C: thread placement (GNU extensions Swift's Glibc
        // module does not show) and loading fontconfig early.
        .target(name: "CStartup"),
        // A Graphviz text-layout plugin in C measuring with the style font's
        // widths, compiled in, so that SVG and DOT need no Pango.
        .target(name: "CTextLayout", dependencies: ["CGraphviz"]),
        // Conflict-diagram style and in-process rendering through libgvc.
        .target(name: "GraphExport", dependencies: ["GraphModel", "CGraphviz", "CStartup", "CTextLayout"]),
        // The persistent knowledge graph on SQLite.
        .target(
            name: "GraphStore",
            dependencies: [
                "GraphModel",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "graph",
            dependencies: [
                "GraphModel", "GraphExtraction", "GraphExport", "GraphStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds link the Swift runtime and Foundation statically:
            // a fresh `graph export` then takes about two thirds of the CPU time
            // (fewer libraries to load and relocate, faster symbol lookup when
            // Graphviz loads its plugins). lld because GNU ld warns about mktemp
            // inside libFoundationEssentials.a; lld then needs Foundation's own
            // static dependencies named. Link/ holds a linker script that makes
            // swiftc's `-lstdc++` (for Foundation's ICU) static too, and packed
            // relative relocations (glibc 2.36+) shrink the 85,000 the loader
            // applies at start from 2 MB of tables to 16 KB. Debug builds (the
            // tests) stay dynamic.
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-static-stdlib", "-use-ld=lld", "-l_FoundationICU", "-l_FoundationCollections",
                        "-l_FoundationCShims", "-lCoreFoundation", "-L", "\(Context.packageDirectory)/Link",
                        "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                    ],
                    .when(configuration: .release))
            ]
        ),
        .testTarget(name: "GraphModelTests", dependencies: ["GraphModel"]),
        .testTarget(name: "GraphTextTests", dependencies: ["GraphText"]),
        .testTarget(name: "GraphExtractionTests", dependencies: ["GraphExtraction", "GraphModel"]),
        .testTarget(
            name: "GraphExportTests", dependencies: ["GraphExport", "GraphModel", "CGraphviz", "CTextLayout"]),
        // The store's merge path alone, on generated graphs: benchmark and kill-test helper.
        .executableTarget(
            name: "graph-store-bench", dependencies: ["GraphModel", "GraphStore"], path: "Benchmarks/StoreBench"),
        .testTarget(name: "GraphStoreTests", dependencies: ["GraphStore", "GraphModel", "graph-store-bench"]),
        .testTarget(name: "CommandTests", dependencies: ["graph"]),
    ]
)
