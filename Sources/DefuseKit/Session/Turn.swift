/// One graded reply of a session: what the rep answered at which node, what was detected, the
/// turn score and how the client's mood moved.
public struct Turn: Sendable, Hashable, Codable {
    public var node: String
    /// The reply as typed, or the chosen line at a choice node.
    public var reply: String
    /// For a choice node, the 1-based number of the choice picked.
    public var choice: Int?
    /// Every technique and violation id detected (or credited by the choice).
    public var detected: [String]
    /// Expected techniques that were met / missed.
    public var met: [String]
    public var missed: [String]
    /// Violations present that cost points.
    public var violations: [String]
    /// The words that earned each detected id.
    public var evidence: [String: [String]]
    /// 0…1.
    public var score: Double
    public var moodBefore: Int
    public var moodAfter: Int
    /// The index of the branch (or choice) taken.
    public var branch: Int
    /// The violations the node said to avoid (empty at a choice node). Reports count a violation
    /// only at the turns that avoided it; a turn recorded before this was kept reads its
    /// ``violations`` here.
    public var avoided: [String] = []
    /// What a transcript shows for each detected id (``Assessment/quotes``); not recorded, and
    /// empty for a turn read back, whose ``evidence`` is shown instead.
    public var quotes: [String: [String]] = [:]
    /// Where each of ``evidence``'s words stand in the reply, in the same order: UTF-8 offsets,
    /// nil where the place is not known (evidence whose words occur twice and whose rule did
    /// not say which, or a turn recorded before spans were kept). Recorded with the turn.
    public var spans: [String: [Range<Int>?]] = [:]
    /// Expected techniques met because an earlier reply of the run showed them (thanks or an
    /// apology given a turn early, ``Session/carriedTechniques``), with the 1-based turn that
    /// showed each; they are in ``met`` but not in ``detected``. Not recorded.
    public var shownEarlier: [String: Int] = [:]
    /// Whether this is a line picked at a check reached after a miss
    /// (``Session/isCheckAfterMiss(_:after:in:)``): its score is capped at half, and the
    /// transcript and ending say it "chose the line offered after a miss". Not recorded; the
    /// capped score is.
    public var afterMiss = false
    /// Expected techniques met because the branch taken credits them (``Branch/credits``), not
    /// because the reply's words showed them: the transcript says so instead of quoting words.
    /// Not recorded; they are recorded in ``met`` and ``detected``.
    public var credited: [String] = []
    /// The violations of this turn that crossed a line (``CrossedLine``): when there are any,
    /// the turn scores 0 and what else it showed is not counted as shown in the run. Not
    /// recorded; the zero score is.
    public var crossedLine: [String] = []
    /// Why the story went the way it did after this reply, when a violation read in it decided
    /// the branch (``StoryCause``); nil otherwise. Not recorded.
    public var cause: StoryCause?
    /// Expected techniques this reply missed that the next turn gave when it asked again for
    /// them (a check reached after the miss, ``Session/askedAgain(after:into:in:)``), with the
    /// 1-based turn that gave each. They stay in ``missed``, which the score counts; the
    /// transcript and the ending say they came only when asked again. Not recorded.
    public var givenWhenAskedAgain: [String: Int] = [:]
    /// At a check that asked again, what the reply before it missed that this turn gave (the
    /// other side of ``givenWhenAskedAgain``). Not recorded.
    public var givesMissed: [String] = []

    /// ``missed`` less what the next turn gave when it asked again: what the run still counts as
    /// missed here.
    public var missedAfterAsking: [String] { missed.filter { givenWhenAskedAgain[$0] == nil } }
    /// Of ``missed``, what came only when the next turn asked again, in ``missed``'s order.
    public var missedThenGiven: [String] { missed.filter { givenWhenAskedAgain[$0] != nil } }
    /// The 1-based turn that gave ``missedThenGiven`` (a check gives them all at once); nil when none.
    public var askedAgainAt: Int? { missedThenGiven.first.flatMap { givenWhenAskedAgain[$0] } }

    /// The quotes to show for `id`: its widened ``quotes`` when there are any, else its evidence.
    public func shownEvidence(_ id: String) -> [String] {
        quotes[id].flatMap { $0.isEmpty ? nil : $0 } ?? evidence[id] ?? []
    }

    /// Whether every expected technique was met and no avoided violation detected.
    public var passed: Bool { missed.isEmpty && violations.isEmpty }
}

extension Turn {
    private enum CodingKeys: String, CodingKey {
        case node, reply, choice, detected, met, missed, violations, evidence, score, moodBefore, moodAfter
        case branch, avoided
    }

    /// Decodes a turn; one written before `avoided` was kept reads its `violations` there.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        let violations = try values.decode([String].self, forKey: .violations)
        self.init(
            node: try values.decode(String.self, forKey: .node),
            reply: try values.decode(String.self, forKey: .reply),
            choice: try values.decodeIfPresent(Int.self, forKey: .choice),
            detected: try values.decode([String].self, forKey: .detected),
            met: try values.decode([String].self, forKey: .met),
            missed: try values.decode([String].self, forKey: .missed), violations: violations,
            evidence: try values.decode([String: [String]].self, forKey: .evidence),
            score: try values.decode(Double.self, forKey: .score),
            moodBefore: try values.decode(Int.self, forKey: .moodBefore),
            moodAfter: try values.decode(Int.self, forKey: .moodAfter),
            branch: try values.decode(Int.self, forKey: .branch),
            avoided: try values.decodeIfPresent([String].self, forKey: .avoided) ?? violations)
    }
}

/// The scoring rules of `shared/spec/techniques.md`.
public enum Scoring {
    /// What a violation costs a turn.
    public static let violationPenalty = 0.25

    /// `met / expected − 0.25 × violations`, clamped to 0…1; a node expecting nothing starts at 1.
    public static func turnScore(met: Int, expected: Int, violations: Int) -> Double {
        let base = expected == 0 ? 1.0 : Double(met) / Double(expected)
        return min(1, max(0, base - violationPenalty * Double(violations)))
    }

    /// The mean of the turn scores × 100, rounded half up; 0 when there are no turns.
    public static func scenarioScore(_ turns: [Double]) -> Int {
        guard !turns.isEmpty else { return 0 }
        let mean = turns.reduce(0, +) / Double(turns.count)
        return Int((mean * 100 + 1e-9).rounded(.toNearestOrAwayFromZero))
    }

    /// The most a line picked at a check reached after a miss can score: the check prints the
    /// right line beside the wrong ones, so picking it shows half of what typing it would.
    public static let checkAfterMissCap = 0.5

    /// The most a run that ends `lost` can score: below the pass mark of every shipped drill
    /// set (70) and the ceiling of a weak rep's play-through (`score_at_most: 45`).
    public static let lostEndingCap = 40

    /// The most a run that ends on a breach (an end node with `breach: true`) can score: a line
    /// crossed scores nothing, as a turn that crosses one does, so reports never rank a breach
    /// above a loss with no line crossed (review25b B finding 9).
    public static let breachEndingCap = 0

    /// ``scenarioScore(_:)`` of a run that ended as `ending` (nil while it has not ended): a
    /// `lost` run scores at most ``lostEndingCap``, however well its earlier turns went, so that
    /// a polite breach after good turns never reads as a pass; and a run whose end node carries
    /// a `score_cap` scores at most `cap` (``ScoreCap``).
    public static func scenarioScore(_ turns: [Double], ending: Ending?, cap: Int? = nil) -> Int {
        let score = scenarioScore(turns)
        let capped = ending == .lost ? min(score, lostEndingCap) : score
        return cap.map { min(capped, max(0, $0)) } ?? capped
    }
}
