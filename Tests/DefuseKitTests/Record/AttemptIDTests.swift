import Foundation
import GRDB
import Testing

@testable import DefuseKit

/// Stable attempt ids: made when the attempt begins, given to older attempts by a migration.
@Suite struct AttemptIDTests {
    @Test func everyAttemptGetsItsOwnUUIDThatReadsBack() throws {
        let store = try ResultStore(path: temporaryDatabasePath())
        let first = try store.begin(start(rep: "Ana"))
        let second = try store.begin(start(rep: "Ben"))
        #expect(first != second)
        #expect(Set(try store.attempts().map(\.id)) == [first, second])
        let stored = try store.read { db in
            try db.all("SELECT uuid FROM attempt ORDER BY id") { $0.text(0) ?? "" }
        }
        #expect(stored == [first, second].map { $0.uuidString.lowercased() })
    }

    @Test func attemptsRecordedBeforeTheMigrationGetDistinctUUIDs() throws {
        let path = temporaryDatabasePath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try ResultSchema.migrator.migrate(queue, upTo: "v1: attempts and turns")
        try queue.write { db in
            for rep in ["Ana", "Ben", "Cy"] {
                try db.execute(
                    sql: """
                        INSERT INTO attempt (rep, scenario, contentHash, mode, started)
                        VALUES (?, 'wrong-tray', 'h', 'drill', '2026-09-21 10:00:00.000')
                        """, arguments: [rep])
            }
        }
        try queue.close()
        let store = try ResultStore(path: path)
        let ids = try store.attempts().map(\.id)
        #expect(ids.count == 3)
        #expect(Set(ids).count == 3)
        // Opening again keeps the ids the migration gave.
        #expect(try ResultStore(path: path).attempts().map(\.id) == ids)
    }

    @Test func twoAttemptsCannotShareAUUID() throws {
        let store = try ResultStore(path: temporaryDatabasePath())
        let id = try store.begin(start())
        #expect(throws: (any Error).self) {
            try #require(store.database).write { db in
                try db.execute(
                    sql: """
                        INSERT INTO attempt (uuid, rep, scenario, contentHash, mode, started)
                        VALUES (?, 'Ben', 'wrong-tray', 'h', 'drill', '2026-09-21 10:00:00.000')
                        """, arguments: [id.uuidString.lowercased()])
            }
        }
    }
}
