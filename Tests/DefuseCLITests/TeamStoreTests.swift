import Foundation
import PostgresTestServer
import Testing

/// The team store with the real binary: the same scripted plays give the same reports on
/// SQLite and on PostgreSQL, and a server that cannot be reached or goes away mid-run is told
/// plainly, keeps what was committed, and never crashes a practice run.
@Suite(.enabled(if: !PostgresTestServer.skipped, "DEFUSE_SKIP_POSTGRES=1"))
struct TeamStoreTests {
    /// Scripted plays into `db`: the import tests' laptop (finished, abandoned and drill-mode
    /// attempts, a trainer's review) and a drill run through the review fixture's drill set.
    static func play(into db: String, in folder: URL) throws {
        _ = try ImportCommandTests.laptop("room", reps: ["Ana", "Ben"], in: folder, db: db)
        let drill = try ImportCommandTests.run(
            ["drill", "desk-drill", "--name", "Cy", "--cohort", "north", "--db", db], in: folder,
            input: "\(ReviewCommandTests.sorry)\n\(ReviewCommandTests.plan)\n1\n\n")
        #expect(drill.status == 0, "\(drill.stderr)")
    }

    static func report(_ db: String, format: String, in folder: URL) throws -> String {
        let result = try ImportCommandTests.run(["report", "--db", db, "--format", format], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The report with ids, times and durations blanked, for comparing two runs of the same plays.
    static func withoutIDsAndTimes(_ report: String) -> String {
        var text = report
        for (pattern, replacement) in [
            (#"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#, "ID"),
            (#"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?Z?"#, "TIME"),
            (#""durationSeconds" : [0-9.e-]+"#, #""durationSeconds" : 0"#),
            (#""PT[0-9.]+S""#, #""PT0S""#),  // xAPI durations
            (#"(?<![0-9a-f-])[0-9a-f]{8}(?![0-9a-f-])"#, "SHORTID"),  // ids as the table's reviews list them
            (#"(?s)<svg .*?</svg>"#, "<svg>"),  // HTML charts: points placed by time
            (#",[0-9]+\.[0-9]{2},"#, ",0.00,"),  // duration_seconds in CSV
        ] {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text
    }

    @Test func theSamePlaysGiveTheSameReportsOnSQLiteAndPostgreSQL() throws {
        let folder = try DefuseProcess.emptyFolder()
        let file = folder.appending(path: "laptop.sqlite").path
        let server = try StoreBackend.postgres.location(file: file)
        try Self.play(into: file, in: folder)
        try Self.play(into: server, in: folder)
        let onFile = try Self.report(file, format: "json", in: folder)
        let onServer = try Self.report(server, format: "json", in: folder)
        // What the plays recorded: every kind of attempt, a review and a drill run.
        for expected in [
            "\"outcome\" : \"abandoned\"", "\"mode\" : \"drill\"", "\"mode\" : \"practice\"",
            "\"reviewed\" : true", "\"set\" : \"desk-drill\"",
        ] {
            #expect(onFile.contains(expected), "\(expected)")
        }
        #expect(onFile != onServer, "each store made its own ids")
        #expect(Self.withoutIDsAndTimes(onFile) == Self.withoutIDsAndTimes(onServer))
        for format in ["csv", "table", "xapi", "html"] {
            let (a, b) = (
                try Self.report(file, format: format, in: folder),
                try Self.report(server, format: format, in: folder)
            )
            #expect(!a.isEmpty)
            let (left, right) = (Self.withoutIDsAndTimes(a), Self.withoutIDsAndTimes(b))
            let differing = zip(left.split(separator: "\n"), right.split(separator: "\n")).first { $0 != $1 }
            #expect(left == right, "\(format): \(differing.map { "\($0.0)\n\($0.1)" } ?? "")")
        }
    }

    @Test func anUnreachableServerExits69AndNeverShowsItsPassword() throws {
        let url = "postgresql://coach:hunter2@127.0.0.1:1/room?sslmode=disable"
        let report = try DefuseProcess.run(["report", "--db", url])
        #expect(report.status == 69)
        #expect(report.stderr.contains("postgresql://coach@127.0.0.1:1/room"), "\(report.stderr)")
        #expect(!report.stderr.contains("hunter2"))
        let bad = try DefuseProcess.run(["report", "--db", "postgresql://h/db?sslmode=often"])
        #expect(bad.status == 64, "\(bad.stderr)")
        #expect(bad.stderr.contains("sslmode"))
        // Practice without the server carries on unrecorded; a drill cannot start.
        let play = try DefuseProcess.run(
            ["play", ImportCommandTests.choiceWalk, "--db", url], input: "1\nok\n")
        #expect(play.status == 0)
        #expect(play.stdout.contains("outcome: resolved"))
        #expect(play.stderr.contains("will not be recorded"), "\(play.stderr)")
        let drill = try ImportCommandTests.run(
            ["drill", "desk-drill", "--db", url], in: try DefuseProcess.emptyFolder(), input: "\n")
        #expect(drill.status == 69, "\(drill.stderr)")
    }

    /// Starts `arguments` against a new database, sends `before` and waits until `turns`
    /// replies are on the server, cuts the server off, sends `after`; the process's exit code
    /// and output, and the database's URL (the server takes connections again).
    func cutOff(_ arguments: [String], before: String, turns: Int, after: String) throws -> (
        status: Int32, stdout: String, stderr: String, url: String
    ) {
        let folder = try DefuseProcess.emptyFolder()
        let url = try StoreBackend.postgres.location(file: "")
        let server = try PostgresTestServer.shared.get()
        let name = String(url.split(separator: "/").last?.split(separator: "?").first ?? "")
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = DefuseProcess.binary
        process.arguments = arguments + ["--db", url, "--scenarios", ImportCommandTests.scenarios]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        for (key, name) in [
            ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config"),
            ("XDG_CACHE_HOME", "cache"),
        ] {
            environment[key] = folder.appending(path: name).path
        }
        process.environment = environment
        let (input, output, errors) = (Pipe(), Pipe(), Pipe())
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(before.utf8))
        var recorded = false
        for _ in 0..<400 where !recorded {
            Thread.sleep(forTimeInterval: 0.05)
            recorded =
                (try? server.psql("SELECT count(*) FROM turn", database: name))?.hasPrefix("\(turns)") == true
        }
        #expect(recorded)
        try server.psql(
            """
            ALTER DATABASE \(name) WITH ALLOW_CONNECTIONS false;
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '\(name)';
            """)
        input.fileHandleForWriting.write(Data(after.utf8))
        try input.fileHandleForWriting.close()
        let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try server.psql("ALTER DATABASE \(name) WITH ALLOW_CONNECTIONS true")
        return (process.terminationStatus, stdout, stderr, url)
    }

    @Test func aServerThatGoesAwayMidPracticeKeepsTheRepliesAndThePracticeGoesOn() throws {
        let run = try cutOff(
            ["play", "service-desk", "--name", "Kim"], before: "\(ReviewCommandTests.sorry)\n", turns: 1,
            after: "\(ReviewCommandTests.plan)\n1\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("outcome: "), "\(run.stdout)")
        #expect(
            run.stderr.contains("unavailable") && run.stderr.contains("carries on unrecorded"),
            "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "warning:").count == 2, "one warning: \(run.stderr)")
        let report = try Self.report(run.url, format: "json", in: try DefuseProcess.emptyFolder())
        let object = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
        let attempt = try #require((object?["attempts"] as? [[String: Any]])?.first)
        #expect(
            (attempt["replies"] as? [[String: Any]])?.map { $0["reply"] as? String } == [
                ReviewCommandTests.sorry
            ])
        #expect(attempt["outcome"] as? String == "abandoned")
    }

    @Test func aServerThatGoesAwayMidDrillStopsItPlainlyAndKeepsTheReplies() throws {
        let run = try cutOff(
            ["drill", "desk-drill", "--name", "Kim"], before: "\(ReviewCommandTests.sorry)\n", turns: 1,
            after: "\(ReviewCommandTests.plan)\n1\n\n")
        #expect(run.status == 69, "\(run.stderr)")
        #expect(
            run.stderr.contains("unavailable") && run.stderr.contains("the drill stops here"), "\(run.stderr)"
        )
        #expect(!run.stderr.contains("Fatal") && !run.stderr.contains("Stack"))
        let report = try Self.report(run.url, format: "json", in: try DefuseProcess.emptyFolder())
        let object = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
        let attempt = try #require((object?["attempts"] as? [[String: Any]])?.first)
        #expect((attempt["replies"] as? [[String: Any]])?.count == 1)
        let drill = try #require((object?["drills"] as? [[String: Any]])?.first)
        #expect(drill["complete"] as? Bool == false)
    }
}
