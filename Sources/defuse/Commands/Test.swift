import ArgumentParser
import DefuseKit
import Foundation

/// `defuse test [PATH…]`: runs the example replies and expected paths written inside scenario
/// files and reports like a test runner, ending with `N passed, N failed`; `--walk` explores
/// every path instead.
struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the tests written inside scenario files.",
        discussion: """
            Each scenario's `tests:` are run through the real grader and session engine. Prints one \
            line per test and ends with 'N passed, N failed'; exits 1 when any test fails, 65 when a \
            scenario does not load. With --walk, explores every choice and branch instead and \
            reports each reachable ending with the lowest and highest score, and unreached nodes.
            """)

    @Argument(help: "Scenario files or folders (default: the library in use).")
    var paths: [String] = []

    @Flag(help: "Explore every path instead of running the tests.")
    var walk = false

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let workspace =
            paths.isEmpty
            ? try library.workspace() : Workspace.load(paths: paths + library.folders)
        for missing in workspace.missing { Terminal.error("no such file or folder: \(missing)") }
        if !workspace.missing.isEmpty { throw ExitCode(Sysexits.noInput) }
        let errors = workspace.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            Terminal.reportDiagnostics(errors, workspace: workspace)
            Terminal.error("fix the errors above first ('defuse validate' lists them)")
            throw ExitCode(Sysexits.dataError)
        }
        Terminal.reportNotes(workspace.diagnostics, texts: workspace.texts)
        let scenarios = workspace.library.documents.compactMap(\.scenario)
        if walk {
            // A scenario with no path to an end is a failure, not a report of "0 paths".
            if explore(scenarios, workspace) > 0 { throw ExitCode(1) }
            return
        }
        let colour = Terminal.colour()
        let runner = ScenarioTestRunner(grader: workspace.assessor, catalog: workspace.catalog)
        var passed = 0
        var failed = 0
        var known = 0
        for scenario in scenarios {
            for outcome in runner.run(scenario) {
                if outcome.passed {
                    passed += 1
                    Terminal.write(
                        "\(Terminal.paint("PASS", .green, enabled: colour)) \(Sanitizer.line(scenario.id)): \(Sanitizer.line(outcome.name))\n"
                    )
                    if outcome.knownIssue != nil {
                        Terminal.write(
                            "     \(Sanitizer.line("\(outcome.location)")): passes now; remove its known_issue\n"
                        )
                    }
                } else if let reason = outcome.knownIssue {
                    known += 1
                    Terminal.write(
                        "\(Terminal.paint("KNOWN", .yellow, enabled: colour)) \(Sanitizer.line(scenario.id)): \(Sanitizer.line(outcome.name))\n"
                    )
                    Terminal.write(
                        "     \(Sanitizer.line("\(outcome.location)")): known issue: \(Sanitizer.line(reason))\n"
                    )
                    for problem in outcome.problems {
                        Terminal.write(
                            "     \(Sanitizer.line("\(outcome.location)")): \(Sanitizer.line(problem))\n")
                    }
                } else {
                    failed += 1
                    Terminal.write(
                        "\(Terminal.paint("FAIL", .red, enabled: colour)) \(Sanitizer.line(scenario.id)): \(Sanitizer.line(outcome.name))\n"
                    )
                    for problem in outcome.problems {
                        Terminal.write(
                            "     \(Sanitizer.line("\(outcome.location)")): \(Sanitizer.line(problem))\n")
                    }
                }
            }
        }
        Terminal.write("\(passed) passed, \(failed) failed\(known > 0 ? ", \(known) known issues" : "")\n")
        if failed > 0 { throw ExitCode(1) }
    }

    /// Prints every scenario's paths; returns how many scenarios have none.
    private func explore(_ scenarios: [Scenario], _ workspace: Workspace) -> Int {
        var failed = 0
        for scenario in scenarios {
            let report = PathExplorer(scenario: scenario, catalog: workspace.catalog).explore()
            if report.paths == 0 {
                failed += 1
                Terminal.write(
                    "\(Terminal.paint("FAIL", .red, enabled: Terminal.colour())) \(Sanitizer.line(scenario.id)): 0 paths; "
                        + (report.isComplete
                            ? "no reply reaches an end, so the scenario can never finish\n"
                            : "no ending found within the limits (\(PathExplorer.maximumTurns) turns a path, "
                                + "\(PathExplorer.maximumSteps) steps in all)\n"))
            } else {
                Terminal.write(
                    "\(Sanitizer.line(scenario.id)): \(report.paths) path\(report.paths == 1 ? "" : "s")")
                Terminal.write(
                    report.truncated
                        ? " (stopped after \(PathExplorer.maximumSteps) steps; the graph is too large)\n"
                        : "\n")
            }
            if report.turnCapped {
                Terminal.write(
                    "  some paths stopped at the \(PathExplorer.maximumTurns)-turn cap before an ending\n")
            }
            for ending in report.endings {
                let place = ending.node.map { "at \(Sanitizer.line($0))" } ?? "mood boiled over"
                Terminal.write(
                    "  \(ending.ending.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(place): "
                        + "score \(ending.lowest)–\(ending.highest) over \(ending.paths) path\(ending.paths == 1 ? "" : "s")\n"
                )
            }
            if !report.unreached.isEmpty {
                // A node the walk missed is unreachable only if no limit cut a path short.
                let heading = report.isComplete ? "never reached" : "not reached within the limits"
                Terminal.write("  \(heading): \(Sanitizer.line(report.unreached.joined(separator: ", ")))\n")
            }
        }
        return failed
    }
}
