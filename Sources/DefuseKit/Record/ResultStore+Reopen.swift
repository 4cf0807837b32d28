import Foundation

extension ResultStore {
    /// Takes back the end of `attempt` (the rep retried the turn that ended it): its end date,
    /// outcome and score are cleared, so it reads as running (abandoned) until it ends again.
    public func reopen(attempt: UUID) throws {
        try write { db in
            let changed = try db.execute(
                "UPDATE attempt SET ended = NULL, outcome = NULL, score = NULL, breach = NULL, clearedAtCheck = NULL, "
                    + "scoreCap = NULL, scoreCapEnding = NULL WHERE uuid = ?",
                [AttemptID.text(attempt)])
            guard changed == 1 else { throw StoreError.unknownAttempt(attempt) }
        }
    }
}
