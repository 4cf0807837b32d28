import Foundation
internal import GRDB

/// The results database: every attempt a rep makes and every reply graded in it, in a local
/// SQLite file, or on a team's PostgreSQL server that a room of laptops shares.
///
/// Each call is one short transaction, committed before it returns, so an attempt cut short by
/// Ctrl-C, a closed terminal or `SIGKILL` keeps every reply recorded before it and reads back as
/// `abandoned`. The SQLite file runs in WAL mode with a busy timeout, so several `defuse`
/// processes can write into one file at once without losing anything; on PostgreSQL the server
/// orders the writes of every laptop. Both run the same SQL (``StoreDatabase``), so every
/// command works the same on either.
///
/// ```swift
/// let store = try ResultStore(path: ResultStore.defaultPath(override: nil, environment: env))
/// let attempt = try store.begin(AttemptStart(rep: "Ana", scenario: "wrong-tray", contentHash: hash, mode: .drill))
/// try store.record(turn, index: 0, attempt: attempt)
/// try store.finish(attempt: attempt, outcome: .resolved, score: 84, ended: Date())
/// ```
public final class ResultStore: Sendable {
    /// The database file, or the PostgreSQL URL without its password: where the store is, for
    /// messages.
    public let path: String
    let backend: Backend

    /// Where the results are kept.
    enum Backend: Sendable {
        case sqlite(DatabaseQueue)
        case postgres(PostgresSession)
    }

    /// The SQLite database; nil on PostgreSQL.
    var database: DatabaseQueue? {
        if case .sqlite(let queue) = backend { return queue }
        return nil
    }

    /// Whether the store is a PostgreSQL server rather than a file.
    public var isServer: Bool { database == nil }

    /// Whether `path` (as `--db` or `DEFUSE_DB` give it) names a PostgreSQL server rather than
    /// a file.
    public static func isServer(_ path: String) -> Bool { PostgresSettings.isURL(path) }

    /// How long a write waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 10

    /// Opens the database at `path`, creating it and its parent folders when missing, and brings
    /// its schema up to date. A `postgresql://` URL (see ``PostgresSettings``) opens a team's
    /// server instead, creating its tables when missing.
    ///
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` when the file cannot be created or
    ///   opened, ``StoreError/notResultsDatabase(path:)`` when it holds something else, and
    ///   ``StoreError/newerSchema(path:)`` when a newer Defuse wrote it; for a server,
    ///   ``StoreError/badLocation(_:reason:)`` for a URL that cannot be read and
    ///   ``StoreError/unavailable(location:reason:)`` when it cannot be reached.
    public init(path: String) throws {
        if PostgresSettings.isURL(path) {
            let session = try PostgresSession(
                PostgresSettings(url: path, environment: ProcessInfo.processInfo.environment))
            try PostgresSchema.migrate(session)
            self.path = session.settings.description
            backend = .postgres(session)
            return
        }
        self.path = path
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError.cannotOpen(path: path, reason: "it is a folder")
        }
        try SQLiteHeader.check(path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotOpen(
                path: path, reason: "cannot create the folder \(url.deletingLastPathComponent().path)")
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "defuse.results"
        // In WAL mode, NORMAL commits without an fsync: a committed reply survives Ctrl-C, a
        // closed terminal and SIGKILL (it is in the WAL file), and only a power cut or kernel
        // crash may roll back the last replies. With FULL, the fsync on every commit made a
        // REPL turn take 5-20 ms instead of a fraction of one.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        backend = .sqlite(try Self.open(path: path, configuration: configuration))
    }

    /// A store over an already opened SQLite `database` (see ``reading(at:)``).
    init(path: String, database: DatabaseQueue) {
        self.path = path
        backend = .sqlite(database)
    }

    /// A store over an open PostgreSQL session (see ``reading(at:)``).
    init(session: PostgresSession) {
        path = session.settings.description
        backend = .postgres(session)
    }

    /// Opens and prepares the database. While another process is creating the same file,
    /// SQLite may answer "database is locked" without waiting for the busy timeout (switching a
    /// new file to WAL does): such attempts are retried, with a little jitter, until the timeout.
    private static func open(path: String, configuration: Configuration) throws -> DatabaseQueue {
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                try SchemaCheck.prepare(queue, path: path)
                return queue
            } catch let error as DatabaseError
                where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) && Date() < deadline
            {
                Thread.sleep(forTimeInterval: .random(in: 0.005...0.05))
            } catch {
                throw openingError(error, path: path)
            }
        }
    }

    /// Starts an attempt and returns its stable id (a new UUID).
    @discardableResult
    public func begin(_ start: AttemptStart) throws -> UUID {
        let uuid = UUID()
        try write { db in
            try db.execute(
                """
                INSERT INTO attempt (uuid, rep, cohort, scenario, contentHash, mode, drill, started)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    AttemptID.text(uuid), start.rep, start.cohort, start.scenario, start.contentHash,
                    start.mode.rawValue, start.drill, start.started,
                ])
        }
        return uuid
    }

    /// Records one graded reply at `index` (0-based) of `attempt`, in its own transaction.
    /// Recording the same index again replaces it (and any review of it).
    public func record(_ turn: Turn, index: Int, attempt: UUID) throws {
        try write { db in
            let key = try Self.key(of: attempt, db)
            let index = max(0, index)
            try db.execute("DELETE FROM turn WHERE attemptId = ? AND \"index\" = ?", [key, index])
            try Self.insert(turn, index: index, recorded: Date(), attempt: key, db)
        }
    }

    /// Inserts one turn of the attempt whose row key is `key`.
    static func insert(_ turn: Turn, index: Int, recorded: Date, attempt key: Int64, _ db: any StoreDatabase)
        throws
    {
        try insert([TurnRecord(turn, index: index, recorded: recorded)], attempt: key, db)
    }

    /// The most turns one `INSERT` carries: 17 values each, far below both stores' limits on
    /// parameters (32,766 for SQLite, 65,535 for PostgreSQL).
    static let turnsPerInsert = 500

    /// Inserts `turns` (their turn, index and date) of the attempt `key`, many rows to one
    /// statement: an import into PostgreSQL then costs one round trip per attempt, not per turn.
    static func insert(_ turns: [TurnRecord], attempt key: Int64, _ db: any StoreDatabase) throws {
        let row = "(" + Array(repeating: "?", count: 17).joined(separator: ", ") + ")"
        for start in stride(from: 0, to: turns.count, by: turnsPerInsert) {
            let batch = turns[start..<min(turns.count, start + turnsPerInsert)]
            var arguments: [any StoreBindable] = []
            arguments.reserveCapacity(batch.count * 17)
            for record in batch {
                let turn = record.turn
                arguments += [
                    key, record.index, turn.node, turn.reply, turn.choice, try JSONColumn.text(turn.detected),
                    try JSONColumn.text(turn.evidence), try JSONColumn.text(turn.met),
                    try JSONColumn.text(turn.missed), try JSONColumn.text(turn.violations),
                    min(1, max(0, turn.score)), turn.moodBefore, turn.moodAfter, turn.branch, record.recorded,
                    try JSONColumn.text(turn.avoided), try EvidenceSpans.text(turn.spans),
                ]
            }
            try db.execute(
                """
                INSERT INTO turn (attemptId, "index", node, reply, choice, detected, evidence, met, missed,
                    violations, score, moodBefore, moodAfter, branch, recorded, avoided, evidenceSpans)
                VALUES \(Array(repeating: row, count: batch.count).joined(separator: ", "))
                """, arguments)
        }
    }

    /// Takes back the turn at `index` of `attempt`, and any recorded after it (the rep typed
    /// `/retry`). Nothing happens when there is no such turn.
    public func removeTurn(index: Int, attempt: UUID) throws {
        try write { db in
            let key = try Self.key(of: attempt, db)
            try db.execute("DELETE FROM turn WHERE attemptId = ? AND \"index\" >= ?", [key, index])
        }
    }

    /// Marks `attempt` as ended with `outcome` and its final `score` (clamped to 0…100), and
    /// whether the end node it reached is a breach (`breach: true`, a line crossed), and the
    /// 1-based turn of a breach read and cleared at a check (``AttemptRecord/clearedAtCheck``).
    public func finish(
        attempt: UUID, outcome: Ending, score: Int, ended: Date, breach: Bool = false,
        clearedAtCheck: Int? = nil, scoreCap: ScoreCap? = nil
    ) throws {
        try write { db in
            let changed = try db.execute(
                """
                UPDATE attempt SET ended = ?, outcome = ?, score = ?, breach = ?, clearedAtCheck = ?, scoreCap = ?,
                    scoreCapEnding = ? WHERE uuid = ?
                """,
                [
                    ended, outcome.rawValue, min(100, max(0, score)), breach ? 1 : 0, clearedAtCheck,
                    scoreCap?.cap, scoreCap?.ending, AttemptID.text(attempt),
                ])
            guard changed == 1 else { throw StoreError.unknownAttempt(attempt) }
        }
    }

    /// This store's row key of the attempt with stable id `attempt`.
    static func key(of attempt: UUID, _ db: any StoreDatabase) throws -> Int64 {
        guard
            let key = try db.one(
                "SELECT id FROM attempt WHERE uuid = ?", [AttemptID.text(attempt)], { $0.int64(0) })
        else { throw StoreError.unknownAttempt(attempt) }
        return key
    }

    /// Runs `body` in one write transaction; database errors become ``StoreError/io(path:reason:)``.
    @discardableResult
    func write<T>(_ body: (any StoreDatabase) throws -> T) throws -> T {
        do {
            switch backend {
            case .sqlite(let queue): return try queue.write { db in try body(SQLiteDatabase(db: db)) }
            case .postgres(let session): return try session.transaction(readOnly: false, body)
            }
        } catch {
            throw failure(error)
        }
    }

    /// Runs `body` on a consistent snapshot; database errors become ``StoreError/io(path:reason:)``.
    func read<T>(_ body: (any StoreDatabase) throws -> T) throws -> T {
        do {
            switch backend {
            case .sqlite(let queue): return try queue.read { db in try body(SQLiteDatabase(db: db)) }
            case .postgres(let session): return try session.transaction(readOnly: true, body)
            }
        } catch {
            throw failure(error)
        }
    }

    /// A database error met after opening, as a ``StoreError``.
    func failure(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_CORRUPT {
            return .damaged(path: path)
        }
        return .io(path: path, reason: Self.reason(error))
    }

    static func openingError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            // NOTADB: not SQLite at all. CORRUPT: SQLite whose pages are cut short or broken.
            if error.resultCode == .SQLITE_NOTADB { return .notResultsDatabase(path: path) }
            if error.resultCode == .SQLITE_CORRUPT { return .damaged(path: path) }
        }
        return .cannotOpen(path: path, reason: reason(error))
    }

    /// SQLite's own words for what went wrong, without GRDB's SQL dump.
    static func reason(_ error: any Error) -> String {
        guard let error = error as? DatabaseError else { return "\(error)" }
        switch error.resultCode.primaryResultCode {
        case .SQLITE_FULL: return "the disk is full"
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "another process kept it locked for more than \(Int(busyTimeout)) seconds"
        default: return error.message ?? "\(error.resultCode)"
        }
    }
}
