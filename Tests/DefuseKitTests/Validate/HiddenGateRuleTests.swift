import DefuseKit
import Testing

/// Review14 finding 6: an ending decided by a technique the turn never asks for (key-account's
/// renewal on thanks at a turn that expected prevention) is a warning, DF406.
@Suite struct HiddenGateRuleTests {
    static func scenario(expect: String, credits: String = "") -> String {
        scenarioText(
            nodes: """
                  opening:
                    say: What actually changes?
                    expect: \(expect)
                    next:
                      - if: { met: [prevention, thanks], mood_below: 5 }
                        \(credits.isEmpty ? "mood: -1" : credits)
                        goto: renewed
                      - if: { met: [prevention] }
                        goto: on-watch
                      - goto: check
                  check:
                    say: One concrete thing?
                    choices:
                      - text: A stock report every Monday.
                        credits: [prevention]
                        goto: on-watch
                  renewed:
                    end: resolved
                  on-watch:
                    end: resolved
                """)
    }

    @Test func thanksDecidingTheRenewalIsAWarningAtTheBranch() throws {
        let document = loadScenario(Self.scenario(expect: "[prevention]"))
        let warning = try #require(document.diagnostics.first { $0.code == .hiddenGate })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 11)
        #expect(warning.message.contains("'thanks'"))
        #expect(warning.message.contains("'renewed'"))
        #expect(warning.message.contains("'on-watch'"))
        #expect(!document.diagnostics.hasErrors)
    }

    @Test func expectingTheTechniqueSilencesIt() {
        let document = loadScenario(Self.scenario(expect: "[prevention, thanks]"))
        #expect(!document.diagnostics.contains { $0.code == .hiddenGate })
    }

    @Test func aBranchThatCreditsAnExpectedTechniqueIsLeftAlone() {
        let document = loadScenario(Self.scenario(expect: "[prevention]", credits: "credits: [prevention]"))
        #expect(!document.diagnostics.contains { $0.code == .hiddenGate })
    }

    @Test func aTechniqueThatLeadsNowhereBetterIsNotAGate() {
        // Without the technique the reply reaches a check that can still end resolved: no gate.
        let text = scenarioText(
            nodes: """
                  opening:
                    say: Well?
                    expect: [boundary-setting]
                    next:
                      - if: { met: [boundary-setting, decisive-action] }
                        goto: next-turn
                      - goto: check
                  next-turn:
                    say: Go on.
                    next:
                      - goto: done
                  check:
                    say: Yes or no?
                    choices:
                      - text: No.
                        credits: [boundary-setting]
                        goto: next-turn
                  done:
                    end: resolved
                """)
        let document = loadScenario(text)
        #expect(!document.diagnostics.contains { $0.code == .hiddenGate })
    }
}
