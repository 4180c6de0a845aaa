import Foundation
import GraphModel

/// How model values are spelled in the store's columns.
enum StoreCoding {
    /// `actor` or `place`: an alias resolves only within its class, so that
    /// "Israël" the state and "Israël" the country stay two entities.
    static func entityClass(_ kind: EntityKind) -> String { kind.isActor ? "actor" : "place" }

    /// The entity's surface forms, as a JSON array in first-seen order.
    static func encodeAliases(_ aliases: [String]) -> String {
        let data = (try? JSONEncoder().encode(aliases)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decodeAliases(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
    }

    /// Evidence offsets are NOT NULL in the table (so that the uniqueness
    /// constraint sees them); -1 stands for "unknown".
    static func encodeOffset(_ offset: Int?) -> Int { offset ?? -1 }

    static func decodeOffset(_ offset: Int?) -> Int? {
        guard let offset, offset >= 0 else { return nil }
        return offset
    }

    /// The owners of the folded aliases that occur as whole words in
    /// `foldedSentence`, longest alias first: the words of a matched alias are
    /// used up, so that "assad" does not also match inside "hafez al assad".
    static func owners(in foldedSentence: String, keys: [(key: String, owner: String)]) -> Set<String> {
        var sentence = " " + foldedSentence + " "
        var found: Set<String> = []
        for (key, owner) in keys.sorted(by: { ($0.key.count, $1.key) > ($1.key.count, $0.key) })
        where !key.isEmpty {
            let padded = " " + key + " "
            if sentence.contains(padded) {
                found.insert(owner)
                sentence = sentence.replacingOccurrences(of: padded, with: " | ")
            }
        }
        return found
    }

    /// Now, as an ISO 8601 UTC timestamp (`2024-12-01T08:30:00Z`). Formatted
    /// by hand: creating an ISO8601DateFormatter for every article took a
    /// tenth of the merge path's time.
    static func timestamp(_ date: Date = Date()) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int = 2) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1))-\(pad(parts.tm_mday))T"
            + "\(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec))Z"
    }
}
