/// Every technique or violation id a scenario names must be defined by a technique file (or the
/// rubric). An unknown id would silently never be detected, so it is an error with a "did you
/// mean". Naming a violation where a technique belongs (or the reverse) is legal but almost
/// always a slip, so it is a warning.
enum TechniqueReferenceRule: ValidationRule {
    static func check(_ document: ScenarioDocument, _ scenario: Scenario, _ context: ValidationContext)
        -> [Diagnostic]
    {
        var found: [Diagnostic] = []
        let catalog = context.catalog
        for reference in document.references {
            guard let kind = catalog.kind(of: reference.id) else {
                found.append(
                    Diagnostic(
                        .unknownTechnique(reference.id, in: reference.role), at: reference.location,
                        suggestion: Suggestion.closest(to: reference.id, among: catalog.ids)))
                continue
            }
            let wanted: TechniqueKind? =
                switch reference.role {
                case .expect, .met, .missed, .trains, .branchCredits: .technique
                case .avoid, .violated, .avoided: .violation
                case .credits, .detects, .rejects: nil
                }
            if let wanted, wanted != kind {
                found.append(
                    Diagnostic(
                        .techniqueKindMismatch(reference.id, is: kind, in: reference.role, takes: wanted),
                        at: reference.location))
            }
        }
        return found
    }
}
