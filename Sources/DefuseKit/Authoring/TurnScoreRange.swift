/// The turn scores a reply can earn at a node while satisfying a branch condition: used by the
/// path explorer to bound scenario scores without knowing the replies.
enum TurnScoreRange {
    /// The lowest and highest possible turn score, or nil when no reply can satisfy `condition`
    /// at this mood. Expected techniques the branch `credits` (``Branch/credits``) count as met
    /// whatever the reply showed.
    static func possible(for condition: Condition?, at node: Node, mood: Int, credits: [String] = [])
        -> ClosedRange<Double>?
    {
        let expected = Set(node.expect)
        let avoided = Set(node.avoid)
        let credited = expected.intersection(credits)
        guard let condition else {
            return bounds(
                expected, avoided, mustHave: [], mustLack: [], mustViolate: nil, credited: credited)
        }
        if let least = condition.moodAtLeast, mood < least { return nil }
        if let below = condition.moodBelow, mood >= below { return nil }
        let mustHave = Set(condition.met ?? [])
        let mustLack = Set(condition.missed ?? []).union(condition.avoided ?? [])
        guard mustHave.isDisjoint(with: mustLack) else { return nil }
        let violated = condition.violated.map(Set.init)
        if let violated, violated.isSubset(of: mustLack) { return nil }
        guard
            var range = bounds(
                expected, avoided, mustHave: mustHave, mustLack: mustLack, mustViolate: violated,
                credited: credited)
        else {
            return nil
        }
        if let passed = condition.passed {
            let perfect = Scoring.turnScore(met: expected.count, expected: expected.count, violations: 0)
            let canPass =
                expected.isDisjoint(with: mustLack) && violated.map { !$0.isSubset(of: avoided) } ?? true
            if passed {
                guard canPass else { return nil }
                range = perfect...perfect
            } else if range.lowerBound == perfect && range.upperBound == perfect && avoided.isEmpty
                && expected.isEmpty
            {
                return nil
            }
        }
        if let least = condition.scoreAtLeast {
            guard range.upperBound >= least - 1e-9 else { return nil }
            range = max(range.lowerBound, least)...range.upperBound
        }
        return range
    }

    private static func bounds(
        _ expected: Set<String>, _ avoided: Set<String>, mustHave: Set<String>, mustLack: Set<String>,
        mustViolate: Set<String>?, credited: Set<String> = []
    ) -> ClosedRange<Double>? {
        let forcedViolations = mustHave.intersection(avoided).count
        // One listed violation must be present; it costs points only if the node avoids it.
        let violationCost = mustViolate.map { $0.subtracting(mustLack).isSubset(of: avoided) ? 1 : 0 } ?? 0
        let bestMet = expected.subtracting(mustLack).union(credited).count
        let worstMet = expected.intersection(mustHave.union(credited)).count
        let possibleViolations = avoided.subtracting(mustLack).count
        let high = Scoring.turnScore(
            met: bestMet, expected: expected.count, violations: max(forcedViolations, violationCost))
        let low = Scoring.turnScore(met: worstMet, expected: expected.count, violations: possibleViolations)
        return min(low, high)...high
    }
}
