import ArgumentParser
import Foundation
import GraphModel
import GraphStore

/// What the store commands share: one-line errors, tables, JSON, parsing.
enum StoreCLI {
    /// Runs a command body; a known error becomes one `graph: error: …` line on
    /// stderr and exit status 1, instead of ArgumentParser's multi-line report.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as StoreError {
            throw fail(error.description)
        } catch let error as GraphError {
            throw fail(error.description)
        } catch let error as ValidationError {
            throw fail(error.message)
        }
    }

    /// Prints `graph: error: message` and returns the failure exit code to throw.
    static func fail(_ message: String) -> ExitCode {
        printError("graph: error: \(message)")
        return ExitCode.failure
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Columns padded to their widest cell (counted in characters), two spaces apart.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            var out = ""
            for (index, cell) in cells.enumerated() {
                out +=
                    index == cells.count - 1
                    ? cell : cell + String(repeating: " ", count: widths[index] - cell.count + 2)
            }
            return out
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }

    /// Pretty, key-sorted JSON of an encodable value.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func predicate(_ name: String) throws -> GraphModel.Predicate {
        guard let predicate = Predicate(rawValue: name) else {
            throw ValidationError("unknown predicate \"\(name)\" (expected one of: \(Predicate.vocabulary))")
        }
        return predicate
    }

    static func kind(_ name: String) throws -> EntityKind {
        guard let kind = EntityKind(rawValue: name) else {
            throw ValidationError("unknown kind \"\(name)\" (expected one of: \(EntityKind.vocabulary))")
        }
        return kind
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with plausible month and day.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            parts.allSatisfy({ Int($0) != nil })
        else { return false }
        if parts.count >= 2, !(parts[1].count == 2 && (1...12).contains(Int(parts[1])!)) { return false }
        if parts.count == 3, !(parts[2].count == 2 && (1...31).contains(Int(parts[2])!)) { return false }
        return true
    }

    /// The first `YYYY-MM-DD` in a file's base name, if any.
    static func date(inFileName name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        for start in 0...(scalars.count - 10) {
            let candidate = String(String.UnicodeScalarView(scalars[start..<start + 10]))
            let shape = candidate.unicodeScalars.enumerated().allSatisfy { index, scalar in
                index == 4 || index == 7 ? scalar == "-" : ("0"..."9").contains(scalar)
            }
            if shape, isDate(candidate) { return candidate }
        }
        return nil
    }
}
