/// Everything a command needs from the library in one value: the technique catalog, the
/// scenarios, and every diagnostic found while loading them.
public struct Workspace: Sendable {
    /// Every id scenarios may name: the rubric's, then any technique added by a file.
    public var catalog: TechniqueCatalog
    /// The loaded techniques (built-in, replaced or added by technique files), rubric first.
    public var techniques: [Technique]
    /// A grader compiled from ``techniques``, on first use (see ``LazyGrader``).
    public var grader: Grader { lazyGrader.grader }
    private let lazyGrader: LazyGrader
    public var library: ScenarioLibrary
    /// Diagnostics of non-scenario files (techniques, drill sets).
    public var otherDiagnostics: [Diagnostic]
    /// Source text by file path, for showing source lines under diagnostics.
    public var texts: [String: String]
    /// Folders or files that were asked for but do not exist.
    public var missing: [String]
    /// Drill sets that loaded without errors.
    public var drills: [DrillSet] = []

    /// Grades replies for sessions.
    public var assessor: any ReplyAssessing { grader }

    /// One line of advice per technique or violation id (its card's summary), for coaching
    /// tips and `/techniques`.
    public var advice: [String: String] {
        Dictionary(techniques.map { ($0.id, $0.summary) }, uniquingKeysWith: { first, _ in first })
    }

    /// The name on each technique's or violation's card, by id: what a rep reads where the
    /// grader works with ids.
    public var techniqueNames: [String: String] {
        Dictionary(techniques.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every diagnostic, sorted by place.
    public var diagnostics: [Diagnostic] { (library.diagnostics + otherDiagnostics).sortedByLocation() }

    /// Loads the library the way every command does (the installed one, with `./Scenarios` and
    /// `--scenarios` folders added).
    public static func load(_ locator: LibraryLocator) -> Workspace {
        let found = locator.files()
        return load(files: found.files, missing: found.missing)
    }

    /// Loads exactly the files or folders at `paths` (what `defuse validate PATH…` checks),
    /// against the built-in techniques plus any technique files among them.
    public static func load(paths: [String]) -> Workspace {
        var files: [(SourceFile, LibraryFileKind)] = []
        var missing: [String] = []
        for path in paths {
            let found = LibraryLocator.files(under: path)
            if found.missing { missing.append(path) }
            files += found.files.map { ($0, LibraryFileKind.of($0.path)) }
        }
        // A drill set checked on its own may name any scenario of the library in use.
        let libraryIDs =
            files.contains { $0.1 == .drill }
            ? load(LibraryLocator()).library.documents.compactMap(\.scenario?.id) : []
        return load(files: files, missing: missing, alsoKnown: libraryIDs)
    }

    /// Loads `files` (as ``LibraryLocator/files()`` found them); `missing` are folders that were
    /// asked for and do not exist.
    public static func load(
        files: [(SourceFile, LibraryFileKind)], missing: [String], alsoKnown: [String] = []
    ) -> Workspace {
        let techniqueFiles = files.filter { $0.1 == .technique }.map(\.0)
        let builtInIncluded = techniqueFiles.contains(where: \.isBuiltIn)
        let builtIn =
            builtInIncluded
            ? [] : LibraryLocator.builtInFiles.filter { LibraryFileKind.of($0.path) == .technique }
        let techniqueLibrary = TechniqueLibrary(files: builtIn + techniqueFiles)
        let techniques = techniqueLibrary.techniques
        let catalog = TechniqueCatalog.rubric(adding: techniques)
        let scenarioFiles = files.filter { $0.1 == .scenario }.map(\.0)
        let library = ScenarioLibrary(files: scenarioFiles, catalog: catalog)
        var texts = techniqueLibrary.texts
        for document in library.documents {
            if let text = document.text { texts[document.file] = text }
        }
        var workspace = Workspace(
            catalog: catalog, techniques: techniques,
            lazyGrader: LazyGrader(techniques, scenarios: library.scenarios), library: library,
            otherDiagnostics: techniqueLibrary.diagnostics, texts: texts, missing: missing)
        workspace.loadDrills(files.filter { $0.1 == .drill }.map(\.0), alsoKnown: alsoKnown)
        return workspace
    }
}

extension Workspace {
    /// Loads drill sets against the scenarios loaded so far. A trainer's drill set with an
    /// installed one's id replaces it, with a note; two of one layer with one id are an error.
    mutating func loadDrills(_ files: [SourceFile], alsoKnown: [String] = []) {
        let known = library.documents.compactMap(\.scenario?.id) + alsoKnown
        var seen: [String: SourceLocation] = [:]
        for file in files {
            let (drill, diagnostics, text) = DrillSetLoader.load(file, knownScenarios: known)
            otherDiagnostics += diagnostics
            if let text { texts[file.path] = text }
            guard let drill else { continue }
            let here = SourceLocation(file: file.path, line: 1, column: 1)
            if let first = seen[drill.id] {
                guard SourceFile.isBuiltIn(first.file), !file.isBuiltIn else {
                    otherDiagnostics.append(
                        Diagnostic(.duplicateDrillSetID(drill.id, firstIn: first.file), at: here))
                    continue
                }
                drills.removeAll { $0.id == drill.id }
                otherDiagnostics.append(
                    Diagnostic(.replacesInstalled(.drillSet, drill.id), at: here))
            }
            seen[drill.id] = here
            if !diagnostics.hasErrors { drills.append(drill) }
        }
    }

    /// The drill set with this id.
    public func drill(id: String) -> DrillSet? { drills.first { $0.id == id } }

    /// Files checked (scenarios, techniques, drill sets): the user's own, or the built-in
    /// library when no other file is in play.
    public var fileCount: Int {
        let all = Set(library.documents.map(\.file)).union(texts.keys)
        let own = all.filter { !SourceFile.isBuiltIn($0) }
        return own.isEmpty ? all.count : own.count
    }
}
