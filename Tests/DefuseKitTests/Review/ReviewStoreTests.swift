import Foundation
import PostgresTestServer
import Testing

@testable import DefuseKit

/// Trainers' reviews in the results store: kept beside the grader's verdicts, applied to every
/// read, replaced by a later review, removed by clearing, and gone with their turn.
@Suite struct ReviewStoreTests {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    /// An attempt of two free-text turns and a choice turn, finished with the grader's score.
    /// Turn 1 expects apology and ownership (apology met) and avoids blame-shifting; turn 2
    /// expects thanks (met) and avoids minimizing, which the grader found.
    func attempt(_ store: ResultStore) throws -> UUID {
        let id = try store.begin(start(at: t0))
        try store.record(
            sampleTurn(met: ["apology"], missed: ["ownership"], score: 0.5), index: 0, attempt: id)
        try store.record(
            sampleTurn(
                node: "thanks", met: ["thanks"], missed: [], detected: ["thanks", "minimizing"],
                violations: ["minimizing"], score: 0.75), index: 1, attempt: id)
        try store.record(
            sampleTurn(node: "pick", met: [], missed: [], score: 1, choice: 2), index: 2, attempt: id)
        // Grader: (0.5 + 0.75 + 1) / 3 = 0.75 → 75.
        try store.finish(attempt: id, outcome: .resolved, score: 75, ended: t0 + 60)
        return id
    }

    @Test(arguments: StoreBackend.tested) func aReviewChangesScoresAndKeepsTheGradersVerdicts(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        let id = try attempt(store)
        // The trainer says turn 1 shows ownership too, and turn 2 was not minimizing after all
        // but did blame someone (not avoided at that node: costs nothing).
        let first = TurnReview(reviewer: "Kim", reviewed: t0 + 100, avoid: ["blame-shifting"])
            .setting("ownership", present: true, by: "Kim", at: t0 + 100)
            .noting("'leave it with me' is ownership", by: "Kim", at: t0 + 100)
        let second = TurnReview(reviewer: "Kim", reviewed: t0 + 200, avoid: ["minimizing"])
            .setting("minimizing", present: false, by: "Kim", at: t0 + 200)
            .setting("blame-shifting", present: true, by: "Kim", at: t0 + 200)
        try store.saveReview(first, turn: 0, attempt: id)
        try store.saveReview(second, turn: 1, attempt: id)

        let read = try #require(try store.attempt(id: id))
        // Turn 1: 2 of 2 expected → 1. Turn 2: thanks met, no avoided violation → 1.
        #expect(read.turns.map(\.score) == [1, 1, 1])
        #expect(read.score == 100)
        #expect(read.gradedScore == 75)
        #expect(read.turns[0].met == ["apology", "ownership"])
        #expect(read.turns[0].missed.isEmpty)
        #expect(read.turns[1].detected == ["thanks", "blame-shifting"])
        #expect(read.turns[1].violations.isEmpty)
        #expect(read.turns[0].review?.note == "'leave it with me' is ownership")
        #expect(read.turns[0].review?.verdicts["ownership"]?.reviewer == "Kim")
        #expect(read.turns[0].review?.verdicts["ownership"]?.reviewed == t0 + 100)
        // The grader's verdicts are kept as they were.
        #expect(read.turns[1].graded?.detected == ["thanks", "minimizing"])
        #expect(read.turns[1].graded?.score == 0.75)
        #expect(read.turns[2].review == nil)
        // Every read path agrees: the list, the stream and the table counted in the database.
        #expect(try store.attempts() == [read])
        let options = ReportOptions(generated: t0)
        #expect(
            TableReport.render(try store.summary(), options: options)
                == TableReport.render(try store.attempts(), options: options))
        #expect(try store.summary().reviews.map(\.turn) == [1, 2])
        #expect(try store.summary().reps.first?.scores == [100])
    }

    @Test(arguments: StoreBackend.tested) func aViolationTheNodeAvoidsCostsPointsWhenTheTrainerFindsIt(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        let id = try attempt(store)
        let review = TurnReview(reviewer: "Kim", reviewed: t0, avoid: ["blame-shifting"])
            .setting("blame-shifting", present: true, by: "Kim", at: t0)
        try store.saveReview(review, turn: 0, attempt: id)
        let read = try #require(try store.attempt(id: id))
        // 1 of 2 expected − 0.25 = 0.25; (0.25 + 0.75 + 1) / 3 = 0.6667 → 67.
        #expect(read.turns[0].score == 0.25)
        #expect(read.turns[0].violations == ["blame-shifting"])
        #expect(read.score == 67)
    }

    @Test(arguments: StoreBackend.tested) func theCompositeFollowsItsParts(_ backend: StoreBackend) throws {
        let store = try backend.newStore()
        let id = try store.begin(start(at: t0))
        let parts = ["apology", "ownership", "prevention", "thanks"]
        try store.record(
            sampleTurn(
                met: parts + ["apology-ownership-prevention-thanks"], missed: [],
                detected: parts + ["apology-ownership-prevention-thanks"], score: 1), index: 0, attempt: id)
        try store.saveReview(
            TurnReview(reviewer: "Kim", reviewed: t0).setting("thanks", present: false, by: "Kim", at: t0),
            turn: 0, attempt: id)
        let read = try #require(try store.attempt(id: id))
        #expect(read.turns[0].detected == ["apology", "ownership", "prevention"])
        #expect(read.turns[0].missed == ["thanks", "apology-ownership-prevention-thanks"])
        #expect(read.turns[0].score == 3.0 / 5)
    }

    @Test(arguments: StoreBackend.tested) func aLaterReviewReplacesAndClearingRemoves(_ backend: StoreBackend)
        throws
    {
        let store = try backend.newStore()
        let id = try attempt(store)
        let review = TurnReview(reviewer: "Kim", reviewed: t0).setting(
            "ownership", present: true, by: "Kim", at: t0)
        try store.saveReview(review, turn: 0, attempt: id)
        try store.saveReview(
            review.setting("ownership", present: false, by: "Lou", at: t0 + 5), turn: 0, attempt: id)
        var read = try #require(try store.attempt(id: id))
        #expect(read.turns[0].review?.overrides == ["ownership": false])
        #expect(read.turns[0].review?.verdicts["ownership"]?.reviewer == "Lou")
        #expect(read.score == 75)
        try store.saveReview(nil, turn: 0, attempt: id)
        read = try #require(try store.attempt(id: id))
        #expect(read.turns[0].review == nil)
        #expect(read.turns[0].graded == nil)
        #expect(!read.isReviewed)
        #expect(read.gradedScore == nil)
    }

    @Test(arguments: StoreBackend.tested) func reviewsGoWithTheirTurn(_ backend: StoreBackend) throws {
        let store = try backend.newStore()
        let id = try attempt(store)
        try store.saveReview(TurnReview(reviewer: "Kim", reviewed: t0), turn: 1, attempt: id)
        try store.removeTurn(index: 1, attempt: id)
        #expect(try store.attempt(id: id)?.isReviewed == false)
        #expect(throws: StoreError.unknownTurn(attempt: id, index: 1)) {
            try store.saveReview(TurnReview(reviewer: "Kim", reviewed: t0), turn: 1, attempt: id)
        }
        #expect(throws: StoreError.unknownAttempt(ReportFixtures.uuid(99))) {
            try store.saveReview(nil, turn: 0, attempt: ReportFixtures.uuid(99))
        }
    }

    @Test(arguments: StoreBackend.tested) func attemptsAreFoundByAUniquePrefixOfTheirUUID(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        // Seventeen UUIDs: two of them start with the same hex digit.
        let ids = try (0..<17).map { _ in try attempt(store) }
        let text = AttemptID.text(ids[1])
        #expect(try store.attemptID(matching: String(text.prefix(13)).uppercased()) == ids[1])
        #expect(try store.attemptID(matching: text) == ids[1])
        let shared = try #require(
            Dictionary(grouping: ids, by: { AttemptID.text($0).prefix(1) }).first { $0.value.count > 1 }?.key)
        #expect(throws: StoreError.ambiguousAttempt(String(shared))) {
            try store.attemptID(matching: String(shared))
        }
        #expect(throws: StoreError.noSuchAttempt("")) { try store.attemptID(matching: "") }
        #expect(throws: StoreError.noSuchAttempt("zz")) { try store.attemptID(matching: "zz") }
        #expect(throws: StoreError.noSuchAttempt("%")) { try store.attemptID(matching: "%") }
        #expect(try store.recentAttempts(limit: 2).map(\.id) == [ids[16], ids[15]])
    }

    @Test(arguments: StoreBackend.tested) func attemptsAreFilteredByDrillSet(_ backend: StoreBackend) throws {
        let store = try backend.newStore()
        var week = start(at: t0)
        week.drill = "first-week"
        let inDrill = try store.begin(week)
        _ = try store.begin(start(at: t0 + 1))
        #expect(try store.attempts(ReportFilter(drill: "first-week")).map(\.id) == [inDrill])
        #expect(try store.summary(ReportFilter(drill: "first-week")).attempts == 1)
        #expect(try store.attempts(ReportFilter(drill: "other")).isEmpty)
    }

    @Test(arguments: StoreBackend.tested) func agreementAndExportReadOnlyReviewedAttempts(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        let ids = try (0..<3).map { _ in try attempt(store) }
        try store.saveReview(TurnReview(reviewer: "Kim", reviewed: t0), turn: 1, attempt: ids[1])
        let reviewed = try store.reviewedAttempts()
        #expect(reviewed.map(\.id) == [ids[1]])
        #expect(reviewed.first?.turns.count == 3)
        #expect(reviewed.first?.turns[1].review?.reviewer == "Kim")
        #expect(try store.reviewedAttempts(ReportFilter(rep: "Nobody")).isEmpty)
    }
}
