import Foundation

/// Plays one scenario: an explicit state machine over its nodes.
///
/// The front end calls ``start()`` once, then ``respond(_:)`` with each line the rep types, and
/// renders the ``SessionEvent``s each call returns. The engine is deterministic: the same
/// replies always give the same path, turns and score.
///
/// Rules (from `shared/spec/scenario-format.md` and `techniques.md`): at a free-text node the
/// reply is graded, the first branch whose condition holds is taken, its mood change applied
/// (clamped to 0…10) and its reply said; at a choice node the rep answers with the choice's
/// number. When a positive change brings the mood to 10 the scenario ends `escalated`, or
/// goes to the `on_boil` node when there is one, unless the turn goes to a breach ending
/// (``takenBranch(at:facts:mood:in:)``).
public struct Session: Sendable {
    /// Where the session is.
    public enum State: Sendable, Hashable {
        case notStarted
        case awaitingReply(node: String)
        case awaitingChoice(node: String)
        case ended(outcome: Ending)
    }

    public let scenario: Scenario
    public private(set) var state: State = .notStarted
    /// The client's current mood, 0…10.
    public private(set) var mood: Int
    public private(set) var turns: [Turn] = []
    /// Node ids visited, in order.
    public private(set) var path: [String] = []
    private let grader: any ReplyAssessing
    private let catalog: TechniqueCatalog
    /// The session as it was before each turn, for ``retry()``.
    private var history: [Snapshot] = []

    private struct Snapshot: Sendable {
        var state: State
        var mood: Int
        var turns: Int
        var path: Int
    }

    public init(scenario: Scenario, grader: any ReplyAssessing, catalog: TechniqueCatalog = .rubric) {
        self.scenario = scenario
        self.grader = grader
        self.catalog = catalog
        self.mood = min(10, max(scenario.moodFloor, scenario.persona.mood))
    }

    /// The node the rep is answering, if any.
    public var currentNode: Node? {
        switch state {
        case .awaitingReply(let id), .awaitingChoice(let id): scenario.nodes[id]
        case .notStarted, .ended: nil
        }
    }

    public var isOver: Bool {
        if case .ended = state { return true }
        return false
    }

    /// The scenario score so far (0…100), capped by the end node's `score_cap` once it is reached.
    public var score: Int { Scoring.scenarioScore(turns.map(\.score), ending: ending, cap: scoreCap?.cap) }

    /// The `score_cap` of the end node reached, if it carries one; nil while the story goes on.
    /// A breach ending (``Node/breach``) caps the run at ``Scoring/breachEndingCap`` whatever
    /// its own cap: a rep who crossed a line never ranks above one who lost without crossing one
    /// (review25b B finding 9).
    public var scoreCap: ScoreCap? {
        guard isOver, let id = path.last else { return nil }
        let own = scenario.nodes[id]?.scoreCap
        if scenario.isBreachEnding(id) {
            return ScoreCap(ending: id, cap: min(own ?? Scoring.breachEndingCap, Scoring.breachEndingCap))
        }
        return own.map { ScoreCap(ending: id, cap: $0) }
    }

    /// How the session ended, or nil while it goes on.
    public var ending: Ending? {
        if case .ended(let outcome) = state { return outcome }
        return nil
    }

    /// The result so far; `abandoned` until the story ends.
    public var result: SessionResult {
        var outcome = "abandoned"
        var debrief: String?
        var account: EndingAccount?
        if case .ended(let ending) = state {
            outcome = ending.rawValue
            debrief = path.last.flatMap { scenario.nodes[$0]?.debrief }
            account = EndingAccount(
                ending: ending, turns: turns, catalog: catalog,
                graded: Set(scenario.nodes.values.flatMap(\.expect)))
        }
        let score = turns.isEmpty && isOver ? min(100, scoreCap?.cap ?? 100) : self.score
        var result = SessionResult(
            scenario: scenario.id, outcome: outcome, score: score, path: path,
            turns: turns.map {
                .init(node: $0.node, detected: $0.detected, score: $0.score, mood: $0.moodAfter)
            },
            debrief: debrief, account: account)
        result.breach = isOver && path.last.map(scenario.isBreachEnding) == true
        result.clearedAtCheck = Self.breachClearedAtCheck(turns, in: scenario, catalog: catalog)
        result.scoreCap = scoreCap
        return result
    }

    /// Opens the scenario: the intro and the first node.
    public mutating func start() -> [SessionEvent] {
        guard case .notStarted = state else { return [] }
        var events: [SessionEvent] = [
            .intro(title: scenario.title, persona: scenario.persona, summary: scenario.summary)
        ]
        enter(scenario.start, &events)
        return events
    }

    /// Takes one line from the rep.
    public mutating func respond(_ input: String) -> [SessionEvent] {
        switch state {
        case .awaitingReply(let id):
            guard let node = scenario.nodes[id] else { return [] }
            return reply(input, at: node)
        case .awaitingChoice(let id):
            guard let node = scenario.nodes[id] else { return [] }
            return choose(input, at: node)
        case .notStarted, .ended:
            return []
        }
    }

    /// Whether there is a turn to take back.
    public var canRetry: Bool { !history.isEmpty }

    /// Takes the last turn back: the rep answers the same node again, with the mood as it was.
    public mutating func retry() -> [SessionEvent] {
        guard let snapshot = history.popLast() else { return [] }
        state = snapshot.state
        mood = snapshot.mood
        turns.removeLast(turns.count - snapshot.turns)
        path.removeLast(path.count - snapshot.path)
        // What a taken-back check gave is no longer given.
        for index in turns.indices {
            turns[index].givenWhenAskedAgain = turns[index].givenWhenAskedAgain.filter {
                $0.value <= turns.count
            }
        }
        guard let node = currentNode else { return [] }
        var events: [SessionEvent] = []
        if let narrate = node.narrate { events.append(.narration(node: node.id, text: narrate)) }
        if let say = node.say { events.append(.clientLine(node: node.id, text: say)) }
        switch node.kind {
        case .choice: events.append(.awaitingChoice(node: node.id, choices: node.choices.map(\.text)))
        default: events.append(.awaitingReply(node: node.id, expect: node.expect, avoid: node.avoid))
        }
        return events
    }

    /// Starts the scenario over from its first node.
    public mutating func restart() -> [SessionEvent] {
        self = Session(scenario: scenario, grader: grader, catalog: catalog)
        return start()
    }

    /// Grades a reply as it would be graded at `node`, without moving the story.
    public func assess(_ reply: String, at node: Node) -> Assessment {
        var assessment = grader.assess(reply, client: node.say)
        // `fromle` is graded only at a reframe step; there, the restatement is the exercise,
        // so it never counts as agreeing with the insult.
        if node.kind == .reframe {
            assessment.detected.remove("agrees-with-insult")
        } else {
            assessment.detected.remove("fromle")
        }
        return assessment
    }

    /// The branch a graded turn would take at `node`: its index, or nil if none holds.
    public static func branchIndex(at node: Node, facts: Condition.Facts) -> Int? {
        node.next.firstIndex { $0.condition?.holds(for: facts) ?? true }
    }

    /// The branch a graded turn takes at `node` in `scenario`, the client at `mood` before it:
    /// the first that holds (or the last), except that when that one would boil the client over
    /// and a branch that holds names a detected violation (`violated:`) and goes to a breach
    /// ending (``Node/breach``), that branch is taken: a line crossed is not hidden behind the
    /// client boiling over (`on_boil`, or `escalated`).
    public static func takenBranch(
        at node: Node, facts: Condition.Facts, mood: Int, in scenario: Scenario
    ) -> Int? {
        guard let first = branchIndex(at: node, facts: facts) ?? node.next.indices.last else { return nil }
        let branch = node.next[first]
        let moodAfter = min(10, mood + branch.mood)
        guard scenario.boilsOver(change: branch.mood, to: moodAfter, goingTo: branch.goto) else {
            return first
        }
        return node.next.indices.first { index in
            let other = node.next[index]
            guard let condition = other.condition, condition.violated?.isEmpty == false else { return false }
            return condition.holds(for: facts) && scenario.isBreachEnding(other.goto)
        } ?? first
    }

    /// What `node`'s branch conditions are tested on for `reply`: the graded facts, and the days
    /// and numbers the reply names, read only where a branch asks for them (`names_day`,
    /// `names_number`). Shared by play and by ``RouteReplay``, so both choose the same branch.
    static func facts(
        of reply: String, at node: Node, detected: Set<String>, passed: Bool, score: Double, mood: Int
    ) -> Condition.Facts {
        let days = node.next.contains { $0.condition?.namesDay != nil } ? NamedDays.read(reply) : []
        let numbers =
            node.next.contains { $0.condition?.namesNumber != nil } ? NamedNumbers.read(reply) : []
        return Condition.Facts(
            detected: detected, passed: passed, score: score, mood: mood, days: days, numbers: numbers)
    }

    /// What one reply at `node` earns with the client at `mood`: the turn and the branch it
    /// takes. Shared by play and by `defuse test`, so both judge a reply identically.
    public func evaluate(_ reply: String, at node: Node, mood: Int) -> (turn: Turn, branch: Branch)? {
        let assessment = assess(reply, at: node)
        let earlier = shownEarlier(for: node.expect, at: node, detected: assessment.detected)
        let detected = assessment.detected.union(earlier.keys)
        let met = node.expect.filter(detected.contains)
        let missed = node.expect.filter { !detected.contains($0) }
        let violations = node.avoid.filter(detected.contains)
        let score = Scoring.turnScore(
            met: met.count, expected: node.expect.count, violations: violations.count)
        let facts = Self.facts(
            of: reply, at: node, detected: detected, passed: missed.isEmpty && violations.isEmpty,
            score: score, mood: mood)
        guard let index = Self.takenBranch(at: node, facts: facts, mood: mood, in: scenario) else {
            return nil
        }
        let branch = node.next[index]
        // A reply that crosses a line scores 0 (review13 finding 13); the branch was chosen on
        // the formula's score, as before.
        let crossed = CrossedLine.crossed(violations, branch: branch, in: scenario)
        // Review14 finding 2: an expected technique the branch taken credits (leaving counted as
        // the limit) is met, and the turn is scored with it; it is recorded as detected, so a
        // review keeps it unless a trainer says otherwise.
        let credited = Self.credited(by: branch, at: node, detected: detected)
        let creditedMet = node.expect.filter { detected.contains($0) || credited.contains($0) }
        let turn = Turn(
            node: node.id, reply: reply, choice: nil, detected: sortedIDs(detected.union(credited)),
            met: creditedMet, missed: node.expect.filter { !creditedMet.contains($0) },
            violations: violations, evidence: assessment.evidence,
            score: !crossed.isEmpty
                ? 0
                : credited.isEmpty
                    ? score
                    : Scoring.turnScore(
                        met: creditedMet.count, expected: node.expect.count, violations: violations.count),
            moodBefore: mood, moodAfter: clamp(mood + branch.mood), branch: index, avoided: node.avoid,
            quotes: assessment.quotes, spans: assessment.spans)
        var shown = turn
        shown.crossedLine = crossed
        // What was read in this reply stays `detected`; thanks or an apology given a turn early
        // count as met here, and the transcript says at which turn.
        shown.detected = sortedIDs(assessment.detected.union(credited))
        shown.shownEarlier = earlier
        shown.credited = node.expect.filter(credited.contains)
        shown.cause = StoryCause.of(shown, branch: branch, client: node.speaker ?? scenario.persona.name)
        return (shown, branch)
    }

    /// The expected techniques of `node` that `branch` credits (``Branch/credits``) and the reply
    /// (with what earlier replies carried, `detected`) did not show itself.
    static func credited(by branch: Branch, at node: Node, detected: Set<String>) -> Set<String> {
        Set(branch.credits.filter { node.expect.contains($0) && !detected.contains($0) })
    }

    /// Techniques of `expect` (``carriedTechniques``) this reply did not show but an earlier
    /// reply showed early, with the 1-based turn of that reply: it was said to the same person
    /// (the node's `speaker`) at a node that did not ask for it, and no node since has asked
    /// for it. A rep who thanked the nurse one turn early is not marked as missing thanks at
    /// the node that asks for it; a showing counts once, at the next node that expects it.
    /// Thanks met at an earlier node that asked for it counts too (``carriedAfterCredit``).
    func shownEarlier(for expect: [String], at node: Node, detected: Set<String>) -> [String: Int] {
        var earlier: [String: Int] = [:]
        for id in expect where Self.carriedTechniques.contains(id) && !detected.contains(id) {
            // A sorry that falls short now ("sorry if this messed up your night") is not made
            // whole by one said before (review43 R11 finding 12): the turn reads it as it is.
            if let undone = Self.undoneBy[id], detected.contains(undone) { continue }
            for index in turns.indices.reversed() {
                let turn = turns[index]
                let sameSpeaker = scenario.nodes[turn.node]?.speaker == node.speaker
                // Thanks credited at an earlier node that asked for it counts again (review12
                // finding 12): a rep who thanked her once is not told they missed it.
                if Self.carriedAfterCredit.contains(id), turn.met.contains(id), sameSpeaker {
                    earlier[id] = turn.shownEarlier[id] ?? index + 1
                    break
                }
                if turn.met.contains(id) || turn.missed.contains(id) { break }
                guard turn.detected.contains(id), sameSpeaker else { continue }
                earlier[id] = index + 1
                break
            }
        }
        return earlier
    }

    /// Techniques that, once shown in a run, count at a later node that expects them: a thank-you
    /// or an apology is said once, and a rep who said it a turn early has done it.
    public static let carriedTechniques: Set<String> = ["thanks", "apology"]

    /// Of ``carriedTechniques``, those a reply's own failed attempt keeps from carrying: an
    /// apology said early is not credited beside a `non-apology` in the reply that owes it.
    public static let undoneBy: [String: String] = ["apology": "non-apology"]

    /// Of ``carriedTechniques``, those that count at a later node even when an earlier node
    /// that asked for them already credited them: a thank-you said once stands ("shown at turn
    /// N"); an apology asked for again after the rep fell short is asked for again.
    public static let carriedAfterCredit: Set<String> = ["thanks"]

    private mutating func reply(_ input: String, at node: Node) -> [SessionEvent] {
        let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [.rejected("Type a reply to \(scenario.persona.name), or /help.")] }
        guard let (turn, branch) = evaluate(text, at: node, mood: mood) else { return [] }
        return advance(turn: turn, moodChange: branch.mood, reply: branch.reply, goto: branch.goto)
    }

    private mutating func choose(_ input: String, at node: Node) -> [SessionEvent] {
        let text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let number = Int(text), node.choices.indices.contains(number - 1) else {
            return [.rejected("Pick a line by its number, 1 to \(node.choices.count).")]
        }
        let choice = node.choices[number - 1]
        let catalogViolations = choice.credits.filter { catalog.kind(of: $0) == .violation }
        let afterMiss = Self.isCheckAfterMiss(node, after: turns.last, in: scenario)
        let goto = destination(of: choice, at: node)
        let crossed = CrossedLine.crossed(choice: choice, goingTo: goto, in: scenario, catalog: catalog)
        let score =
            crossed.isEmpty ? catalog.choiceScore(choice, among: node.choices, afterMiss: afterMiss) : 0
        var turn = Turn(
            node: node.id, reply: choice.text, choice: number, detected: choice.credits, met: [], missed: [],
            violations: catalogViolations, evidence: [:], score: score, moodBefore: mood,
            moodAfter: clamp(mood + choice.mood), branch: number - 1)
        turn.afterMiss = afterMiss
        turn.crossedLine = crossed
        return advance(turn: turn, moodChange: choice.mood, reply: nil, goto: goto)
    }

    /// Whether `node` is a check reached after a miss (review12 finding 11): a choice node
    /// entered from a typed reply (`previous`, the run's last turn) by a branch whose condition
    /// tests `violated:` or `missed:`, or by the default branch (no `if`) after a reply that
    /// fell short (missed a technique its node expected or showed a violation it avoids; the
    /// reply nothing reads, asked plainly). The check prints the right line beside the wrong
    /// ones, so picking it must not score like typing it
    /// (``TechniqueCatalog/choiceScore(_:among:afterMiss:)``). A check reached by a branch that
    /// tests only `met:` (or after a reply that passed), or from another check, scores as before.
    public static func isCheckAfterMiss(_ node: Node, after previous: Turn?, in scenario: Scenario) -> Bool {
        guard node.kind == .choice, let previous else { return false }
        return askedAgain(after: previous, into: node.id, in: scenario)
    }

    /// The branch a typed reply (`turn`, not a pick) took, when it led to `target`; nil for a
    /// pick, or a branch that went elsewhere. Shared by ``isCheckAfterMiss(_:after:in:)`` and
    /// ``breachClearedAtCheck(_:in:catalog:)``, which both ask how a check was entered.
    static func typedBranch(of turn: Turn, into target: String, in scenario: Scenario) -> Branch? {
        guard turn.choice == nil, let from = scenario.nodes[turn.node],
            from.next.indices.contains(turn.branch)
        else { return nil }
        let branch = from.next[turn.branch]
        return branch.goto == target ? branch : nil
    }

    /// The 1-based turn of the first typed reply in which a breach was read and that the check
    /// after it cleared (review12 finding 12(b)): the reply took a branch that tests
    /// `violated:` to a check, a violation it names was detected in the reply and is a breach
    /// (a compliance breach, or one that another branch of the node sends to a breach ending),
    /// and the line picked at the check credits no violation. A drill holds such a run for a
    /// trainer ("breach read, cleared at check"): the grader may have misread a compliant
    /// reply, or the rep may have meant it and picked the printed line. Nil when none.
    public static func breachClearedAtCheck(_ turns: [Turn], in scenario: Scenario, catalog: TechniqueCatalog)
        -> Int?
    {
        for index in turns.indices.dropFirst() {
            let read = turns[index - 1]
            let check = turns[index]
            guard check.choice != nil, let node = scenario.nodes[read.node],
                let tested = typedBranch(of: read, into: check.node, in: scenario)?.condition?.violated
            else { continue }
            let breaches = tested.filter { id in
                read.detected.contains(id)
                    && (ComplianceBreaches.ids.contains(id)
                        || node.next.contains { other in
                            other.condition?.violated?.contains(id) == true
                                && scenario.isBreachEnding(other.goto)
                        })
            }
            guard !breaches.isEmpty, !check.detected.contains(where: { catalog.kind(of: $0) == .violation })
            else {
                continue
            }
            return index
        }
        return nil
    }

    /// Whether the turn at `check` asked again for what the typed reply before it (`previous`)
    /// fell short of: it was reached from that reply by a branch that tests a miss (`missed:` or
    /// `violated:`), or by the default branch after a reply that did not pass, as
    /// ``isCheckAfterMiss(_:after:in:)`` reads a choice node; a typed check counts the same way.
    static func askedAgain(after previous: Turn, into check: String, in scenario: Scenario) -> Bool {
        guard let branch = typedBranch(of: previous, into: check, in: scenario) else { return false }
        return branch.testsMiss || (branch.condition == nil && !previous.passed)
    }

    /// Issue 13: after a check that asked again for what the reply before it missed, the
    /// techniques the check's turn gave (a line picked, or words typed, with no violation and no
    /// line crossed) are marked on both turns, so the transcript and the ending do not still
    /// call them missed. The score is unchanged.
    private mutating func markGivenWhenAskedAgain() {
        guard turns.count >= 2 else { return }
        let last = turns.count - 1
        let previous = turns[last - 1]
        let check = turns[last]
        guard !previous.missed.isEmpty, check.violations.isEmpty, check.crossedLine.isEmpty,
            Self.askedAgain(after: previous, into: check.node, in: scenario)
        else { return }
        let given = previous.missed.filter { check.detected.contains($0) && check.shownEarlier[$0] == nil }
        guard !given.isEmpty else { return }
        for id in given { turns[last - 1].givenWhenAskedAgain[id] = last + 1 }
        turns[last].givesMissed = given
    }

    /// Where a chosen line leads: its own `goto`, unless the node's `after_violations` applies
    /// (the line credits no violation and the run already holds that many turns with one).
    /// Then `after_silence`: such a line goes to its `goto` once the run holds that many silent
    /// replies (``isSilent(_:catalog:)``). A line that credits a violation keeps its own ending,
    /// and so does a line whose own ending is a breach (`breach: true`): a rep who slipped twice
    /// and then crosses the line is not moved to a softer ending that praises a late no
    /// (review15, finding 1).
    public func destination(of choice: Choice, at node: Node) -> String {
        Self.destination(
            of: choice, at: node, struck: turns.filter { !$0.violations.isEmpty }.count,
            silent: turns.filter { Self.isSilent($0, catalog: catalog) }.count, in: scenario,
            catalog: catalog)
    }

    /// ``destination(of:at:)`` for a run holding `struck` turns with a violation and `silent`
    /// silent replies; shared with ``RouteReplay``, which keeps the counts as it walks.
    static func destination(
        of choice: Choice, at node: Node, struck: Int, silent: Int, in scenario: Scenario,
        catalog: TechniqueCatalog
    ) -> String {
        guard !keepsOwnEnding(choice, in: scenario, catalog: catalog) else { return choice.goto }
        if let route = node.afterViolations, struck >= route.atLeast { return route.goto }
        if let route = node.afterSilence, silent >= route.atLeast { return route.goto }
        return choice.goto
    }

    /// Whether `choice` goes to its own `goto` whatever `after_violations` or `after_silence`
    /// says: it credits a violation, or its `goto` is a breach ending.
    static func keepsOwnEnding(_ choice: Choice, in scenario: Scenario, catalog: TechniqueCatalog) -> Bool {
        choice.credits.contains { catalog.kind(of: $0) == .violation } || scenario.isBreachEnding(choice.goto)
    }

    /// Whether `after_silence` counts `turn`: a typed reply (not a picked line) that met none of
    /// its node's expected techniques and showed no violation, avoided at the node or not. A reply
    /// with only a violation is not silence (it is counted by `after_violations`).
    public static func isSilent(_ turn: Turn, catalog: TechniqueCatalog) -> Bool {
        turn.choice == nil && turn.met.isEmpty && turn.violations.isEmpty
            && !turn.detected.contains { catalog.kind(of: $0) == .violation }
    }

    private mutating func advance(turn: Turn, moodChange: Int, reply: String?, goto: String) -> [SessionEvent]
    {
        history.append(Snapshot(state: state, mood: mood, turns: turns.count, path: path.count))
        turns.append(turn)
        markGivenWhenAskedAgain()
        var events: [SessionEvent] = [.graded(turns[turns.count - 1])]
        let before = mood
        mood = turn.moodAfter
        if mood != before { events.append(.moodChanged(from: before, to: mood, node: turn.node)) }
        if let reply { events.append(.clientReply(node: turn.node, text: reply)) }
        if scenario.boilsOver(change: moodChange, to: mood, goingTo: goto) {
            events.append(.boiledOver(goingTo: scenario.onBoil, node: turn.node))
            guard let onBoil = scenario.onBoil else {
                finish(.escalated, &events)
                return events
            }
            enter(onBoil, &events)
            return events
        }
        enter(goto, &events)
        return events
    }

    private mutating func enter(_ id: String, _ events: inout [SessionEvent]) {
        guard let node = scenario.nodes[id] else {
            finish(.lost, &events)
            return
        }
        path.append(id)
        if let narrate = node.narrate { events.append(.narration(node: id, text: narrate)) }
        if let say = node.say { events.append(.clientLine(node: id, text: say)) }
        switch node.kind {
        case .end:
            finish(node.ending ?? .lost, &events)
        case .choice:
            if let prompt = node.prompt { events.append(.instruction(prompt)) }
            state = .awaitingChoice(node: id)
            events.append(.awaitingChoice(node: id, choices: node.choices.map(\.text)))
        case .freeText, .reframe:
            if let prompt = node.prompt { events.append(.instruction(prompt)) }
            state = .awaitingReply(node: id)
            events.append(.awaitingReply(node: id, expect: node.expect, avoid: node.avoid))
        }
    }

    private mutating func finish(_ ending: Ending, _ events: inout [SessionEvent]) {
        state = .ended(outcome: ending)
        events.append(.ended(result))
    }

    /// Mood stays within the scenario's floor (`mood_floor`, default 0) and 10.
    private func clamp(_ value: Int) -> Int { min(10, max(scenario.moodFloor, value)) }

    /// Ids in rubric order first, then any others alphabetically, so output is stable.
    private func sortedIDs(_ ids: Set<String>) -> [String] {
        let order = catalog.ids
        return order.filter(ids.contains) + ids.subtracting(order).sorted()
    }
}
