import DefuseKit
import Testing

@Suite struct TechniqueReferenceRuleTests {
    @Test func unknownIdIsAnErrorWithSuggestion() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        expect: [decisive-actoin]
                        next:
                          - goto: done
                      done:
                        end: resolved
                    """))
        let error = try #require(document.diagnostics.first { $0.code == .unknownTechnique })
        #expect(error.suggestion == "decisive-action")
        #expect(error.location.line == 9)
        #expect(error.location.column == 14)
    }

    @Test func violationUnderExpectIsOnlyAWarning() throws {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        expect: [blame-shifting]
                        next:
                          - goto: done
                      done:
                        end: resolved
                    """))
        let warning = try #require(document.diagnostics.first { $0.code == .techniqueKindMismatch })
        #expect(warning.severity == .warning)
        #expect(!document.hasErrors)
    }

    @Test func conditionsAndCreditsAreChecked() {
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - if: { met: [humour], avoided: [rudeness] }
                            goto: pick
                          - goto: pick
                      pick:
                        say: Well?
                        choices:
                          - text: Sure.
                            credits: [flattery]
                            goto: done
                      done:
                        end: resolved
                    """))
        let unknown = document.diagnostics.filter { $0.code == .unknownTechnique }.map(\.message)
        #expect(unknown.count == 3)
        #expect(unknown.contains { $0.contains("'humour'") && $0.contains("'met'") })
        #expect(unknown.contains { $0.contains("'flattery'") && $0.contains("'credits'") })
    }

    @Test func everyRubricIdIsAccepted() {
        let ids = TechniqueCatalog.rubric.techniques.joined(separator: ", ")
        let violations = TechniqueCatalog.rubric.violations.joined(separator: ", ")
        let document = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        expect: [\(ids)]
                        avoid: [\(violations)]
                        next:
                          - goto: done
                      done:
                        end: resolved
                    """))
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.line))")
    }
}
