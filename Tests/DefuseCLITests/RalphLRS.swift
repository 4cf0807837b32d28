import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A throwaway Ralph learning record store (https://github.com/openfun/ralph), started once per
/// test process in a temporary folder with its own credentials file and file-system backend,
/// on a free port of 127.0.0.1. Tests that need it are skipped when Ralph is not installed.
///
/// Ralph is found at `$DEFUSE_TEST_RALPH` (the `ralph` program of a virtual environment: `.ci/run`
/// installs it with pip into one and sets this variable), else as `ralph` on the PATH. It runs
/// under a small Python watchdog that stops it, with its whole process group, as soon as the
/// test process is gone.
///
/// Ralph 5.1's file-system backend (`-b fs`, the one that needs no database server) creates its
/// statements file on the first write and fails every later one with HTTP 500 ("already exists
/// and overwrite is not allowed"): it writes with the operation `create`. A `sitecustomize.py`
/// in the server's temporary folder makes that backend append instead, in every Python process
/// the server starts (its reloader too). Nothing else of Ralph is changed: authentication,
/// validation, duplicate and conflict checks, and `GET /statements` are Ralph's own.
final class RalphLRS: Sendable {
    static let user = "defuse"
    static let password = "s3cret-pass"

    /// The xAPI endpoint, `http://127.0.0.1:PORT/xAPI`.
    let endpoint: String
    let folder: URL

    /// The `ralph` program, or nil when it is not installed.
    static let program: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["DEFUSE_TEST_RALPH"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? path : nil
        }
        // Where the README's set-up command and .ci/run install it.
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        let searchPath = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let folders = ["\(home)/.cache/defuse-ci/ralph-venv/bin"] + searchPath
        for folder in folders {
            let path = "\(folder)/ralph"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    static var isInstalled: Bool { program != nil }

    static let skipReason: Comment = """
        Ralph is not installed: the README's set-up command installs it into \
        ~/.cache/defuse-ci/ralph-venv (or set DEFUSE_TEST_RALPH to a ralph program)
        """

    /// The one server of this test process, started on first use.
    static let shared: Result<RalphLRS, RalphError> = {
        do { return .success(try RalphLRS()) } catch let error as RalphError { return .failure(error) } catch
        {
            return .failure(RalphError(message: "\(error)"))
        }
    }()

    struct RalphError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The shared server; throws (failing the test) when it could not be started.
    static func server() throws -> RalphLRS { try shared.get() }

    private init() throws {
        guard let program = Self.program else { throw RalphError(message: "ralph is not installed") }
        folder = FileManager.default.temporaryDirectory.appending(path: "defuse-ralph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appending(path: "fs"), withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        environment["XDG_CONFIG_HOME"] = folder.appending(path: "config").path
        environment["RALPH_APP_DIR"] = folder.appending(path: "app").path
        environment["RALPH_AUTH_FILE"] = folder.appending(path: "auth.json").path
        environment["RALPH_RUNSERVER_BACKEND"] = "fs"
        environment["RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT"] = "100000"
        let site = folder.appending(path: "site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Self.appendingFileBackend.write(
            to: site.appending(path: "sitecustomize.py"), atomically: true, encoding: .utf8)
        environment["PYTHONPATH"] = site.path
        let auth = try Self.run(
            program,
            [
                "auth", "-u", Self.user, "-p", Self.password, "-s", "all", "-A", Self.user,
                "https://defuse.test",
                "-w",
            ], environment: environment, in: folder)
        guard auth.status == 0 else { throw RalphError(message: "ralph auth failed: \(auth.output)") }
        let port = try Self.freePort()
        endpoint = "http://127.0.0.1:\(port)/xAPI"
        let watchdog = folder.appending(path: "watchdog.py")
        try Self.watchdogScript.write(to: watchdog, atomically: true, encoding: .utf8)
        let python = URL(fileURLWithPath: program).deletingLastPathComponent().appending(path: "python3").path
        let process = Process()
        process.executableURL = URL(
            fileURLWithPath: FileManager.default.isExecutableFile(atPath: python)
                ? python : "/usr/bin/python3")
        process.arguments = [
            watchdog.path, String(getpid()), program, "runserver", "-b", "fs", "-h", "127.0.0.1", "-p",
            String(port),
            "--fs-default-directory-path", folder.appending(path: "fs").path,
        ]
        process.environment = environment
        process.currentDirectoryURL = folder
        let log = folder.appending(path: "server.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Ralph answers its heartbeat once the app is up (a few seconds; more on a busy machine).
        let deadline = Date().addingTimeInterval(90)
        while Date() < deadline {
            if let (status, _) = try? Self.request("GET", "http://127.0.0.1:\(port)/__heartbeat__"),
                status == 200
            {
                return
            }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.3)
        }
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        throw RalphError(message: "ralph runserver did not start: \(output.suffix(2000))")
    }

    /// The statements the LRS holds whose actor's account is on `homePage`, voided ones included.
    func statements(homePage: String) throws -> [[String: Any]] {
        var found: [[String: Any]] = []
        var next: String? = endpoint + "/statements?limit=100000"
        let origin = endpoint.replacingOccurrences(of: "/xAPI", with: "")
        while let url = next {
            let (status, body) = try Self.request(
                "GET", url, user: Self.user, password: Self.password)
            guard status == 200 else { throw RalphError(message: "GET statements: HTTP \(status)") }
            let object = try JSONSerialization.jsonObject(with: body) as? [String: Any]
            let page = object?["statements"] as? [[String: Any]] ?? []
            found += page.filter {
                (($0["actor"] as? [String: Any])?["account"] as? [String: Any])?["homePage"] as? String
                    == homePage
            }
            next = (object?["more"] as? String).flatMap { $0.isEmpty ? nil : origin + $0 }
        }
        return found
    }

    /// A plain HTTP request, for the tests' own looks at the LRS.
    static func request(_ method: String, _ url: String, user: String? = nil, password: String? = nil) throws
        -> (Int, Data)
    {
        guard let address = URL(string: url) else { throw RalphError(message: "bad URL \(url)") }
        var request = URLRequest(url: address, timeoutInterval: 30)
        request.httpMethod = method
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        if let user, let password {
            let token = Data("\(user):\(password)".utf8).base64EncodedString()
            request.setValue("Basic \(token)", forHTTPHeaderField: "Authorization")
        }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var answer: (Int, Data)?
        nonisolated(unsafe) var failure: (any Error)?
        URLSession.shared.dataTask(with: request) { data, response, error in
            answer = ((response as? HTTPURLResponse)?.statusCode ?? 0, data ?? Data())
            failure = error
            done.signal()
        }.resume()
        done.wait()
        if let failure { throw failure }
        return answer ?? (0, Data())
    }

    private static func run(
        _ program: String, _ arguments: [String], environment: [String: String]?, in folder: URL?
    )
        throws -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = folder }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A TCP port nobody listens on right now (the kernel's pick for port 0).
    static func freePort() throws -> Int {
        let listener = try Listener()
        return listener.port
    }

    /// Makes Ralph's file-system LRS backend append to its statements file rather than refuse
    /// to write once it exists (see the type's documentation).
    private static let appendingFileBackend = """
        try:
            from ralph.backends.data.base import BaseOperationType
            from ralph.backends.lrs.fs import FSLRSBackend
            FSLRSBackend.default_operation_type = BaseOperationType.APPEND
        except ImportError:
            pass
        """

    /// Runs the command after the parent pid in a session of its own, and ends that whole group
    /// (Ralph's reloader and server) when the parent is gone or the command stops.
    private static let watchdogScript = """
        import os, signal, subprocess, sys, time
        parent = int(sys.argv[1])
        child = subprocess.Popen(sys.argv[2:], start_new_session=True)
        try:
            while child.poll() is None and os.getppid() == parent:
                time.sleep(0.5)
        finally:
            try:
                os.killpg(child.pid, signal.SIGTERM)
            except OSError:
                pass
        """
}

/// A TCP socket on 127.0.0.1 that listens but never accepts: a connection to it is made by the
/// kernel and then nothing is ever answered (a hung server). Closed on deinit.
final class Listener {
    let descriptor: Int32
    let port: Int

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw RalphLRS.RalphError(message: "socket failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw RalphLRS.RalphError(message: "bind or listen failed")
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.descriptor = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }
}
