import Foundation
import GRDB

/// The results database: every attempt a rep makes and every reply graded in it, in SQLite.
///
/// Each call is one short transaction, committed before it returns, so an attempt cut short by
/// Ctrl-C, a closed terminal or `SIGKILL` keeps every reply recorded before it and reads back as
/// `abandoned`. The database runs in WAL mode with a busy timeout, so several `defuse` processes
/// can write into one file at once without losing anything.
///
/// ```swift
/// let store = try ResultStore(path: ResultStore.defaultPath(override: nil, environment: env))
/// let attempt = try store.begin(AttemptStart(rep: "Ana", scenario: "wrong-tray", contentHash: hash, mode: .drill))
/// try store.record(turn, index: 0, attempt: attempt)
/// try store.finish(attempt: attempt, outcome: .resolved, score: 84, ended: Date())
/// ```
public final class ResultStore: Sendable {
    /// The database file.
    public let path: String
    let database: DatabaseQueue

    /// How long a write waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 10

    /// Opens the database at `path`, creating it and its parent folders when missing, and brings
    /// its schema up to date.
    ///
    /// - Throws: ``StoreError/cannotOpen(path:reason:)`` when the file cannot be created or
    ///   opened, ``StoreError/notResultsDatabase(path:)`` when it holds something else, and
    ///   ``StoreError/newerSchema(path:)`` when a newer Defuse wrote it.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw StoreError.cannotOpen(path: path, reason: "it is a folder")
        }
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
        database = try Self.open(path: path, configuration: configuration)
    }

    /// A store over an already opened `database` (see ``reading(at:)``).
    init(path: String, database: DatabaseQueue) {
        self.path = path
        self.database = database
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
            var row = AttemptRow(
                id: nil, uuid: AttemptID.text(uuid), rep: start.rep, cohort: start.cohort,
                scenario: start.scenario, contentHash: start.contentHash, mode: start.mode,
                drill: start.drill,
                started: start.started, ended: nil, outcome: nil, score: nil)
            try row.insert(db)
        }
        return uuid
    }

    /// Records one graded reply at `index` (0-based) of `attempt`, in its own transaction.
    /// Recording the same index again replaces it.
    public func record(_ turn: Turn, index: Int, attempt: UUID) throws {
        try write { db in
            let key = try Self.key(of: attempt, db)
            try TurnRow(turn, index: max(0, index), attempt: key, recorded: Date()).insert(
                db, onConflict: .replace)
        }
    }

    /// Takes back the turn at `index` of `attempt`, and any recorded after it (the rep typed
    /// `/retry`). Nothing happens when there is no such turn.
    public func removeTurn(index: Int, attempt: UUID) throws {
        try write { db in
            let key = try Self.key(of: attempt, db)
            _ = try TurnRow.filter(TurnRow.Columns.attemptId == key && TurnRow.Columns.index >= index)
                .deleteAll(db)
        }
    }

    /// Marks `attempt` as ended with `outcome` and its final `score` (clamped to 0…100).
    public func finish(attempt: UUID, outcome: Ending, score: Int, ended: Date) throws {
        try write { db in
            let changed = try AttemptRow.filter(AttemptRow.Columns.uuid == AttemptID.text(attempt)).updateAll(
                db,
                Column("ended").set(to: ended), Column("outcome").set(to: outcome.rawValue),
                Column("score").set(to: min(100, max(0, score))))
            guard changed == 1 else { throw StoreError.unknownAttempt(attempt) }
        }
    }

    /// This file's row key of the attempt with stable id `attempt`.
    static func key(of attempt: UUID, _ db: Database) throws -> Int64 {
        guard
            let key = try Int64.fetchOne(
                db, sql: "SELECT id FROM attempt WHERE uuid = ?", arguments: [AttemptID.text(attempt)])
        else { throw StoreError.unknownAttempt(attempt) }
        return key
    }

    /// Runs `body` in one write transaction; database errors become ``StoreError/io(path:reason:)``.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.write(body)
        } catch {
            throw failure(error)
        }
    }

    /// Runs `body` on a consistent snapshot; database errors become ``StoreError/io(path:reason:)``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
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
