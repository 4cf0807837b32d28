/// A named, ordered list of scenarios played as one scored drill (`Scenarios/drills/*.yaml`).
public struct DrillSet: Sendable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String?
    /// Scenario ids, in the order they are played.
    public var scenarios: [String]
    public var file: String

    public init(id: String, title: String, summary: String? = nil, scenarios: [String], file: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.scenarios = scenarios
        self.file = file
    }
}
