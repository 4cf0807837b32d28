import ArgumentParser
import DefuseKit

/// `defuse`: practise de-escalating difficult clients.
@main
struct Defuse: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "defuse",
        abstract: "Practise de-escalating difficult clients, author scenarios, and run scored drills.",
        discussion: """
            With no subcommand on a terminal, shows a menu of scenarios to practise.
            Scenarios come from ./Scenarios when it exists, else the ones built in; \
            --scenarios DIR adds more.
            """,
        version: "0.1.0",
        subcommands: [
            Validate.self, List.self, Graph.self,
            Grade.self, Techniques.self,
        ]
    )
}
