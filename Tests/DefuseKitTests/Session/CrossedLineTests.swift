import DefuseKit
import Foundation
import Testing

/// Review13 finding 13: a turn that crosses a line scores 0, and what it showed is not listed as
/// shown in the run (``CrossedLine``).
@Suite struct CrossedLineTests {
    /// Plays `replies` with the fake grader, the shipped project violations defined.
    func play(_ text: String, _ replies: [String]) throws -> Session {
        let catalog = TechniqueCatalog.rubric(adding: TechniqueLibrary.builtIn.techniques)
        let document = ScenarioLoader.load(
            text: text, file: "test.yaml", context: ValidationContext(catalog: catalog))
        guard let scenario = document.scenario, !document.hasErrors else {
            throw SessionTestError.doesNotLoad(document.diagnostics.map(\.line))
        }
        var session = Session(scenario: scenario, grader: FakeGrader(), catalog: catalog)
        _ = session.start()
        for reply in replies where !session.isOver { _ = session.respond(reply) }
        return session
    }

    let nodes = """
          opening:
            say: Who is checking the rest of your chart?
            expect: [ownership, decisive-action]
            avoid: [unapproved-material, offers-value, capitulates, minimizing]
            next:
              - if: { violated: [offers-value], met: [decisive-action] }
                goto: gift-check
              - if: { violated: [unapproved-material, offers-value] }
                goto: homemade
              - if: { violated: [capitulates] }
                goto: swap-check
              - if: { violated: [minimizing] }
                goto: calm
              - if: { met: [thanks] }
                goto: gift-check
              - if: { met: [apology] }
                goto: swap-check
              - goto: fixed
          gift-check:
            say: Is that a gift?
            choices:
              - text: No, it is part of the training.
                credits: [boundary-setting]
                goto: fixed
              - text: Yes, a thank-you from me.
                credits: [offers-value, ownership]
                goto: gift
          swap-check:
            say: So that's a yes?
            choices:
              - text: No, I take that back.
                credits: [boundary-setting]
                goto: fixed
              - text: Yes, Doug will call you today.
                credits: [capitulates, decisive-action]
                goto: swapped
          homemade:
            end: lost
            breach: true
          gift:
            end: lost
            breach: true
          swapped:
            end: lost
            breach: true
          calm:
            end: exit
          fixed:
            end: resolved
        """

    @Test func aComplianceBreachScoresZeroWhateverElseTheReplyMet() throws {
        let session = try play(
            scenarioText(nodes: nodes), ["[ownership] [decisive-action] [unapproved-material]"])
        let turn = try #require(session.turns.first)
        #expect(turn.met == ["ownership", "decisive-action"])
        #expect(turn.crossedLine == ["unapproved-material"])
        // The formula gives 1 − 0.25 = 0.75; a line crossed gives 0.
        #expect(turn.score == 0)
        #expect(session.result.score == 0)
        let account = try #require(session.result.account)
        #expect(account.shown.isEmpty)
        let sentence = account.sentences.first { $0.hasPrefix("Turn 1") } ?? ""
        #expect(sentence.contains("a line crossed (unapproved-material), so the turn scores 0"))
        #expect(!sentence.contains("; it showed"))
        #expect(account.sentences.last == "No technique this scenario grades was shown in this run.")
    }

    @Test func aBreachTheBranchAsksAboutIsScoredByTheFormula() throws {
        // `violated: [offers-value]` beside `met:` goes to a check that asks what was meant.
        let session = try play(
            scenarioText(nodes: nodes), ["[ownership] [decisive-action] [offers-value]", "1"])
        let turn = try #require(session.turns.first)
        #expect(session.path == ["opening", "gift-check", "fixed"])
        #expect(turn.crossedLine.isEmpty)
        #expect(turn.score == 0.75)
        #expect(session.result.account?.shown.map(\.id).contains("decisive-action") == true)
    }

    @Test func theSameBreachWithoutTheAskedTechniqueCrossesTheLine() throws {
        let session = try play(scenarioText(nodes: nodes), ["[ownership] [offers-value]"])
        #expect(session.path == ["opening", "homemade"])
        #expect(session.turns.first?.crossedLine == ["offers-value"])
        #expect(session.turns.first?.score == 0)
    }

    /// Terms beyond the rep's authority cost the turn as any violation does unless the branch
    /// reads them as the breach (review22 A finding 5, C finding 10).
    @Test func aConcessionAloneIsScoredByTheFormula() throws {
        let concession = nodes.replacingOccurrences(
            of: "avoid: [unapproved-material, offers-value, capitulates, minimizing]",
            with:
                "avoid: [unapproved-material, offers-value, capitulates, minimizing, unauthorised-concession]"
        )
        let session = try play(
            scenarioText(nodes: concession), ["[ownership] [decisive-action] [unauthorised-concession]"])
        let turn = try #require(session.turns.first)
        #expect(turn.crossedLine.isEmpty)
        #expect(turn.score == 0.75)
    }

    @Test func anotherViolationCrossesTheLineWhenItsCheckEndsInABreach() throws {
        // capitulates goes to swap-check, whose line crediting capitulates ends in a breach.
        let session = try play(
            scenarioText(nodes: nodes), ["[ownership] [decisive-action] [capitulates]", "1"])
        let turn = try #require(session.turns.first)
        #expect(turn.crossedLine == ["capitulates"])
        #expect(turn.score == 0)
        // What the reply showed is not listed; the line picked at the check is.
        let shown = session.result.account?.shown.map(\.id) ?? []
        #expect(!shown.contains("ownership") && !shown.contains("decisive-action"))
        #expect(shown.contains("boundary-setting"))
    }

    @Test func anotherViolationOnABranchToAnOrdinaryEndingIsScoredByTheFormula() throws {
        let session = try play(scenarioText(nodes: nodes), ["[ownership] [decisive-action] [minimizing]"])
        let turn = try #require(session.turns.first)
        #expect(session.path == ["opening", "calm"])
        #expect(turn.crossedLine.isEmpty)
        #expect(turn.score == 0.75)
    }

    @Test func aPickedLineThatCreditsABreachScoresZero() throws {
        // Checks entered cleanly (not after a miss), where the line would score 1 − 0.25.
        let gift = try play(scenarioText(nodes: nodes), ["[ownership] [decisive-action] [thanks]", "2"])
        #expect(gift.turns.last?.afterMiss == false)
        #expect(gift.turns.last?.crossedLine == ["offers-value"])
        #expect(gift.turns.last?.score == 0)
        // A line crediting a non-compliance violation that goes to a breach ending: 0 too.
        let swap = try play(scenarioText(nodes: nodes), ["[ownership] [decisive-action] [apology]", "2"])
        #expect(swap.turns.last?.afterMiss == false)
        #expect(swap.turns.last?.crossedLine == ["capitulates"])
        #expect(swap.turns.last?.score == 0)
        #expect(swap.result.account?.shown.map(\.id) == ["ownership", "decisive-action"])
        // The apology no node expects (a branch reads it) is not listed as earned, nor apart
        // (review21 B finding 10, review22 C finding 16).
        #expect(swap.result.account?.alsoRead.isEmpty == true)
        // The right line at the same check still scores in full.
        let kept = try play(scenarioText(nodes: nodes), ["[ownership] [decisive-action] [apology]", "1"])
        #expect(kept.turns.last?.score == 1)
    }
}

/// A trainer's review scores a reviewed turn by the same rule (``TurnRecord/applying(_:catalog:)``).
@Suite struct CrossedLineReviewTests {
    let when = Date(timeIntervalSince1970: 1_800_000_000)

    func recorded(_ violations: [String], score: Double) -> TurnRecord {
        let turn = sampleTurn(
            reply: "I'll print you a laminated copy tonight.", met: ["ownership", "decisive-action"],
            missed: [],
            violations: violations, score: score, avoided: ["unapproved-material", "capitulates"])
        return TurnRecord(turn, index: 0, recorded: when)
    }

    func review(_ id: String, present: Bool) -> TurnReview {
        TurnReview(reviewer: "Kim", reviewed: when).setting(id, present: present, by: "Kim", at: when)
    }

    @Test func aBreachSetAbsentGivesBackTheFormulasScore() {
        let turn = recorded(["unapproved-material"], score: 0).applying(
            review("unapproved-material", present: false))
        #expect(turn.turn.score == 1)
    }

    @Test func aBreachConfirmedOrAnotherVerdictKeepsTheTurnAtZero() {
        let confirmed = recorded(["unapproved-material"], score: 0).applying(
            review("unapproved-material", present: true))
        #expect(confirmed.turn.score == 0)
        // A verdict on something else leaves the line crossed.
        let other = recorded(["capitulates"], score: 0).applying(review("thanks", present: true))
        #expect(other.turn.score == 0)
        // A violation the grader did not read as a line crossed (it scored by the formula) stays so.
        let formula = recorded(["capitulates"], score: 0.75).applying(review("thanks", present: true))
        #expect(formula.turn.score == 0.75)
    }
}
