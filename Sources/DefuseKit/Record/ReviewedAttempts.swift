import Foundation

/// The reviewed turns met while ``SummaryReader`` streams the `turn` table: each is decoded
/// whole and read with the trainer's verdicts applied, and the turn scores of every attempt
/// with a review are kept, so that its score can be computed again.
struct ReviewedAttempts {
    let reviews: [UUID: [Int: TurnReview]]
    let catalog: TechniqueCatalog
    /// The UUIDs of reviewed attempts, by this file's row key.
    private var uuids: [Int64: UUID] = [:]
    /// Per reviewed attempt, its turns (reviewed ones with the review applied).
    private var turns: [UUID: [TurnRecord]] = [:]
    private let decoder = JSONDecoder()

    init(
        reviews: [UUID: [Int: TurnReview]], keys: [(key: Int64, attempt: AttemptRecord)],
        catalog: TechniqueCatalog
    ) {
        self.reviews = reviews
        self.catalog = catalog
        for (key, attempt) in keys where reviews[attempt.id] != nil { uuids[key] = attempt.id }
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

    /// Gives each reviewed attempt of `attempts` its turns' reviewed score, and returns the
    /// reviewed turns as a report lists them.
    func apply(to attempts: inout [AttemptRecord]) -> [ReviewEntry] {
        var entries: [ReviewEntry] = []
        for position in attempts.indices {
            guard var recorded = turns[attempts[position].id] else { continue }
            recorded.sort { $0.index < $1.index }
            var attempt = attempts[position]
            attempt.turns = recorded
            let gradedTurns = recorded.map { ($0.graded ?? $0.turn).score }
            let graded = attempt.finalScore ?? Scoring.scenarioScore(gradedTurns, ending: attempt.ending)
            attempt = attempt.rescored(gradedScore: graded)
            entries += recorded.compactMap { ReviewEntry(attempt: attempt, turn: $0) }
            attempts[position].finalScore = attempt.finalScore
            attempts[position].gradedScore = attempt.gradedScore
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
