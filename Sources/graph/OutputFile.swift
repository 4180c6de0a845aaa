#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes command output: whole files atomically, or standard output.
enum OutputFile {
    enum Failure: Error, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)
        case binaryToTerminal(format: String)

        var description: String {
            switch self {
            case .cannotWrite(let path, let reason):
                "\(path): cannot write: \(reason)"
            case .binaryToTerminal(let format):
                "refusing to write \(format) data to a terminal; use -o FILE.\(format) or redirect the output"
            }
        }
    }

    /// Writes `bytes` to `path` all or nothing: into a temporary file in the
    /// same directory (so the rename stays on one file system), then renamed
    /// over `path`. On any error the temporary file is removed and `path` is
    /// left as it was.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(directory.isEmpty ? "/" : directory)/.\(name).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure.cannotWrite(path: path, reason: reason()) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var finished = false
        defer {
            if !finished { unlink(temporary) }
        }
        do {
            defer { close(descriptor) }
            // mkstemp creates 0600; give the file the mode a plain create would.
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
            try writeAll(bytes, to: descriptor, path: path)
        }
        guard rename(temporary, path) == 0 else { throw Failure.cannotWrite(path: path, reason: reason()) }
        finished = true
    }

    /// Writes `bytes` to standard output; binary formats only when it is not a terminal.
    static func writeStandardOutput(_ bytes: [UInt8], binaryFormat: String?) throws {
        if let binaryFormat, isatty(STDOUT_FILENO) == 1 {
            throw Failure.binaryToTerminal(format: binaryFormat)
        }
        try writeAll(bytes, to: STDOUT_FILENO, path: "standard output")
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                systemWrite(descriptor, $0.baseAddress, $0.count)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure.cannotWrite(path: path, reason: reason())
            }
            offset += written
        }
    }

    #if canImport(Glibc)
        private static let systemWrite = Glibc.write
    #else
        private static let systemWrite = Darwin.write
    #endif

    private static func reason() -> String { String(cString: strerror(errno)) }
}
