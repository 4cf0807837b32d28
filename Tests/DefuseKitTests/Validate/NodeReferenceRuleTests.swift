import DefuseKit
import Testing

@Suite struct NodeReferenceRuleTests {
    @Test func gotoToMissingNodeIsAnErrorWithSuggestion() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - goto: clossed
                      closed:
                        end: resolved
                    """))
        let error = try #require(document.diagnostics.first { $0.code == .unknownNode })
        #expect(error.severity == .error)
        #expect(error.suggestion == "closed")
        #expect(error.location.line == 10)
    }

    @Test func startAndOnBoilMustNameNodes() {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      done:
                        end: resolved
                    """, extra: "on_boil: kaboom"))
        let messages = document.diagnostics.filter { $0.code == .unknownNode }.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.contains { $0.contains("start 'opening'") })
        #expect(messages.contains { $0.contains("on_boil 'kaboom'") })
    }

    @Test func validReferencesProduceNoError() {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        choices:
                          - text: Fix it.
                            goto: done
                      done:
                        end: resolved
                    """))
        #expect(!document.diagnostics.contains { $0.code == .unknownNode })
        #expect(document.diagnostics.isEmpty)
    }
}
