import Foundation
import PostgresTestServer
import Testing

@testable import DefuseKit

/// An ending's `score_cap` in the store and the reports (review12 finding 6): the attempt keeps
/// the cap and the ending, every report says the score was capped and by which ending, and a
/// score computed again after a trainer's review stays under the cap.
@Suite struct ScoreCapStoreTests {
    @Test(arguments: StoreBackend.tested) func theCapIsStoredReportedAndKeptAfterAReview(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        let id = try store.begin(start(rep: "Ana"))
        let good = sampleTurn(met: ["apology"], missed: [], score: 1)
        try store.record(good, index: 0, attempt: id)
        try store.record(
            sampleTurn(node: "rick-report", met: ["apology"], missed: [], score: 1), index: 1, attempt: id)
        try store.finish(
            attempt: id, outcome: .exit, score: 60, ended: Date(timeIntervalSince1970: 1_790_000_300),
            scoreCap: ScoreCap(ending: "rick-unreported", cap: 60))
        let capped = "score capped at 60 by ending rick-unreported"

        let attempt = try #require(try store.attempts().first)
        #expect(attempt.scoreCap == ScoreCap(ending: "rick-unreported", cap: 60))
        #expect(attempt.score == 60)
        #expect(attempt.scoreCapText == capped)
        let tallies = try #require(try store.attempts(detail: .tallies).first)
        #expect(tallies.scoreCapText == capped)

        let json = JSONReport.render([attempt])
        #expect(json.contains("\"scoreCap\" : \"\(capped)\""), "\(json)")
        let csv = CSVReport.render([attempt])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0].hasSuffix(",score_cap"))
        #expect(lines[1].hasSuffix(",\(capped)"), "\(lines[1])")
        let html = HTMLReport.render([attempt])
        #expect(html.contains("<span class=\"capped\""))
        #expect(html.contains(capped))
        let xapi = try XAPIReport.render([attempt])
        #expect(xapi.contains("score-cap"))
        #expect(xapi.contains(capped))

        // A trainer finds the apology missing from the second reply: the replies now earn 50,
        // under the cap, so the score is 50 and nothing says it was capped.
        try store.saveReview(
            TurnReview(reviewer: "Kim", reviewed: Date(timeIntervalSince1970: 1_790_000_400))
                .setting(
                    "apology", present: false, by: "Kim", at: Date(timeIntervalSince1970: 1_790_000_400)),
            turn: 1, attempt: id)
        let lowered = try #require(try store.attempts().first)
        #expect(lowered.score == 50)
        #expect(lowered.scoreCapText == nil)
        #expect(!JSONReport.render([lowered]).contains(capped))

        // A review that still leaves the replies above the cap keeps the score at the cap.
        try store.saveReview(
            TurnReview(
                reviewer: "Kim", reviewed: Date(timeIntervalSince1970: 1_790_000_500), avoid: ["minimizing"]
            )
            .setting("minimizing", present: true, by: "Kim", at: Date(timeIntervalSince1970: 1_790_000_500)),
            turn: 1, attempt: id)
        let stillCapped = try #require(try store.attempts().first)
        #expect(stillCapped.score == 60)
        #expect(stillCapped.scoreCapText == capped)

        // Taking the end back (a retried last turn) clears the cap with the rest of the ending.
        try store.reopen(attempt: id)
        let reopened = try #require(try store.attempts().first)
        #expect(reopened.scoreCap == nil)
    }

    @Test(arguments: StoreBackend.tested) func anEndingWithoutACapStoresNone(_ backend: StoreBackend) throws {
        let store = try backend.newStore()
        let id = try store.begin(start(rep: "Bo"))
        try store.record(sampleTurn(met: ["apology"], missed: [], score: 1), index: 0, attempt: id)
        try store.finish(
            attempt: id, outcome: .resolved, score: 100, ended: Date(timeIntervalSince1970: 1_790_000_300))
        let attempt = try #require(try store.attempts().first)
        #expect(attempt.scoreCap == nil)
        #expect(attempt.scoreCapText == nil)
        #expect(JSONReport.render([attempt]).contains("\"scoreCap\" : null"))
    }
}
