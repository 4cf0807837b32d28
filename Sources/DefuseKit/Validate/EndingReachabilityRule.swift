/// An error when no end node can be reached from `start`: the rep could never finish the
/// scenario (except by boiling the client over), so it cannot be played or scored.
enum EndingReachabilityRule: ValidationRule {
    static func check(_ document: ScenarioDocument, _ scenario: Scenario, _ context: ValidationContext)
        -> [Diagnostic]
    {
        guard scenario.nodes[scenario.start] != nil else { return [] }
        let reached = StoryGraph(scenario: scenario).reachable(from: [scenario.start])
        guard !reached.contains(where: { scenario.nodes[$0]?.kind == .end }) else { return [] }
        return [
            Diagnostic(
                .noReachableEnding(from: scenario.start),
                at: document.keyLocations["start"] ?? scenario.nodes[scenario.start]?.location
                    ?? document.idLocation)
        ]
    }
}
