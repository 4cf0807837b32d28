import DefuseKit
import Testing

/// Review12 finding 11: a check (choice node) reached after a miss prints the right line beside
/// the wrong ones, so picking it scores at most half and a wrong line scores 0; the transcript
/// and the ending say "chose the line offered after a miss".
@Suite struct CheckAfterMissTests {
    let nodes = """
          opening:
            say: Will you swap me for Doug?
            expect: [boundary-setting]
            avoid: [capitulates]
            next:
              - if: { violated: [capitulates] }
                goto: check
              - if: { met: [boundary-setting] }
                goto: check
              - if: { met: [ownership] }
                goto: other
              - goto: check
          other:
            say: Anything else?
            expect: [thanks]
            next:
              - if: { met: [apology] }
                goto: kept
              - goto: check
          check:
            say: Yes or no?
            choices:
              - text: No; I stay on your account.
                credits: [boundary-setting]
                goto: kept
              - text: I'll stay on, if Doug comes too.
                credits: [boundary-setting, capitulates]
                goto: swapped
              - text: Fine, I'll ask Doug.
                credits: [capitulates]
                goto: swapped
              - text: Let's not settle that today.
                credits: []
                goto: swapped
          kept:
            end: resolved
          swapped:
            end: lost
        """

    @Test func theRightLineAfterAViolatedBranchScoresHalf() throws {
        let session = try play(scenarioText(nodes: nodes), ["ok [capitulates]", "1"])
        let check = try #require(session.turns.last)
        #expect(check.afterMiss)
        #expect(check.score == Scoring.checkAfterMissCap)
        #expect(session.result.outcome == "resolved")
        // (0 + 0.5) / 2
        #expect(session.result.score == 25)
    }

    @Test func aWrongLineAfterAMissScoresNothing() throws {
        // The line credits a technique beside its violation: 0.75 anywhere else, 0 here.
        let session = try play(scenarioText(nodes: nodes), ["ok [capitulates]", "2"])
        #expect(session.turns.last?.score == 0)
        let clean = try play(scenarioText(nodes: nodes), ["no [boundary-setting]", "2"])
        #expect(clean.turns.last?.score == 0.75)
    }

    @Test func aCheckReachedByAMetBranchScoresInFull() throws {
        let session = try play(scenarioText(nodes: nodes), ["no [boundary-setting]", "1"])
        let check = try #require(session.turns.last)
        #expect(!check.afterMiss)
        #expect(check.score == 1)
    }

    @Test func theDefaultBranchAfterAReplyThatFellShortCountsAsAMiss() throws {
        let session = try play(scenarioText(nodes: nodes), ["hmm", "1"])
        #expect(session.turns.last?.afterMiss == true)
        #expect(session.turns.last?.score == 0.5)
    }

    @Test func theDefaultBranchAfterAReplyThatPassedDoesNot() throws {
        let session = try play(scenarioText(nodes: nodes), ["[ownership]", "fine [thanks]", "1"])
        #expect(session.path == ["opening", "other", "check", "kept"])
        #expect(session.turns.last?.afterMiss == false)
        #expect(session.turns.last?.score == 1)
    }

    @Test func theEndingSaysTheLineWasOfferedAfterAMiss() throws {
        let session = try play(scenarioText(nodes: nodes), ["ok [capitulates]", "1"])
        let account = try #require(session.result.account)
        let check = try #require(account.moments.first { $0.node == "check" })
        #expect(check.afterMiss)
        #expect(EndingAccount.describe(check).contains("chose the line offered after a miss"))
    }

    /// Review24 B finding 16: a line that credits nothing scores 0 for what it is; the ending
    /// does not give the half cap as the reason.
    @Test func aLineThatCreditsNothingIsNotBlamedOnTheCap() throws {
        let session = try play(scenarioText(nodes: nodes), ["ok [capitulates]", "4"])
        let account = try #require(session.result.account)
        let check = try #require(account.moments.first { $0.node == "check" })
        #expect(session.turns.last?.score == 0)
        let said = EndingAccount.describe(check)
        #expect(said.contains("shows none of what the turn asked for"))
        #expect(!said.contains("at most half"))
    }

    @Test func theWalkScoresTheCheckAsPlayDoes() throws {
        let walked = """
              opening:
                say: Will you swap me for Doug?
                expect: [boundary-setting]
                avoid: [capitulates]
                next:
                  - if: { violated: [capitulates] }
                    goto: check
                  - goto: swapped
              check:
                say: Yes or no?
                choices:
                  - text: No; I stay on your account.
                    credits: [boundary-setting]
                    goto: kept
                  - text: Fine, I'll ask Doug.
                    credits: [capitulates]
                    goto: swapped
              kept:
                end: resolved
              swapped:
                end: lost
            """
        let document = loadScenario(scenarioText(nodes: walked))
        let scenario = try #require(document.scenario)
        let report = PathExplorer(scenario: scenario, catalog: .rubric).explore()
        let kept = try #require(report.endings.first { $0.node == "kept" })
        // The opening turn earns 0 to 0.75 beside the violation; the right line then counts
        // half, not 1: (0 + 0.5) / 2 and (0.75 + 0.5) / 2.
        #expect(kept.lowest == 25)
        #expect(kept.highest == 63)
    }
}
