/// Where a relation is stated: one sentence of one document.
public struct Evidence: Hashable, Sendable, Comparable {
    /// The id of the document the sentence comes from.
    public var document: String
    /// The sentence, as it appears in the normalised text.
    public var sentence: String
    /// Offsets of the sentence in the document's normalised text, in Unicode
    /// scalars (what Python's `str` indexes), `start..<end`. Nil when unknown,
    /// as for evidence read from a gold file.
    public var start: Int?
    public var end: Int?
    /// How sure the extractor is, 0...1.
    public var confidence: Double

    public init(
        document: String, sentence: String, start: Int? = nil, end: Int? = nil, confidence: Double = 1
    ) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.confidence = confidence
    }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.document, lhs.start ?? -1, lhs.sentence) < (rhs.document, rhs.start ?? -1, rhs.sentence)
    }
}
