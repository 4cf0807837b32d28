import Foundation

/// The HTML report's two grids for a manager: reps × techniques (mastery as shaded cells) and
/// reps × drill sets (pass status). Every cell shows its figure or status in words, so neither
/// grid depends on colour: the shades (one hue, light to dark, five steps) only help the eye,
/// and print as they show.
enum HTMLGrid {
    /// One row per rep, one column per technique some reply was expected to show (rubric order),
    /// each cell the rep's mastery: the percentage, the replies behind it, and a shade.
    static func mastery(_ summary: ReportSummary, options: ReportOptions) -> String {
        let techniques = summary.mastery.ordered(by: options.catalog).map(\.id)
        guard !techniques.isEmpty else { return "<p class=\"none\">No technique was called for.</p>\n" }
        var table = HTMLTable(
            className: "r grid",
            columns: [HTMLTable.Column("Rep")]
                + techniques.map { id in
                    let name = options.name(ofTechnique: id)
                    return HTMLTable.Column(html: breakable(name), text: name, key: id)
                })
        for rep in summary.reps {
            let cells = techniques.map { id -> HTMLTable.Cell in
                let name = options.name(ofTechnique: id)
                guard let tally = rep.mastery.tallies[id], tally.expected > 0 else {
                    return HTMLTable.Cell(
                        "–<span class=\"sr\"> not called for</span>", attributes: " class=\"shade na\"")
                }
                let percent = Int((tally.share * 100).rounded())
                let title = "\(rep.name) · \(name): \(percent)% (\(tally.met) of \(tally.expected) replies)"
                return HTMLTable.Cell(
                    "<b>\(percent)%</b><small aria-hidden=\"true\">\(tally.met)/\(tally.expected)</small>"
                        + "<span class=\"sr\"> (\(tally.met) of \(tally.expected) replies)</span>",
                    attributes: " class=\"shade s\(band(percent))\" title=\"\(HTMLText.escape(title))\"")
            }
            table.rows.append((rep.name, cells))
        }
        return table.html + legend
    }

    /// The shade step of a percentage: 0 (under 20%) to 4 (80% and more).
    static func band(_ percent: Int) -> Int { min(4, max(0, percent / 20)) }

    static let legend = """
        <p class="legend">Each cell: the share of a rep's replies that used the technique where \
        the scenario called for it, and how many replies that is (met/called for). Shades: \
        <span class="shade s0">0–19%</span> <span class="shade s1">20–39%</span> \
        <span class="shade s2">40–59%</span> <span class="shade s3">60–79%</span> \
        <span class="shade s4">80–100%</span> <span class="shade na">– not called for</span></p>

        """

    /// A name that may break after its hyphens and slashes as well as at spaces.
    static func breakable(_ name: String) -> String {
        HTMLText.escape(name).replacingOccurrences(of: "-", with: "-<wbr>")
            .replacingOccurrences(of: "/", with: "/<wbr>")
    }

    /// One row per rep, one column per drill set: passed, not passed or incomplete, in words
    /// with a sign (✓ ✗ …), the score behind it and the number of runs in the cell's title.
    static func drills(_ drills: [DrillRunRecord]) -> String {
        let standings = DrillStanding.standings(drills)
        guard !standings.isEmpty else { return "" }
        let sets = Set(standings.map(\.set)).sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        var reps: [String] = []
        for standing in standings where reps.last != standing.rep { reps.append(standing.rep) }
        var bySet: [String: [String: DrillStanding]] = [:]
        for standing in standings { bySet[standing.rep, default: [:]][standing.set] = standing }
        var table = HTMLTable(
            className: "r drills",
            columns: [HTMLTable.Column("Rep")]
                + sets.map { HTMLTable.Column(html: breakable($0), text: $0, key: $0) })
        for rep in reps {
            table.rows.append(
                (
                    rep,
                    sets.map { set in
                        guard let standing = bySet[rep]?[set] else {
                            return HTMLTable.Cell("–<span class=\"sr\"> not run</span>")
                        }
                        let sign =
                            ["passed": "✓", "not passed": "✗", "incomplete": "…"][standing.status.rawValue]
                            ?? ""
                        let kind = standing.status == .notPassed ? "failed" : standing.status.rawValue
                        let title =
                            "\(standing.runs) run\(standing.runs == 1 ? "" : "s") · pass mark \(standing.deciding.passMark)"
                            + " · \(standing.status == .incomplete ? "furthest" : "best") run started "
                            + ReportDates.iso8601(standing.deciding.started)
                        return HTMLTable.Cell(
                            "<span aria-hidden=\"true\">\(sign) </span>\(HTMLText.escape(standing.text))",
                            attributes: " class=\"status \(kind)\" title=\"\(HTMLText.escape(title))\"")
                    }
                ))
        }
        return "<p>Per rep and drill set, over all their runs: passed (a complete run reached the set's pass "
            + "mark), not passed (complete runs, none reached it) or incomplete (every run left early).</p>\n"
            + table.html
    }
}
