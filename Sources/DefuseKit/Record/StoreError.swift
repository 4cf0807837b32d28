import Foundation

/// What can go wrong with the results database, as a value with a plain message.
///
/// ``isBadData`` tells the front end which exit code fits: a file that is not a Defuse results
/// database (or one from a newer Defuse) is bad data (65); ``isUsage`` a store named wrongly
/// (64); ``isUnavailable`` a PostgreSQL server that cannot be reached (69); everything else is an
/// I/O problem (74).
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database could not be created or opened (missing permission, a folder in the way…).
    case cannotOpen(path: String, reason: String)
    /// The file exists but is not SQLite, or is SQLite with somebody else's tables.
    case notResultsDatabase(path: String)
    /// A Defuse results database that is cut short or corrupted.
    case damaged(path: String)
    /// There is no database to read at the path, or only an empty file (nothing recorded yet).
    case missing(path: String)
    /// The database was written by a newer Defuse with a schema this one does not know.
    case newerSchema(path: String)
    /// Reading or writing failed after the database was opened.
    case io(path: String, reason: String)
    /// No attempt has this id.
    case unknownAttempt(UUID)
    /// The attempt has no turn at this 0-based index.
    case unknownTurn(attempt: UUID, index: Int)
    /// No attempt's id starts with this text.
    case noSuchAttempt(String)
    /// Several attempts' ids start with this text.
    case ambiguousAttempt(String)
    /// `--db` or `DEFUSE_DB` looks like a PostgreSQL URL but cannot be read.
    case badLocation(String, reason: String)
    /// The PostgreSQL server cannot be reached, or went away.
    case unavailable(location: String, reason: String)

    /// A one-line message for the rep or trainer.
    public var message: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the results database at \(path): \(reason)"
        case .notResultsDatabase(let path): "the database at \(path) is not a Defuse results database"
        case .damaged(let path):
            "the results database at \(path) is damaged (cut short or corrupted); restore it from a copy"
        case .missing(let path): "no results database at \(path) yet"
        case .newerSchema(let path):
            "the results database at \(path) was written by a newer version of Defuse; upgrade to read it"
        case .io(let path, let reason): "cannot use the results database at \(path): \(reason)"
        case .unknownAttempt(let id): "no attempt \(AttemptID.text(id)) in the results database"
        case .unknownTurn(let attempt, let index):
            "attempt \(AttemptID.text(attempt)) has no turn \(index + 1)"
        case .noSuchAttempt(let prefix): "no attempt '\(prefix)' in the results database"
        case .ambiguousAttempt(let prefix):
            "more than one attempt starts with '\(prefix)'; give more of its id"
        case .badLocation(let location, let reason): "invalid results store '\(location)': \(reason)"
        case .unavailable(let location, let reason):
            "the results server at \(location) is unavailable: \(reason)"
        }
    }

    /// Whether the problem is the file's content (exit 65) rather than access to it (exit 74).
    public var isBadData: Bool {
        switch self {
        case .notResultsDatabase, .damaged, .newerSchema: true
        case .cannotOpen, .missing, .io, .unknownAttempt, .unknownTurn, .noSuchAttempt, .ambiguousAttempt,
            .badLocation, .unavailable:
            false
        }
    }

    /// Whether the store was named wrongly on the command line or in `DEFUSE_DB` (exit 64).
    public var isUsage: Bool {
        if case .badLocation = self { return true }
        return false
    }

    /// Whether a server could not be reached (exit 69): trying again later may work.
    public var isUnavailable: Bool {
        if case .unavailable = self { return true }
        return false
    }

    public var description: String { message }
}
