import Foundation

/// Where a recorded attempt's story goes when its replies are read with a trainer's verdicts
/// instead of the grader's: found by ``RouteReplay`` when the trainer records a review, and
/// kept with the review that decided it (`turnReview.reroute`).
///
/// The story is replayed from the scenario's first node with each recorded reply's verdicts as
/// the trainer left them, and ``turn`` is the first turn whose branch (or mood boiling over)
/// leads somewhere else than the rep was taken. From there the rep never played: ``node`` is
/// where the story would have gone, and ``ending`` the ending it reached at once (an end node,
/// or the client boiling over), nil when that node waits for a reply the rep never gave.
public struct Reroute: Sendable, Hashable, Codable {
    /// The 0-based index of the turn at which the story leaves the path the rep played.
    public var turn: Int
    /// The node the story goes to there on the trainer's verdicts; nil when the client boils
    /// over and the scenario has no `on_boil` node.
    public var node: String?
    /// The ending reached at once, or nil when the story would go on at ``node``.
    public var ending: Ending?
    /// The content hash of the scenario file that was replayed.
    public var contentHash: String
    /// `true` when the end node reached at once is marked `breach: true`; nil otherwise (and in
    /// reroutes recorded before endings could be breaches).
    public var breach: Bool?

    public init(turn: Int, node: String?, ending: Ending?, contentHash: String, breach: Bool? = nil) {
        self.turn = turn
        self.node = node
        self.ending = ending
        self.contentHash = contentHash
        self.breach = breach
    }

    /// `turn 2 goes to calm-down, not played` or `turn 2 ends resolved`.
    public var text: String {
        let step = "turn \(turn + 1)"
        if let ending { return "\(step) ends \(ending.rawValue)" }
        return "\(step) goes to \(node ?? "?"), not played"
    }
}

/// A trainer's re-mark of an attempt: the ``Reroute`` their verdicts make and the review that
/// carries it (who, when, the note), which is the last review with verdicts at or before the
/// turn where the story leaves the played path.
public struct Remark: Sendable, Hashable {
    public var reroute: Reroute
    /// The reviewed turn (0-based) that carries the re-mark.
    public var reviewTurn: Int
    public var reviewer: String
    public var reviewed: Date
    public var note: String?
    /// The ending the story reached in play.
    public var playedEnding: Ending?

    public init(
        reroute: Reroute, reviewTurn: Int, reviewer: String, reviewed: Date, note: String?,
        playedEnding: Ending?
    ) {
        self.reroute = reroute
        self.reviewTurn = reviewTurn
        self.reviewer = reviewer
        self.reviewed = reviewed
        self.note = note
        self.playedEnding = playedEnding
    }

    /// `trainer Kim: turn 2 goes to calm-down, not played`.
    public var text: String { "trainer \(reviewer): \(reroute.text)" }

    /// ``account(_:was:now:reviewedTurn:reviewed:note:)`` of this re-mark, the ending its
    /// reroute reaches counted now.
    public var fullText: String {
        Self.account(
            text, was: playedEnding, now: reroute.ending, reviewedTurn: reviewTurn + 1, reviewed: reviewed,
            note: note)
    }

    /// The re-mark in full on one line, for the reports that show it as text (CSV's `remark`,
    /// the table's drill runs): what the replay found, the ending played and the one that
    /// counts now, which review carries it, when, and the note:
    /// `trainer Kim: turn 1 goes to plan, not played (was lost; now no ending counted) · turn 1
    /// reviewed 2026-12-05T10:02:00Z · "explains, then owns it"`.
    public static func account(
        _ text: String, was: Ending?, now: Ending?, reviewedTurn: Int, reviewed: Date, note: String?
    ) -> String {
        let counted = now?.rawValue ?? "no ending counted"
        let noted = note.map { " · \"\($0)\"" } ?? ""
        return "\(text) (was \(was?.rawValue ?? "?"); now \(counted)) · turn \(reviewedTurn) reviewed "
            + ReportDates.iso8601(reviewed) + noted
    }
}

extension AttemptRecord {
    /// The ending that counts for the score's lost-ending cap and for a drill's `fail_on`:
    /// ``ending``, except that a re-mark whose story goes on at a node the rep never answered
    /// leaves none (the attempt still counts as played to its end).
    public var countedEnding: Ending? {
        guard let remark else { return ending }
        return remark.reroute.ending
    }

    /// ``Remark/fullText`` of this attempt's re-mark (its reroute's ending is the one that
    /// counts, ``countedEnding``); nil when it has none.
    public var remarkAccount: String? { remark?.fullText }

    /// The ending the story reached in play, when a trainer's review changed the ending that
    /// counts (a confirmed breach, ``breach``, or a re-mark, ``remark``); nil otherwise.
    public var reviewedEnding: Ending? {
        if breach != nil { return gradedEnding }
        return remark.map { $0.playedEnding ?? ending } ?? nil
    }

    /// The re-mark the reviews of this attempt carry: the first (by turn) reviewed turn with a
    /// ``TurnReview/reroute``; nil when none, or when a confirmed breach ends it `lost`.
    var reviewedRemark: Remark? {
        guard confirmedBreach == nil else { return nil }
        for record in turns.sorted(by: { $0.index < $1.index }) {
            guard let review = record.review, let reroute = review.reroute else { continue }
            return Remark(
                reroute: reroute, reviewTurn: record.index, reviewer: review.reviewer,
                reviewed: review.reviewed, note: review.note, playedEnding: gradedEnding ?? ending)
        }
        return nil
    }

    /// This attempt as the grader left it: every turn with the grader's verdicts, no review.
    public var asGraded: AttemptRecord {
        var attempt = self
        for position in attempt.turns.indices {
            if let graded = attempt.turns[position].graded { attempt.turns[position].turn = graded }
            attempt.turns[position].graded = nil
            attempt.turns[position].review = nil
        }
        if let gradedEnding = attempt.gradedEnding { attempt.ending = gradedEnding }
        if let gradedScore = attempt.gradedScore, attempt.finalScore != nil {
            attempt.finalScore = gradedScore
        }
        attempt.gradedEnding = nil
        attempt.gradedScore = nil
        attempt.breach = nil
        attempt.remark = nil
        return attempt
    }
}
