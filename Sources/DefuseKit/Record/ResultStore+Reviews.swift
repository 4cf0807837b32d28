import Foundation

extension ResultStore {
    /// Saves `review` as the trainer's review of the turn at `turn` (0-based) of `attempt`,
    /// replacing any earlier one, in one transaction; nil removes the turn's review. The recorded
    /// turn is never changed.
    ///
    /// - Throws: ``StoreError/unknownAttempt(_:)`` when there is no such attempt, or
    ///   ``StoreError/unknownTurn(attempt:index:)`` when it has no such turn.
    ///
    /// `reroutes`, when given, replaces every ``TurnReview/reroute`` of the attempt's reviews in
    /// the same transaction: the one ``Reroute`` by the reviewed turn (0-based) that carries it,
    /// or none (`[:]`). `defuse review` passes what ``RouteReplay`` found with the new review.
    public func saveReview(
        _ review: TurnReview?, turn: Int, attempt: UUID, reroutes: [Int: Reroute]? = nil
    ) throws {
        try write { db in
            let key = try Self.key(of: attempt, db)
            guard
                try db.count(
                    "SELECT count(*) FROM turn WHERE attemptId = ? AND \"index\" = ?", [key, turn]) == 1
            else { throw StoreError.unknownTurn(attempt: attempt, index: turn) }
            try db.execute(
                "DELETE FROM \(ReviewSchema.turnReview) WHERE attemptId = ? AND turnIndex = ?", [key, turn])
            if let review { try Self.insert(review, turn: turn, attempt: key, db) }
            guard let reroutes else { return }
            try db.execute("UPDATE \(ReviewSchema.turnReview) SET reroute = NULL WHERE attemptId = ?", [key])
            for (index, reroute) in reroutes {
                try db.execute(
                    "UPDATE \(ReviewSchema.turnReview) SET reroute = ? WHERE attemptId = ? AND turnIndex = ?",
                    [try JSONColumn.text(reroute), key, index])
            }
        }
    }

    /// Inserts the review of the turn at `turn` of the attempt whose row key is `key`.
    static func insert(_ review: TurnReview, turn: Int, attempt key: Int64, _ db: any StoreDatabase) throws {
        try db.execute(
            """
            INSERT INTO \(ReviewSchema.turnReview) (attemptId, turnIndex, reviewer, reviewed, note, avoid, reroute)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                key, turn, review.reviewer, review.reviewed, review.note, try JSONColumn.text(review.avoid),
                try review.reroute.map { try JSONColumn.text($0) },
            ])
        for (technique, verdict) in review.verdicts.sorted(by: { $0.key < $1.key }) {
            try db.execute(
                """
                INSERT INTO \(ReviewSchema.verdictReview) (attemptId, turnIndex, technique, present, reviewer,
                    reviewed)
                VALUES (?, ?, ?, ?, ?, ?)
                """, [key, turn, technique, verdict.present, verdict.reviewer, verdict.reviewed])
        }
    }

    /// The attempt with this id, with its turns and their reviews applied; nil when none.
    public func attempt(id: UUID, catalog: TechniqueCatalog = .rubric) throws -> AttemptRecord? {
        try read { db in
            var reader = ReportReader(filter: ReportFilter(), detail: .full, catalog: catalog)
            return try reader.read(db, attempt: id)
        }
    }

    /// The attempts that match `filter` and have a reviewed turn, oldest first, with their turns
    /// and reviews: what the agreement figures and the export read.
    public func reviewedAttempts(_ filter: ReportFilter = ReportFilter(), catalog: TechniqueCatalog = .rubric)
        throws -> [AttemptRecord]
    {
        try read { db in
            var reader = ReportReader(filter: filter, detail: .full, catalog: catalog)
            reader.reviewedOnly = true
            return try reader.read(db)
        }
    }

    /// The attempts that match `filter`, newest first, at most `limit`, without their turns:
    /// the list a trainer picks an attempt to review from. With `awaitingReview`, only drill
    /// attempts with replies waiting for a trainer (``AttemptRecord/answersAwaitingReview``).
    public func recentAttempts(
        _ filter: ReportFilter = ReportFilter(), limit: Int, awaitingReview: Bool = false
    ) throws -> [AttemptRecord] {
        try read { db in
            var attempts: [AttemptRecord] = []
            var reader = ReportReader(filter: filter, detail: .tallies)
            reader.awaitingReviewOnly = awaitingReview
            try reader.forEachAttempt(
                db, newestFirst: true, limit: limit
            ) {
                attempts.append($1)
            }
            return attempts
        }
    }

    /// The id of the one attempt whose UUID starts with `prefix` (any case, hyphens as typed).
    ///
    /// - Throws: ``StoreError/noSuchAttempt(_:)`` when none matches and
    ///   ``StoreError/ambiguousAttempt(_:)`` when several do.
    public func attemptID(matching prefix: String) throws -> UUID {
        let text = prefix.trimmingCharacters(in: .whitespaces).lowercased()
        guard !text.isEmpty, text.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw StoreError.noSuchAttempt(prefix)
        }
        let matches = try read { db in
            try db.all("SELECT uuid FROM attempt WHERE uuid LIKE ? ORDER BY uuid LIMIT 2", [text + "%"]) {
                $0.text(0) ?? ""
            }
        }
        guard let first = matches.first, let uuid = AttemptID.parse(first) else {
            throw StoreError.noSuchAttempt(prefix)
        }
        guard matches.count == 1 else { throw StoreError.ambiguousAttempt(prefix) }
        return uuid
    }
}
