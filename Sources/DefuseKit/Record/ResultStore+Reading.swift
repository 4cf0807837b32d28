import Foundation
internal import GRDB

extension ResultStore {
    /// Opens the existing database at `path` for reading only, as `defuse report` does.
    ///
    /// Nothing is written: the file is opened read-only, so no migration runs, the journal mode
    /// is left as it is and the schema cookie is not touched. It works on a read-only file or
    /// folder, and while another process holds a write transaction (WAL lets readers in). When
    /// the file or its folder cannot be written and no `-wal` file holds uncommitted pages, it
    /// is opened as immutable, so SQLite does not even create a `-shm` beside it. A database
    /// written by an older Defuse is copied to a temporary file and brought up to date there.
    ///
    /// - Throws: ``StoreError/missing(path:)`` when there is no file, or an empty one (a read
    ///   never creates a database); ``StoreError/notResultsDatabase(path:)`` for another
    ///   program's file (left untouched); ``StoreError/damaged(path:)`` for a cut or corrupted
    ///   one; ``StoreError/newerSchema(path:)``; ``StoreError/cannotOpen(path:reason:)``.
    ///
    /// A `postgresql://` URL reads a team's server: a database without Defuse's tables is
    /// ``StoreError/missing(path:)``, and one set up by an older Defuse is brought up to date
    /// on the server (every laptop shares it, so there is no private copy to upgrade).
    public static func reading(at path: String) throws -> ResultStore {
        if PostgresSettings.isURL(path) { return try readingServer(path) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw StoreError.missing(path: path)
        }
        if isFolder.boolValue { throw StoreError.cannotOpen(path: path, reason: "it is a folder") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { throw StoreError.missing(path: path) }
        try SQLiteHeader.check(path)
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "defuse.results.read"
        do {
            let queue = try DatabaseQueue(path: openingName(path), configuration: configuration)
            switch try SchemaCheck.verify(queue, path: path) {
            case .empty:
                throw StoreError.missing(path: path)
            case .current:
                return ResultStore(path: path, database: queue)
            case .older:
                // Copied to a temporary file (not into memory: the file may hold years of
                // replies), brought up to date there, and unlinked at once: the open
                // connection keeps reading it, and nothing is left behind.
                let copyPath = FileManager.default.temporaryDirectory
                    .appendingPathComponent("defuse-report-\(UUID().uuidString).sqlite").path
                defer { unlink(copyPath) }
                let copy = try DatabaseQueue(path: copyPath)
                try queue.backup(to: copy)
                try ResultSchema.migrator.migrate(copy)
                return ResultStore(path: path, database: copy)
            }
        } catch {
            throw openingError(error, path: path)
        }
    }

    private static func readingServer(_ url: String) throws -> ResultStore {
        let session = try PostgresSession(
            PostgresSettings(url: url, environment: ProcessInfo.processInfo.environment))
        switch try session.transaction(readOnly: true, PostgresSchema.verify) {
        case .empty: throw StoreError.missing(path: session.settings.description)
        case .older: try PostgresSchema.migrate(session)
        case .current: break
        }
        return ResultStore(session: session)
    }

    /// The name SQLite opens: the path itself, or an `immutable` URI when nothing may be
    /// written beside the file and no write-ahead log is waiting to be read.
    private static func openingName(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let writable =
            access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        guard !writable && log == 0 else { return path }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(encoded)?immutable=1"
    }
}
