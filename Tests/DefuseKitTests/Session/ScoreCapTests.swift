import DefuseKit
import Testing

/// An ending's `score_cap` (review12 finding 6): a run that reaches it scores at most the cap,
/// whatever its replies earned, and says which ending capped it; the key is checked where it
/// is written.
@Suite struct ScoreCapTests {
    let nodes = """
          opening:
            say: Anything I should know about today?
            expect: [ownership]
            next:
              - if: { met: [ownership] }
                goto: reported
              - goto: unreported
          reported:
            end: resolved
          unreported:
            end: exit
            score_cap: 60
        """

    @Test func theCapHoldsTheScoreOfARunThatReachesTheEnding() throws {
        // The reply shows nothing the node expects, but the fake grader's turn scores 0 there;
        // a node expecting nothing scores 1, so the cap is tested on a run that earned 100.
        let open = nodes.replacingOccurrences(of: "    expect: [ownership]\n", with: "")
            .replacingOccurrences(of: "if: { met: [ownership] }", with: "if: { met: [thanks] }")
        let session = try play(scenarioText(nodes: open), ["All good."])
        #expect(session.result.outcome == "exit")
        #expect(Scoring.scenarioScore(session.turns.map(\.score)) == 100)
        #expect(session.result.score == 60)
        #expect(session.result.scoreCap == ScoreCap(ending: "unreported", cap: 60))
        #expect(session.result.scoreCap?.text == "score capped at 60 by ending unreported")
    }

    @Test func anEndingWithoutACapLeavesTheScoreAlone() throws {
        let session = try play(scenarioText(nodes: nodes), ["[ownership]"])
        #expect(session.result.outcome == "resolved")
        #expect(session.result.score == 100)
        #expect(session.result.scoreCap == nil)
    }

    @Test func aRunThatEarnedLessThanTheCapKeepsItsScore() throws {
        let session = try play(scenarioText(nodes: nodes), ["Nothing."])
        #expect(session.result.outcome == "exit")
        #expect(session.result.score == 0)
        // The ending still carries its cap; the score is simply under it.
        #expect(session.result.scoreCap?.cap == 60)
    }

    @Test func theLowerOfTheCapAndTheLostEndingCapWins() {
        #expect(Scoring.scenarioScore([1, 1], ending: .exit, cap: 60) == 60)
        #expect(Scoring.scenarioScore([1, 1], ending: .lost, cap: 60) == Scoring.lostEndingCap)
        #expect(Scoring.scenarioScore([1, 1], ending: .lost, cap: 25) == 25)
        #expect(Scoring.scenarioScore([0.5, 0.5], ending: .resolved, cap: 60) == 50)
        #expect(Scoring.scenarioScore([1, 1], ending: .resolved, cap: nil) == 100)
    }

    @Test func aCapOutsideZeroToHundredIsALocatedError() throws {
        let text = scenarioText(
            nodes: nodes.replacingOccurrences(of: "score_cap: 60", with: "score_cap: 120"))
        let document = loadScenario(text)
        let error = try #require(document.diagnostics.first { $0.code == .outOfRange })
        #expect(error.severity == .error)
        #expect(error.message.contains("score_cap"), "\(error.message)")
        let line = try #require(
            text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                $0.contains("score_cap")
            })
        #expect(error.location.line == line + 1)
        let negative = loadScenario(
            scenarioText(nodes: nodes.replacingOccurrences(of: "score_cap: 60", with: "score_cap: -5")))
        #expect(negative.diagnostics.contains { $0.code == .outOfRange && $0.severity == .error })
        let word = loadScenario(
            scenarioText(nodes: nodes.replacingOccurrences(of: "score_cap: 60", with: "score_cap: high")))
        #expect(word.diagnostics.contains { $0.severity == .error && $0.message.contains("score_cap") })
    }

    @Test func aCapOnANodeThatIsNotAnEndingIsALocatedError() throws {
        let text = scenarioText(
            nodes: nodes.replacingOccurrences(
                of: "    expect: [ownership]\n", with: "    expect: [ownership]\n    score_cap: 50\n"))
        let document = loadScenario(text)
        let error = try #require(document.diagnostics.first { $0.code == .mixedNodeKind })
        #expect(error.severity == .error)
        #expect(error.message.contains("only end nodes have 'score_cap'"), "\(error.message)")
        let line = try #require(
            text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                $0.contains("score_cap")
            })
        #expect(error.location.line == line + 1)
        #expect(!loadScenario(scenarioText(nodes: nodes)).diagnostics.contains { $0.severity == .error })
    }
}
