import Foundation

/// The terminal report: who played what, how it went over time, and which techniques need work.
///
/// Plain text with box-drawing bars and sparklines; user text (names, ids) is printed as is, and
/// the front end neutralises control characters before it reaches a terminal.
public enum TableReport {
    public static func render(_ attempts: [AttemptRecord], options: ReportOptions = ReportOptions()) -> String
    {
        render(ReportSummary(attempts, catalog: options.catalog), options: options)
    }

    /// The table for a summary computed elsewhere (``ResultStore/summary(_:catalog:)``).
    public static func render(_ summary: ReportSummary, options: ReportOptions = ReportOptions()) -> String {
        guard summary.attempts > 0 else { return "No attempts recorded yet.\n" }
        var out = "Defuse results: \(count(summary.attempts, "attempt")), \(count(summary.reps.count, "rep"))"
        if let span = summary.span {
            out += ", \(day(span.lowerBound)) to \(day(span.upperBound))"
        }
        out += "\n\n"
        out += table(
            title: "REPS",
            header: ["rep", "cohort", "attempts", "abandoned", "mean", "best", "last", "trend"],
            rows: summary.reps.map {
                [$0.name, $0.cohort ?? "-", "\($0.attempts)", "\($0.abandoned)"] + stats($0)
            })
        out += "\n"
        out += table(
            title: "SCENARIOS",
            header: ["scenario", "title", "attempts", "abandoned", "mean", "best", "last", "trend"],
            rows: summary.scenarios.map {
                [$0.name, options.title(of: $0.name), "\($0.attempts)", "\($0.abandoned)"] + stats($0)
            })
        out +=
            "\n"
            + techniques(
                "TECHNIQUES (replies using each where it was called for, or showing a violation where it was to be avoided)",
                summary.mastery, options)
        for rep in summary.reps where summary.reps.count > 1 {
            out += "\n" + techniques("TECHNIQUES: \(rep.name)", rep.mastery, options)
        }
        if !summary.reviews.isEmpty { out += "\n" + reviews(summary.reviews) }
        return out
    }

    /// The turns trainers reviewed, newest first (at most ``reviewLines``).
    private static func reviews(_ entries: [ReviewEntry]) -> String {
        var out = "REVIEWED TURNS (\(entries.count); scores above use the trainers' verdicts)\n"
        for entry in entries.reversed().prefix(reviewLines) {
            out +=
                "  ✎ \(day(entry.started)) \(entry.rep) \(entry.scenario) \(AttemptID.text(entry.attempt).prefix(8)) "
            out += entry.summary + "\n"
        }
        if entries.count > reviewLines {
            out +=
                "  … and \(entries.count - reviewLines) more (defuse report --format json lists them all)\n"
        }
        return out
    }

    /// How many reviewed turns the table lists.
    static let reviewLines = 20

    private static func stats(_ group: ReportSummary.Group) -> [String] {
        [group.mean, group.best, group.last].map { $0.map(String.init) ?? "-" } + [
            TextCharts.sparkline(group.scores)
        ]
    }

    private static func techniques(_ title: String, _ mastery: TechniqueMastery, _ options: ReportOptions)
        -> String
    {
        var rows = mastery.ordered(by: options.catalog).map { id, tally in
            [id, TextCharts.bar(tally.share), "\(tally.met)/\(tally.expected)"]
        }
        // A violation counts only at replies whose node avoided it: shown / avoided.
        rows += mastery.orderedViolations(by: options.catalog).filter { $0.tally.shown > 0 }.map {
            id, tally in
            ["\(id) (violation)", TextCharts.bar(tally.share), "\(tally.shown)/\(tally.avoided)"]
        }
        guard !rows.isEmpty else { return title + "\n  (no technique was called for)\n" }
        return table(title: title, header: nil, rows: rows)
    }

    /// Left-aligned text columns, right-aligned numbers, two spaces apart.
    static func table(title: String, header: [String]?, rows: [[String]]) -> String {
        let all = (header.map { [$0] } ?? []) + rows
        let columns = all.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        var out = title + "\n"
        for row in all {
            let cells = row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return Int(cell) != nil || cell == "-" && column > 1 ? pad + cell : cell + pad
            }
            out +=
                "  "
                + cells.joined(separator: "  ").replacingOccurrences(
                    of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }
        return out
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private static func day(_ date: Date) -> String { String(ReportDates.iso8601(date).prefix(10)) }
}
