import Foundation
import Testing

/// Drives the real REPL in a terminal through tmux, as a rep would: typing, Tab, Up, Ctrl-C,
/// Ctrl-D, and reading the screen.
@Suite(.serialized) struct TerminalREPLTests {
    let session = "defuse-test-\(UUID().uuidString.prefix(8))"
    /// A private tmux server per test, so a user's tmux is never touched.
    var socket: String { session }

    /// Runs a tmux command with `posix_spawn` and `waitpid`, output to a file: the server the
    /// first command starts outlives its client, and pipes or Foundation's child monitoring
    /// can then wait forever.
    @discardableResult
    func tmux(_ arguments: String...) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appending(path: "tmux-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-L", socket] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// Waits (up to 10 s) until the screen satisfies `condition`; returns the last screen.
    func screen(where condition: (String) -> Bool) throws -> String {
        var last = ""
        for _ in 0..<100 {
            last = try tmux("capture-pane", "-p", "-t", session)
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return last
    }

    /// Waits (up to 10 s) until the screen shows `text`.
    func screen(containing text: String) throws -> String {
        var last = ""
        for _ in 0..<100 {
            last = try tmux("capture-pane", "-p", "-t", session)
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Issue.record("screen never showed \(text.debugDescription):\n\(last)")
        return last
    }

    @Test func completionHistoryCtrlCAndCtrlD() throws {
        let folder = try DefuseProcess.emptyFolder()
        let scenarios = folder.appending(path: "Scenarios")
        try FileManager.default.copyItem(at: DefuseProcess.fixtures.appending(path: "valid"), to: scenarios)
        let state = folder.appending(path: "state")
        let exitFile = folder.appending(path: "exit-code")
        let command =
            "cd '\(folder.path)' && XDG_STATE_HOME='\(state.path)' XDG_DATA_HOME='\(folder.path)/data' "
            + "'\(DefuseProcess.binary.path)' play minimal; echo $? > '\(exitFile.path)'; sleep 5"
        try tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
        defer { _ = try? tmux("kill-server") }

        _ = try screen(containing: "Where is the pump")
        // Tab completes a slash command.
        try tmux("send-keys", "-t", session, "/mo", "Tab", "Enter")
        _ = try screen(containing: "mood ▰▰▰▰▰▱▱▱▱▱ 5/10")
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
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: exitFile.path) {
            Thread.sleep(forTimeInterval: 0.1)
        }
        let code = try String(contentsOf: exitFile, encoding: .utf8).trimmingCharacters(
            in: .whitespacesAndNewlines)
        #expect(code == "0")
        let history = try String(contentsOf: state.appending(path: "defuse/history"), encoding: .utf8)
        #expect(history.contains("/transcript"))
        #expect(history.contains("/mood"))
    }

    @Test func aReplyIsGradedAndKeptInHistory() throws {
        let folder = try DefuseProcess.emptyFolder()
        try FileManager.default.copyItem(
            at: DefuseProcess.fixtures.appending(path: "valid"), to: folder.appending(path: "Scenarios"))
        let state = folder.appending(path: "state")
        let command =
            "cd '\(folder.path)' && XDG_STATE_HOME='\(state.path)' XDG_DATA_HOME='\(folder.path)/data' "
            + "'\(DefuseProcess.binary.path)' play minimal; sleep 5"
        try tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
        defer { _ = try? tmux("kill-server") }
        _ = try screen(containing: "you>")
        try tmux("send-keys", "-t", session, "I am so sorry, I will fix this myself today", "Enter")
        let screen = try screen(containing: "score")
        #expect(screen.contains("outcome") || screen.contains("──"))
        let history = try String(contentsOf: state.appending(path: "defuse/history"), encoding: .utf8)
        #expect(history.contains("I am so sorry, I will fix this myself today"))
    }
}
