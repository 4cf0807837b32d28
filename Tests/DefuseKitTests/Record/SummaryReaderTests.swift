import Foundation
import PostgresTestServer
import Testing

@testable import DefuseKit

/// The table counted in the database is the table rendered from the loaded attempts.
@Suite struct SummaryReaderTests {
    @Test(arguments: StoreBackend.tested) func summaryFromTheDatabaseRendersTheSameTable(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        let base = Date(timeIntervalSince1970: 1_790_000_000)
        for n in 0..<12 {
            let rep = ["Ana", "Bo", "Cy"][n % 3]
            let id = try store.begin(
                start(
                    rep: rep, cohort: n % 2 == 0 ? "north" : nil,
                    scenario: ["wrong-tray", "bias-client"][n % 2],
                    at: base.addingTimeInterval(Double(n) * 60)))
            try store.record(sampleTurn(met: ["apology"], missed: ["ownership"]), index: 0, attempt: id)
            try store.record(
                sampleTurn(
                    met: [], missed: ["thanks"],
                    detected: ["minimizing", "minimizing", "apology", "argues-back"],
                    violations: ["minimizing"], avoided: ["minimizing", "non-apology"]),
                index: 1,
                attempt: id)
            try store.record(sampleTurn(violations: ["blame-shifting"], choice: 1), index: 2, attempt: id)
            if n % 4 != 3 { try store.finish(attempt: id, outcome: .resolved, score: 40 + n, ended: base) }
            // A trainer's verdicts change the score of attempts 1, 6 and 11 (11 is abandoned).
            if n % 5 == 1 {
                let review = TurnReview(reviewer: "Kim", reviewed: base, avoid: ["minimizing"])
                    .setting("ownership", present: true, by: "Kim", at: base)
                try store.saveReview(review, turn: 0, attempt: id)
            }
        }
        let options = ReportOptions(generated: base)
        for filter in [
            ReportFilter(), ReportFilter(rep: "Bo"), ReportFilter(cohort: "north"),
            ReportFilter(rep: "Nobody"),
        ] {
            let loaded = ReportSummary(try store.attempts(filter))
            let summary = try store.summary(filter)
            #expect(
                TableReport.render(summary, options: options) == TableReport.render(loaded, options: options))
            #expect(summary.reviews == loaded.reviews)
            #expect(summary.reps.map(\.scores) == loaded.reps.map(\.scores))
            #expect(summary.scenarios.map(\.scores) == loaded.scenarios.map(\.scores))
        }
        #expect(try store.summary().reviews.map(\.turn) == [1, 1, 1])
        let table = TableReport.render(try store.summary(), options: options)
        #expect(table.contains("minimizing (violation)"))
        // Detected, but not avoided at that turn; the choice turn's blame-shifting does not count.
        #expect(!table.contains("argues-back"))
        #expect(!table.contains("blame-shifting"))
    }
}
