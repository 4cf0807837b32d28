import Foundation
internal import GRDB

/// What each learning record store has accepted (`defuse push`), so a rerun sends only what is
/// new or changed.
///
/// - `lrsStatement` (migration "lrs statements"): one row per LRS and subject, keyed by (`lrs`,
///   `subject`). `lrs` is the LRS's endpoint as ``LRSEndpoint/key`` writes it; `subject` the
///   UUID of the attempt or drill run the statement is about; `statementId` the id of the
///   statement that LRS accepted last for it; `accepted` when.
///
/// A row is written only after the LRS answered that it stored the statement, in the same
/// transaction for a whole batch. The queries are the SQL both stores run (``StoreDatabase``,
/// with `ON CONFLICT … DO UPDATE`); the PostgreSQL twin of the migration is in
/// ``PostgresSchema``.
extension ResultSchema {
    static let lrsStatement = "lrsStatement"

    static func registerLRSStatements(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("lrs statements") { db in
            try db.execute(
                sql: """
                    CREATE TABLE lrsStatement (
                        lrs TEXT NOT NULL,
                        subject TEXT NOT NULL,
                        statementId TEXT NOT NULL,
                        accepted DATETIME NOT NULL,
                        PRIMARY KEY (lrs, subject)
                    )
                    """)
        }
    }
}

/// A statement an LRS accepted: about which attempt or drill run, under which id.
public struct AcceptedStatement: Sendable, Hashable {
    /// The attempt's or drill run's UUID.
    public var subject: UUID
    public var statementId: String

    public init(subject: UUID, statementId: String) {
        self.subject = subject
        self.statementId = statementId
    }
}

extension ResultStore {
    /// The id of the statement `lrs` accepted last, per attempt or drill run UUID.
    public func acceptedStatements(lrs: String) throws -> [UUID: String] {
        try read { db in
            guard try db.tableExists(ResultSchema.lrsStatement) else { return [:] }
            var accepted: [UUID: String] = [:]
            try db.each("SELECT subject, statementId FROM lrsStatement WHERE lrs = ?", [lrs]) { row in
                if let subject = row.text(0).flatMap(AttemptID.parse), let id = row.text(1) {
                    accepted[subject] = id
                }
            }
            return accepted
        }
    }

    /// Records that `lrs` accepted `statements`, all in one transaction.
    public func markAccepted(_ statements: [AcceptedStatement], lrs: String, at date: Date = Date()) throws {
        guard !statements.isEmpty else { return }
        try write { db in
            for statement in statements {
                try db.execute(
                    """
                    INSERT INTO lrsStatement (lrs, subject, statementId, accepted) VALUES (?, ?, ?, ?)
                    ON CONFLICT (lrs, subject) DO UPDATE SET statementId = excluded.statementId,
                        accepted = excluded.accepted
                    """,
                    [lrs, AttemptID.text(statement.subject), statement.statementId, date])
            }
        }
    }
}
