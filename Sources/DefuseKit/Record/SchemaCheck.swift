internal import GRDB

/// Brings a freshly opened database up to the current schema, after making sure it is ours.
///
/// A file with tables but no Defuse migrations is somebody else's database and is left alone;
/// one with migrations this version does not know was written by a newer Defuse. Several
/// processes may open a new database at the same moment: when two race to migrate it, the loser
/// fails on a table the winner already created, and succeeds on a second look. Errors are
/// thrown as they come, so that the caller can retry a busy database.
enum SchemaCheck {
    /// What a Defuse database's schema is, compared with this version's.
    enum State: Equatable {
        /// No tables yet (a new or empty file), or another process is creating them.
        case empty
        /// Every migration this version knows is applied.
        case current
        /// Written by an older Defuse: some migrations are still to run.
        case older
    }

    /// Reads the schema without writing anything: throws when the file is not a Defuse results
    /// database or was written by a newer Defuse.
    static func verify(_ database: DatabaseQueue, path: String) throws -> State {
        let migrator = ResultSchema.migrator
        return try database.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            guard !tables.isEmpty else { return .empty }
            guard tables.contains("grdb_migrations") else { throw StoreError.notResultsDatabase(path: path) }
            let known = Set(migrator.migrations)
            let applied = try Set(String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
            // Only `grdb_migrations` and nothing applied: another process is creating it right now.
            if applied.isEmpty && tables == ["grdb_migrations"] { return .empty }
            if applied.isDisjoint(with: known) { throw StoreError.notResultsDatabase(path: path) }
            if !applied.isSubset(of: known) { throw StoreError.newerSchema(path: path) }
            return applied == known ? .current : .older
        }
    }

    static func prepare(_ database: DatabaseQueue, path: String) throws {
        let migrator = ResultSchema.migrator
        if try verify(database, path: path) == .current { return }
        var lastError: (any Error)?
        for _ in 0..<3 {
            do {
                try migrator.migrate(database)
                return
            } catch {
                lastError = error
                if try database.read(migrator.hasCompletedMigrations) { return }
            }
        }
        throw lastError ?? StoreError.notResultsDatabase(path: path)
    }
}
