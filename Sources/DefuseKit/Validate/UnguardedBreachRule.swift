/// Warns about a branch that sends a soft violation straight to a breach ending at a node where
/// the rep is expected to hold a line, with no check in front of it for the mixed reading.
///
/// `capitulates` and `agrees-with-insult` are what a grader most often reads into a compliant
/// refusal: a courtesy before the no ("you know those papers better than I do. But I'm not
/// allowed to…") or a light word before the limit. Where a node expects `boundary-setting`, or
/// one of its branches tests it, a `violated: [capitulates]` branch to a `breach: true` ending
/// needs an earlier branch that takes the same violation read beside `met: [boundary-setting]`
/// somewhere else (the node's yes-or-no check), or the rep who refused is told they gave in
/// and fails the drill on that misread (review12, finding 2). A branch whose own condition
/// asks for `missed: [boundary-setting]` is already the guard's other half.
///
/// Compliance violations (`off-label-promotion`, `breaches-sterile-field`, `offers-value`, …)
/// are left out on purpose: the authoring guide has the breach decide at once there, and the
/// one exception (a no that names the gift, at a turn that asks for it) depends on the client's
/// line, which this rule cannot read.
enum UnguardedBreachRule: ValidationRule {
    /// The soft violations that a limit in the same reply contradicts.
    static let softViolations = ["capitulates", "agrees-with-insult"]
    static let limit = "boundary-setting"

    static func check(_ document: ScenarioDocument, _ scenario: Scenario, _ context: ValidationContext)
        -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        for node in scenario.orderedNodes where node.isFreeText && readsLimit(node) {
            for (index, branch) in node.next.enumerated() {
                guard let condition = branch.condition, let violated = condition.violated,
                    scenario.nodes[branch.goto]?.breach == true,
                    !(condition.met ?? []).contains(limit), !(condition.missed ?? []).contains(limit)
                else { continue }
                let earlier = node.next[..<index].compactMap(\.condition)
                for violation in softViolations where violated.contains(violation) {
                    let guarded = earlier.contains {
                        ($0.violated ?? []).contains(violation) && ($0.met ?? []).contains(limit)
                    }
                    if !guarded {
                        found.append(
                            Diagnostic(
                                .unguardedBreach(
                                    violation, branch: index + 1, node: node.id, ending: branch.goto),
                                at: branch.location))
                    }
                }
            }
        }
        return found
    }

    /// Whether the node expects a limit or one of its branches tests for one.
    static func readsLimit(_ node: Node) -> Bool {
        node.expect.contains(limit)
            || node.next.contains { ($0.condition?.met ?? []).contains(limit) }
    }
}
