/// The two kinds of results store, for tests that must pass against both: a SQLite file, and
/// a database on the throwaway PostgreSQL cluster the test process starts (``PostgresTestServer``).
public enum StoreBackend: String, CaseIterable, Sendable {
    case sqlite
    case postgres

    /// Both, or SQLite alone when `DEFUSE_SKIP_POSTGRES=1` (a developer without PostgreSQL);
    /// without that variable and without PostgreSQL's binaries, the PostgreSQL tests fail,
    /// saying what to install.
    public static var tested: [StoreBackend] { PostgresTestServer.skipped ? [.sqlite] : allCases }

    /// Where a new, empty store of this kind is, for `--db` or `DEFUSE_DB`: `file` for SQLite,
    /// the URL of a new database on the cluster for PostgreSQL.
    public func location(file: String) throws -> String {
        switch self {
        case .sqlite: file
        case .postgres: try PostgresTestServer.shared.get().newDatabase()
        }
    }
}
