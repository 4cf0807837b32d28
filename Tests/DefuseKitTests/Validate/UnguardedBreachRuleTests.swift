import DefuseKit
import Testing

/// Review12, finding 2: a `violated: [capitulates]` branch straight to a breach ending, at a node
/// that reads a limit, with no earlier branch for the same violation read beside the limit.
@Suite struct UnguardedBreachRuleTests {
    /// The node `opening` with `branches` in its `next`, a check node and two endings.
    static func scenario(
        expect: String = "[boundary-setting]", branches: String, breach: Bool = true,
        end: String = "lost"
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
                    end: \(end)
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
        // A client who boiled over, with no breach: the mood's ending, not a verdict.
        let boiled = loadScenario(
            Self.scenario(branches: Self.straightToBreach, breach: false, end: "escalated"))
        for document in [missed, noLimit, other, boiled] {
            #expect(!document.diagnostics.hasErrors, "\(document.diagnostics)")
            #expect(!document.diagnostics.contains { $0.code == .unguardedBreach })
        }
    }

    /// Review13, finding 1: off-label-request's when-will-i-hear sent `blame-shifting` to a
    /// `lost` ending that is no breach (a customer lost), at a node that expects
    /// `decisive-action`; "the timing is theirs, not mine … I'll submit it tonight" ended there.
    static let blameToLost = """
              - if: { violated: [minimizing, blame-shifting] }
                goto: told-him
        """

    @Test func aLostEndingThatIsNoBreachIsWarnedAboutToo() throws {
        let document = loadScenario(
            Self.scenario(expect: "[decisive-action]", branches: Self.blameToLost, breach: false))
        let warning = try #require(document.diagnostics.first { $0.code == .unguardedBreach })
        #expect(warning.message.contains("'blame-shifting'"))
        #expect(warning.message.contains("the lost ending 'told-him'"))
        #expect(warning.message.contains("'decisive-action'"))
        // minimizing is contradicted by acknowledge-dont-agree, which this node does not ask for.
        #expect(!document.diagnostics.contains { $0.message.contains("'minimizing'") })
        #expect(document.diagnostics.filter { $0.code == .unguardedBreach }.count == 1)
    }

    @Test func aGuardForTheMixedReadingBeforeTheLostEndingSilencesIt() {
        let guarded = loadScenario(
            Self.scenario(
                expect: "[decisive-action]",
                branches: """
                          - if: { violated: [blame-shifting], met: [decisive-action], avoided: [minimizing] }
                            mood: +1
                            goto: check
                    """ + "\n" + Self.blameToLost, breach: false))
        #expect(!guarded.diagnostics.contains { $0.code == .unguardedBreach })
        // A "guard" that itself ends lost is none.
        let lostGuard = loadScenario(
            Self.scenario(
                expect: "[decisive-action]",
                branches: """
                          - if: { violated: [blame-shifting], met: [decisive-action] }
                            goto: told-him
                    """ + "\n" + Self.blameToLost, breach: false))
        #expect(lostGuard.diagnostics.contains { $0.code == .unguardedBreach })
    }

    @Test func aViolationNoAskedTechniqueContradictsIsNotWarnedAbout() {
        // A node that asks only for thanks: neither blame nor minimizing is contradicted by it
        // (as at a report node, where objective-report does not contradict a played-down report).
        let document = loadScenario(
            Self.scenario(expect: "[thanks]", branches: Self.blameToLost, breach: true))
        #expect(!document.diagnostics.contains { $0.code == .unguardedBreach })
    }
}
