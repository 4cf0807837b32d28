import ArgumentParser
import DefuseKit
import Foundation

/// `defuse`: practise de-escalating difficult clients.
@main
struct Defuse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "defuse",
        abstract: "Practise de-escalating difficult clients, author scenarios, and run scored drills.",
        discussion: """
            With no subcommand on a terminal, shows a menu of scenarios to practise.
            The scenarios, techniques and drill sets installed with defuse are always there; \
            ./Scenarios and every --scenarios DIR add to them (a file with an installed id \
            replaces that one), and --no-builtin leaves the installed ones out. \
            'defuse list' lists the scenarios, 'defuse list --drills' the drill sets.
            """,
        version: "0.1.0",
        subcommands: [
            Play.self, Drill.self, Grade.self, Techniques.self, Validate.self, List.self, Graph.self,
            Test.self,
            New.self, Report.self, Review.self, Import.self, Push.self,
        ]
    )

    @OptionGroup var library: LibraryOptions

    /// Installs the Ctrl-\ handler, then parses the arguments and runs the command.
    static func main() {
        QuitSignal.install()
        if let unknown = unknownSubcommand(in: Array(CommandLine.arguments.dropFirst())) {
            let names = configuration.subcommands.compactMap { $0.configuration.commandName }
            let hint = Suggestion.closest(to: unknown, among: names).map { "; did you mean '\($0)'?" } ?? ""
            Terminal.error("unknown command '\(unknown)'\(hint) (see 'defuse --help')")
            Foundation.exit(Sysexits.usage)
        }
        main(nil)
    }

    /// The first argument when it looks like a subcommand (a bare word, not an option or the
    /// value of `--scenarios`) but names none.
    static func unknownSubcommand(in arguments: [String]) -> String? {
        var index = 0
        while index < arguments.count, arguments[index].hasPrefix("-") {
            // `--scenarios DIR` and `--generate-completion-script SHELL` take a value.
            index += ["--scenarios", "--generate-completion-script"].contains(arguments[index]) ? 2 : 1
        }
        guard index < arguments.count else { return nil }
        let word = arguments[index]
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        return names.contains(word) ? nil : word
    }

    func run() throws {
        guard Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal else {
            Terminal.write(Defuse.helpMessage() + "\n")
            return
        }
        let workspace = try library.workspace()
        Terminal.reportLoadProblems(workspace)
        let editor = LineEditor(historyPath: LineEditor.defaultHistoryPath(), words: [])
        let colour = Terminal.colour()
        guard let rep = RepName.askOnce(editor: editor) else { return }
        // The menu is home: every scenario played comes back to it, with its score shown.
        var menu = Menu(workspace: workspace, editor: editor, colour: colour)
        while let scenario = menu.pick() {
            Terminal.say("")
            let start = AttemptStart(
                rep: rep, cohort: nil, scenario: scenario.id, contentHash: scenario.contentHash,
                mode: .practice)
            var run = ScenarioRun(
                scenario: scenario, workspace: workspace, drill: false, interactive: true, json: false,
                recorder: try Recording.recorder(db: nil, start: start, required: false), editor: editor,
                leaving: "goes back to the menu")
            let outcome = try run.play()
            menu.last = "Last: \(scenario.title): \(outcome.result.outcome), score \(outcome.result.score)"
            Terminal.say("")
        }
    }
}
