import Foundation

/// Which attempts ``ResultStore/attempts(_:)`` returns. Every criterion that is set must hold;
/// the default filter returns everything.
public struct ReportFilter: Sendable, Hashable {
    /// Only this rep's attempts (exact name).
    public var rep: String?
    /// Only attempts made in this cohort (exact name).
    public var cohort: String?
    /// Only attempts at this scenario id.
    public var scenario: String?
    /// Only attempts started at or after this instant.
    public var since: Date?
    /// Only attempts (and drill runs) of this drill set.
    public var drill: String?

    public init(
        rep: String? = nil, cohort: String? = nil, scenario: String? = nil, since: Date? = nil,
        drill: String? = nil
    ) {
        self.rep = rep
        self.cohort = cohort
        self.scenario = scenario
        self.since = since
        self.drill = drill
    }
}
