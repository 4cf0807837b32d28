import GRDB

/// The results database schema, as GRDB migrations. Never edit a registered migration: add a
/// new one, so databases written by earlier versions upgrade in place.
///
/// - `attempt`: one row per scenario played. `ended`, `outcome` and `score` stay NULL until the
///   attempt reaches an end, so an attempt cut short reads as abandoned.
/// - `turn`: one row per graded reply, keyed by (`attemptId`, `index`); `detected`, `evidence`,
///   `met`, `missed` and `violations` hold JSON.
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
        return migrator
    }
}
