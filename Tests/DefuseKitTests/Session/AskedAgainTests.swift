import DefuseKit
import Testing

/// Issue 13, item 3: a check that asks again for what a reply missed, answered with it, leaves
/// the miss in the score but not in what the rep reads as missed; and a wrong line picked there
/// is not praised as shown.
@Suite struct AskedAgainTests {
    let nodes = """
          opening:
            say: The wrong set again. What do you say?
            expect: [apology, ownership]
            avoid: [blame-shifting]
            next:
              - if: { met: [apology, ownership] }
                goto: fixed
              - if: { met: [ownership], missed: [apology] }
                goto: typed-check
              - goto: check
          check:
            say: Are you sorry or not?
            choices:
              - text: I'm sorry; it's mine.
                credits: [apology, ownership]
                goto: fixed
              - text: I'm sorry, but the warehouse did it.
                credits: [apology, blame-shifting]
                goto: gone
          typed-check:
            say: That's it? No apology?
            expect: [apology]
            next:
              - goto: fixed
          fixed:
            end: resolved
          gone:
            end: lost
        """

    @Test func whatTheCheckGaveIsNotStillMissed() throws {
        let session = try play(scenarioText(nodes: nodes), ["it happens", "1"])
        #expect(session.turns.count == 2)
        let first = session.turns[0]
        // The score still counts the miss.
        #expect(first.missed == ["apology", "ownership"])
        #expect(first.givenWhenAskedAgain == ["apology": 2, "ownership": 2])
        #expect(session.turns[1].givesMissed == ["apology", "ownership"])
        let account = try #require(session.result.account)
        let moment = try #require(account.moments.first { $0.turn == 1 })
        #expect(moment.missed.isEmpty)
        #expect(moment.askedAgain == ["apology", "ownership"])
        let sentence = EndingAccount.describe(moment)
        #expect(!sentence.contains("which the reply did not show"), "\(sentence)")
        #expect(sentence.contains("apology and ownership came only when asked again (turn 2)"), "\(sentence)")
    }

    @Test func aTypedCheckThatGetsItCountsTheSame() throws {
        let session = try play(scenarioText(nodes: nodes), ["mine [ownership]", "so sorry [apology]"])
        #expect(session.path == ["opening", "typed-check", "fixed"])
        #expect(session.turns[0].givenWhenAskedAgain == ["apology": 2])
        #expect(session.turns[1].givesMissed == ["apology"])
    }

    @Test func aWrongLineGivesNothingAndIsNotPraised() throws {
        let session = try play(scenarioText(nodes: nodes), ["it happens", "2"])
        #expect(session.turns[1].score == 0)
        #expect(session.turns[0].givenWhenAskedAgain.isEmpty)
        #expect(session.turns[1].givesMissed.isEmpty)
        let account = try #require(session.result.account)
        #expect(account.moments.first { $0.turn == 1 }?.missed == ["apology", "ownership"])
        // The line credits apology beside blame; the rep never showed an apology.
        #expect(!account.shown.contains { $0.id == "apology" }, "\(account.shown)")
        #expect(account.sentences.last == "No technique this scenario grades was shown in this run.")
    }

    @Test func takingTheCheckBackTakesBackWhatItGave() throws {
        var session = try play(scenarioText(nodes: nodes), ["it happens", "1"])
        #expect(session.turns[0].givenWhenAskedAgain.isEmpty == false)
        _ = session.retry()
        #expect(session.turns.count == 1)
        #expect(session.turns[0].givenWhenAskedAgain.isEmpty)
    }
}
