/// How a trainer's verdicts change what a recorded turn shows: the techniques present, the
/// expected ones met and missed, the violations that cost points and the turn score, computed
/// by the scoring rules of `shared/spec/techniques.md` from the trainer's verdicts where the
/// trainer set one and the grader's elsewhere. The composite
/// `apology-ownership-prevention-thanks` follows its four parts. The story the rep played (path,
/// mood, branches) is not replayed: a review changes grades and scores, not what happened.
extension TurnRecord {
    /// This turn with `review` applied; ``graded`` keeps the grader's turn, unchanged.
    public func applying(_ review: TurnReview, catalog: TechniqueCatalog = .rubric) -> TurnRecord {
        let original = graded ?? turn
        var record = self
        record.review = review
        record.graded = original
        // A choice turn was not graded: a review of it can only hold a note.
        guard original.choice == nil, !review.verdicts.isEmpty else {
            record.restore(original)
            return record
        }
        var present = Set(original.detected)
        for (id, verdict) in review.verdicts where id != CompositeRule.id {
            if verdict.present { present.insert(id) } else { present.remove(id) }
        }
        if CompositeRule.parts.allSatisfy(present.contains) {
            present.insert(CompositeRule.id)
        } else {
            present.remove(CompositeRule.id)
        }
        let expected = original.met + original.missed
        let avoided = review.avoid + original.violations.filter { !review.avoid.contains($0) }
        let counted = avoided + original.avoided.filter { !avoided.contains($0) }
        var turn = original
        turn.detected = catalog.ids.filter(present.contains) + present.subtracting(catalog.ids).sorted()
        turn.met = expected.filter(present.contains)
        turn.missed = expected.filter { !present.contains($0) }
        turn.violations = avoided.filter(present.contains)
        turn.avoided = counted
        turn.evidence = original.evidence.filter { present.contains($0.key) }
        turn.score = Scoring.turnScore(
            met: turn.met.count, expected: expected.count, violations: turn.violations.count)
        // A turn that crosses a line scores 0 (``CrossedLine``, review13 finding 13): one of its
        // violations is a line wherever the node avoids it, or the grader's turn crossed one
        // (it scored under the formula) and the trainer cleared none of its violations.
        let formula = Scoring.turnScore(
            met: original.met.count, expected: expected.count, violations: original.violations.count)
        let graderCrossed = !original.violations.isEmpty && original.score < formula - 1e-9
        if turn.violations.contains(where: CrossedLine.ids.contains)
            || (graderCrossed && Set(original.violations).isSubset(of: turn.violations))
        {
            turn.score = 0
        }
        record.restore(turn)
        return record
    }

    /// Takes the graded fields of `turn`.
    private mutating func restore(_ turn: Turn) {
        self.turn.detected = turn.detected
        self.turn.met = turn.met
        self.turn.missed = turn.missed
        self.turn.violations = turn.violations
        self.turn.avoided = turn.avoided
        self.turn.evidence = turn.evidence
        self.turn.score = turn.score
    }
}

extension AttemptRecord {
    /// This attempt with the trainers' reviews applied to its turns, by 0-based turn index.
    /// The score of a finished attempt is computed again from the reviewed turn scores, and
    /// ``gradedScore`` keeps the grader's.
    public func applying(_ reviews: [Int: TurnReview], catalog: TechniqueCatalog = .rubric) -> AttemptRecord {
        guard !reviews.isEmpty else { return self }
        var attempt = self
        for position in attempt.turns.indices {
            if let review = reviews[attempt.turns[position].index] {
                attempt.turns[position] = attempt.turns[position].applying(review, catalog: catalog)
            }
        }
        return attempt.rescored(gradedScore: score)
    }

    /// This attempt, whose turns carry their reviews, with the score of a finished attempt
    /// computed from the reviewed turns and ``gradedScore`` set to `before` (the grader's).
    ///
    /// A trainer's verdict that confirms a compliance breach where the node avoids it
    /// (``confirmedBreach``) ends a finished attempt `lost`, as a breach (``breach``): its score
    /// takes the lost ending's cap, and ``gradedEnding`` keeps the ending the story reached.
    ///
    /// Otherwise a review that carries a ``Reroute`` re-marks a finished attempt (``remark``):
    /// a new way that ends at once gives that ending (``gradedEnding`` keeps the played one); one
    /// that goes on at a node never played leaves no ending to count (``countedEnding``), so
    /// neither the lost-ending cap nor a drill's `fail_on` applies.
    func rescored(gradedScore before: Int) -> AttemptRecord {
        guard isReviewed else { return self }
        var attempt = self
        if let breach = confirmedBreach, let ending = attempt.gradedEnding ?? attempt.ending {
            // A lost ending stays lost, and now counts as a breach for `fail_on: [breach]`.
            attempt.breach = breach
            if ending != .lost {
                attempt.gradedEnding = ending
                attempt.ending = .lost
            }
        } else if attempt.ended != nil, let remark = reviewedRemark {
            attempt.remark = remark
            if let ending = remark.reroute.ending, ending != remark.playedEnding {
                attempt.gradedEnding = remark.playedEnding
                attempt.ending = ending
            }
        }
        if attempt.finalScore != nil, !attempt.turns.isEmpty {
            attempt.finalScore = Scoring.scenarioScore(
                attempt.turns.map(\.score), ending: attempt.countedEnding, cap: attempt.countedScoreCap?.cap)
        }
        attempt.gradedScore = gradedScore ?? before
        return attempt
    }
}
