import ArgumentParser
import DefuseKit
import Foundation

/// Records one change to a turn's review and says what it did: used by
/// `defuse review ATTEMPT --turn N …` and by the interactive walk.
struct ReviewRecorder {
    let store: ResultStore
    let nodes: ReviewNodes
    let catalog: TechniqueCatalog

    /// A request the trainer must fix: printed as an error, exit 64.
    struct Refusal: Error {
        var message: String
    }

    /// Applies `change` to turn `turn` (from 1) of `attempt` and prints the result; a request
    /// that names a turn or an id that does not exist is refused with exit 64.
    func record(_ change: ReviewChange, turn: Int, attempt: UUID, by reviewer: String) throws {
        do {
            let (before, after, replay) = try apply(change, turn: turn, attempt: attempt, by: reviewer)
            Terminal.write(
                Sanitizer.text(Self.summary(before: before, after: after, turn: turn, replay: replay)))
        } catch let refusal as Refusal {
            Terminal.error(refusal.message)
            throw ExitCode(Sysexits.usage)
        }
    }

    /// Applies `change` and returns the attempt before and after it, and the replay of its story
    /// with the trainer's verdicts (``RouteReplay``; nil when the attempt was abandoned or its
    /// scenario is not in the library). The review and the reroute it makes, if any, are saved
    /// in one transaction.
    func apply(_ change: ReviewChange, turn: Int, attempt id: UUID, by reviewer: String) throws
        -> (AttemptRecord, AttemptRecord, RouteReplay.Result?)
    {
        guard let before = try store.attempt(id: id, catalog: catalog) else {
            throw StoreError.unknownAttempt(id)
        }
        let name = "attempt \(AttemptID.text(id).prefix(8))"
        guard before.turns.indices.contains(turn - 1) else {
            throw Refusal(
                message: "\(name) has \(before.turns.count) turn\(before.turns.count == 1 ? "" : "s"); "
                    + "there is no turn \(turn) (--turn)")
        }
        let record = before.turns[turn - 1]
        if let choice = record.choice, !change.verdicts.isEmpty {
            throw Refusal(
                message: "turn \(turn) of \(name) was a choice (line \(choice)): nothing was graded there, "
                    + "so there is no verdict to set (--note still works)")
        }
        for id in Array(change.verdicts.keys) + change.clear {
            try check(id)
        }
        let avoid =
            nodes.node(before.scenario, record.node)?.avoid ?? record.review?.avoid
            ?? (record.graded ?? record.turn).violations
        let review = change.applied(to: record.review, by: reviewer, at: Date(), avoid: avoid)
        var reviews = Dictionary(
            before.turns.compactMap { turn in turn.review.map { (turn.index, $0) } },
            uniquingKeysWith: { first, _ in first })
        reviews[record.index] = review
        let (reroutes, replay) = RouteReplay.reroutes(
            before, reviews: reviews, scenario: nodes.scenario(before.scenario), catalog: catalog)
        try store.saveReview(review, turn: record.index, attempt: id, reroutes: reroutes)
        guard let after = try store.attempt(id: id, catalog: catalog) else {
            throw StoreError.unknownAttempt(id)
        }
        return (before, after, replay)
    }

    /// Refuses an id the catalog does not know, and the composite, which follows its parts.
    private func check(_ id: String) throws {
        if id == "apology-ownership-prevention-thanks" {
            throw Refusal(
                message: "'\(id)' is present exactly when its four parts are: set apology, ownership, "
                    + "prevention or thanks instead (--set)")
        }
        guard catalog.contains(id) else {
            let hint = Suggestion.closest(to: id, among: catalog.ids).map { "; did you mean '\($0)'?" } ?? ""
            throw Refusal(message: "unknown technique or violation '\(id)' (--set)\(hint)")
        }
    }

    /// What the change did, in a few lines.
    static func summary(
        before: AttemptRecord, after: AttemptRecord, turn: Int, replay: RouteReplay.Result? = nil
    ) -> String {
        let old = before.turns[turn - 1]
        let new = after.turns[turn - 1]
        let name =
            "turn \(turn) of attempt \(AttemptID.text(after.id).prefix(8)) (\(after.rep), \(after.scenario))"
        var out: String
        if let review = new.review {
            out = "Reviewed \(name) by \(review.reviewer)\n"
            let graded = Set((new.graded ?? new.turn).detected)
            for (id, present) in review.overrides.sorted(by: { $0.key < $1.key }) {
                out +=
                    "  \(id): \(present ? "present" : "absent") (grader: \(graded.contains(id) ? "present" : "absent"))\n"
            }
            if let note = review.note { out += "  note: \(note)\n" }
        } else {
            out = "Review of \(name) cleared: the grader's verdicts hold\n"
        }
        out += "  turn score: \(percent(old.score)) → \(percent(new.score)); "
        out += "attempt score: \(before.score) → \(after.score)\n"
        if before.outcome != after.outcome || before.breach != after.breach {
            out += "  attempt: \(before.outcome) \(before.score) → \(after.outcome) \(after.score)"
            if let breach = after.breach {
                out += " (\(breach.text))\n"
            } else if let breach = before.breach {
                out += " (\(breach.violation) on turn \(breach.turn) no longer confirmed)\n"
            } else {
                out += "\n"
            }
        }
        return out + story(before: before, after: after, replay: replay)
    }

    /// What the replay with the trainer's verdicts says of the story, for a finished attempt:
    /// `story: re-marked: trainer Kim: turn 2 goes to calm-down, not played (was lost)`, that
    /// the path is unchanged, or why it was not replayed.
    static func story(before: AttemptRecord, after: AttemptRecord, replay: RouteReplay.Result?) -> String {
        guard after.ended != nil, after.breach == nil else { return "" }
        let played = (after.remark?.playedEnding ?? after.gradedEnding ?? after.ending)?.rawValue ?? "?"
        if let remark = after.remark {
            let counted = after.countedEnding?.rawValue ?? "no ending counted"
            return "  story: re-marked, \(remark.text) (was \(played); now \(counted))\n"
        }
        switch replay {
        case .mismatch(let index):
            return
                "  story: not replayed: scenario \(after.scenario) no longer leads through turn \(index + 1) "
                + "as played; the ending (\(played)) stands\n"
        case nil:
            return
                "  story: not replayed: scenario \(after.scenario) is not in the library; the ending (\(played)) stands\n"
        case .samePath, .rerouted:
            let was = before.remark.map { " (re-mark \($0.reroute.text) taken back)" } ?? ""
            return "  story: the same path on the trainer's verdicts; the ending (\(played)) stands\(was)\n"
        }
    }

    static func percent(_ score: Double) -> String { "\(Int((score * 100).rounded()))%" }
}
