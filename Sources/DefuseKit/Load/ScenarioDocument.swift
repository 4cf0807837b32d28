/// One scenario file after loading: the scenario (when its shape allowed building one), every
/// diagnostic found, and the located references that validation rules check.
public struct ScenarioDocument: Sendable {
    /// Where an id is used, so a rule can point at the exact item.
    public struct Reference: Sendable {
        public enum Role: String, Sendable {
            case expect, avoid, met, missed, violated, avoided, credits, trains, detects, rejects
            /// A branch's `credits` (techniques only; a choice's `credits` is ``credits``).
            case branchCredits = "credits of a branch"
        }
        public var id: String
        public var role: Role
        public var location: SourceLocation
    }

    public var file: String
    /// The file's text, for showing the source line under a diagnostic.
    public var text: String?
    public var scenario: Scenario?
    public var diagnostics: [Diagnostic]
    public var references: [Reference]
    /// Where the scenario's id comes from (the `id` key, or the top of the file).
    public var idLocation: SourceLocation
    /// Free-text nodes whose `next` is missing or not a list (already reported).
    public var malformedNext: Set<String> = []
    /// Where each node's `next` key stands.
    public var nextKeyLocations: [String: SourceLocation] = [:]
    /// Where each top-level key's value stands (`start`, `on_boil`, …).
    public var keyLocations: [String: SourceLocation] = [:]

    public var hasErrors: Bool { diagnostics.hasErrors }
}
