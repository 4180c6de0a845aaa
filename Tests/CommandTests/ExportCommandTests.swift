import Foundation
import Testing

@Suite("graph export")
struct ExportCommandTests {
    let example = GraphRunner.example

    /// Checks a failure: the status, and one `graph: error:` line on stderr containing `fragment`.
    func expectFailure(
        _ result: GraphRunner.Result, status: Int32, containing fragment: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == status, sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(
            result.stderr.hasPrefix("graph: error: "), "stderr: \(result.stderr)",
            sourceLocation: sourceLocation)
        #expect(result.stderr.contains(fragment), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test("help lists the subcommand and examples")
    func help() throws {
        let root = try GraphRunner.run(["--help"])
        #expect(root.status == 0)
        #expect(root.text.contains("export") && root.text.contains("Examples:"))
        let export = try GraphRunner.run(["export", "--help"])
        #expect(export.status == 0)
        for word in [
            "--format", "--layout", "--dpi", "--title", "--no-legend", "-o, --output", "Examples:", "sfdp",
        ] {
            #expect(export.text.contains(word), "\(word) missing from help")
        }
        #expect(!export.text.contains("--repeat"))
    }

    @Test("SVG goes to standard output by default")
    func svgToStdout() throws {
        let result = try GraphRunner.run(["export", example])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.text.hasPrefix("<?xml") && result.text.contains("</svg>"))
        #expect(result.text.contains(">Hayat Tahrir al&#45;Cham</text>"))  // Graphviz writes "-" as &#45;
    }

    @Test("JSON output is the committed normalised graph")
    func json() throws {
        let result = try GraphRunner.run(["export", example, "--format", "json"])
        #expect(result.status == 0)
        let committed = try Data(
            contentsOf: URL(fileURLWithPath: GraphRunner.root + "/Graphs/aleppo-offensive-graph.json"))
        #expect(result.stdout == committed)
    }

    @Test("DOT from a fresh process is the committed one, and stable")
    func dot() throws {
        let result = try GraphRunner.run(["export", example, "--format", "dot"])
        #expect(result.status == 0)
        let committed = try Data(
            contentsOf: URL(fileURLWithPath: GraphRunner.root + "/Graphs/aleppo-offensive-graph.dot"))
        #expect(result.stdout == committed, "run Scripts/render-examples if the style changed")
        #expect(try GraphRunner.run(["export", example, "--format", "dot"]).stdout == result.stdout)
    }

    @Test("a fresh process draws the same SVG as one that has rendered before")
    func freshSVG() throws {
        // The first render runs after the start-up preparation (fontconfig
        // loaded by the command's thread, fonts warmed up on another), the
        // second on a context that has rendered already.
        let fresh = try GraphRunner.run(["export", example, "--format", "svg"])
        let warm = try GraphRunner.run(["export", example, "--format", "svg", "--repeat", "2"])
        #expect(fresh.status == 0 && warm.status == 0)
        #expect(fresh.stdout == warm.stdout)
    }

    /// The libraries a fresh `graph` process loads for `arguments`, by file name, from glibc's loader trace.
    func loadedLibraries(_ arguments: [String]) throws -> (status: Int32, libraries: Set<String>) {
        let result = try GraphRunner.run(arguments, environment: ["LD_DEBUG": "files"])
        let names = result.stderr.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "file=") else { return nil }
            let path = line[range.upperBound...].prefix { !$0.isWhitespace && $0 != ";" }
            return path.split(separator: "/").last.map(String.init)
        }
        return (result.status, Set(names))
    }

    @Test(
        "SVG is measured without Pango or fontconfig; PNG draws through them",
        .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/maps"), "glibc's LD_DEBUG trace")
    )
    func svgWithoutPango() throws {
        let directory = try GraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let svg = try loadedLibraries(["export", example, "-o", "\(directory)/a.svg"])
        #expect(svg.status == 0)
        #expect(svg.libraries.contains { $0.hasPrefix("libgvplugin_dot_layout") }, "the trace lists plugins")
        #expect(!svg.libraries.contains { $0.hasPrefix("libpango") || $0.hasPrefix("libfontconfig") })
        let png = try loadedLibraries(["export", example, "-o", "\(directory)/a.png"])
        #expect(png.status == 0)
        #expect(png.libraries.contains { $0.hasPrefix("libpango") })
    }

    @Test("the SVG does not depend on the fonts or font configuration installed")
    func svgIndependentOfFonts() throws {
        let usual = try GraphRunner.run(["export", example, "--format", "svg"])
        let bare = try GraphRunner.run(
            ["export", example, "--format", "svg"],
            environment: ["FONTCONFIG_FILE": "/nonexistent/fonts.conf", "FONTCONFIG_PATH": "/nonexistent"])
        #expect(usual.status == 0 && bare.status == 0)
        #expect(bare.stderr.isEmpty, "\(bare.stderr)")
        #expect(usual.stdout == bare.stdout)
    }

    @Test("the format follows the -o extension; PNG grows with --dpi; PDF has its signature")
    func inferredFormats() throws {
        let directory = try GraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try GraphRunner.run(["export", example, "-o", "\(directory)/a.png"]).status == 0)
        #expect(
            try GraphRunner.run(["export", example, "-o", "\(directory)/b.PNG", "--dpi", "300"]).status == 0)
        #expect(try GraphRunner.run(["export", example, "-o", "\(directory)/c.pdf"]).status == 0)
        #expect(try GraphRunner.run(["export", example, "-o", "\(directory)/d.gv"]).status == 0)
        let small = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(directory)/a.png")))
        let big = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(directory)/b.PNG")))
        #expect(small.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        func width(_ bytes: [UInt8]) -> Int { bytes[16..<20].reduce(0) { $0 << 8 | Int($1) } }
        #expect(abs(Double(width(big)) / Double(width(small)) - 300.0 / 96) < 0.05)
        let pdf = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/c.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        let dot = try String(contentsOfFile: "\(directory)/d.gv", encoding: .utf8)
        #expect(dot.hasPrefix("digraph"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(entries == ["a.png", "b.PNG", "c.pdf", "d.gv"], "no temporary file left")
    }

    @Test("unknown format, layout and resolution are refused by argument validation")
    func validation() throws {
        expectFailure(
            try GraphRunner.run(["export", example, "--format", "gif"]), status: 64, containing: "'gif'")
        expectFailure(
            try GraphRunner.run(["export", example, "--layout", "spring"]), status: 64, containing: "'spring'"
        )
        expectFailure(
            try GraphRunner.run(["export", example, "--dpi", "20"]), status: 64, containing: "--dpi 20")
        expectFailure(
            try GraphRunner.run(["export", example, "--dpi", "601"]), status: 64, containing: "36...600")
        expectFailure(
            try GraphRunner.run(["export", example, "-o", "map.gif"]), status: 64, containing: "--format")
        expectFailure(try GraphRunner.run(["export"]), status: 64, containing: "input")
    }

    @Test("malformed JSON is refused with the line or the field")
    func malformed() throws {
        let directory = try GraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let syntax = "\(directory)/syntax.json"
        try "{\n  \"entities\": [\n    {\"id\": \"a\" \"name\": \"A\"}\n  ]\n}\n".write(
            toFile: syntax, atomically: true, encoding: .utf8)
        expectFailure(
            try GraphRunner.run(["export", syntax]), status: 1,
            containing: "syntax.json: not a graph JSON file: line 3")
        let kind = "\(directory)/kind.json"
        try """
        {"entities": [{"id": "a", "name": "A", "kind": "city"}, {"id": "b", "name": "B", "kind": "city"},
          {"id": "c", "name": "C", "kind": "foo"}]}
        """.write(toFile: kind, atomically: true, encoding: .utf8)
        expectFailure(
            try GraphRunner.run(["export", kind]), status: 1,
            containing: "entities[2].kind: unknown kind \"foo\"")
    }

    @Test("missing file, directory, unknown input type and bad text give one-line errors")
    func badInputs() throws {
        let directory = try GraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        expectFailure(
            try GraphRunner.run(["export", "\(directory)/none.json"]), status: 1, containing: "no such file")
        expectFailure(try GraphRunner.run(["export", directory]), status: 1, containing: "is a directory")
        try "digraph {}".write(toFile: "\(directory)/a.gv", atomically: true, encoding: .utf8)
        expectFailure(
            try GraphRunner.run(["export", "\(directory)/a.gv"]), status: 1, containing: "unsupported input")
        #expect(
            FileManager.default.createFile(atPath: "\(directory)/b.txt", contents: Data([0x00, 0x01, 0x02])))
        expectFailure(
            try GraphRunner.run(["export", "\(directory)/b.txt"]), status: 1, containing: "binary data")
    }

    @Test("an empty graph renders a diagram with its title and a note")
    func emptyGraph() throws {
        let directory = try GraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "{}".write(toFile: "\(directory)/empty.json", atomically: true, encoding: .utf8)
        let result = try GraphRunner.run(["export", "\(directory)/empty.json", "--title", "Quiet week"])
        #expect(result.status == 0)
        #expect(result.text.contains(">Quiet week</text>") && result.text.contains(">no entities</text>"))
    }

    @Test("several inputs are merged")
    func merge() throws {
        let directory = try GraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try """
        {"entities": [{"id": "hts", "name": "HTS", "kind": "armed_group"}, {"id": "hama", "name": "Hama", "kind": "city"}],
         "relations": [{"subject": "hts", "predicate": "controls", "object": "hama"}]}
        """.write(toFile: "\(directory)/more.json", atomically: true, encoding: .utf8)
        let result = try GraphRunner.run(["export", example, "\(directory)/more.json", "--format", "json"])
        #expect(result.status == 0)
        #expect(
            result.text.contains("\"name\": \"Hama\"")
                && result.text.contains("\"name\": \"Hayat Tahrir al-Cham\""))
    }

    @Test("a failed export leaves the existing output untouched and no temporary file")
    func atomicity() throws {
        let directory = try GraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = "\(directory)/map.svg"
        try "old".write(toFile: output, atomically: true, encoding: .utf8)
        try "{".write(toFile: "\(directory)/bad.json", atomically: true, encoding: .utf8)
        expectFailure(
            try GraphRunner.run(["export", "\(directory)/bad.json", "-o", output]), status: 1,
            containing: "bad.json")
        // Graphviz unavailable: the failure comes after the input was read.
        try FileManager.default.createDirectory(
            atPath: "\(directory)/plugins", withIntermediateDirectories: true)
        expectFailure(
            try GraphRunner.run(
                ["export", example, "-o", output], environment: ["GVBINDIR": "\(directory)/plugins"]),
            status: 1, containing: "layout engine \"dot\" is not available")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "old")
        expectFailure(
            try GraphRunner.run(["export", example, "-o", "\(directory)/missing/map.svg"]), status: 1,
            containing: "cannot write")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [
                "bad.json", "map.svg", "plugins",
            ])
        #expect(try GraphRunner.run(["export", example, "-o", output]).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("<?xml"))
    }

    @Test("binary output to a terminal is refused")
    func terminal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let command = "'\(GraphRunner.executable)' export '\(example)' --format png"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(text.contains("graph: error: refusing to write png data to a terminal; use -o"))
        #expect(!text.contains("PNG"))
    }
}
