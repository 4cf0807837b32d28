import DefuseKit
import Foundation
import Testing

@Suite struct ScenarioDecoderTests {
    @Test func specExampleShapeDecodesIntoTheModel() throws {
        let text = try Fixtures.text("valid", "minimal.yaml")
        let scenario = try #require(loadScenario(text, file: "Scenarios/late-pump.yaml").scenario)
        #expect(scenario.id == "late-pump")
        #expect(scenario.persona.mood == 5)
        #expect(scenario.difficulty == 1)
        #expect(scenario.nodeOrder == ["opening", "settled", "walked-off"])
        let opening = try #require(scenario.nodes["opening"])
        #expect(opening.kind == .freeText)
        #expect(opening.expect == ["apology", "ownership"])
        #expect(opening.next.count == 2)
        #expect(opening.next[0].mood == -2)
        #expect(opening.next[0].condition?.met == ["apology", "ownership"])
        #expect(opening.next[1].condition == nil)
        #expect(scenario.nodes["walked-off"]?.ending == .lost)
        #expect(scenario.contentHash.count == 16)
    }

    @Test func signedMoodChangesAndReframeKind() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        kind: reframe
                        say: You reps are all useless.
                        expect: [fromle]
                        next:
                          - if: { score_at_least: 0.5, mood_below: 8 }
                            mood: +2
                            reply: Hm.
                            goto: done
                          - mood: -3
                            goto: done
                      done:
                        end: exit
                    """))
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.line))")
        let node = try #require(document.scenario?.nodes["opening"])
        #expect(node.kind == .reframe)
        #expect(node.next.map(\.mood) == [2, -3])
        #expect(node.next[0].condition?.scoreAtLeast == 0.5)
        #expect(node.next[0].condition?.moodBelow == 8)
        #expect(node.next[0].reply == "Hm.")
    }

    @Test func testsKeyDecodesBothShapes() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - goto: done
                      done:
                        end: resolved
                    """,
                extra: """
                    tests:
                      - name: an apology
                        node: opening
                        reply: I'm so sorry.
                        detects: [apology]
                        rejects: [blame-shifting]
                        goto: done
                      - replies: ["hello"]
                        path: [opening, done]
                        outcome: resolved
                    """))
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.line))")
        let tests = try #require(document.scenario?.tests)
        #expect(tests.count == 2)
        guard case .reply(let node, _, let detects, _, let goto) = tests[0].shape else {
            Issue.record("first test is not a reply test")
            return
        }
        #expect(node == "opening")
        #expect(detects == ["apology"])
        #expect(goto == "done")
        guard case .path(let replies, let path, let outcome, _, _) = tests[1].shape else {
            Issue.record("second test is not a path test")
            return
        }
        #expect(replies == ["hello"])
        #expect(path == ["opening", "done"])
        #expect(outcome == [.resolved])
    }

    @Test func pathTestScoreBoundsDecodeAndEitherOneIsACheck() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - goto: done
                      done:
                        end: lost
                    """,
                extra: """
                    tests:
                      - replies: ["hello"]
                        score_at_least: 10
                        score_at_most: 45
                      - replies: ["hello"]
                        score_at_most: 45
                      - replies: ["hello"]
                        outcome: [lost, escalated]
                    """))
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.line))")
        let tests = try #require(document.scenario?.tests)
        guard case .path(_, _, _, let least, let most) = tests[0].shape,
            case .path(_, _, _, let onlyLeast, let onlyMost) = tests[1].shape
        else {
            Issue.record("the tests are not path tests")
            return
        }
        #expect(least == 10)
        #expect(most == 45)
        #expect(onlyLeast == nil)
        #expect(onlyMost == 45)
        guard case .path(_, _, let kinds, _, _) = tests[2].shape else {
            Issue.record("the third test is not a path test")
            return
        }
        #expect(kinds == [.lost, .escalated])
    }

    @Test func scoreBoundsThatCannotBothHoldAreAnError() {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - goto: done
                      done:
                        end: lost
                    """,
                extra: """
                    tests:
                      - replies: ["hello"]
                        score_at_least: 70
                        score_at_most: 45
                      - replies: ["hello"]
                        score_at_most: 101
                      - replies: ["hello"]
                        outcome: [resolved, exited]
                    """))
        let errors = document.diagnostics.filter { $0.severity == .error }
        #expect(errors.contains { $0.message.contains("can never pass") })
        #expect(errors.contains { $0.message.contains("'score_at_most'") && $0.message.contains("101") })
        #expect(errors.contains { $0.message.contains("'exited' is not a kind of ending") })
    }
}
