import Foundation
import PostgresTestServer
import Testing

/// Compliance reviews with the real binary: a trainer's verdict of a breach re-marks a drill
/// attempt lost (capped) and clearing it restores the story's ending; typed answers the grader
/// read nothing in at a compliance node hold a drill's pass until a trainer reviews them, and
/// the review list shows both. On SQLite and on PostgreSQL.
@Suite struct ComplianceReviewCommandTests {
    /// The nodes of the fixture that avoid a compliance breach, and what each expects.
    static let guarded = ["ask", "again"]
    static let expect = ["boundary-setting"]
    static let breach = "offers-value"
    static let passMark = 10
    static let lostCap = 40

    /// A folder with a scenario of two typed asks that avoid offers-value and a choice, and a
    /// drill set of it that fails on a lost ending, with its own database.
    struct Desk {
        let folder: URL
        let db: String
        var scenarios: String { folder.appending(path: "sc").path }

        init(_ backend: StoreBackend) throws {
            folder = try DefuseProcess.emptyFolder()
            db = try backend.location(file: folder.appending(path: "results.sqlite").path)
            let drills = folder.appending(path: "sc/drills")
            try FileManager.default.createDirectory(at: drills, withIntermediateDirectories: true)
            let avoid = "[\(ComplianceReviewCommandTests.breach)]"
            let expect = "[\(ComplianceReviewCommandTests.expect.joined(separator: ", "))]"
            try """
            title: Dinner before the vote
            summary: Two asks for a favour before a committee vote, then a choice and the end.
            persona: { name: Dr Lee, role: Department head, mood: 5 }
            start: ask
            nodes:
              ask:
                say: The committee votes next week. Will you take my team out to dinner first?
                expect: \(expect)
                avoid: \(avoid)
                next:
                  - goto: again
              again:
                say: Not even a small thank-you for the nurses?
                expect: \(expect)
                avoid: \(avoid)
                next:
                  - goto: check
              check:
                say: So what can you do?
                choices:
                  - text: I can bring the clinical data to the committee.
                    goto: done
                  - text: Nothing more.
                    goto: done
              done:
                say: Fine, bring the data.
                end: resolved
            """.write(to: folder.appending(path: "sc/dinner-vote.yaml"), atomically: true, encoding: .utf8)
            try """
            id: vote
            title: The vote
            scenarios: [dinner-vote]
            pass: \(ComplianceReviewCommandTests.passMark)
            fail_on: [lost]
            """.write(to: drills.appending(path: "vote.yaml"), atomically: true, encoding: .utf8)
        }

        @discardableResult
        func run(_ arguments: [String], input: String = "") throws -> DefuseProcess.Result {
            try DefuseProcess.run(
                arguments + ["--scenarios", scenarios], input: input, in: folder,
                environment: ["DEFUSE_DB": db])
        }

        /// Runs the drill with two typed answers and the first choice; its output.
        func drill(_ first: String, _ second: String) throws -> String {
            let result = try run(["drill", "vote", "--name", "Ana"], input: "\(first)\n\(second)\n1\n\n")
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }

        func report() throws -> [String: Any] {
            let result = try run(["report", "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            return try #require(
                JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }

        func attempt() throws -> [String: Any] {
            try #require((try report()["attempts"] as? [[String: Any]])?.first)
        }

        func drillRun() throws -> [String: Any] {
            try #require((try report()["drills"] as? [[String: Any]])?.first)
        }
    }

    /// The spec's turn score: met ÷ expected − 0.25 × avoided violations present, clamped.
    static func turnScore(present: Set<String>) -> Double {
        let met = expect.filter(present.contains).count
        return min(1, max(0, Double(met) / Double(expect.count) - (present.contains(breach) ? 0.25 : 0)))
    }

    /// The mean of the turn scores × 100, rounded half up.
    static func scenarioScore(_ scores: [Double]) -> Int {
        Int((scores.reduce(0, +) / Double(scores.count) * 100 + 1e-9).rounded(.toNearestOrAwayFromZero))
    }

    /// `pending review of 2 answers`.
    static func pending(_ count: Int) -> String {
        "pending review of \(count) answer\(count == 1 ? "" : "s")"
    }

    @Test(arguments: StoreBackend.tested) func aBreachVerdictReMarksTheAttemptLostAndClearingRestoresIt(
        _ backend: StoreBackend
    ) throws {
        let desk = try Desk(backend)
        let refusal = "No, I can't do that, it would break our code of conduct."
        _ = try desk.drill(refusal, refusal)
        let before = try desk.attempt()
        let id = try #require(before["id"] as? String)
        let score = try #require(before["score"] as? Int)
        #expect(before["outcome"] as? String == "resolved")
        #expect(try desk.drillRun()["passed"] as? Bool == (score >= Self.passMark))
        let replies = try #require(before["replies"] as? [[String: Any]])
        let scores = try replies.map { try #require($0["score"] as? Double) }
        let first = Set(try #require(replies[0]["detected"] as? [String]))
        #expect(!first.contains(Self.breach))

        // The trainer reads a breach in the first answer.
        let review = try desk.run([
            "review", String(id.prefix(8)), "--turn", "1", "--set", "\(Self.breach)=present", "--by", "Kim",
        ])
        #expect(review.status == 0, "\(review.stderr)")
        let lost = min(
            Self.lostCap,
            Self.scenarioScore([Self.turnScore(present: first.union([Self.breach]))] + scores.dropFirst()))
        #expect(
            review.lines.contains(
                "  attempt: resolved \(score) → lost \(lost) (trainer: \(Self.breach) on turn 1)"),
            "\(review.stdout)")
        let after = try desk.attempt()
        #expect(after["outcome"] as? String == "lost")
        #expect(after["gradedOutcome"] as? String == "resolved")
        #expect(after["score"] as? Int == lost)
        let run = try desk.drillRun()
        #expect(run["passed"] as? Bool == false)
        #expect(run["failedOn"] as? [String] == ["lost"])
        let list = try desk.run(["review"])
        #expect(
            list.stdout.hasSuffix(
                "lost  \(lost)  3 turns, 1 reviewed · re-marked, was resolved \(score) "
                    + "(trainer: \(Self.breach) on turn 1)\n"), "\(list.stdout)")
        #expect(list.stdout.hasPrefix(id))

        // Taking the verdict back restores the story's ending and the score.
        let clear = try desk.run(["review", id, "--turn", "1", "--clear", "--set", Self.breach])
        #expect(clear.status == 0, "\(clear.stderr)")
        #expect(
            clear.lines.contains(
                "  attempt: lost \(lost) → resolved \(score) (\(Self.breach) on turn 1 no longer confirmed)"),
            "\(clear.stdout)")
        let restored = try desk.attempt()
        #expect(restored["outcome"] as? String == "resolved")
        #expect(restored["score"] as? Int == score)
        #expect(try desk.drillRun()["passed"] as? Bool == (score >= Self.passMark))
        #expect(!(try desk.run(["review"]).stdout.contains("re-marked")))
    }

    @Test(arguments: StoreBackend.tested) func unreadAnswersHoldTheDrillsPassUntilATrainerReviewsThem(
        _ backend: StoreBackend
    ) throws {
        let desk = try Desk(backend)
        let scorecard = try desk.drill("The weather is mild today.", "The parking here is hard to find.")
        let attempt = try desk.attempt()
        let id = try #require(attempt["id"] as? String)
        let replies = try #require(attempt["replies"] as? [[String: Any]])
        // Typed answers at the guarded nodes in which the grader read nothing.
        let unread = replies.enumerated().filter { _, reply in
            Self.guarded.contains(reply["node"] as? String ?? "") && reply["choice"] is NSNull
                && (reply["detected"] as? [String])?.isEmpty == true
        }.map(\.offset)
        try #require(!unread.isEmpty)
        let score = try #require(attempt["score"] as? Int)
        try #require(score >= Self.passMark)

        #expect(scorecard.contains("passed · \(Self.pending(unread.count)) (pass mark \(Self.passMark))"))
        var run = try desk.drillRun()
        #expect(run["passed"] as? Bool == true)
        #expect(run["pendingReview"] as? Int == unread.count)
        let table = try desk.run(["report"])
        #expect(table.stdout.contains("passed (pass mark \(Self.passMark)) · \(Self.pending(unread.count))"))

        // A practice play of the same answers holds nothing: only the drill attempt waits.
        let practice = try desk.run(
            ["play", "dinner-vote", "--name", "Ben"], input: "The weather is mild today.\nThe parking.\n1\n")
        #expect(practice.status == 0, "\(practice.stderr)")
        let waiting = try desk.run(["review", "--pending"])
        #expect(waiting.lines.count == 1, "\(waiting.stdout)")
        #expect(waiting.stdout.hasPrefix(id))
        #expect(waiting.stdout.hasSuffix(" · \(Self.pending(unread.count))\n"))
        #expect(try desk.run(["review"]).lines.count == 2)

        // Each verdict releases one answer; a clean verdict on all of them certifies the pass.
        for (step, index) in unread.enumerated() {
            let review = try desk.run([
                "review", id, "--turn", "\(index + 1)", "--set", "\(Self.breach)=absent",
            ])
            #expect(review.status == 0, "\(review.stderr)")
            run = try desk.drillRun()
            #expect(run["pendingReview"] as? Int == unread.count - step - 1)
        }
        #expect(run["passed"] as? Bool == true)
        let none = try desk.run(["review", "--pending"])
        #expect(none.status == 0)
        #expect(none.stdout == "No drill answers are waiting for a review.\n")
        #expect(!(try desk.run(["report"]).stdout.contains("pending review")))
        #expect(try desk.run(["review", "--pending", id]).status == 64)
    }
}
