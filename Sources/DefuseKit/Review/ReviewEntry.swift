import Foundation

/// One reviewed turn as a report lists it: which attempt, which turn, the grader's verdicts and
/// the trainer's review.
public struct ReviewEntry: Sendable, Hashable {
    public var attempt: UUID
    public var rep: String
    public var scenario: String
    public var started: Date
    /// 1-based, as trainers count turns.
    public var turn: Int
    /// The ids the grader found present.
    public var graderDetected: [String]
    public var review: TurnReview

    /// The entry for `turn` of `attempt`; nil when the turn has no review.
    public init?(attempt: AttemptRecord, turn: TurnRecord) {
        guard let review = turn.review else { return nil }
        self.attempt = attempt.id
        rep = attempt.rep
        scenario = attempt.scenario
        started = attempt.started
        self.turn = turn.index + 1
        graderDetected = (turn.graded ?? turn.turn).detected
        self.review = review
    }

    /// The trainer's verdicts that differ from the grader's, by id.
    public var changes: [String: Bool] {
        review.overrides.filter { id, present in graderDetected.contains(id) != present }
    }

    /// `apology ✗ (grader ✓), thanks ✓ (grader ✗)`, in id order; `agrees with the grader` when
    /// the trainer changed nothing.
    public var changeText: String {
        let changes = changes.sorted { $0.key < $1.key }
        guard !changes.isEmpty else { return "agrees with the grader" }
        return changes.map { id, present in
            "\(id) \(present ? "✓" : "✗") (grader \(present ? "✗" : "✓"))"
        }.joined(separator: ", ")
    }
}

extension ReviewEntry {
    /// `turn 2: apology ✗ (grader ✓) · Kim: "too vague"`: one line for the table and CSV reports.
    public var summary: String {
        var text = "turn \(turn): \(changeText) · \(review.reviewer)"
        if let note = review.note { text += ": \"\(note)\"" }
        return text
    }
}

extension AttemptRecord {
    /// The attempt's reviewed turns as reports list them.
    public var reviewEntries: [ReviewEntry] { turns.compactMap { ReviewEntry(attempt: self, turn: $0) } }
}
