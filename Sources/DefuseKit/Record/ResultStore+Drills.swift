import Foundation
internal import GRDB

/// Drill runs: one row per run through a drill set, its attempts pointing back at it.
///
/// - `drillRun` (migration "drill runs"): `uuid`, `rep`, `cohort`, `drillSet`, `started`,
///   `total` (scenarios in the run) and `passMark`. Nothing is stored that the attempts already
///   say: how many were played to their end, the score and whether it passed are read from
///   them (``DrillRunRecord``), so a run cut short at any moment reads as incomplete.
/// - `attempt.drillRun`: the run's uuid, for attempts played in one.
/// - `drillRun.failOn` (migration "drill fail on"): the set's `fail_on:` words (`breach`, or
///   kinds of ending), comma-separated (empty for none); a run with an attempt that ended in a
///   breach (`attempt.breach`) or in one of the kinds listed fails.
extension ResultSchema {
    static let drillRun = "drillRun"

    static func registerDrillRuns(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("drill runs") { db in
            try db.create(table: drillRun) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uuid", .text).notNull().unique()
                t.column("rep", .text).notNull()
                t.column("cohort", .text)
                t.column("drillSet", .text).notNull()
                t.column("started", .datetime).notNull()
                t.column("total", .integer).notNull().check { $0 >= 0 }
                t.column("passMark", .integer).notNull().check { $0 >= 0 && $0 <= 100 }
            }
            try db.alter(table: attempt) { t in t.add(column: "drillRun", .text) }
            try db.create(index: "attempt_on_drillRun", on: attempt, columns: ["drillRun"])
        }
    }

    static func registerDrillFailOn(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("drill fail on") { db in
            try db.alter(table: drillRun) { t in t.add(column: "failOn", .text).notNull().defaults(to: "") }
        }
    }

    /// `fail_on` kinds as the `failOn` column stores them, and back.
    static func failOnText(_ kinds: [FailKind]) -> String { kinds.map(\.rawValue).joined(separator: ",") }
    static func failOn(_ text: String?) -> [FailKind] {
        (text ?? "").split(separator: ",").compactMap { FailKind(rawValue: String($0)) }
    }
}

extension ResultStore {
    /// Starts a drill run and returns its id.
    public func beginDrillRun(_ start: DrillRunStart) throws -> UUID {
        let uuid = UUID()
        try write { db in
            try db.execute(
                """
                INSERT INTO drillRun (uuid, rep, cohort, drillSet, started, total, passMark, failOn)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    AttemptID.text(uuid), start.rep, start.cohort, start.set, start.started, start.total,
                    start.passMark, ResultSchema.failOnText(start.failOn),
                ])
        }
        return uuid
    }

    /// Counts `attempt` as one scenario of the drill run `run`.
    public func add(attempt: UUID, toDrillRun run: UUID) throws {
        try write { db in
            let changed = try db.execute(
                "UPDATE attempt SET drillRun = ? WHERE uuid = ?",
                [AttemptID.text(run), AttemptID.text(attempt)])
            guard changed == 1 else { throw StoreError.unknownAttempt(attempt) }
        }
    }

    /// The drill runs that match `filter` (rep, cohort, `drill` as the set, `since`), oldest
    /// first, scored from their attempts.
    public func drillRuns(_ filter: ReportFilter = ReportFilter()) throws -> [DrillRunRecord] {
        try read { db in
            guard try db.tableExists(ResultSchema.drillRun) else { return [] }
            var clauses: [String] = []
            var arguments: [any StoreBindable] = []
            for (column, value) in [
                ("rep", filter.rep), ("cohort", filter.cohort), ("drillSet", filter.drill),
            ] {
                guard let value else { continue }
                clauses.append("\(column) = ?")
                arguments.append(value)
            }
            if let since = filter.since {
                clauses.append("started >= ?")
                arguments.append(since)
            }
            let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
            let runs = try db.all(
                """
                SELECT uuid, rep, cohort, drillSet, started, total, passMark, failOn FROM drillRun
                \(whereClause) ORDER BY started, id
                """, arguments
            ) { row in
                (
                    uuid: row.text(0) ?? "", rep: row.text(1) ?? "", cohort: row.text(2),
                    set: row.text(3) ?? "",
                    started: row.date(4) ?? Date(timeIntervalSince1970: 0), total: row.int(5),
                    passMark: row.int(6), failOn: ResultSchema.failOn(row.text(7))
                )
            }
            return try runs.map { run in
                let played = try Self.scenarioScores(ofDrillRun: run.uuid, db)
                var record = DrillRunRecord(
                    id: AttemptID.parse(run.uuid) ?? UUID(), rep: run.rep, cohort: run.cohort, set: run.set,
                    started: run.started, total: run.total, passMark: run.passMark,
                    scenarioScores: played.scores,
                    done: played.done, failOn: run.failOn, outcomes: played.outcomes,
                    pendingReview: played.pending)
                record.remark(played.remarks, gradedOutcomes: played.gradedOutcomes)
                return record
            }
        }
    }

    /// The score of every attempt in a drill run (the final score, else what its recorded
    /// replies earned; with a trainer's verdicts where a turn was reviewed), and how many
    /// reached an end, and the endings reached in play order (`lost` where a trainer confirmed a
    /// compliance breach, see ``ReviewedBreach``), and how many replies wait for a trainer's
    /// review (``Turn/needsComplianceReview``, no review of the turn yet). A re-marked attempt
    /// (``AttemptRecord/remark``) counts the ending the trainer's verdicts give
    /// (``AttemptRecord/countedEnding``, none when the story goes on unplayed), and
    /// `gradedOutcomes` keeps the endings as played for it.
    static func scenarioScores(ofDrillRun uuid: String, _ db: any StoreDatabase) throws -> (
        scores: [Int], done: Int, outcomes: [DrillOutcome], pending: Int, gradedOutcomes: [DrillOutcome],
        remarks: [DrillRemark]
    ) {
        let attempts = try db.all(
            "SELECT id, uuid, score, ended, outcome, breach FROM attempt WHERE drillRun = ? ORDER BY started, id",
            [uuid]
        ) { row in
            (
                key: row.int64(0), id: row.text(1).flatMap(AttemptID.parse), score: row.optionalInt(2),
                ended: !row.isNull(3),
                outcome: row.text(4).flatMap(Ending.init(rawValue:)).map {
                    DrillOutcome($0, breach: !row.isNull(5) && row.int(5) != 0)
                }
            )
        }
        let reviewed = try ReviewReader.read(db, attempts: ("WHERE drillRun = ?", [uuid]))
        var scores: [Int] = []
        var done = 0
        var outcomes: [DrillOutcome] = []
        var gradedOutcomes: [DrillOutcome] = []
        var remarks: [DrillRemark] = []
        for attempt in attempts {
            if let id = attempt.id, reviewed[id] != nil {
                var reader = ReportReader(filter: ReportFilter(), detail: .tallies)
                if let record = try reader.read(db, attempt: id) {
                    scores.append(record.score)
                    done += attempt.ended ? 1 : 0
                    outcomes += record.countedOutcome.map { [$0] } ?? []
                    if let remark = record.remark {
                        gradedOutcomes +=
                            remark.playedEnding.map { [DrillOutcome($0, breach: record.endedInBreach)] } ?? []
                        remarks.append(DrillRemark(attempt: record, remark: remark))
                    } else {
                        gradedOutcomes += record.countedOutcome.map { [$0] } ?? []
                    }
                    continue
                }
            }
            outcomes += attempt.outcome.map { [$0] } ?? []
            gradedOutcomes += attempt.outcome.map { [$0] } ?? []
            if let score = attempt.score, attempt.ended {
                scores.append(score)
                done += 1
                continue
            }
            let turns = try db.all(
                "SELECT score FROM turn WHERE attemptId = ? ORDER BY \"index\"", [attempt.key]
            ) { $0.double(0) }
            scores.append(Scoring.scenarioScore(turns))
        }
        let ids = Dictionary(attempts.map { ($0.key, $0.id) }, uniquingKeysWith: { first, _ in first })
        let decoder = JSONDecoder()
        func strings(_ row: any StoreRow, _ column: Int) throws -> [String]? {
            guard let text = row.text(column) else { return nil }
            return try decoder.decode([String].self, from: Data(text.utf8))
        }
        var pending = 0
        try db.each(
            """
            SELECT t.attemptId, t."index", t.choice, t.detected, t.violations, t.avoided FROM turn t
            JOIN attempt a ON a.id = t.attemptId WHERE a.drillRun = ?
            """, [uuid]
        ) { row in
            let attempt = ids[row.int64(0)] ?? nil
            guard attempt.flatMap({ reviewed[$0]?[row.int(1)] }) == nil else { return }
            let violations = try strings(row, 4) ?? []
            let turn = Turn(
                node: "", reply: "", choice: row.optionalInt(2), detected: try strings(row, 3) ?? [], met: [],
                missed: [], violations: violations, evidence: [:], score: 0, moodBefore: 0, moodAfter: 0,
                branch: 0, avoided: try strings(row, 5) ?? violations)
            pending += turn.needsComplianceReview ? 1 : 0
        }
        // A breach read and cleared at a check waits for a trainer's review of that turn.
        pending += try db.count(
            "SELECT count(*) FROM attempt WHERE drillRun = ? AND id IN (\(AttemptRecord.clearedAtCheckAwaitingCondition))",
            [uuid])
        return (scores, done, outcomes, pending, gradedOutcomes, remarks)
    }
}

extension ResultStore {
    /// The drill run of every attempt played in one, by attempt id.
    public func drillRunsByAttempt() throws -> [UUID: UUID] {
        try read { db in
            guard try db.tableExists(ResultSchema.drillRun) else { return [:] }
            var runs: [UUID: UUID] = [:]
            try db.each("SELECT uuid, drillRun FROM attempt WHERE drillRun IS NOT NULL", []) { row in
                if let attempt = row.text(0).flatMap(AttemptID.parse),
                    let run = row.text(1).flatMap(AttemptID.parse)
                {
                    runs[attempt] = run
                }
            }
            return runs
        }
    }
}

/// The drill run an attempt was played in, as the review list needs it: the set and its
/// `fail_on:` kinds.
public struct AttemptDrill: Sendable, Hashable {
    public var set: String
    public var failOn: [FailKind]

    public init(set: String, failOn: [FailKind]) {
        self.set = set
        self.failOn = failOn
    }

    /// ` · failed drill first-week: breach ending (fail_on: breach)` when `attempt`'s counted
    /// outcome (``AttemptRecord/countedOutcome``) is one the run fails on, else "".
    public func failure(of attempt: AttemptRecord) -> String {
        guard let outcome = attempt.countedOutcome, let kind = failOn.first(where: { $0.matches(outcome) })
        else { return "" }
        return " · failed drill \(set): \(kind.rawValue) ending (fail_on: \(DrillRunRecord.kinds(failOn)))"
    }
}

extension ResultStore {
    /// The drill run (set and `fail_on:`) of each of `attempts` played in one, by attempt id.
    public func drills(of attempts: [UUID]) throws -> [UUID: AttemptDrill] {
        guard !attempts.isEmpty else { return [:] }
        return try read { db in
            guard try db.tableExists(ResultSchema.drillRun) else { return [:] }
            var drills: [UUID: AttemptDrill] = [:]
            let marks = Array(repeating: "?", count: attempts.count).joined(separator: ", ")
            try db.each(
                """
                SELECT a.uuid, d.drillSet, d.failOn FROM attempt a JOIN drillRun d ON d.uuid = a.drillRun
                WHERE a.uuid IN (\(marks))
                """, attempts.map { AttemptID.text($0) as any StoreBindable }
            ) { row in
                if let id = row.text(0).flatMap(AttemptID.parse) {
                    drills[id] = AttemptDrill(
                        set: row.text(1) ?? "", failOn: ResultSchema.failOn(row.text(2)))
                }
            }
            return drills
        }
    }
}
