import DefuseKit
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

    @Test func abandonedSessionReportsWhatWasDone() throws {
        let session = try play(scenarioText(nodes: nodes), ["nothing"])
        #expect(session.result.outcome == "abandoned")
        #expect(session.result.turns.count == 1)
        #expect(session.result.score == 0)
    }
}
