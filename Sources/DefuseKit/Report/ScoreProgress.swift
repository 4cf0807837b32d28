import Foundation

/// The first, best and latest finished score of a rep (or of a rep in one scenario), each with
/// the date it was played: what a manager asks first ("where did they start, how far did they
/// get, where are they now"). Built one attempt at a time, oldest first, in constant memory.
/// Abandoned attempts are counted but give no score, as everywhere in the reports.
public struct ScoreProgress: Sendable, Hashable {
    /// One score and the start of the attempt that earned it.
    public struct Mark: Sendable, Hashable {
        public var score: Int
        public var date: Date
    }

    /// The oldest finished attempt's score.
    public private(set) var first: Mark?
    /// The highest score (the earliest attempt that reached it).
    public private(set) var best: Mark?
    /// The newest finished attempt's score.
    public private(set) var latest: Mark?
    public private(set) var finished = 0
    public private(set) var abandoned = 0

    public init() {}

    /// Counts `attempt`; attempts must come oldest first.
    public mutating func add(_ attempt: AttemptRecord) {
        guard !attempt.isAbandoned else {
            abandoned += 1
            return
        }
        finished += 1
        let mark = Mark(score: attempt.score, date: attempt.started)
        if first == nil { first = mark }
        if mark.score > best?.score ?? -1 { best = mark }
        latest = mark
    }

    /// Latest minus first; nil without a finished attempt.
    public var change: Int? {
        guard let first, let latest else { return nil }
        return latest.score - first.score
    }
}
