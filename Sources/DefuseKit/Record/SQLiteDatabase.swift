import Foundation
internal import GRDB
internal import GRDBSQLite

/// A SQLite transaction as a ``StoreDatabase``: the shared SQL runs through GRDB's statements,
/// stepped with SQLite's own calls (``RawRow``): GRDB's row API wraps every text column in a
/// `Data`, and a report reads up to 27 columns for each of up to a million turns. Measured with
/// `Benchmarks/row-cursor.sh`: GRDB's `Row.fetchCursor` with typed values took 3.50 G
/// instructions for the report's scan of 200,000 turns against 2.25 G this way.
struct SQLiteDatabase: StoreDatabase {
    let db: Database

    func each(_ sql: String, _ arguments: [any StoreBindable], _ body: (any StoreRow) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(StatementArguments(arguments.map { Self.value($0.storeValue) }))
        let row = RawRow(statement.sqliteStatement)
        defer { sqlite3_reset(row.handle) }
        while try row.step(db) { try body(row) }
    }

    func stream(_ sql: String, _ arguments: [any StoreBindable], _ body: (any StoreRow) throws -> Void) throws
    {
        try each(sql, arguments, body)
    }

    @discardableResult
    func execute(_ sql: String, _ arguments: [any StoreBindable]) throws -> Int {
        try db.execute(sql: sql, arguments: StatementArguments(arguments.map { Self.value($0.storeValue) }))
        return db.changesCount
    }

    func tableExists(_ name: String) throws -> Bool { try db.tableExists(name) }

    /// The value as GRDB stores it (dates as `yyyy-MM-dd HH:mm:ss.SSS` text, booleans as 0 or 1).
    static func value(_ value: StoreValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let number): number.databaseValue
        case .real(let number): number.databaseValue
        case .text(let text): text.databaseValue
        case .date(let date): date.databaseValue
        case .bool(let flag): flag.databaseValue
        }
    }
}

/// The current row of a statement stepped with SQLite's own calls, read column by column
/// without copying (bytes are valid until the next step).
struct RawRow: StoreRow {
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

    func isNull(_ column: Int) -> Bool { sqlite3_column_type(handle, CInt(column)) == SQLITE_NULL }
    func int64(_ column: Int) -> Int64 { sqlite3_column_int64(handle, CInt(column)) }
    func double(_ column: Int) -> Double { sqlite3_column_double(handle, CInt(column)) }
    func bool(_ column: Int) -> Bool { sqlite3_column_int64(handle, CInt(column)) != 0 }

    /// The column's bytes as text or blob; nil when it is NULL.
    func bytes(_ column: Int) -> UnsafeBufferPointer<UInt8>? {
        guard !isNull(column) else { return nil }
        guard let pointer = sqlite3_column_blob(handle, CInt(column)) else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(
            start: pointer.assumingMemoryBound(to: UInt8.self),
            count: Int(sqlite3_column_bytes(handle, CInt(column))))
    }

    func withBytes<T>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>?) throws -> T) rethrows -> T {
        try body(bytes(column))
    }

    /// A date as GRDB stores it, parsed by hand; GRDB's general parser for anything else.
    func date(_ column: Int) -> Date? {
        let type = sqlite3_column_type(handle, CInt(column))
        if type == SQLITE_INTEGER || type == SQLITE_FLOAT {
            // GRDB reads a number as seconds since 1970.
            return Date(timeIntervalSince1970: sqlite3_column_double(handle, CInt(column)))
        }
        guard let bytes = bytes(column) else { return nil }
        if let fast = DatabaseDate.parse(bytes) { return fast }
        return Date.fromDatabaseValue(String(decoding: bytes, as: UTF8.self).databaseValue)
    }
}
