import Foundation
import PostgresTestServer
import Testing

/// `defuse review` end to end with the real binary: scripted plays, trainers' overrides through
/// the non-interactive form, and every report format afterwards; on SQLite and on PostgreSQL.
@Suite struct ReviewCommandTests {
    /// A folder with the review fixture scenario and its own database: a file in the folder,
    /// or a new database on the test cluster.
    struct Desk {
        let folder: URL
        let db: String
        var scenarios: String { DefuseProcess.fixtures.appending(path: "review").path }

        init(_ backend: StoreBackend = .sqlite) throws {
            folder = try DefuseProcess.emptyFolder()
            db = try backend.location(file: folder.appending(path: "results.sqlite").path)
        }

        @discardableResult
        func run(_ arguments: [String], input: String = "") throws -> DefuseProcess.Result {
            try DefuseProcess.run(
                arguments + ["--scenarios", scenarios], input: input, in: folder,
                environment: ["DEFUSE_DB": db])
        }

        /// Plays the fixture scenario with two typed replies and the first choice.
        func play(_ rep: String, _ first: String, _ second: String) throws {
            let result = try run(["play", "service-desk", "--name", rep], input: "\(first)\n\(second)\n1\n")
            #expect(result.status == 0, "\(result.stderr)")
        }

        func report() throws -> [[String: Any]] {
            let result = try run(["report", "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return try #require(object?["attempts"] as? [[String: Any]])
        }
    }

    static let sorry = "I'm so sorry, the warehouse sent them to the wrong hospital."
    static let plan =
        "I will drive the set over myself, it will be with you by 10:30. Thank you for your patience."

    /// The spec's turn score: met ÷ expected − 0.25 × avoided violations present, clamped.
    static func turnScore(present: Set<String>, expect: [String], avoid: [String]) -> Double {
        let met = expect.filter(present.contains).count
        let violations = avoid.filter(present.contains).count
        return min(1, max(0, Double(met) / Double(expect.count) - 0.25 * Double(violations)))
    }

    /// The mean of the turn scores × 100, rounded half up.
    static func scenarioScore(_ scores: [Double]) -> Int {
        Int((scores.reduce(0, +) / Double(scores.count) * 100 + 1e-9).rounded(.toNearestOrAwayFromZero))
    }

    @Test(arguments: StoreBackend.tested) func anOverrideChangesScoresAndEveryReportShowsIt(
        _ backend: StoreBackend
    ) throws {
        let desk = try Desk(backend)
        try desk.play("Ana", Self.sorry, Self.plan)
        let before = try #require(try desk.report().first)
        let id = try #require(before["id"] as? String)
        let replies = try #require(before["replies"] as? [[String: Any]])
        #expect(replies.count == 3)
        let graded = Set(try #require(replies[0]["detected"] as? [String]))
        let gradedScore = try #require(before["score"] as? Int)
        let others = try replies.dropFirst().map { try #require($0["score"] as? Double) }

        // The trainer disagrees with the grader on ownership and on blame-shifting at turn 1.
        let ownership = !graded.contains("ownership")
        let blame = !graded.contains("blame-shifting")
        let note = "<b>the warehouse</b> is blame"
        let first = try desk.run([
            "review", String(id.prefix(8)), "--turn", "1", "--set",
            "ownership=\(ownership ? "present" : "absent")",
            "--set", "blame-shifting=\(blame ? "present" : "absent")", "--note", note, "--by", "Kim",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Reviewed turn 1"))

        var trainer = graded
        for (id, present) in [("ownership", ownership), ("blame-shifting", blame)] {
            if present { trainer.insert(id) } else { trainer.remove(id) }
        }
        let turnScore = Self.turnScore(
            present: trainer, expect: ["apology", "ownership"], avoid: ["blame-shifting"])
        let score = Self.scenarioScore([turnScore] + others)

        let after = try #require(try desk.report().first)
        let reply = try #require((after["replies"] as? [[String: Any]])?.first)
        #expect(reply["reviewed"] as? Bool == true)
        #expect(reply["overrides"] as? [String: Bool] == ["ownership": ownership, "blame-shifting": blame])
        #expect(Set(try #require(reply["detected"] as? [String])) == trainer)
        #expect(reply["score"] as? Double == turnScore)
        #expect(after["score"] as? Int == score)
        #expect(after["gradedScore"] as? Int == gradedScore)
        #expect(after["reviewed"] as? Bool == true)
        let review = try #require(reply["review"] as? [String: Any])
        #expect(review["reviewer"] as? String == "Kim")
        #expect(review["note"] as? String == note)
        #expect(Set(try #require(review["graderDetected"] as? [String])) == graded)
        #expect((after["replies"] as? [[String: Any]])?[1]["reviewed"] as? Bool == false)

        // CSV: the reviewed score, the grader's, and the review.
        let csv = try desk.run(["report", "--format", "csv"]).stdout.components(separatedBy: "\r\n")
        let header = csv[0].components(separatedBy: ",")
        let row = csv[1].components(separatedBy: ",")
        let column = { (name: String) in header.firstIndex(of: name).map { row[$0] } }
        #expect(column("score") == String(score))
        #expect(column("grader_score") == String(gradedScore))
        #expect(column("reviewed_turns") == "1")
        #expect(csv[1].contains("turn 1:") && csv[1].contains("Kim"))

        // Table: the mean uses the trainer's verdicts; the reviewed turn is listed with its note.
        let table = try desk.run(["report"]).stdout
        let repLine = try #require(table.split(separator: "\n").first { $0.hasPrefix("  Ana") })
        #expect(repLine.split(separator: " ").contains(Substring(String(score))))
        #expect(table.contains("REVIEWED TURNS (1"))
        #expect(table.contains(note))
        // Mastery: ownership was called for once, and used in the trainer's view when set present.
        let ownershipLine = try #require(table.split(separator: "\n").first { $0.hasPrefix("  ownership") })
        #expect(ownershipLine.hasSuffix(ownership ? "1/1" : "0/1"))

        // HTML: a mark and the note, escaped.
        let html = try desk.run(["report", "--format", "html"]).stdout
        #expect(html.contains("✎ reviewed by Kim"))
        #expect(html.contains("&lt;b&gt;the warehouse&lt;/b&gt; is blame"))
        #expect(html.contains("✎ grader \(gradedScore)"))

        // xAPI: the reviewed score and a result extension with the trainer's verdicts.
        let xapi = try desk.run(["report", "--format", "xapi"]).stdout
        let statements = try #require(
            try JSONSerialization.jsonObject(with: Data(xapi.utf8)) as? [[String: Any]])
        let result = try #require(statements.first?["result"] as? [String: Any])
        #expect((result["score"] as? [String: Any])?["raw"] as? Int == score)
        let extensions = try #require(result["extensions"] as? [String: Any])
        let extensionValue = try #require(
            extensions.first { $0.key.hasSuffix("/xapi/extensions/review") }?.value)
        let reviewed = try #require(extensionValue as? [String: Any])
        #expect(reviewed["graderScore"] as? Int == gradedScore)
        let turns = try #require(reviewed["turns"] as? [[String: Any]])
        #expect(turns.first?["turn"] as? Int == 1)
        #expect(
            turns.first?["overrides"] as? [String: Bool] == ["ownership": ownership, "blame-shifting": blame])
    }

    @Test(arguments: StoreBackend.tested) func overridingTwiceKeepsTheLatestAndClearRemovesIt(
        _ backend: StoreBackend
    ) throws {
        let desk = try Desk(backend)
        try desk.play("Ana", Self.sorry, Self.plan)
        let before = try #require(try desk.report().first)
        let id = try #require(before["id"] as? String)
        for (verdict, by) in [("present", "Kim"), ("absent", "Lou")] {
            let result = try desk.run([
                "review", id, "--turn", "2", "--set", "thanks=\(verdict)", "--by", by, "--note", "by \(by)",
            ])
            #expect(result.status == 0, "\(result.stderr)")
        }
        var reply = try #require((try desk.report().first?["replies"] as? [[String: Any]])?[1])
        #expect(reply["overrides"] as? [String: Bool] == ["thanks": false])
        #expect((reply["review"] as? [String: Any])?["reviewer"] as? String == "Lou")
        #expect((reply["review"] as? [String: Any])?["note"] as? String == "by Lou")
        #expect(!(try #require(reply["detected"] as? [String])).contains("thanks"))

        // Taking the verdict back keeps the note (the turn stays reviewed); --clear alone removes all.
        #expect(try desk.run(["review", id, "--turn", "2", "--clear", "--set", "thanks"]).status == 0)
        reply = try #require((try desk.report().first?["replies"] as? [[String: Any]])?[1])
        #expect(reply["overrides"] as? [String: Bool] == [:])
        #expect(reply["reviewed"] as? Bool == true)
        #expect(try desk.run(["review", id, "--turn", "2", "--clear"]).status == 0)
        let after = try #require(try desk.report().first)
        reply = try #require((after["replies"] as? [[String: Any]])?[1])
        #expect(reply["reviewed"] as? Bool == false)
        #expect(reply["review"] is NSNull)
        #expect(after["score"] as? Int == before["score"] as? Int)
        // Nothing of the attempt was lost on the way.
        let original = try #require(before["replies"] as? [[String: Any]])
        let now = try #require(after["replies"] as? [[String: Any]])
        for key in ["detected", "met", "missed", "violations", "reply", "node", "evidence"] {
            #expect(
                (original.map { $0[key] } as NSArray).isEqual(now.map { $0[key] }), "\(key)")
        }
    }

    @Test(arguments: StoreBackend.tested) func mistakesAreRefusedWithTheArgumentNamed(_ backend: StoreBackend)
        throws
    {
        let desk = try Desk(backend)
        try desk.play("Ana", Self.sorry, Self.plan)
        let id = try #require(try desk.report().first?["id"] as? String)
        let cases: [([String], Int32, String)] = [
            (["review", id, "--turn", "9", "--set", "thanks=present"], 64, "there is no turn 9"),
            (["review", id, "--turn", "0", "--set", "thanks=present"], 64, "turns count from 1"),
            (["review", id, "--turn", "1", "--set", "thank=present"], 64, "did you mean 'thanks'"),
            (["review", id, "--turn", "1", "--set", "thanks=maybe"], 64, "ID=present or ID=absent"),
            (["review", id, "--turn", "3", "--set", "thanks=present"], 64, "was a choice"),
            (
                ["review", id, "--turn", "1", "--set", "apology-ownership-prevention-thanks=present"], 64,
                "four parts"
            ),
            (["review", "ffffffff", "--turn", "1", "--set", "thanks=present"], 64, "no attempt 'ffffffff'"),
            (["review", id, "--turn", "1"], 64, "nothing to record"),
            (["review", id, "--set", "thanks=present"], 64, "missing --turn"),
        ]
        for (arguments, status, message) in cases {
            let result = try desk.run(arguments)
            #expect(result.status == status, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        let missing = try DefuseProcess.run(
            ["review", id, "--turn", "1", "--set", "thanks=present"], in: desk.folder,
            environment: ["DEFUSE_DB": desk.folder.appending(path: "none.sqlite").path])
        #expect(missing.status == 66)
        #expect(!FileManager.default.fileExists(atPath: desk.folder.appending(path: "none.sqlite").path))
        // Nothing was recorded by the refused requests.
        #expect((try desk.report().first?["reviewed"] as? Bool) == false)
    }

    @Test(arguments: StoreBackend.tested) func withoutATerminalReviewListsRecentAttempts(
        _ backend: StoreBackend
    ) throws {
        let desk = try Desk(backend)
        try desk.play("Ana", Self.sorry, Self.plan)
        try desk.play("Ben", Self.plan, Self.sorry)
        let ids = try desk.report().compactMap { $0["id"] as? String }
        let list = try desk.run(["review"])
        #expect(list.status == 0)
        #expect(list.lines.map { String($0.prefix(36)) } == ids.reversed())
        let ben = try desk.run(["review", "--name", "Ben"])
        #expect(ben.lines.count == 1)
        #expect(ben.stdout.contains("Ben"))
    }

    @Test(arguments: StoreBackend.tested) func aDrillScoresWithTheTrainersVerdicts(_ backend: StoreBackend)
        throws
    {
        let desk = try Desk(backend)
        let drill = try desk.run(
            ["drill", "desk-drill", "--name", "Ana"], input: "\(Self.sorry)\n\(Self.plan)\n1\n\n")
        #expect(drill.status == 0, "\(drill.stderr)")
        let before = try #require(try desk.report().first)
        let id = try #require(before["id"] as? String)
        let replies = try #require(before["replies"] as? [[String: Any]])
        let graded = Set(try #require(replies[0]["detected"] as? [String]))
        let others = try replies.dropFirst().map { try #require($0["score"] as? Double) }
        let apology = !graded.contains("apology")
        #expect(
            try desk.run(["review", id, "--turn", "1", "--set", "apology=\(apology ? "present" : "absent")"])
                .status == 0)
        var trainer = graded
        if apology { trainer.insert("apology") } else { trainer.remove("apology") }
        let score = Self.scenarioScore(
            [Self.turnScore(present: trainer, expect: ["apology", "ownership"], avoid: ["blame-shifting"])]
                + others)
        let result = try desk.run(["report", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let run = try #require((object?["drills"] as? [[String: Any]])?.first)
        // One scenario in the set: the drill scores what that scenario scores.
        #expect(run["score"] as? Int == score)
        #expect((object?["attempts"] as? [[String: Any]])?.first?["score"] as? Int == score)
        #expect(run["passed"] as? Bool == (score >= 70))
    }
}
