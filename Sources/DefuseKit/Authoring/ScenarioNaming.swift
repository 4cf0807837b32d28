/// The naming rule for scenario, node and drill ids: kebab-case.
public enum ScenarioNaming {
    /// Lower-case letters and digits in words joined by single hyphens.
    public static func isKebabCase(_ id: String) -> Bool { ScenarioDecoder.isKebabCase(id) }
}
