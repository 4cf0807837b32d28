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
    public var started: Date

    public init(
        rep: String, cohort: String? = nil, set: String, total: Int, passMark: Int = DrillSet.defaultPassMark,
        started: Date = Date()
    ) {
        self.rep = rep
        self.cohort = cohort
        self.set = set
        self.total = total
        self.passMark = passMark
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
    /// Whether the run is complete and its score reaches ``passMark``.
    public var passed: Bool
    public var passMark: Int

    public init(
        id: UUID, rep: String, cohort: String?, set: String, started: Date, total: Int, passMark: Int,
        scenarioScores: [Int], done: Int
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
        passed = complete && score >= passMark
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
    }

    enum CodingKeys: String, CodingKey {
        case id, rep, cohort, set, started, score, done, total, complete, passed, passMark
    }
}
