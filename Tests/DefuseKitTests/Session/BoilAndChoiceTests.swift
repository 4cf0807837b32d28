import DefuseKit
import Testing

@Suite struct BoilAndChoiceTests {
    let loop = """
          opening:
            say: You again.
            expect: [apology]
            next:
              - if: { met: [apology] }
                mood: -2
                goto: pick
              - mood: +3
                reply: Unbelievable.
                goto: opening
          pick:
            say: So what now?
            choices:
              - text: I'll drive it over myself.
                credits: [ownership, decisive-action]
                mood: -2
                goto: done
              - text: Shipping will sort it out.
                credits: [blame-shifting]
                mood: +4
                goto: opening
          done:
            end: resolved
          blew-up:
            say: That's it. Out.
            end: escalated
        """

    @Test func reachingTenEndsEscalatedWithoutOnBoil() throws {
        let session = try play(scenarioText(nodes: loop), ["no", "still no", "never"])
        #expect(session.result.outcome == "escalated")
        // 5 → 8 → 10 (clamped from 11): two turns, then the story stops at once.
        #expect(session.turns.count == 2)
        #expect(session.mood == 10)
        #expect(session.path == ["opening", "opening"])
    }

    @Test func onBoilNodeIsVisitedInsteadOfTheBranchTarget() throws {
        let text = scenarioText(nodes: loop, extra: "on_boil: blew-up")
        let session = try play(text, ["no", "still no"])
        #expect(session.path == ["opening", "opening", "blew-up"])
        #expect(session.result.outcome == "escalated")
    }

    @Test func choiceTakesItsNumberAndCredits() throws {
        let session = try play(scenarioText(nodes: loop), ["[apology]", "1"])
        #expect(session.path == ["opening", "pick", "done"])
        #expect(session.turns[1].detected == ["ownership", "decisive-action"])
        #expect(session.turns[1].score == 1)
        #expect(session.result.outcome == "resolved")
        #expect(session.result.score == 100)
    }

    @Test func choiceCreditingAViolationCostsPoints() throws {
        // The best line credits two techniques; this one meets none of them and blames.
        let session = try play(scenarioText(nodes: loop), ["[apology]", "2"])
        #expect(session.path == ["opening", "pick", "opening"])
        #expect(session.turns[1].score == 0)
        #expect(session.mood == 7)
    }

    @Test func choiceIsScoredAgainstTheNodesBestLine() throws {
        let lines = """
              pick:
                say: So what now?
                choices:
                  - text: I'll drive it over myself and it will be there by two.
                    credits: [ownership, decisive-action]
                    goto: done
                  - text: I'll sort it out.
                    credits: [ownership]
                    goto: done
                  - text: Someone will call you.
                    credits: []
                    goto: done
                  - text: I'll drive it over myself, but shipping messed up.
                    credits: [ownership, blame-shifting]
                    goto: done
              done:
                end: resolved
            """
        let text = scenarioText(nodes: lines).replacingOccurrences(of: "start: opening", with: "start: pick")
        let scores = try (1...4).map { try play(text, ["\($0)"]).turns[0].score }
        #expect(scores == [1, 0.5, 0, 0.25])
    }

    @Test func choiceNodeCreditingNoTechniqueScoresLikeANodeExpectingNothing() throws {
        let lines = """
              pick:
                say: Which one?
                choices:
                  - text: The first.
                    goto: done
                  - text: Whatever, you know best.
                    credits: [capitulates]
                    goto: done
              done:
                end: resolved
            """
        let text = scenarioText(nodes: lines).replacingOccurrences(of: "start: opening", with: "start: pick")
        #expect(try play(text, ["1"]).turns[0].score == 1)
        #expect(try play(text, ["2"]).turns[0].score == 0.75)
    }

    @Test func badChoiceNumberIsRejectedWithoutATurn() throws {
        var session = try play(scenarioText(nodes: loop), ["[apology]"])
        let events = session.respond("7")
        #expect(events == [.rejected("Pick a line by its number, 1 to 2.")])
        #expect(session.turns.count == 1)
    }

    @Test func retryTakesTheLastTurnBack() throws {
        var session = try play(scenarioText(nodes: loop), ["no"])
        #expect(session.mood == 8)
        _ = session.retry()
        #expect(session.mood == 5)
        #expect(session.turns.isEmpty)
        #expect(session.path == ["opening"])
        _ = session.respond("[apology]")
        #expect(session.path == ["opening", "pick"])
    }

    @Test func sameRepliesGiveTheSameResult() throws {
        let replies = ["[apology]", "2", "[apology]", "1"]
        let first = try play(scenarioText(nodes: loop), replies)
        let second = try play(scenarioText(nodes: loop), replies)
        #expect(first.result == second.result)
        #expect(first.result.path == ["opening", "pick", "opening", "pick", "done"])
        #expect(first.mood == 3)
    }
}
