import Foundation

/// The compliance breaches of the rubric: violations that, once a trainer confirms one on a
/// turn whose node avoids it, end the attempt as a breach (`lost`) for scores, reports and
/// drills, whatever ending the story reached.
public enum ComplianceBreaches {
    public static let ids: Set<String> = [
        "breaches-sterile-field", "delays-reporting", "disparages-competitor", "falsifies-record",
        "off-label-promotion", "offers-value", "shares-patient-data", "unapproved-material",
        "unauthorised-concession",
    ]

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
    public var outcomeText: String {
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
