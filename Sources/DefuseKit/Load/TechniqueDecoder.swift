/// Reads one technique file (`Scenarios/techniques/*.yaml`) into a ``Technique``, logging a
/// located diagnostic for every problem: unknown or missing keys, wrong types, a kind that is
/// neither `technique` nor `violation`, and every pattern that does not parse (DF501).
struct TechniqueDecoder {
    static let keys = [
        "id", "name", "kind", "summary", "why", "instead", "source", "good", "bad", "patterns", "except",
        "except-within",
        "needs", "needs-within", "soft", "soft-unless", "soft-if-client", "negation", "conditional",
    ]

    let file: String
    let log: DiagnosticLog
    let parser = PatternParser(spelling: Spelling())

    func decode(_ root: YAMLValue) -> Technique? {
        guard let reader = MappingReader(root, subject: "the technique", knownKeys: Self.keys, log: log)
        else {
            return nil
        }
        let id = reader.string("id", required: true) ?? ""
        if !id.isEmpty, !ScenarioDecoder.isKebabCase(id) {
            log.report(
                .badIdentifier, "technique id '\(id)' must be kebab-case (lower-case words joined by '-')",
                at: reader.location(of: "id"))
        }
        let kind = decodeKind(reader)
        // Every pattern that parses, kept for the grader (it need not parse them again).
        var parsed: [String: Pattern] = [:]
        let patterns = patternList(reader, "patterns", into: &parsed)
        // `patterns` may be left out only by a technique a built-in rule grades (the composite).
        if reader.has("patterns"), patterns.isEmpty, reader.list("patterns", example: "")?.isEmpty == true {
            log.report(
                .emptyList, "'patterns' is empty; give at least one pattern or leave the key out",
                at: reader.location(of: "patterns"))
        }
        let phrases = PhraseLists(
            patterns: patterns, except: patternList(reader, "except", into: &parsed),
            exceptWithin: scope(reader, "except-within") ?? .match,
            needs: patternList(reader, "needs", into: &parsed),
            needsWithin: scope(reader, "needs-within") ?? .sentence,
            soft: patternList(reader, "soft", into: &parsed),
            softUnless: (reader.list("soft-unless", example: "[ownership]") ?? []).map(\.0),
            negationCancels: choice(reader, "negation", yes: "cancels", no: "ignored") ?? true,
            conditionalCancels: choice(reader, "conditional", yes: "cancels", no: "ignored") ?? false,
            softIfClient: patternList(reader, "soft-if-client", into: &parsed))
        guard !id.isEmpty, let kind else { return nil }
        var technique = Technique(
            id: id, name: reader.string("name", required: true) ?? id, kind: kind,
            summary: reader.string("summary") ?? "", why: reader.string("why") ?? "",
            source: reader.string("source") ?? "",
            good: (reader.list("good", example: "[\"I'm sorry\"]") ?? []).map(\.0),
            bad: (reader.list("bad", example: "[\"sorry you feel that way\"]") ?? []).map(\.0),
            phrases: phrases, file: file)
        technique.instead = reader.string("instead")
        technique.parsed.bySource = parsed
        return technique
    }

    private func decodeKind(_ reader: MappingReader) -> TechniqueKind? {
        guard let word = reader.string("kind", required: true) else { return nil }
        if let kind = TechniqueKind(rawValue: word) { return kind }
        log.report(
            .unknownValue, "'\(word)' is not a kind; use technique or violation",
            at: reader.location(of: "kind"),
            suggestion: Suggestion.closest(to: word, among: TechniqueKind.allCases.map(\.rawValue)))
        return nil
    }

    /// A list of patterns; each one that does not parse is reported where it stands, each one
    /// that does is added to `parsed`.
    private func patternList(_ reader: MappingReader, _ key: String, into parsed: inout [String: Pattern])
        -> [String]
    {
        let items = reader.list(key, example: "[\"i am sorry\", \"my apologies\"]") ?? []
        var result: [String] = []
        for (source, location) in items {
            switch parser.parse(source) {
            case .success(let pattern):
                result.append(source)
                parsed[source] = pattern
            case .failure(let failure):
                log.report(.badPattern, "pattern '\(source)' in '\(key)': \(failure.message)", at: location)
            }
        }
        return result
    }

    private func scope(_ reader: MappingReader, _ key: String) -> PhraseLists.Scope? {
        guard let word = reader.string(key) else { return nil }
        if let scope = PhraseLists.Scope(rawValue: word) { return scope }
        log.report(
            .unknownValue, "'\(word)' is not a scope for '\(key)'; use match, sentence or reply",
            at: reader.location(of: key),
            suggestion: Suggestion.closest(to: word, among: PhraseLists.Scope.allCases.map(\.rawValue)))
        return nil
    }

    private func choice(_ reader: MappingReader, _ key: String, yes: String, no: String) -> Bool? {
        guard let word = reader.string(key) else { return nil }
        if word == yes { return true }
        if word == no { return false }
        log.report(
            .unknownValue, "'\(word)' is not a value for '\(key)'; use \(yes) or \(no)",
            at: reader.location(of: key),
            suggestion: Suggestion.closest(to: word, among: [yes, no]))
        return nil
    }
}
