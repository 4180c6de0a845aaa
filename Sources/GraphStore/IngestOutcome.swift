/// What ingesting one document did to the store.
public enum IngestOutcome: String, Sendable, Equatable, CaseIterable {
    /// The document was new.
    case added
    /// The same document with the same text was already there: nothing changed.
    case unchanged
    /// The document was there with another text: its contribution was replaced.
    case replaced
}
