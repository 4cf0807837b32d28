import DefuseKit
import Foundation
import Testing

/// The optional `model` reply of a free-text node and `reason` of a branch.
@Suite struct ModelAndReasonTests {
    @Test func modelAndReasonDecode() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Where is it?
                        model: I'm sorry, that is on me.
                        next:
                          - mood: +1
                            reason: The other pump failed too.
                            goto: done
                      done:
                        end: resolved
                    """))
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.line))")
        let node = try #require(document.scenario?.nodes["opening"])
        #expect(node.model == "I'm sorry, that is on me.")
        #expect(node.next.first?.reason == "The other pump failed too.")
    }

    @Test func modelOnlyOnFreeTextNodesAndNeverBlank() {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Where is it?
                        model: "  "
                        next:
                          - goto: done
                      done:
                        end: resolved
                        model: I'm sorry.
                    """))
        let lines = document.diagnostics.map(\.line)
        #expect(lines.contains { $0.contains("'model' in node 'opening' is blank") })
        #expect(lines.contains { $0.contains("node 'done' is an end node and cannot have 'model'") })
    }

    @Test func theModelReplyIsTheTrainersElseAPassingTestReply() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Where is it?
                        expect: [apology]
                        next:
                          - goto: done
                      done:
                        end: resolved
                    """,
                extra: """
                    tests:
                      - node: opening
                        reply: the weather is nice
                        detects: []
                      - node: opening
                        reply: I am so sorry about this.
                        detects: [apology]
                    """))
        var scenario = try #require(document.scenario)
        let session = Session(scenario: scenario, grader: shippedGrader)
        let node = try #require(scenario.nodes["opening"])
        // The first test reply does not pass the node; the second does.
        #expect(session.modelReply(at: node) == "I am so sorry about this.")
        scenario.nodes["opening"]?.model = "Sorry, it is mine to fix."
        let withModel = Session(scenario: scenario, grader: shippedGrader)
        #expect(
            withModel.modelReply(at: try #require(scenario.nodes["opening"])) == "Sorry, it is mine to fix.")
    }
}
