/// A free-text node must end with a branch that always holds (no `if`), and only the last
/// branch may lack an `if`: otherwise some reply would leave the story nowhere to go, or the
/// branches after the default could never be taken.
enum DefaultBranchRule: ValidationRule {
    static func check(_ document: ScenarioDocument, _ scenario: Scenario, _ context: ValidationContext)
        -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        for node in scenario.orderedNodes where node.isFreeText {
            guard !node.next.isEmpty else {
                // A missing or mistyped `next` has already been reported by the decoder.
                if !document.malformedNext.contains(node.id) {
                    found.append(
                        Diagnostic(.emptyNext(node: node.id), at: node.location))
                }
                continue
            }
            let defaults = node.next.indices.filter { node.next[$0].condition == nil }
            for index in defaults where index != node.next.count - 1 {
                found.append(
                    Diagnostic(
                        .defaultBranchNotLast(branch: index + 1, node: node.id), at: node.next[index].location
                    ))
            }
            if defaults.isEmpty {
                found.append(
                    Diagnostic(
                        .noDefaultBranch(node: node.id),
                        at: document.nextKeyLocations[node.id] ?? node.next[node.next.count - 1].location))
            }
        }
        return found
    }
}
