import Foundation
import GRDB
import PostgresTestServer
import Testing

/// `defuse push` with the real binary against a real LRS (a throwaway Ralph, see ``RalphLRS``):
/// what the LRS holds afterwards is read back from it with `GET /statements`. Every test uses a
/// home page of its own, so the statements of tests running at once never mix.
@Suite(.enabled(if: RalphLRS.isInstalled, RalphLRS.skipReason))
struct PushCommandTests {
    static let scenarios = DefuseProcess.fixtures.appending(path: "review").path
    static let sorry = "I'm so sorry, the warehouse sent them to the wrong hospital."
    static let plan = "I will drive the set over myself, it will be with you by 10:30. Thank you."

    /// A trainer's laptop: a results file and a home page no other test uses.
    struct Laptop {
        let folder: URL
        let db: String
        let homePage = "https://lms.test/\(UUID().uuidString.lowercased())"

        /// A laptop with a results file, or with the store at `db` (a PostgreSQL URL).
        init(db: String? = nil) throws {
            folder = try DefuseProcess.emptyFolder()
            self.db = db ?? folder.appending(path: "results.sqlite").path
        }

        /// Runs `defuse arguments…` on this laptop's database, fixture scenarios and home page.
        @discardableResult
        func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws
            -> DefuseProcess.Result
        {
            var environment = environment
            environment["DEFUSE_HOME_PAGE"] = environment["DEFUSE_HOME_PAGE"] ?? homePage
            environment["DEFUSE_LRS_USER"] = environment["DEFUSE_LRS_USER"] ?? ""
            environment["DEFUSE_LRS_PASSWORD"] = environment["DEFUSE_LRS_PASSWORD"] ?? ""
            return try DefuseProcess.run(
                arguments + ["--db", db, "--scenarios", PushCommandTests.scenarios], input: input, in: folder,
                environment: environment)
        }

        /// `defuse push` to `lrs` with the right credentials, unless others are given.
        func push(_ lrs: String, _ extra: [String] = [], password: String = RalphLRS.password) throws
            -> DefuseProcess.Result
        {
            try run(["push", "--lrs", lrs, "--user", RalphLRS.user, "--password", password] + extra)
        }

        /// Ana (cohort North) finishes the desk scenario and leaves it once after one reply;
        /// Ben (cohort North) runs the desk drill: 3 attempts and 1 drill run.
        func playRoom() throws {
            let finished = "\(PushCommandTests.sorry)\n\(PushCommandTests.plan)\n1\n"
            #expect(
                try run(["play", "service-desk", "--name", "Ana", "--cohort", "North"], input: finished)
                    .status == 0)
            #expect(
                try run(
                    ["play", "service-desk", "--name", "Ana", "--cohort", "North"],
                    input: "\(PushCommandTests.sorry)\n"
                )
                .status == 0)
            let drill = try run(
                ["drill", "desk-drill", "--name", "Ben", "--cohort", "North"], input: finished + "\n")
            #expect(drill.status == 0, "\(drill.stderr)")
        }

        /// The JSON report.
        func report() throws -> [String: Any] {
            let result = try run(["report", "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            return try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }

        /// Rows in the results file's record of what LRSs accepted.
        func markedRows() throws -> Int {
            let queue = try DatabaseQueue(path: db)
            return try queue.read { db in
                guard try db.tableExists("lrsStatement") else { return 0 }
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM lrsStatement") ?? 0
            }
        }
    }

    @Test func pushSendsEachStatementOnceAndAllResendsWithoutDuplicates() throws {
        let lrs = try RalphLRS.server()
        let laptop = try Laptop()
        try laptop.playRoom()
        let first = try laptop.push(lrs.endpoint)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "4 statements sent\n")

        let held = try lrs.statements(homePage: laptop.homePage)
        #expect(held.count == 4)
        #expect(Set(held.compactMap { $0["id"] as? String }).count == 4)
        // The same statements `report --format xapi` writes, one builder for both.
        let exported = try laptop.run(["report", "--format", "xapi"])
        let statements = try #require(
            try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [[String: Any]])
        #expect(
            Set(statements.compactMap { $0["id"] as? String }) == Set(held.compactMap { $0["id"] as? String })
        )

        // What Ralph stored: the configured home page, the cohort as grouping, the drill run as
        // registration of both the drill's attempt and the run's own statement.
        let report = try laptop.report()
        let run = try #require((report["drills"] as? [[String: Any]])?.first?["id"] as? String)
        for statement in held {
            let actor = try #require(statement["actor"] as? [String: Any])
            let account = try #require(actor["account"] as? [String: Any])
            #expect(account["homePage"] as? String == laptop.homePage)
            let context = try #require(statement["context"] as? [String: Any])
            let grouping = try #require(
                (context["contextActivities"] as? [String: Any])?["grouping"] as? [[String: Any]])
            #expect(grouping.map { $0["id"] as? String } == ["\(laptop.homePage)/cohorts/North"])
            let isBen = account["name"] as? String == "Ben"
            #expect((context["registration"] as? String) == (isBen ? run : nil))
        }
        #expect(held.filter { ($0["context"] as? [String: Any])?["registration"] != nil }.count == 2)

        let again = try laptop.push(lrs.endpoint)
        #expect(again.status == 0 && again.stdout == "0 statements sent\n", "\(again.stderr)")

        let all = try laptop.push(lrs.endpoint, ["--all"])
        #expect(all.status == 0 && all.stdout == "4 statements sent\n", "\(all.stderr)")
        let afterAll = try lrs.statements(homePage: laptop.homePage)
        #expect(afterAll.count == 4)
        #expect(Set(afterAll.compactMap { $0["id"] as? String }).count == 4)

        // One more attempt: only it is sent.
        #expect(
            try laptop.run(["play", "service-desk", "--name", "Cy"], input: "\(Self.sorry)\n").status == 0)
        let more = try laptop.push(lrs.endpoint)
        #expect(more.status == 0 && more.stdout == "1 statements sent\n", "\(more.stderr)")
        #expect(try lrs.statements(homePage: laptop.homePage).count == 5)
    }

    @Test(.enabled(if: !PostgresTestServer.skipped, "DEFUSE_SKIP_POSTGRES=1"))
    func aTeamStoreOnPostgreSQLRemembersWhatWasSent() throws {
        let lrs = try RalphLRS.server()
        let laptop = try Laptop(db: try PostgresTestServer.shared.get().newDatabase())
        try laptop.playRoom()
        let first = try laptop.push(lrs.endpoint)
        #expect(first.status == 0 && first.stdout == "4 statements sent\n", "\(first.stderr)")
        #expect(try lrs.statements(homePage: laptop.homePage).count == 4)
        let again = try laptop.push(lrs.endpoint)
        #expect(again.status == 0 && again.stdout == "0 statements sent\n", "\(again.stderr)")
    }

    @Test func credentialsComeFromTheEnvironmentAndAWrongPasswordMarksNothing() throws {
        let lrs = try RalphLRS.server()
        let laptop = try Laptop()
        try laptop.playRoom()
        let wrong = try laptop.push(lrs.endpoint, password: "not-the-password")
        #expect(wrong.status == 65)
        #expect(wrong.stdout == "0 statements sent\n")
        #expect(wrong.stderr.contains("refused the credentials (HTTP 401"), "\(wrong.stderr)")
        #expect(try laptop.markedRows() == 0)
        #expect(try lrs.statements(homePage: laptop.homePage).isEmpty)

        let right = try laptop.run(
            ["push", "--lrs", lrs.endpoint],
            environment: ["DEFUSE_LRS_USER": RalphLRS.user, "DEFUSE_LRS_PASSWORD": RalphLRS.password])
        #expect(right.status == 0 && right.stdout == "4 statements sent\n", "\(right.stderr)")
        #expect(try laptop.markedRows() == 4)
        #expect(try lrs.statements(homePage: laptop.homePage).count == 4)
    }

    @Test func anLRSThatIsDownExits69AndMarksNothing() throws {
        let laptop = try Laptop()
        try laptop.playRoom()
        let port = try RalphLRS.freePort()
        let down = try laptop.push("http://127.0.0.1:\(port)/xAPI")
        #expect(down.status == 69)
        #expect(down.stdout == "0 statements sent\n")
        #expect(
            down.stderr.contains("cannot reach the LRS at http://127.0.0.1:\(port)/xAPI/statements"),
            "\(down.stderr)")
        #expect(try laptop.markedRows() == 0)
    }

    @Test func anLRSThatNeverAnswersTimesOutWith69() throws {
        let laptop = try Laptop()
        try laptop.playRoom()
        let hung = try Listener()
        let started = Date()
        let result = try laptop.push("http://127.0.0.1:\(hung.port)/xAPI", ["--timeout", "1"])
        #expect(result.status == 69)
        #expect(result.stderr.contains("did not answer within 1 second"), "\(result.stderr)")
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(try laptop.markedRows() == 0)
    }

    @Test func httpsToAPlainHTTPServerIsATLSErrorWith69() throws {
        let lrs = try RalphLRS.server()
        let laptop = try Laptop()
        try laptop.playRoom()
        let https = lrs.endpoint.replacingOccurrences(of: "http://", with: "https://")
        let result = try laptop.push(https)
        #expect(result.status == 69)
        #expect(result.stderr.contains("cannot open a secure connection to the LRS"), "\(result.stderr)")
        #expect(try laptop.markedRows() == 0)
    }

    @Test func aWrongEndpointIsRefusedWithAHint() throws {
        let lrs = try RalphLRS.server()
        let laptop = try Laptop()
        try laptop.playRoom()
        let root = String(lrs.endpoint.dropLast("/xAPI".count))
        let result = try laptop.push(root)
        #expect(result.status == 65)
        #expect(
            result.stderr.contains("HTTP 404") && result.stderr.contains("xAPI endpoint"), "\(result.stderr)")
        #expect(try laptop.markedRows() == 0)
    }

    @Test func aReviewAfterPushReplacesTheStatementAndVoidsTheOldOne() throws {
        let lrs = try RalphLRS.server()
        let laptop = try Laptop()
        try laptop.playRoom()
        #expect(try laptop.push(lrs.endpoint).status == 0)
        let before = try lrs.statements(homePage: laptop.homePage)
        let attempts = try #require(try laptop.report()["attempts"] as? [[String: Any]])
        let reviewed = try #require(attempts.first?["id"] as? String)
        let review = try laptop.run(
            [
                "review", String(reviewed.prefix(8)), "--turn", "1", "--set", "ownership=present", "--by",
                "Kim",
            ])
        #expect(review.status == 0, "\(review.stderr)")

        let after = try laptop.push(lrs.endpoint)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout == "2 statements sent\n")
        let held = try lrs.statements(homePage: laptop.homePage)
        let new = held.filter { statement in
            !before.contains { $0["id"] as? String == statement["id"] as? String }
        }
        #expect(new.count == 2)
        let voiding = try #require(
            new.first {
                ($0["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/voided"
            })
        let voidedID = try #require((voiding["object"] as? [String: Any])?["id"] as? String)
        #expect((voiding["object"] as? [String: Any])?["objectType"] as? String == "StatementRef")
        // The voided statement is the one first sent for the reviewed attempt.
        let old = try #require(before.first { $0["id"] as? String == voidedID })
        let replacement = try #require(new.first { $0["id"] as? String != voiding["id"] as? String })
        #expect(
            (old["object"] as? [String: Any])?["id"] as? String
                == (replacement["object"] as? [String: Any])?["id"] as? String)
        let extensions = try #require(
            (replacement["result"] as? [String: Any])?["extensions"] as? [String: Any])
        #expect(extensions.keys.contains { $0.hasSuffix("/xapi/extensions/review") })

        let rerun = try laptop.push(lrs.endpoint)
        #expect(rerun.stdout == "0 statements sent\n")
    }

    @Test func badOptionsAreUsageErrors() throws {
        let laptop = try Laptop()
        let notURL = try laptop.run(["push", "--lrs", "lrs.example.com"])
        #expect(notURL.status == 64)
        #expect(notURL.stderr.contains("--lrs 'lrs.example.com' is not an http or https address"))
        let noPassword = try laptop.run(["push", "--lrs", "https://lrs.example.com/xAPI", "--user", "kim"])
        #expect(noPassword.status == 64)
        #expect(noPassword.stderr.contains("a user without a password"))
        let badHome = try laptop.run(["push", "--lrs", "https://lrs.example.com/xAPI", "--home-page", "lms"])
        #expect(badHome.status == 64)
        #expect(badHome.stderr.contains("--home-page 'lms' is not an http or https address"))
    }
}
