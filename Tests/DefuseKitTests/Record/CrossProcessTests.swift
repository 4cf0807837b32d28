import DefuseKit
import Foundation
import Testing

/// The store seen from outside: writers are separate processes that get killed or run at once.
@Suite(.serialized) struct CrossProcessTests {
    @Test func anAttemptKilledAfterOneReplyKeepsItAndIsAbandoned() throws {
        let path = temporaryDatabasePath()
        let probe = try ProbeProcess(db: path, rep: "Killed Kim", turns: 1, then: "hang")
        #expect(probe.wait(for: "waiting"), "the probe never recorded its reply: \(probe.printed)")
        probe.kill()
        #expect(probe.process.terminationReason == .uncaughtSignal)
        #expect(probe.process.terminationStatus == SIGKILL)
        let attempts = try ResultStore(path: path).attempts()
        let attempt = try #require(attempts.first)
        #expect(attempts.count == 1)
        #expect(attempt.rep == "Killed Kim")
        #expect(attempt.outcome == "abandoned")
        #expect(attempt.turns.map(\.reply) == ["Killed Kim reply 0"])
        #expect(attempt.score == 50)
    }

    @Test func twoProcessesWritingAtOnceLoseNothing() throws {
        let path = temporaryDatabasePath()
        let turns = 150
        // Both start on a database that does not exist yet: they also race to create it.
        let probes = try ["Ana", "Ben"].map {
            try ProbeProcess(db: path, rep: $0, turns: turns, then: "finish")
        }
        let statuses = probes.map { $0.finish() }
        #expect(statuses == [0, 0], "outputs: \(probes.map(\.printed))")
        let attempts = try ResultStore(path: path).attempts()
        #expect(attempts.map(\.rep).sorted() == ["Ana", "Ben"])
        for attempt in attempts {
            #expect(attempt.outcome == "resolved")
            #expect(attempt.turns.map(\.index) == Array(0..<turns))
            #expect(attempt.turns.allSatisfy { $0.reply.hasPrefix(attempt.rep + " reply ") })
        }
        #expect(try ResultStore(path: path).counts() == (2, 2 * turns))
    }
}
