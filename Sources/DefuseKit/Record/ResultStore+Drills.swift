import Foundation
import GRDB

/// Drill runs: one row per run through a drill set, its attempts pointing back at it.
///
/// - `drillRun` (migration "drill runs"): `uuid`, `rep`, `cohort`, `drillSet`, `started`,
///   `total` (scenarios in the run) and `passMark`. Nothing is stored that the attempts already
///   say: how many were played to their end, the score and whether it passed are read from
///   them (``DrillRunRecord``), so a run cut short at any moment reads as incomplete.
/// - `attempt.drillRun`: the run's uuid, for attempts played in one.
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
}

extension ResultStore {
    /// Starts a drill run and returns its id.
    public func beginDrillRun(_ start: DrillRunStart) throws -> UUID {
        let uuid = UUID()
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO drillRun (uuid, rep, cohort, drillSet, started, total, passMark)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    AttemptID.text(uuid), start.rep, start.cohort, start.set, start.started, start.total,
                    start.passMark,
                ])
        }
        return uuid
    }

    /// Counts `attempt` as one scenario of the drill run `run`.
    public func add(attempt: UUID, toDrillRun run: UUID) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE attempt SET drillRun = ? WHERE uuid = ?",
                arguments: [AttemptID.text(run), AttemptID.text(attempt)])
            guard db.changesCount == 1 else { throw StoreError.unknownAttempt(attempt) }
        }
    }

    /// The drill runs that match `filter` (rep, cohort, `drill` as the set, `since`), oldest
    /// first, scored from their attempts.
    public func drillRuns(_ filter: ReportFilter = ReportFilter()) throws -> [DrillRunRecord] {
        try read { db in
            guard try db.tableExists(ResultSchema.drillRun) else { return [] }
            var clauses: [String] = []
            var arguments = StatementArguments()
            for (column, value) in [
                ("rep", filter.rep), ("cohort", filter.cohort), ("drillSet", filter.drill),
            ] {
                guard let value else { continue }
                clauses.append("\(column) = ?")
                arguments += [value]
            }
            if let since = filter.since {
                clauses.append("started >= ?")
                arguments += [since]
            }
            let whereClause = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT uuid, rep, cohort, drillSet, started, total, passMark FROM drillRun
                    \(whereClause) ORDER BY started, id
                    """,
                arguments: arguments)
            return try rows.map { row in
                let uuid: String = row["uuid"]
                let (scores, done) = try Self.scenarioScores(ofDrillRun: uuid, db)
                return DrillRunRecord(
                    id: AttemptID.parse(uuid) ?? UUID(), rep: row["rep"], cohort: row["cohort"],
                    set: row["drillSet"], started: row["started"], total: row["total"],
                    passMark: row["passMark"],
                    scenarioScores: scores, done: done)
            }
        }
    }

    /// The score of every attempt in a drill run (the final score, else what its recorded
    /// replies earned; with a trainer's verdicts where a turn was reviewed), and how many
    /// reached an end.
    static func scenarioScores(ofDrillRun uuid: String, _ db: Database) throws -> (scores: [Int], done: Int) {
        let attempts = try Row.fetchAll(
            db, sql: "SELECT id, uuid, score, ended FROM attempt WHERE drillRun = ? ORDER BY started, id",
            arguments: [uuid])
        let reviewed = try ReviewReader.read(db, attempts: ("WHERE drillRun = ?", [uuid]))
        var scores: [Int] = []
        var done = 0
        for attempt in attempts {
            let ended: Date? = attempt["ended"]
            if let id = (attempt["uuid"] as String?).flatMap(AttemptID.parse), reviewed[id] != nil {
                var reader = ReportReader(filter: ReportFilter(), detail: .tallies)
                if let record = try reader.read(db, attempt: id) {
                    scores.append(record.score)
                    done += ended == nil ? 0 : 1
                    continue
                }
            }
            if let score: Int = attempt["score"], ended != nil {
                scores.append(score)
                done += 1
                continue
            }
            let turns = try Double.fetchAll(
                db, sql: "SELECT score FROM turn WHERE attemptId = ? ORDER BY \"index\"",
                arguments: [attempt["id"] as Int64])
            scores.append(Scoring.scenarioScore(turns))
        }
        return (scores, done)
    }
}

extension ResultStore {
    /// The drill run of every attempt played in one, by attempt id.
    public func drillRunsByAttempt() throws -> [UUID: UUID] {
        try read { db in
            guard try db.tableExists(ResultSchema.drillRun) else { return [:] }
            var runs: [UUID: UUID] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT uuid, drillRun FROM attempt WHERE drillRun IS NOT NULL")
            {
                if let attempt = AttemptID.parse(row["uuid"]), let run = AttemptID.parse(row["drillRun"]) {
                    runs[attempt] = run
                }
            }
            return runs
        }
    }
}
