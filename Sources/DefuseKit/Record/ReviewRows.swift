import Foundation
import GRDB

/// The `turnReview` table row (see ``ReviewSchema``). Internal: the public face is ``TurnReview``.
struct TurnReviewRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = ReviewSchema.turnReview

    var attemptId: Int64
    var turnIndex: Int
    var reviewer: String
    var reviewed: Date
    var note: String?
    var avoid: [String]
}

/// The `verdictReview` table row: one verdict a trainer set.
struct VerdictReviewRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = ReviewSchema.verdictReview

    var attemptId: Int64
    var turnIndex: Int
    var technique: String
    var present: Bool
    var reviewer: String
    var reviewed: Date
}

/// Reads the reviews of the attempts a report shows, by attempt UUID and 0-based turn index.
/// Reviews are few (a trainer writes each by hand), so they are read whole before the turns.
enum ReviewReader {
    /// The reviews of the attempts that `condition` (a `WHERE` clause on `attempt` and its
    /// arguments, as ``ReportReader/condition()`` makes) selects.
    static func read(_ db: Database, attempts condition: (String, StatementArguments)) throws
        -> [UUID: [Int: TurnReview]]
    {
        let (whereClause, arguments) = condition
        var uuids: [Int64: UUID] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT id, uuid FROM attempt
                WHERE id IN (SELECT attemptId FROM \(ReviewSchema.turnReview))
                \(whereClause.isEmpty ? "" : "AND id IN (SELECT id FROM attempt \(whereClause))")
                """, arguments: arguments)
        {
            if let text: String = row["uuid"], let uuid = AttemptID.parse(text) { uuids[row["id"]] = uuid }
        }
        guard !uuids.isEmpty else { return [:] }
        var reviews: [UUID: [Int: TurnReview]] = [:]
        for row in try TurnReviewRow.fetchAll(db, sql: "SELECT * FROM \(ReviewSchema.turnReview)") {
            guard let uuid = uuids[row.attemptId] else { continue }
            reviews[uuid, default: [:]][row.turnIndex] = TurnReview(
                note: row.note, reviewer: row.reviewer, reviewed: row.reviewed, avoid: row.avoid)
        }
        for row in try VerdictReviewRow.fetchAll(db, sql: "SELECT * FROM \(ReviewSchema.verdictReview)") {
            guard let uuid = uuids[row.attemptId] else { continue }
            reviews[uuid]?[row.turnIndex]?.verdicts[row.technique] = TurnReview.Verdict(
                present: row.present, reviewer: row.reviewer, reviewed: row.reviewed)
        }
        return reviews
    }
}
