import Foundation
import Testing

/// A private tmux server for one test, so that a test drives the real program in a real
/// terminal as a rep would (typing, Tab, Up, Ctrl-C, Ctrl-D) and reads the screen; a user's
/// own tmux is never touched.
struct Tmux {
    let session = "defuse-test-\(UUID().uuidString.prefix(8))"
    var socket: String { session }

    /// Runs a tmux command with `posix_spawn` and `waitpid`, output to a file: the server the
    /// first command starts outlives its client, and pipes or Foundation's child monitoring
    /// can then wait forever.
    @discardableResult
    func callAsFunction(_ arguments: String...) throws -> String {
        try run(arguments)
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
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
        // The test runner's threads block SIGHUP, SIGTERM and others, and a spawned process
        // inherits that mask. tmux's `kill-server` works by sending the server SIGTERM, and the
        // server hangs its panes up with SIGHUP: with both blocked, every server and its
        // `defuse play` outlived the test. The child starts with nothing blocked and every
        // signal at its default action.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    /// A shell prefix that enters `folder` and gives `defuse` a database and XDG folders of its
    /// own there (`results.sqlite`, `state/`, `data/`, `config/`, `cache/`), never the user's.
    /// Exported, not prefixed to one command: a test that runs the program twice in one shell
    /// line (`A=1 defuse; defuse`) would otherwise run the second with the user's own name file
    /// and database, as one did until review14 found a name "q" kept in the user's config.
    static func isolated(in folder: URL, db: String? = nil) -> String {
        "cd '\(folder.path)' && export NO_COLOR=1 DEFUSE_DB='\(db ?? folder.path + "/results.sqlite")' "
            + "XDG_STATE_HOME='\(folder.path)/state' XDG_DATA_HOME='\(folder.path)/data' "
            + "XDG_CONFIG_HOME='\(folder.path)/config' XDG_CACHE_HOME='\(folder.path)/cache' && "
    }

    /// The longest a test waits for the screen or for the program to end. Every wait ends as
    /// soon as its condition holds, so a passing test never waits this long; the ceiling is for a
    /// debug build on two cores that the whole suite shares, where `defuse review` has taken 4 s
    /// to draw its first prompt.
    static let patience: TimeInterval = 60

    /// What the shell prints, with the status after it, once the command has ended.
    static let exitMarker = "tmux-test-exit="

    /// Starts `command` in a detached window of `columns` × `rows`. Once it ends, the shell
    /// prints its exit status (read by ``exitStatus(sourceLocation:)``) and the window stays,
    /// its pane marked dead, so the last screen can still be read however late the test looks;
    /// ``kill()`` removes it. (tmux's own `pane_dead_status` is not enough: under load the pane
    /// can be marked dead by its terminal closing before tmux has collected the status.)
    func start(_ command: String, columns: Int = 120, rows: Int = 40) throws {
        try self(
            "new-session", "-d", "-s", session, "-x", "\(columns)", "-y", "\(rows)",
            "\(command); echo \(Self.exitMarker)$?", ";", "set-option", "-t", session, "remain-on-exit", "on")
    }

    /// Types `keys` (tmux key names or literal text).
    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", session] + keys)
    }

    /// The visible screen; with `joined`, lines the terminal itself wrapped come back as one.
    func capture(joined: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", session] + (joined ? ["-J"] : []))
    }

    /// Waits (up to ``patience``) until the screen satisfies `condition`; returns the last screen.
    func screen(where condition: (String) -> Bool) throws -> String {
        let deadline = Date() + Self.patience
        var last = try capture()
        while !condition(last) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            last = try capture()
        }
        return last
    }

    /// Waits (up to ``patience``) until the screen shows `text`; records an issue when it never does.
    @discardableResult
    func screen(containing text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let last = try screen(where: { $0.contains(text) })
        if !last.contains(text) {
            Issue.record(
                "screen never showed \(text.debugDescription):\n\(last)", sourceLocation: sourceLocation)
        }
        return last
    }

    /// Waits (up to ``patience``) for the command given to ``start(_:columns:rows:)`` to end and
    /// returns its exit status as the shell saw it (128 + the number of a signal that ended it);
    /// nil, with an issue recorded, when it is still running.
    func exitStatus(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32? {
        func status(_ screen: String) -> Int32? {
            guard let marker = screen.range(of: Self.exitMarker, options: .backwards) else { return nil }
            return Int32(screen[marker.upperBound...].prefix { $0.isNumber })
        }
        let last = try screen(where: { status($0) != nil })
        guard let code = status(last) else {
            Issue.record("the command was still running:\n\(last)", sourceLocation: sourceLocation)
            return nil
        }
        return code
    }

    /// The part of `screen` after the last `marker`, or nothing when it is not there: what a
    /// command printed after what was typed, where an earlier prompt may still be on the screen.
    static func after(_ screen: String, _ marker: String) -> Substring {
        guard let range = screen.range(of: marker, options: .backwards) else { return "" }
        return screen[range.upperBound...]
    }

    func kill() {
        _ = try? self("kill-server")
    }
}
