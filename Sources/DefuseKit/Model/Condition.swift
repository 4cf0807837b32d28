/// When a branch is taken. Every key that is set must hold.
public struct Condition: Sendable, Hashable {
    /// Every listed technique was detected in this reply.
    public var met: [String]?
    /// None of the listed techniques was detected.
    public var missed: [String]?
    /// At least one listed violation was detected.
    public var violated: [String]?
    /// None of the listed violations was detected.
    public var avoided: [String]?
    /// Every expected technique met and no avoided violation detected (`true`), or not (`false`).
    public var passed: Bool?
    /// The turn score is at least this (0…1).
    public var scoreAtLeast: Double?
    /// The client's mood before this turn's change is at least this.
    public var moodAtLeast: Int?
    /// The client's mood before this turn's change is below this.
    public var moodBelow: Int?
    /// The reply names at least one of these weekdays (lower case: `friday`), as
    /// ``NamedDays`` reads them: a rep who already said when is not asked the day again.
    public var namesDay: [String]?
    /// The reply names at least one of these whole numbers (``NamedNumbers``): "35", "35%",
    /// "thirty-five".
    public var namesNumber: [Int]?

    public init(
        met: [String]? = nil, missed: [String]? = nil, violated: [String]? = nil,
        avoided: [String]? = nil, passed: Bool? = nil, scoreAtLeast: Double? = nil,
        moodAtLeast: Int? = nil, moodBelow: Int? = nil, namesDay: [String]? = nil,
        namesNumber: [Int]? = nil
    ) {
        self.met = met
        self.missed = missed
        self.violated = violated
        self.avoided = avoided
        self.passed = passed
        self.scoreAtLeast = scoreAtLeast
        self.moodAtLeast = moodAtLeast
        self.moodBelow = moodBelow
        self.namesDay = namesDay
        self.namesNumber = namesNumber
    }

    /// What a condition is checked against: one graded turn.
    public struct Facts: Sendable {
        /// Every technique and violation id detected in the reply.
        public var detected: Set<String>
        /// Whether every expected technique was met and no avoided violation detected.
        public var passed: Bool
        /// The turn score, 0…1.
        public var score: Double
        /// The client's mood before this turn's change.
        public var mood: Int
        /// The weekdays the reply names (``NamedDays``), in lower case.
        public var days: Set<String>
        /// The whole numbers the reply names (``NamedNumbers``).
        public var numbers: Set<Int>

        public init(
            detected: Set<String>, passed: Bool, score: Double, mood: Int, days: Set<String> = [],
            numbers: Set<Int> = []
        ) {
            self.detected = detected
            self.passed = passed
            self.score = score
            self.mood = mood
            self.days = days
            self.numbers = numbers
        }
    }

    /// Whether every key of the condition holds for `facts`.
    public func holds(for facts: Facts) -> Bool {
        if let met, !met.allSatisfy(facts.detected.contains) { return false }
        if let missed, missed.contains(where: facts.detected.contains) { return false }
        if let violated, !violated.contains(where: facts.detected.contains) { return false }
        if let avoided, avoided.contains(where: facts.detected.contains) { return false }
        if let passed, passed != facts.passed { return false }
        if let scoreAtLeast, facts.score < scoreAtLeast - 1e-9 { return false }
        if let moodAtLeast, facts.mood < moodAtLeast { return false }
        if let moodBelow, facts.mood >= moodBelow { return false }
        if let namesDay, !namesDay.contains(where: facts.days.contains) { return false }
        if let namesNumber, !namesNumber.contains(where: facts.numbers.contains) { return false }
        return true
    }

    /// Every technique or violation id the condition names.
    public var techniqueIDs: [String] {
        (met ?? []) + (missed ?? []) + (violated ?? []) + (avoided ?? [])
    }
}
