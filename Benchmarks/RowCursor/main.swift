// The report's turn scan (ReportReader's full-detail query: attempt joined to turn, 27 columns)
// read two ways over the same database, doing the same work with each row (every integer and
// real summed, every text's bytes counted):
//   raw   the store's path: GRDB prepares the statement, SQLite's own calls step it and read
//         each column in place (RawRow in Sources/DefuseKit/Record/SQLiteDatabase.swift);
//   grdb  GRDB's row cursor, Row.fetchCursor, each column read as a typed value (String, Int64,
//         Double), as a FetchableRecord's init(row:) would.
// See ../row-cursor.sh, which builds this against the package's release GRDB and counts
// instructions under callgrind. Both print the same checksum.
import Foundation
import GRDB
import GRDBSQLite

let sql = """
    SELECT a.id, a.uuid, a.rep, a.cohort, a.scenario, a.contentHash, a.mode, a.drill, a.started, a.ended,
        a.outcome, a.score, t.attemptId, t."index", t.choice, t.detected, t.met, t.missed,
        t.violations, t.score, t.moodBefore, t.moodAfter, t.branch, t.recorded, t.node, t.reply, t.evidence
    FROM attempt a LEFT JOIN turn t ON t.attemptId = a.id ORDER BY a.started, a.id, t."index"
    """
/// What each column holds, as the report reads it.
enum Kind { case integer, real, text }
let kinds: [Kind] = (0..<27).map { column in
    [0, 11, 12, 13, 14, 20, 21, 22].contains(column) ? .integer : column == 19 ? .real : .text
}

@inline(never) public func scanRaw(_ db: Database) throws -> Int {
    let statement = try db.makeStatement(sql: sql)
    let handle = statement.sqliteStatement
    defer { sqlite3_reset(handle) }
    var sum = 0
    while true {
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { break }
        guard code == SQLITE_ROW else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
        for column in 0..<27 {
            let index = CInt(column)
            if sqlite3_column_type(handle, index) == SQLITE_NULL { continue }
            switch kinds[column] {
            case .integer: sum &+= Int(sqlite3_column_int64(handle, index))
            case .real: sum &+= Int(sqlite3_column_double(handle, index) * 100)
            case .text:
                _ = sqlite3_column_blob(handle, index)
                sum &+= Int(sqlite3_column_bytes(handle, index))
            }
        }
    }
    return sum
}

@inline(never) public func scanGRDB(_ db: Database) throws -> Int {
    let rows = try Row.fetchCursor(db, sql: sql)
    var sum = 0
    while let row = try rows.next() {
        for column in 0..<27 {
            switch kinds[column] {
            case .integer: sum &+= Int((row[column] as Int64?) ?? 0)
            case .real: sum &+= Int(((row[column] as Double?) ?? 0) * 100)
            case .text: sum &+= (row[column] as String?)?.utf8.count ?? 0
            }
        }
    }
    return sum
}

let arguments = CommandLine.arguments
guard arguments.count == 3, ["raw", "grdb"].contains(arguments[2]) else {
    print("usage: row-cursor DATABASE raw|grdb")
    exit(64)
}
var configuration = Configuration()
configuration.readonly = true
let queue = try DatabaseQueue(path: arguments[1], configuration: configuration)
let sum = try queue.read { db in arguments[2] == "raw" ? try scanRaw(db) : try scanGRDB(db) }
print(arguments[2], sum)
