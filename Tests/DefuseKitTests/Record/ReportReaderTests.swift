import Foundation
import PostgresTestServer
import Testing

@testable import DefuseKit

/// The streaming report reader returns what the stored rows hold, in report order, with its
/// hand-written JSON and date readers agreeing with `JSONDecoder` and GRDB.
@Suite struct ReportReaderTests {
    @Test(arguments: StoreBackend.tested) func fullAndTallyReadsAgreeOnEverythingButText(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        let late = try store.begin(start(rep: "Bo", at: Date(timeIntervalSince1970: 1_790_000_500)))
        let early = try store.begin(start(rep: "Ana", at: Date(timeIntervalSince1970: 1_790_000_000)))
        // Recorded out of order, with escapes that the fast scanner leaves to JSONDecoder.
        try store.record(
            sampleTurn(node: "b", reply: "second", met: ["thanks"], missed: []), index: 1, attempt: early)
        var quoted = sampleTurn(node: "a", reply: "say \"sorry\" / now", met: ["apology"])
        quoted.evidence = ["apology": ["\"sorry\"", "a/b", "é"]]
        try store.record(quoted, index: 0, attempt: early)
        try store.record(sampleTurn(violations: ["minimizing"], choice: 2), index: 0, attempt: late)
        try store.finish(
            attempt: late, outcome: .lost, score: 20, ended: Date(timeIntervalSince1970: 1_790_000_600))

        let full = try store.attempts()
        #expect(full.map(\.id) == [early, late])
        #expect(full[0].turns.map(\.index) == [0, 1])
        #expect(full[0].turns[0].reply == "say \"sorry\" / now")
        #expect(full[0].turns[0].evidence == ["apology": ["\"sorry\"", "a/b", "é"]])
        #expect(full[0].turns[1].met == ["thanks"])
        #expect(full[1].turns[0].choice == 2)
        #expect(full[1].turns[0].violations == ["minimizing"])
        #expect(full[1].outcome == "lost")
        #expect(full[1].ended == Date(timeIntervalSince1970: 1_790_000_600))

        let tallies = try store.attempts(detail: .tallies)
        #expect(tallies.map(\.id) == full.map(\.id))
        for (a, b) in zip(tallies, full) {
            #expect(a.turns.map(\.met) == b.turns.map(\.met))
            #expect(a.turns.map(\.missed) == b.turns.map(\.missed))
            #expect(a.turns.map(\.detected) == b.turns.map(\.detected))
            #expect(a.turns.map(\.recorded) == b.turns.map(\.recorded))
            #expect(a.score == b.score)
            #expect(a.turns.allSatisfy { $0.reply.isEmpty && $0.evidence.isEmpty })
        }
        #expect(try store.attempts(ReportFilter(rep: "Bo"), detail: .tallies).map(\.id) == [late])
        #expect(
            try store.attempts(ReportFilter(since: Date(timeIntervalSince1970: 1_790_000_100))).map(\.id) == [
                late
            ])
    }

    @Test(arguments: StoreBackend.tested) func streamingGivesTheSameAttemptsOneAtATime(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        let late = try store.begin(start(rep: "Bo", at: Date(timeIntervalSince1970: 1_790_000_500)))
        let early = try store.begin(start(rep: "Ana", at: Date(timeIntervalSince1970: 1_790_000_000)))
        let empty = try store.begin(start(rep: "Cy", at: Date(timeIntervalSince1970: 1_790_000_200)))
        try store.record(sampleTurn(node: "b", met: ["thanks"]), index: 1, attempt: early)
        try store.record(sampleTurn(node: "a"), index: 0, attempt: early)
        try store.record(sampleTurn(violations: ["minimizing"], choice: 2), index: 0, attempt: late)
        try store.finish(
            attempt: late, outcome: .lost, score: 20, ended: Date(timeIntervalSince1970: 1_790_000_600))
        for filter in [ReportFilter(), ReportFilter(rep: "Ana"), ReportFilter(rep: "nobody")] {
            for detail in [ReportDetail.full, .tallies] {
                var streamed: [AttemptRecord] = []
                try store.forEachAttempt(filter, detail: detail) { streamed.append($0) }
                #expect(streamed == (try store.attempts(filter, detail: detail)))
            }
        }
        var order: [UUID] = []
        try store.forEachAttempt { order.append($0.id) }
        #expect(order == [early, empty, late])
    }

    @Test func scannerAgreesWithJSONDecoder() throws {
        var interner = Interner()
        let arrays = [
            "[]", "[\"a\"]", "[\"apology\",\"thanks\"]", " [ \"x\" , \"y\" ] ", "[\"a\\\"b\"]", "[1]",
            "[\"a\",]",
        ]
        for text in arrays {
            let data = Data(text.utf8)
            let fast = JSONTextScanner.stringArray(data, interner: &interner)
            let slow = try? JSONDecoder().decode([String].self, from: data)
            if let fast { #expect(fast == slow, "\(text)") }
        }
        #expect(JSONTextScanner.stringArray(Data("[\"a\\\"b\"]".utf8), interner: &interner) == nil)
        let dictionary = Data("{\"apology\":[\"so sorry\"],\"thanks\":[]}".utf8)
        #expect(
            JSONTextScanner.stringArrays(dictionary, interner: &interner)
                == ["apology": ["so sorry"], "thanks": []])
        #expect(JSONTextScanner.stringArrays(Data("{}".utf8), interner: &interner) == [:])
    }

    /// GRDB's storage format, read as GRDB's own formatter reads it.
    @Test func datesParseLikeGRDB() throws {
        for text in [
            "2026-11-24 09:15:30.123", "1999-02-28 23:59:59.999", "2024-02-29 00:00:00.000",
            "2026-01-01 12:00:00",
        ] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = text.count == 23 ? "yyyy-MM-dd HH:mm:ss.SSS" : "yyyy-MM-dd HH:mm:ss"
            let expected = try #require(formatter.date(from: text))
            let parsed = try #require(DatabaseDate.parse(Data(text.utf8)))
            #expect(abs(parsed.timeIntervalSince(expected)) < 0.000_001, "\(text)")
        }
        #expect(DatabaseDate.parse(Data("2026-13-01 00:00:00.000".utf8)) == nil)
        #expect(DatabaseDate.parse(Data("2026-11-24T09:15:30.123".utf8)) == nil)
    }

    /// Every millisecond of a second, read from SQLite's text, is the millisecond PostgreSQL is
    /// given (`defuse import` copies dates this way); a live date is cut, not rounded.
    @Test func aDateReadFromSQLiteKeepsItsMillisecondForPostgreSQL() throws {
        let second: Int64 = 1_796_433_127  // 2026-12-05 01:12:07 UTC (`date -u -d … +%s`)
        for millisecond in Int64(0)..<1000 {
            let text = String(format: "2026-12-05 01:12:07.%03d", millisecond)
            let parsed = try #require(DatabaseDate.parse(Data(text.utf8)))
            #expect(StoredDate.milliseconds(parsed) == second * 1000 + millisecond, "\(text)")
        }
        #expect(StoredDate.milliseconds(Date(timeIntervalSince1970: 1_796_433_127.2587)) == 1_796_433_127_258)
    }

    /// Dates stored and read back are the very dates a SQLite file gave, on both stores.
    @Test(arguments: StoreBackend.tested) func storedDatesComeBackToTheMillisecond(_ backend: StoreBackend)
        throws
    {
        let store = try backend.newStore()
        let dates = try (0..<40).map { step in
            // Milliseconds spread over a second, each with its own whole second.
            let text = String(format: "2026-12-05 01:%02d:%02d.%03d", step / 60, step % 60, step * 25 + 1)
            return try #require(DatabaseDate.parse(Data(text.utf8)))
        }
        for date in dates {
            let id = try store.begin(start(at: date))
            try store.finish(
                attempt: id, outcome: .resolved, score: 80, ended: date.addingTimeInterval(5.244))
        }
        let attempts = try store.attempts()
        #expect(attempts.map(\.started) == dates)
        let ends = dates.map { StoredDate.milliseconds($0) + 5_244 }
        #expect(attempts.map { StoredDate.milliseconds($0.ended ?? .distantPast) } == ends)
    }

    @Test func masteryCountsAViolationOncePerTurn() {
        // The node avoided minimizing (listed twice) and non-apology; argues-back was detected
        // but not avoided, so it has no figure.
        let turn = TurnRecord(
            sampleTurn(
                met: [], missed: [], detected: ["minimizing", "minimizing", "apology", "argues-back"],
                violations: ["minimizing", "minimizing"],
                avoided: ["minimizing", "non-apology", "minimizing"]),
            index: 0, recorded: Date())
        let mastery = TechniqueMastery([turn])
        #expect(
            mastery.violations == [
                "minimizing": .init(avoided: 1, shown: 1), "non-apology": .init(avoided: 1, shown: 0),
            ])
        #expect(
            TechniqueMastery(attempts: [
                AttemptRecord(
                    id: UUID(), rep: "a", scenario: "s", mode: .drill, started: Date(), turns: [turn])
            ]) == mastery)
    }
}
