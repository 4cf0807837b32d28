import Foundation

/// A trainer's review of one recorded reply: the verdicts the trainer set, a note, who and when.
///
/// The grader's verdicts are never changed: they stay in the turn as it was recorded, and a
/// review sits beside them. A reviewed turn is read with the trainer's verdicts applied (see
/// ``TurnRecord/applying(_:catalog:)``): where the trainer set a verdict it wins, and every
/// verdict the trainer left alone counts as confirmed. A review without verdicts or note means
/// "read and agreed with the grader".
public struct TurnReview: Sendable, Hashable {
    /// One verdict a trainer set.
    public struct Verdict: Sendable, Hashable {
        /// Whether the technique or violation is present in the reply, in the trainer's view.
        public var present: Bool
        /// Who set it.
        public var reviewer: String
        /// When it was set.
        public var reviewed: Date

        public init(present: Bool, reviewer: String, reviewed: Date) {
            self.present = present
            self.reviewer = reviewer
            self.reviewed = reviewed
        }
    }

    /// The trainer's verdicts, by technique or violation id.
    public var verdicts: [String: Verdict]
    /// The trainer's note on the turn.
    public var note: String?
    /// Who last changed the review.
    public var reviewer: String
    /// When the review was last changed.
    public var reviewed: Date
    /// The violations the turn's node avoided (costing points), as the scenario said when the
    /// review was made: a violation the trainer marks present costs the turn only if listed.
    public var avoid: [String]
    /// Where the attempt's story goes on the trainer's verdicts, when it leaves the path the rep
    /// played and this review is the one that decided it (see ``Reroute``); nil otherwise.
    public var reroute: Reroute?

    public init(
        verdicts: [String: Verdict] = [:], note: String? = nil, reviewer: String, reviewed: Date,
        avoid: [String] = [], reroute: Reroute? = nil
    ) {
        self.verdicts = verdicts
        self.note = note
        self.reviewer = reviewer
        self.reviewed = reviewed
        self.avoid = avoid
        self.reroute = reroute
    }

    /// The trainer's verdicts as `{id: present}`.
    public var overrides: [String: Bool] { verdicts.mapValues(\.present) }

    /// Whether the review holds neither a verdict nor a note.
    public var isEmpty: Bool { verdicts.isEmpty && (note ?? "").isEmpty }

    /// The review after `reviewer` sets `id` to `present` at `date`; a later verdict for the same
    /// id replaces the earlier one.
    public func setting(_ id: String, present: Bool, by reviewer: String, at date: Date) -> TurnReview {
        var review = self
        review.verdicts[id] = Verdict(present: present, reviewer: reviewer, reviewed: date)
        review.reviewer = reviewer
        review.reviewed = date
        return review
    }

    /// The review without the trainer's verdict for `id`.
    public func clearing(_ id: String, by reviewer: String, at date: Date) -> TurnReview {
        var review = self
        review.verdicts[id] = nil
        review.reviewer = reviewer
        review.reviewed = date
        return review
    }

    /// The review with `note` (nil or empty removes it).
    public func noting(_ note: String?, by reviewer: String, at date: Date) -> TurnReview {
        var review = self
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        review.note = (trimmed?.isEmpty ?? true) ? nil : trimmed
        review.reviewer = reviewer
        review.reviewed = date
        return review
    }
}
