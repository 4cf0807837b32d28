import Foundation
import GRDB
import GRDBSQLite

/// Reads attempts and their turns for a report, streaming the rows.
///
/// GRDB's `including(all:)` with `Codable` rows decoded five JSON columns per turn through
/// `JSONDecoder` and took seconds over a million turns. Here one ordered join is stepped with
/// SQLite's own calls (``RawRow``) and the JSON columns are read by ``JSONTextScanner`` straight
/// from SQLite's buffer. ``ReportDetail/tallies`` leaves out the columns only the JSON and HTML
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
    /// Whether ``stream(_:only:_:)`` goes from the latest attempt back (the HTML report lists
    /// attempts newest first); turns stay in order either way.
    var newestFirst = false
    private var interner = Interner()
    private let decoder = JSONDecoder()

    init(filter: ReportFilter, detail: ReportDetail, catalog: TechniqueCatalog = .rubric) {
        self.filter = filter
        self.detail = detail
        self.catalog = catalog
    }

    /// The attempt with id `id`, with its turns; nil when there is none.
    mutating func read(_ db: Database, attempt id: UUID) throws -> AttemptRecord? {
        var found: AttemptRecord?
        try stream(db, only: id) { found = $0 }
        return found
    }

    /// The attempts matching the filter, oldest first, each with its turns in order.
    mutating func read(_ db: Database) throws -> [AttemptRecord] {
        var attempts: [AttemptRecord] = []
        try stream(db) { attempts.append($0) }
        return attempts
    }

    /// The attempts matching the filter, oldest first, without their turns, each with this
    /// file's row key (which the `turn` table refers to).
    func readAttempts(_ db: Database) throws -> [(key: Int64, attempt: AttemptRecord)] {
        let (whereClause, arguments) = condition()
        let statement = try db.makeStatement(
            sql: """
                SELECT id, uuid, rep, cohort, scenario, contentHash, mode, drill, started, ended, outcome, score
                FROM attempt \(whereClause) ORDER BY started, id
                """)
        try statement.setArguments(arguments)
        let row = RawRow(statement.sqliteStatement)
        defer { sqlite3_reset(row.handle) }
        var attempts: [(Int64, AttemptRecord)] = []
        while try row.step(db) { attempts.append((row.int64(0), Self.attempt(row))) }
        return attempts
    }

    /// The attempt in columns 1 to 11 of `row` (`uuid` … `score`), without its turns.
    static func attempt(_ row: RawRow) -> AttemptRecord {
        AttemptRecord(
            id: row.text(1).flatMap(AttemptID.parse) ?? UUID(), rep: row.text(2) ?? "", cohort: row.text(3),
            scenario: row.text(4) ?? "", contentHash: row.text(5) ?? "",
            mode: row.text(6).flatMap(AttemptMode.init(rawValue:)) ?? .practice,
            drill: row.text(7), started: row.date(8) ?? Date(timeIntervalSince1970: 0), ended: row.date(9),
            ending: row.text(10).flatMap(Ending.init(rawValue:)),
            finalScore: row.isNull(11) ? nil : row.int(11))
    }

    /// Calls `body` with each attempt matching the filter, oldest first, with its turns in
    /// order, reading one attempt at a time: memory stays bounded however many turns there are.
    ///
    /// One query walks the attempts by start time and, for each, its turns by primary key, so
    /// SQLite returns rows already in report order without sorting them.
    mutating func stream(_ db: Database, only id: UUID? = nil, _ body: (AttemptRecord) throws -> Void) throws
    {
        let only = id.map { ("WHERE uuid = ?", StatementArguments([AttemptID.text($0)])) }
        let (whereClause, arguments) = only.map { ("WHERE a.uuid = ?", $0.1) } ?? condition()
        let reviews = try ReviewReader.read(db, attempts: only ?? condition())
        let catalog = catalog
        func deliver(_ attempt: AttemptRecord) throws {
            try body(reviews[attempt.id].map { attempt.applying($0, catalog: catalog) } ?? attempt)
        }
        let full = detail == .full
        // Stepped with SQLite's own calls (see `SummaryReader`): GRDB's row API wraps every text
        // column in a `Data`, and a JSON export reads fourteen columns for each of up to a
        // million turns.
        let statement = try db.makeStatement(
            sql: """
                SELECT a.id, a.uuid, a.rep, a.cohort, a.scenario, a.contentHash, a.mode, a.drill, a.started, a.ended,
                    a.outcome, a.score, t.attemptId, t."index", t.choice, t.detected, t.met, t.missed,
                    t.violations, t.score, t.moodBefore, t.moodAfter, t.branch, t.recorded
                    \(full ? ", t.node, t.reply, t.evidence" : "")
                FROM attempt a LEFT JOIN turn t ON t.attemptId = a.id
                \(whereClause) ORDER BY \(newestFirst ? "a.started DESC, a.id DESC" : "a.started, a.id"), t."index"
                """)
        try statement.setArguments(arguments)
        let row = RawRow(statement.sqliteStatement)
        defer { sqlite3_reset(row.handle) }
        var current: AttemptRecord?
        var currentKey: Int64?
        while try row.step(db) {
            let key = row.int64(0)
            if currentKey != key {
                if let done = current { try deliver(done) }
                current = Self.attempt(row)
                currentKey = key
            }
            // An attempt without turns comes back once, with the turn columns null.
            guard !row.isNull(12) else { continue }
            let turn = Turn(
                node: full ? row.text(24) ?? "" : "", reply: full ? row.text(25) ?? "" : "",
                choice: row.isNull(14) ? nil : row.int(14),
                detected: try strings(row, 15), met: try strings(row, 16), missed: try strings(row, 17),
                violations: try strings(row, 18), evidence: full ? try evidence(row, 26) : [:],
                score: row.double(19), moodBefore: row.int(20), moodAfter: row.int(21), branch: row.int(22))
            current?.turns.append(
                TurnRecord(turn, index: row.int(13), recorded: row.date(23) ?? Date(timeIntervalSince1970: 0))
            )
        }
        if let done = current { try deliver(done) }
    }

    private mutating func strings(_ row: RawRow, _ column: CInt) throws -> [String] {
        guard let bytes = row.bytes(column) else { return [] }
        if let fast = JSONTextScanner.stringArray(bytes, interner: &interner) { return fast }
        return try decoder.decode([String].self, from: Data(buffer: bytes))
    }

    private mutating func evidence(_ row: RawRow, _ column: CInt) throws -> [String: [String]] {
        guard let bytes = row.bytes(column) else { return [:] }
        if let fast = JSONTextScanner.stringArrays(bytes, interner: &interner) { return fast }
        return try decoder.decode([String: [String]].self, from: Data(buffer: bytes))
    }

    /// The SQL condition on `attempt` for the filter, and its arguments.
    func condition() -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments = StatementArguments()
        if reviewedOnly { clauses.append("id IN (SELECT attemptId FROM \(ReviewSchema.turnReview))") }
        if let rep = filter.rep {
            clauses.append("rep = ?")
            arguments += [rep]
        }
        if let cohort = filter.cohort {
            clauses.append("cohort = ?")
            arguments += [cohort]
        }
        if let scenario = filter.scenario {
            clauses.append("scenario = ?")
            arguments += [scenario]
        }
        if let since = filter.since {
            clauses.append("started >= ?")
            arguments += [since]
        }
        if let drill = filter.drill {
            clauses.append("drill = ?")
            arguments += [drill]
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }

}

/// The current row of a statement stepped with SQLite's own calls, read column by column
/// without copying (bytes are valid until the next step).
struct RawRow {
    let handle: SQLiteStatement

    init(_ handle: SQLiteStatement) { self.handle = handle }

    /// Moves to the next row: false when there is none, an error when SQLite reports one.
    func step(_ db: Database) throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return false }
        guard code == SQLITE_ROW else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        return true
    }

    func isNull(_ column: CInt) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    func int64(_ column: CInt) -> Int64 { sqlite3_column_int64(handle, column) }
    func int(_ column: CInt) -> Int { Int(sqlite3_column_int64(handle, column)) }
    func double(_ column: CInt) -> Double { sqlite3_column_double(handle, column) }

    /// The column's bytes as text or blob; nil when it is NULL.
    func bytes(_ column: CInt) -> UnsafeBufferPointer<UInt8>? {
        guard !isNull(column) else { return nil }
        guard let pointer = sqlite3_column_blob(handle, column) else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(
            start: pointer.assumingMemoryBound(to: UInt8.self),
            count: Int(sqlite3_column_bytes(handle, column)))
    }

    func text(_ column: CInt) -> String? { bytes(column).map { String(decoding: $0, as: UTF8.self) } }

    /// A date as GRDB stores it, parsed by hand; GRDB's general parser for anything else.
    func date(_ column: CInt) -> Date? {
        let type = sqlite3_column_type(handle, column)
        if type == SQLITE_INTEGER || type == SQLITE_FLOAT {
            // GRDB reads a number as seconds since 1970.
            return Date(timeIntervalSince1970: sqlite3_column_double(handle, column))
        }
        guard let bytes = bytes(column) else { return nil }
        if let fast = DatabaseDate.parse(bytes) { return fast }
        return Date.fromDatabaseValue(String(decoding: bytes, as: UTF8.self).databaseValue)
    }
}
