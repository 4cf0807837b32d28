/// Loads every technique file in play and merges them by id.
///
/// Built-in files come first; a file read from disk (`./Scenarios/techniques`, or a
/// `--scenarios` folder) with the same id replaces the built-in one, so a trainer can tune a
/// phrase list without recompiling. Two files of the same origin with one id is an error
/// (`duplicateTechniqueID`, DF502). Every rubric id must end up defined; a missing one, or one
/// whose kind differs from the rubric, is reported too. A file with `extends: ID` adds its
/// `patterns` and `except` entries to technique ID once every file is merged, so it extends the
/// installed technique or the one that replaced it.
public struct TechniqueLibrary: Sendable {
    /// The merged techniques: rubric ids in rubric order, then the others in file order.
    public private(set) var techniques: [Technique] = []
    public private(set) var diagnostics: [Diagnostic] = []
    /// Source text by file, for showing source lines under diagnostics.
    public private(set) var texts: [String: String] = [:]

    public init(files: [SourceFile], checkRubric: Bool = true) {
        var byID: [String: Technique] = [:]
        var idLocation: [String: SourceLocation] = [:]
        var order: [String] = []
        // Running from a checkout, `./Scenarios/techniques` holds the same files as the built-in
        // library: a file whose bytes were already read without a problem is not read again.
        var clean: [[UInt8]: (technique: Technique, text: String?, location: SourceLocation)] = [:]
        var extensions: [TechniqueExtension] = []
        for file in files {
            let log = DiagnosticLog()
            var (technique, text, location): (Technique?, String?, SourceLocation)
            let sameBytesAsEarlier = clean[file.bytes] != nil && !file.unreadable
            if let known = clean[file.bytes], !file.unreadable {
                (technique, text, location) = (known.technique, known.text, known.location)
                technique?.file = file.path
                location.file = file.path
            } else {
                let extended: TechniqueExtension?
                (technique, extended, text, location) = Self.load(file, log: log)
                if let extended { extensions.append(extended) }
                if let technique, log.diagnostics.isEmpty, !file.unreadable {
                    clean[file.bytes] = (technique, text, location)
                }
            }
            if let text { texts[file.path] = text }
            if let technique {
                if let existing = byID[technique.id], SourceFile.isBuiltIn(existing.file) == file.isBuiltIn {
                    let first = idLocation[technique.id].map { "\($0.file):\($0.line)" } ?? existing.file
                    log.report(.duplicateTechniqueID(technique.id, firstAt: first), at: location)
                } else {
                    if byID[technique.id] == nil { order.append(technique.id) }
                    if byID[technique.id] != nil, !sameBytesAsEarlier {
                        log.append(
                            Diagnostic(.replacesInstalled(.technique, technique.id), at: location))
                    }
                    byID[technique.id] = technique
                    idLocation[technique.id] = location
                }
            }
            diagnostics += log.diagnostics
        }
        for extended in extensions {
            diagnostics += Self.apply(extended, to: &byID)
        }
        let rubric = TechniqueCatalog.rubric
        let ordered = rubric.ids.filter { byID[$0] != nil } + order.filter { !rubric.contains($0) }
        techniques = ordered.compactMap { byID[$0] }
        guard checkRubric else { return }
        for technique in techniques {
            if let expected = rubric.kind(of: technique.id), expected != technique.kind {
                diagnostics.append(
                    Diagnostic(
                        .rubricKindMismatch(technique.id, rubric: expected, file: technique.kind),
                        at: idLocation[technique.id]
                            ?? SourceLocation(file: technique.file, line: 1, column: 1)))
            }
        }
    }

    /// Reads, parses and decodes one file: a technique, or an extension of one.
    static func load(_ source: SourceFile, log: DiagnosticLog) -> (
        Technique?, TechniqueExtension?, String?, SourceLocation
    ) {
        let start = SourceLocation(file: source.path, line: 1, column: 1)
        let (text, parsed) = YAMLDocument.read(source)
        switch parsed {
        case .failure(let diagnostic):
            log.append(diagnostic)
            return (nil, nil, text, start)
        case .success(let root):
            let fileLog = DiagnosticLog()
            let decoder = TechniqueDecoder(file: source.path, log: fileLog)
            defer {
                log.append(contentsOf: fileLog.diagnostics.map { YAMLMistake.refine($0, text: text ?? "") })
            }
            if TechniqueDecoder.isExtension(root) {
                return (nil, decoder.decodeExtension(root), text, start)
            }
            let technique = decoder.decode(root)
            var location = start
            if case .mapping(let pairs) = root.content, let id = pairs.first(where: { $0.key == "id" }) {
                location = id.value.location
            }
            return (technique, nil, text, location)
        }
    }

    /// Adds an extension's patterns and `except` entries to the technique it names; returns the
    /// problems: an unknown id (with a "did you mean"), and `except` entries that can never
    /// cancel a match of the extended technique.
    static func apply(_ extended: TechniqueExtension, to byID: inout [String: Technique]) -> [Diagnostic] {
        guard var technique = byID[extended.target] else {
            return [
                Diagnostic(
                    .unknownExtendedTechnique(extended.target), at: extended.targetLocation,
                    suggestion: Suggestion.closest(to: extended.target, among: Array(byID.keys).sorted()))
            ]
        }
        technique.phrases.patterns += extended.patterns.filter { !technique.phrases.patterns.contains($0) }
        technique.phrases.except += extended.except.map(\.source).filter {
            !technique.phrases.except.contains($0)
        }
        technique.parsed.bySource.merge(extended.parsed) { kept, _ in kept }
        byID[extended.target] = technique
        guard technique.phrases.exceptWithin == .match else { return [] }
        let parser = PatternParser(spelling: Spelling())
        let phrases = technique.phrases
        let matching = (phrases.patterns + phrases.soft + phrases.needs).compactMap {
            technique.parsed.bySource[$0] ?? (try? parser.parse($0).get())
        }
        let log = DiagnosticLog()
        TechniqueDecoder(file: extended.file, log: log).warnUnreachable(
            extended.except, of: extended.target, matching: matching, parsed: extended.parsed,
            lastKey: extended.exceptIsLast ? "except" : nil)
        return log.diagnostics
    }

    /// The techniques built into the program.
    public static var builtIn: TechniqueLibrary {
        TechniqueLibrary(
            files: LibraryLocator.builtInFiles.filter { LibraryFileKind.of($0.path) == .technique })
    }
}
