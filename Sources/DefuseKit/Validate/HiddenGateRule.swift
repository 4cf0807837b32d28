/// Warns about an ending decided by a technique the turn never asks for (review14, finding 6).
///
/// The scorecard shows a turn's `expect`; a rep who met all of it sees 100%. When a branch that
/// tests `met:` a technique the node does not expect leads to a better ending than the branch
/// the same reply takes without that technique, the story turns on something the turn never
/// showed the rep, and the debrief can only guess at the miss ("often the thanks").
///
/// For each such technique `T` in a branch's `met:`, the rule builds the reply that did
/// everything the node expects and everything else the branch asks, with and without `T`
/// (no violation, the mood the branch allows, the days and numbers it names). When the reply
/// with `T` takes this branch and the reply without it takes another, the rule warns if this
/// branch's best reachable ending is better (`resolved` over `exit` over `lost` or
/// `escalated`), or if both go straight to different end nodes and this one is `resolved` (a
/// renewal against a one-year extension). Fix it by putting `T` in `expect`, so the turn's
/// score and scorecard show it, or by letting the branch credit an expected technique for it
/// (``Branch/credits``: leaving counted as the limit).
///
/// A branch whose `credits` name an expected technique is left alone: its route is counted
/// in the score. Credits that name a technique the node does not expect are ignored in play,
/// and warned about here too (DF407).
enum HiddenGateRule: ValidationRule {
    static func check(_ document: ScenarioDocument, _ scenario: Scenario, _ context: ValidationContext)
        -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        var best: [String: Int] = [:]
        for node in scenario.orderedNodes where node.isFreeText {
            let expected = Set(node.expect)
            for (index, branch) in node.next.enumerated() {
                let stray = branch.credits.filter { !expected.contains($0) }
                for id in stray where context.catalog.kind(of: id) == .technique {
                    found.append(
                        Diagnostic(
                            .creditNotExpected(id, branch: index + 1, node: node.id), at: branch.location))
                }
                guard let condition = branch.condition, let met = condition.met,
                    !branch.credits.contains(where: expected.contains)
                else { continue }
                for id in met where !expected.contains(id) && context.catalog.kind(of: id) == .technique {
                    let with = facts(condition, expected: expected, met: Set(met))
                    var without = with
                    without.detected.remove(id)
                    without.passed = true
                    guard let taken = node.next.firstIndex(where: { $0.condition?.holds(for: with) ?? true }),
                        node.next[taken].goto == branch.goto,
                        let other = node.next.firstIndex(where: { $0.condition?.holds(for: without) ?? true }
                        ),
                        node.next[other].goto != branch.goto
                    else { continue }
                    let here = rank(of: branch.goto, in: scenario, memo: &best)
                    let there = rank(of: node.next[other].goto, in: scenario, memo: &best)
                    let bothEnd =
                        scenario.nodes[branch.goto]?.kind == .end
                        && scenario.nodes[node.next[other].goto]?.kind == .end
                    guard here > there || (here == Self.resolved && bothEnd) else { continue }
                    found.append(
                        Diagnostic(
                            .hiddenGate(
                                id, branch: index + 1, node: node.id, better: branch.goto,
                                worse: node.next[other].goto),
                            at: branch.location))
                }
            }
        }
        return found
    }

    static let resolved = 3

    /// The facts of a reply that met everything `expected` and everything the branch's
    /// condition asks, with no violation, at a mood the condition allows.
    static func facts(_ condition: Condition, expected: Set<String>, met: Set<String>) -> Condition.Facts {
        var mood = 5
        if let below = condition.moodBelow { mood = min(mood, below - 1) }
        if let least = condition.moodAtLeast { mood = max(mood, least) }
        return Condition.Facts(
            detected: expected.union(met), passed: true, score: 1, mood: mood,
            days: Set(condition.namesDay ?? []), numbers: Set(condition.namesNumber ?? []))
    }

    /// The best ending reachable from `id`: 3 resolved, 2 exit, 1 lost or escalated, 0 none.
    static func rank(of id: String, in scenario: Scenario, memo: inout [String: Int]) -> Int {
        if let known = memo[id] { return known }
        var seen: Set<String> = []
        var queue = [id]
        var best = 0
        while let next = queue.popLast() {
            guard seen.insert(next).inserted, let node = scenario.nodes[next] else { continue }
            if node.kind == .end {
                let value =
                    switch node.ending {
                    case .resolved: 3
                    case .exit: 2
                    case .lost, .escalated: 1
                    case nil: 0
                    }
                best = max(best, value)
            } else {
                queue += node.successors
            }
        }
        memo[id] = best
        return best
    }
}
