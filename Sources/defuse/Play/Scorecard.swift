import DefuseKit

/// The end-of-drill scorecard: each scenario's outcome and score (`not played` for those the
/// rep never reached), the drill score (the scenario scores summed and divided by the number
/// of scenarios in the drill, so unplayed ones count 0), `complete` or `incomplete`, pass or
/// not against the set's mark (a scenario that ended in a breach or a kind of ending the set's
/// `fail_on:` lists fails the drill whatever its score), and per technique how often it was used when called for
/// (`✗ missed`) and each violation committed (`⚠ did`).
struct Scorecard {
    var planned: [Scenario]
    var played: [(Scenario, SessionResult)]
    var turns: [Turn]
    var catalog: TechniqueCatalog
    /// The card names the rep reads instead of ids.
    var names = TechniqueNames()
    var passMark: Int
    var failOn: [FailKind] = []
    var colour: Bool

    var lines: [String] {
        var lines = [Terminal.paint("Scorecard", .bold, enabled: colour)]
        let width = planned.map(\.id.count).max() ?? 0
        for (index, scenario) in planned.enumerated() {
            let id = scenario.id.padding(toLength: width, withPad: " ", startingAt: 0)
            guard index < played.count else {
                lines.append("  \(id)    –  not played")
                continue
            }
            let result = played[index].1
            let breach =
                result.breach
                ? " (breach: a line crossed)"
                : result.clearedAtCheck.map {
                    " (breach read at turn \($0), cleared at check; awaiting review)"
                } ?? ""
            let earned = Scoring.scenarioScore(result.turns.map(\.score))
            let capped =
                result.scoreCap.flatMap { $0.cap == result.score && earned > $0.cap ? " (\($0.text))" : nil }
                ?? ""
            lines.append(
                "  \(id)  \(String(result.score).leftPadded(to: 3))  \(result.outcome)\(breach)\(capped)")
        }
        let done = played.filter { $0.1.outcome != "abandoned" }.count
        let score = DrillRunRecord.score(played.map(\.1.score), total: planned.count)
        let complete = done >= planned.count
        let status = complete ? "complete" : "incomplete: \(done) of \(planned.count) played to the end"
        let failedOn = DrillRunRecord.failing(
            played.compactMap { played in
                Ending(rawValue: played.1.outcome).map { DrillOutcome($0, breach: played.1.breach) }
            }, failOn: failOn)
        let verdict = DrillRunRecord.verdict(
            passed: complete && score >= passMark && failedOn.isEmpty, passMark: passMark, failedOn: failedOn,
            failOn: failOn,
            pendingReview: turns.filter(\.needsComplianceReview).count
                + played.filter { $0.1.clearedAtCheck != nil }.count)
        lines.append("  drill score: \(score)" + (complete ? "" : " (unplayed scenarios count 0)"))
        lines.append(
            "  \(status) · \(verdict)" + (verdict.hasPrefix("passed") ? " (pass mark \(passMark))" : ""))
        let mastery = TechniqueMastery(
            turns.enumerated().map { TurnRecord($1, index: $0, recorded: .now) }, catalog: catalog)
        let ordered = mastery.ordered(by: catalog)
        if !ordered.isEmpty {
            lines.append(Terminal.paint("By technique", .bold, enabled: colour))
            let idWidth = ordered.map { names($0.id).count }.max() ?? 0
            for (id, tally) in ordered {
                let filled = Int((tally.share * 10).rounded())
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
                let missed = tally.expected - tally.met
                lines.append(
                    "  \(names(id).padding(toLength: idWidth, withPad: " ", startingAt: 0))  \(bar)  \(tally.met)/\(tally.expected)"
                        + (missed > 0
                            ? "  " + Terminal.paint("✗ missed \(missed)", .red, enabled: colour) : ""))
            }
        }
        // Violations where the node avoided them (those that cost points), shown / avoided.
        let shown = mastery.violations.mapValues(\.shown).filter { $0.value > 0 }
        for (id, count) in shown.sorted(by: { $0.key < $1.key }) {
            lines.append(
                "  "
                    + Terminal.paint(
                        "⚠ did \(names(id)) in \(count) repl\(count == 1 ? "y" : "ies")", .yellow,
                        enabled: colour))
        }
        return lines
    }
}
