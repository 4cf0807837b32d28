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

    /// ``init(files:techniques:)``, remembered in `cache` under a key of the program, every
    /// library file (path and bytes) and the technique ids: reading the shipped scenarios for
    /// their cues is most of `defuse grade`'s start-up (~560 M instructions), and they seldom
    /// change between runs. A cache that is off, missing or damaged is ignored.
    public init(files: [(SourceFile, LibraryFileKind)], techniques: [Technique], cache: ListingCache) {
        let key = cache.key(for: files.map(\.0), adding: techniques.map(\.id))
        if let remembered = cache.lookup(key, as: NodeCues.self) {
            self = remembered
            return
        }
        self.init(files: files, techniques: techniques)
        cache.store(value: self, for: key)
    }
}
