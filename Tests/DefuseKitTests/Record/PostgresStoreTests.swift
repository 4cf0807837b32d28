import Foundation
import GRDB
import PostgresTestServer
import Testing

@testable import DefuseKit

/// The PostgreSQL store on a real, throwaway server: its migrations, what it refuses, many
/// writers at once, and a server that goes away.
@Suite struct PostgresStoreTests {
    /// A new database on the test cluster, its name and URL; nil when skipped.
    private func database() throws -> (server: PostgresTestServer, name: String, url: String)? {
        guard !PostgresTestServer.skipped else { return nil }
        let url = try StoreBackend.postgres.newLocation()
        let server = try PostgresTestServer.shared.get()
        let name = String(url.split(separator: "/").last?.split(separator: "?").first ?? "")
        return (server, name, url)
    }

    @Test func everySQLiteMigrationHasItsTwinInOrder() {
        #expect(PostgresSchema.migrations.map(\.identifier) == ResultSchema.migrator.migrations)
    }

    @Test func migrationsAreRecordedOnceAndEveryStepHasItsTwin() throws {
        guard let (server, name, url) = try database() else { return }
        _ = try ResultStore(path: url)
        _ = try ResultStore(path: url)
        let applied = try server.psql(
            "SELECT identifier FROM defuse_migrations ORDER BY applied, identifier", database: name)
        #expect(applied.split(separator: "\n").map(String.init) == ResultSchema.migrator.migrations.sorted())
        let columns = try server.psql(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'attempt' ORDER BY ordinal_position",
            database: name)
        #expect(columns.split(separator: "\n").contains("uuid"))
        #expect(columns.split(separator: "\n").contains("contenthash"))
    }

    @Test func anOlderServerGetsUUIDsForItsAttempts() throws {
        guard let (server, name, url) = try database() else { return }
        // A server migrated by the first version only, with one attempt on it.
        _ = try ResultStore(path: url)
        try server.psql(
            """
            DROP INDEX attempt_on_uuid; ALTER TABLE attempt DROP COLUMN uuid;
            DELETE FROM defuse_migrations WHERE identifier = 'v2: attempt uuids';
            INSERT INTO attempt (rep, scenario, contentHash, mode, started) VALUES ('Ana', 's', 'h', 'drill', now());
            """, database: name)
        let attempts = try ResultStore(path: url).attempts()
        #expect(attempts.map(\.rep) == ["Ana"])
        let stored = try server.psql("SELECT uuid FROM attempt", database: name)
        #expect(
            stored.trimmingCharacters(in: .whitespacesAndNewlines) == attempts[0].id.uuidString.lowercased())
    }

    @Test func anotherApplicationsTablesAreLeftAlone() throws {
        guard let (server, name, url) = try database() else { return }
        try server.psql("CREATE TABLE attempt (id int, what text)", database: name)
        #expect(throws: StoreError.self) { _ = try ResultStore(path: url) }
        do { _ = try ResultStore(path: url) } catch let error as StoreError { #expect(error.isBadData) }
        let tables = try server.psql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", database: name)
        #expect(tables.split(separator: "\n") == ["attempt"])
    }

    @Test func aServerMigratedByANewerDefuseIsRefused() throws {
        guard let (server, name, url) = try database() else { return }
        _ = try ResultStore(path: url)
        try server.psql(
            "INSERT INTO defuse_migrations (identifier) VALUES ('v99: from the future')", database: name)
        do {
            _ = try ResultStore(path: url)
            Issue.record("opened a newer schema")
        } catch let error as StoreError {
            guard case .newerSchema = error else { throw error }
            #expect(error.isBadData)
        }
    }

    @Test func aWrongPasswordOrDatabaseCannotBeOpened() throws {
        guard let (server, _, _) = try database() else { return }
        let missing = server.url(database: "no_such_database")
        do {
            _ = try ResultStore(path: missing)
            Issue.record("opened a missing database")
        } catch let error as StoreError {
            #expect(!error.isBadData)
            #expect(error.message.contains("no_such_database"), "\(error.message)")
        }
    }

    @Test func nothingListeningIsUnavailable() throws {
        guard !PostgresTestServer.skipped else { return }
        let url = "postgresql://ana:secret@127.0.0.1:1/defuse?sslmode=disable"
        do {
            _ = try ResultStore(path: url)
            Issue.record("connected to port 1")
        } catch let error as StoreError {
            #expect(error.isUnavailable)
            #expect(error.message.hasPrefix("the results server at postgresql://ana@127.0.0.1:1/defuse"))
            #expect(!error.message.contains("secret"))
            #expect(error.message.contains("refused"), "\(error.message)")
        }
    }

    @Test func aServerThatGoesAwayKeepsWhatWasCommitted() throws {
        guard let (server, name, url) = try database() else { return }
        let store = try ResultStore(path: url)
        let id = try store.begin(start())
        try store.record(sampleTurn(node: "one"), index: 0, attempt: id)
        try store.record(sampleTurn(node: "two"), index: 1, attempt: id)
        // The server drops every connection to this database and takes no new ones.
        try server.psql(
            """
            ALTER DATABASE \(name) WITH ALLOW_CONNECTIONS false;
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '\(name)';
            """)
        do {
            try store.record(sampleTurn(node: "three"), index: 2, attempt: id)
            Issue.record("recorded on a server that went away")
        } catch let error as StoreError {
            #expect(!error.isBadData)
            #expect(
                error.message.contains("unavailable") || error.message.contains("cannot"), "\(error.message)")
        }
        // It comes back: the same store reconnects, and the committed replies are there.
        try server.psql("ALTER DATABASE \(name) WITH ALLOW_CONNECTIONS true")
        #expect(try store.attempts().first?.turns.map(\.node) == ["one", "two"])
        try store.record(sampleTurn(node: "three"), index: 2, attempt: id)
        #expect(try ResultStore(path: url).attempts().first?.turns.map(\.node) == ["one", "two", "three"])
    }

    @Test func twentyWritersAtOnceLoseNothing() throws {
        guard let (_, _, url) = try database() else { return }
        let turns = 40
        let reps = (1...20).map { "Rep \($0)" }
        // All twenty start on a server whose schema does not exist yet: they race to create it.
        let probes = try reps.map { try ProbeProcess(db: url, rep: $0, turns: turns, then: "finish") }
        let statuses = probes.map { $0.finish() }
        #expect(statuses == Array(repeating: 0, count: reps.count), "outputs: \(probes.map(\.printed))")
        let store = try ResultStore(path: url)
        let attempts = try store.attempts()
        #expect(attempts.map(\.rep).sorted() == reps.sorted())
        for attempt in attempts {
            #expect(attempt.outcome == "resolved")
            #expect(attempt.turns.map(\.index) == Array(0..<turns))
            #expect(attempt.turns.allSatisfy { $0.reply.hasPrefix(attempt.rep + " reply ") })
        }
        #expect(try store.counts() == (reps.count, reps.count * turns))
    }
}

/// Reading `--db` / `DEFUSE_DB` URLs, the `PG*` variables and the password file; no server.
@Suite struct PostgresSettingsTests {
    @Test func aFullURL() throws {
        let settings = try PostgresSettings(
            url: "postgresql://trainer:s3cr%40t@db.example.com:6543/cohort_7?sslmode=require",
            environment: ["PGPASSWORD": "ignored", "PGHOST": "ignored"])
        #expect(settings.host == "db.example.com")
        #expect(settings.port == 6543)
        #expect(settings.user == "trainer")
        #expect(settings.password == "s3cr@t")
        #expect(settings.database == "cohort_7")
        #expect(settings.sslMode == .require)
        #expect(settings.description == "postgresql://trainer@db.example.com:6543/cohort_7?sslmode=require")
    }

    @Test func theEnvironmentFillsWhatTheURLLeavesOut() throws {
        let settings = try PostgresSettings(
            url: "postgres://",
            environment: [
                "PGHOST": "10.0.0.5", "PGPORT": "5433", "PGUSER": "coach", "PGPASSWORD": "pw",
                "PGDATABASE": "room",
                "PGSSLMODE": "disable",
            ])
        #expect(
            [settings.host, String(settings.port), settings.user, settings.password ?? "", settings.database]
                == ["10.0.0.5", "5433", "coach", "pw", "room"])
        #expect(settings.sslMode == .disable)
        let bare = try PostgresSettings(url: "postgresql://db.lan", environment: ["USER": "ana"])
        #expect([bare.user, bare.database, String(bare.port)] == ["ana", "ana", "5432"])
        #expect(bare.sslMode == .prefer)
        #expect(bare.password == nil)
    }

    @Test func thePasswordFileIsReadWhenNoPasswordIsGiven() throws {
        let folder = FileManager.default.temporaryDirectory.appending(
            path: "defuse-pgpass-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "pgpass").path
        try """
        # comment
        other.lan:5432:*:coach:wrong
        db.lan:5432:room:coach:right\\:one
        *:*:*:*:fallback
        """.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let environment = ["PGPASSFILE": file]
        #expect(
            try PostgresSettings(url: "postgresql://coach@db.lan/room", environment: environment).password
                == "right:one")
        #expect(
            try PostgresSettings(url: "postgresql://ana@x.lan/db", environment: environment).password
                == "fallback")
        #expect(
            try PostgresSettings(url: "postgresql://coach:given@db.lan/room", environment: environment)
                .password == "given")
        // A password file others may read is ignored, as libpq does.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(
            try PostgresSettings(url: "postgresql://coach@db.lan/room", environment: environment).password
                == nil)
    }

    @Test(arguments: ["postgresql://h/db?sslmode=sometimes", "postgresql://h:99999/db"])
    func badURLsAreUsageErrors(_ url: String) {
        do {
            _ = try PostgresSettings(url: url, environment: [:])
            Issue.record("accepted \(url)")
        } catch let error as StoreError {
            #expect(error.isUsage)
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func aURLIsAServerAndAnythingElseAFile() {
        #expect(ResultStore.isServer("postgresql://a:pw@h/d?sslmode=disable"))
        #expect(ResultStore.isServer("postgres://h/d"))
        #expect(!ResultStore.isServer("/tmp/postgresql/results.sqlite"))
    }
}
