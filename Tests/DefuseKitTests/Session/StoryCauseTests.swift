import DefuseKit
import Foundation
import Testing

/// Issue 13, item 1: when a violation read in a reply decides the branch (`violated:`), the
/// turn says which violation, the words that showed it and that it is why the client reacted
/// so; the ending's account says it at that turn too.
@Suite struct StoryCauseTests {
    let nodes = """
          opening:
            say: You sent the wrong tray.
            expect: [apology]
            avoid: [blame-shifting]
            next:
              - if: { violated: [capitulates, blame-shifting] }
                mood: +2
                reply: Don't pass the buck.
                goto: second
              - if: { met: [apology] }
                mood: -2
                goto: second
              - goto: second
          second:
            say: And what now?
            expect: [decisive-action]
            next:
              - if: { violated: [capitulates] }
                goto: gone
              - if: { passed: true }
                goto: fixed
              - goto: gone
          fixed:
            end: resolved
            debrief: A lesson that holds for any run.
          gone:
            end: lost
            debrief: A lesson about losing.
        """

    @Test func aBranchTakenOnAViolationSaysWhichAndTheWords() throws {
        let session = try play(scenarioText(nodes: nodes), ["It was the warehouse [blame-shifting]"])
        let cause = try #require(session.turns.first?.cause)
        #expect(cause.violations == ["blame-shifting"])
        #expect(cause.words["blame-shifting"] == "[blame-shifting]")
        #expect(cause.client == session.scenario.persona.name)
        let sentence = cause.sentence(naming: { $0.uppercased() })
        #expect(sentence.contains("“[blame-shifting]” was read as BLAME-SHIFTING"), "\(sentence)")
        #expect(sentence.contains("that is why \(session.scenario.persona.name) reacted so"), "\(sentence)")
    }

    @Test func aViolationTheNodeDoesNotAvoidStillNamesTheCause() throws {
        // `capitulates` is not in the node's `avoid`: no verdict line shows it, the cause does.
        let session = try play(scenarioText(nodes: nodes), ["Fine, whatever you say [capitulates]"])
        let turn = try #require(session.turns.first)
        #expect(turn.violations.isEmpty)
        #expect(turn.cause?.violations == ["capitulates"])
    }

    @Test func aBranchTakenOnAnythingElseHasNoCause() throws {
        let session = try play(
            scenarioText(nodes: nodes), ["I'm sorry [apology]", "I'll go now [decisive-action]"])
        #expect(session.turns.count == 2)
        #expect(session.turns.allSatisfy { $0.cause == nil })
        #expect(session.result.account?.sentences.contains { $0.contains("the story turned on") } == false)
    }

    @Test func theEndingsAccountSaysItAtTheTurn() throws {
        let session = try play(
            scenarioText(nodes: nodes), ["I'm sorry [apology]", "Fine, flash it then [capitulates]"])
        let account = try #require(session.result.account)
        #expect(account.ending == .lost)
        let moment = try #require(account.moments.first { $0.turn == 2 })
        #expect(moment.cause?.violations == ["capitulates"])
        let line = try #require(account.sentences(naming: { "<\($0)>" }).first { $0.hasPrefix("Turn 2") })
        #expect(line.contains("the story turned on <capitulates> (“[capitulates]”)"), "\(line)")
        #expect(line.contains("reacted so"), "\(line)")
    }
}
