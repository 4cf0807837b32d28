import DefuseKit
import Foundation
import Testing

/// The ending screen's account is read from the turn log: it names the turns and words that
/// decided the ending and praises only what was detected.
@Suite struct EndingAccountTests {
    let nodes = """
          opening:
            say: You sent the wrong tray.
            expect: [apology, ownership]
            avoid: [blame-shifting]
            next:
              - if: { violated: [blame-shifting] }
                mood: +2
                goto: second
              - if: { met: [apology] }
                mood: -2
                goto: second
              - goto: second
          second:
            say: And what now?
            expect: [decisive-action]
            avoid: [argues-back]
            next:
              - if: { passed: true }
                goto: fixed
              - if: { violated: [argues-back] }
                mood: +9
                goto: gone
              - goto: gone
          choose:
            say: Pick.
            choices:
              - text: I'll drive it over myself.
                credits: [ownership]
                goto: fixed
              - text: The warehouse will sort it.
                credits: [blame-shifting]
                goto: gone
          fixed:
            end: resolved
            debrief: A lesson that holds for any run.
          gone:
            end: lost
            debrief: A lesson about losing.
        """

    @Test func aLostRunNamesTheViolationTurnAndTheRepsWords() throws {
        let session = try play(
            scenarioText(nodes: nodes), ["It was the warehouse [blame-shifting]", "No idea, sorry"])
        let account = try #require(session.result.account)
        #expect(account.ending == .lost)
        #expect(!account.isGood)
        // Turn 1 carries the violation; turn 2 led to the end and missed what it asked for.
        #expect(account.moments.map(\.turn) == [1, 2])
        #expect(account.moments[0].violations.map(\.id) == ["blame-shifting"])
        #expect(account.moments[0].reply == "It was the warehouse [blame-shifting]")
        #expect(account.moments[1].missed == ["decisive-action"])
        let text = account.sentences.joined(separator: "\n")
        #expect(text.contains("Turn 1 (opening): you said “It was the warehouse [blame-shifting]”"))
        #expect(text.contains("read as blame-shifting"))
        #expect(text.contains("Turn 2 (second)"))
        #expect(text.contains("asked for decisive-action, which the reply did not show"))
        // Nothing expected was shown, so nothing is praised.
        #expect(account.shown.isEmpty)
        #expect(text.contains("No technique this scenario grades was shown"))
        #expect(!text.contains("Shown in this run"))
        // The authored lesson is kept beside the account.
        #expect(session.result.debrief == "A lesson about losing.")
    }

    @Test func aGoodRunPraisesOnlyWhatWasDetected() throws {
        let session = try play(scenarioText(nodes: nodes), ["Sorry [apology]", "By noon [decisive-action]"])
        let account = try #require(session.result.account)
        #expect(account.isGood)
        #expect(account.shown.map(\.id) == ["apology", "decisive-action"])
        #expect(account.shown.map(\.turns) == [[1], [2]])
        let text = account.sentences.joined(separator: "\n")
        let praise = try #require(account.sentences.last)
        #expect(praise.hasPrefix("Shown in this run"))
        #expect(!praise.contains("ownership"))
        #expect(text.contains("Shown in this run: apology (turn 1); decisive-action (turn 2)."))
        // Turn 1 missed ownership, so it is named with what it lacked; turn 2 ended it.
        #expect(account.moments.map(\.turn) == [1, 2])
        #expect(account.moments[0].missed == ["ownership"])
        #expect(account.moments[0].violations.isEmpty)
    }

    @Test func aBoilOverIsNamedOnTheTurnThatCausedIt() throws {
        let session = try play(scenarioText(nodes: nodes), ["Sorry [apology]", "You're wrong [argues-back]"])
        let account = try #require(session.result.account)
        #expect(session.result.outcome == "escalated")
        #expect(account.moments.last?.boiledOver == true)
        #expect(account.sentences.joined().contains("the client's mood reached 10"))
    }

    @Test func aChosenLineIsQuotedWithItsNumberAndCredits() throws {
        let text = scenarioText(nodes: nodes.replacingOccurrences(of: "goto: second", with: "goto: choose"))
        let session = try play(text, ["Sorry [apology]", "2"])
        let account = try #require(session.result.account)
        #expect(account.ending == .lost)
        let moment = try #require(account.moments.last)
        #expect(moment.choice == 2)
        #expect(moment.violations.map(\.id) == ["blame-shifting"])
        #expect(account.sentences.joined().contains("you chose line 2, “The warehouse will sort it.”"))
        // A violation a chosen line credits is not praise.
        #expect(!account.shown.contains { $0.id == "blame-shifting" })
    }

    @Test func longRepliesAreCutAtAWord() throws {
        let long = String(repeating: "word ", count: 40) + "[blame-shifting]"
        let session = try play(scenarioText(nodes: nodes), [long, "no"])
        let sentence = try #require(session.result.account?.sentences.first)
        #expect(sentence.contains("…”"))
        #expect(!sentence.contains("word [blame-shifting]"))
    }

    @Test func anUnfinishedRunHasNoAccount() throws {
        let session = try play(scenarioText(nodes: nodes), ["Sorry [apology]"])
        #expect(session.result.account == nil)
    }
}
