import Foundation

/// How an attempt was played: `practice` (hints, feedback after each turn) or `drill` (scored,
/// feedback at the end).
public enum AttemptMode: String, Sendable, Codable, CaseIterable {
    case practice
    case drill
}

/// What the results store records when a rep starts playing a scenario.
public struct AttemptStart: Sendable, Hashable {
    /// The rep's name, as given with `--name`.
    public var rep: String
    /// The rep's cohort (training group), if any.
    public var cohort: String?
    /// The scenario id.
    public var scenario: String
    /// ``Scenario/contentHash`` of the file the attempt was played on.
    public var contentHash: String
    public var mode: AttemptMode
    /// The drill set the attempt belongs to, if any.
    public var drill: String?
    public var started: Date

    public init(
        rep: String, cohort: String? = nil, scenario: String, contentHash: String, mode: AttemptMode,
        drill: String? = nil, started: Date = Date()
    ) {
        self.rep = rep
        self.cohort = cohort
        self.scenario = scenario
        self.contentHash = contentHash
        self.mode = mode
        self.drill = drill
        self.started = started
    }
}
