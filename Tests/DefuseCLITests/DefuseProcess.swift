import Foundation
import Testing

/// Runs the built `defuse` binary as a user would, capturing its output and exit code.
struct DefuseProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// The package root (two folders above this file's folder).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The binary built next to the test bundle.
    static let binary: URL = {
        let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appending(path: "defuse")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            executable.appending(path: "defuse"),
            executable.deletingLastPathComponent().appending(path: "defuse"),
            packageRoot.appending(path: ".build/debug/defuse"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    static let fixtures = packageRoot.appending(path: "Tests/DefuseKitTests/Fixtures")

    /// The name on the shipped card of technique or violation `id` (its `name:` line in
    /// `Scenarios/techniques/ID.yaml`), which the terminal shows in place of the id.
    static func cardName(_ id: String) throws -> String {
        let card = packageRoot.appending(path: "Scenarios/techniques/\(id).yaml")
        let text = try String(contentsOf: card, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("name: ") })
        return String(line.dropFirst(6)).trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
    }

    /// Runs `defuse arguments…` in `directory` (a fresh empty folder by default, so that no
    /// `./Scenarios` is found), feeding `input` on standard input. With `launcher`, the binary
    /// is started through that command (such as `setpriv` to run as another user).
    static func run(
        _ arguments: [String], input: String = "", in directory: URL? = nil,
        environment: [String: String] = [:], launcher: [String] = []
    ) throws -> Result {
        // A child may exit before reading all its input; the write must fail, not kill us.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = launcher.first.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = launcher.isEmpty ? arguments : launcher.dropFirst() + [binary.path] + arguments
        let folder = try directory ?? emptyFolder()
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        // Never the user's files: no inherited database, and XDG folders inside the run's folder
        // (runs in one folder share them), unless the test gives its own.
        env["DEFUSE_DB"] = nil
        for (key, name) in isolatedFolders { env[key] = folder.appending(path: ".xdg/\(name)").path }
        // Tests do not share `defuse list`'s cache with the user or each other unless they ask.
        env["DEFUSE_NO_CACHE"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// The XDG variables every run gets, and the folder under `.xdg/` each points to.
    static let isolatedFolders = [
        ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ]

    static func emptyFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "defuse-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
