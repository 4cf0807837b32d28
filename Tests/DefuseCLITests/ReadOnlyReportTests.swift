import Foundation
import GRDB
import Testing

@testable import DefuseKit

/// `defuse report` only reads: it writes nothing into the database or beside it, works where it
/// cannot write, reads while another process writes, and leaves other programs' files alone.
@Suite struct ReadOnlyReportTests {
    /// A folder holding `results.sqlite` with one finished attempt (and no `-wal` left open).
    func database() throws -> String {
        let path = try DefuseProcess.emptyFolder().appending(path: "results.sqlite").path
        try record(into: path, rep: "Ana")
        return path
    }

    func record(into path: String, rep: String) throws {
        let store = try ResultStore(path: path)
        let attempt = try store.begin(
            AttemptStart(rep: rep, scenario: "wrong-tray", contentHash: "h", mode: .practice))
        let turn = Turn(
            node: "opening", reply: "I'm sorry", choice: nil, detected: ["apology"], met: ["apology"],
            missed: [], violations: [], evidence: [:], score: 1, moodBefore: 5, moodAfter: 4, branch: 0)
        try store.record(turn, index: 0, attempt: attempt)
        try store.finish(attempt: attempt, outcome: .resolved, score: 90, ended: Date())
    }

    func reps(_ result: DefuseProcess.Result) -> [String] {
        let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (object?["attempts"] as? [[String: Any]] ?? []).compactMap { $0["rep"] as? String }
    }

    /// The bytes and modification time of each file in the database's folder (or only of the
    /// database: a reader of a WAL database shares its `-shm` index, as SQLite requires).
    func snapshot(_ path: String, onlyTheDatabase: Bool = false) throws -> [String: String] {
        let folder = (path as NSString).deletingLastPathComponent
        var files: [String: String] = [:]
        let names =
            onlyTheDatabase
            ? [(path as NSString).lastPathComponent]
            : try FileManager.default.contentsOfDirectory(atPath: folder)
        for name in names {
            let file = folder + "/" + name
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            files[name] = "\(bytes.count) \(bytes.hashValue) \(modified)"
        }
        return files
    }

    /// Runs as an unprivileged user when the tests run as root (root ignores file permissions).
    var unprivileged: [String] {
        getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
    }

    @Test func aReportChangesNoFile() throws {
        let path = try database()
        let before = try snapshot(path, onlyTheDatabase: true)
        let result = try DefuseProcess.run(["report", "--format", "json", "--db", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(reps(result) == ["Ana"])
        #expect(try snapshot(path, onlyTheDatabase: true) == before)
    }

    @Test func aReadOnlyFileInAReadOnlyFolderCanBeReported() throws {
        let path = try database()
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let result = try DefuseProcess.run(
            ["report", "--format", "json", "--db", path], launcher: unprivileged)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(reps(result) == ["Ana"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["results.sqlite"])
    }

    @Test func aReadOnlyFileInAWritableFolderLeavesNothingBehind() throws {
        let path = try database()
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder)
        let result = try DefuseProcess.run(
            ["report", "--format", "json", "--db", path], launcher: unprivileged)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(reps(result) == ["Ana"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["results.sqlite"])
        // Writable again, the file takes new replies.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        try record(into: path, rep: "Ben")
        #expect(try ResultStore(path: path).counts().attempts == 2)
    }

    @Test func aReportReadsWhileAnotherProcessHoldsAWriteTransaction() throws {
        let path = try database()
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let writer = try DatabaseQueue(path: path, configuration: configuration)
        try writer.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "UPDATE attempt SET rep = 'Uncommitted'")
        }
        let result = try DefuseProcess.run(["report", "--format", "json", "--db", path])
        try writer.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(reps(result) == ["Ana"])
    }

    @Test func anotherProgramsDatabaseIsRefusedUntouched() throws {
        let path = try DefuseProcess.emptyFolder().appending(path: "invoices.sqlite").path
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        }
        let before = try snapshot(path)
        let result = try DefuseProcess.run(["report", "--db", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("is not a Defuse results database"))
        #expect(try snapshot(path) == before)
        let mode = try DatabaseQueue(path: path).read { db in
            try String.fetchOne(db, sql: "PRAGMA journal_mode")
        }
        #expect(mode == "delete")
    }

    @Test func anEmptyFileStaysEmpty() throws {
        let path = try DefuseProcess.emptyFolder().appending(path: "results.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let result = try DefuseProcess.run(["report", "--format", "csv", "--db", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("no results database at \(path) yet"))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 0)
        let folder = (path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["results.sqlite"])
    }

    @Test func aMissingFileIsNotCreated() throws {
        let path = try DefuseProcess.emptyFolder().appending(path: "data/results.sqlite").path
        let result = try DefuseProcess.run(["report", "--db", path])
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: (path as NSString).deletingLastPathComponent))
    }

    @Test func aTruncatedDatabaseIsDamaged() throws {
        let path = try database()
        for _ in 0..<40 { try record(into: path, rep: String(repeating: "x", count: 400)) }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        let result = try DefuseProcess.run(["report", "--db", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("is damaged"), "\(result.stderr)")
        #expect(!result.stderr.contains("not a Defuse results database"))
    }
}

/// A database from an older Defuse is read through an up-to-date copy; the file stays as it was.
@Suite struct OlderDatabaseReadingTests {
    @Test func anOlderDatabaseIsReadWithoutBeingUpgraded() throws {
        let path = try DefuseProcess.emptyFolder().appending(path: "old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try ResultSchema.migrator.migrate(queue, upTo: "v1: attempts and turns")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO attempt (rep, scenario, contentHash, mode, started, ended, outcome, score)
                    VALUES ('Ana', 'wrong-tray', 'h', 'practice', '2026-09-21 14:13:20.000', '2026-09-21 14:15:00.000',
                        'resolved', 80)
                    """)
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let attempts = try ResultStore.reading(at: path).attempts()
        #expect(attempts.map(\.rep) == ["Ana"])
        #expect(attempts.map(\.score) == [80])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let applied = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(applied == ["v1: attempts and turns"])
    }
}
