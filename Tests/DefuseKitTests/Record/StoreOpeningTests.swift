import DefuseKit
import Foundation
import GRDB
import Testing

@Suite struct StoreOpeningTests {
    @Test func defaultPathPrefersOverrideThenEnvironmentThenXDGThenHome() {
        let env = ["HOME": "/home/ana", "XDG_DATA_HOME": "/data", "DEFUSE_DB": "/env/db.sqlite"]
        #expect(ResultStore.defaultPath(override: "/flag.sqlite", environment: env) == "/flag.sqlite")
        #expect(ResultStore.defaultPath(override: nil, environment: env) == "/env/db.sqlite")
        #expect(ResultStore.defaultPath(override: "", environment: env) == "/env/db.sqlite")
        var noDB = env
        noDB["DEFUSE_DB"] = ""
        #expect(ResultStore.defaultPath(override: nil, environment: noDB) == "/data/defuse/results.sqlite")
        noDB["XDG_DATA_HOME"] = "/data/"
        #expect(ResultStore.defaultPath(override: nil, environment: noDB) == "/data/defuse/results.sqlite")
        noDB["XDG_DATA_HOME"] = "relative/data"
        #expect(
            ResultStore.defaultPath(override: nil, environment: noDB)
                == "/home/ana/.local/share/defuse/results.sqlite")
        #expect(
            ResultStore.defaultPath(override: nil, environment: ["HOME": "/h"])
                == "/h/.local/share/defuse/results.sqlite")
    }

    @Test func aFileThatIsNotSQLiteIsNotAResultsDatabase() throws {
        let path = temporaryDatabasePath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(String(repeating: "not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notResultsDatabase(path: path)) { try ResultStore(path: path) }
        #expect(StoreError.notResultsDatabase(path: path).isBadData)
        #expect(
            StoreError.notResultsDatabase(path: path).message
                == "the database at \(path) is not a Defuse results database")
    }

    /// SQLite itself takes a file of a few bytes for an empty database and writes over it.
    @Test(arguments: ["x", "my notes\n", "SQLite format 2\u{0}"])
    func aShortFileThatIsNotSQLiteIsLeftAsItWas(_ text: String) throws {
        let path = temporaryDatabasePath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notResultsDatabase(path: path)) { try ResultStore(path: path) }
        #expect(throws: StoreError.notResultsDatabase(path: path)) { try ResultStore.reading(at: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(text.utf8))
    }

    @Test func aFolderInTheWayCannotBeOpened() throws {
        let path = temporaryDatabasePath()
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        do {
            _ = try ResultStore(path: path)
            Issue.record("opened a folder as a database")
        } catch let error as StoreError {
            guard case .cannotOpen = error else { throw error }
            #expect(!error.isBadData)
            #expect(error.message.hasPrefix("cannot open the results database at \(path): "))
        }
    }

    @Test func aParentThatIsAFileCannotBeOpened() throws {
        let path = temporaryDatabasePath()
        let parent = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(
            atPath: (parent as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: parent, contents: Data("x".utf8))
        #expect(throws: StoreError.self) { try ResultStore(path: path) }
        do { _ = try ResultStore(path: path) } catch let error as StoreError { #expect(!error.isBadData) }
    }
}

@Suite struct ForeignDatabaseTests {
    @Test func anotherApplicationsSQLiteDatabaseIsLeftAlone() throws {
        let path = temporaryDatabasePath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        }
        #expect(throws: StoreError.notResultsDatabase(path: path)) { try ResultStore(path: path) }
        let tables = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables == ["invoices"])
    }

    @Test func aDatabaseFromANewerDefuseIsRefused() throws {
        let path = temporaryDatabasePath()
        _ = try ResultStore(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        #expect(throws: StoreError.newerSchema(path: path)) { try ResultStore(path: path) }
        #expect(StoreError.newerSchema(path: path).isBadData)
    }

    @Test func theDatabaseIsInWALModeWithTheExpectedTables() throws {
        let path = temporaryDatabasePath()
        _ = try ResultStore(path: path)
        let (mode, tables) = try DatabaseQueue(path: path).read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            )
        }
        #expect(mode == "wal")
        #expect(tables.contains("attempt") && tables.contains("turn") && tables.contains("grdb_migrations"))
    }
}
