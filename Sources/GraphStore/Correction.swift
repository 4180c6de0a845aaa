/// One entry of the correction log: what the analyst changed, and when.
public struct Correction: Codable, Hashable, Sendable {
    /// `merge`, `split`, `rename` or `set-kind`.
    public var action: String
    /// The entity the correction leaves: the merge target, the split-off entity,
    /// the renamed or re-kinded entity.
    public var entity: String
    /// The other party: the merged-away entity, the entity split from.
    public var other: String?
    /// A human-readable account (aliases moved, old and new name or kind).
    public var detail: String
    /// ISO 8601 UTC.
    public var at: String

    public init(action: String, entity: String, other: String?, detail: String, at: String) {
        self.action = action
        self.entity = entity
        self.other = other
        self.detail = detail
        self.at = at
    }
}
