import Testing

@testable import DefuseKit

/// `defuse test`'s choice-line check (review7 finding 2): a choice line is graded as typed text
/// at its node, and a line is reported when a technique it credits is not read.
@Suite struct ChoiceLineReadingTests {
    func reading() throws -> ChoiceLineReading {
        let text = scenarioText(
            nodes: """
                  opening:
                    say: What now?
                    choices:
                      - text: "[apology] [ownership] Sorry, that one is mine."
                        credits: [apology, ownership]
                        goto: done
                      - text: "[apology] Sorry about that."
                        credits: [apology, ownership]
                        goto: done
                      - text: "Not my problem."
                        credits: [blame-shifting]
                        goto: done
                      - text: "Let me think."
                        credits: []
                        goto: done
                  done:
                    end: resolved
                """)
        let document = loadScenario(text)
        let scenario = try #require(document.scenario, "\(document.diagnostics)")
        return ChoiceLineReading(scenario: scenario, grader: FakeGrader(), catalog: .rubric)
    }

    @Test func onlyLinesThatCreditATechniqueAreGraded() throws {
        let reading = try reading()
        #expect(reading.lines.map(\.number) == [1, 2])
        #expect(reading.creditCount == 4)
    }

    @Test func aLineWhoseCreditIsNotReadIsReportedWithTheMissingCredit() throws {
        let reading = try reading()
        #expect(reading.unreadLines.map(\.number) == [2])
        #expect(reading.unreadLines.first?.unread == ["ownership"])
        #expect(reading.unreadLines.first?.detected == ["apology"])
        #expect(reading.unreadCreditCount == 1)
        #expect(reading.lines.first?.isRead == true)
    }

    @Test func theReportPointsAtTheLineInTheFile() throws {
        let line = try #require(try reading().unreadLines.first)
        // scenarioText puts `nodes:` on line 6; the second choice is on line 13.
        #expect(line.location.line == 13)
        #expect(line.node == "opening")
    }
}
