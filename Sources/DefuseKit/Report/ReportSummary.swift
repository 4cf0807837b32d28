import Foundation

/// The numbers behind the table and HTML reports: per rep, per scenario, per technique.
///
/// Score statistics (mean, best, trend) count finished attempts only: an abandoned attempt was
/// never played to its end, so it is counted as abandoned but does not pull a mean down or up.
public struct ReportSummary: Sendable {
    /// One group of attempts: a rep, or a scenario.
    public struct Group: Sendable {
        /// The rep's name or the scenario id.
        public var name: String
        /// The rep's cohort in their latest attempt (reps only).
        public var cohort: String?
        public var attempts: Int
        public var abandoned: Int
        /// Scores of the finished attempts, oldest first.
        public var scores: [Int]
        /// Technique mastery over the group's turns.
        public var mastery: TechniqueMastery

        /// The mean score of finished attempts, rounded; nil when none finished.
        public var mean: Int? {
            scores.isEmpty ? nil : Int((Double(scores.reduce(0, +)) / Double(scores.count)).rounded())
        }
        public var best: Int? { scores.max() }
        public var last: Int? { scores.last }
    }

    public var attempts: Int
    public var reps: [Group]
    public var scenarios: [Group]
    /// Mastery over every turn in the report.
    public var mastery: TechniqueMastery
    /// The first and last start dates.
    public var span: ClosedRange<Date>?
    /// The turns trainers reviewed, oldest attempt first.
    public var reviews: [ReviewEntry]

    public init(_ records: [AttemptRecord], catalog: TechniqueCatalog = .rubric) {
        // By start; attempts that started together keep the order they were given in (the store's).
        let ordered = records.enumerated().sorted {
            ($0.element.started, $0.offset) < ($1.element.started, $1.offset)
        }
        var builder = Builder(catalog: catalog)
        for (_, attempt) in ordered { builder.add(attempt) }
        self = builder.summary
    }

    /// A summary made of its parts (see ``Builder``).
    init(
        attempts: Int, reps: [Group], scenarios: [Group], mastery: TechniqueMastery, span: ClosedRange<Date>?,
        reviews: [ReviewEntry]
    ) {
        self.attempts = attempts
        self.reps = reps
        self.scenarios = scenarios
        self.mastery = mastery
        self.span = span
        self.reviews = reviews
    }

    /// Reps of `cohort` (nil: reps without one) ranked by mean score, then best score, then name;
    /// reps without a finished attempt come last.
    public func leaderboard(cohort: String?) -> [Group] {
        reps.filter { $0.cohort == cohort }.sorted { a, b in
            if (a.mean ?? -1) != (b.mean ?? -1) { return (a.mean ?? -1) > (b.mean ?? -1) }
            if (a.best ?? -1) != (b.best ?? -1) { return (a.best ?? -1) > (b.best ?? -1) }
            return a.name < b.name
        }
    }

    /// The cohorts present, named ones alphabetically, then nil when some rep has none.
    public var cohorts: [String?] {
        let named = Set(reps.compactMap(\.cohort)).sorted().map { Optional($0) }
        return named + (reps.contains { $0.cohort == nil } ? [nil] : [])
    }
}
