import DefuseKit
import Testing

/// Thanks and an apology given a turn early count at the node that expects them, and "Shown in
/// this run" lists every technique the replies showed (review11 finding 12).
@Suite struct EarlyThanksTests {
    let nodes = """
          opening:
            say: You left us without the tray.
            expect: [ownership]
            next:
              - goto: closing
          closing:
            say: So what happens next time?
            expect: [prevention, thanks]
            next:
              - if: { met: [prevention, thanks] }
                goto: good
              - goto: cold
          good:
            end: resolved
          cold:
            end: lost
        """

    @Test func thanksGivenOneTurnEarlyCountsAtTheNodeThatAsksForIt() throws {
        let session = try play(scenarioText(nodes: nodes), ["[ownership] [thanks]", "[prevention]"])
        let closing = try #require(session.turns.last)
        #expect(closing.met == ["prevention", "thanks"])
        #expect(closing.missed.isEmpty)
        #expect(closing.score == 1)
        #expect(closing.shownEarlier == ["thanks": 1])
        // What this reply showed stays what was read in it.
        #expect(closing.detected == ["prevention"])
        #expect(session.result.outcome == "resolved")
    }

    @Test func thanksNeverGivenIsStillMissed() throws {
        let session = try play(scenarioText(nodes: nodes), ["[ownership]", "[prevention]"])
        #expect(session.turns.last?.missed == ["thanks"])
        #expect(session.turns.last?.shownEarlier == [:])
        #expect(session.result.outcome == "lost")
    }

    /// Only thanks and an apology carry: a step shown early is asked for again.
    @Test func otherTechniquesDoNotCarry() throws {
        let session = try play(scenarioText(nodes: nodes), ["[ownership] [prevention]", "[thanks]"])
        #expect(session.turns.last?.missed == ["prevention"])
    }

    /// What a turn did not ask for is listed apart from what the run earned (review11 finding 12
    /// wanted it shown; review21 B finding 10 not praised as graded).
    @Test func techniquesTheNodeDidNotAskForAreListedApart() throws {
        let session = try play(
            scenarioText(nodes: nodes), ["[ownership] [thanks] [prevention]", "[prevention]"])
        let account = try #require(session.result.account)
        // Turn 1 expects ownership; turn 2 expects prevention and thanks (thanks carried from turn 1).
        #expect(account.shown.map(\.id) == ["ownership", "thanks", "prevention"])
        #expect(account.shown.first { $0.id == "thanks" }?.turns == [1])
        #expect(account.shown.first { $0.id == "prevention" }?.turns == [2])
        // Prevention at turn 1 was not asked for there, and is earned at turn 2: not listed again.
        #expect(account.alsoRead.isEmpty)
        let early = try play(scenarioText(nodes: nodes), ["[ownership] [prevention]", "[thanks]"])
        let notEarned = try #require(early.result.account)
        #expect(notEarned.alsoRead.map(\.id) == ["prevention"])
        // A technique no node of the scenario expects is not listed at all (review22 C finding 16).
        let ungraded = try play(scenarioText(nodes: nodes), ["[ownership] [decisive-action]", "[thanks]"])
        #expect(try #require(ungraded.result.account).alsoRead.isEmpty)
        #expect(
            notEarned.sentences.last
                == "Also read in your replies, at turns that did not grade it: prevention (turn 1).")
    }

    /// Review12: thanks credited where an earlier node asked for it counts at a later node that
    /// asks again ("shown at turn 1"), as a thank-you given early does.
    @Test func thanksAlreadyCreditedCountsAgain() throws {
        let twice = nodes.replacingOccurrences(of: "expect: [ownership]", with: "expect: [ownership, thanks]")
        let session = try play(scenarioText(nodes: twice), ["[ownership] [thanks]", "[prevention]"])
        #expect(session.turns.first?.met == ["ownership", "thanks"])
        #expect(session.turns.last?.missed == [])
        #expect(session.turns.last?.shownEarlier == ["thanks": 1])
        #expect(session.result.outcome == "resolved")
    }

    /// An apology credited where a node asked for it is asked for again: only thanks carries
    /// after a credit (``Session/carriedAfterCredit``).
    @Test func anApologyAlreadyCreditedIsAskedForAgain() throws {
        let twice = nodes.replacingOccurrences(
            of: "expect: [ownership]", with: "expect: [ownership, apology]"
        )
        .replacingOccurrences(of: "expect: [prevention, thanks]", with: "expect: [prevention, apology]")
        .replacingOccurrences(of: "met: [prevention, thanks]", with: "met: [prevention, apology]")
        let session = try play(scenarioText(nodes: twice), ["[ownership] [apology]", "[prevention]"])
        #expect(session.turns.first?.met == ["ownership", "apology"])
        #expect(session.turns.last?.missed == ["apology"])
        #expect(session.turns.last?.shownEarlier == [:])
    }

    /// Review43 R11 finding 12: an apology said a turn early is not carried to a turn whose own
    /// reply is a non-apology ("sorry if this messed up your night"); a plain one still is.
    @Test func anEarlyApologyIsNotCarriedBesideANonApology() throws {
        let asks = nodes.replacingOccurrences(
            of: "expect: [prevention, thanks]", with: "expect: [prevention, apology]"
        )
        .replacingOccurrences(of: "met: [prevention, thanks]", with: "met: [prevention, apology]")
        let conditional = try play(
            scenarioText(nodes: asks), ["[ownership] [apology]", "[prevention] [non-apology]"])
        #expect(conditional.turns.last?.missed == ["apology"])
        #expect(conditional.turns.last?.shownEarlier == [:])
        #expect(conditional.result.outcome == "lost")
        let plain = try play(scenarioText(nodes: asks), ["[ownership] [apology]", "[prevention]"])
        #expect(plain.turns.last?.shownEarlier == ["apology": 1])
        #expect(plain.result.outcome == "resolved")
    }
}
