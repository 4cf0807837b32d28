import DefuseKit
import Testing

@Suite struct InescapableCycleRuleTests {
    @Test func closedLoopIsAWarning() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - if: { passed: true }
                            goto: done
                          - goto: loop-a
                      loop-a:
                        say: A.
                        next:
                          - goto: loop-b
                      loop-b:
                        say: B.
                        next:
                          - goto: loop-a
                      done:
                        end: resolved
                    """))
        let warning = try #require(document.diagnostics.first { $0.code == .inescapableCycle })
        #expect(warning.message.contains("'loop-a', 'loop-b'"))
        #expect(warning.location.line == 13)
    }

    @Test func selfLoopWithoutExitIsAWarning() {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - goto: opening
                    """))
        #expect(document.diagnostics.contains { $0.code == .inescapableCycle })
    }
}
