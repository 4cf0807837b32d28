import Foundation
import PostgresTestServer
import Testing

/// A trainer with the real binary: a drill run failed by `fail_on: [lost]` shows in
/// `review --pending`; a flipped verdict that sends the story another way passes the run on
/// review in every report, one that keeps the path does not, and `--clear` restores the
/// failure. On SQLite and on PostgreSQL.
@Suite struct DrillRemarkCommandTests {
    static let passMark = 10
    /// A reply the grader reads as ownership and blame-shifting.
    static let reply = "That was the warehouse's fault, not mine, but I'm on it."

    /// A folder with a scenario where a blame-shifting reply loses the surgeon and a drill set of
    /// it that fails on a lost ending, with its own database.
    struct Desk {
        let folder: URL
        let db: String
        var scenarios: String { folder.appending(path: "sc").path }

        init(_ backend: StoreBackend) throws {
            folder = try DefuseProcess.emptyFolder()
            db = try backend.location(file: folder.appending(path: "results.sqlite").path)
            let drills = folder.appending(path: "sc/drills")
            try FileManager.default.createDirectory(at: drills, withIntermediateDirectories: true)
            try """
            title: The missing tray
            summary: A surgeon asks where the tray is; a blame reply loses her.
            persona: { name: Dr Okafor, role: Orthopaedic surgeon, mood: 5 }
            start: ask
            nodes:
              ask:
                say: Where is my tray? The case starts in an hour.
                expect: [ownership]
                avoid: [blame-shifting]
                next:
                  - if: { violated: [blame-shifting] }
                    goto: walked
                  - goto: plan
              plan:
                say: So what happens now?
                expect: [decisive-action]
                next:
                  - goto: done
              walked:
                say: Then I will call another company.
                end: lost
              done:
                say: Fine.
                end: resolved
            """.write(to: folder.appending(path: "sc/misread.yaml"), atomically: true, encoding: .utf8)
            try """
            id: tray
            title: Tray
            scenarios: [misread]
            pass: \(DrillRemarkCommandTests.passMark)
            fail_on: [lost]
            """.write(to: drills.appending(path: "tray.yaml"), atomically: true, encoding: .utf8)
        }

        @discardableResult
        func run(_ arguments: [String], input: String = "") throws -> DefuseProcess.Result {
            try DefuseProcess.run(
                arguments + ["--scenarios", scenarios], input: input, in: folder,
                environment: ["DEFUSE_DB": db])
        }

        func report() throws -> [String: Any] {
            let result = try run(["report", "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            return try #require(
                JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        }

        func drillRun() throws -> [String: Any] {
            try #require((try report()["drills"] as? [[String: Any]])?.first)
        }
    }

    @Test(arguments: StoreBackend.tested) func aTrainerClearsAFailureAMisreadCaused(_ backend: StoreBackend)
        throws
    {
        let desk = try Desk(backend)
        let drill = try desk.run(["drill", "tray", "--name", "Ana"], input: Self.reply + "\n\n")
        #expect(drill.status == 0, "\(drill.stderr)")
        #expect(drill.stdout.contains("failed: 1 lost ending (fail_on: lost)"))
        let attempt = try #require((try desk.report()["attempts"] as? [[String: Any]])?.first)
        let id = try #require(attempt["id"] as? String)
        let graded = try #require(attempt["score"] as? Int)
        #expect(attempt["outcome"] as? String == "lost")

        // The failed drill attempt waits for a trainer, saying which scenario ended how.
        let pending = try desk.run(["review", "--pending"])
        #expect(pending.lines.count == 1, "\(pending.stdout)")
        #expect(pending.stdout.hasPrefix(id))
        #expect(pending.stdout.contains("  misread  lost  \(graded)  "))
        #expect(pending.stdout.hasSuffix(" · failed drill tray: lost ending (fail_on: lost)\n"))

        // A flip that keeps the path (the violation decides the branch) changes no ending.
        let same = try desk.run(["review", String(id.prefix(8)), "--turn", "1", "--set", "ownership=absent"])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(
            same.lines.contains("  story: the same path on the trainer's verdicts; the ending (lost) stands"))
        #expect(try desk.drillRun()["passed"] as? Bool == false)
        #expect(
            try desk.run(["review", "--pending"]).stdout == "No drill answers are waiting for a review.\n")

        // The misread: blame-shifting was not there. The story goes to `plan` instead.
        let flip = try desk.run([
            "review", id, "--turn", "1", "--clear", "--set", "ownership",
        ])
        #expect(flip.status == 0, "\(flip.stderr)")
        let remark = try desk.run([
            "review", id, "--turn", "1", "--set", "blame-shifting=absent", "--note", "explains, then owns it",
            "--by", "Kim",
        ])
        #expect(remark.status == 0, "\(remark.stderr)")
        #expect(
            remark.lines.contains(
                "  story: re-marked, trainer Kim: turn 1 goes to plan, not played (was lost; now no ending counted)"
            ),
            "\(remark.stdout)")

        let run = try desk.drillRun()
        #expect(run["passed"] as? Bool == true)
        #expect(run["gradedPassed"] as? Bool == false)
        #expect(run["failedOn"] as? [String] == [])
        #expect(run["gradedFailedOn"] as? [String] == ["lost"])
        #expect(run["verdict"] as? String == "passed on review (was failed: 1 lost ending, fail_on: lost)")
        let remarks = try #require(run["remarks"] as? [[String: Any]])
        #expect(remarks.count == 1)
        #expect(remarks.first?["attempt"] as? String == id)
        #expect(remarks.first?["reviewer"] as? String == "Kim")
        #expect(remarks.first?["note"] as? String == "explains, then owns it")
        #expect(remarks.first?["was"] as? String == "lost")
        #expect(remarks.first?["ending"] is NSNull)
        #expect(remarks.first?["node"] as? String == "plan")

        let table = try desk.run(["report"])
        #expect(
            table.stdout.contains("passed on review (was failed: 1 lost ending, fail_on: lost)"),
            "\(table.stdout)")
        let reviewed = try #require((try desk.report()["attempts"] as? [[String: Any]])?.first)
        #expect(reviewed["outcome"] as? String == "lost")
        #expect(reviewed["gradedScore"] as? Int == graded)
        let mark = try #require(reviewed["remark"] as? [String: Any])
        #expect(mark["turn"] as? Int == 1)
        #expect(mark["node"] as? String == "plan")
        #expect(mark["was"] as? String == "lost")
        #expect(mark["reviewer"] as? String == "Kim")
        let xapi = try desk.run(["report", "--format", "xapi"])
        #expect(xapi.stdout.contains("passed on review (was failed: 1 lost ending, fail_on: lost)"))
        let html = try desk.run(["report", "--format", "html"])
        #expect(html.stdout.contains("lost (re-marked; trainer Kim: turn 1 goes to plan, not played)"))
        #expect(html.stdout.contains("passed on review (was failed: 1 lost ending, fail_on: lost)"))
        let list = try desk.run(["review"])
        #expect(
            list.stdout.contains(
                " · re-marked, was lost \(graded) (trainer Kim: turn 1 goes to plan, not played)"))

        // Taking the review back restores the failure.
        let clear = try desk.run(["review", id, "--turn", "1", "--clear"])
        #expect(clear.status == 0, "\(clear.stderr)")
        #expect(
            try #require((try desk.report()["attempts"] as? [[String: Any]])?.first)["remark"] is NSNull)
        let restored = try desk.drillRun()
        #expect(restored["passed"] as? Bool == false)
        #expect(restored["verdict"] as? String == "failed: 1 lost ending (fail_on: lost)")
        #expect(try desk.run(["review", "--pending"]).stdout.hasPrefix(id))
    }
}
