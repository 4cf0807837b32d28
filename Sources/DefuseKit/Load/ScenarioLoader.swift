/// Loads one scenario file: bytes → text → YAML → ``Scenario``, then every validation rule.
public enum ScenarioLoader {
    /// Reads, parses, decodes and validates one file. Never throws: every problem is a
    /// diagnostic in the returned document.
    public static func load(_ source: SourceFile, context: ValidationContext) -> ScenarioDocument {
        let start = SourceLocation(file: source.path, line: 1, column: 1)
        func failed(_ diagnostic: Diagnostic, text: String? = nil) -> ScenarioDocument {
            ScenarioDocument(
                file: source.path, text: text, scenario: nil, diagnostics: [diagnostic], references: [],
                idLocation: start)
        }
        let (text, parsed) = YAMLDocument.read(source)
        guard case .success(let root) = parsed, let text else {
            if case .failure(let diagnostic) = parsed { return failed(diagnostic, text: text) }
            return failed(Diagnostic(.unreadable, at: start))
        }
        let decoder = ScenarioDecoder(file: source.path)
        var document = decoder.decode(root, text: text)
        document.diagnostics = document.diagnostics.map { YAMLMistake.refine($0, text: text) }
        return Validator.validate(document, context: context)
    }

    /// Loads a scenario from text (tests, `defuse new`).
    public static func load(text: String, file: String = "<memory>.yaml", context: ValidationContext)
        -> ScenarioDocument
    {
        load(SourceFile(path: file, text: text), context: context)
    }
}
