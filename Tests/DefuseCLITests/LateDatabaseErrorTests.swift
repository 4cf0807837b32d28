import Foundation
import GRDB
import Testing

@testable import DefuseKit

/// A database that fails after the session started: a practice run carries on unrecorded with
/// one warning; a drill stops with exit 74 and the program's own message.
@Suite struct LateDatabaseErrorTests {
    /// Plays `two-replies`: the first reply is recorded, then the `turn` table loses its `reply`
    /// column (as a damaged or foreign-edited file would), then the second reply is typed.
    func play(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String, db: String) {
        let folder = try QuitSignalTests().folder()
        let db = folder.appending(path: "results.sqlite").path
        let child = try QuitSignalTests.Child(
            ["play", "two-replies"] + arguments, in: folder, environment: ["DEFUSE_DB": db])
        try child.type("I am so sorry about this\n")
        var stdout = child.read(until: "And when will it come?")
        try DatabaseQueue(path: db).write { db in
            try db.execute(sql: "ALTER TABLE turn RENAME COLUMN reply TO gone")
        }
        try child.type("I will drive it over myself right now\n")
        try child.input.fileHandleForWriting.close()
        stdout += String(decoding: child.output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.process.waitUntilExit()
        return (child.process.terminationStatus, stdout, child.stderr, db)
    }

    @Test func aPracticeRunCarriesOnUnrecordedWithOneWarning() throws {
        let run = try play([])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("outcome: resolved"))
        let warnings = run.stderr.components(separatedBy: "carries on unrecorded").count - 1
        #expect(warnings == 1, "\(run.stderr)")
        #expect(run.stderr.contains("cannot use the results database at \(run.db)"))
        #expect(!run.stderr.contains("Error:"))
    }

    @Test func aDrillStopsWithExit74() throws {
        let run = try play(["--drill"])
        #expect(run.status == 74, "\(run.stderr)")
        #expect(run.stderr.contains("cannot use the results database at \(run.db)"))
        #expect(run.stderr.contains("the drill stops here"))
        #expect(!run.stderr.contains("Error:"))
        #expect(!run.stdout.contains("outcome: resolved"))
    }
}
