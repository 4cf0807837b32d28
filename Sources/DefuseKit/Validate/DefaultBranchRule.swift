/// A free-text node must end with a branch that always holds (no `if`), and only the last
/// branch may lack an `if`: otherwise some reply would leave the story nowhere to go, or the
/// branches after the default could never be taken.
enum DefaultBranchRule: ValidationRule {
    static func check(_ document: ScenarioDocument, _ scenario: Scenario, _ context: ValidationContext)
        -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        for node in scenario.orderedNodes where node.isFreeText && !node.next.isEmpty {
            for (index, branch) in node.next.enumerated()
            where branch.condition == nil && index != node.next.count - 1 {
                found.append(
                    Diagnostic(
                        .error, .defaultBranchNotLast,
                        "branch \(index + 1) of node '\(node.id)' has no 'if' but is not last; "
                            + "the branches after it could never be taken",
                        at: branch.location))
            }
            if node.next.last?.condition != nil {
                found.append(
                    Diagnostic(
                        .error, .noDefaultBranch,
                        "node '\(node.id)' has no branch that always holds; end 'next' with a branch without 'if'",
                        at: node.next.last?.location ?? node.location))
            }
        }
        for node in scenario.orderedNodes where node.isFreeText && node.next.isEmpty {
            if !document.diagnostics.contains(where: {
                $0.code == .noDefaultBranch && $0.location == node.location
            }) {
                found.append(
                    Diagnostic(
                        .error, .noDefaultBranch,
                        "node '\(node.id)' has an empty 'next'; add a branch without 'if'", at: node.location)
                )
            }
        }
        return found
    }
}
