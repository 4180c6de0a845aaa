// Extraction throughput on one core: `swift run -c release ExtractThroughput [MEGABYTES] [DIR]`.
//
// Builds a corpus of at least MEGABYTES (default 10) from the articles in DIR
// (default: the repository's Examples/*.txt), repeated, each copy a separate
// article as an analyst's folder would hold them; then extracts every article
// with one Extractor on this thread, five times, and reports the best and the median
// pass's MB/s and the peak resident memory. Loading the lexicon is timed apart: it happens once per process.
import Foundation
import GraphExtraction
import GraphModel
import GraphText

#if canImport(Glibc)
    import Glibc
#endif

let arguments = CommandLine.arguments.dropFirst()
let megabytes = arguments.first.flatMap(Int.init) ?? 10
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let directory = arguments.dropFirst().first ?? root.appendingPathComponent("Examples").path

let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }
    .sorted()
guard !names.isEmpty else {
    FileHandle.standardError.write(Data("no .txt articles in \(directory)\n".utf8))
    exit(1)
}
let texts = try names.map { try String(contentsOfFile: directory + "/" + $0, encoding: .utf8) }
var corpus: [(text: String, document: Document)] = []
var bytes = 0
while bytes < megabytes << 20 {
    let index = corpus.count % texts.count
    corpus.append((texts[index], Document(id: "article-\(corpus.count)")))
    bytes += texts[index].utf8.count
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    var start = timespec()
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    try body()
    clock_gettime(CLOCK_MONOTONIC, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
}

var extractor: Extractor?
let loading = try seconds { extractor = try Extractor() }
// Five passes over the corpus, sorted: the best one is the speed of an undisturbed core (the
// machine's other work only ever slows a pass down); the median is reported beside it.
var relations = 0
let passes = (0..<5).map { _ in
    relations = 0
    return seconds {
        for article in corpus {
            relations += extractor!.extract(text: article.text, document: article.document).relations.count
        }
    }
}.sorted()
let extraction = passes[0]
let median = passes[passes.count / 2]
// The text stage alone (normalisation, sentences, tokens), for the breakdown.
var tokens = 0
let textStage = (0..<3).map { _ in
    tokens = 0
    return seconds {
        for article in corpus {
            tokens += TextDocument(article.text).sentences.reduce(0) { $0 + $1.tokens.count }
        }
    }
}.min()!
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let megabytesRead = Double(bytes) / 1_048_576
print(
    """
    corpus: \(corpus.count) articles from \(names.count) files, \(String(format: "%.1f", megabytesRead)) MB
    lexicon and patterns loaded in \(String(format: "%.0f", loading * 1000)) ms (once per process)
    extraction, best of 5 passes: \(String(format: "%.2f", extraction)) s, \(String(format: "%.1f", megabytesRead / extraction)) MB/s on one core, \(relations) relations
    extraction, median pass: \(String(format: "%.2f", median)) s, \(String(format: "%.1f", megabytesRead / median)) MB/s
    the text stage alone, best of 3 (normalise, split, tokenise, no vocabulary; \(tokens) tokens): \(String(format: "%.2f", textStage)) s
    peak resident memory: \(usage.ru_maxrss / 1024) MB (target: under 100 MB + 2 x \(String(format: "%.0f", megabytesRead)) MB)
    """)
