internal import GRDB

/// The tables that hold trainers' reviews (added by the migration `v3: trainer reviews`).
///
/// Reviews sit beside the recorded turns and never change them: the grader's verdicts stay in
/// `turn`, the trainer's in these two tables.
///
/// - `turnReview`: one row per reviewed turn, keyed by (`attemptId`, `turnIndex`), `turnIndex`
///   being the turn's 0-based `index`. `reviewer` and `reviewed` say who changed the review last
///   and when; `note` is the trainer's note (NULL when none); `avoid` is a JSON array of the
///   violation ids the turn's node avoided when the review was made (a violation the trainer
///   marks present costs the turn points only when listed). A row without verdicts means the
///   trainer read the turn and agreed with every verdict.
/// - `verdictReview`: one row per verdict a trainer set, keyed by (`attemptId`, `turnIndex`,
///   `technique`): `present` (0 or 1), `reviewer`, `reviewed`. Setting a verdict again replaces
///   the row.
///
/// - `turnReview.reroute` (migration "review reroutes"): where the attempt's story goes when
///   its replies are read with the trainers' verdicts, as JSON (``Reroute``: `turn`, `node`,
///   `ending`, `contentHash`), on the one review that decided it; NULL on every other review
///   and on reviews recorded before. Written with the review by `defuse review`, which replays
///   the attempt through its scenario (``RouteReplay``).
///
/// Both cascade from the turn, so a turn taken back (`/retry`) or a deleted attempt takes its
/// review with it. An import copies both tables with the attempt's turns.
enum ReviewSchema {
    static let turnReview = "turnReview"
    static let verdictReview = "verdictReview"

    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3: trainer reviews") { db in
            try db.create(table: turnReview) { t in
                t.column("attemptId", .integer).notNull()
                t.column("turnIndex", .integer).notNull()
                t.primaryKey(["attemptId", "turnIndex"])
                t.foreignKey(
                    ["attemptId", "turnIndex"], references: ResultSchema.turn,
                    columns: ["attemptId", "index"],
                    onDelete: .cascade)
                t.column("reviewer", .text).notNull()
                t.column("reviewed", .datetime).notNull()
                t.column("note", .text)
                t.column("avoid", .jsonText).notNull()
            }
            try db.create(table: verdictReview) { t in
                t.column("attemptId", .integer).notNull()
                t.column("turnIndex", .integer).notNull()
                t.column("technique", .text).notNull()
                t.primaryKey(["attemptId", "turnIndex", "technique"])
                t.foreignKey(
                    ["attemptId", "turnIndex"], references: turnReview, columns: ["attemptId", "turnIndex"],
                    onDelete: .cascade)
                t.column("present", .boolean).notNull()
                t.column("reviewer", .text).notNull()
                t.column("reviewed", .datetime).notNull()
            }
        }
    }

    static func registerReroutes(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("review reroutes") { db in
            try db.alter(table: turnReview) { t in t.add(column: "reroute", .jsonText) }
        }
    }
}
