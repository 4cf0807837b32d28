import Foundation

/// Where a rep stands in one drill set, over all their runs of it: `passed` when some run was
/// complete and reached the set's pass mark, else `not passed` when some run was complete,
/// else `incomplete` (every run left early). The run that decides it is the best passing run,
/// the best complete run, or the furthest incomplete one (the latest among equals).
public struct DrillStanding: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case passed
        case notPassed = "not passed"
        case incomplete
    }

    public var rep: String
    public var set: String
    public var runs: Int
    public var status: Status
    /// The run behind ``status``.
    public var deciding: DrillRunRecord

    /// One standing per rep and set present in `drills`, by rep then set (natural order).
    public static func standings(_ drills: [DrillRunRecord]) -> [DrillStanding] {
        struct Key: Hashable {
            var rep: String
            var set: String
        }
        var grouped: [Key: [DrillRunRecord]] = [:]
        for drill in drills { grouped[Key(rep: drill.rep, set: drill.set), default: []].append(drill) }
        return grouped.compactMap { key, runs -> DrillStanding? in
            let ordered = runs.sorted { $0.started < $1.started }
            let status: Status
            let deciding: DrillRunRecord?
            if ordered.contains(where: \.passed) {
                status = .passed
                deciding = ordered.filter(\.passed).max { $0.score < $1.score }
            } else if ordered.contains(where: \.complete) {
                status = .notPassed
                deciding = ordered.filter(\.complete).max { $0.score < $1.score }
            } else {
                status = .incomplete
                deciding = ordered.max { ($0.done, $0.score) <= ($1.done, $1.score) }
            }
            return deciding.map {
                DrillStanding(rep: key.rep, set: key.set, runs: runs.count, status: status, deciding: $0)
            }
        }.sorted {
            $0.rep != $1.rep
                ? $0.rep.localizedStandardCompare($1.rep) == .orderedAscending
                : $0.set.localizedStandardCompare($1.set) == .orderedAscending
        }
    }

    /// `passed · 82`, `passed on review (was failed: 1 lost ending, fail_on: lost) · 82`,
    /// `not passed · 55 of 70`, `not passed · 90, failed: 1 lost ending (fail_on:
    /// lost)`, `incomplete · 2 of 5 done`.
    public var text: String {
        switch status {
        case .passed:
            "passed\(deciding.onReview) · \(deciding.score)\(DrillRunRecord.pending(deciding.pendingReview))"
        case .notPassed where !deciding.failedOn.isEmpty:
            "not passed · \(deciding.score), \(deciding.verdict)"
        case .notPassed: "not passed · \(deciding.score) of \(deciding.passMark)"
        case .incomplete: "incomplete · \(deciding.done) of \(deciding.total) done"
        }
    }
}
