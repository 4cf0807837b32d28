import DefuseKit
import Foundation
import PostgresTestServer
import Testing

/// The two kinds of results store, for tests that must pass against both: a SQLite file, and
/// a database on the throwaway PostgreSQL cluster the test process starts (``PostgresTestServer``).
enum StoreBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// Both, or SQLite alone when `DEFUSE_SKIP_POSTGRES=1` (a developer without PostgreSQL);
    /// without that variable and without PostgreSQL's binaries, the PostgreSQL tests fail,
    /// saying what to install.
    static var tested: [StoreBackend] { PostgresTestServer.skipped ? [.sqlite] : allCases }

    /// Where a new, empty store of this kind is: a temporary file path, or the URL of a new
    /// database on the cluster.
    func newLocation() throws -> String {
        switch self {
        case .sqlite: temporaryDatabasePath()
        case .postgres: try PostgresTestServer.shared.get().newDatabase()
        }
    }

    /// A new, empty store of this kind.
    func newStore() throws -> ResultStore { try ResultStore(path: newLocation()) }
}
