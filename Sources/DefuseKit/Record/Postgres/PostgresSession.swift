import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// The connection of one ``ResultStore`` to a team's PostgreSQL server.
///
/// Calls block (postgres-nio's futures are waited on), so the store fits the synchronous REPL;
/// it is never used from an event loop. Each ``transaction(readOnly:_:)`` is one transaction on
/// the server, committed before it returns, exactly as on SQLite. When the server goes away,
/// the call in flight fails with ``StoreError/unavailable(location:reason:)`` (what was
/// committed stays committed) and the next call tries once to connect again.
final class PostgresSession: @unchecked Sendable {
    let settings: PostgresSettings
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var connection: PostgresConnection?
    let logger = Logger(label: "defuse.results", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Connects to the server.
    ///
    /// - Throws: ``StoreError/unavailable(location:reason:)`` when the server cannot be reached,
    ///   ``StoreError/cannotOpen(path:reason:)`` when it refuses the connection.
    init(_ settings: PostgresSettings) throws {
        self.settings = settings
        connection = try connect()
    }

    deinit {
        if let connection { try? connection.close().wait() }
    }

    /// Runs `body` in one transaction, committed when it returns and rolled back when it throws.
    /// A read-only one is `REPEATABLE READ`: a report sees one moment of the store.
    func transaction<T>(readOnly: Bool, _ body: (PostgresDatabase) throws -> T) throws -> T {
        try lock.withLock {
            let connection = try liveConnection()
            let database = PostgresDatabase(session: self, connection: connection)
            try database.run(readOnly ? "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY" : "BEGIN")
            do {
                let result = try body(database)
                try database.run("COMMIT")
                return result
            } catch {
                if !connection.isClosed { try? database.run("ROLLBACK") }
                throw error
            }
        }
    }

    /// The open connection, or a new one when the server dropped the last (caller holds `lock`).
    /// A server that answered before and refuses now is unavailable, whatever it says.
    private func liveConnection() throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        do {
            let fresh = try connect()
            connection = fresh
            return fresh
        } catch StoreError.cannotOpen(_, let reason) {
            throw StoreError.unavailable(location: settings.description, reason: reason)
        }
    }

    private func connect() throws -> PostgresConnection {
        let configuration = try PostgresErrors.configuration(settings)
        do {
            return try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1,
                logger: logger
            ).wait()
        } catch {
            throw PostgresErrors.storeError(error, settings: settings, connecting: true)
        }
    }

    /// Waits for `future`; its error as a ``StoreError``.
    func wait<T: Sendable>(_ future: EventLoopFuture<T>) throws -> T {
        do {
            return try future.wait()
        } catch {
            throw PostgresErrors.storeError(error, settings: settings)
        }
    }
}

/// A transaction on the PostgreSQL server as a ``StoreDatabase``.
struct PostgresDatabase: StoreDatabase {
    let session: PostgresSession
    let connection: PostgresConnection

    /// How many rows ``stream(_:_:_:)`` asks the server for at a time.
    static let batch = 4_000

    func each(_ sql: String, _ arguments: [any StoreBindable], _ body: (any StoreRow) throws -> Void) throws {
        for row in try query(sql, arguments).rows { try body(PostgresStoreRow(row)) }
    }

    /// Reads through a cursor, asking for the next batch before reading the one that came.
    func stream(_ sql: String, _ arguments: [any StoreBindable], _ body: (any StoreRow) throws -> Void) throws
    {
        let cursor = "defuse_rows_\(UUID().uuidString.prefix(8).lowercased())"
        try query("DECLARE \(cursor) NO SCROLL CURSOR FOR \(sql)", arguments)
        let fetch = PostgresQuery(unsafeSQL: "FETCH FORWARD \(Self.batch) FROM \(cursor)")
        var next = connection.query(fetch, logger: session.logger)
        while true {
            let rows = try session.wait(next).rows
            let more = rows.count == Self.batch
            if more { next = connection.query(fetch, logger: session.logger) }
            for row in rows { try body(PostgresStoreRow(row)) }
            if !more { break }
        }
        try run("CLOSE \(cursor)")
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [any StoreBindable]) throws -> Int {
        try query(sql, arguments).metadata.rows ?? 0
    }

    func tableExists(_ name: String) throws -> Bool {
        try count(
            """
            SELECT count(*) FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_name = ?
            """, [name.lowercased()]) > 0
    }

    /// Runs a statement without arguments.
    func run(_ sql: String) throws {
        _ = try session.wait(connection.query(PostgresQuery(unsafeSQL: sql), logger: session.logger))
    }

    @discardableResult
    func query(_ sql: String, _ arguments: [any StoreBindable]) throws -> PostgresQueryResult {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument.storeValue {
            case .null: binds.appendNull()
            case .integer(let number): binds.append(number)
            case .real(let number): binds.append(number)
            case .text(let text): binds.append(text)
            case .date(let date): binds.append(StoredDate(date))
            case .bool(let flag): binds.append(flag)
            }
        }
        let query = PostgresQuery(unsafeSQL: Self.numbered(sql), binds: binds)
        return try session.wait(connection.query(query, logger: session.logger))
    }

    /// `sql` with its `?` placeholders numbered `$1`, `$2`… as PostgreSQL wants them (a `?`
    /// inside quotes is left alone).
    static func numbered(_ sql: String) -> String {
        var out = ""
        out.reserveCapacity(sql.utf8.count + 16)
        var quote: Character?
        var number = 0
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
                out.append(character)
            } else if character == "'" || character == "\"" {
                quote = character
                out.append(character)
            } else if character == "?" {
                number += 1
                out += "$\(number)"
            } else {
                out.append(character)
            }
        }
        return out
    }
}

/// A row of a PostgreSQL result read as a ``StoreRow``: the same columns as SQLite gives,
/// decoded from PostgreSQL's binary forms.
struct PostgresStoreRow: StoreRow {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) { self.row = row.makeRandomAccess() }

    func isNull(_ column: Int) -> Bool { row[column].bytes == nil }

    func int64(_ column: Int) -> Int64 { (try? row[column].decode(Int64.self)) ?? 0 }

    func double(_ column: Int) -> Double { (try? row[column].decode(Double.self)) ?? 0 }

    func bool(_ column: Int) -> Bool { (try? row[column].decode(Bool.self)) ?? false }

    func withBytes<T>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>?) throws -> T) rethrows -> T {
        guard let buffer = row[column].bytes else { return try body(nil) }
        return try buffer.withUnsafeReadableBytes { raw in try body(raw.bindMemory(to: UInt8.self)) }
    }

    /// A `timestamptz`, to the millisecond the store keeps, computed the way SQLite's dates
    /// are read (``DatabaseDate``) so that both stores give the very same `Date`.
    func date(_ column: Int) -> Date? {
        let cell = row[column]
        guard var buffer = cell.bytes else { return nil }
        guard cell.format == .binary, cell.dataType == .timestamptz || cell.dataType == .timestamp,
            let micros = buffer.readInteger(as: Int64.self)
        else { return try? cell.decode(Date.self) }
        return StoredDate.date(microsecondsSince2000: micros)
    }
}
