import Foundation
import PostgresTestServer
import Testing

/// Review12 finding 12(b) with the real binary and the shipped after-hours-call: a reply read as
/// a sterile-field breach beside a time is asked at arm-route-check; a run that passes the check
/// is recorded "breach read, cleared at check", and its drill waits for a trainer's review of
/// that reply, which any verdict on it gives. On SQLite and on PostgreSQL.
@Suite struct ClearedAtCheckCommandTests {
    /// The reply the grader reads as a breach beside a time (after-hours-call's own test), the
    /// right line at arm-route-check, then the reviewer's strong replies ("No flash from me" is
    /// read as a limit since play12, so the-clock goes on without asking flash-check), and the
    /// report at the morning call (play14).
    static let replies = [
        "Sorry Rhonda, that's mine. I'll bring the spare arm from my car straight up to the OR by 00:30.",
        "2",
        "No flash from me. It will be at SPD's window by 00:30, and their normal cycle has it ready by about half "
            + "four, well before six-thirty. How they process it is SPD's call, not mine.",
        "No, I don't scrub in and I don't touch the field. I'll be there at six to walk Keisha through the "
            + "targeting arm before she gowns, and I'll stay outside the field during the case.",
        "You were right to call me tonight; a missing instrument before a case is exactly what the on-call line "
            + "is for. For things like a manual, text me and I'll answer first thing in the morning.",
        "I'm sorry this landed on your night. From now on I check every tray against its contents list before it "
            + "leaves me, and I'll email you the count sheet the evening before. Thank you for calling early enough "
            + "to fix it.",
        // play14: the area manager's morning call (review13 finding 15), the report of Dave's habit.
        "Yes, one thing. Around midnight Rhonda asked me to scrub in and run the targeting for Dr. Osei, and said "
            + "Dave always did. I told her no and walked Keisha through the arm before the case.",
    ]

    @Test(arguments: StoreBackend.tested) func aDrillRunThroughArmRouteCheckAwaitsReviewAndAReviewClearsIt(
        _ backend: StoreBackend
    ) throws {
        let folder = try DefuseProcess.emptyFolder()
        let db = try backend.location(file: folder.appending(path: "results.sqlite").path)
        let drills = folder.appending(path: "sc/drills")
        try FileManager.default.createDirectory(at: drills, withIntermediateDirectories: true)
        try """
        id: night
        title: The night call
        scenarios: [after-hours-call]
        pass: 10
        fail_on: [breach]
        """.write(to: drills.appending(path: "night.yaml"), atomically: true, encoding: .utf8)
        func run(_ arguments: [String], input: String = "") throws -> DefuseProcess.Result {
            try DefuseProcess.run(
                arguments + ["--scenarios", folder.appending(path: "sc").path], input: input, in: folder,
                environment: ["DEFUSE_DB": db])
        }
        func report() throws -> [String: Any] {
            let result = try run(["report", "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            return try #require(
                JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }

        let drill = try run(
            ["drill", "night", "--name", "Ana"], input: Self.replies.joined(separator: "\n") + "\n\n")
        #expect(drill.status == 0, "\(drill.stderr)")
        #expect(
            drill.stdout.contains("(breach read at turn 1, cleared at check; awaiting review)"),
            "\(drill.stdout)")
        var attempt = try #require((try report()["attempts"] as? [[String: Any]])?.first)
        let id = try #require(attempt["id"] as? String)
        let replies = try #require(attempt["replies"] as? [[String: Any]])
        #expect(
            replies.map { $0["node"] as? String }.prefix(3) == ["the-call", "arm-route-check", "the-clock"])
        #expect(replies[1]["score"] as? Double == 0.5)
        #expect(
            attempt["clearedAtCheck"] as? String == "breach read at turn 1, cleared at check; awaiting review"
        )
        #expect(attempt["breach"] as? Bool == false)
        let outcome = try #require(attempt["outcome"] as? String)
        #expect(["resolved", "exit"].contains(outcome))
        // Typed answers the grader read nothing in would wait too; these are all read.
        let unread = replies.filter {
            $0["choice"] is NSNull && ($0["detected"] as? [String])?.isEmpty == true
        }
        try #require(unread.isEmpty)
        var drillRun = try #require((try report()["drills"] as? [[String: Any]])?.first)
        #expect(drillRun["pendingReview"] as? Int == 1)
        let table = try run(["report"])
        #expect(table.stdout.contains("pending review of 1 answer"), "\(table.stdout)")
        let csv = try run(["report", "--format", "csv"])
        #expect(csv.stdout.contains("breach read at turn 1, cleared at check; awaiting review"))
        let xapi = try run(["report", "--format", "xapi"])
        #expect(xapi.stdout.contains("cleared-at-check"))
        let waiting = try run(["review", "--pending"])
        #expect(waiting.stdout.hasPrefix(id), "\(waiting.stdout)")
        #expect(
            waiting.stdout.contains(" · breach read at turn 1, cleared at check · pending review of 1 answer")
        )

        // The trainer reads the first reply and finds the time to SPD's window: any verdict on
        // that turn clears the hold.
        let review = try run(["review", id, "--turn", "1", "--set", "decisive-action=present", "--by", "Kim"])
        #expect(review.status == 0, "\(review.stderr)")
        attempt = try #require((try report()["attempts"] as? [[String: Any]])?.first)
        #expect(attempt["clearedAtCheck"] as? String == "breach read at turn 1, cleared at check; reviewed")
        drillRun = try #require((try report()["drills"] as? [[String: Any]])?.first)
        #expect(drillRun["pendingReview"] as? Int == 0)
        #expect(drillRun["passed"] as? Bool == true)
        let none = try run(["review", "--pending"])
        #expect(none.stdout == "No drill answers are waiting for a review.\n", "\(none.stdout)")
    }
}
