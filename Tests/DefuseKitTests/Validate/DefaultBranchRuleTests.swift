import DefuseKit
import Testing

@Suite struct DefaultBranchRuleTests {
    @Test func allConditionalBranchesIsAnError() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - if: { passed: true }
                            goto: done
                      done:
                        end: resolved
                    """))
        let error = try #require(document.diagnostics.first { $0.code == .noDefaultBranch })
        #expect(error.severity == .error)
        #expect(error.message.contains("'opening'"))
    }

    @Test func defaultBranchBeforeAnotherIsAnError() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - goto: done
                          - goto: done
                      done:
                        end: resolved
                    """))
        let error = try #require(document.diagnostics.first { $0.code == .defaultBranchNotLast })
        #expect(error.location.line == 10)
        #expect(!document.diagnostics.contains { $0.code == .noDefaultBranch })
    }

    @Test func missingNextIsAnError() {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                    """))
        #expect(document.diagnostics.filter { $0.code == .noDefaultBranch }.count == 1)
    }

    @Test func endAndChoiceNodesNeedNoBranches() {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Pick.
                        choices:
                          - text: A
                            goto: done
                      done:
                        end: exit
                    """))
        #expect(document.diagnostics.isEmpty)
    }
}

@Suite struct DefaultBranchCascadeTests {
    @Test func mistypedNextIsOneErrorNotThree() {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next: done
                      done:
                        end: resolved
                    """))
        #expect(document.diagnostics.map(\.code) == [.wrongType])
    }

    @Test func misplacedDefaultIsNotAlsoAMissingDefault() {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - goto: done
                          - if: { passed: true }
                            goto: done
                      done:
                        end: resolved
                    """))
        #expect(document.diagnostics.map(\.code) == [.defaultBranchNotLast])
    }
}
