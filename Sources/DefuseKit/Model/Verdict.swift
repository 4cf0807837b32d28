/// The grader's answer for one technique or violation on one reply.
public struct Verdict: Sendable, Hashable {
    public var id: String
    public var present: Bool
    /// The words and rules that made it present (or, for an absent verdict that a rule
    /// cancelled, what was found and what cancelled it).
    public var evidence: [Evidence]
    /// A plain-language sentence: what was found, or why it does not count; nil when the grade
    /// was made without its reasons (``Grader/Reasons/omitted``).
    public var explanation: String?
    /// For the composite `apology-ownership-prevention-thanks` only: the fraction of its parts
    /// present (0, 0.25, 0.5, 0.75 or 1).
    public var fraction: Double?

    public init(
        id: String, present: Bool, evidence: [Evidence] = [], explanation: String? = nil,
        fraction: Double? = nil
    ) {
        self.id = id
        self.present = present
        self.evidence = evidence
        self.explanation = explanation
        self.fraction = fraction
    }
}
