import ArgumentParser
import DefuseKit

/// `defuse graph SCENARIO --format dot|mermaid`: the branch graph of one scenario.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a scenario's branches for Graphviz (dot) or Mermaid.",
        discussion: "Example: defuse graph angry-surgeon | dot -Tsvg > angry-surgeon.svg")

    @Argument(help: "A scenario id, or the path of a scenario file.")
    var scenario: String

    @Option(help: "dot or mermaid.")
    var format: GraphRenderer.Format = .dot

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let (found, workspace) = try ScenarioLookup.find(scenario, library: library)
        let notes = workspace.diagnostics.filter { $0.location.file == found.file }
        Terminal.reportNotes(notes, texts: workspace.texts)
        // Titles and lines come from the scenario file: no escape sequence reaches the terminal.
        Terminal.write(Sanitizer.text(GraphRenderer.render(found, as: format)))
    }
}

extension GraphRenderer.Format: ExpressibleByArgument {}
