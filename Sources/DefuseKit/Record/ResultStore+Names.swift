import Foundation

/// Reps and cohorts are one person or group whatever the case and spacing they were typed
/// with ("priya shah " and "Priya  Shah" are "Priya Shah"): a name is recorded, and filtered
/// on, as the first spelling the database holds for it.
extension ResultStore {
    /// Which name a spelling stands for.
    public enum NameKind: String, Sendable {
        case rep, cohort
    }

    /// `name` with surrounding spaces trimmed, inner runs of spaces made one, and lower-cased:
    /// two names with one key are one name.
    public static func nameKey(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// The first spelling recorded of `name` (by the earliest attempt), else `name` tidied
    /// (trimmed, inner spaces made one).
    public func firstSpelling(of name: String, as kind: NameKind) throws -> String {
        let tidy = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let key = Self.nameKey(name)
        let column = kind.rawValue
        let spellings = try read { db in
            try db.all(
                """
                SELECT \(column) AS name, MIN(started) AS first FROM attempt
                WHERE \(column) IS NOT NULL GROUP BY \(column) ORDER BY first
                """
            ) { $0.text(0) ?? "" }
        }
        for spelling in spellings where Self.nameKey(spelling) == key { return spelling }
        return tidy
    }
}

extension ReportFilter {
    /// The filter with its rep and cohort as the database first recorded them, so
    /// `--name "priya shah "` finds Priya Shah's attempts.
    public func spelledAsRecorded(in store: ResultStore) throws -> ReportFilter {
        var filter = self
        filter.rep = try rep.map { try store.firstSpelling(of: $0, as: .rep) }
        filter.cohort = try cohort.map { try store.firstSpelling(of: $0, as: .cohort) }
        return filter
    }
}
