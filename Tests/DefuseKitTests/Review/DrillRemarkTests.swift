import Foundation
import GRDB
import PostgresTestServer
import Testing

@testable import DefuseKit

/// A drill run failed by `fail_on: [lost]` reaches a trainer, and a trainer's flipped verdict
/// clears the failure only when the replay of the story with the trainer's verdicts leaves the
/// path that led to the lost ending (``RouteReplay``); the grader's verdicts and the played
/// ending stay stored, and clearing the review restores the failure.
@Suite struct DrillRemarkTests {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    /// A surgeon asks for her tray: a blame-shifting reply sends her to `walked` (lost); any
    /// other reply goes on to `plan`, or with `endsAtOnce` straight to `done` (resolved).
    func scenario(endsAtOnce: Bool = false, blameFirst: Bool = true) throws -> Scenario {
        let blame = "      - if: { violated: [blame-shifting] }\n        goto: walked\n"
        let other = "      - if: { met: [ownership] }\n        goto: \(endsAtOnce ? "done" : "plan")\n"
        let text = """
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
            \(blameFirst ? blame + other : other + blame)      - goto: walked
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
            """
        let document = loadScenario(text, file: "misread.yaml")
        return try #require(document.scenario, "\(document.diagnostics)")
    }

    /// A drill run of the scenario whose one reply the grader read as ownership and
    /// blame-shifting: the story went to `walked`, lost, capped at 40.
    func failedDrill(_ store: ResultStore) throws -> UUID {
        let run = try store.beginDrillRun(
            DrillRunStart(rep: "Ana", set: "tray", total: 1, passMark: 70, failOn: [.lost], started: t0))
        let id = try store.begin(start(scenario: "misread", at: t0))
        try store.add(attempt: id, toDrillRun: run)
        let turn = Turn(
            node: "ask", reply: "That was the warehouse's fault, not mine, but I'm on it.", choice: nil,
            detected: ["ownership", "blame-shifting"], met: ["ownership"], missed: [],
            violations: ["blame-shifting"], evidence: [:], score: 0.75, moodBefore: 5, moodAfter: 5,
            branch: 0,
            avoided: ["blame-shifting"])
        try store.record(turn, index: 0, attempt: id)
        try store.finish(attempt: id, outcome: .lost, score: Scoring.lostEndingCap, ended: t0 + 60)
        return id
    }

    /// Saves `review` on turn `index` as `defuse review` does: with the replay's reroute.
    @discardableResult
    func save(
        _ review: TurnReview?, turn index: Int = 0, attempt id: UUID, store: ResultStore, scenario: Scenario
    ) throws -> RouteReplay.Result? {
        let before = try #require(try store.attempt(id: id))
        var reviews = Dictionary(
            before.turns.compactMap { turn in turn.review.map { (turn.index, $0) } },
            uniquingKeysWith: { first, _ in first })
        reviews[index] = review
        let (reroutes, result) = RouteReplay.reroutes(before, reviews: reviews, scenario: scenario)
        try store.saveReview(review, turn: index, attempt: id, reroutes: reroutes)
        return result
    }

    func verdict(_ id: String, present: Bool, note: String? = nil) -> TurnReview {
        TurnReview(reviewer: "Kim", reviewed: t0 + 100, avoid: ["blame-shifting"])
            .setting(id, present: present, by: "Kim", at: t0 + 100)
            .noting(note, by: "Kim", at: t0 + 100)
    }

    @Test(arguments: StoreBackend.tested)
    func aFailedDrillAttemptWaitsForATrainerUntilOneReviewsIt(_ backend: StoreBackend) throws {
        let store = try backend.newStore()
        let id = try failedDrill(store)
        // A practice attempt that ended lost is nobody's drill failure.
        let practice = try store.begin(start(scenario: "misread", mode: .practice, at: t0 + 5))
        try store.finish(attempt: practice, outcome: .lost, score: 0, ended: t0 + 9)
        #expect(try store.recentAttempts(limit: 10, awaitingReview: true).map(\.id) == [id])
        let drills = try store.drills(of: [id, practice])
        #expect(drills[id] == AttemptDrill(set: "tray", failOn: [.lost]))
        #expect(drills[practice] == nil)
        let attempt = try #require(try store.attempt(id: id))
        #expect(drills[id]?.failure(of: attempt) == " · failed drill tray: lost ending (fail_on: lost)")

        try save(verdict("ownership", present: true), attempt: id, store: store, scenario: try scenario())
        #expect(try store.recentAttempts(limit: 10, awaitingReview: true).isEmpty)
    }

    @Test(arguments: StoreBackend.tested)
    func aFlipThatSendsTheStoryElsewherePassesTheDrillOnReview(_ backend: StoreBackend) throws {
        let store = try backend.newStore()
        let id = try failedDrill(store)
        let scenario = try scenario()
        let result = try save(
            verdict("blame-shifting", present: false, note: "explains, then owns it"), attempt: id,
            store: store,
            scenario: scenario)
        let reroute = Reroute(turn: 0, node: "plan", ending: nil, contentHash: scenario.contentHash)
        #expect(result == .rerouted(reroute))

        let attempt = try #require(try store.attempt(id: id))
        let remark = try #require(attempt.remark)
        #expect(remark.reroute == reroute)
        #expect(remark.reviewer == "Kim")
        #expect(remark.reviewed == t0 + 100)
        #expect(remark.note == "explains, then owns it")
        #expect(remark.playedEnding == .lost)
        // The story did end lost; on the trainer's reading no ending counts, so no cap.
        #expect(attempt.ending == .lost)
        #expect(attempt.countedEnding == nil)
        #expect(attempt.score == 100)
        #expect(attempt.gradedScore == Scoring.lostEndingCap)
        // The grader's verdicts stay beside the trainer's.
        #expect(attempt.turns[0].graded?.violations == ["blame-shifting"])
        #expect(attempt.turns[0].violations.isEmpty)

        let run = try #require(try store.drillRuns().first)
        #expect(run.passed)
        #expect(!run.gradedPassed)
        #expect(run.failedOn.isEmpty)
        #expect(run.gradedFailedOn == [.lost])
        #expect(run.remarks.map(\.attempt) == [id])
        #expect(run.verdict == "passed on review (was failed: 1 lost ending, fail_on: lost)")
        #expect(DrillStanding.standings([run]).first?.text.hasPrefix("passed on review (was failed") == true)
        #expect(
            DrillReport.table([run]).contains("passed on review (was failed: 1 lost ending, fail_on: lost)"))
        let json = DrillReport.jsonMember([run])
        #expect(json.contains("\"gradedPassed\" : false"))
        #expect(json.contains("\"reviewer\" : \"Kim\""))
        #expect(json.contains("\"node\" : \"plan\""))
    }

    @Test func aFlipThatKeepsThePathLeavesTheFailure() throws {
        let store = try StoreBackend.sqlite.newStore()
        let id = try failedDrill(store)
        // The branch is chosen by the violation first: ownership absent changes the score only.
        let result = try save(
            verdict("ownership", present: false), attempt: id, store: store, scenario: try scenario())
        #expect(result == .samePath)
        let attempt = try #require(try store.attempt(id: id))
        #expect(attempt.remark == nil)
        #expect(attempt.countedEnding == .lost)
        let run = try #require(try store.drillRuns().first)
        #expect(!run.passed)
        #expect(run.failedOn == [.lost])
        #expect(run.verdict == "failed: 1 lost ending (fail_on: lost)")
    }

    @Test func aNewWayThatEndsAtOnceGivesThatEnding() throws {
        let store = try StoreBackend.sqlite.newStore()
        let id = try failedDrill(store)
        try save(
            verdict("blame-shifting", present: false), attempt: id, store: store,
            scenario: try scenario(endsAtOnce: true))
        let attempt = try #require(try store.attempt(id: id))
        #expect(attempt.outcome == "resolved")
        #expect(attempt.gradedEnding == .lost)
        #expect(attempt.countedEnding == .resolved)
        #expect(attempt.remark?.reroute.text == "turn 1 ends resolved")
        #expect(JSONReport.render([attempt]).contains("\"gradedOutcome\" : \"lost\""))
        #expect(try store.drillRuns().first?.passed == true)
    }

    @Test func clearingTheReviewRestoresTheFailure() throws {
        let store = try StoreBackend.sqlite.newStore()
        let id = try failedDrill(store)
        let scenario = try scenario()
        try save(verdict("blame-shifting", present: false), attempt: id, store: store, scenario: scenario)
        #expect(try store.drillRuns().first?.passed == true)
        try save(nil, attempt: id, store: store, scenario: scenario)
        let attempt = try #require(try store.attempt(id: id))
        #expect(attempt.remark == nil)
        #expect(attempt.score == Scoring.lostEndingCap)
        let run = try #require(try store.drillRuns().first)
        #expect(!run.passed)
        #expect(run.verdict == "failed: 1 lost ending (fail_on: lost)")
    }

    @Test func aScenarioThatNoLongerLeadsThroughTheTurnsConcludesNothing() throws {
        let store = try StoreBackend.sqlite.newStore()
        let id = try failedDrill(store)
        // Edited since: ownership is read first, so the recorded branch is not the one it gives.
        let result = try save(
            verdict("blame-shifting", present: false), attempt: id, store: store,
            scenario: try scenario(blameFirst: false))
        #expect(result == .mismatch(turn: 0))
        #expect(try store.attempt(id: id)?.remark == nil)
        #expect(try store.drillRuns().first?.passed == false)
    }

    @Test func aResultsFileFromBeforeReviewReroutesOpensWithItsReviews() throws {
        let path = temporaryDatabasePath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try ResultSchema.migrator.migrate(queue, upTo: "turn avoided")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO attempt (uuid, rep, scenario, contentHash, mode, started, ended, outcome, score)
                    VALUES ('0b5e1c3a-0000-4000-8000-000000000001', 'Ana', 'misread', 'h', 'drill',
                        '2026-09-21 10:00:00.000', '2026-09-21 10:01:00.000', 'lost', 40)
                    """)
            try db.execute(
                sql: """
                    INSERT INTO turn (attemptId, "index", node, reply, detected, evidence, met, missed, violations,
                        score, moodBefore, moodAfter, branch, recorded, avoided)
                    VALUES (1, 0, 'ask', 'not mine', '["blame-shifting"]', '{}', '[]', '["ownership"]',
                        '["blame-shifting"]', 0, 5, 5, 0, '2026-09-21 10:00:30.000', '["blame-shifting"]')
                    """)
            try db.execute(
                sql: """
                    INSERT INTO turnReview (attemptId, turnIndex, reviewer, reviewed, note, avoid)
                    VALUES (1, 0, 'Kim', '2026-09-22 09:00:00.000', 'read it', '["blame-shifting"]')
                    """)
        }
        try queue.close()

        // A report reads the old file as it is (upgraded in a private copy).
        let reading = try ResultStore.reading(at: path)
        let id = try #require(AttemptID.parse("0b5e1c3a-0000-4000-8000-000000000001"))
        #expect(try reading.attempt(id: id)?.turns.first?.review?.note == "read it")

        let store = try ResultStore(path: path)
        let applied = try store.read { db in
            try db.all("SELECT identifier FROM grdb_migrations") { $0.text(0) ?? "" }
        }
        #expect(applied.contains("review reroutes"))
        let attempt = try #require(try store.attempt(id: id))
        #expect(attempt.turns.first?.review?.note == "read it")
        #expect(attempt.turns.first?.review?.reroute == nil)
        #expect(attempt.remark == nil)
        let reroute = Reroute(turn: 0, node: "plan", ending: nil, contentHash: "h")
        let review = try #require(attempt.turns.first?.review)
        try store.saveReview(review, turn: 0, attempt: id, reroutes: [0: reroute])
        #expect(try store.attempt(id: id)?.remark?.reroute == reroute)
    }
}
