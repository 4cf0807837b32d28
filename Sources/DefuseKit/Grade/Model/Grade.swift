/// Every verdict for one reply, keyed by technique id.
public struct Grade: Sendable {
    /// One verdict per technique the grader knows.
    public var verdicts: [String: Verdict]
    /// The ids present, in catalog order.
    public var detected: [String]

    public init(verdicts: [String: Verdict], detected: [String]) {
        self.verdicts = verdicts
        self.detected = detected
    }

    /// Whether the technique or violation `id` is present.
    public func isPresent(_ id: String) -> Bool { verdicts[id]?.present ?? false }
}
