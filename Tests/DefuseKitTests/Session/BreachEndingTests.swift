import DefuseKit
import Foundation
import Testing

/// Endings marked `breach: true` (review11 finding 4) and the branch to one taken before the
/// client boils over (finding 5).
@Suite struct BreachEndingTests {
    /// A node whose violation branch goes to a breach ending, after a branch that boils the
    /// client over, as device-failure's the-evidence has it.
    let nodes = """
          opening:
            say: Do you need that reload or not?
            expect: [decisive-action]
            avoid: [capitulates, minimizing]
            next:
              - if: { violated: [capitulates, minimizing] }
                mood: +5
                reply: In the bin it goes.
                goto: after-the-bin
              - if: { violated: [minimizing] }
                goto: complaint-delayed
              - if: { met: [decisive-action] }
                goto: kept
              - mood: +1
                goto: opening
          after-the-bin:
            say: So what now?
            expect: [decisive-action]
            next:
              - goto: kept
          kept:
            end: resolved
          complaint-delayed:
            end: lost
            breach: true
          boiled-over:
            end: escalated
        """

    @Test func aBreachBranchThatHoldsIsTakenBeforeOnBoil() throws {
        let session = try play(scenarioText(nodes: nodes, extra: "on_boil: boiled-over"), ["[minimizing]"])
        #expect(session.path == ["opening", "complaint-delayed"])
        #expect(session.result.outcome == "lost")
        #expect(session.result.breach)
        #expect(session.turns.first?.branch == 1)
    }

    @Test func withoutOnBoilTheBreachEndsLostNotEscalated() throws {
        let session = try play(scenarioText(nodes: nodes), ["[minimizing]"])
        #expect(session.result.outcome == "lost")
        #expect(session.result.breach)
    }

    /// A violation with no branch to a breach ending still boils over as before.
    @Test func aViolationWithoutABreachBranchStillBoilsOver() throws {
        let session = try play(scenarioText(nodes: nodes, extra: "on_boil: boiled-over"), ["[capitulates]"])
        #expect(session.path == ["opening", "boiled-over"])
        #expect(session.result.outcome == "escalated")
        #expect(!session.result.breach)
    }

    /// When the mood does not boil, the first branch that holds is taken, as always.
    @Test func belowTenTheFirstBranchStands() throws {
        let calm = nodes.replacingOccurrences(of: "mood: +5", with: "mood: +1")
        let session = try play(scenarioText(nodes: calm, extra: "on_boil: boiled-over"), ["[minimizing]"])
        #expect(session.path == ["opening", "after-the-bin"])
        #expect(session.result.outcome == "abandoned")
        #expect(!session.result.breach)
    }

    /// `defuse test --walk` ends where play does: a branch to a breach ending that boils the
    /// client over reaches the breach, not `on_boil` (the walk left it unreached before).
    @Test func theWalkReachesABreachEndingThatBoilsTheClientOver() throws {
        let boiling = nodes.replacingOccurrences(
            of: "(\\n *)goto: complaint-delayed", with: "$1mood: +5$1goto: complaint-delayed",
            options: .regularExpression)
        #expect(boiling != nodes)
        let document = loadScenario(scenarioText(nodes: boiling, extra: "on_boil: boiled-over"))
        let scenario = try #require(document.scenario, "\(document.diagnostics)")
        let report = PathExplorer(scenario: scenario, catalog: .rubric).explore()
        #expect(report.endings.contains { $0.node == "complaint-delayed" && $0.ending == .lost })
        #expect(!report.unreached.contains("complaint-delayed"))
        // A boiling branch to a plain node still goes to on_boil.
        #expect(report.endings.contains { $0.node == "boiled-over" && $0.ending == .escalated })
    }

    @Test func aLostEndingWithoutTheFlagIsNoBreach() throws {
        let plain = nodes.replacingOccurrences(of: "    breach: true\n", with: "")
        let session = try play(scenarioText(nodes: plain, extra: "on_boil: boiled-over"), ["[minimizing]"])
        #expect(session.result.outcome == "escalated")
        #expect(!session.result.breach)
    }

    @Test func breachIsValidated() {
        let off = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        breach: true
                        next:
                          - goto: done
                      done:
                        end: lost
                    """))
        #expect(
            off.diagnostics.contains {
                $0.severity == .error && $0.line.contains("only end nodes have 'breach'")
            })
        let good = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - goto: done
                      done:
                        end: resolved
                        breach: true
                    """))
        #expect(good.diagnostics.contains { $0.severity == .error && $0.line.contains("ends resolved") })
        let word = loadScenario(
            scenarioText(
                nodes: """
                      opening:
                        say: Hi.
                        next:
                          - goto: done
                      done:
                        end: lost
                        breach: yes please
                    """))
        #expect(word.diagnostics.contains { $0.severity == .error && $0.line.contains("breach") })
    }
}
