import Foundation
import PostgresTestServer
import Testing

@testable import DefuseKit

/// Drill runs scored honestly from their attempts, and names matched as one person.
@Suite struct DrillRunTests {
    @Test func unplayedScenariosCountZero() {
        #expect(DrillRunRecord.score([100], total: 5) == 20)
        #expect(DrillRunRecord.score([80, 70], total: 2) == 75)
        #expect(DrillRunRecord.score([], total: 3) == 0)
    }

    @Test(arguments: StoreBackend.tested) func aRunLeftEarlyIsIncompleteAndScoresWhatWasPlayed(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        let run = try store.beginDrillRun(
            DrillRunStart(rep: "Ana", cohort: "north", set: "first-week", total: 4))
        // One scenario played to its end at 100…
        let first = try store.begin(start(scenario: "a"))
        try store.add(attempt: first, toDrillRun: run)
        try store.record(sampleTurn(score: 1), index: 0, attempt: first)
        try store.finish(attempt: first, outcome: .resolved, score: 100, ended: Date())
        // …and one left after a reply that earned half.
        let second = try store.begin(start(scenario: "b"))
        try store.add(attempt: second, toDrillRun: run)
        try store.record(sampleTurn(score: 0.5), index: 0, attempt: second)
        let runs = try store.drillRuns()
        #expect(runs.count == 1)
        let record = try #require(runs.first)
        #expect(record.id == run)
        #expect(record.done == 1)
        #expect(record.total == 4)
        #expect(record.complete == false)
        #expect(record.passed == false)
        // (100 + 50 + 0 + 0) / 4
        #expect(record.score == 38)
        #expect(try store.drillRuns(ReportFilter(drill: "other")).isEmpty)
        #expect(try store.drillRuns(ReportFilter(rep: "Ana", drill: "first-week")).count == 1)
    }

    @Test(arguments: StoreBackend.tested) func aCompleteRunPassesAgainstItsMark(_ backend: StoreBackend)
        throws
    {
        let store = try backend.newStore()
        let run = try store.beginDrillRun(DrillRunStart(rep: "Ana", set: "one", total: 1, passMark: 90))
        let attempt = try store.begin(start())
        try store.add(attempt: attempt, toDrillRun: run)
        try store.finish(attempt: attempt, outcome: .resolved, score: 85, ended: Date())
        let record = try #require(try store.drillRuns().first)
        #expect(record.complete)
        #expect(!record.passed)
        #expect(record.status == "complete")
    }

    @Test(arguments: StoreBackend.tested) func namesAreOneWhateverTheirCaseAndSpacing(_ backend: StoreBackend)
        throws
    {
        let store = try backend.newStore()
        _ = try store.begin(start(rep: "Priya Shah", at: Date(timeIntervalSince1970: 1_790_000_000)))
        _ = try store.begin(start(rep: "priya shah", at: Date(timeIntervalSince1970: 1_790_000_100)))
        #expect(try store.firstSpelling(of: " PRIYA   shah ", as: .rep) == "Priya Shah")
        #expect(try store.firstSpelling(of: "  Noor  Ali ", as: .rep) == "Noor Ali")
        let filter = try ReportFilter(rep: "priya  SHAH").spelledAsRecorded(in: store)
        #expect(filter.rep == "Priya Shah")
    }

    @Test func aDrillSetsPassMarkIsValidated() {
        let good = DrillSetLoader.load(
            SourceFile(path: "drills/a.yaml", text: "title: A\nscenarios: [x]\npass: 80\n"),
            knownScenarios: ["x"])
        #expect(good.0?.passMark == 80)
        let bad = DrillSetLoader.load(
            SourceFile(path: "drills/a.yaml", text: "title: A\nscenarios: [x]\npass: 120\n"),
            knownScenarios: ["x"])
        #expect(bad.1.contains { $0.severity == .error && $0.line.contains("pass") })
        let none = DrillSetLoader.load(
            SourceFile(path: "drills/a.yaml", text: "title: A\nscenarios: [x]\n"), knownScenarios: ["x"])
        #expect(none.0?.passMark == 70)
    }
}
