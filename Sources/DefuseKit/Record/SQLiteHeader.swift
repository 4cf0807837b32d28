import Foundation

/// The first bytes of every SQLite database file, checked before SQLite opens a results path.
///
/// SQLite takes a file of a few bytes that is not a database (a note, a stray `echo >`) for an
/// empty database and writes a new one over it, so `DEFUSE_DB` pointing at such a file by
/// mistake lost it, and a report called it "no results database yet". A file that is not empty
/// must start with SQLite's header; an empty one is still a database not created yet.
enum SQLiteHeader {
    /// "SQLite format 3" and a NUL: the file format's 16-byte magic string.
    static let magic = Array("SQLite format 3\u{0}".utf8)

    /// Throws ``StoreError/notResultsDatabase(path:)`` when the file at `path` holds bytes that
    /// do not start as a SQLite database does. A missing, empty or unreadable file passes: the
    /// caller (or SQLite) says what is wrong with it.
    static func check(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: magic.count), !head.isEmpty else { return }
        guard Array(head) == magic else { throw StoreError.notResultsDatabase(path: path) }
    }
}
