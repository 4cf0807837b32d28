import Foundation

/// The compliance breaches of the rubric: violations that, once a trainer confirms one on a
/// turn whose node avoids it, end the attempt as a breach (`lost`) for scores, reports and
/// drills, whatever ending the story reached.
public enum ComplianceBreaches {
    /// The breaches in a fixed order, for code that walks them (the grader's rules).
    public static let list = [
        "breaches-sterile-field", "delays-reporting", "disparages-competitor", "falsifies-record",
        "off-label-promotion", "offers-value", "shares-patient-data", "unapproved-material",
        "unauthorised-concession",
    ]
    public static let ids = Set(list)

    /// Whether a node that avoids `avoid` is a compliance node: it lists a breach.
    public static func guards(_ avoid: [String]) -> Bool { avoid.contains(where: ids.contains) }
}

/// A trainer's verdict that turned an attempt into a breach: the violation set present and
/// the turn (from 1) it was set on.
public struct ReviewedBreach: Sendable, Hashable {
    public var violation: String
    public var turn: Int

    public init(violation: String, turn: Int) {
        self.violation = violation
        self.turn = turn
    }

    /// `trainer: offers-value on turn 1`.
    public var text: String { "trainer: \(violation) on turn \(turn)" }
}

extension AttemptRecord {
    /// The first turn where a trainer set present a compliance breach that the turn's node
    /// avoids; nil when there is none (or the review was cleared).
    public var confirmedBreach: ReviewedBreach? {
        for record in turns.sorted(by: { $0.index < $1.index }) {
            guard let review = record.review else { continue }
            let confirmed = review.verdicts.filter {
                $0.value.present && review.avoid.contains($0.key) && ComplianceBreaches.ids.contains($0.key)
            }
            if let id = confirmed.keys.sorted().first {
                return ReviewedBreach(violation: id, turn: record.index + 1)
            }
        }
        return nil
    }

    /// `lost` and, when a trainer's verdict made it so, what the story reached:
    /// `lost (reviewed; was resolved: trainer: offers-value on turn 1)`.
    /// A re-marked attempt (``Remark``): `lost (re-marked; trainer Kim: turn 1 goes to plan,
    /// not played)`, or `resolved (re-marked; was lost, trainer Kim: turn 1 ends resolved)`.
    public var outcomeText: String {
        if let remark {
            let was = gradedEnding.map { "was \($0.rawValue), " } ?? ""
            return "\(outcome) (re-marked; \(was)\(remark.text))"
        }
        guard let breach, let gradedEnding else { return outcome }
        return "\(outcome) (reviewed; was \(gradedEnding.rawValue), \(breach.text))"
    }
}

extension Turn {
    /// Whether a drill must hold this reply for a trainer: it was typed (not a choice) at a
    /// node that avoids a compliance breach, and the grader read nothing in it, no technique
    /// and no violation. A breach in words the grader does not know would otherwise pass
    /// unscored while the rep picks the right printed line at the check node that follows.
    public var needsComplianceReview: Bool {
        choice == nil && detected.isEmpty && ComplianceBreaches.guards(avoided)
    }
}

extension AttemptRecord {
    /// The replies of a drill attempt that wait for a trainer: typed at a compliance node, read
    /// as nothing by the grader (``Turn/needsComplianceReview``) and not reviewed yet. A drill
    /// run that passed holds its pass pending them.
    public var answersAwaitingReview: Int {
        guard mode == .drill else { return 0 }
        let unread = turns.filter { $0.review == nil && $0.turn.needsComplianceReview }.count
        return unread + (clearedAtCheckAwaitingReview ? 1 : 0)
    }

    /// Whether a drill attempt's breach read and cleared at a check (``clearedAtCheck``) waits for
    /// a trainer: no review of that turn yet. Any verdict on it clears the hold.
    public var clearedAtCheckAwaitingReview: Bool {
        guard mode == .drill, let turn = clearedAtCheck else { return false }
        return !turns.contains { $0.index == turn - 1 && $0.review != nil }
    }

    /// `breach read at turn 2, cleared at check`, with `; awaiting review` or `; reviewed`, or
    /// nil for an attempt with no breach cleared at a check. Reports carry it as the breach flag.
    public var clearedAtCheckText: String? {
        guard let turn = clearedAtCheck else { return nil }
        let reviewed = turns.contains { $0.index == turn - 1 && $0.review != nil }
        return "breach read at turn \(turn), cleared at check; " + (reviewed ? "reviewed" : "awaiting review")
    }

    /// The SQL condition on `attempt` that selects what `review --pending` lists: the attempts
    /// with ``answersAwaitingReview`` and the drill attempts that failed their run by its
    /// `fail_on:` and that no trainer has reviewed yet (``failedDrillCondition``).
    static var pendingReviewCondition: String {
        "((\(awaitingReviewCondition)) OR (\(failedDrillCondition)))"
    }

    /// The SQL condition on `attempt` that selects the drill attempts whose recorded ending is
    /// one their run's `fail_on:` lists, with no turn reviewed yet: a lost ending may come from
    /// the grader misreading a good reply, and a trainer's review is the way to find out.
    static var failedDrillCondition: String {
        """
        id IN (SELECT x.id FROM attempt x JOIN \(ResultSchema.drillRun) d ON d.uuid = x.drillRun
            WHERE x.mode = 'drill' AND x.outcome IS NOT NULL
            AND ((',' || d.failOn || ',') LIKE ('%,' || x.outcome || ',%')
                OR (x.breach = 1 AND (',' || d.failOn || ',') LIKE '%,breach,%'))
            AND NOT EXISTS (SELECT 1 FROM \(ReviewSchema.turnReview) r WHERE r.attemptId = x.id))
        """
    }

    /// The SQL condition on `attempt` (and its `turn` and `turnReview` rows) that selects the
    /// attempts with ``answersAwaitingReview``: the same test, on the grader's stored columns.
    static var awaitingReviewCondition: String {
        let guarded = ComplianceBreaches.ids.sorted().map {
            "COALESCE(t.avoided, t.violations) LIKE '%\"\($0)\"%'"
        }
        return """
            mode = 'drill' AND (id IN (SELECT t.attemptId FROM turn t
                WHERE t.choice IS NULL AND t.detected = '[]' AND (\(guarded.joined(separator: " OR ")))
                AND NOT EXISTS (SELECT 1 FROM \(ReviewSchema.turnReview) r
                    WHERE r.attemptId = t.attemptId AND r.turnIndex = t."index"))
            OR id IN (\(clearedAtCheckAwaitingCondition)))
            """
    }

    /// The SQL query of the ids of the drill attempts whose breach cleared at a check
    /// (``clearedAtCheck``) no trainer has reviewed yet.
    static var clearedAtCheckAwaitingCondition: String {
        """
        SELECT c.id FROM attempt c WHERE c.mode = 'drill' AND c.clearedAtCheck IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM \(ReviewSchema.turnReview) r
                WHERE r.attemptId = c.id AND r.turnIndex = c.clearedAtCheck - 1)
        """
    }
}
