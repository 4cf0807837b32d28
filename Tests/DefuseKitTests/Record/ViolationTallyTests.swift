import Foundation
import GRDB
import PostgresTestServer
import Testing

@testable import DefuseKit

/// Reports count a technique only at turns whose node expected it and a violation only at
/// turns whose node avoided it, while every id the grader detected stays recorded (T12).
@Suite struct ViolationTallyTests {
    /// Three free-text nodes: each expects one technique; the first two avoid one violation each
    /// and the third avoids none.
    static let scenario = scenarioText(
        nodes: """
              opening:
                say: Where is my tray?
                expect: [apology]
                avoid: [blame-shifting]
                next:
                  - goto: second
              second:
                say: You people are useless.
                expect: [boundary-setting]
                avoid: [argues-back]
                next:
                  - goto: third
              third:
                say: Fine. Anything else?
                expect: [thanks]
                next:
                  - goto: done
              done:
                end: resolved
            """)

    /// Two attempts by Ana (the fake grader detects each `[id]` in a reply):
    /// 1. opening shows apology and blame-shifting (avoided there); second shows boundary-setting,
    ///    agrees-with-insult and apology (neither asked about there); third shows thanks,
    ///    blame-shifting and capitulates (no violation avoided there).
    /// 2. opening shows ownership only; second argues back; third thanks.
    static let plays = [
        [
            "[apology] [blame-shifting]", "[boundary-setting] [agrees-with-insult] [apology]",
            "[thanks] [blame-shifting] [capitulates]",
        ],
        ["[ownership]", "[argues-back]", "[thanks]"],
    ]

    /// By hand: apology expected at both openings, met at the first (1/2); boundary-setting
    /// expected at both seconds, met at the first (1/2); thanks met at both thirds (2/2).
    /// ownership was shown but never asked for. blame-shifting avoided at both openings, shown
    /// at the first (1/2; the third node's blame-shifting does not count); argues-back avoided
    /// at both seconds, shown at the second attempt's (1/2); agrees-with-insult and capitulates
    /// were never avoided, so they have no figure.
    static let techniques: [String: TechniqueMastery.Tally] = [
        "apology": .init(expected: 2, met: 1), "boundary-setting": .init(expected: 2, met: 1),
        "thanks": .init(expected: 2, met: 2),
    ]
    static let violations: [String: TechniqueMastery.ViolationTally] = [
        "blame-shifting": .init(avoided: 2, shown: 1), "argues-back": .init(avoided: 2, shown: 1),
    ]

    /// Plays and records both attempts into `store`.
    func record(into store: ResultStore) throws {
        let base = Date(timeIntervalSince1970: 1_790_000_000)
        for (number, replies) in Self.plays.enumerated() {
            let session = try play(Self.scenario, replies)
            #expect(session.turns.count == 3)
            let id = try store.begin(
                start(rep: "Ana", scenario: "tally", at: base.addingTimeInterval(Double(number) * 60)))
            for (index, turn) in session.turns.enumerated() {
                try store.record(turn, index: index, attempt: id)
            }
            try store.finish(attempt: id, outcome: .resolved, score: session.result.score, ended: base)
        }
    }

    @Test(arguments: StoreBackend.tested) func onlyAskedForIdsCount(_ backend: StoreBackend) throws {
        let store = try backend.newStore()
        try record(into: store)
        let attempts = try store.attempts()
        let summary = try store.summary()
        for mastery in [
            TechniqueMastery(attempts: attempts), summary.mastery,
            try #require(summary.reps.first { $0.name == "Ana" }).mastery,
        ] {
            #expect(mastery.tallies == Self.techniques)
            #expect(mastery.violations == Self.violations)
        }
        // Nothing is lost: what the node did not ask about stays in the recorded turns.
        let first = try #require(
            attempts.first { $0.turns.first?.detected.contains("blame-shifting") == true })
        #expect(first.turns[1].detected.contains("agrees-with-insult"))
        #expect(first.turns[2].detected.contains("capitulates"))
        #expect(first.turns.map(\.avoided) == [["blame-shifting"], ["argues-back"], []])

        let table = TableReport.render(summary, options: ReportOptions())
        #expect(table.contains("blame-shifting (violation)"))
        #expect(table.contains("argues-back (violation)"))
        #expect(!table.contains("agrees-with-insult"))
        #expect(!table.contains("capitulates"))
        #expect(!table.contains("ownership"))
        #expect(TableReport.render(attempts, options: ReportOptions()) == table)

        let page = HTMLReport.render(attempts)
        let figures = String(page[..<(page.range(of: "<h2 id=\"attempts\">")?.lowerBound ?? page.endIndex)])
        let violations = try #require(figures.range(of: "<h3>Violations</h3>")).upperBound
        let section = figures[violations...].components(separatedBy: "<h2").first ?? ""
        // blame-shifting and argues-back, each shown at 1 of the 2 replies that avoided it.
        #expect(section.components(separatedBy: "class=\"bar\"").count - 1 == 2)
        #expect(section.components(separatedBy: "50% · 1 of 2 replies").count - 1 == 2)
        #expect(!figures.contains("agrees-with-insult") && !figures.contains("Agrees with insult"))
        #expect(!figures.contains("capitulates") && !figures.contains("Capitulates"))
    }

    @Test func xAPICountsAViolationWhereItWasAvoided() throws {
        let store = try StoreBackend.sqlite.newStore()
        try record(into: store)
        let attempt = try #require(
            try store.attempts().first { $0.turns.first?.detected.contains("blame-shifting") == true })
        let options = ReportOptions()
        let statement = XAPIReport.statement(attempt, options: options)
        guard
            case .techniques(let counts) = statement.context.extensions[
                "\(options.homePage)/xapi/extensions/techniques"]
        else {
            Issue.record("no techniques extension")
            return
        }
        #expect(counts["blame-shifting"] == .init(expected: nil, avoided: 1, present: 1))
        #expect(counts["argues-back"] == .init(expected: nil, avoided: 1, present: 0))
        #expect(counts["apology"] == .init(expected: 1, present: 1))
        #expect(counts["agrees-with-insult"] == nil)
        #expect(counts["capitulates"] == nil)
    }

    /// A turn recorded before `avoided` was kept (the column is NULL) counts its violations as
    /// the avoided ones: a known floor, the same on both readers.
    @Test func aTurnFromBeforeCountsItsViolations() throws {
        let path = try StoreBackend.sqlite.newLocation()
        let store = try ResultStore(path: path)
        let id = try store.begin(start())
        try store.record(
            sampleTurn(
                met: ["apology"], missed: [], detected: ["apology", "minimizing", "argues-back"],
                violations: ["minimizing"], avoided: ["minimizing", "non-apology"]),
            index: 0, attempt: id)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "UPDATE turn SET avoided = NULL") }
        let expected: [String: TechniqueMastery.ViolationTally] = ["minimizing": .init(avoided: 1, shown: 1)]
        #expect(TechniqueMastery(attempts: try store.attempts()).violations == expected)
        #expect(try store.summary().mastery.violations == expected)
    }
}
