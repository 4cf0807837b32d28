/// Warns about nodes that no path from `start` (or the `on_boil` node) reaches: usually a
/// misspelt `goto` elsewhere, or a node left over from an earlier draft.
enum ReachabilityRule: ValidationRule {
    static func check(_ document: ScenarioDocument, _ scenario: Scenario, _ context: ValidationContext)
        -> [Diagnostic]
    {
        guard scenario.nodes[scenario.start] != nil else { return [] }
        let reached = StoryGraph(scenario: scenario).reachable(
            from: [scenario.start] + [scenario.onBoil].compactMap { $0 })
        return scenario.orderedNodes.filter { !reached.contains($0.id) }.map { node in
            Diagnostic(.unreachableNode(node.id, from: scenario.start), at: node.location)
        }
    }
}
