import Foundation

extension ResultStore {
    /// The attempts that match `filter`, oldest first (by start, then id), each with its turns
    /// in order. Attempts still running in another process read as abandoned. With
    /// `detail: .tallies` the turns come without node, reply and evidence (see ``ReportDetail``).
    public func attempts(_ filter: ReportFilter = ReportFilter(), detail: ReportDetail = .full) throws
        -> [AttemptRecord]
    {
        var reader = ReportReader(filter: filter, detail: detail)
        return try read { db in try reader.read(db) }
    }

    /// Calls `body` with each attempt that matches `filter`, oldest first (latest first with
    /// `newestFirst`), with its turns, one attempt at a time (what ``attempts(_:detail:)``
    /// returns, without holding them all).
    public func forEachAttempt(
        _ filter: ReportFilter = ReportFilter(), detail: ReportDetail = .full, newestFirst: Bool = false,
        _ body: (AttemptRecord) throws -> Void
    ) throws {
        var reader = ReportReader(filter: filter, detail: detail)
        reader.newestFirst = newestFirst
        try read { db in try reader.stream(db, body) }
    }

    /// The numbers of the table report for the attempts that match `filter`, counted while
    /// streaming the turns instead of loading them: see ``SummaryReader``.
    public func summary(_ filter: ReportFilter = ReportFilter(), catalog: TechniqueCatalog = .rubric) throws
        -> ReportSummary
    {
        try read { db in try SummaryReader(filter: filter, catalog: catalog).read(db) }
    }

    /// The number of attempts and of recorded turns in the database.
    public func counts() throws -> (attempts: Int, turns: Int) {
        try read { db in
            (try db.count("SELECT count(*) FROM attempt"), try db.count("SELECT count(*) FROM turn"))
        }
    }
}
