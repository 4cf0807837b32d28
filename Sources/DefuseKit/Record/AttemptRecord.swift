import Foundation

/// One attempt as the results store holds it, with its recorded turns in order.
///
/// An attempt that never reached an end (the rep pressed Ctrl-C, closed the terminal or the
/// process was killed) has no ``ended`` date and no ``ending``: its ``outcome`` is `abandoned`,
/// and its ``score`` is computed from the turns that were recorded.
public struct AttemptRecord: Sendable, Hashable, Identifiable {
    /// The attempt's stable id, the same in every store it is imported into.
    public var id: UUID
    public var rep: String
    public var cohort: String?
    public var scenario: String
    /// The content hash of the scenario file the attempt was played on.
    public var contentHash: String
    public var mode: AttemptMode
    public var drill: String?
    public var started: Date
    /// When the attempt reached an end; nil for an abandoned (or still running) attempt.
    public var ended: Date?
    /// The end kind reached; nil for an abandoned attempt.
    public var ending: Ending?
    /// Whether the end node reached is marked `breach: true` (a line crossed, not a customer
    /// lost), as played; see ``countedBreach`` for what a drill counts after a trainer's review.
    public var endedInBreach = false
    /// The 1-based turn of a reply in which a breach was read and that the check after it
    /// cleared (review12 finding 12(b), ``Session/breachClearedAtCheck(_:in:catalog:)``): the
    /// attempt reads "breach read, cleared at check", and a drill holds its pass until a trainer
    /// reviews that turn. Nil when none.
    public var clearedAtCheck: Int?
    /// The `score_cap` of the end node played, when it carries one (``ScoreCap``): the score,
    /// and the score computed again after a trainer's review, is at most its `cap`. Nil when
    /// the ending carries none.
    public var scoreCap: ScoreCap?
    /// The score stored by ``ResultStore/finish(attempt:outcome:score:ended:)``, or, when a
    /// trainer reviewed a turn, the score with the trainer's verdicts.
    public var finalScore: Int?
    public var turns: [TurnRecord]
    /// The score the grader gave, when a trainer's review changed it (see ``TurnReview``).
    public var gradedScore: Int?
    /// The end kind the story reached, when a trainer's verdict of a compliance breach made
    /// ``ending`` `lost` (see ``ReviewedBreach``); nil otherwise.
    public var gradedEnding: Ending?
    /// The trainer's verdict that made ``ending`` `lost`, when one did.
    public var breach: ReviewedBreach?
    /// A trainer's re-mark: the reviewed verdicts send the story off the path the rep played
    /// (see ``Remark``). When the new way ends at once, ``ending`` is that ending and
    /// ``gradedEnding`` the one played; when it goes on at a node the rep never answered,
    /// ``ending`` stays as played and ``countedEnding`` is nil.
    public var remark: Remark?

    public init(
        id: UUID, rep: String, cohort: String? = nil, scenario: String, contentHash: String = "",
        mode: AttemptMode, drill: String? = nil, started: Date, ended: Date? = nil, ending: Ending? = nil,
        finalScore: Int? = nil, turns: [TurnRecord] = []
    ) {
        self.id = id
        self.rep = rep
        self.cohort = cohort
        self.scenario = scenario
        self.contentHash = contentHash
        self.mode = mode
        self.drill = drill
        self.started = started
        self.ended = ended
        self.ending = ending
        self.finalScore = finalScore
        self.turns = turns
    }

    /// Whether the attempt never reached an end.
    public var isAbandoned: Bool { ending == nil }

    /// Whether a trainer reviewed any of its turns.
    public var isReviewed: Bool { turns.contains { $0.review != nil } }

    /// The end kind, or `abandoned`.
    public var outcome: String { ending?.rawValue ?? "abandoned" }

    /// Whether the ending that counts (``countedEnding``) is a breach: the end node a re-mark
    /// reaches is marked `breach: true`; else a trainer confirmed a compliance breach
    /// (``breach``); else the end node played is marked so (``endedInBreach``).
    public var countedBreach: Bool {
        if let remark { return remark.reroute.ending != nil && remark.reroute.breach == true }
        return breach != nil || (ending != nil && endedInBreach)
    }

    /// How the attempt came out for a drill's `fail_on:` (the ending that counts and whether it
    /// is a breach); nil when no ending counts.
    public var countedOutcome: DrillOutcome? {
        countedEnding.map { DrillOutcome($0, breach: countedBreach) }
    }

    /// 0…100: the stored final score, else the score of the recorded turns.
    public var score: Int {
        finalScore ?? Scoring.scenarioScore(turns.map(\.score), ending: ending, cap: countedScoreCap?.cap)
    }

    /// The cap that counts: the played ending's ``scoreCap``, unless a trainer's re-mark sends
    /// the story off the path played (``remark``), where the played ending no longer counts.
    public var countedScoreCap: ScoreCap? { remark == nil ? scoreCap : nil }

    /// `score capped at 60 by ending kept-to-yourself` when the ending's `score_cap` holds the
    /// score down: the replies (as reviewed) earned more than the cap; nil otherwise. Reports
    /// carry it beside the score.
    public var scoreCapText: String? {
        guard let scoreCap = countedScoreCap, let ending = countedEnding, score == scoreCap.cap else {
            return nil
        }
        let earned = Scoring.scenarioScore(turns.map(\.score), ending: ending)
        return turns.isEmpty || earned > scoreCap.cap ? scoreCap.text : nil
    }

    /// When the last thing happened: the end, else the last recorded reply, else the start.
    public var lastActivity: Date { ended ?? turns.map(\.recorded).max() ?? started }

    /// Seconds from the start to ``lastActivity``.
    public var duration: TimeInterval { max(0, lastActivity.timeIntervalSince(started)) }
}

/// One recorded reply of an attempt: the session's ``Turn``, where it stands in the attempt, when
/// it was committed, and a trainer's review if there is one.
///
/// The turn's fields (`node`, `reply`, `met`…) read and write through to ``turn``.
@dynamicMemberLookup
public struct TurnRecord: Sendable, Hashable {
    /// 0-based position in the attempt.
    public var index: Int
    /// The graded reply; when a trainer reviewed it, with the trainer's verdicts applied.
    public var turn: Turn
    /// When the reply was committed.
    public var recorded: Date
    /// A trainer's review of the reply; ``turn`` then carries the trainer's verdicts.
    public var review: TurnReview?
    /// The turn as the grader scored it, when a trainer's review is applied.
    public var graded: Turn?

    /// Builds the record of `turn` at `index`.
    public init(_ turn: Turn, index: Int, recorded: Date) {
        self.index = index
        self.turn = turn
        self.recorded = recorded
    }

    /// The turn's fields (`node`, `reply`, `choice`, `detected`, `evidence`, `met`, `missed`,
    /// `violations`, `score`, `moodBefore`, `moodAfter`, `branch`), read and written through.
    public subscript<Value>(dynamicMember field: WritableKeyPath<Turn, Value>) -> Value {
        get { turn[keyPath: field] }
        set { turn[keyPath: field] = newValue }
    }

    /// The turn's computed facts, such as `passed`.
    public subscript<Value>(dynamicMember fact: KeyPath<Turn, Value>) -> Value { turn[keyPath: fact] }

    /// Technique ids the node expected at this turn (met or missed).
    public var expected: [String] { turn.met + turn.missed }
}
