// TEMPORARY stand-in until the export stage's OutputFile lands.
#if canImport(Glibc)
    import Glibc
#endif

enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String?, isText: Bool) throws {
        guard let path else {
            _ = bytes.withUnsafeBufferPointer { Glibc.write(1, $0.baseAddress, $0.count) }
            return
        }
        let temporary = path + ".tmp"
        guard let file = fopen(temporary, "wb") else { throw InputError.unreadable(path) }
        _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
        rename(temporary, path)
    }
}
