import Foundation

/// A throwaway PostgreSQL cluster for the store's tests: made with `initdb` in a temporary
/// folder the first time a test asks for a database, started with `pg_ctl` on a free loopback
/// port (trust authentication, no TLS, no fsync), and stopped and deleted when the test process
/// ends, however it ends (a watchdog stops it if the tests are killed).
///
/// Each test gets a database of its own (``newDatabase()``), so tests run in parallel.
///
/// The binaries are looked for in `DEFUSE_PG_BINDIR`, then `/usr/lib/postgresql/*/bin` (the
/// newest), then `PATH`. PostgreSQL refuses to run as root, so as root the cluster runs as
/// the `postgres` user the Debian package creates (`runuser -u postgres`).
///
/// Without the binaries the PostgreSQL tests fail, saying what to install (CI installs
/// `postgresql`); a developer without PostgreSQL can set `DEFUSE_SKIP_POSTGRES=1` to skip them
/// with a note instead.
public final class PostgresTestServer: @unchecked Sendable {
    /// The one cluster of this test process, started on first use.
    public static let shared = Result { try PostgresTestServer() }

    /// Whether the PostgreSQL tests are skipped (`DEFUSE_SKIP_POSTGRES=1`).
    public static var skipped: Bool { ProcessInfo.processInfo.environment["DEFUSE_SKIP_POSTGRES"] == "1" }

    public private(set) var port = 0
    public let folder: URL
    let bin: String
    let owner: String?
    private let lock = NSLock()
    private var databases = 0

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// A new, empty database on the cluster, as a URL for `--db` / `DEFUSE_DB`.
    public func newDatabase() throws -> String {
        let name = lock.withLock {
            databases += 1
            return "defuse_test_\(ProcessInfo.processInfo.processIdentifier)_\(databases)"
        }
        try psql("CREATE DATABASE \(name)")
        return url(database: name)
    }

    /// The URL of `database` on the cluster (user `postgres`, no password, no TLS).
    public func url(database: String) -> String {
        "postgresql://postgres@127.0.0.1:\(port)/\(database)?sslmode=disable"
    }

    /// Runs one SQL command as the superuser, in `database`.
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres") throws -> String {
        let (status, output) = Self.run(
            bin + "/psql",
            [
                "-X", "-q", "-A", "-t", "-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-d",
                database, "-c", sql,
            ])
        guard status == 0 else { throw Failure(description: "psql failed (\(status)): \(output)") }
        return output
    }

    /// Stops the server (fast shutdown: clients are disconnected), as if it went away.
    public func stop() throws {
        let (status, output) = asOwner(bin + "/pg_ctl", ["-D", dataFolder, "-m", "fast", "-w", "stop"])
        guard status == 0 else { throw Failure(description: "pg_ctl stop failed: \(output)") }
    }

    /// Starts the server again after ``stop()``.
    public func start() throws {
        let options =
            "-p \(port) -c listen_addresses=127.0.0.1 -k \(folder.path) -c fsync=off -c max_connections=200"
        let (status, output) = asOwner(
            bin + "/pg_ctl",
            ["-D", dataFolder, "-l", folder.path + "/server.log", "-o", options, "-w", "start"])
        guard status == 0 else {
            let log = (try? String(contentsOfFile: folder.path + "/server.log", encoding: .utf8)) ?? ""
            throw Failure(description: "pg_ctl start failed: \(output)\n\(log)")
        }
    }

    private var dataFolder: String { folder.path + "/data" }

    private init() throws {
        guard let bin = Self.binaries() else {
            throw Failure(
                description: """
                    PostgreSQL server binaries (initdb, pg_ctl, postgres, psql) not found in DEFUSE_PG_BINDIR, \
                    /usr/lib/postgresql/*/bin or PATH: install them (apt-get install -y postgresql), or set \
                    DEFUSE_SKIP_POSTGRES=1 to skip the PostgreSQL tests
                    """)
        }
        self.bin = bin
        owner = getuid() == 0 ? "postgres" : nil
        folder = FileManager.default.temporaryDirectory.appending(path: "defuse-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let owner {
            let (status, output) = Self.run("/bin/chown", [owner, folder.path])
            guard status == 0 else {
                throw Failure(description: "cannot give \(folder.path) to the \(owner) user: \(output)")
            }
        }
        let (status, output) = asOwner(
            bin + "/initdb",
            [
                "-D", folder.path + "/data", "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale",
                "--no-sync",
            ])
        guard status == 0 else { throw Failure(description: "initdb failed: \(output)") }
        var lastError: (any Error)?
        for _ in 0..<5 {
            port = Self.freePort()
            do {
                try start()
                Self.cleanUpAtExit(self)
                return
            } catch {
                lastError = error
            }
        }
        throw lastError ?? Failure(description: "could not start PostgreSQL")
    }

    private static func binaries() -> String? {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let dir = environment["DEFUSE_PG_BINDIR"], !dir.isEmpty { candidates.append(dir) }
        let versions =
            (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql"))?
            .compactMap(Int.init).sorted(by: >) ?? []
        candidates += versions.map { "/usr/lib/postgresql/\($0)/bin" }
        candidates += (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return candidates.first { dir in
            ["initdb", "pg_ctl", "postgres", "psql"].allSatisfy {
                FileManager.default.isExecutableFile(atPath: dir + "/" + $0)
            }
        }
    }

    /// Runs a command as the cluster's owner (`runuser -u postgres` as root).
    private func asOwner(_ path: String, _ arguments: [String]) -> (Int32, String) {
        guard let owner else { return Self.run(path, arguments) }
        return Self.run("/usr/sbin/runuser", ["-u", owner, "--", path] + arguments)
    }

    /// Runs a command and returns its status and output.
    ///
    /// Spawned and waited for by hand, output through a file, every inherited descriptor but
    /// 0-2 closed: `pg_ctl start` leaves a server running in the background, and a server that
    /// kept a pipe, or the descriptor Foundation's `Process` watches to see another test's
    /// child end, would keep that waiting for ever.
    static func run(_ path: String, _ arguments: [String]) -> (Int32, String) {
        let log = FileManager.default.temporaryDirectory.appending(
            path: "defuse-pg-run-\(UUID().uuidString).log"
        ).path
        defer { try? FileManager.default.removeItem(atPath: log) }
        guard let pid = spawn(path, arguments, output: log) else { return (-1, "cannot run \(path)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), text)
    }

    /// Starts `path` with `arguments` through bash, which closes every descriptor above 2
    /// first; output to the file `output`.
    private static func spawn(_ path: String, _ arguments: [String], output: String) -> pid_t? {
        let closeInherited =
            #"for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done; exec "$@""#
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = (["/bin/bash", "-c", closeInherited, "bash", path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/bash", &actions, nil, argv, environ) == 0 else { return nil }
        return pid
    }

    /// A loopback port nobody listens on right now.
    private static func freePort() -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Stops the cluster and deletes its folder when this process exits, and also when it is
    /// killed (a detached watchdog polls for it).
    private static func cleanUpAtExit(_ server: PostgresTestServer) {
        let stop =
            (server.owner.map { "/usr/sbin/runuser -u \($0) -- " } ?? "")
            + "\(server.bin)/pg_ctl -D \(server.dataFolder) -m immediate -w stop >/dev/null 2>&1; rm -rf \(server.folder.path)"
        _ = spawn(
            "/usr/bin/setsid",
            [
                "/bin/sh", "-c",
                "while kill -0 \(ProcessInfo.processInfo.processIdentifier) 2>/dev/null; do sleep 1; done; \(stop)",
            ], output: "/dev/null")
        atExitCommand = stop
        atexit {
            if let command = PostgresTestServer.atExitCommand {
                _ = PostgresTestServer.run("/bin/sh", ["-c", command])
            }
        }
    }

    nonisolated(unsafe) static var atExitCommand: String?
}
