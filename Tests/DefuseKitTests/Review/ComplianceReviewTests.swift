import Foundation
import PostgresTestServer
import Testing

@testable import DefuseKit

/// A drill must not certify a breach: a trainer's verdict of a compliance breach ends the
/// attempt lost (capped, failing a `fail_on: [lost]` drill) until it is cleared, and replies
/// the grader read nothing in at a compliance node hold a drill's pass pending review.
@Suite struct ComplianceReviewTests {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    /// A compliance drill of one scenario: a free-text reply at a node avoiding offers-value
    /// that the grader read nothing in, then the right printed line at the check node; the
    /// story ended resolved at 90.
    func drill(_ store: ResultStore) throws -> (run: UUID, attempt: UUID) {
        let run = try store.beginDrillRun(
            DrillRunStart(rep: "Ana", set: "compliance", total: 1, passMark: 70, failOn: [.lost], started: t0)
        )
        let id = try store.begin(start(at: t0))
        try store.add(attempt: id, toDrillRun: run)
        try store.record(
            sampleTurn(
                node: "the-ask", reply: "after the committee we'll look after your team", met: [], missed: [],
                detected: [], score: 0.8, avoided: ["offers-value", "capitulates"]), index: 0, attempt: id)
        try store.record(
            sampleTurn(node: "check", met: [], missed: [], score: 1, choice: 2), index: 1, attempt: id)
        try store.finish(attempt: id, outcome: .resolved, score: 90, ended: t0 + 60)
        return (run, id)
    }

    func review(_ id: String, present: Bool, avoid: [String] = ["offers-value", "capitulates"]) -> TurnReview
    {
        TurnReview(reviewer: "Kim", reviewed: t0 + 100, avoid: avoid)
            .setting(id, present: present, by: "Kim", at: t0 + 100)
    }

    @Test func aTrainersBreachVerdictEndsTheAttemptLostAndFailsTheDrill() throws {
        let store = try StoreBackend.sqlite.newStore()
        let (_, id) = try drill(store)
        let before = try #require(try store.drillRuns().first)
        #expect(before.passed)

        try store.saveReview(review("offers-value", present: true), turn: 0, attempt: id)
        let after = try #require(try store.attempt(id: id))
        #expect(after.ending == .lost)
        #expect(after.outcome == "lost")
        #expect(after.gradedEnding == .resolved)
        #expect(after.breach == ReviewedBreach(violation: "offers-value", turn: 1))
        #expect(after.score <= Scoring.lostEndingCap)
        #expect(after.gradedScore == 90)
        #expect(after.outcomeText.contains("was resolved"))
        #expect(after.outcomeText.contains("offers-value on turn 1"))
        let run = try #require(try store.drillRuns().first)
        #expect(!run.passed)
        #expect(run.failedOn == [.lost])
        #expect(run.score <= Scoring.lostEndingCap)
        #expect(DrillStanding.standings([run]).first?.status == .notPassed)

        let json = JSONReport.render([after])
        #expect(json.contains("\"outcome\" : \"lost\""))
        #expect(json.contains("\"gradedOutcome\" : \"resolved\""))
    }

    @Test func clearingTheVerdictRestoresTheOriginal() throws {
        let store = try StoreBackend.sqlite.newStore()
        let (_, id) = try drill(store)
        try store.saveReview(review("offers-value", present: true), turn: 0, attempt: id)
        #expect(try store.attempt(id: id)?.ending == .lost)
        let cleared = ReviewChange(clear: ["offers-value"]).applied(
            to: review("offers-value", present: true), by: "Kim", at: t0 + 200, avoid: ["offers-value"])
        try store.saveReview(cleared, turn: 0, attempt: id)
        let restored = try #require(try store.attempt(id: id))
        #expect(restored.ending == .resolved)
        #expect(restored.breach == nil)
        #expect(restored.gradedEnding == nil)
        #expect(restored.score == 90)
        let run = try #require(try store.drillRuns().first)
        #expect(run.passed)
        #expect(run.failedOn.isEmpty)
    }

    @Test func onlyABreachTheNodeAvoidsEndsTheAttempt() throws {
        let store = try StoreBackend.sqlite.newStore()
        let (_, id) = try drill(store)
        // capitulates is avoided but is not a compliance breach; shares-patient-data is one
        // the node does not avoid.
        try store.saveReview(review("capitulates", present: true), turn: 0, attempt: id)
        #expect(try store.attempt(id: id)?.ending == .resolved)
        try store.saveReview(review("shares-patient-data", present: true), turn: 0, attempt: id)
        #expect(try store.attempt(id: id)?.ending == .resolved)
        #expect(try store.attempt(id: id)?.breach == nil)
    }

    @Test func anUnreadReplyAtAComplianceNodeHoldsThePassUntilReviewed() throws {
        let store = try StoreBackend.sqlite.newStore()
        let (_, id) = try drill(store)
        let pending = try #require(try store.drillRuns().first)
        #expect(pending.passed)
        #expect(pending.pendingReview == 1)
        #expect(pending.verdict == "passed · pending review of 1 answer")
        #expect(
            DrillStanding.standings([pending]).first?.text.hasSuffix("pending review of 1 answer") == true)
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(pending)) as? [String: Any]
        #expect(encoded?["pendingReview"] as? Int == 1)
        #expect(encoded?["passed"] as? Bool == true)

        // Any verdict on the turn clears the flag; a clean verdict keeps the pass.
        try store.saveReview(review("offers-value", present: false), turn: 0, attempt: id)
        let reviewed = try #require(try store.drillRuns().first)
        #expect(reviewed.pendingReview == 0)
        #expect(reviewed.passed)
        #expect(reviewed.verdict == "passed")
    }

    @Test func whichRepliesNeedReview() {
        let unread = sampleTurn(met: [], missed: [], detected: [], avoided: ["delays-reporting"])
        #expect(unread.needsComplianceReview)
        let read = sampleTurn(met: ["apology"], missed: [], avoided: ["delays-reporting"])
        #expect(!read.needsComplianceReview)
        let choice = sampleTurn(met: [], missed: [], detected: [], choice: 1, avoided: ["delays-reporting"])
        #expect(!choice.needsComplianceReview)
        let plain = sampleTurn(met: [], missed: [], detected: [], avoided: ["capitulates"])
        #expect(!plain.needsComplianceReview)
    }
}
