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
            scenario does not load. A path test that ends `exit` with a run score under 50 gets a \
            warning (file:line:col), never a failure: `exit` tells the rep they got out well. A test \
            whose low exit is right says why in `low_exit:`, which silences the warning; --verbose \
            prints that reason under the test. After \
            the tests, every choice line that credits a technique is \
            graded as if the rep had typed it at its node; a line whose credited techniques the \
            grader does not read is a warning (file:line:col), never a failure, so that a trainee \
            who types the model line is not told they missed it (--no-choice-lines leaves the \
            check out). A choice node whose one right line is longer than every other line by 15 \
            characters or more is a warning too: a trainee can pick it by length without reading \
            it. With --walk, explores every choice and branch instead and reports each \
            reachable ending with the lowest and highest score, and unreached nodes; a check (choice \
            node) whose right line repeats the model answer of a node that leads to it (the whole \
            model, or one of its sentences of 6 words or more) fails the walk, and so does a model \
            reply that quotes a client line (3 words or more, in quotation marks) which not every \
            path into its node hears.
            """)

    @Argument(help: "Scenario files or folders (default: the library in use).")
    var paths: [String] = []

    @Flag(help: "Explore every path instead of running the tests.")
    var walk = false

    @Flag(
        inversion: .prefixedNo,
        help: "Grade every choice line as typed text and warn about credits the grader does not read.")
    var choiceLines = true

    @Flag(help: "Also print the stated reason of every path test whose low exit is intended (low_exit).")
    var verbose = false

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
        var lowExits = 0
        var intended = 0
        for scenario in scenarios {
            for outcome in runner.run(scenario) {
                defer {
                    // Review7 finding 9: printed under the test's own line, whatever its verdict.
                    for warning in outcome.warnings {
                        lowExits += 1
                        Self.warn(
                            at: "\(outcome.location)", Sanitizer.line(warning), indent: "     ",
                            colour: colour)
                    }
                    if let reason = outcome.lowExit {
                        intended += 1
                        if verbose {
                            Terminal.write(
                                "     \(Sanitizer.line("\(outcome.location)")): low exit intended: \(Sanitizer.line(reason))\n"
                            )
                        }
                    }
                }
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
        if choiceLines { reportChoiceLines(scenarios, workspace: workspace) }
        if lowExits > 0 {
            Terminal.write(
                "\(lowExits) path test\(lowExits == 1 ? " ends" : "s end") exit under a score of \(ScenarioTestRunner.lowExitScore) (warnings above)\n"
            )
        }
        if intended > 0 {
            Terminal.write(
                "\(intended) path test\(intended == 1 ? " ends" : "s end") exit under \(ScenarioTestRunner.lowExitScore) as intended (low_exit\(verbose ? "" : "; --verbose shows why"))\n"
            )
        }
        Terminal.write("\(passed) passed, \(failed) failed\(known > 0 ? ", \(known) known issues" : "")\n")
        if failed > 0 { throw ExitCode(1) }
    }

    /// Warns, per scenario, about the choice lines whose credited techniques the grader does not
    /// read when a rep types the line at its node, and ends with the count (review7 finding 2).
    private func reportChoiceLines(_ scenarios: [Scenario], workspace: Workspace) {
        var lines = 0
        var unreadLines = 0
        var credits = 0
        var unreadCredits = 0
        let colour = Terminal.colour()
        for scenario in scenarios {
            let reading = ChoiceLineReading(
                scenario: scenario, grader: workspace.assessor, catalog: workspace.catalog)
            lines += reading.lines.count
            credits += reading.creditCount
            unreadLines += reading.unreadLines.count
            unreadCredits += reading.unreadCreditCount
            for line in reading.unreadLines {
                let read = line.detected.isEmpty ? "nothing" : line.detected.joined(separator: ", ")
                Self.warn(
                    at: "\(line.location)",
                    "\(Sanitizer.line(scenario.id)) \(Sanitizer.line(line.node)) line \(line.number) credits "
                        + "\(line.unread.joined(separator: ", ")), which the grader does not read when the line is "
                        + "typed (it reads \(Sanitizer.line(read))): “\(Sanitizer.line(line.text))”",
                    colour: colour)
            }
        }
        if lines > 0 {
            Terminal.write(
                "choice lines: \(unreadLines) of \(lines) with good credits are not read as typed "
                    + "(\(unreadCredits) of \(credits) credits)\n")
        }
        reportLongestLines(scenarios, workspace: workspace)
    }

    /// Warns, per scenario, about the choice nodes whose one right line is the longest by
    /// `ChoiceLineTells.gap` characters or more, so a trainee can pick it by length without
    /// reading (review8 finding 6), and ends with the count.
    private func reportLongestLines(_ scenarios: [Scenario], workspace: Workspace) {
        var nodes = 0
        var tells = 0
        let colour = Terminal.colour()
        for scenario in scenarios {
            let found = ChoiceLineTells(scenario: scenario, catalog: workspace.catalog)
            nodes += found.nodes
            tells += found.tells.count
            for tell in found.tells {
                Self.warn(
                    at: "\(tell.location)",
                    "\(Sanitizer.line(scenario.id)) \(Sanitizer.line(tell.node)) line \(tell.number), the only "
                        + "right line, is the longest by \(tell.margin) characters (\(tell.length) against "
                        + "\(tell.longestOther)), so it can be picked without reading: give a wrong line the same "
                        + "length and detail", colour: colour)
            }
        }
        if nodes > 0 {
            Terminal.write(
                "longest lines: \(tells) of \(nodes) choice nodes with one right line give it away by "
                    + "length (\(ChoiceLineTells.gap)+ characters longer than every other line)\n")
        }
    }

    /// Writes one authoring warning: `location: warning: message`, the location made safe for the
    /// terminal (the message's parts are made safe by the caller), after `indent`.
    private static func warn(at location: String, _ message: String, indent: String = "", colour: Bool) {
        Terminal.write(
            "\(indent)\(Sanitizer.line(location)): \(Terminal.paint("warning", .yellow, enabled: colour)): \(message)\n"
        )
    }

    /// Prints every scenario's paths; returns how many scenarios have none, or a check whose right
    /// line repeats a model answer (``ChoiceModelEcho``).
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
            // Review12 finding 11: a check must not print the model answer it follows as its right line.
            let echoes = ChoiceModelEcho(scenario: scenario, catalog: workspace.catalog).echoes
            for echo in echoes {
                Self.walkFailure(
                    scenario.id, at: echo.location,
                    "check \(Sanitizer.line(echo.node)) line \(echo.number) repeats the model of "
                        + "\(Sanitizer.line(echo.modelNode)) (“\(Sanitizer.line(echo.repeated))”): "
                        + "reword it to state the decision, not the model answer")
            }
            // Review13 finding 8: a model must not quote a client line some path never heard.
            let quotes = ModelQuoteCheck(scenario: scenario).findings
            for finding in quotes {
                Self.walkFailure(
                    scenario.id, at: finding.location,
                    "the model of \(Sanitizer.line(finding.node)) quotes “\(Sanitizer.line(finding.quote))”, "
                        + "which not every path into it hears: quote only what every path heard, or split the node"
                )
            }
            // Review14 finding 8: a model report must not add a time or a figure nobody gave.
            let facts = ModelFactCheck(scenario: scenario).findings
            for finding in facts {
                Self.walkFailure(
                    scenario.id, at: finding.location,
                    "the model of \(Sanitizer.line(finding.node)) reports “\(Sanitizer.line(finding.figure))”, "
                        + "which no summary, narration or client line gives: a report adds nothing, so give the "
                        + "situation that fact or take it out of the model")
            }
            failed += echoes.isEmpty && quotes.isEmpty && facts.isEmpty ? 0 : 1
        }
        return failed
    }

    /// Writes one failure of the walk's authoring checks: `FAIL id: location: message` (the
    /// message's parts are made safe by the caller).
    private static func walkFailure(_ scenario: String, at location: SourceLocation, _ message: String) {
        Terminal.write(
            "\(Terminal.paint("FAIL", .red, enabled: Terminal.colour())) \(Sanitizer.line(scenario)): "
                + "\(Sanitizer.line("\(location)")): \(message)\n")
    }
}
