import Foundation
import GRDB

extension ResultStore {
    /// Takes back the end of `attempt` (the rep retried the turn that ended it): its end date,
    /// outcome and score are cleared, so it reads as running (abandoned) until it ends again.
    public func reopen(attempt: UUID) throws {
        try write { db in
            let changed = try AttemptRow.filter(AttemptRow.Columns.uuid == AttemptID.text(attempt)).updateAll(
                db, Column("ended").set(to: nil), Column("outcome").set(to: nil), Column("score").set(to: nil)
            )
            guard changed == 1 else { throw StoreError.unknownAttempt(attempt) }
        }
    }
}
