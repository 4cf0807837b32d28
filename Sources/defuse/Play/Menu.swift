import DefuseKit
import Foundation

/// The menu `defuse` shows with no arguments on a terminal: the scenarios, numbered, easiest
/// first; the rep picks one by number or id (Tab completes ids) and plays it in practice mode.
struct Menu {
    let workspace: Workspace
    let editor: LineEditor
    let colour: Bool
    /// The result of the scenario just played, shown above the list when the rep comes back.
    var last: String?

    /// The scenario picked, or nil when the rep leaves (Ctrl-D, `q`).
    func pick() -> Scenario? {
        let scenarios = workspace.library.scenarios
        guard !scenarios.isEmpty else {
            Terminal.say("No scenarios found. Add YAML files to ./Scenarios or pass --scenarios DIR.")
            return nil
        }
        Terminal.say(
            Terminal.paint("Defuse: practise de-escalating difficult clients", .bold, enabled: colour) + "\n")
        if let last { Terminal.say(Terminal.paint(Sanitizer.line(last), .green, enabled: colour) + "\n") }
        for (index, scenario) in scenarios.enumerated() {
            let stars =
                String(repeating: "★", count: scenario.difficulty)
                + String(repeating: "☆", count: 3 - scenario.difficulty)
            let number = "\(index + 1)".leftPadded(to: 3)
            Terminal.say(
                "\(number). \(stars)  \(Terminal.paint(Sanitizer.line(scenario.title), .bold, enabled: colour))"
                    + Terminal.paint("  (\(scenario.id))", .dim, enabled: colour))
        }
        Terminal.say("\nPick a scenario by number or id (Tab completes ids, q or Ctrl-D leaves).")
        // Review12: the menu plays in practice mode; a cohort is told to run a scored drill.
        if let first = workspace.drills.first(where: { $0.id == "first-week" }) ?? workspace.drills.first {
            Terminal.say(
                Terminal.paint(
                    "A scored run, as a cohort is asked for: defuse drill \(Sanitizer.line(first.id))\n"
                        + "('defuse list --drills' lists every drill set).", .dim, enabled: colour))
        }
        editor.complete(with: scenarios.map(\.id))
        while let line = editor.readLine(prompt: "scenario> ") {
            let answer = line.trimmingCharacters(in: .whitespaces)
            if answer.isEmpty { continue }
            if ["q", "quit", "/quit"].contains(answer.lowercased()) { return nil }
            if let number = Int(answer), scenarios.indices.contains(number - 1) {
                return scenarios[number - 1]
            }
            if let scenario = scenarios.first(where: { $0.id == answer }) { return scenario }
            let hint = workspace.library.suggestion(for: answer).map { " Did you mean \($0)?" } ?? ""
            Terminal.say(
                "No scenario '\(Sanitizer.line(answer))'.\(hint) Pick 1 to \(scenarios.count) or an id.")
        }
        return nil
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
