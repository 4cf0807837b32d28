import DefuseKit
import Testing

@Suite struct ReachabilityRuleTests {
    @Test func orphanNodeIsAWarning() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - goto: done
                      done:
                        end: resolved
                      orphan:
                        end: lost
                    """))
        let warning = try #require(document.diagnostics.first { $0.code == .unreachableNode })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("'orphan'"))
        #expect(!document.hasErrors)
    }

    @Test func onBoilNodeCountsAsReached() {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - goto: done
                      done:
                        end: resolved
                      boiled:
                        end: escalated
                    """, extra: "on_boil: boiled"))
        #expect(!document.diagnostics.contains { $0.code == .unreachableNode })
    }
}
