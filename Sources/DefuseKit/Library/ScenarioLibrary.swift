/// Every scenario in play, loaded and checked together so that ids are unique across files.
public struct ScenarioLibrary: Sendable {
    /// Every scenario file loaded, with its diagnostics (including library-wide ones).
    public private(set) var documents: [ScenarioDocument]
    /// The technique catalog scenarios were checked against.
    public let catalog: TechniqueCatalog

    /// Loads `files` (scenario files only) and checks ids across them.
    public init(files: [SourceFile], catalog: TechniqueCatalog) {
        self.catalog = catalog
        let context = ValidationContext(catalog: catalog)
        documents = files.map { ScenarioLoader.load($0, context: context) }
        markDuplicateIDs()
    }

    /// Scenarios that loaded without errors, sorted by difficulty then id.
    public var scenarios: [Scenario] {
        documents.filter { !$0.hasErrors }.compactMap(\.scenario)
            .sorted { ($0.difficulty, $0.id) < ($1.difficulty, $1.id) }
    }

    /// Every diagnostic of every file.
    public var diagnostics: [Diagnostic] { documents.flatMap(\.diagnostics) }

    /// The loaded scenario with this id.
    public func scenario(id: String) -> Scenario? { scenarios.first { $0.id == id } }

    /// The closest known id to a mistyped one.
    public func suggestion(for id: String) -> String? {
        Suggestion.closest(to: id, among: documents.compactMap(\.scenario?.id))
    }

    private mutating func markDuplicateIDs() {
        var firstFile: [String: SourceLocation] = [:]
        for index in documents.indices {
            guard let id = documents[index].scenario?.id else { continue }
            if let first = firstFile[id] {
                documents[index].diagnostics.append(
                    Diagnostic(
                        .duplicateScenarioID,
                        "scenario id '\(id)' is already used by \(first.file):\(first.line)",
                        at: documents[index].idLocation))
            } else {
                firstFile[id] = documents[index].idLocation
            }
        }
    }
}
