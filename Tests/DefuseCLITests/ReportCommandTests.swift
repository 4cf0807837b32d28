import Foundation
import Testing

@testable import DefuseKit

/// `defuse report` run as a user would, against databases written through DefuseKit.
@Suite struct ReportCommandTests {
    /// A database with a finished drill, a practice run and an abandoned attempt.
    func database(hostile: Bool = false) throws -> String {
        let path = try DefuseProcess.emptyFolder().appending(path: "data/results.sqlite").path
        let store = try ResultStore(path: path)
        let t0 = Date(timeIntervalSince1970: 1_790_000_000)
        let ana = try store.begin(
            AttemptStart(
                rep: "Ana", cohort: "north", scenario: "wrong-tray", contentHash: "h1", mode: .drill,
                started: t0))
        try store.record(turn(reply: "I'm sorry", score: 1), index: 0, attempt: ana)
        try store.finish(attempt: ana, outcome: .resolved, score: 100, ended: t0 + 60)
        let ben = try store.begin(
            AttemptStart(
                rep: "Ben", scenario: "late-delivery", contentHash: "h2", mode: .practice,
                started: t0 + 86_400))
        try store.record(turn(reply: "calm down", score: 0), index: 0, attempt: ben)
        try store.finish(attempt: ben, outcome: .escalated, score: 0, ended: t0 + 86_460)
        let name = hostile ? "<script>alert(1)</script>\u{1B}[2J" : "Cy"
        let cy = try store.begin(
            AttemptStart(
                rep: name, cohort: "north", scenario: "wrong-tray", contentHash: "h1", mode: .drill,
                started: t0 + 2 * 86_400))
        try store.record(
            turn(reply: hostile ? "<img src=x>\u{1B}]0;t\u{07}" : "sorry", score: 0.5), index: 0, attempt: cy)
        try store.record(turn(reply: "thanks", score: 0.5), index: 1, attempt: cy)
        return path
    }

    func turn(reply: String, score: Double) -> Turn {
        Turn(
            node: "opening", reply: reply, choice: nil, detected: ["apology"], met: ["apology"], missed: [],
            violations: [], evidence: [:], score: score, moodBefore: 5, moodAfter: 4, branch: 0)
    }

    func attempts(_ result: DefuseProcess.Result) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require(object?["attempts"] as? [[String: Any]])
    }

    @Test func jsonHasTheContractFieldsAndAbandonedAttempts() throws {
        let result = try DefuseProcess.run(["report", "--format", "json", "--db", try database()])
        #expect(result.status == 0, "\(result.stderr)")
        let list = try attempts(result)
        #expect(list.map { $0["rep"] as? String } == ["Ana", "Ben", "Cy"])
        #expect(list.map { $0["outcome"] as? String } == ["resolved", "escalated", "abandoned"])
        #expect(list.map { $0["mode"] as? String } == ["drill", "practice", "drill"])
        #expect(list.map { $0["score"] as? Int } == [100, 0, 50])
        #expect(list.map { $0["turns"] as? Int } == [1, 1, 2])
        #expect(list.map { $0["scenario"] as? String } == ["wrong-tray", "late-delivery", "wrong-tray"])
        #expect(list[0]["cohort"] as? String == "north")
        #expect(list[1]["cohort"] is NSNull)
        #expect(list[0]["started"] as? String == "2026-09-21T14:13:20Z")
    }

    @Test func filtersByNameCohortScenarioAndSince() throws {
        let db = try database()
        let byName = try attempts(
            try DefuseProcess.run(["report", "--format", "json", "--db", db, "--name", "Ben"]))
        #expect(byName.map { $0["rep"] as? String } == ["Ben"])
        let byCohort = try attempts(
            try DefuseProcess.run(["report", "--format", "json", "--db", db, "--cohort", "north"]))
        #expect(byCohort.map { $0["rep"] as? String } == ["Ana", "Cy"])
        let byScenario = try attempts(
            try DefuseProcess.run(["report", "--format", "json", "--db", db, "--scenario", "late-delivery"]))
        #expect(byScenario.map { $0["rep"] as? String } == ["Ben"])
        let since = try attempts(
            try DefuseProcess.run([
                "report", "--format", "json", "--db", db, "--since", "2026-09-22T14:13:20Z",
            ]))
        #expect(since.map { $0["rep"] as? String } == ["Ben", "Cy"])
    }

    @Test(arguments: ["yesterday", "2026-02-30", "22/09/2026"])
    func aBadSinceIsAUsageErrorNamingTheArgument(value: String) throws {
        let result = try DefuseProcess.run(["report", "--db", try database(), "--since", value])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--since"))
        #expect(result.stderr.contains(value))
        #expect(result.stdout.isEmpty)
    }

    @Test func theDatabaseComesFromDEFUSE_DBThenXDG_DATA_HOME() throws {
        let db = try database()
        let viaEnv = try DefuseProcess.run(["report", "--format", "json"], environment: ["DEFUSE_DB": db])
        #expect(try attempts(viaEnv).count == 3)
        let data = try DefuseProcess.emptyFolder()
        let xdgPath = data.appending(path: "defuse/results.sqlite").path
        try FileManager.default.createDirectory(
            atPath: (xdgPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: db, toPath: xdgPath)
        let viaXDG = try DefuseProcess.run(
            ["report", "--format", "json"], environment: ["DEFUSE_DB": "", "XDG_DATA_HOME": data.path])
        #expect(try attempts(viaXDG).count == 3)
        let empty = try DefuseProcess.emptyFolder().appending(path: "none.sqlite").path
        let flagWins = try DefuseProcess.run(
            ["report", "--format", "json", "--db", empty], environment: ["DEFUSE_DB": db])
        #expect(flagWins.status == 0)
        #expect(try attempts(flagWins).isEmpty)
        #expect(flagWins.stderr.contains("no results database at \(empty)"))
        #expect(!FileManager.default.fileExists(atPath: empty))
    }

    @Test func aFileThatIsNotADatabaseExits65() throws {
        let path = try DefuseProcess.emptyFolder().appending(path: "notes.sqlite")
        try Data(String(repeating: "these are my notes\n", count: 100).utf8).write(to: path)
        let result = try DefuseProcess.run(["report", "--db", path.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("the database at \(path.path) is not a Defuse results database"))
    }

    @Test func aFolderInPlaceOfTheDatabaseExits74() throws {
        let folder = try DefuseProcess.emptyFolder().path
        let result = try DefuseProcess.run(["report", "--db", folder])
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot open the results database at \(folder)"))
    }

    @Test func tableShowsRepsScenariosAndTechniquesWithoutControlCharacters() throws {
        let result = try DefuseProcess.run(["report", "--db", try database(hostile: true)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("REPS"))
        #expect(result.stdout.contains("SCENARIOS"))
        #expect(result.stdout.contains("  apology  ██████████ 100%  4/4"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("<script>alert(1)</script>\u{FFFD}[2J"))
    }

    @Test func htmlEscapesHostileNamesAndReplies() throws {
        let result = try DefuseProcess.run([
            "report", "--format", "html", "--db", try database(hostile: true),
        ])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(!result.stdout.contains("<script"))
        #expect(!result.stdout.contains("<img"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func csvAndXAPIHaveOneEntryPerAttempt() throws {
        let db = try database()
        let csv = try DefuseProcess.run(["report", "--format", "csv", "--db", db])
        #expect(csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 4)
        let xapi = try DefuseProcess.run(["report", "--format", "xapi", "--db", db])
        let statements = try JSONSerialization.jsonObject(with: Data(xapi.stdout.utf8)) as? [[String: Any]]
        #expect(statements?.count == 3)
        let verbs = statements?.compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
        #expect(
            verbs == [
                "http://adlnet.gov/expapi/verbs/passed", "http://adlnet.gov/expapi/verbs/completed",
                "http://adlnet.gov/expapi/verbs/terminated",
            ])
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let result = try DefuseProcess.run(["report", "--format", "pdf", "--db", try database()])
        #expect(result.status == 64)
    }

    @Test func theExecutableHasNoSQLAndNoGRDB() throws {
        let sources = DefuseProcess.packageRoot.appending(path: "Sources/defuse")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap {
            $0 as? String
        }
        .filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: sources.appending(path: file), encoding: .utf8)
            #expect(!text.contains("import GRDB"), "\(file)")
            #expect(
                text.range(
                    of: #"\b(SELECT|INSERT INTO|CREATE TABLE|UPDATE \w+ SET|DELETE FROM)\b"#,
                    options: .regularExpression) == nil, "\(file)")
        }
    }
}

@Suite struct ReportHelpTests {
    @Test func helpShowsTheOptionsAndWhereTheDatabaseIs() throws {
        let result = try DefuseProcess.run(["report", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: defuse report"))
        for option in ["--name <REP>", "--cohort <C>", "--scenario <ID>", "--since <DATE>", "--db <PATH>"] {
            #expect(result.stdout.contains(option), "\(option)")
        }
        #expect(result.stdout.contains("values: table, csv, json, html, xapi;"))
        #expect(result.stdout.contains("$XDG_DATA_HOME/defuse/results.sqlite"))
    }
}

@Suite struct ReportLibraryTests {
    @Test func titlesComeFromTheScenarioLibrary() throws {
        let path = try DefuseProcess.emptyFolder().appending(path: "r.sqlite").path
        let store = try ResultStore(path: path)
        let id = try store.begin(
            AttemptStart(rep: "Ana", scenario: "minimal", contentHash: "h", mode: .practice))
        try store.finish(attempt: id, outcome: .resolved, score: 90, ended: Date())
        let folder = DefuseProcess.fixtures.appending(path: "valid").path
        let result = try DefuseProcess.run([
            "report", "--format", "json", "--db", path, "--scenarios", folder,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"title\" : \"A late delivery\""))
    }

    @Test func aMissingScenariosFolderExits66() throws {
        let folder = try DefuseProcess.emptyFolder()
        let missing = folder.appending(path: "nope").path
        let result = try DefuseProcess.run(
            ["report", "--db", folder.appending(path: "r.sqlite").path, "--scenarios", missing])
        #expect(result.status == 66)
        #expect(result.stderr.contains(missing))
    }
}
