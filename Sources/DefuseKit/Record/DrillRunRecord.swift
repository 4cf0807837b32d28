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
    /// What fails the run whatever its score (the set's `fail_on:`).
    public var failOn: [FailKind]
    public var started: Date

    public init(
        rep: String, cohort: String? = nil, set: String, total: Int, passMark: Int = DrillSet.defaultPassMark,
        failOn: [FailKind] = [], started: Date = Date()
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
    /// The set's `fail_on:` kinds (`breach`, or kinds of ending).
    public var failOn: [FailKind]
    /// What of ``failOn`` each of this run's scenarios that fails it came out as, in play
    /// order: what failed the run whatever its score.
    public var failedOn: [FailKind]
    /// Replies at compliance nodes that the grader read nothing in and no trainer has reviewed
    /// yet (``Turn/needsComplianceReview``): a run that passed passed pending their review.
    public var pendingReview: Int
    /// The endings of ``failedOn`` as played, before any trainer's re-mark
    /// (``AttemptRecord/remark``): what failed the run on the grader's reading.
    public var gradedFailedOn: [FailKind] = []
    /// Whether the run passed on the grader's reading, before any re-mark.
    public var gradedPassed = false
    /// The run's attempts a trainer re-marked, in play order.
    public var remarks: [DrillRemark] = []

    public init(
        id: UUID, rep: String, cohort: String?, set: String, started: Date, total: Int, passMark: Int,
        scenarioScores: [Int], done: Int, failOn: [FailKind] = [], outcomes: [DrillOutcome] = [],
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
        gradedFailedOn = failedOn
        gradedPassed = passed
    }

    /// Records the trainers' re-marks of this run's attempts and the endings they played:
    /// ``gradedFailedOn`` and ``gradedPassed`` then say how the run stood before them. The
    /// grader's score is not known here: ``gradedPassed`` is the pass on this score with the
    /// played endings.
    public mutating func remark(_ remarks: [DrillRemark], gradedOutcomes: [DrillOutcome]) {
        self.remarks = remarks
        gradedFailedOn = Self.failing(gradedOutcomes, failOn: failOn)
        gradedPassed = complete && score >= passMark && gradedFailedOn.isEmpty
    }

    /// Whether a trainer's re-mark changed what failed the run.
    public var isRemarked: Bool { !remarks.isEmpty && gradedFailedOn != failedOn }

    /// For each of `outcomes` that the set fails on, the first of `failOn` it matches.
    public static func failing(_ outcomes: [DrillOutcome], failOn: [FailKind]) -> [FailKind] {
        outcomes.compactMap { outcome in failOn.first { $0.matches(outcome) } }
    }

    /// `passed`, `not passed (pass mark N)` or, when an ending failed it, `failed: N lost
    /// ending(s) (fail_on: lost)`, as the table and HTML reports and the scorecard print it; a
    /// pass with replies waiting for a trainer is `passed · pending review of N answers`.
    ///
    /// When a trainer's re-mark changed what failed it (`wasFailedOn`, the endings that failed it
    /// as played, differs from `failedOn`), the verdict says so: `passed on review (was failed:
    /// 1 lost ending, fail_on: lost)`.
    public static func verdict(
        passed: Bool, passMark: Int, failedOn: [FailKind], failOn: [FailKind], pendingReview: Int = 0,
        wasFailedOn: [FailKind]? = nil
    ) -> String {
        let was = onReview(failedOn: failedOn, wasFailedOn: wasFailedOn, failOn: failOn)
        if !failedOn.isEmpty {
            return "failed: \(failure(failedOn, failOn: failOn)) (fail_on: \(kinds(failOn)))" + was
        }
        guard passed else { return "not passed (pass mark \(passMark))" + was }
        return "passed" + was + pending(pendingReview)
    }

    /// ` on review (was failed: 1 lost ending, fail_on: lost)` when a re-mark changed the
    /// endings that fail the run, else "".
    public static func onReview(failedOn: [FailKind], wasFailedOn: [FailKind]?, failOn: [FailKind]) -> String
    {
        guard let wasFailedOn, wasFailedOn != failedOn else { return "" }
        guard !wasFailedOn.isEmpty else { return " on review (was not failed by fail_on)" }
        return " on review (was failed: \(failure(wasFailedOn, failOn: failOn)), fail_on: \(kinds(failOn)))"
    }

    /// `1 breach ending` or `2 lost endings, 1 escalated ending`.
    static func failure(_ failedOn: [FailKind], failOn: [FailKind]) -> String {
        failOn.compactMap { kind -> String? in
            let count = failedOn.filter { $0 == kind }.count
            return count == 0 ? nil : "\(count) \(kind.rawValue) ending\(count == 1 ? "" : "s")"
        }.joined(separator: ", ")
    }

    static func kinds(_ failOn: [FailKind]) -> String { failOn.map(\.rawValue).joined(separator: ", ") }

    /// ` · pending review of N answers`, or "" for none.
    public static func pending(_ count: Int) -> String {
        count == 0 ? "" : " · pending review of \(count) answer\(count == 1 ? "" : "s")"
    }

    /// This run's ``verdict(passed:passMark:failedOn:failOn:)``.
    public var verdict: String {
        Self.verdict(
            passed: passed, passMark: passMark, failedOn: failedOn, failOn: failOn,
            pendingReview: pendingReview, wasFailedOn: isRemarked ? gradedFailedOn : nil)
    }

    /// ` on review (was failed: …)` for a run a trainer's re-mark changed, else "".
    public var onReview: String {
        Self.onReview(failedOn: failedOn, wasFailedOn: isRemarked ? gradedFailedOn : nil, failOn: failOn)
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
        try container.encode(gradedPassed, forKey: .gradedPassed)
        try container.encode(gradedFailedOn.map(\.rawValue), forKey: .gradedFailedOn)
        try container.encode(remarks, forKey: .remarks)
        try container.encode(verdict, forKey: .verdict)
    }

    enum CodingKeys: String, CodingKey {
        case id, rep, cohort, set, started, score, done, total, complete, passed, passMark, failOn, failedOn
        case pendingReview, gradedPassed, gradedFailedOn, remarks, verdict
    }
}

/// One attempt of a drill run that a trainer re-marked (``AttemptRecord/remark``), as the JSON
/// report's drill entries list it in `remarks`.
public struct DrillRemark: Sendable, Hashable, Encodable {
    /// The attempt's id.
    public var attempt: UUID
    public var scenario: String
    /// The ending the story reached in play.
    public var was: Ending?
    /// The ending on the trainer's verdicts; nil when the story goes on at a node never played.
    public var ending: Ending?
    /// The turn (from 1) where the story leaves the played path, and where it goes.
    public var turn: Int
    public var node: String?
    /// The reviewed turn (from 1) that carries the re-mark, who reviewed it, when, and the note.
    public var reviewedTurn: Int
    public var reviewer: String
    public var reviewed: Date
    public var note: String?
    /// `misread re-marked, trainer Kim: turn 1 goes to plan, not played (was lost; now no ending
    /// counted) · turn 1 reviewed 2026-12-05T10:02:00Z · "explains, then owns it"`: the line under
    /// the run in the table report, where a rep or trainer reads a past drill's scorecard.
    public var text: String

    public init(attempt record: AttemptRecord, remark: Remark) {
        attempt = record.id
        scenario = record.scenario
        was = remark.playedEnding
        ending = remark.reroute.ending
        turn = remark.reroute.turn + 1
        node = remark.reroute.node
        reviewedTurn = remark.reviewTurn + 1
        reviewer = remark.reviewer
        reviewed = remark.reviewed
        note = remark.note
        text = "\(record.scenario) re-marked, \(remark.fullText)"
    }

    /// Absent values as `null`, the attempt id as lowercase text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(AttemptID.text(attempt), forKey: .attempt)
        try container.encode(scenario, forKey: .scenario)
        try container.encode(was?.rawValue, forKey: .was)
        try container.encode(ending?.rawValue, forKey: .ending)
        try container.encode(turn, forKey: .turn)
        try container.encode(node, forKey: .node)
        try container.encode(reviewedTurn, forKey: .reviewedTurn)
        try container.encode(reviewer, forKey: .reviewer)
        try container.encode(reviewed, forKey: .reviewed)
        try container.encode(note, forKey: .note)
    }

    enum CodingKeys: String, CodingKey {
        case attempt, scenario, was, ending, turn, node, reviewedTurn, reviewer, reviewed, note
    }
}
