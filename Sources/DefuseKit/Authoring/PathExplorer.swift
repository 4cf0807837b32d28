/// Explores every way through a scenario without replies (`defuse test --walk`): every choice
/// and every branch that its conditions allow, with the mood tracked along the way. For each
/// reachable ending it reports the lowest and highest scenario score a path to it can earn, and
/// it lists nodes no path reaches.
///
/// A branch is taken as possible when some reply could satisfy its own condition at the current
/// mood; earlier branches that would catch such a reply first are not ruled out, so the ranges
/// are an honest outer bound. Paths never repeat a (node, mood) state and stop after
/// ``maximumTurns`` turns, and the walk stops after ``maximumSteps`` steps (every partial path
/// explored counts, finished or not), so neither loops nor a large graph without a reachable
/// end can run for long. When either limit cut the walk short, the report says so: a node it
/// did not reach may still be reachable.
public struct PathExplorer: Sendable {
    public struct EndingRange: Sendable, Hashable {
        /// The end node, or nil when the mood boiled over with no `on_boil` node.
        public var node: String?
        public var ending: Ending
        public var lowest: Int
        public var highest: Int
        public var paths: Int
    }

    public struct Report: Sendable {
        public var endings: [EndingRange]
        public var unreached: [String]
        public var paths: Int
        /// True when exploration stopped after ``maximumSteps`` steps.
        public var truncated: Bool
        /// True when some path was stopped at ``maximumTurns`` turns before it ended.
        public var turnCapped: Bool
        /// How many steps (partial paths) the walk explored.
        public var steps: Int

        /// Whether ``unreached`` lists only nodes no path can reach: false when a limit stopped
        /// some path, so a node missing from the walk may lie beyond it.
        public var isComplete: Bool { !truncated && !turnCapped }
    }

    public static let maximumTurns = 40
    /// The most steps a walk takes: each node entered on some path counts once.
    public static let maximumSteps = 200_000

    let scenario: Scenario
    let catalog: TechniqueCatalog

    public init(scenario: Scenario, catalog: TechniqueCatalog) {
        self.scenario = scenario
        self.catalog = catalog
    }

    private struct Walk {
        var visited: Set<String> = []
        var endings: [String: EndingRange] = [:]
        var paths = 0
        var steps = 0
        var truncated = false
        var turnCapped = false
    }

    public func explore() -> Report {
        var walk = Walk()
        var states = Set<String>()
        step(
            scenario.start, mood: scenario.persona.mood, entry: .clean, low: [], high: [], states: &states,
            walk: &walk)
        let unreached = scenario.nodeOrder.filter { !walk.visited.contains($0) }
        let endings = walk.endings.values.sorted {
            ($0.ending.rawValue, $0.node ?? "") < ($1.ending.rawValue, $1.node ?? "")
        }
        return Report(
            endings: endings, unreached: unreached, paths: walk.paths, truncated: walk.truncated,
            turnCapped: walk.turnCapped, steps: walk.steps)
    }

    /// How a check is entered, for its score (``Session/isCheckAfterMiss(_:after:in:)``): after a
    /// miss (a branch that tests `violated:` or `missed:`), cleanly, or either way (a branch with
    /// no condition, which a reply that fell short and one that passed can both take).
    enum Entry: String {
        case clean, miss, either
    }

    /// `entry`: how the node was entered (``Entry``).
    private func step(
        _ id: String, mood: Int, entry: Entry, low: [Double], high: [Double], states: inout Set<String>,
        walk: inout Walk
    ) {
        guard walk.steps < Self.maximumSteps else {
            walk.truncated = true
            return
        }
        walk.steps += 1
        guard let node = scenario.nodes[id] else { return }
        walk.visited.insert(id)
        if node.kind == .end {
            finish(node.id, node.ending ?? .lost, low: low, high: high, walk: &walk)
            return
        }
        let state = "\(id)@\(mood)\(node.kind == .choice ? entry.rawValue : "")"
        guard low.count < Self.maximumTurns else {
            walk.turnCapped = true
            return
        }
        guard !states.contains(state) else { return }
        states.insert(state)
        defer { states.remove(state) }
        for option in options(at: node, mood: mood, entry: entry) {
            let next = min(10, max(scenario.moodFloor, mood + option.mood))
            let lows = low + [option.range.lowerBound]
            let highs = high + [option.range.upperBound]
            // As in play: a branch to a breach ending ends there even when it boils the client over.
            if scenario.boilsOver(change: option.mood, to: next, goingTo: option.goto) {
                if let onBoil = scenario.onBoil {
                    step(
                        onBoil, mood: next, entry: onBoil == option.goto ? option.entry : .clean, low: lows,
                        high: highs, states: &states, walk: &walk)
                } else {
                    finish(nil, .escalated, low: lows, high: highs, walk: &walk)
                }
                continue
            }
            step(
                option.goto, mood: next, entry: option.entry, low: lows, high: highs, states: &states,
                walk: &walk)
        }
    }

    private func finish(_ node: String?, _ ending: Ending, low: [Double], high: [Double], walk: inout Walk) {
        walk.paths += 1
        let cap = node.flatMap { scenario.nodes[$0]?.scoreCap }
        let lowest = Scoring.scenarioScore(low, ending: ending, cap: cap)
        let highest = Scoring.scenarioScore(high, ending: ending, cap: cap)
        let key = "\(ending.rawValue)/\(node ?? "")"
        var range =
            walk.endings[key]
            ?? EndingRange(node: node, ending: ending, lowest: lowest, highest: highest, paths: 0)
        range.lowest = min(range.lowest, lowest)
        range.highest = max(range.highest, highest)
        range.paths += 1
        walk.endings[key] = range
    }

    /// `range` for a reply that takes `branch` at `node`, where a reply crossing a line scores 0
    /// (``CrossedLine``): 0 when every violation the branch needs (`violated:`) that the node
    /// avoids crosses one, and down to 0 when a reply taking it may show one.
    static func crossingLine(
        _ range: ClosedRange<Double>, branch: Branch, at node: Node, in scenario: Scenario
    ) -> ClosedRange<Double> {
        let lacking = Set(branch.condition?.missed ?? []).union(branch.condition?.avoided ?? [])
        let possible = node.avoid.filter { !lacking.contains($0) }
        let crossing = CrossedLine.crossed(possible, branch: branch, in: scenario)
        guard !crossing.isEmpty else { return range }
        if let needed = branch.condition?.violated?.filter(possible.contains), !needed.isEmpty,
            needed.allSatisfy(crossing.contains), needed.count == branch.condition?.violated?.count
        {
            return 0...0
        }
        return 0...range.upperBound
    }

    private struct Option {
        var goto: String
        var mood: Int
        var range: ClosedRange<Double>
        /// How the node it goes to is entered (``Entry``).
        var entry = Entry.clean
    }

    private func options(at node: Node, mood: Int, entry: Entry) -> [Option] {
        if node.kind == .choice {
            return node.choices.flatMap { choice in
                // A line that crosses a line (``CrossedLine``) scores 0.
                let crosses = !CrossedLine.crossed(
                    choice: choice, goingTo: choice.goto, in: scenario, catalog: catalog
                ).isEmpty
                let clean = crosses ? 0 : catalog.choiceScore(choice, among: node.choices, afterMiss: false)
                let missed = crosses ? 0 : catalog.choiceScore(choice, among: node.choices, afterMiss: true)
                let score: ClosedRange<Double> =
                    switch entry {
                    case .clean: clean...clean
                    case .miss: missed...missed
                    case .either: min(clean, missed)...max(clean, missed)
                    }
                var options = [Option(goto: choice.goto, mood: choice.mood, range: score)]
                // A clean line may take `after_violations` instead, on a run that earned it, or
                // `after_silence`, on a run of replies read as nothing; a line that credits a
                // violation or goes to a breach ending keeps its own (``Session``).
                guard !Session.keepsOwnEnding(choice, in: scenario, catalog: catalog) else { return options }
                for route in [node.afterViolations?.goto, node.afterSilence?.goto].compactMap(\.self) {
                    options.append(Option(goto: route, mood: choice.mood, range: score))
                }
                return options
            }
        }
        return node.next.compactMap { branch in
            guard
                var range = TurnScoreRange.possible(
                    for: branch.condition, at: node, mood: mood, credits: branch.credits)
            else {
                return nil
            }
            range = Self.crossingLine(range, branch: branch, at: node, in: scenario)
            let canFallShort = !node.expect.isEmpty || !node.avoid.isEmpty
            let entry: Entry =
                branch.testsMiss ? .miss : (branch.condition == nil && canFallShort ? .either : .clean)
            return Option(goto: branch.goto, mood: branch.mood, range: range, entry: entry)
        }
    }
}
