import Foundation
import Testing

@testable import DefuseKit

/// A reply with a NUL in it is refused, never stored cut short while its evidence quotes the
/// words after the NUL.
@Suite struct NULReplyTests {
    @Test func aReplyWithANULIsRefusedAndTheNextIsKeptWhole() throws {
        let folder = try QuitSignalTests().folder()
        let db = folder.appending(path: "results.sqlite").path
        let result = try DefuseProcess.run(
            ["play", "two-replies"],
            input: "I am so sorry\u{0} it is the warehouse fault\nI am so sorry about this\n",
            in: folder, environment: ["DEFUSE_DB": db])
        #expect(result.stderr.contains("a reply cannot contain a NUL character"), "\(result.stderr)")
        let attempts = try ResultStore.reading(at: db).attempts()
        let turns = attempts.flatMap(\.turns)
        #expect(turns.map(\.reply) == ["I am so sorry about this"])
        for turn in turns {
            for quotes in turn.evidence.values {
                for quote in quotes {
                    #expect(turn.reply.lowercased().contains(quote.lowercased()), "\(quote)")
                }
            }
        }
    }
}

/// After `defuse` exits, the results file alone holds every reply (the `-wal` is folded in).
@Suite struct CheckpointOnExitTests {
    @Test func theDatabaseFileAloneIsCompleteAfterExit() throws {
        let folder = try QuitSignalTests().folder()
        let db = folder.appending(path: "results.sqlite").path
        let result = try DefuseProcess.run(
            ["play", "two-replies"], input: "I am so sorry about this\nI will drive it over today\n",
            in: folder,
            environment: ["DEFUSE_DB": db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db + "-wal"))
        // Copied alone, the file reads back with both replies.
        let copy = try DefuseProcess.emptyFolder().appending(path: "copy.sqlite").path
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        let turns = try ResultStore.reading(at: copy).attempts().flatMap(\.turns)
        #expect(turns.map(\.reply) == ["I am so sorry about this", "I will drive it over today"])
    }
}
