import DefuseKit
import Testing

@Suite struct EndingReachabilityRuleTests {
    @Test func noReachableEndIsAnError() throws {
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
        let error = try #require(document.diagnostics.first { $0.code == .noReachableEnding })
        #expect(error.severity == .error)
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
