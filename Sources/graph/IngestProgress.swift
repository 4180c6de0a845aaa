import Foundation

/// Ingest progress on stderr: a bar redrawn in place on a terminal, a plain
/// line every tenth of the way otherwise (logs, CI), nothing for a few files.
final class IngestProgress {
    private let total: Int
    private let isTerminal: Bool
    private let enabled: Bool
    private var lastDraw = Date.distantPast
    private var lastDecile = 0

    init(total: Int) {
        self.total = total
        isTerminal = isatty(STDERR_FILENO) == 1
        enabled = total > 3
    }

    func advance(to done: Int) {
        guard enabled else { return }
        if isTerminal {
            let now = Date()
            guard done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = now
            let width = 30
            let filled = total == 0 ? width : done * width / total
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            write("\r\u{1B}[2K[\(bar)] \(done)/\(total)")
            if done == total { write("\n") }
        } else {
            let decile = done * 10 / max(total, 1)
            guard decile > lastDecile else { return }
            lastDecile = decile
            write("ingest: \(done)/\(total) (\(done * 100 / max(total, 1))%)\n")
        }
    }

    /// Prints a message on its own line without breaking the bar.
    func message(_ line: String) {
        if enabled, isTerminal { write("\r\u{1B}[2K") }
        write(line + "\n")
        lastDraw = .distantPast
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
