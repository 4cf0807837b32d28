import ArgumentParser
import DefuseKit

/// `defuse`: practise de-escalating difficult clients.
@main
struct Defuse: ParsableCommand {
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
            Play.self, Validate.self, List.self, Graph.self, Test.self, New.self, Report.self,
        ]
    )

    @OptionGroup var library: LibraryOptions

    func run() throws {
        guard Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal else {
            Terminal.write(Defuse.helpMessage() + "\n")
            return
        }
        let workspace = try library.workspace()
        Terminal.reportLoadProblems(workspace)
        let editor = LineEditor(historyPath: LineEditor.defaultHistoryPath(), words: [])
        let colour = Terminal.colour()
        guard let scenario = Menu(workspace: workspace, editor: editor, colour: colour).pick() else { return }
        Terminal.write("\n")
        let renderer = TranscriptRenderer(showsFeedback: true, colour: colour, coach: Coach(advice: workspace.advice))
        var repl = REPL(
            session: Session(scenario: scenario, grader: workspace.assessor, catalog: workspace.catalog),
            renderer: renderer, drill: false, editor: editor, recorder: nil, cards: workspace.advice)
        _ = try repl.run()
    }
}
