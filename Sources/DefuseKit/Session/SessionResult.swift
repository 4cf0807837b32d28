/// How a played scenario came out: the contract object of `defuse play --json`.
public struct SessionResult: Sendable, Hashable, Codable {
    /// One turn as the contract shows it.
    public struct TurnSummary: Sendable, Hashable, Codable {
        public var node: String
        public var detected: [String]
        /// The turn score, 0…1.
        public var score: Double
        /// The client's mood after the turn.
        public var mood: Int
    }

    public var scenario: String
    /// The end kind, or `abandoned`.
    public var outcome: String
    /// 0…100.
    public var score: Int
    /// Node ids visited, in order.
    public var path: [String]
    public var turns: [TurnSummary]
    /// The end node's debrief, if any: the authored lesson.
    public var debrief: String?
    /// What decided the ending in this run (nil until the story ends); not part of the JSON
    /// contract.
    public var account: EndingAccount?
    /// Whether the end node reached is marked `breach: true`: a line crossed, which a drill with
    /// `fail_on: [breach]` fails on; not part of the JSON contract.
    public var breach = false
    /// The 1-based turn of a reply in which a breach was read and that a check then cleared
    /// (``Session/breachClearedAtCheck(_:in:catalog:)``); nil when none. Not part of the JSON
    /// contract.
    public var clearedAtCheck: Int?
    /// The `score_cap` of the end node reached, when it carries one (``ScoreCap``): the score is
    /// at most its `cap`. Not part of the JSON contract.
    public var scoreCap: ScoreCap?

    enum CodingKeys: String, CodingKey {
        case scenario, outcome, score, path, turns
    }
}
