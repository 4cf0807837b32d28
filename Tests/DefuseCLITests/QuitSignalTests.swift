import Foundation
import Testing

@testable import DefuseKit

/// Ctrl-\ (SIGQUIT) ends every command at once with exit 131, no crash report, and keeps the
/// replies already recorded.
@Suite struct QuitSignalTests {
    /// A scenario that waits for a second reply after the first.
    static let twoReplies = """
        title: Two replies
        summary: The client wants two answers.
        persona:
          name: Sam Okafor
          role: Ward manager
        start: opening
        nodes:
          opening:
            say: Where is the pump?
            expect: [apology]
            next:
              - goto: second
          second:
            say: And when will it come?
            expect: [decisive-action]
            next:
              - goto: done
          done:
            end: resolved
        """

    /// A running `defuse` with its standard input held open and its output read as it comes.
    final class Child: @unchecked Sendable {
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        private let lock = NSLock()
        private var outBytes = Data()
        private var errBytes = Data()
        private let errorsRead = DispatchSemaphore(value: 0)

        init(_ arguments: [String], in folder: URL, environment: [String: String]) throws {
            process.executableURL = DefuseProcess.binary
            process.arguments = arguments
            process.currentDirectoryURL = folder
            var env = ProcessInfo.processInfo.environment
            env["NO_COLOR"] = "1"
            env["DEFUSE_NO_CACHE"] = "1"
            for name in ["XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"] {
                env[name] = folder.appending(path: ".xdg/\(name)").path
            }
            for (key, value) in environment { env[key] = value }
            process.environment = env
            process.standardInput = input
            process.standardOutput = output
            process.standardError = errors
            signal(SIGPIPE, SIG_IGN)
            try process.run()
            Thread { [self] in
                while case let chunk = errors.fileHandleForReading.availableData, !chunk.isEmpty {
                    lock.withLock { errBytes.append(chunk) }
                }
                errorsRead.signal()
            }.start()
        }

        /// Reads standard output until it holds `text` (up to ``Tmux/patience``), then stops reading.
        func read(until text: String) -> String {
            let deadline = Date() + Tmux.patience
            var seen = Data()
            while Date() < deadline, !String(decoding: seen, as: UTF8.self).contains(text) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen.append(chunk)
            }
            return String(decoding: seen, as: UTF8.self)
        }

        func type(_ text: String) throws { try input.fileHandleForWriting.write(contentsOf: Data(text.utf8)) }

        /// Sends SIGQUIT and waits (up to ``Tmux/patience``): the exit status, or nil when it did
        /// not end.
        func quit() -> Int32? {
            kill(process.processIdentifier, SIGQUIT)
            let deadline = Date() + Tmux.patience
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            guard !process.isRunning else {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return nil
            }
            return process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
        }

        /// Standard error once the program has closed it (all of it, however late the reader runs).
        var stderr: String {
            if errorsRead.wait(timeout: .now() + Tmux.patience) == .success { errorsRead.signal() }
            return lock.withLock { String(decoding: errBytes, as: UTF8.self) }
        }
    }

    func folder() throws -> URL {
        let folder = try DefuseProcess.emptyFolder()
        let scenarios = folder.appending(path: "Scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        try Self.twoReplies.write(
            to: scenarios.appending(path: "two-replies.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    func expectCleanQuit(
        _ status: Int32?, _ stderr: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(status == 131, "stderr: \(stderr)", sourceLocation: sourceLocation)
        #expect(!stderr.contains("crash"), sourceLocation: sourceLocation)
        #expect(!stderr.contains("Backtrac"), sourceLocation: sourceLocation)
    }

    @Test func scriptedPlayQuitsAndKeepsTheRecordedReply() throws {
        let folder = try folder()
        let db = folder.appending(path: "results.sqlite").path
        let child = try Child(["play", "two-replies"], in: folder, environment: ["DEFUSE_DB": db])
        try child.type("I am so sorry about this\n")
        _ = child.read(until: "And when will it come?")
        expectCleanQuit(child.quit(), child.stderr)
        let attempts = try ResultStore.reading(at: db).attempts()
        #expect(attempts.map { $0.turns.map(\.reply) } == [["I am so sorry about this"]])
    }

    @Test func gradeQuits() throws {
        let folder = try folder()
        let child = try Child(["grade", "--jsonl", "-"], in: folder, environment: [:])
        try child.type("{\"id\": \"a\", \"text\": \"I am sorry\"}\n")
        _ = child.read(until: "\n")
        expectCleanQuit(child.quit(), child.stderr)
    }

    @Test func reportQuitsWhileWriting() throws {
        let folder = try folder()
        let db = folder.appending(path: "results.sqlite").path
        let store = try ResultStore(path: db)
        for index in 0..<2_000 {
            _ = try store.begin(
                AttemptStart(rep: "Rep \(index)", scenario: "two-replies", contentHash: "h", mode: .practice))
        }
        let child = try Child(["report", "--format", "csv", "--db", db], in: folder, environment: [:])
        // The report fills the pipe and waits for it to be read: quit it there.
        _ = child.read(until: "Rep 1")
        Thread.sleep(forTimeInterval: 0.3)
        expectCleanQuit(child.quit(), child.stderr)
    }

    @Test func theREPLQuitsAndKeepsTheRecordedReply() throws {
        let tmux = Tmux()
        let folder = try folder()
        let db = folder.appending(path: "results.sqlite").path
        let command =
            "cd '\(folder.path)' && XDG_STATE_HOME='\(folder.path)/state' XDG_DATA_HOME='\(folder.path)/data' "
            + "DEFUSE_DB='\(db)' XDG_CONFIG_HOME='\(folder.path)/config' "
            + "'\(DefuseProcess.binary.path)' play two-replies"
        try tmux.start(command)
        defer { tmux.kill() }
        try tmux.screen(containing: "you>")
        try tmux.send("I am so sorry about this", "Enter")
        try tmux.screen(containing: "And when will it come?")
        try tmux.send("half a line", "C-\\")
        let code = try tmux.exitStatus()
        let screen = try tmux.capture()
        #expect(code == 131, "\(screen)")
        #expect(!screen.contains("crash") && !screen.contains("Backtrac"), "\(screen)")
        let attempts = try ResultStore.reading(at: db).attempts()
        #expect(attempts.map { $0.turns.map(\.reply) } == [["I am so sorry about this"]])
    }
}
