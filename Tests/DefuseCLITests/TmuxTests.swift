import Foundation
import Testing

/// The tmux helper the terminal tests stand on: a server it starts must be gone once the test
/// kills it, or every terminal test leaves a server and a `defuse play` behind.
@Suite struct TmuxTests {
    @Test func aKilledServerIsGone() throws {
        let tmux = Tmux()
        defer { tmux.kill() }
        try tmux.start("sleep 60", columns: 40, rows: 10)
        #expect(try tmux("list-sessions").contains(tmux.session))
        tmux.kill()
        var listed = try tmux("list-sessions")
        for _ in 0..<50 where !listed.isEmpty {
            Thread.sleep(forTimeInterval: 0.1)
            listed = try tmux("list-sessions")
        }
        #expect(listed.isEmpty, "the server still lists \(listed.debugDescription) after kill-server")
    }
}
