import ArgumentParser
import DefuseKit
import Foundation

/// `defuse play SCENARIO`: plays one scenario, in the REPL on a terminal, or from standard input
/// (one reply per line) without one.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Play a scenario.",
        discussion: """
            On a terminal: an interactive conversation with feedback after each reply (practice) or \
            at the end (--drill). Without a terminal: one reply per line on standard input (a choice \
            node takes the choice's number), the conversation as plain text and a closing line \
            'outcome: <end> score: <0-100>', or with --json one result object.
            """)

    @Argument(help: "A scenario id, or the path of a scenario file.")
    var scenario: String

    @Flag(help: "No hints and no feedback until the end; recorded as a drill.")
    var drill = false

    @Option(help: "Your name, for the results database.")
    var name: String?

    @Option(help: "Your cohort, for the results database.")
    var cohort: String?

    @Option(help: "Accepted for repeatable runs; the engine is deterministic, so it changes nothing.")
    var seed: Int?

    @Flag(help: "Without a terminal, print only the result as one JSON object.")
    var json = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let (scenario, workspace) = try ScenarioLookup.find(self.scenario, library: library)
        let session = Session(scenario: scenario, grader: workspace.assessor, catalog: workspace.catalog)
        let interactive = Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal && !json
        let renderer = TranscriptRenderer(
            showsFeedback: !drill, colour: interactive && Terminal.colour(), coach: Coach(advice: workspace.advice))
        if !interactive {
            var play = ScriptedPlay(session: session, renderer: renderer, json: json, recorder: nil)
            try play.run()
            return
        }
        let editor = LineEditor(historyPath: LineEditor.defaultHistoryPath(), words: SlashCommand.words)
        var repl = REPL(
            session: session, renderer: renderer, drill: drill, editor: editor, recorder: nil,
            cards: workspace.advice)
        _ = try repl.run()
    }
}
