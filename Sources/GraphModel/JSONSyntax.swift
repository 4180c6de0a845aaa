/// Finds where a JSON text stops being valid, for error messages: the JSON
/// decoder of FoundationEssentials only says "not valid JSON", without a line.
struct JSONSyntax {
    /// The first syntax error: 1-based line and column, and what was expected.
    struct Failure: Equatable, CustomStringConvertible {
        var line: Int
        var column: Int
        var expected: String

        var description: String { "line \(line), column \(column): expected \(expected)" }
    }

    private let bytes: [UInt8]
    private var position = 0

    /// The first syntax error of `bytes`, or nil when they are one valid JSON value.
    static func firstError(in bytes: [UInt8]) -> Failure? {
        var scanner = JSONSyntax(bytes: bytes)
        do throws(Failure) {
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.position < bytes.count { throw scanner.failure("end of input") }
            return nil
        } catch {
            return error
        }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func value(depth: Int) throws(Failure) {
        skipSpace()
        guard depth < 512, position < bytes.count else { throw failure("a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            skipSpace()
            if peek("}") { return }
            repeat {
                skipSpace()
                guard peekByte(UInt8(ascii: "\"")) else { throw failure("a string key") }
                try string()
                skipSpace()
                guard peek(":") else { throw failure("':'") }
                try value(depth: depth + 1)
                skipSpace()
            } while peek(",")
            guard peek("}") else { throw failure("',' or '}'") }
        case UInt8(ascii: "["):
            position += 1
            skipSpace()
            if peek("]") { return }
            repeat {
                try value(depth: depth + 1)
                skipSpace()
            } while peek(",")
            guard peek("]") else { throw failure("',' or ']'") }
        case UInt8(ascii: "\""):
            try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            try number()
        }
    }

    private mutating func string() throws(Failure) {
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return
            }
            if byte < 0x20 { throw failure("a closing '\"' (raw control character in string)") }
            position += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        throw failure("a closing '\"'")
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for byte in word.utf8 {
            guard peekByte(byte) else { throw failure("'\(word)'") }
        }
    }

    private mutating func number() throws(Failure) {
        let start = position
        while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
        if position == start { throw failure("a value") }
    }

    private mutating func skipSpace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private mutating func peek(_ character: Unicode.Scalar) -> Bool {
        peekByte(UInt8(ascii: character))
    }

    private mutating func peekByte(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private func failure(_ expected: String) -> Failure {
        let end = min(position, bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).unicodeScalars.count + 1
        return Failure(line: line, column: column, expected: expected)
    }
}

extension JSONSyntax.Failure: Error {}
