import DefuseKit
import Testing

/// Every free-text node of the shipped library carries a trainer's `model` reply, and the
/// grader reads it as doing what the node asks: every `expect`ed technique met and no
/// `avoid`ed violation. A rep who asks `/model` is never shown a reply that would fail there.
@Suite struct ShippedModelRepliesTests {
    static let library: ScenarioLibrary = {
        let files = LibraryLocator.builtInFiles.map { ($0, LibraryFileKind.of($0.path)) }
        return Workspace.load(files: files, missing: []).library
    }()

    @Test func theShippedLibraryIsLoaded() {
        #expect(Self.library.scenarios.count >= 20)
        #expect(Self.library.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func everyFreeTextNodeHasAModelReply() {
        var without: [String] = []
        for scenario in Self.library.scenarios {
            for node in scenario.orderedNodes where node.isFreeText && node.model == nil {
                without.append("\(scenario.id)/\(node.id)")
            }
        }
        #expect(without.isEmpty, "no model reply at \(without.joined(separator: ", "))")
    }

    /// Play's grader: the shipped techniques, reading each client line by the node that says it
    /// (``NodeCues``), as `defuse play` builds it (``LazyGrader``).
    static let playGrader = Grader(
        techniques: TechniqueLibrary.builtIn.techniques, cues: NodeCues(scenarios: library.scenarios))

    @Test func everyModelReplyPassesItsNode() {
        var failing: [String] = []
        for scenario in Self.library.scenarios {
            let session = Session(scenario: scenario, grader: Self.playGrader)
            for node in scenario.orderedNodes where node.isFreeText {
                guard let model = node.model,
                    let (turn, _) = session.evaluate(model, at: node, mood: scenario.persona.mood)
                else { continue }
                if !turn.passed {
                    failing.append(
                        "\(scenario.id)/\(node.id): missed \(turn.missed), did \(turn.violations)")
                }
            }
        }
        #expect(failing.isEmpty, "\(failing.joined(separator: "\n"))")
    }
}
