import Foundation
import Testing

/// Review7 finding 9: `exit` tells a rep they got out well, so `defuse test` warns about a path
/// test that reaches it with a run score under 50 (a warning, never a failure).
@Suite struct LowExitWarningTests {
    let scenario = """
        id: low-exit
        title: A low exit
        summary: A fixture with one graded turn and two endings.
        persona: { name: Dana Cole, role: Buyer, mood: 5 }
        start: ask
        nodes:
          ask:
            say: The order was wrong again. What will you do?
            expect: [ownership]
            next:
              - if: { met: [ownership] }
                goto: fixed
              - goto: let-go
          fixed:
            end: resolved
            debrief: The fix was owned.
          let-go:
            end: exit
            debrief: Out of the room, nothing owned.
        tests:
          - name: a silent run ends exit
            replies: ["hmm"]
            outcome: exit
          - name: an owned run ends resolved
            replies: ["That one is on me, and I'll fix it."]
            outcome: resolved

        """

    @Test func anExitUnderFiftyIsAWarningNotAFailure() throws {
        let folder = try DefuseProcess.emptyFolder()
        let file = folder.appending(path: "low-exit.yaml")
        try scenario.write(to: file, atomically: true, encoding: .utf8)
        let result = try DefuseProcess.run(["test", file.path])
        #expect(result.status == 0)
        #expect(result.lines.last == "2 passed, 0 failed")
        #expect(
            result.stdout.contains(
                "warning: ends exit at 'let-go' (the rep got out well) with a run score of 0, under 50"))
        #expect(result.stdout.contains("1 path test ends exit under a score of 50 (warnings above)"))
        // Only the silent run is warned about.
        #expect(result.stdout.components(separatedBy: "warning: ends exit").count == 2)
    }

    @Test func noWarningWhenNoPathTestEndsExitLow() throws {
        let valid = DefuseProcess.fixtures.appending(path: "valid").path
        let result = try DefuseProcess.run(["test", valid + "/choice-walk.yaml"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("warning: ends exit"))
        #expect(!result.stdout.contains("under a score of 50"))
    }

    @Test func aStatedLowExitIsSilencedAndItsReasonShownWhenVerbose() throws {
        let folder = try DefuseProcess.emptyFolder()
        let file = folder.appending(path: "low-exit.yaml")
        let intended = scenario.replacingOccurrences(
            of: "    outcome: exit\n",
            with: "    outcome: exit\n    low_exit: a rep who only leaves must not be told they failed\n")
        #expect(intended != scenario)
        try intended.write(to: file, atomically: true, encoding: .utf8)
        let quiet = try DefuseProcess.run(["test", file.path])
        #expect(quiet.status == 0)
        #expect(!quiet.stdout.contains("warning: ends exit"))
        #expect(!quiet.stdout.contains("under a score of 50"))
        #expect(
            quiet.stdout.contains(
                "1 path test ends exit under 50 as intended (low_exit; --verbose shows why)"))
        #expect(!quiet.stdout.contains("low exit intended:"))
        let verbose = try DefuseProcess.run(["test", "--verbose", file.path])
        #expect(verbose.status == 0)
        #expect(
            verbose.stdout.contains("low exit intended: a rep who only leaves must not be told they failed"))
    }

    @Test func aLowExitOnARunThatEndsWellIsAWarning() throws {
        let folder = try DefuseProcess.emptyFolder()
        let file = folder.appending(path: "low-exit.yaml")
        let stale = scenario.replacingOccurrences(
            of: "    outcome: resolved\n", with: "    outcome: resolved\n    low_exit: no longer true\n")
        #expect(stale != scenario)
        try stale.write(to: file, atomically: true, encoding: .utf8)
        let result = try DefuseProcess.run(["test", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("has low_exit (no longer true) but ends resolved"))
    }

    @Test func aReplyTestCannotTakeALowExit() throws {
        let folder = try DefuseProcess.emptyFolder()
        let file = folder.appending(path: "low-exit.yaml")
        let mixed = scenario.replacingOccurrences(
            of: "    replies: [\"hmm\"]\n    outcome: exit\n",
            with: "    node: ask\n    reply: hmm\n    low_exit: not a path test\n")
        #expect(mixed != scenario)
        try mixed.write(to: file, atomically: true, encoding: .utf8)
        let result = try DefuseProcess.run(["test", file.path])
        #expect(result.status == 65)
        #expect((result.stdout + result.stderr).contains("low_exit"))
    }
}
