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
        #expect(none.0?.failOn == [])
    }

    /// `fail_on:` lists kinds of ending; a word that is not one is reported at its place in
    /// the list, with the closest kind.
    @Test func aDrillSetsFailOnIsValidatedWhereItStands() throws {
        let good = DrillSetLoader.load(
            SourceFile(path: "drills/a.yaml", text: "title: A\nscenarios: [x]\nfail_on: [lost, escalated]\n"),
            knownScenarios: ["x"])
        #expect(good.0?.failOn == [.ending(.lost), .ending(.escalated)])
        #expect(good.1.isEmpty)
        let bad = DrillSetLoader.load(
            SourceFile(path: "drills/a.yaml", text: "title: A\nscenarios: [x]\nfail_on: [lost, lsot]\n"),
            knownScenarios: ["x"])
        let diagnostic = try #require(bad.1.first { $0.severity == .error })
        #expect(
            diagnostic.line.hasPrefix(
                "drills/a.yaml:3:17: error: 'lsot' is not something a drill can fail on"))
        #expect(diagnostic.line.contains("did you mean 'lost'"))
        #expect(bad.0?.failOn == [.ending(.lost)])
    }

    /// A complete run above its pass mark still fails when one scenario ended in a kind the set
    /// fails on, and says so; without `fail_on` the same run passes.
    @Test(arguments: StoreBackend.tested) func aLostEndingFailsARunThatFailsOnLost(_ backend: StoreBackend)
        throws
    {
        let store = try backend.newStore()
        for (set, failOn) in [("compliance", [FailKind.ending(.lost)]), ("plain", [])] {
            let run = try store.beginDrillRun(
                DrillRunStart(rep: "Ana", set: set, total: 2, passMark: 45, failOn: failOn))
            for (scenario, outcome, score) in [("a", Ending.resolved, 100), ("b", Ending.lost, 80)] {
                let attempt = try store.begin(start(scenario: scenario))
                try store.add(attempt: attempt, toDrillRun: run)
                try store.finish(attempt: attempt, outcome: outcome, score: score, ended: Date())
            }
        }
        let compliance = try #require(try store.drillRuns(ReportFilter(drill: "compliance")).first)
        #expect(compliance.complete && compliance.score == 90)
        #expect(!compliance.passed)
        #expect(compliance.failOn == [.ending(.lost)] && compliance.failedOn == [.ending(.lost)])
        #expect(compliance.verdict == "failed: 1 lost ending (fail_on: lost)")
        let plain = try #require(try store.drillRuns(ReportFilter(drill: "plain")).first)
        #expect(plain.passed && plain.failedOn.isEmpty && plain.verdict == "passed")
        let json = DrillReport.jsonMember([compliance])
        #expect(json.contains("\"failedOn\" : [\n") && json.contains("\"passed\" : false"))
        #expect(DrillReport.table([compliance, plain]).contains("failed: 1 lost ending (fail_on: lost)"))
    }

    /// `fail_on: [breach]` (review11 finding 4): the word is read, a one-word `fail_on: lost` as
    /// older sets wrote it still loads, and a word that is neither is a located error naming
    /// breach among what a drill can fail on.
    @Test func failOnBreachIsReadAndUnknownKindsAreLocated() throws {
        let breach = DrillSetLoader.load(
            SourceFile(path: "drills/a.yaml", text: "title: A\nscenarios: [x]\nfail_on: [breach]\n"),
            knownScenarios: ["x"])
        #expect(breach.0?.failOn == [.breach])
        #expect(breach.1.isEmpty)
        let word = DrillSetLoader.load(
            SourceFile(path: "drills/a.yaml", text: "title: A\nscenarios: [x]\nfail_on: lost\n"),
            knownScenarios: ["x"])
        #expect(word.0?.failOn == [.ending(.lost)])
        #expect(word.1.isEmpty)
        let bad = DrillSetLoader.load(
            SourceFile(path: "drills/a.yaml", text: "title: A\nscenarios: [x]\nfail_on: [breech]\n"),
            knownScenarios: ["x"])
        let diagnostic = try #require(bad.1.first { $0.severity == .error })
        #expect(
            diagnostic.line.hasPrefix(
                "drills/a.yaml:3:11: error: 'breech' is not something a drill can fail on"))
        #expect(diagnostic.line.contains("did you mean 'breach'"))
    }

    /// A run that fails on breaches fails on a lost ending marked as a breach, and not on a
    /// lost customer; the attempt's breach is kept by the store and shown in the reports.
    @Test(arguments: StoreBackend.tested) func aBreachFailsARunThatFailsOnBreachAndALostCustomerDoesNot(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        for (set, breach) in [("crossed", true), ("walked", false)] {
            let run = try store.beginDrillRun(
                DrillRunStart(rep: "Ana", set: set, total: 2, passMark: 45, failOn: [.breach]))
            for (scenario, outcome, score, flag) in [
                ("a", Ending.resolved, 100, false), ("b", Ending.lost, 40, breach),
            ] {
                let attempt = try store.begin(start(scenario: scenario))
                try store.add(attempt: attempt, toDrillRun: run)
                try store.finish(
                    attempt: attempt, outcome: outcome, score: score, ended: Date(), breach: flag)
            }
        }
        let crossed = try #require(try store.drillRuns(ReportFilter(drill: "crossed")).first)
        #expect(crossed.complete && crossed.score == 70)
        #expect(!crossed.passed && crossed.failedOn == [.breach])
        #expect(crossed.verdict == "failed: 1 breach ending (fail_on: breach)")
        let walked = try #require(try store.drillRuns(ReportFilter(drill: "walked")).first)
        #expect(walked.passed && walked.failedOn.isEmpty && walked.verdict == "passed")
        let attempts = try store.attempts()
        #expect(attempts.filter(\.countedBreach).count == 1)
        #expect(attempts.filter(\.endedInBreach).map(\.outcome) == ["lost"])
        let csv = CSVReport.render(attempts)
        #expect(csv.components(separatedBy: "\r\n")[0].hasSuffix(",breach,cleared_at_check,score_cap"))
        #expect(csv.components(separatedBy: "\r\n").filter { $0.hasSuffix(",true,,") }.count == 1)
        let json = JSONReport.render(attempts)
        #expect(json.components(separatedBy: "\"breach\" : true").count == 2)
        let statements = XAPIReport.statements(attempts)
        #expect(
            statements.filter { $0.context.extensions.keys.contains { $0.hasSuffix("/breach") } }.count == 1)
    }
}
