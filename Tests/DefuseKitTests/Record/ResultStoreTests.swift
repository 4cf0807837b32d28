import DefuseKit
import Foundation
import PostgresTestServer
import Testing

@Suite struct ResultStoreTests {
    @Test func migratesAnEmptyDatabaseAndCreatesParentFolders() throws {
        let path = temporaryDatabasePath()
        #expect(!FileManager.default.fileExists(atPath: path))
        let store = try ResultStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try store.attempts().isEmpty)
        // Opening again does not migrate twice or lose anything.
        let id = try store.begin(start())
        let again = try ResultStore(path: path)
        #expect(try again.attempts().map(\.id) == [id])
    }

    @Test func migratesAZeroByteFile() throws {
        let path = temporaryDatabasePath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        let store = try ResultStore(path: path)
        #expect(try store.counts() == (0, 0))
    }

    @Test(arguments: StoreBackend.tested) func recordsAFinishedAttemptWithItsTurns(_ backend: StoreBackend)
        throws
    {
        let store = try backend.newStore()
        let began = Date(timeIntervalSince1970: 1_790_000_000.25)
        let id = try store.begin(start(at: began))
        try store.record(sampleTurn(node: "a", reply: "sorry", score: 0.5), index: 0, attempt: id)
        try store.record(
            sampleTurn(node: "b", reply: "thanks", met: ["thanks"], missed: [], score: 1), index: 1,
            attempt: id)
        try store.finish(attempt: id, outcome: .resolved, score: 75, ended: began.addingTimeInterval(90))
        let attempt = try #require(try store.attempts().first)
        #expect(attempt.rep == "Ana")
        #expect(attempt.cohort == "north")
        #expect(attempt.contentHash == "00ff00ff00ff00ff")
        #expect(attempt.mode == .drill)
        #expect(attempt.outcome == "resolved")
        #expect(attempt.score == 75)
        #expect(abs(attempt.started.timeIntervalSince(began)) < 0.002)
        #expect(abs(attempt.duration - 90) < 0.002)
        #expect(attempt.turns.map(\.node) == ["a", "b"])
        #expect(attempt.turns[0].evidence == ["apology": ["apology words"]])
        #expect(attempt.turns[0].turn == sampleTurn(node: "a", reply: "sorry", score: 0.5))
    }

    @Test(arguments: StoreBackend.tested) func anAttemptWithoutAnEndIsAbandonedAndScoredFromItsTurns(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        let id = try store.begin(start())
        try store.record(sampleTurn(score: 0.5), index: 0, attempt: id)
        try store.record(sampleTurn(score: 1), index: 1, attempt: id)
        let attempt = try #require(try store.attempts().first)
        #expect(attempt.isAbandoned)
        #expect(attempt.outcome == "abandoned")
        #expect(attempt.ended == nil)
        #expect(attempt.score == 75)
        #expect(attempt.turns.count == 2)
    }

    @Test(arguments: StoreBackend.tested) func removeTurnTakesBackThatTurnAndAnyAfterIt(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        let id = try store.begin(start())
        for index in 0..<3 { try store.record(sampleTurn(node: "n\(index)"), index: index, attempt: id) }
        try store.removeTurn(index: 1, attempt: id)
        #expect(try store.attempts().first?.turns.map(\.node) == ["n0"])
        try store.record(sampleTurn(node: "again"), index: 1, attempt: id)
        #expect(try store.attempts().first?.turns.map(\.node) == ["n0", "again"])
    }

    @Test(arguments: StoreBackend.tested) func recordingAnIndexAgainReplacesIt(_ backend: StoreBackend) throws
    {
        let store = try backend.newStore()
        let id = try store.begin(start())
        try store.record(sampleTurn(node: "first"), index: 0, attempt: id)
        try store.record(sampleTurn(node: "second"), index: 0, attempt: id)
        #expect(try store.attempts().first?.turns.map(\.node) == ["second"])
    }

    @Test(arguments: StoreBackend.tested) func unknownAttemptsAreTypedErrors(_ backend: StoreBackend) throws {
        let store = try backend.newStore()
        let stranger = UUID()
        #expect(throws: StoreError.unknownAttempt(stranger)) {
            try store.record(sampleTurn(), index: 0, attempt: stranger)
        }
        #expect(throws: StoreError.unknownAttempt(stranger)) {
            try store.finish(attempt: stranger, outcome: .lost, score: 10, ended: Date())
        }
        #expect(throws: StoreError.unknownAttempt(stranger)) {
            try store.removeTurn(index: 0, attempt: stranger)
        }
    }

    @Test(arguments: StoreBackend.tested) func finishClampsTheScore(_ backend: StoreBackend) throws {
        let store = try backend.newStore()
        let id = try store.begin(start())
        try store.finish(attempt: id, outcome: .escalated, score: 140, ended: Date())
        #expect(try store.attempts().first?.score == 100)
    }

    @Test(arguments: StoreBackend.tested) func filtersByRepCohortScenarioAndStart(_ backend: StoreBackend)
        throws
    {
        let store = try backend.newStore()
        let day = 86_400.0
        let base = Date(timeIntervalSince1970: 1_790_000_000)
        let a = try store.begin(start(rep: "Ana", cohort: "north", scenario: "s1", at: base))
        let b = try store.begin(start(rep: "Ben", cohort: "south", scenario: "s1", at: base + day))
        let c = try store.begin(start(rep: "Ana", cohort: "north", scenario: "s2", at: base + 2 * day))
        let d = try store.begin(start(rep: "Cy", cohort: nil, scenario: "s2", at: base - day))
        #expect(try store.attempts().map(\.id) == [d, a, b, c])
        #expect(try store.attempts(ReportFilter(rep: "Ana")).map(\.id) == [a, c])
        #expect(try store.attempts(ReportFilter(cohort: "south")).map(\.id) == [b])
        #expect(try store.attempts(ReportFilter(scenario: "s2")).map(\.id) == [d, c])
        #expect(try store.attempts(ReportFilter(since: base + day)).map(\.id) == [b, c])
        #expect(try store.attempts(ReportFilter(rep: "Ana", since: base + 1)).map(\.id) == [c])
        #expect(try store.attempts(ReportFilter(rep: "ana")).isEmpty)
    }

    @Test(arguments: StoreBackend.tested) func techniqueMasteryIsTheShareOfTurnsExpectingItWhereItWasMet(
        _ backend: StoreBackend
    ) throws {
        let store = try backend.newStore()
        let id = try store.begin(start(rep: "Ana"))
        try store.record(sampleTurn(met: ["apology"], missed: ["ownership"]), index: 0, attempt: id)
        try store.record(sampleTurn(met: ["apology", "ownership"], missed: []), index: 1, attempt: id)
        try store.record(sampleTurn(met: [], missed: ["apology", "thanks"]), index: 2, attempt: id)
        let other = try store.begin(start(rep: "Ben"))
        try store.record(sampleTurn(met: ["thanks"], missed: []), index: 0, attempt: other)
        // As `drill --focus weakest` reads it.
        func mastery(_ rep: String) throws -> [String: Double] {
            TechniqueMastery(attempts: try store.attempts(ReportFilter(rep: rep), detail: .tallies)).shares
        }
        #expect(try mastery("Ana") == ["apology": 2.0 / 3.0, "ownership": 0.5, "thanks": 0])
        #expect(try mastery("Nobody").isEmpty)
    }
}
