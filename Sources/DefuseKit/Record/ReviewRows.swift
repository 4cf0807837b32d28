import Foundation
internal import GRDB

/// The `turnReview` table row (see ``ReviewSchema``). Internal: the public face is ``TurnReview``.
struct TurnReviewRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = ReviewSchema.turnReview

    var attemptId: Int64
    var turnIndex: Int
    var reviewer: String
    var reviewed: Date
    var note: String?
    var avoid: [String]
    var reroute: Reroute?
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
    static func read(_ db: any StoreDatabase, attempts condition: (String, [any StoreBindable])) throws
        -> [UUID: [Int: TurnReview]]
    {
        let (whereClause, arguments) = condition
        var uuids: [Int64: UUID] = [:]
        try db.each(
            """
            SELECT id, uuid FROM attempt
            WHERE id IN (SELECT attemptId FROM \(ReviewSchema.turnReview))
            \(whereClause.isEmpty ? "" : "AND id IN (SELECT id FROM attempt \(whereClause))")
            """, arguments
        ) { row in
            if let uuid = row.text(1).flatMap(AttemptID.parse) { uuids[row.int64(0)] = uuid }
        }
        guard !uuids.isEmpty else { return [:] }
        let decoder = JSONDecoder()
        var reviews: [UUID: [Int: TurnReview]] = [:]
        try db.each(
            """
            SELECT attemptId, turnIndex, reviewer, reviewed, note, avoid, reroute
            FROM \(ReviewSchema.turnReview)
            """, []
        ) { row in
            guard let uuid = uuids[row.int64(0)] else { return }
            let avoid = try row.withBytes(5) { bytes in
                try bytes.map { try decoder.decode([String].self, from: Data(buffer: $0)) } ?? []
            }
            let reroute = try row.withBytes(6) { bytes in
                try bytes.map { try decoder.decode(Reroute.self, from: Data(buffer: $0)) }
            }
            reviews[uuid, default: [:]][row.int(1)] = TurnReview(
                note: row.text(4), reviewer: row.text(2) ?? "",
                reviewed: row.date(3) ?? Date(timeIntervalSince1970: 0), avoid: avoid, reroute: reroute)
        }
        try db.each(
            """
            SELECT attemptId, turnIndex, technique, present, reviewer, reviewed
            FROM \(ReviewSchema.verdictReview)
            """, []
        ) { row in
            guard let uuid = uuids[row.int64(0)] else { return }
            reviews[uuid]?[row.int(1)]?.verdicts[row.text(2) ?? ""] = TurnReview.Verdict(
                present: row.bool(3), reviewer: row.text(4) ?? "",
                reviewed: row.date(5) ?? Date(timeIntervalSince1970: 0))
        }
        return reviews
    }
}
