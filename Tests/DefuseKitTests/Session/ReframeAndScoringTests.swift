import DefuseKit
import Foundation
import Testing

@Suite struct ReframeAndScoringTests {
    let nodes = """
          opening:
            say: Reps like you are all useless.
            expect: [acknowledge-dont-agree]
            avoid: [agrees-with-insult]
            next:
              - goto: reframe
          reframe:
            kind: reframe
            say: Reps like you are all useless.
            expect: [fromle]
            avoid: [agrees-with-insult]
            next:
              - if: { met: [fromle] }
                goto: done
              - goto: done
          done:
            end: exit
        """

    @Test func fromleCountsOnlyAtReframeNodes() throws {
        let session = try play(scenarioText(nodes: nodes), ["[fromle]", "[fromle] [agrees-with-insult]"])
        #expect(session.turns[0].detected == [])
        #expect(session.turns[1].detected == ["fromle"])
        #expect(session.turns[1].score == 1)
    }

    @Test(arguments: [
        (2, 2, 0, 1.0), (1, 2, 0, 0.5), (1, 2, 1, 0.25), (0, 2, 1, 0.0), (0, 0, 0, 1.0), (0, 0, 2, 0.5),
        (3, 3, 5, 0.0),
    ])
    func turnScoreFollowsTheRubric(met: Int, expected: Int, violations: Int, score: Double) {
        #expect(Scoring.turnScore(met: met, expected: expected, violations: violations) == score)
    }

    @Test func scenarioScoreIsTheRoundedMean() {
        #expect(Scoring.scenarioScore([1, 0.5]) == 75)
        #expect(Scoring.scenarioScore([1, 1, 0]) == 67)
        #expect(Scoring.scenarioScore([0.125, 0]) == 6)
        #expect(Scoring.scenarioScore([]) == 0)
    }

    @Test func aLostEndingCapsTheScenarioScore() {
        #expect(Scoring.scenarioScore([1, 1, 0.75], ending: .lost) == Scoring.lostEndingCap)
        #expect(Scoring.scenarioScore([0.25, 0], ending: .lost) == 13)
        #expect(Scoring.scenarioScore([1, 1, 0.75], ending: .resolved) == 92)
        #expect(Scoring.scenarioScore([1, 1, 0.75], ending: .escalated) == 92)
        #expect(Scoring.scenarioScore([1, 1, 0.75], ending: nil) == 92)
        #expect(Scoring.lostEndingCap < 45)
    }

    /// A tray, then a demand: giving in ends at `breach` (flagged `breach: true` when `flagged`),
    /// both techniques at the demand resolve it, anything else ends `gave-up`.
    static func trayThenDemand(flagged: Bool) -> String {
        scenarioText(
            nodes: """
                  opening:
                    say: Where is my tray?
                    expect: [apology, ownership]
                    avoid: [capitulates]
                    next:
                      - goto: the-ask
                  the-ask:
                    say: Just give me what I asked for.
                    expect: [apology, ownership]
                    avoid: [capitulates]
                    next:
                      - if: { violated: [capitulates] }
                        goto: breach
                      - if: { met: [apology, ownership] }
                        goto: done
                      - goto: gave-up
                  breach:
                    end: lost
                    breach: \(flagged)
                  gave-up:
                    end: lost
                  done:
                    end: resolved
                """)
    }

    /// A polite breach after good turns: every turn but the last is perfect, the last still
    /// meets both techniques, and the violation sends the story to a lost ending.
    @Test func aPoliteBreachAfterGoodTurnsScoresAtMostTheCap() throws {
        let text = Self.trayThenDemand(flagged: false)
        let breach = try play(text, ["[apology] [ownership]", "[apology] [ownership] [capitulates]"])
        #expect(breach.result.outcome == "lost")
        #expect(breach.result.turns.map(\.score) == [1, 0.75])
        #expect(breach.result.score == Scoring.lostEndingCap)
        let clean = try play(text, ["[apology] [ownership]", "[apology] [ownership]"])
        #expect(clean.result.outcome == "resolved")
        #expect(clean.result.score == 100)
    }

    /// Review25b B finding 9: an ending marked `breach: true` scores 0 whatever the turns before
    /// it earned, below every loss with no line crossed, and says which ending capped it.
    @Test func aBreachEndingScoresNothing() throws {
        let text = Self.trayThenDemand(flagged: true)
        let crossed = try play(text, ["[apology] [ownership]", "[apology] [ownership] [capitulates]"])
        // The first turn earned full marks: without the breach cap the run would score 40.
        #expect(crossed.result.turns.first?.score == 1)
        #expect(crossed.result.breach)
        #expect(crossed.result.score == Scoring.breachEndingCap)
        #expect(crossed.result.scoreCap?.ending == "breach")
        let lost = try play(text, ["[apology] [ownership]", "[ownership]"])
        #expect(lost.result.path.last == "gave-up")
        #expect(!lost.result.breach)
        #expect(lost.result.score > crossed.result.score)
    }

    @Test func aRecordedLostAttemptWithoutAFinalScoreIsCapped() {
        let turn = sampleTurn(missed: [], score: 1)
        let record = AttemptRecord(
            id: UUID(), rep: "Ana", scenario: "s", mode: .practice, started: Date(), ending: .lost,
            turns: [TurnRecord(turn, index: 0, recorded: Date())])
        #expect(record.score == Scoring.lostEndingCap)
        var finished = record
        finished.ending = Ending.exit
        #expect(finished.score == 100)
    }

    @Test func abandonedSessionReportsWhatWasDone() throws {
        let session = try play(scenarioText(nodes: nodes), ["nothing"])
        #expect(session.result.outcome == "abandoned")
        #expect(session.result.turns.count == 1)
        #expect(session.result.score == 0)
    }
}
