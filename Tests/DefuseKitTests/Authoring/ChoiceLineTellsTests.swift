import Testing

@testable import DefuseKit

/// `defuse test`'s longest-line check (review8 finding 6): a choice node whose one right line is
/// longer than every other line by 15 characters or more is reported.
@Suite struct ChoiceLineTellsTests {
    func tells(_ nodes: String) throws -> ChoiceLineTells {
        let document = loadScenario(scenarioText(nodes: nodes))
        let scenario = try #require(document.scenario, "\(document.diagnostics)")
        return ChoiceLineTells(scenario: scenario, catalog: .rubric)
    }

    @Test func aRightLineLongestByFifteenIsReportedWithItsMargin() throws {
        let found = try tells(
            """
              opening:
                say: What now?
                choices:
                  - text: "Not my problem."
                    credits: [blame-shifting]
                    goto: done
                  - text: "I'm sorry, that one is mine, and I'll fix it by noon."
                    credits: [apology, ownership]
                    goto: done
                  - text: "Let me think about it."
                    credits: []
                    goto: done
              done:
                end: resolved
            """)
        #expect(found.nodes == 1)
        let tell = try #require(found.tells.first)
        #expect(tell.number == 2)
        #expect(tell.length == 53)
        #expect(tell.longestOther == 22)
        #expect(tell.margin == 31)
        // scenarioText puts `nodes:` on line 6; the second choice is on line 13.
        #expect(tell.location.line == 13)
    }

    @Test func aWrongLineWithinFourteenCharactersClearsIt() throws {
        let found = try tells(
            """
              opening:
                say: What now?
                choices:
                  - text: "I'm sorry, that one is mine, and I'll fix it by noon."
                    credits: [apology, ownership]
                    goto: done
                  - text: "Shipping made the mistake; they'll fix it."
                    credits: [blame-shifting]
                    goto: done
              done:
                end: resolved
            """)
        #expect(found.nodes == 1)
        #expect(found.tells.isEmpty)
    }

    @Test func nodesWithTwoRightLinesOrALineCreditingBothAreNotCounted() throws {
        let found = try tells(
            """
              opening:
                say: What now?
                choices:
                  - text: "I'm sorry, that one is mine, and I'll fix it by noon today."
                    credits: [apology, ownership]
                    goto: second
                  - text: "Sorry."
                    credits: [apology]
                    goto: second
                  - text: "No."
                    credits: []
                    goto: second
              second:
                say: And?
                choices:
                  - text: "Sorry, that's on me, though shipping really did mess it up this time."
                    credits: [ownership, blame-shifting]
                    goto: done
                  - text: "No."
                    credits: []
                    goto: done
              done:
                end: resolved
            """)
        #expect(found.nodes == 0)
        #expect(found.tells.isEmpty)
    }
}
