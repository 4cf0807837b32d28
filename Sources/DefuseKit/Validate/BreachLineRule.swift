/// Warns about a picked line that goes to a breach ending (`breach: true`) but credits no
/// violation (review15, finding 1).
///
/// Such a line is the breach: a side deal, a quiet lot swap, a yes to the sterile field. With
/// `credits: []` the turn is scored like a clean line, the scorecard names no violation, and the
/// run's count of violations misses it. Credit the violation the line is (`capitulates`,
/// `breaches-sterile-field`, `offers-value`, `delays-reporting`, …). The session keeps a line's
/// own breach ending whatever `after_violations` says (``Session/destination(of:at:)``), so the
/// warning is about the grade, not the route.
enum BreachLineRule: ValidationRule {
    static func check(_ document: ScenarioDocument, _ scenario: Scenario, _ context: ValidationContext)
        -> [Diagnostic]
    {
        scenario.orderedNodes.filter { $0.kind == .choice }.flatMap { node in
            node.choices.enumerated().compactMap { index, choice -> Diagnostic? in
                guard scenario.isBreachEnding(choice.goto),
                    !choice.credits.contains(where: { context.catalog.kind(of: $0) == .violation })
                else { return nil }
                return Diagnostic(
                    .uncreditedBreachLine(choice: index + 1, node: node.id, ending: choice.goto),
                    at: choice.location)
            }
        }
    }
}
