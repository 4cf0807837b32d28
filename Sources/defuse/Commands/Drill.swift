import ArgumentParser
import DefuseKit
import Foundation

/// `defuse drill [SET]`: a scored run through a set of scenarios with no hints and no per-turn
/// feedback, progress as it goes, a scorecard after each scenario and a final one with a
/// per-technique breakdown. Every attempt is recorded as `drill`.
struct Drill: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Run a scored drill through a set of scenarios.",
        discussion: """
            SET is a drill set id; 'defuse list --drills' lists them with their scenarios and \
            pass marks (default: every scenario, easiest first). \
            --focus weakest picks the scenarios that train your weakest techniques in your recorded \
            history. Without a terminal, replies are read one per line from standard input, \
            scenario after scenario.
            """)

    enum Focus: String, ExpressibleByArgument, CaseIterable {
        case weakest
    }

    @Argument(help: "A drill set id ('defuse list --drills' lists them).")
    var set: String?

    @Option(help: "weakest: the scenarios that train your weakest techniques.")
    var focus: Focus?

    @Option(help: "How many scenarios --focus picks.")
    var count = 3

    @OptionGroup var record: RecordOptions

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let workspace = try library.workspace()
        Terminal.reportLoadProblems(workspace)
        let rep = record.rep
        let path = ResultStore.defaultPath(
            override: record.db, environment: ProcessInfo.processInfo.environment)
        let store: ResultStore
        do {
            store = try ResultStore(path: path)
        } catch let error as StoreError {
            Terminal.error(error.message)
            throw error.exitCode
        }
        let plan = try plan(workspace: workspace, store: store, rep: rep)
        let scenarios = plan.scenarios
        let interactive = Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal
        let colour = interactive && Terminal.colour()
        let editor =
            interactive
            ? LineEditor(historyPath: LineEditor.defaultHistoryPath(), words: SlashCommand.words) : nil
        let setName = set ?? focus.map { "focus-\($0.rawValue)" } ?? "all"
        let run = try Recording.storing(store) {
            try store.beginDrillRun(
                DrillRunStart(
                    rep: try store.firstSpelling(of: rep, as: .rep),
                    cohort: try record.cohort.map { try store.firstSpelling(of: $0, as: .cohort) },
                    set: setName, total: scenarios.count, passMark: plan.passMark, failOn: plan.failOn))
        }
        Terminal.say(
            Terminal.paint(
                "Drill: \(Sanitizer.line(plan.title)) for \(Sanitizer.line(rep))", .bold, enabled: colour)
                // A name the rep did not type on this command line was remembered or taken from
                // the login: say how to record under another.
                + (record.name == nil ? " (not you? --name YOUR-NAME records under yours)" : ""))
        var played: [(Scenario, SessionResult)] = []
        var turns: [Turn] = []
        for (index, scenario) in scenarios.enumerated() {
            Terminal.say(
                "\n"
                    + Terminal.paint(
                        "scenario \(index + 1) of \(scenarios.count): \(Sanitizer.line(scenario.title))",
                        .bold, enabled: colour)
                    + "\n")
            let start = AttemptStart(
                rep: rep, cohort: record.cohort, scenario: scenario.id, contentHash: scenario.contentHash,
                mode: .drill, drill: setName)
            let recorder = try StoreRecorder(store: store, start: start, required: true)
            try Recording.storing(store) { try store.add(attempt: recorder.attempt, toDrillRun: run) }
            var scenarioRun = ScenarioRun(
                scenario: scenario, workspace: workspace, drill: true, interactive: interactive, json: false,
                recorder: recorder, editor: editor)
            let outcome = try scenarioRun.play()
            played.append((scenario, outcome.result))
            turns += outcome.turns
            if outcome.left {
                Terminal.say("\nDrill stopped; the unfinished scenario is recorded as abandoned.")
                break
            }
            // The rep reads the debrief before the next scenario (or the scorecard) comes.
            let next =
                index + 1 < scenarios.count ? "scenario \(index + 2) of \(scenarios.count)" : "your scorecard"
            if let editor, editor.readLine(prompt: "(Enter for \(next), Ctrl-D stops the drill) ") == nil {
                Terminal.say("\nDrill stopped.")
                break
            }
        }
        Terminal.say("")
        let scorecard = Scorecard(
            planned: scenarios, played: played, turns: turns, catalog: workspace.catalog,
            names: TechniqueNames(techniques: workspace.techniques), passMark: plan.passMark,
            failOn: plan.failOn,
            colour: colour)
        for line in scorecard.lines { Terminal.say(line) }
    }

    /// The drill's title, scenarios, pass mark and `fail_on` endings, from the set, the focus or
    /// the whole library.
    private func plan(workspace: Workspace, store: ResultStore, rep: String) throws -> (
        title: String, scenarios: [Scenario], passMark: Int, failOn: [FailKind]
    ) {
        let library = workspace.library
        if focus == .weakest {
            let mastery = try TechniqueMastery(
                attempts: store.attempts(ReportFilter(rep: rep), detail: .tallies), catalog: workspace.catalog
            )
            let weakest = mastery.weakestFirst
            guard !weakest.isEmpty else {
                Terminal.error("no recorded history for \(rep) yet; play a drill first, then --focus weakest")
                throw ExitCode(Sysexits.dataError)
            }
            let picked = DrillPlanner.focus(on: Array(weakest.prefix(3)), in: library.scenarios, count: count)
            return (
                "your weakest techniques (\(TechniqueNames(techniques: workspace.techniques).list(Array(weakest.prefix(3)))))",
                picked,
                DrillSet.defaultPassMark, []
            )
        }
        guard let set else { return ("every scenario", library.scenarios, DrillSet.defaultPassMark, []) }
        guard let drill = workspace.drill(id: set) else {
            let hint =
                Suggestion.closest(to: set, among: workspace.drills.map(\.id)).map {
                    "; did you mean '\($0)'?"
                } ?? ""
            Terminal.error(
                "no drill set '\(set)'\(hint) ('defuse list --drills' lists them: "
                    + "\(workspace.drills.map(\.id).joined(separator: ", ")))")
            throw ExitCode(Sysexits.usage)
        }
        return (drill.title, drill.scenarios.compactMap(library.scenario(id:)), drill.passMark, drill.failOn)
    }
}
