extension NodeCues {
    /// The cues of the scenario files among `files` (as ``LibraryLocator/files()`` finds them),
    /// checked against the rubric and `techniques`; files with errors add none. For commands
    /// that grade without loading a whole ``Workspace`` (`defuse grade`).
    public init(files: [(SourceFile, LibraryFileKind)], techniques: [Technique]) {
        let scenarioFiles = files.filter { $0.1 == .scenario }.map(\.0)
        guard !scenarioFiles.isEmpty else {
            self.init()
            return
        }
        let rubric = TechniqueCatalog.rubric
        let catalog = TechniqueCatalog(
            rubric.ids.map { ($0, rubric.kind(of: $0) ?? .technique) } + techniques.map { ($0.id, $0.kind) })
        self.init(scenarios: ScenarioLibrary(files: scenarioFiles, catalog: catalog).scenarios)
    }
}
