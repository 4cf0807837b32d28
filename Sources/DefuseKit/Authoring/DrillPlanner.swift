/// Chooses scenarios for a focused drill: those that train the most of the given techniques
/// (weakest first counts most), easier ones first on a tie.
public enum DrillPlanner {
    public static func focus(on techniques: [String], in scenarios: [Scenario], count: Int) -> [Scenario] {
        let weights = Dictionary(
            uniqueKeysWithValues: techniques.enumerated().map { ($1, techniques.count - $0) })
        let scored = scenarios.map { scenario in
            (scenario, scenario.trains.reduce(0) { $0 + (weights[$1] ?? 0) })
        }
        return scored.filter { $0.1 > 0 }
            .sorted { ($1.1, $0.0.difficulty, $0.0.id) < ($0.1, $1.0.difficulty, $1.0.id) }
            .prefix(count).map(\.0)
    }
}
