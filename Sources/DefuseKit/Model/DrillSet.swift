/// A named, ordered list of scenarios played as one scored drill (`Scenarios/drills/*.yaml`).
public struct DrillSet: Sendable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String?
    /// Scenario ids, in the order they are played.
    public var scenarios: [String]
    public var file: String
    /// The drill score (0…100, unplayed scenarios counting 0) a run needs to pass: the file's
    /// `pass:`, else ``defaultPassMark``.
    public var passMark: Int
    /// Kinds of ending that fail the run whatever its score (the file's `fail_on:`, e.g.
    /// `[lost]` for a compliance drill, where one lost ending is one breach too many).
    public var failOn: [Ending]

    /// The pass mark of a set that gives none, and of drills not run from a set file.
    public static let defaultPassMark = 70

    public init(
        id: String, title: String, summary: String? = nil, scenarios: [String], file: String,
        passMark: Int = defaultPassMark, failOn: [Ending] = []
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.scenarios = scenarios
        self.file = file
        self.passMark = passMark
        self.failOn = failOn
    }
}
