/// Warns about a loop of nodes that no branch or choice leaves: once a rep enters it, only the
/// client's mood boiling over can end the scenario.
enum InescapableCycleRule: ValidationRule {
    static func check(_ document: ScenarioDocument, _ scenario: Scenario, _ context: ValidationContext)
        -> [Diagnostic]
    {
        let graph = StoryGraph(scenario: scenario)
        var found: [Diagnostic] = []
        for component in graph.stronglyConnectedComponents() {
            let members = Set(component)
            let isCycle = component.count > 1 || graph.successors(of: component[0]).contains(component[0])
            guard isCycle else { continue }
            let leaves = component.contains { id in
                graph.successors(of: id).contains { !members.contains($0) }
            }
            let ordered = scenario.nodeOrder.filter(members.contains)
            guard !leaves, let first = ordered.first.flatMap({ scenario.nodes[$0] }) else { continue }
            found.append(
                Diagnostic(.inescapableCycle(ordered), at: first.location))
        }
        return found
    }
}
