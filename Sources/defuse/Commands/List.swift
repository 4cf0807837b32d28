import ArgumentParser
import DefuseKit
import Foundation

/// `defuse list [--tag T] [--json]`: the scenarios in play, with title, persona, what they train
/// and difficulty.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the scenarios you can play.")

    @Option(help: "Only scenarios with this tag.")
    var tag: String?

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @OptionGroup var library: LibraryOptions

    struct Entry: Encodable {
        var id: String
        var title: String
        var persona: String
        var role: String
        var trains: [String]
        var tags: [String]
        var difficulty: Int
        var nodes: Int
        var file: String
    }

    func run() throws {
        let workspace = try library.workspace()
        Terminal.reportLoadProblems(workspace)
        let scenarios = workspace.library.scenarios.filter { tag == nil || $0.tags.contains(tag ?? "") }
        if json {
            let entries = scenarios.map {
                Entry(
                    id: $0.id, title: $0.title, persona: $0.persona.name, role: $0.persona.role,
                    trains: $0.trains,
                    tags: $0.tags, difficulty: $0.difficulty, nodes: $0.nodes.count, file: $0.file)
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.write(String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n")
            return
        }
        if scenarios.isEmpty {
            Terminal.write(tag.map { "No scenario is tagged '\($0)'.\n" } ?? "No scenarios found.\n")
            return
        }
        let colour = Terminal.colour()
        let width = scenarios.map(\.id.count).max() ?? 0
        for scenario in scenarios {
            let stars =
                String(repeating: "★", count: scenario.difficulty)
                + String(repeating: "☆", count: 3 - scenario.difficulty)
            let id = scenario.id.padding(toLength: width, withPad: " ", startingAt: 0)
            Terminal.write(
                "\(Terminal.paint(id, .bold, enabled: colour))  \(stars)  \(Sanitizer.line(scenario.title))\n"
            )
            Terminal.write(
                String(repeating: " ", count: width + 7)
                    + Terminal.paint(
                        "\(Sanitizer.line(scenario.persona.name)), \(Sanitizer.line(scenario.persona.role))"
                            + (scenario.trains.isEmpty
                                ? "" : " · trains \(scenario.trains.joined(separator: ", "))"),
                        .dim, enabled: colour) + "\n")
        }
    }
}
