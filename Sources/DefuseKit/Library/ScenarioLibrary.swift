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

    /// Two files of one layer (installed, or the trainer's own) with one id are an error; a
    /// trainer's file with an installed scenario's id replaces that scenario, with a note.
    private mutating func markDuplicateIDs() {
        var firstFile: [String: (location: SourceLocation, builtIn: Bool)] = [:]
        var replaced = Set<String>()
        for index in documents.indices {
            guard let id = documents[index].scenario?.id else { continue }
            let builtIn = SourceFile.isBuiltIn(documents[index].file)
            guard let first = firstFile[id] else {
                firstFile[id] = (documents[index].idLocation, builtIn)
                continue
            }
            if first.builtIn && !builtIn {
                replaced.insert(first.location.file)
                firstFile[id] = (documents[index].idLocation, builtIn)
                documents[index].diagnostics.append(
                    Diagnostic(.replacesInstalled(.scenario, id), at: documents[index].idLocation))
            } else {
                documents[index].diagnostics.append(
                    Diagnostic(
                        .duplicateScenarioID(id, firstAt: "\(first.location.file):\(first.location.line)"),
                        at: documents[index].idLocation))
            }
        }
        documents.removeAll { replaced.contains($0.file) }
    }
}
