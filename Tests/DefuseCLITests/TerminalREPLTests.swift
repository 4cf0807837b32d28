import Foundation
import Testing

/// Drives the real REPL in a terminal through tmux, as a rep would: typing, Tab, Up, Ctrl-C,
/// Ctrl-D, and reading the screen.
@Suite(.serialized) struct TerminalREPLTests {
    let tmux = Tmux()
    var session: String { tmux.session }

    func screen(where condition: (String) -> Bool) throws -> String { try tmux.screen(where: condition) }

    @discardableResult
    func screen(containing text: String) throws -> String { try tmux.screen(containing: text) }

    @Test func completionHistoryCtrlCAndCtrlD() throws {
        let folder = try DefuseProcess.emptyFolder()
        let scenarios = folder.appending(path: "Scenarios")
        try FileManager.default.copyItem(at: DefuseProcess.fixtures.appending(path: "valid"), to: scenarios)
        let state = folder.appending(path: "state")
        try tmux.start(Tmux.isolated(in: folder) + "'\(DefuseProcess.binary.path)' play minimal")
        defer { tmux.kill() }

        _ = try screen(containing: "you>")
        // Tab completes a slash command.
        try tmux("send-keys", "-t", session, "/moo", "Tab", "Enter")
        _ = try screen(containing: "you> /mood")
        // Ctrl-C clears a half-typed line instead of quitting.
        try tmux("send-keys", "-t", session, "this line goes away", "C-c")
        try tmux("send-keys", "-t", session, "/hint", "Enter")
        let afterInterrupt = try screen(containing: "No hint for this turn.")
        #expect(!afterInterrupt.contains("you> this line goes away/hint"))
        // Up recalls the last reply.
        try tmux("send-keys", "-t", session, "/transcript", "Enter")
        _ = try screen(containing: "Sam Okafor: Where is the pump")
        try tmux("send-keys", "-t", session, "Up", "Enter")
        let recalled = try screen(where: { $0.components(separatedBy: "you> /transcript").count >= 3 })
        #expect(recalled.components(separatedBy: "you> /transcript").count >= 3)
        // Ctrl-D leaves cleanly with exit 0.
        try tmux("send-keys", "-t", session, "C-d")
        #expect(try tmux.exitStatus() == 0)
        let history = try String(contentsOf: state.appending(path: "defuse/history"), encoding: .utf8)
        #expect(history.contains("/transcript"))
        #expect(history.contains("/mood"))
    }

    @Test func aReplyIsGradedAndKeptInHistory() throws {
        let folder = try DefuseProcess.emptyFolder()
        try FileManager.default.copyItem(
            at: DefuseProcess.fixtures.appending(path: "valid"), to: folder.appending(path: "Scenarios"))
        let state = folder.appending(path: "state")
        try tmux.start(Tmux.isolated(in: folder) + "'\(DefuseProcess.binary.path)' play minimal")
        defer { tmux.kill() }
        _ = try screen(containing: "you>")
        try tmux("send-keys", "-t", session, "I am so sorry, I will fix this myself today", "Enter")
        let screen = try screen(where: { Tmux.after($0, "myself today").contains("score") })
        #expect(screen.contains("outcome") || screen.contains("──"))
        let history = try String(contentsOf: state.appending(path: "defuse/history"), encoding: .utf8)
        #expect(history.contains("I am so sorry, I will fix this myself today"))
    }

    @Test func coachingModelWhyAndRetryOnTheEndingTurn() throws {
        let folder = try DefuseProcess.emptyFolder()
        let db = folder.appending(path: "results.sqlite").path
        let file = DefuseProcess.fixtures.appending(path: "coaching/coached.yaml").path
        try tmux.start(
            Tmux.isolated(in: folder) + "'\(DefuseProcess.binary.path)' play '\(file)' --name Ana",
            columns: 100,
            rows: 60)
        defer { tmux.kill() }
        _ = try screen(containing: "you>")
        try tmux("send-keys", "-t", session, "/model", "Enter")
        _ = try screen(containing: "“I'm so sorry, that one is on me.")
        try tmux("send-keys", "-t", session, "relax, these things happen", "Enter")
        // The tip is printed after the verdicts: wait for it, so the whole feedback is on screen.
        let minimizing = try DefuseProcess.cardName("minimizing")
        let blame = try DefuseProcess.cardName("blame-shifting")
        let missed = try screen(containing: "tip: instead of \(minimizing):")
        #expect(missed.contains("✗ missed \(try DefuseProcess.cardName("apology"))"))
        #expect(missed.contains("⚠ did \(minimizing)"))
        // That reply ended the scenario (lost); the turn can still be taken back.
        _ = try screen(where: { Tmux.after($0, "tip: instead of \(minimizing):").contains("done>") })
        try tmux("send-keys", "-t", session, "/why", "Enter")
        let why = try screen(where: { Tmux.after($0, "· \(blame): not present").contains("done>") })
        #expect(!why.contains("✓ \(blame)"))
        try tmux("send-keys", "-t", session, "/retry", "Enter")
        _ = try screen(where: {
            Tmux.after($0, "done> /retry").contains("Where is the pump you promised for this morning?\nyou>")
        })
        try tmux("send-keys", "-t", session, "I'm so sorry, that one is on me.", "Enter")
        _ = try screen(where: { Tmux.after($0, "why the mood rose: Sam has just heard").contains("you>") })
        try tmux(
            "send-keys", "-t", session, "I will drive it over myself and have it there by 11:00 today.",
            "Enter")
        // Wait for the prompt under this reply's feedback, not the one the first ending left.
        _ = try screen(where: { Tmux.after($0, "by 11:00 today.").contains("done>") })
        try tmux("send-keys", "-t", session, "Enter")
        #expect(try tmux.exitStatus() == 0)
        let report = try DefuseProcess.run(["report", "--db", db, "--format", "json"])
        let object = try #require(
            JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let attempts = try #require(object["attempts"] as? [[String: Any]])
        #expect(attempts.count == 1)
        // The retried ending is not what was kept: the attempt ended the second time.
        #expect(attempts.first?["outcome"] as? String == "resolved")
        #expect(attempts.first?["turns"] as? Int == 2)
    }
}
