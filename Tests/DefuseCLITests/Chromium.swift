import Foundation

/// Headless Chromium for tests that check a page as a browser lays it out. Found on `PATH`
/// (Debian's `chromium`; `.ci/run` installs it); tests that need it are skipped when it is
/// absent. Every run gets its own profile, home and XDG folders inside the test's folder.
enum Chromium {
    /// The browser's path, or nil when none is installed.
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-headless-shell", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }()

    static let missing = "chromium is not installed (apt-get install -y chromium): browser checks skipped"

    /// Runs the browser headless on `page` in a window `width` × `height` px with `arguments`
    /// (`--dump-dom`, `--screenshot=…`, `--print-to-pdf=…`) and returns its standard output.
    static func run(_ page: URL, width: Int, height: Int, arguments: [String], in folder: URL) throws
        -> String
    {
        guard let path else { throw CocoaError(.fileNoSuchFile) }
        let profile = folder.appending(path: "chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments =
            [
                "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=\(profile.path)", "--window-size=\(width),\(height)",
            ] + (getuid() == 0 ? ["--no-sandbox"] : []) + arguments + [page.absoluteString]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = profile.path
        for (key, name) in DefuseProcess.isolatedFolders {
            environment[key] = profile.appending(path: name).path
        }
        process.environment = environment
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A browser that hangs is stopped rather than holding the suite.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return String(decoding: data, as: UTF8.self)
    }
}
