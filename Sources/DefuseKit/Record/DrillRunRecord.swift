import Foundation

/// What the results store records when a rep starts a drill: one run through a set of
/// scenarios, scored as a whole.
public struct DrillRunStart: Sendable, Hashable {
    public var rep: String
    public var cohort: String?
    /// The drill set id (`first-week`), `all`, or `focus-weakest`.
    public var set: String
    /// How many scenarios the run has; those never played count 0 in its score.
    public var total: Int
    /// The drill score a run needs to pass (the set's `pass:`, default 70).
    public var passMark: Int
    /// Kinds of ending that fail the run whatever its score (the set's `fail_on:`).
    public var failOn: [Ending]
    public var started: Date

    public init(
        rep: String, cohort: String? = nil, set: String, total: Int, passMark: Int = DrillSet.defaultPassMark,
        failOn: [Ending] = [], started: Date = Date()
    ) {
        self.rep = rep
        self.cohort = cohort
        self.set = set
        self.total = total
        self.passMark = passMark
        self.failOn = failOn
        self.started = started
    }
}

/// One drill run as reports show it. Its numbers are read from the attempts recorded in it,
/// so a run cut short (Ctrl-D, a closed terminal, a killed process) reads as incomplete and
/// scores what was played, never more: ``score`` is the sum of the scenario scores divided by
/// ``total``, every unplayed scenario counting 0, and an attempt that never reached its end
/// scores what its replies earned.
public struct DrillRunRecord: Sendable, Hashable, Encodable {
    /// The run's stable id.
    public var id: UUID
    public var rep: String
    public var cohort: String?
    public var set: String
    public var started: Date
    /// 0…100.
    public var score: Int
    /// Scenarios played to their end.
    public var done: Int
    /// Scenarios in the run.
    public var total: Int
    /// Whether every scenario was played to its end.
    public var complete: Bool
    /// Whether the run is complete, its score reaches ``passMark`` and no scenario ended in a
    /// kind the set fails on (``failedOn`` is empty).
    public var passed: Bool
    public var passMark: Int
    /// The set's `fail_on:` kinds of ending.
    public var failOn: [Ending]
    /// The endings of this run's scenarios that are in ``failOn``, in play order: what failed
    /// the run whatever its score.
    public var failedOn: [Ending]
    /// Replies at compliance nodes that the grader read nothing in and no trainer has reviewed
    /// yet (``Turn/needsComplianceReview``): a run that passed passed pending their review.
    public var pendingReview: Int

    public init(
        id: UUID, rep: String, cohort: String?, set: String, started: Date, total: Int, passMark: Int,
        scenarioScores: [Int], done: Int, failOn: [Ending] = [], outcomes: [Ending] = [],
        pendingReview: Int = 0
    ) {
        self.id = id
        self.rep = rep
        self.cohort = cohort
        self.set = set
        self.started = started
        self.total = total
        self.passMark = passMark
        self.done = done
        score = Self.score(scenarioScores, total: total)
        complete = total > 0 && done >= total
        self.failOn = failOn
        failedOn = Self.failing(outcomes, failOn: failOn)
        passed = complete && score >= passMark && failedOn.isEmpty
        self.pendingReview = pendingReview
    }

    /// The endings among `outcomes` that the set fails on.
    public static func failing(_ outcomes: [Ending], failOn: [Ending]) -> [Ending] {
        outcomes.filter(failOn.contains)
    }

    /// `passed`, `not passed (pass mark N)` or, when an ending failed it, `failed: N lost
    /// ending(s) (fail_on: lost)`, as the table and HTML reports and the scorecard print it; a
    /// pass with replies waiting for a trainer is `passed · pending review of N answers`.
    public static func verdict(
        passed: Bool, passMark: Int, failedOn: [Ending], failOn: [Ending], pendingReview: Int = 0
    ) -> String {
        if !failedOn.isEmpty {
            let kinds = failOn.map(\.rawValue).joined(separator: ", ")
            let counts = failOn.compactMap { kind -> String? in
                let count = failedOn.filter { $0 == kind }.count
                return count == 0 ? nil : "\(count) \(kind.rawValue) ending\(count == 1 ? "" : "s")"
            }
            return "failed: \(counts.joined(separator: ", ")) (fail_on: \(kinds))"
        }
        guard passed else { return "not passed (pass mark \(passMark))" }
        return "passed" + pending(pendingReview)
    }

    /// ` · pending review of N answers`, or "" for none.
    public static func pending(_ count: Int) -> String {
        count == 0 ? "" : " · pending review of \(count) answer\(count == 1 ? "" : "s")"
    }

    /// This run's ``verdict(passed:passMark:failedOn:failOn:)``.
    public var verdict: String {
        Self.verdict(
            passed: passed, passMark: passMark, failedOn: failedOn, failOn: failOn,
            pendingReview: pendingReview)
    }

    /// The drill score: the scenario scores summed and divided by `total` (so unplayed
    /// scenarios count 0), rounded half up.
    public static func score(_ scenarioScores: [Int], total: Int) -> Int {
        let count = max(total, scenarioScores.count)
        guard count > 0 else { return 0 }
        let mean = Double(scenarioScores.reduce(0, +)) / Double(count)
        return min(100, max(0, Int((mean + 1e-9).rounded(.toNearestOrAwayFromZero))))
    }

    /// `complete` or `incomplete (done of total)`, as the table, CSV and HTML reports print it.
    public var status: String { complete ? "complete" : "incomplete (\(done) of \(total))" }

    /// As an entry of the JSON report's `drills` array: the id as lowercase text, an absent
    /// cohort as `null` (never a missing key).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(AttemptID.text(id), forKey: .id)
        try container.encode(rep, forKey: .rep)
        try container.encode(cohort, forKey: .cohort)
        try container.encode(set, forKey: .set)
        try container.encode(started, forKey: .started)
        try container.encode(score, forKey: .score)
        try container.encode(done, forKey: .done)
        try container.encode(total, forKey: .total)
        try container.encode(complete, forKey: .complete)
        try container.encode(passed, forKey: .passed)
        try container.encode(passMark, forKey: .passMark)
        try container.encode(failOn.map(\.rawValue), forKey: .failOn)
        try container.encode(failedOn.map(\.rawValue), forKey: .failedOn)
        try container.encode(pendingReview, forKey: .pendingReview)
    }

    enum CodingKeys: String, CodingKey {
        case id, rep, cohort, set, started, score, done, total, complete, passed, passMark, failOn, failedOn
        case pendingReview
    }
}
