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
        let catalog = TechniqueCatalog.rubric(adding: techniques)
        self.init(scenarios: ScenarioLibrary(files: scenarioFiles, catalog: catalog).scenarios)
    }
}
