/// Loads a drill set file with the same located diagnostics as scenarios, and checks that every
/// scenario it names exists in the library (with a "did you mean" for a typo).
public enum DrillSetLoader {
    static let keys = ["id", "title", "summary", "scenarios", "pass", "fail_on"]

    /// The words of `fail_on:`: a list (`[breach]`), or one word on its own (`fail_on: lost`, as
    /// some older sets wrote it).
    static func failOnWords(_ reader: MappingReader) -> [(String, SourceLocation)] {
        if reader.has("fail_on"), let found = reader.requireKey("fail_on"),
            case .scalar(let scalar, let text) = found.content, scalar != .null
        {
            return [(text, found.location)]
        }
        return reader.list("fail_on", example: "[breach]") ?? []
    }

    /// The drill set (nil when its shape is broken) and every problem found.
    public static func load(_ source: SourceFile, knownScenarios: [String]) -> (
        DrillSet?, [Diagnostic], String?
    ) {
        let start = SourceLocation(file: source.path, line: 1, column: 1)
        let (text, parsed) = YAMLDocument.read(source)
        let root: YAMLValue
        switch parsed {
        case .failure(let diagnostic): return (nil, [diagnostic], text)
        case .success(let value): root = value
        }
        let diagnostics = { (log: DiagnosticLog) in
            log.diagnostics.map { YAMLMistake.refine($0, text: text ?? "") }
        }
        let log = DiagnosticLog()
        guard let reader = MappingReader(root, subject: "the drill set", knownKeys: keys, log: log) else {
            return (nil, diagnostics(log), text)
        }
        let id = reader.string("id") ?? ScenarioDecoder.defaultID(for: source.path)
        if !ScenarioDecoder.isKebabCase(id) {
            log.report(.badDrillSetID(id), at: reader.has("id") ? reader.location(of: "id") : start)
        }
        let title = reader.string("title", required: true)
        let summary = reader.string("summary")
        let scenarios = reader.list("scenarios", example: "[angry-surgeon, bias-client]")
        if reader.has("scenarios") == false {
            _ = reader.requireKey("scenarios")
        } else if scenarios?.isEmpty == true {
            log.report(.noDrillScenarios, at: reader.location(of: "scenarios"))
        }
        for (scenario, location) in scenarios ?? [] where !knownScenarios.contains(scenario) {
            log.report(
                .unknownScenario(scenario), at: location,
                suggestion: Suggestion.closest(to: scenario, among: knownScenarios))
        }
        let pass = reader.int("pass", in: 0...100, meaning: "a pass mark (a drill score, 0 to 100)")
        var failOn: [FailKind] = []
        for (word, location) in failOnWords(reader) {
            if let kind = FailKind(rawValue: word) {
                if !failOn.contains(kind) { failOn.append(kind) }
            } else {
                log.report(
                    .unknownFailKind(word), at: location,
                    suggestion: Suggestion.closest(to: word, among: FailKind.words))
            }
        }
        guard let title, let scenarios else { return (nil, diagnostics(log), text) }
        return (
            DrillSet(
                id: id, title: title, summary: summary, scenarios: scenarios.map(\.0), file: source.path,
                passMark: pass ?? DrillSet.defaultPassMark, failOn: failOn),
            diagnostics(log), text
        )
    }
}
