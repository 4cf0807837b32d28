import Foundation

/// One transaction on a results store, SQLite or PostgreSQL, running the SQL both share.
///
/// The queries and writes of ``ResultStore`` are written once against this protocol. The SQL
/// they use is the common ground of the two: `?` placeholders (PostgreSQL's session numbers
/// them), unquoted identifiers (SQLite matches them whatever the case; PostgreSQL folds them to
/// the lower-case names its migrations create, see ``PostgresSchema``), `"index"` quoted as
/// the keyword it is, `INSERT … RETURNING`, and plain functions (`count`, `min`, `LIKE`).
/// SQLite runs it through ``SQLiteDatabase``, PostgreSQL through ``PostgresDatabase``.
protocol StoreDatabase {
    /// Runs `sql` with `arguments` bound to its `?`s and calls `body` with each row it returns.
    /// A row is valid only during its call.
    func each(_ sql: String, _ arguments: [any StoreBindable], _ body: (any StoreRow) throws -> Void) throws

    /// ``each(_:_:_:)`` for a query that may return a great many rows (a report over a million
    /// turns): PostgreSQL reads it through a cursor, a batch at a time, so memory stays bounded.
    func stream(_ sql: String, _ arguments: [any StoreBindable], _ body: (any StoreRow) throws -> Void) throws

    /// Runs a statement that returns no rows, and returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: [any StoreBindable]) throws -> Int

    /// Whether the store has a table of this name.
    func tableExists(_ name: String) throws -> Bool
}

extension StoreDatabase {
    /// Every row `sql` returns, each made into a value by `make`.
    func all<T>(_ sql: String, _ arguments: [any StoreBindable] = [], _ make: (any StoreRow) throws -> T)
        throws
        -> [T]
    {
        var values: [T] = []
        try each(sql, arguments) { values.append(try make($0)) }
        return values
    }

    /// The first row `sql` returns, made into a value by `make`; nil when there is none.
    func one<T>(_ sql: String, _ arguments: [any StoreBindable] = [], _ make: (any StoreRow) throws -> T)
        throws
        -> T?
    {
        var value: T?
        try each(sql, arguments) { row in
            if value == nil { value = try make(row) }
        }
        return value
    }

    /// `count(*)` or any other single integer a query returns (0 when it returns no row).
    func count(_ sql: String, _ arguments: [any StoreBindable] = []) throws -> Int {
        try one(sql, arguments) { $0.int(0) } ?? 0
    }
}

/// One row of a query result, read column by column (0-based), as both stores return it:
/// SQLite's ``RawRow`` and PostgreSQL's ``PostgresStoreRow``.
protocol StoreRow {
    func isNull(_ column: Int) -> Bool
    func int64(_ column: Int) -> Int64
    func double(_ column: Int) -> Double
    func bool(_ column: Int) -> Bool
    /// A date as the store keeps it, to the millisecond; nil when NULL.
    func date(_ column: Int) -> Date?
    /// Calls `body` with the column's UTF-8 bytes, or nil when it is NULL. The bytes are valid
    /// only inside `body`.
    func withBytes<T>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>?) throws -> T) rethrows -> T
}

extension StoreRow {
    func int(_ column: Int) -> Int { Int(int64(column)) }
    func optionalInt(_ column: Int) -> Int? { isNull(column) ? nil : int(column) }

    func text(_ column: Int) -> String? {
        withBytes(column) { bytes in bytes.map { String(decoding: $0, as: UTF8.self) } }
    }
}

/// A value bound to a `?` of the SQL the stores share.
enum StoreValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case date(Date)
    case bool(Bool)
}

/// A Swift value that can be bound to a `?`.
protocol StoreBindable {
    var storeValue: StoreValue { get }
}

extension String: StoreBindable {
    var storeValue: StoreValue { .text(self) }
}

extension Int: StoreBindable {
    var storeValue: StoreValue { .integer(Int64(self)) }
}

extension Int64: StoreBindable {
    var storeValue: StoreValue { .integer(self) }
}

extension Double: StoreBindable {
    var storeValue: StoreValue { .real(self) }
}

extension Bool: StoreBindable {
    var storeValue: StoreValue { .bool(self) }
}

extension Date: StoreBindable {
    var storeValue: StoreValue { .date(self) }
}

extension Optional: StoreBindable where Wrapped: StoreBindable {
    var storeValue: StoreValue { map(\.storeValue) ?? .null }
}

extension StoreValue: StoreBindable {
    var storeValue: StoreValue { self }
}
