import Foundation
import GRDB
import PostgresTestServer
import Testing

/// `defuse import` with the real binary: two laptops' files merge once, keep their ids, their
/// replies and their reviews, and bad files are refused with nothing changed; into a SQLite
/// file and into a PostgreSQL server alike.
@Suite struct ImportCommandTests {
    static let scenarios = DefuseProcess.fixtures.appending(path: "review").path
    static let choiceWalk = DefuseProcess.fixtures.appending(path: "valid/choice-walk.yaml").path

    /// Runs `defuse arguments…` in `folder` with the review fixture scenario.
    @discardableResult
    static func run(_ arguments: [String], in folder: URL, input: String = "") throws -> DefuseProcess.Result
    {
        try DefuseProcess.run(arguments + ["--scenarios", scenarios], input: input, in: folder)
    }

    /// A laptop's file (or `db`): each rep plays the fixture (one finished, one cut short)
    /// and the choice walk; the first attempt gets a trainer's review.
    static func laptop(_ name: String, reps: [String], in folder: URL, db: String? = nil) throws -> String {
        let db = db ?? folder.appending(path: "\(name).sqlite").path
        for rep in reps {
            let sorry = "I'm so sorry, the warehouse sent them to the wrong hospital."
            let plan = "I will drive the set over myself, it will be with you by 10:30. Thank you."
            #expect(
                try run(
                    ["play", "service-desk", "--name", rep, "--db", db], in: folder,
                    input: "\(sorry)\n\(plan)\n1\n"
                ).status == 0)
            #expect(
                try run(["play", "service-desk", "--name", rep, "--db", db], in: folder, input: "\(sorry)\n")
                    .status == 0)
            #expect(
                try run(
                    ["play", choiceWalk, "--name", rep, "--db", db, "--drill"], in: folder, input: "1\nok\n"
                ).status == 0)
        }
        let first = try #require(try ids(report(db, in: folder)).first)
        let review = try run(
            [
                "review", String(first.prefix(8)), "--turn", "1", "--set", "ownership=present", "--note",
                "fair",
                "--by", "Kim", "--db", db,
            ], in: folder)
        #expect(review.status == 0, "\(review.stderr)")
        return db
    }

    static func report(_ db: String, in folder: URL) throws -> String {
        let result = try run(["report", "--db", db, "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The attempt ids of a JSON report, in order.
    static func ids(_ report: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
        let attempts = try #require(object?["attempts"] as? [[String: Any]])
        return attempts.compactMap { $0["id"] as? String }
    }

    @Test(arguments: StoreBackend.tested) func twoLaptopsMergeOnceAndKeepTheirIDs(_ backend: StoreBackend)
        throws
    {
        let folder = try DefuseProcess.emptyFolder()
        let a = try Self.laptop("a", reps: ["Ana"], in: folder)
        let b = try Self.laptop("b", reps: ["Ben", "Cy"], in: folder)
        let store = try backend.location(file: folder.appending(path: "room.sqlite").path)
        let first = try Self.run(["import", a, b, "--db", store], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "9 attempts imported, 0 already present\n")
        let again = try DefuseProcess.run(["import", b, a], in: folder, environment: ["DEFUSE_DB": store])
        #expect(again.stdout == "0 attempts imported, 9 already present\n", "\(again.stderr)")
        let idsA = try Self.ids(Self.report(a, in: folder))
        let idsB = try Self.ids(Self.report(b, in: folder))
        #expect(idsA.count == 3 && idsB.count == 6)
        #expect(Set(idsA).isDisjoint(with: idsB))
        #expect(Set(try Self.ids(Self.report(store, in: folder))) == Set(idsA + idsB))
    }

    @Test(arguments: StoreBackend.tested) func anImportedFileReportsExactlyAsItDidAtHome(
        _ backend: StoreBackend
    ) throws {
        let folder = try DefuseProcess.emptyFolder()
        let laptop = try Self.laptop("laptop", reps: ["Ana", "Ben"], in: folder)
        let store = try backend.location(file: folder.appending(path: "room.sqlite").path)
        let imported = try Self.run(["import", laptop, "--db", store], in: folder)
        #expect(imported.stdout == "6 attempts imported, 0 already present\n", "\(imported.stderr)")
        let home = try Self.report(laptop, in: folder)
        #expect(home.contains("\"reviewed\" : true") && home.contains("\"note\" : \"fair\""))
        #expect(home.contains("\"outcome\" : \"abandoned\""))
        // Ids, dates, durations, replies and reviews included.
        let away = try Self.report(store, in: folder)
        #expect(away == home, "\(Self.firstDifference(home, away, keptIn: folder))")
    }

    /// Where two reports part: the first differing line of each, with its number, and the
    /// files in `folder` that hold both reports whole (a failure shows which field differed).
    static func firstDifference(_ home: String, _ away: String, keptIn folder: URL) -> String {
        let homeFile = folder.appending(path: "report-home.json")
        let awayFile = folder.appending(path: "report-imported.json")
        try? home.write(to: homeFile, atomically: true, encoding: .utf8)
        try? away.write(to: awayFile, atomically: true, encoding: .utf8)
        let a = home.split(separator: "\n", omittingEmptySubsequences: false)
        let b = away.split(separator: "\n", omittingEmptySubsequences: false)
        let line =
            zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        func at(_ lines: [Substring]) -> String { line < lines.count ? String(lines[line]) : "(end)" }
        return """
            line \(line + 1): at home \(at(a)) | imported \(at(b)); \
            whole reports in \(homeFile.path) and \(awayFile.path)
            """
    }

    @Test(arguments: StoreBackend.tested) func aFileThatIsNotOursOrIsNewerIsRefusedAndNothingChanges(
        _ backend: StoreBackend
    ) throws {
        let folder = try DefuseProcess.emptyFolder()
        let good = try Self.laptop("good", reps: ["Ana"], in: folder)
        let store = try backend.location(file: folder.appending(path: "room.sqlite").path)
        _ = try Self.run(
            ["import", try Self.laptop("before", reps: ["Zed"], in: folder), "--db", store], in: folder)
        let before = try Self.report(store, in: folder)

        let text = folder.appending(path: "notes.sqlite").path
        try String(repeating: "not a database\n", count: 100).write(
            toFile: text, atomically: true, encoding: .utf8)
        let foreign = folder.appending(path: "invoices.sqlite").path
        try DatabaseQueue(path: foreign).write { db in
            try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        }
        let newer = try Self.laptop("newer", reps: ["Neo"], in: folder)
        try DatabaseQueue(path: newer).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        let empty = folder.appending(path: "empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        for bad in [text, foreign, newer, empty] {
            let result = try Self.run(["import", good, bad, "--db", store], in: folder)
            #expect(result.status == 65, "\(bad): \(result.stderr)")
            #expect(result.stderr.contains(bad), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try Self.report(store, in: folder) == before)
        let tables = try DatabaseQueue(path: foreign).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables == ["invoices"])
        // Nothing is created for a refused import into a store that does not exist yet.
        let fresh = folder.appending(path: "fresh.sqlite").path
        #expect(try Self.run(["import", text, "--db", fresh], in: folder).status == 65)
        #expect(!FileManager.default.fileExists(atPath: fresh))
        let missing = try Self.run(
            ["import", folder.appending(path: "nope.sqlite").path, "--db", store], in: folder)
        #expect(missing.status == 66)
        #expect(try Self.run(["import", "--db", store], in: folder).status == 64)
    }
}
