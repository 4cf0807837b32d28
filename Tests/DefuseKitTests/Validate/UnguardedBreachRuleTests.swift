import DefuseKit
import Testing

/// Review12, finding 2: a `violated: [capitulates]` branch straight to a breach ending, at a node
/// that reads a limit, with no earlier branch for the same violation read beside the limit.
@Suite struct UnguardedBreachRuleTests {
    /// The node `opening` with `branches` in its `next`, a check node and two endings.
    static func scenario(
        expect: String = "[boundary-setting]", branches: String, breach: Bool = true
    ) -> String {
        scenarioText(
            nodes: """
                  opening:
                    say: Just give me a number.
                    expect: \(expect)
                    avoid: [capitulates]
                    next:
                \(branches)
                      - goto: done
                  check:
                    say: Yes or no?
                    choices:
                      - text: No.
                        credits: [boundary-setting]
                        goto: done
                  told-him:
                    end: lost
                    breach: \(breach)
                  done:
                    end: resolved
                """)
    }

    /// A yes sent straight to the ending, the shape of off-label-request's pushes before the fix.
    static let straightToBreach = """
              - if: { violated: [capitulates] }
                goto: told-him
        """

    @Test func aCapitulationStraightToABreachIsAWarningAtTheBranch() throws {
        let document = loadScenario(
            Self.scenario(branches: Self.straightToBreach))
        let warning = try #require(document.diagnostics.first { $0.code == .unguardedBreach })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 12)
        #expect(warning.message.contains("'capitulates'"))
        #expect(warning.message.contains("'told-him'"))
        #expect(!document.diagnostics.hasErrors)
    }

    @Test func aBranchThatOnlyTestsTheLimitStillMakesTheNodeReadIt() {
        let document = loadScenario(
            Self.scenario(
                expect: "[decisive-action]",
                branches: """
                          - if: { violated: [capitulates] }
                            goto: told-him
                          - if: { met: [boundary-setting] }
                            goto: done
                    """))
        #expect(document.diagnostics.contains { $0.code == .unguardedBreach })
    }

    @Test func anEarlierCheckForTheMixedReadingSilencesIt() {
        let document = loadScenario(
            Self.scenario(
                branches: """
                          - if: { violated: [capitulates], met: [boundary-setting] }
                            mood: +1
                            goto: check
                          - if: { violated: [capitulates] }
                            goto: told-him
                    """))
        #expect(!document.diagnostics.contains { $0.code == .unguardedBreach })
    }

    @Test func noWarningWhereItCannotBeAMisreadOrIsNoBreach() {
        // The branch asks for the limit to be missing: the guard's other half.
        let missed = loadScenario(
            Self.scenario(
                branches: """
                          - if: { violated: [capitulates], missed: [boundary-setting] }
                            goto: told-him
                    """))
        // A node that neither expects nor tests a limit.
        let noLimit = loadScenario(
            Self.scenario(expect: "[decisive-action]", branches: Self.straightToBreach))
        // A violation that a limit does not contradict (compliance violations, such as
        // off-label-promotion, are left out the same way: the breach decides at once).
        let other = loadScenario(
            Self.scenario(
                branches: """
                          - if: { violated: [argues-back] }
                            goto: told-him
                    """))
        // A customer who walked is not a breach.
        let walked = loadScenario(
            Self.scenario(branches: Self.straightToBreach, breach: false))
        for document in [missed, noLimit, other, walked] {
            #expect(!document.diagnostics.hasErrors, "\(document.diagnostics)")
            #expect(!document.diagnostics.contains { $0.code == .unguardedBreach })
        }
    }
}
