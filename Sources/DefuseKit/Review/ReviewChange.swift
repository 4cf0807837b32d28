import Foundation

/// One change a trainer makes to the review of a turn, as `defuse review ATTEMPT --turn N`
/// asks for it: verdicts to set, verdicts to clear, the whole review to clear, a note.
public struct ReviewChange: Sendable, Hashable {
    /// Verdicts to set, by id: present or absent.
    public var verdicts: [String: Bool]
    /// Trainer verdicts to take back (the grader's verdict holds again).
    public var clear: [String]
    /// Whether to remove the turn's whole review: every verdict and the note.
    public var clearAll: Bool
    /// The note to attach; an empty one removes the note; nil leaves it as it is.
    public var note: String?

    public init(
        set verdicts: [String: Bool] = [:], clear: [String] = [], clearAll: Bool = false, note: String? = nil
    ) {
        self.verdicts = verdicts
        self.clear = clear
        self.clearAll = clearAll
        self.note = note
    }

    /// Whether the change does anything.
    public var isEmpty: Bool { verdicts.isEmpty && clear.isEmpty && !clearAll && note == nil }

    /// The review after the change, made by `reviewer` at `date`, with `avoid` as the node's
    /// avoided violations; nil when nothing is left of it (no verdict, no note) after a clear.
    public func applied(to review: TurnReview?, by reviewer: String, at date: Date, avoid: [String])
        -> TurnReview?
    {
        guard !clearAll else { return nil }
        var result = review ?? TurnReview(reviewer: reviewer, reviewed: date)
        result.avoid = avoid
        result.reviewer = reviewer
        result.reviewed = date
        for id in clear { result = result.clearing(id, by: reviewer, at: date) }
        for (id, present) in verdicts.sorted(by: { $0.key < $1.key }) {
            result = result.setting(id, present: present, by: reviewer, at: date)
        }
        if let note { result = result.noting(note, by: reviewer, at: date) }
        return !clear.isEmpty && result.isEmpty ? nil : result
    }
}
