/// Replays a recorded attempt through its scenario twice, once with the grader's verdicts and
/// once with the trainer's, to tell whether a trainer's flipped verdict changes the story.
///
/// No reply is graded again: each turn's verdicts are read as recorded (the grader's) and as
/// reviewed (``TurnRecord/applying(_:catalog:)``), and the scenario's own rules choose the way
/// on: a free-text node's first branch whose condition holds (on the verdicts, whether the
/// turn passed, its score, the mood before it, and the days and numbers the reply names), a
/// choice's `goto` or its node's `after_violations`, and the client boiling over at 10. The
/// grader's replay must walk the nodes and branches that were recorded; when it does not, the
/// scenario file has changed in a way that matters and nothing is concluded (``Result/mismatch(turn:)``). Where the two
/// replays first go to different places, the story leaves the played path (a ``Reroute``);
/// when they never do, the flip did not matter and the ending stands.
public enum RouteReplay {
    public enum Result: Sendable, Hashable {
        /// The trainer's verdicts take the story along the path the rep played.
        case samePath
        /// The trainer's verdicts take the story elsewhere at ``Reroute/turn``.
        case rerouted(Reroute)
        /// The scenario does not lead through the recorded turns: at this 0-based turn the
        /// recorded node or branch is not the one it gives.
        case mismatch(turn: Int)
    }

    /// Replays `turns` (as reviewed, their grader's turn in ``TurnRecord/graded``) on `scenario`;
    /// `played` is the ending the story reached, which the grader's replay must reach too.
    public static func replay(
        _ turns: [TurnRecord], played: Ending?, scenario: Scenario, catalog: TechniqueCatalog = .rubric
    ) -> Result {
        var graded = Walker(scenario: scenario, catalog: catalog)
        var reviewed = Walker(scenario: scenario, catalog: catalog)
        var at: String? = scenario.start
        let ordered = turns.sorted(by: { $0.index < $1.index })
        for (position, record) in ordered.enumerated() {
            guard let id = at, id == record.node, let node = scenario.nodes[id] else {
                return .mismatch(turn: record.index)
            }
            let original = record.graded ?? record.turn
            guard let step = graded.step(original, at: node) else { return .mismatch(turn: record.index) }
            if original.choice == nil && step.branch != original.branch {
                return .mismatch(turn: record.index)
            }
            let last = position == ordered.count - 1
            if (last && played != nil && step.destination.ending != played)
                || (!last && step.destination.ending != nil)
            {
                return .mismatch(turn: record.index)
            }
            guard let other = reviewed.step(record.turn, at: node) else {
                return .mismatch(turn: record.index)
            }
            if other.destination != step.destination {
                return .rerouted(
                    Reroute(
                        turn: record.index, node: other.destination.node, ending: other.destination.ending,
                        contentHash: scenario.contentHash, breach: other.destination.breach ? true : nil))
            }
            if step.destination.ending != nil { break }
            at = step.destination.node
        }
        return .samePath
    }

    /// Where one turn leads: a node, and the ending when the story ends there at once.
    struct Destination: Hashable {
        var node: String?
        var ending: Ending?
        /// Whether ``ending`` is reached at an end node marked `breach: true`.
        var breach = false
    }

    /// The story's state in one replay: the mood and how many turns carried a violation.
    struct Walker {
        let scenario: Scenario
        let catalog: TechniqueCatalog
        var mood: Int
        var struck = 0
        var silent = 0

        init(scenario: Scenario, catalog: TechniqueCatalog) {
            self.scenario = scenario
            self.catalog = catalog
            mood = min(10, max(scenario.moodFloor, scenario.persona.mood))
        }

        /// Takes `turn` at `node` as ``Session`` would and returns the branch taken (a choice's
        /// index for a choice) and where it leads; nil when the node has no way on.
        mutating func step(_ turn: Turn, at node: Node) -> (branch: Int, destination: Destination)? {
            let index: Int
            let change: Int
            var goto: String
            if node.kind == .choice {
                guard let number = turn.choice, node.choices.indices.contains(number - 1) else { return nil }
                index = number - 1
                let choice = node.choices[index]
                change = choice.mood
                goto = Session.destination(
                    of: choice, at: node, struck: struck, silent: silent, in: scenario, catalog: catalog)
            } else {
                // The days and numbers a reply names are read from its words, as in play; the
                // score is the formula's, on which play chose the branch before a line crossed
                // set the turn's own to 0 (``CrossedLine``).
                let facts = Session.facts(
                    of: turn.reply, at: node, detected: Set(turn.detected).union(turn.met),
                    passed: turn.passed,
                    score: Scoring.turnScore(
                        met: turn.met.count, expected: turn.met.count + turn.missed.count,
                        violations: turn.violations.count),
                    mood: mood)
                guard let taken = Session.takenBranch(at: node, facts: facts, mood: mood, in: scenario) else {
                    return nil
                }
                index = taken
                change = node.next[taken].mood
                goto = node.next[taken].goto
            }
            struck += turn.violations.isEmpty ? 0 : 1
            silent += Session.isSilent(turn, catalog: catalog) ? 1 : 0
            mood = min(10, max(scenario.moodFloor, mood + change))
            if scenario.boilsOver(change: change, to: mood, goingTo: goto) {
                guard let onBoil = scenario.onBoil else {
                    return (index, Destination(node: nil, ending: .escalated))
                }
                goto = onBoil
            }
            guard let next = scenario.nodes[goto] else {
                return (index, Destination(node: goto, ending: .lost))
            }
            return (
                index,
                Destination(
                    node: goto, ending: next.kind == .end ? next.ending ?? .lost : nil,
                    breach: next.kind == .end && next.breach)
            )
        }
    }
}

extension RouteReplay {
    /// What `defuse review` stores with a change to an attempt's reviews: the replay of the
    /// finished `attempt` (read from the store, reviews applied) with `reviews` as they will be,
    /// and the reroute, if any, by the reviewed turn that decided it: the last turn at or before
    /// the one where the story leaves the played path whose review sets a verdict. An abandoned
    /// attempt, a scenario not in the library (nil) or one that no longer leads through the
    /// recorded turns gives no reroute, so a failure stands unless the replay shows otherwise.
    public static func reroutes(
        _ attempt: AttemptRecord, reviews: [Int: TurnReview], scenario: Scenario?,
        catalog: TechniqueCatalog = .rubric
    ) -> (reroutes: [Int: Reroute], result: Result?) {
        guard attempt.ended != nil, let scenario else { return ([:], nil) }
        let plain = reviews.mapValues { review -> TurnReview in
            var review = review
            review.reroute = nil
            return review
        }
        let graded = attempt.asGraded
        let reviewed = graded.applying(plain, catalog: catalog)
        let result = replay(reviewed.turns, played: graded.ending, scenario: scenario, catalog: catalog)
        guard case .rerouted(let reroute) = result,
            let deciding = plain.filter({ $0.key <= reroute.turn && !$0.value.verdicts.isEmpty }).keys.max()
        else { return ([:], result) }
        return ([deciding: reroute], result)
    }
}
