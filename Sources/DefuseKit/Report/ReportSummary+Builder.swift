import Foundation

extension ReportSummary {
    /// Builds a ``ReportSummary`` one attempt at a time, oldest first, as the store streams
    /// them: it keeps the aggregates (per rep and per scenario: counts, finished scores, technique
    /// tallies; overall mastery, date span, reviewed turns), never the attempts or their turns.
    /// A report over hundreds of thousands of attempts is summarised in one pass in a few
    /// megabytes. New per-rep figures belong in ``Group`` and ``Group/add(_:catalog:)``.
    ///
    /// ```swift
    /// var builder = ReportSummary.Builder(catalog: catalog)
    /// try store.forEachAttempt(filter, detail: .tallies) { builder.add($0) }
    /// let summary = builder.summary
    /// ```
    public struct Builder: Sendable {
        let catalog: TechniqueCatalog
        private var count = 0
        private var reps: [String: Group] = [:]
        private var scenarios: [String: Group] = [:]
        private var mastery = TechniqueMastery([])
        private var span: ClosedRange<Date>?
        private var reviews: [ReviewEntry] = []

        public init(catalog: TechniqueCatalog = .rubric) { self.catalog = catalog }

        /// Counts `attempt`; attempts must come oldest first (the store's report order).
        public mutating func add(_ attempt: AttemptRecord) {
            count += 1
            reps[attempt.rep, default: Group(name: attempt.rep)].add(attempt, catalog: catalog)
            reps[attempt.rep]?.cohort = attempt.cohort
            scenarios[attempt.scenario, default: Group(name: attempt.scenario)].add(attempt, catalog: catalog)
            mastery.add(attempt, catalog: catalog)
            span =
                span.map { $0.lowerBound...max($0.upperBound, attempt.started) } ?? attempt
                .started...attempt.started
            reviews += attempt.reviewEntries
        }

        /// The summary of the attempts added so far; groups are in natural name order.
        public var summary: ReportSummary {
            func sorted(_ groups: [String: Group]) -> [Group] {
                groups.values.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
            }
            return ReportSummary(
                attempts: count, reps: sorted(reps), scenarios: sorted(scenarios), mastery: mastery,
                span: span,
                reviews: reviews)
        }
    }
}

extension ReportSummary.Group {
    init(name: String) {
        self.init(
            name: name, cohort: nil, attempts: 0, abandoned: 0, scores: [], mastery: TechniqueMastery([]))
    }

    /// Counts one more attempt of the group.
    mutating func add(_ attempt: AttemptRecord, catalog: TechniqueCatalog) {
        count(score: attempt.isAbandoned ? nil : attempt.score)
        mastery.add(attempt, catalog: catalog)
    }

    /// Counts one more attempt of the group, finished with `score` or abandoned (nil); its
    /// turns are tallied elsewhere.
    mutating func count(score: Int?) {
        attempts += 1
        if let score { scores.append(score) } else { abandoned += 1 }
    }
}
