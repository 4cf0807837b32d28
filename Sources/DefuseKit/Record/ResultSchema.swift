import Foundation
internal import GRDB

/// The results database schema, as GRDB migrations. Never edit a registered migration: add a
/// new one, so databases written by earlier versions upgrade in place.
///
/// - `attempt`: one row per scenario played. `ended`, `outcome` and `score` stay NULL until the
///   attempt reaches an end, so an attempt cut short reads as abandoned.
/// - `turn`: one row per graded reply, keyed by (`attemptId`, `index`); `detected`, `evidence`,
///   `met`, `missed` and `violations` hold JSON.
/// - `attempt.uuid` (v2): the attempt's stable id as lowercase text (``AttemptID``); the integer
///   `id` is only this file's key for its turns.
/// - `turnReview`, `verdictReview`: trainers' reviews of turns (see ``ReviewSchema``).
/// - `turn.evidenceSpans` ("evidence spans"): where each id's evidence stands in the reply, as
///   `{"apology": [[4, 9], null]}` (UTF-8 offsets, in the order of `evidence`; see
///   ``EvidenceSpans``).
/// - `drillRun`: drill runs (see `registerDrillRuns`); `lrsStatement`: what each learning record
///   store accepted from `defuse push` (see `registerLRSStatements`).
enum ResultSchema {
    static let attempt = "attempt"
    static let turn = "turn"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: attempts and turns") { db in
            try db.create(table: attempt) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("rep", .text).notNull()
                t.column("cohort", .text)
                t.column("scenario", .text).notNull()
                t.column("contentHash", .text).notNull()
                t.column("mode", .text).notNull().check { ["practice", "drill"].contains($0) }
                t.column("drill", .text)
                t.column("started", .datetime).notNull()
                t.column("ended", .datetime)
                t.column("outcome", .text).check { $0 == nil || Ending.allCases.map(\.rawValue).contains($0) }
                t.column("score", .integer).check { $0 == nil || ($0 >= 0 && $0 <= 100) }
            }
            try db.create(index: "attempt_on_rep_started", on: attempt, columns: ["rep", "started"])
            try db.create(index: "attempt_on_started", on: attempt, columns: ["started"])
            try db.create(table: turn) { t in
                t.column("attemptId", .integer).notNull()
                    .references(attempt, onDelete: .cascade)
                t.column("index", .integer).notNull().check { $0 >= 0 }
                t.primaryKey(["attemptId", "index"])
                t.column("node", .text).notNull()
                t.column("reply", .text).notNull()
                t.column("choice", .integer)
                t.column("detected", .jsonText).notNull()
                t.column("evidence", .jsonText).notNull()
                t.column("met", .jsonText).notNull()
                t.column("missed", .jsonText).notNull()
                t.column("violations", .jsonText).notNull()
                t.column("score", .double).notNull().check { $0 >= 0 && $0 <= 1 }
                t.column("moodBefore", .integer).notNull()
                t.column("moodAfter", .integer).notNull()
                t.column("branch", .integer).notNull()
                t.column("recorded", .datetime).notNull()
            }
        }
        migrator.registerMigration("v2: attempt uuids") { db in
            // A stable id for every attempt, the same in every store it is imported into.
            // Attempts recorded before this migration get a random one here.
            try db.alter(table: attempt) { t in t.add(column: "uuid", .text) }
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM attempt WHERE uuid IS NULL")
            let update = try db.makeStatement(sql: "UPDATE attempt SET uuid = ? WHERE id = ?")
            for id in ids { try update.execute(arguments: [AttemptID.text(UUID()), id]) }
            try db.create(index: "attempt_on_uuid", on: attempt, columns: ["uuid"], unique: true)
        }
        ReviewSchema.register(in: &migrator)
        registerDrillRuns(&migrator)
        registerLRSStatements(&migrator)
        registerDrillFailOn(&migrator)
        migrator.registerMigration("turn avoided") { db in
            // The violations each turn's node avoided, so reports count a violation only where
            // it was to be avoided. NULL for turns recorded before: their `violations` stand in.
            try db.alter(table: turn) { t in t.add(column: "avoided", .jsonText) }
        }
        ReviewSchema.registerReroutes(in: &migrator)
        migrator.registerMigration("evidence spans") { db in
            // Where each piece of evidence stands in the reply (``EvidenceSpans``). NULL for
            // turns recorded before: their evidence is quoted from the first place it occurs.
            try db.alter(table: turn) { t in t.add(column: "evidenceSpans", .jsonText) }
        }
        migrator.registerMigration("ending breach") { db in
            // 1 when the attempt reached an end node marked `breach: true` (a line crossed, not
            // a customer lost), which a drill with `fail_on: [breach]` fails on. NULL for an
            // attempt not ended, or recorded before: those read as no breach.
            try db.alter(table: attempt) { t in t.add(column: "breach", .integer) }
        }
        migrator.registerMigration("breach cleared at check") { db in
            // The 1-based turn of a reply in which a breach was read and that a check then
            // cleared (review12 finding 12(b)): a drill holds the run until a trainer reviews
            // that turn. NULL for none, and for attempts recorded before.
            try db.alter(table: attempt) { t in t.add(column: "clearedAtCheck", .integer) }
        }
        migrator.registerMigration("ending score cap") { db in
            // The `score_cap` of the end node reached and that node's id (``ScoreCap``), so a
            // score computed again after a review keeps the cap and reports say which ending
            // capped it. NULL for an ending without one, and for attempts recorded before.
            try db.alter(table: attempt) { t in
                t.add(column: "scoreCap", .integer)
                t.add(column: "scoreCapEnding", .text)
            }
        }
        return migrator
    }
}
