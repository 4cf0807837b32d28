import Foundation
import GRDB
import Testing

@testable import DefuseKit

/// Failures met after the database was opened say what happened.
@Suite struct StoreFailureTests {
    @Test func aFullDiskSaysTheDiskIsFull() throws {
        let store = try ResultStore(path: temporaryDatabasePath())
        let attempt = try store.begin(start())
        // SQLite answers SQLITE_FULL when the file may not grow, as on a full disk.
        let database = try #require(store.database)
        let pages = try database.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") } ?? 0
        try database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 2)")
        }
        let reply = String(repeating: "sorry ", count: 2_000)
        var failure: StoreError?
        for index in 0..<20 where failure == nil {
            do {
                try store.record(sampleTurn(reply: reply), index: index, attempt: attempt)
            } catch let error as StoreError {
                failure = error
            }
        }
        let error = try #require(failure)
        #expect(error == .io(path: store.path, reason: "the disk is full"))
        #expect(error.message == "cannot use the results database at \(store.path): the disk is full")
        #expect(!error.isBadData)
    }
}
