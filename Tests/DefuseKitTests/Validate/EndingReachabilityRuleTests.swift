import DefuseKit
import Testing

@Suite struct EndingReachabilityRuleTests {
    @Test func noReachableEndIsAWarning() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - goto: opening
                      unreached-end:
                        end: resolved
                    """))
        let warning = try #require(document.diagnostics.first { $0.code == .noReachableEnding })
        #expect(warning.severity == .warning)
    }

    @Test func reachableEndIsFine() {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - if: { passed: true }
                            goto: done
                          - goto: opening
                      done:
                        end: resolved
                    """))
        #expect(!document.diagnostics.contains { $0.code == .noReachableEnding })
        #expect(!document.diagnostics.contains { $0.code == .inescapableCycle })
    }
}
