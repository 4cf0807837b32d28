import Foundation

/// Reads attempts and their turns for a report, streaming the rows.
///
/// GRDB's `including(all:)` with `Codable` rows decoded five JSON columns per turn through
/// `JSONDecoder` and took seconds over a million turns. Here one ordered join is streamed
/// (``StoreDatabase/stream(_:_:_:)``: SQLite's own calls, a PostgreSQL cursor) and the JSON
/// columns are read by ``JSONTextScanner`` straight from the store's buffer. ``ReportDetail/tallies`` leaves out the columns only the JSON and HTML
/// reports show (node, reply, evidence).
///
/// Trainers' reviews (``ReviewReader``) are applied to the turns they review, so every report
/// shows the trainer's verdicts and the scores they give.
struct ReportReader {
    let filter: ReportFilter
    let detail: ReportDetail
    let catalog: TechniqueCatalog
    /// Only attempts with a turn a trainer reviewed (agreement and export read no others).
    var reviewedOnly = false
    /// Only drill attempts waiting for a trainer's review: replies the grader could not read
    /// (``AttemptRecord/answersAwaitingReview``) or an ending that failed the run by its
    /// `fail_on:` (``AttemptRecord/pendingReviewCondition``).
    var awaitingReviewOnly = false
    /// Whether ``stream(_:only:_:)`` goes from the latest attempt back (the HTML report lists
    /// attempts newest first); turns stay in order either way.
    var newestFirst = false
    /// Whether trainers' reviews are applied to the turns (an import copies the turns as
    /// graded, and the reviews beside them).
    var appliesReviews = true
    private var interner = Interner()
    private let decoder = JSONDecoder()

    init(filter: ReportFilter, detail: ReportDetail, catalog: TechniqueCatalog = .rubric) {
        self.filter = filter
        self.detail = detail
        self.catalog = catalog
    }

    /// The attempt with id `id`, with its turns; nil when there is none.
    mutating func read(_ db: any StoreDatabase, attempt id: UUID) throws -> AttemptRecord? {
        var found: AttemptRecord?
        try stream(db, only: id) { found = $0 }
        return found
    }

    /// The attempts matching the filter, oldest first, each with its turns in order.
    mutating func read(_ db: any StoreDatabase) throws -> [AttemptRecord] {
        var attempts: [AttemptRecord] = []
        try stream(db) { attempts.append($0) }
        return attempts
    }

    /// Calls `body` with each attempt matching the filter, without its turns, and this file's row
    /// key for it (which the `turn` table refers to): oldest first, or newest first and at most
    /// `limit` of them. One attempt is in memory at a time.
    func forEachAttempt(
        _ db: any StoreDatabase, newestFirst: Bool = false, limit: Int? = nil,
        _ body: (_ key: Int64, _ attempt: AttemptRecord) throws -> Void
    ) throws {
        let (whereClause, arguments) = condition()
        let order = newestFirst ? "started DESC, id DESC" : "started, id"
        try db.stream(
            """
            SELECT id, uuid, rep, cohort, scenario, contentHash, mode, drill, started, ended, outcome, score, breach,
                clearedAtCheck, scoreCap, scoreCapEnding
            FROM attempt \(whereClause) ORDER BY \(order)\(limit.map { " LIMIT \(max(0, $0))" } ?? "")
            """, arguments
        ) { row in try body(row.int64(0), Self.attempt(row, breach: 12)) }
    }

    /// The attempt in columns 1 to 11 of `row` (`uuid` … `score`) and its `breach` column, with
    /// `clearedAtCheck`, `scoreCap` and `scoreCapEnding` in the columns after it, without its turns.
    static func attempt(_ row: any StoreRow, breach: Int) -> AttemptRecord {
        var attempt = AttemptRecord(
            id: row.text(1).flatMap(AttemptID.parse) ?? UUID(), rep: row.text(2) ?? "", cohort: row.text(3),
            scenario: row.text(4) ?? "", contentHash: row.text(5) ?? "",
            mode: row.text(6).flatMap(AttemptMode.init(rawValue:)) ?? .practice,
            drill: row.text(7), started: row.date(8) ?? Date(timeIntervalSince1970: 0), ended: row.date(9),
            ending: row.text(10).flatMap(Ending.init(rawValue:)),
            finalScore: row.optionalInt(11))
        attempt.endedInBreach = !row.isNull(breach) && row.int(breach) != 0
        attempt.clearedAtCheck = row.optionalInt(breach + 1)
        if let cap = row.optionalInt(breach + 2), let ending = row.text(breach + 3) {
            attempt.scoreCap = ScoreCap(ending: ending, cap: cap)
        }
        return attempt
    }

    /// Calls `body` with each attempt matching the filter, oldest first, with its turns in
    /// order, reading one attempt at a time: memory stays bounded however many turns there are.
    ///
    /// One query walks the attempts by start time and, for each, its turns by primary key, so
    /// SQLite returns rows already in report order without sorting them.
    mutating func stream(
        _ db: any StoreDatabase, only id: UUID? = nil, _ body: (AttemptRecord) throws -> Void
    ) throws {
        let only = id.map { ("WHERE uuid = ?", [AttemptID.text($0)] as [any StoreBindable]) }
        let (whereClause, arguments) = only.map { ("WHERE a.uuid = ?", $0.1) } ?? condition()
        let reviews = appliesReviews ? try ReviewReader.read(db, attempts: only ?? condition()) : [:]
        let catalog = catalog
        func deliver(_ attempt: AttemptRecord) throws {
            try body(reviews[attempt.id].map { attempt.applying($0, catalog: catalog) } ?? attempt)
        }
        let full = detail == .full
        var current: AttemptRecord?
        var currentKey: Int64?
        try db.stream(
            """
            SELECT a.id, a.uuid, a.rep, a.cohort, a.scenario, a.contentHash, a.mode, a.drill, a.started, a.ended,
                a.outcome, a.score, t.attemptId, t."index", t.choice, t.detected, t.met, t.missed,
                t.violations, t.score, t.moodBefore, t.moodAfter, t.branch, t.recorded, t.avoided
                \(full ? ", t.node, t.reply, t.evidence, t.evidenceSpans" : ""), a.breach, a.clearedAtCheck,
                a.scoreCap, a.scoreCapEnding
            FROM attempt a LEFT JOIN turn t ON t.attemptId = a.id
            \(whereClause) ORDER BY \(newestFirst ? "a.started DESC, a.id DESC" : "a.started, a.id"), t."index"
            """, arguments
        ) { row in
            let key = row.int64(0)
            if currentKey != key {
                if let done = current { try deliver(done) }
                current = Self.attempt(row, breach: full ? 29 : 25)
                currentKey = key
            }
            // An attempt without turns comes back once, with the turn columns null.
            guard !row.isNull(12) else { return }
            let violations = try strings(row, 18)
            let turn = Turn(
                node: full ? row.text(25) ?? "" : "", reply: full ? row.text(26) ?? "" : "",
                choice: row.optionalInt(14),
                detected: try strings(row, 15), met: try strings(row, 16), missed: try strings(row, 17),
                violations: violations, evidence: full ? try evidence(row, 27) : [:],
                score: row.double(19), moodBefore: row.int(20), moodAfter: row.int(21), branch: row.int(22),
                // A turn recorded before `avoided` was kept: its violations are the ones known.
                avoided: row.isNull(24) ? violations : try strings(row, 24),
                spans: full ? try row.withBytes(28) { try EvidenceSpans.read($0) } : [:])
            current?.turns.append(
                TurnRecord(turn, index: row.int(13), recorded: row.date(23) ?? Date(timeIntervalSince1970: 0))
            )
        }
        if let done = current { try deliver(done) }
    }

    private mutating func strings(_ row: any StoreRow, _ column: Int) throws -> [String] {
        try row.withBytes(column) { bytes in
            guard let bytes else { return [] }
            if let fast = JSONTextScanner.stringArray(bytes, interner: &interner) { return fast }
            return try decoder.decode([String].self, from: Data(buffer: bytes))
        }
    }

    private mutating func evidence(_ row: any StoreRow, _ column: Int) throws -> [String: [String]] {
        try row.withBytes(column) { bytes in
            guard let bytes else { return [:] }
            if let fast = JSONTextScanner.stringArrays(bytes, interner: &interner) { return fast }
            return try decoder.decode([String: [String]].self, from: Data(buffer: bytes))
        }
    }

    /// The SQL condition on `attempt` for the filter, and its arguments.
    func condition() -> (String, [any StoreBindable]) {
        var clauses: [String] = []
        var arguments: [any StoreBindable] = []
        if reviewedOnly { clauses.append("id IN (SELECT attemptId FROM \(ReviewSchema.turnReview))") }
        if awaitingReviewOnly { clauses.append(AttemptRecord.pendingReviewCondition) }
        if let rep = filter.rep {
            clauses.append("rep = ?")
            arguments.append(rep)
        }
        if let cohort = filter.cohort {
            clauses.append("cohort = ?")
            arguments.append(cohort)
        }
        if let scenario = filter.scenario {
            clauses.append("scenario = ?")
            arguments.append(scenario)
        }
        if let since = filter.since {
            clauses.append("started >= ?")
            arguments.append(since)
        }
        if let drill = filter.drill {
            clauses.append("drill = ?")
            arguments.append(drill)
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }

}
