import Foundation
import Testing

@testable import DefuseKit

/// The pieces behind the HTML report's manager view: date ticks, bounded score series,
/// first/best/latest, drill standings.
@Suite struct HTMLReportPartsTests {
    let day = 86_400.0
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21T14:13:20Z

    @Test func dateTicksAreRoundDatesInsideTheSpan() {
        let ticks = DateAxis.ticks(from: t0, to: t0.addingTimeInterval(10 * day), maxCount: 4)
        #expect(ticks.count >= 2 && ticks.count <= 4)
        // Evenly spaced whole days.
        let gaps = zip(ticks.dropFirst(), ticks).map { $0.date.timeIntervalSince($1.date) }
        #expect(Set(gaps).count == 1)
        for tick in ticks {
            #expect(tick.date >= t0 && tick.date <= t0.addingTimeInterval(10 * day))
            #expect(tick.date.timeIntervalSince1970.truncatingRemainder(dividingBy: day) == 0)
            #expect(tick.label.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
        }
    }

    @Test func longSpansAreLabelledByMonthAndShortOnesByTime() {
        let year = DateAxis.ticks(from: t0, to: t0.addingTimeInterval(300 * day), maxCount: 5)
        #expect(year.count >= 2 && year.count <= 5)
        for tick in year { #expect(tick.label.wholeMatch(of: /\d{4}-\d{2}/) != nil, "\(tick.label)") }
        #expect(year.first.map { $0.date >= t0 && $0.date < t0.addingTimeInterval(92 * day) } == true)
        let hours = DateAxis.ticks(from: t0, to: t0.addingTimeInterval(5 * 3600), maxCount: 4)
        #expect(hours.map(\.label) == ["2026-09-21 15:00", "2026-09-21 18:00"])
        let instant = DateAxis.ticks(from: t0, to: t0, maxCount: 4)
        #expect(instant.map(\.label) == ["2026-09-21 14:13"])
        let minutes = DateAxis.ticks(from: t0, to: t0.addingTimeInterval(600), maxCount: 4)
        #expect(minutes.map(\.label) == ["2026-09-21 14:13", "2026-09-21 14:23"])
    }

    @Test func aLongHistoryIsDrawnFromBoundedPoints() {
        var series = ScoreSeries(capacity: 50)
        var scores: [Int] = []
        for index in 0..<1_003 {
            let abandoned = index % 10 == 9
            let score = (index * 37) % 101
            if !abandoned { scores.append(score) }
            series.add(
                ReportFixtures.attempt(
                    index, rep: "Ana", day: Double(index) / 10, ending: abandoned ? nil : .resolved,
                    score: score))
        }
        #expect(series.points.count <= 50)
        #expect(series.points.count >= 25)
        #expect(series.points.map(\.attempts).reduce(0, +) == 1_003)
        #expect(series.points.map(\.finishedSum).reduce(0, +) == scores.reduce(0, +))
        #expect(series.points.map(\.low).min() == scores.min())
        #expect(series.points.map(\.high).max() == scores.max())
        #expect(series.points.map(\.first) == series.points.map(\.first).sorted())
    }

    @Test func fewAttemptsAreAPointEach() {
        var series = ScoreSeries()
        for index in 0..<5 {
            series.add(ReportFixtures.attempt(index, rep: "Ana", day: Double(index), score: index * 10))
        }
        #expect(series.points.map(\.mean) == [0, 10, 20, 30, 40])
    }

    @Test func progressKeepsFirstBestAndLatestFinishedScores() {
        var progress = ScoreProgress()
        let plays: [(Double, Int?)] = [(0, nil), (1, 50), (2, 80), (3, 80), (4, nil), (5, 65)]
        for (day, score) in plays {
            progress.add(
                ReportFixtures.attempt(
                    1, rep: "Ana", day: day, ending: score == nil ? nil : .resolved, score: score))
        }
        #expect(progress.first == .init(score: 50, date: t0.addingTimeInterval(day)))
        #expect(progress.best == .init(score: 80, date: t0.addingTimeInterval(2 * day)))
        #expect(progress.latest == .init(score: 65, date: t0.addingTimeInterval(5 * day)))
        #expect(progress.change == 15)
        #expect(progress.finished == 4)
        #expect(progress.abandoned == 2)
    }

    @Test func aStandingIsPassedNotPassedOrIncomplete() {
        func run(_ rep: String, _ scores: [Int], total: Int, day: Double = 0) -> DrillRunRecord {
            DrillRunRecord(
                id: UUID(), rep: rep, cohort: nil, set: "s", started: t0.addingTimeInterval(day * 86_400),
                total: total, passMark: 70, scenarioScores: scores, done: scores.count)
        }
        let standings = DrillStanding.standings([
            run("Ana", [90], total: 2),  // incomplete
            run("Ana", [60, 60], total: 2, day: 1),  // not passed
            run("Ana", [70, 80], total: 2, day: 2),  // passed, 75
            run("Ben", [10, 20], total: 2),  // not passed
            run("Ben", [100], total: 3, day: 1),  // incomplete, later but not passing
            run("Cy", [100], total: 3),
            run("Cy", [100, 100], total: 3, day: 1),  // furthest incomplete
        ])
        #expect(standings.map(\.rep) == ["Ana", "Ben", "Cy"])
        #expect(standings.map(\.status) == [.passed, .notPassed, .incomplete])
        #expect(standings.map(\.runs) == [3, 2, 2])
        #expect(
            standings.map(\.text) == ["passed · 75", "not passed · 15 of 70", "incomplete · 2 of 3 done"])
        let table = DrillReport.table(standings.map(\.deciding) + [run("Ana", [0, 0], total: 2, day: 3)])
        #expect(table.contains("DRILL STANDING"))
        #expect(table.contains("  Ana  s  passed · 75  (2 runs, pass mark 70)"))
        #expect(table.contains("  Ben  s  not passed · 15 of 70  (1 run, pass mark 70)"))
        #expect(table.contains("  Cy  s  incomplete · 2 of 3 done  (1 run, pass mark 70)"))
    }
}
