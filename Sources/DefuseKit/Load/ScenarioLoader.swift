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
        if source.unreadable {
            return failed(Diagnostic(.error, .unreadableFile, "the file cannot be read", at: start))
        }
        let text: String
        switch SourceText.decode(source.bytes, file: source.path) {
        case .failure(let diagnostic): return failed(diagnostic)
        case .success(let decoded): text = decoded
        }
        let root: YAMLValue
        switch YAMLDocument.parse(text, file: source.path) {
        case .failure(let diagnostic): return failed(diagnostic, text: text)
        case .success(let value): root = value
        }
        let decoder = ScenarioDecoder(file: source.path)
        let document = decoder.decode(root, text: text)
        return Validator.validate(document, context: context)
    }

    /// Loads a scenario from text (tests, `defuse new`).
    public static func load(text: String, file: String = "<memory>.yaml", context: ValidationContext)
        -> ScenarioDocument
    {
        load(SourceFile(path: file, text: text), context: context)
    }
}
