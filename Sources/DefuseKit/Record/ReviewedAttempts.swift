import Foundation

/// The reviewed turns met while ``SummaryReader`` streams the `turn` table: each is decoded
/// whole and read with the trainer's verdicts applied, and the turn scores of every attempt
/// with a review are kept, so that its score can be computed again.
struct ReviewedAttempts {
    let reviews: [UUID: [Int: TurnReview]]
    let catalog: TechniqueCatalog
    /// The UUIDs of reviewed attempts, by this file's row key.
    private var uuids: [Int64: UUID] = [:]
    /// The reviewed attempts, oldest first, without turns, each with its place in the caller's
    /// list of attempts.
    private var attempts: [(slot: Int, attempt: AttemptRecord)] = []
    /// Per reviewed attempt, its turns (reviewed ones with the review applied).
    private var turns: [UUID: [TurnRecord]] = [:]
    private let decoder = JSONDecoder()

    init(reviews: [UUID: [Int: TurnReview]], catalog: TechniqueCatalog) {
        self.reviews = reviews
        self.catalog = catalog
    }

    /// Keeps `attempt` (row key `key`, place `slot` in the caller's list) when it has a review;
    /// attempts must come oldest first.
    mutating func note(_ attempt: AttemptRecord, key: Int64, slot: Int) {
        guard reviews[attempt.id] != nil else { return }
        uuids[key] = attempt.id
        attempts.append((slot, attempt))
    }

    /// For a row (`attemptId`, `choice`, `met`, `missed`, `detected`, `index`, `violations`,
    /// `score`, `avoided`) of an attempt with a review: the turn as reviewed; nil for any other row.
    mutating func turn(_ row: any StoreRow) throws -> TurnRecord? {
        guard let attempt = uuids[row.int64(0)], let attemptReviews = reviews[attempt] else { return nil }
        let index = row.int(5)
        let violations = try strings(row, 6)
        let graded = Turn(
            node: "", reply: "", choice: row.optionalInt(1), detected: try strings(row, 4),
            met: try strings(row, 2), missed: try strings(row, 3), violations: violations,
            evidence: [:], score: row.double(7), moodBefore: 0, moodAfter: 0, branch: 0,
            avoided: row.isNull(8) ? violations : try strings(row, 8))
        var record = TurnRecord(graded, index: index, recorded: Date(timeIntervalSince1970: 0))
        if let review = attemptReviews[index] { record = record.applying(review, catalog: catalog) }
        turns[attempt, default: []].append(record)
        return record.review == nil ? nil : record
    }

    /// Computes each reviewed attempt's score again from its turns as reviewed, hands it to
    /// `score` with the attempt's place (nil when the attempt was abandoned), and returns the
    /// reviewed turns as a report lists them, oldest attempt first.
    func rescore(_ score: (_ slot: Int, _ score: Int?) -> Void) -> [ReviewEntry] {
        var entries: [ReviewEntry] = []
        for (slot, stored) in attempts {
            guard var recorded = turns[stored.id] else { continue }
            recorded.sort { $0.index < $1.index }
            var attempt = stored
            attempt.turns = recorded
            let gradedTurns = recorded.map { ($0.graded ?? $0.turn).score }
            let graded =
                attempt.finalScore
                ?? Scoring.scenarioScore(gradedTurns, ending: attempt.ending, cap: attempt.scoreCap?.cap)
            attempt = attempt.rescored(gradedScore: graded)
            entries += recorded.compactMap { ReviewEntry(attempt: attempt, turn: $0) }
            var listed = stored
            listed.finalScore = attempt.finalScore
            listed.gradedScore = attempt.gradedScore
            listed.ending = attempt.ending
            score(slot, listed.isAbandoned ? nil : listed.score)
        }
        return entries
    }

    private func strings(_ row: any StoreRow, _ column: Int) throws -> [String] {
        try row.withBytes(column) { bytes in
            guard let bytes else { return [] }
            return try decoder.decode([String].self, from: Data(buffer: bytes))
        }
    }
}
