import Foundation

/// Runs the `DefuseStoreProbe` test helper: a separate process that writes into a results
/// database (see `Sources/DefuseStoreProbe/main.swift`).
final class ProbeProcess: @unchecked Sendable {
    let process = Process()
    private let output = Pipe()
    private let lock = NSLock()
    private var buffer = ""

    static let binary: URL = {
        let besideTests = Bundle.main.bundleURL.deletingLastPathComponent().appending(
            path: "DefuseStoreProbe")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            executable.appending(path: "DefuseStoreProbe"),
            executable.deletingLastPathComponent().appending(path: "DefuseStoreProbe"),
            root.appending(path: ".build/debug/DefuseStoreProbe"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }()

    /// Starts `DefuseStoreProbe db rep turns finish|hang`.
    init(db: String, rep: String, turns: Int, then: String) throws {
        process.executableURL = Self.binary
        process.arguments = [db, rep, String(turns), then]
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.buffer += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
    }

    var printed: String { lock.withLock { buffer } }

    /// Waits (up to `timeout` seconds) until the probe has printed `line`.
    func wait(for line: String, timeout: TimeInterval = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if printed.split(separator: "\n").contains(Substring(line)) { return true }
            if !process.isRunning && !printed.split(separator: "\n").contains(Substring(line)) {
                Thread.sleep(forTimeInterval: 0.05)
                return printed.split(separator: "\n").contains(Substring(line))
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func finish() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }
}
