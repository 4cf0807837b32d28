import DefuseKit
import Testing

@Suite struct SessionTests {
    /// A scenario whose first node branches on every condition key, in order.
    static let branching = scenarioText(
        nodes: """
              opening:
                say: Where is my tray?
                expect: [apology, ownership]
                avoid: [blame-shifting, argues-back]
                next:
                  - if: { met: [apology, ownership], avoided: [blame-shifting] }
                    mood: -3
                    reply: Fine.
                    goto: met-both
                  - if: { violated: [blame-shifting, argues-back] }
                    mood: +2
                    goto: violated
                  - if: { passed: false, missed: [apology], mood_at_least: 6 }
                    goto: missed-when-hot
                  - if: { score_at_least: 0.5, mood_below: 8 }
                    goto: half
                  - if: { mood_below: 6 }
                    goto: calm
                  - goto: fallback
              met-both:
                end: resolved
              violated:
                end: escalated
              missed-when-hot:
                end: lost
              half:
                end: exit
              calm:
                end: exit
              fallback:
                end: lost
            """)

    func withMood(_ mood: Int) -> String {
        Self.branching.replacingOccurrences(of: "mood: 5 }", with: "mood: \(mood) }")
    }

    @Test func metAndAvoidedTakesTheFirstBranch() throws {
        let session = try play(Self.branching, ["[apology] [ownership]"])
        #expect(session.path == ["opening", "met-both"])
        #expect(session.result.outcome == "resolved")
        #expect(session.mood == 2)
        #expect(session.turns.first?.score == 1)
    }

    @Test func firstMatchWinsOverLaterBranches() throws {
        // Meets both (branch 1) and also violates (branch 2): branch 1 is listed first.
        let both = try play(Self.branching, ["[apology] [ownership] [argues-back]"])
        #expect(both.path.last == "met-both")
        #expect(both.turns.first?.score == 0.75)
        // With blame-shifting, branch 1's `avoided` fails and branch 2 holds.
        let blamed = try play(Self.branching, ["[apology] [ownership] [blame-shifting]"])
        #expect(blamed.path.last == "violated")
    }

    @Test func violatedHoldsForAnyListedViolation() throws {
        let session = try play(Self.branching, ["[argues-back]"])
        #expect(session.path.last == "violated")
        #expect(session.mood == 7)
        #expect(session.turns.first?.score == 0)
    }

    @Test func passedMissedAndMoodAtLeastCombine() throws {
        let hot = try play(withMood(6), ["[ownership]"])
        #expect(hot.path.last == "missed-when-hot")
        // Same reply with a calmer client: mood_at_least fails, score 0.5 holds.
        let cool = try play(withMood(5), ["[ownership]"])
        #expect(cool.path.last == "half")
    }

    @Test func moodBelowAndDefault() throws {
        let calm = try play(withMood(3), ["nothing useful"])
        #expect(calm.path.last == "calm")
        // Score 0.5 but mood 9: branch 4 needs both keys, branch 5 needs a calm client.
        let fallback = try play(withMood(9), ["[apology]"])
        #expect(fallback.path.last == "fallback")
        #expect(fallback.turns.first?.score == 0.5)
        // `fallback` is a lost ending: the run scores at most the cap, not the turn's 50.
        #expect(fallback.result.score == Scoring.lostEndingCap)
    }

    @Test func moodIsClampedAtZero() throws {
        let session = try play(withMood(1), ["[apology] [ownership]"])
        #expect(session.mood == 0)
        #expect(session.turns.first?.moodBefore == 1)
        #expect(session.turns.first?.moodAfter == 0)
    }
}
