import Foundation
import Testing

@testable import DefuseKit

/// What `--set`, `--clear` and `--note` make of a turn's review.
@Suite struct ReviewChangeTests {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func settingAgainKeepsTheLatestAndKeepsTheNote() throws {
        let first = try #require(
            ReviewChange(set: ["thanks": true], note: "warm").applied(
                to: nil, by: "Kim", at: t0, avoid: ["minimizing"]))
        #expect(first.overrides == ["thanks": true])
        #expect(first.note == "warm")
        #expect(first.avoid == ["minimizing"])
        let second = try #require(
            ReviewChange(set: ["thanks": false]).applied(
                to: first, by: "Lou", at: t0 + 9, avoid: ["minimizing"]))
        #expect(second.overrides == ["thanks": false])
        #expect(second.verdicts["thanks"]?.reviewer == "Lou")
        #expect(second.verdicts["thanks"]?.reviewed == t0 + 9)
        #expect(second.note == "warm")
        #expect(second.reviewer == "Lou")
    }

    @Test func clearingTakesVerdictsBackAndEmptiesToNothing() throws {
        let review = try #require(
            ReviewChange(set: ["thanks": true, "apology": false]).applied(
                to: nil, by: "Kim", at: t0, avoid: []))
        let one = try #require(
            ReviewChange(clear: ["thanks"]).applied(to: review, by: "Kim", at: t0, avoid: []))
        #expect(one.overrides == ["apology": false])
        #expect(ReviewChange(clear: ["apology"]).applied(to: one, by: "Kim", at: t0, avoid: []) == nil)
        #expect(ReviewChange(clearAll: true).applied(to: review, by: "Kim", at: t0, avoid: []) == nil)
        // A note keeps a review without verdicts; an empty note removes the note only.
        let noted = try #require(ReviewChange(note: " why ").applied(to: nil, by: "Kim", at: t0, avoid: []))
        #expect(noted.note == "why")
        #expect(noted.overrides.isEmpty)
        let unnoted = try #require(ReviewChange(note: "").applied(to: noted, by: "Kim", at: t0, avoid: []))
        #expect(unnoted.note == nil)
        #expect(ReviewChange().isEmpty)
        #expect(!ReviewChange(clearAll: true).isEmpty)
    }
}
