/// Reads one technique file (`Scenarios/techniques/*.yaml`) into a ``Technique``, or, when it
/// has `extends: ID`, into a ``TechniqueExtension``, logging a located diagnostic for every
/// problem: unknown or missing keys, wrong types, a kind that is neither `technique` nor
/// `violation`, every pattern that does not parse (DF501), and every `except` entry that can
/// never cancel a match (DF504).
struct TechniqueDecoder {
    /// The keys of a file that extends another technique.
    static let extensionKeys = ["extends", "patterns", "except"]

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
            log.report(.badTechniqueID(id), at: reader.location(of: "id"))
        }
        let kind = decodeKind(reader)
        // Every pattern that parses, kept for the grader (it need not parse them again).
        var parsed: [String: Pattern] = [:]
        let patterns = patternList(reader, "patterns", into: &parsed)
        // `patterns` may be left out only by a technique a built-in rule grades (the composite).
        if reader.has("patterns"), patterns.isEmpty, reader.list("patterns", example: "")?.isEmpty == true {
            log.report(.noPatterns, at: reader.location(of: "patterns"))
        }
        let except = locatedPatternList(reader, "except", into: &parsed)
        let exceptWithin = scope(reader, "except-within") ?? .match
        let phrases = PhraseLists(
            patterns: patterns, except: except.map(\.source),
            exceptWithin: exceptWithin,
            needs: patternList(reader, "needs", into: &parsed),
            needsWithin: scope(reader, "needs-within") ?? .sentence,
            soft: patternList(reader, "soft", into: &parsed),
            softUnless: (reader.list("soft-unless", example: "[ownership]") ?? []).map(\.0),
            negationCancels: choice(reader, "negation", yes: "cancels", no: "ignored") ?? true,
            conditionalCancels: choice(reader, "conditional", yes: "cancels", no: "ignored") ?? false,
            softIfClient: patternList(reader, "soft-if-client", into: &parsed))
        if exceptWithin == .match {
            let matching = (phrases.patterns + phrases.soft + phrases.needs).compactMap { parsed[$0] }
            warnUnreachable(except, of: id, matching: matching, parsed: parsed, lastKey: reader.lastKey)
        }
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
            .unknownTechniqueKind(word), at: reader.location(of: "kind"),
            suggestion: Suggestion.closest(to: word, among: TechniqueKind.allCases.map(\.rawValue)))
        return nil
    }

    /// Reads a file with `extends: ID`: the patterns and `except` entries it adds. Whether ID
    /// exists, and whether each `except` entry can cancel a match of it, is checked when the
    /// library applies it.
    func decodeExtension(_ root: YAMLValue) -> TechniqueExtension? {
        guard
            let reader = MappingReader(
                root, subject: "a file that extends a technique", knownKeys: Self.extensionKeys, log: log),
            let target = reader.string("extends", required: true)
        else { return nil }
        var parsed: [String: Pattern] = [:]
        let patterns = patternList(reader, "patterns", into: &parsed)
        let except = locatedPatternList(reader, "except", into: &parsed)
        if !reader.has("patterns") && !reader.has("except") {
            log.report(.extensionAddsNothing(to: target), at: reader.location(of: "extends"))
        }
        return TechniqueExtension(
            target: target, targetLocation: reader.location(of: "extends"), patterns: patterns,
            except: except,
            parsed: parsed, file: file, exceptIsLast: reader.lastKey == "except")
    }

    /// Whether `root` is a file that extends another technique (it has an `extends` key).
    static func isExtension(_ root: YAMLValue) -> Bool {
        guard case .mapping(let pairs) = root.content else { return false }
        return pairs.contains { $0.key == "extends" }
    }

    /// Warns (DF504) about every `except` entry that shares no possible word with any of
    /// `matching`, so can never cancel a match: most often a line meant as a pattern, appended
    /// at the end of a file whose last list is `except`.
    func warnUnreachable(
        _ except: [(source: String, location: SourceLocation)], of id: String, matching: [Pattern],
        parsed: [String: Pattern], lastKey: String?
    ) {
        for (source, location) in except {
            guard let pattern = parsed[source], !matching.contains(where: { pattern.mayOverlap($0) }) else {
                continue
            }
            log.report(.exceptNeverCancels(source, of: id, exceptIsLast: lastKey == "except"), at: location)
        }
    }

    /// A list of patterns; each one that does not parse is reported where it stands, each one
    /// that does is added to `parsed`.
    private func patternList(_ reader: MappingReader, _ key: String, into parsed: inout [String: Pattern])
        -> [String]
    {
        locatedPatternList(reader, key, into: &parsed).map(\.source)
    }

    /// ``patternList(_:_:into:)`` with where each pattern stands.
    private func locatedPatternList(
        _ reader: MappingReader, _ key: String, into parsed: inout [String: Pattern]
    ) -> [(source: String, location: SourceLocation)] {
        let items = reader.list(key, example: "[\"i am sorry\", \"my apologies\"]") ?? []
        var result: [(source: String, location: SourceLocation)] = []
        for (source, location) in items {
            switch parser.parse(source) {
            case .success(let pattern):
                result.append((source, location))
                parsed[source] = pattern
            case .failure(let failure):
                log.report(.badPattern(source, in: key, problem: failure.message), at: location)
            }
        }
        return result
    }

    private func scope(_ reader: MappingReader, _ key: String) -> PhraseLists.Scope? {
        guard let word = reader.string(key) else { return nil }
        if let scope = PhraseLists.Scope(rawValue: word) { return scope }
        log.report(
            .unknownScope(word, for: key), at: reader.location(of: key),
            suggestion: Suggestion.closest(to: word, among: PhraseLists.Scope.allCases.map(\.rawValue)))
        return nil
    }

    private func choice(_ reader: MappingReader, _ key: String, yes: String, no: String) -> Bool? {
        guard let word = reader.string(key) else { return nil }
        if word == yes { return true }
        if word == no { return false }
        log.report(
            .unknownChoice(word, for: key, yes: yes, no: no), at: reader.location(of: key),
            suggestion: Suggestion.closest(to: word, among: [yes, no]))
        return nil
    }
}
