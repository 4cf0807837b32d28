/// One check over a loaded scenario. Each rule lives in its own file, with a doc comment saying
/// what it checks and why, and returns diagnostics rather than throwing.
protocol ValidationRule: Sendable {
    static func check(_ document: ScenarioDocument, _ scenario: Scenario, _ context: ValidationContext)
        -> [Diagnostic]
}

/// What rules may consult besides the scenario itself.
public struct ValidationContext: Sendable {
    public var catalog: TechniqueCatalog

    public init(catalog: TechniqueCatalog) { self.catalog = catalog }
}

/// Runs every rule over a document.
public enum Validator {
    /// Rules whose errors make a scenario unplayable.
    static let rules: [any ValidationRule.Type] = [
        NodeReferenceRule.self,
        TechniqueReferenceRule.self,
        DefaultBranchRule.self,
    ]

    /// Rules that warn about the shape of the story. They run only on a file without errors:
    /// on a broken graph (a mistyped `next`, a dangling `goto`) they would only repeat the
    /// error as a cascade of unreachable nodes.
    static let storyRules: [any ValidationRule.Type] = [
        ReachabilityRule.self,
        EndingReachabilityRule.self,
        InescapableCycleRule.self,
        UnguardedBreachRule.self,
        HiddenGateRule.self,
        BreachLineRule.self,
    ]

    /// The document with every rule's diagnostics added.
    public static func validate(_ document: ScenarioDocument, context: ValidationContext) -> ScenarioDocument
    {
        guard let scenario = document.scenario else { return document }
        var result = document
        for rule in rules {
            result.diagnostics += rule.check(document, scenario, context)
        }
        guard !result.diagnostics.hasErrors else { return result }
        for rule in storyRules {
            result.diagnostics += rule.check(document, scenario, context)
        }
        return result
    }
}
