import Foundation
import GRDB

extension ResultStore {
    /// The attempts that match `filter`, oldest first (by start, then id), each with its turns
    /// in order. Attempts still running in another process read as abandoned.
    public func attempts(_ filter: ReportFilter = ReportFilter()) throws -> [AttemptRecord] {
        var request = AttemptRow.all()
        if let rep = filter.rep { request = request.filter(AttemptRow.Columns.rep == rep) }
        if let cohort = filter.cohort { request = request.filter(AttemptRow.Columns.cohort == cohort) }
        if let scenario = filter.scenario {
            request = request.filter(AttemptRow.Columns.scenario == scenario)
        }
        if let since = filter.since { request = request.filter(AttemptRow.Columns.started >= since) }
        let full = request.order(AttemptRow.Columns.started, AttemptRow.Columns.id)
            .including(all: AttemptRow.turns.order(TurnRow.Columns.index))
            .asRequest(of: AttemptWithTurns.self)
        return try read { db in try full.fetchAll(db).map(\.record) }
    }

    /// How well `rep` masters each technique, 0…1: see ``TechniqueMastery``. Techniques the
    /// rep was never asked for are absent. Used by `drill --focus weakest`.
    public func techniqueMastery(rep: String) throws -> [String: Double] {
        TechniqueMastery(try attempts(ReportFilter(rep: rep)).flatMap(\.turns)).shares
    }

    /// The number of attempts and of recorded turns in the database.
    public func counts() throws -> (attempts: Int, turns: Int) {
        try read { db in (try AttemptRow.fetchCount(db), try TurnRow.fetchCount(db)) }
    }
}
