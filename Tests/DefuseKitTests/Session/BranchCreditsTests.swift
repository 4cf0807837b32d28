import DefuseKit
import Testing

/// Review14 finding 2: a branch's `credits` count an expected technique as met when the branch
/// is taken (leaving politely counted as the limit), in the turn's score and scorecard.
@Suite struct BranchCreditsTests {
    static func text(credits: String) -> String {
        scenarioText(
            nodes: """
                  opening:
                    say: Stand there and take it.
                    expect: [boundary-setting]
                    avoid: [argues-back]
                    next:
                      - if: { met: [graceful-exit], avoided: [argues-back] }
                        \(credits)
                        goto: stepped-out
                      - if: { met: [boundary-setting] }
                        goto: stepped-out
                      - goto: stayed
                  stepped-out:
                    end: resolved
                  stayed:
                    end: lost
                """)
    }

    @Test func leavingCreditedAsTheLimitScoresTheTurnInFull() throws {
        let session = try play(Self.text(credits: "credits: [boundary-setting]"), ["[graceful-exit]"])
        let turn = try #require(session.turns.first)
        #expect(turn.met == ["boundary-setting"])
        #expect(turn.missed.isEmpty)
        #expect(turn.score == 1)
        #expect(turn.credited == ["boundary-setting"])
        #expect(turn.detected.contains("boundary-setting"))
        #expect(session.result.outcome == "resolved")
        #expect(session.result.score == 100)
    }

    @Test func withoutTheCreditTheSameReplyMissesTheLimit() throws {
        let session = try play(Self.text(credits: "mood: 0"), ["[graceful-exit]"])
        let turn = try #require(session.turns.first)
        #expect(turn.missed == ["boundary-setting"])
        #expect(turn.score == 0)
        #expect(turn.credited.isEmpty)
    }

    @Test func aReplyThatShowedTheLimitItselfIsNotMarkedCredited() throws {
        let session = try play(
            Self.text(credits: "credits: [boundary-setting]"), ["[graceful-exit] [boundary-setting]"])
        let turn = try #require(session.turns.first)
        #expect(turn.met == ["boundary-setting"])
        #expect(turn.credited.isEmpty)
    }

    @Test func aCreditTheNodeDoesNotExpectIsIgnoredAndWarned() throws {
        let text = Self.text(credits: "credits: [thanks]")
        let document = loadScenario(text)
        let warning = try #require(document.diagnostics.first { $0.code == .creditNotExpected })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("'thanks'"))
        let session = try play(text, ["[graceful-exit]"])
        #expect(session.turns.first?.score == 0)
    }

    @Test func aViolationInABranchsCreditsIsAKindMismatch() {
        let document = loadScenario(Self.text(credits: "credits: [argues-back]"))
        #expect(document.diagnostics.contains { $0.code == .techniqueKindMismatch })
    }
}
