import ArgumentParser
import DefuseKit
import Foundation

/// `defuse play SCENARIO`: plays one scenario, in the REPL on a terminal, or from standard input
/// (one reply per line) without one. Every graded reply is recorded in the results database.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a scenario.",
        discussion: """
            On a terminal: an interactive conversation with feedback after each reply (practice) or \
            at the end (--drill). Without a terminal: one reply per line on standard input (a choice \
            node takes the choice's number), the conversation as plain text and a closing line \
            'outcome: <end> score: <0-100>', or with --json one result object. Replies are recorded \
            in the results database (--db PATH, else $DEFUSE_DB, else $XDG_DATA_HOME/defuse/results.sqlite).
            """)

    @Argument(help: "A scenario id, or the path of a scenario file.")
    var scenario: String

    @Flag(help: "No hints and no feedback until the end; recorded as a drill.")
    var drill = false

    @Option(help: "Accepted for repeatable runs; the engine is deterministic, so it changes nothing.")
    var seed: Int?

    @Flag(help: "Without a terminal, print only the result as one JSON object.")
    var json = false

    @OptionGroup var record: RecordOptions

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let (scenario, workspace) = try ScenarioLookup.find(self.scenario, library: library)
        let interactive = Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal && !json
        let start = AttemptStart(
            rep: record.rep, cohort: record.cohort, scenario: scenario.id,
            contentHash: scenario.contentHash,
            mode: drill ? .drill : .practice)
        let recorder = try Recording.recorder(db: record.db, start: start, required: drill)
        var run = ScenarioRun(
            scenario: scenario, workspace: workspace, drill: drill, interactive: interactive, json: json,
            recorder: recorder,
            editor: interactive
                ? LineEditor(historyPath: LineEditor.defaultHistoryPath(), words: SlashCommand.words) : nil)
        _ = try run.play()
    }
}
