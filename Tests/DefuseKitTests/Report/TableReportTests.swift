import DefuseKit
import Foundation
import Testing

@Suite struct TableReportTests {
    @Test func barsShowTheShareAndPercentage() {
        #expect(TextCharts.bar(0.52) == "█████░░░░░  52%")
        #expect(TextCharts.bar(1) == "██████████ 100%")
        #expect(TextCharts.bar(0) == "░░░░░░░░░░   0%")
        #expect(TextCharts.bar(2) == "██████████ 100%")
        #expect(TextCharts.bar(.nan) == "░░░░░░░░░░   0%")
    }

    @Test func sparklinesUseAFixedScale() {
        #expect(TextCharts.sparkline([0, 30, 60, 80, 100]) == "▁▃▅▇█")
        #expect(TextCharts.sparkline([]) == "")
        #expect(TextCharts.sparkline(Array(repeating: 50, count: 30)).count == 20)
    }

    @Test func showsRepsScenariosAndTechniques() {
        let text = TableReport.render(
            ReportFixtures.mixed, options: ReportOptions(titles: ["wrong-tray": "The wrong tray"]))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "Defuse results: 6 attempts, 3 reps, 2026-09-21 to 2026-09-25")
        #expect(lines.contains("  Ana  north          3          0    63    90    90  ▄▅█"))
        #expect(lines.contains("  Cy   north          2          1    20    20    20  ▂"))
        #expect(lines.contains { $0.hasPrefix("  wrong-tray     The wrong tray") })
        #expect(lines.contains("  apology    ██████████ 100%  6/6"))
        #expect(lines.contains("  ownership  ░░░░░░░░░░   0%  0/6"))
        #expect(lines.contains("TECHNIQUES: Ben"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test func anEmptyReportSaysSo() {
        #expect(TableReport.render([]) == "No attempts recorded yet.\n")
    }

    @Test func summaryLeavesAbandonedAttemptsOutOfScores() throws {
        let summary = ReportSummary(ReportFixtures.mixed)
        let cy = try #require(summary.reps.first { $0.name == "Cy" })
        #expect(cy.attempts == 2)
        #expect(cy.abandoned == 1)
        #expect(cy.scores == [20])
        #expect(summary.cohorts == ["north", "south"])
        #expect(summary.leaderboard(cohort: "north").map(\.name) == ["Ana", "Cy"])
    }

    @Test func masteryCountsOnlyTurnsThatExpectedTheTechnique() {
        let turns = [
            sampleTurn(met: ["apology"], missed: ["thanks"]),
            sampleTurn(
                met: [], missed: ["apology"], detected: ["thanks", "argues-back", "minimizing"],
                violations: ["argues-back"], avoided: ["argues-back", "blame-shifting"]
            ),
            sampleTurn(met: [], missed: [], detected: ["minimizing"], avoided: ["argues-back"]),
            sampleTurn(met: [], missed: [], detected: ["minimizing"], violations: ["minimizing"], choice: 2),
        ].enumerated().map { TurnRecord($1, index: $0, recorded: ReportFixtures.t0) }
        let mastery = TechniqueMastery(turns)
        #expect(mastery.shares == ["apology": 0.5, "thanks": 0])
        // argues-back: avoided at turns 2 and 3, shown at 2; blame-shifting avoided at 2, not
        // shown; minimizing never avoided at a free-text turn (the choice turn does not count).
        #expect(mastery.violationRates == ["argues-back": 0.5, "blame-shifting": 0])
        #expect(mastery.weakestFirst == ["thanks", "apology"])
    }
}
