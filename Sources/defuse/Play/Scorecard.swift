import DefuseKit

/// The end-of-drill scorecard: each scenario's outcome and score, the drill score (the mean of
/// the scenario scores), and how often each technique was used when it was called for.
struct Scorecard {
    var played: [(Scenario, SessionResult)]
    var turns: [Turn]
    var catalog: TechniqueCatalog
    var colour: Bool

    var lines: [String] {
        var lines = [Terminal.paint("Scorecard", .bold, enabled: colour)]
        let width = played.map(\.0.id.count).max() ?? 0
        for (scenario, result) in played {
            lines.append(
                "  \(scenario.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(String(result.score).leftPadded(to: 3))  \(result.outcome)"
            )
        }
        let drillScore =
            played.isEmpty
            ? 0 : Int((Double(played.map(\.1.score).reduce(0, +)) / Double(played.count)).rounded())
        lines.append("  drill score: \(drillScore)")
        let mastery = TechniqueMastery(
            turns.enumerated().map { TurnRecord($1, index: $0, recorded: .now) }, catalog: catalog)
        let ordered = mastery.ordered(by: catalog)
        if !ordered.isEmpty {
            lines.append(Terminal.paint("By technique", .bold, enabled: colour))
            let idWidth = ordered.map(\.id.count).max() ?? 0
            for (id, tally) in ordered {
                let filled = Int((tally.share * 10).rounded())
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
                lines.append(
                    "  \(id.padding(toLength: idWidth, withPad: " ", startingAt: 0))  \(bar)  \(tally.met)/\(tally.expected)"
                )
            }
        }
        for (id, count) in mastery.violations.sorted(by: { $0.key < $1.key }) {
            lines.append(
                "  "
                    + Terminal.paint(
                        "✗ \(id) in \(count) repl\(count == 1 ? "y" : "ies")", .red, enabled: colour))
        }
        return lines
    }
}
