import Foundation

/// One self-contained HTML page (no scripts, no external files): a cohort leaderboard,
/// per-technique mastery bars and score-over-time charts drawn as inline SVG, a table per
/// scenario and every attempt with its replies. All user text is escaped with ``HTMLText``.
/// A reply a trainer reviewed carries a ✎ mark, the verdicts the trainer changed (beside the
/// grader's) and the note; its score and the attempt's use the trainer's verdicts.
public enum HTMLReport {
    public static func render(
        _ attempts: [AttemptRecord], options: ReportOptions = ReportOptions(), drills: [DrillRunRecord] = []
    ) -> String {
        let summary = ReportSummary(attempts, catalog: options.catalog)
        var body =
            "<h1>Defuse results</h1>\n<p class=\"meta\">\(summary.attempts) attempts · \(summary.reps.count) reps"
        body += " · generated \(ReportDates.iso8601(options.generated))</p>\n"
        if attempts.isEmpty {
            body += "<p>No attempts recorded yet.</p>\n"
            return page(body)
        }
        body += "<h2>Leaderboard</h2>\n"
        for cohort in summary.cohorts {
            body +=
                "<h3>\(HTMLText.escape(cohort ?? "No cohort"))</h3>\n"
                + leaderboard(summary.leaderboard(cohort: cohort))
        }
        body +=
            "<h2>Techniques</h2>\n<p>The share of replies that used each technique where the scenario called for it.</p>\n"
        body += HTMLCharts.bars(techniqueRows(summary.mastery, options))
        body += "\n<h2>Scores over time</h2>\n"
        let byRep = Dictionary(grouping: attempts, by: \.rep)
        for rep in summary.reps {
            let points = (byRep[rep.name] ?? []).sorted { $0.started < $1.started }.map { attempt in
                (
                    date: attempt.started, score: attempt.score, abandoned: attempt.isAbandoned,
                    label: "\(options.title(of: attempt.scenario)), \(ReportDates.iso8601(attempt.started)): "
                        + "\(attempt.score) (\(attempt.outcome))"
                )
            }
            body += "<section class=\"rep\"><h3>\(HTMLText.escape(rep.name))</h3>\n"
            body += HTMLCharts.scores(points, title: "Scores of \(rep.name) over time") + "\n"
            body +=
                "<details><summary>Techniques</summary>\(HTMLCharts.bars(techniqueRows(rep.mastery, options)))</details>"
            body += "</section>\n"
        }
        body += DrillReport.html(drills)
        body += "<h2>Scenarios</h2>\n" + scenarioTable(summary, options)
        body += "<h2>Attempts</h2>\n" + attemptList(attempts, options)
        return page(body)
    }

    private static func techniqueRows(_ mastery: TechniqueMastery, _ options: ReportOptions)
        -> [(label: String, share: Double, caption: String)]
    {
        mastery.ordered(by: options.catalog).map { id, tally in
            (id, tally.share, "\(tally.met) of \(tally.expected) replies")
        }
    }

    private static func leaderboard(_ reps: [ReportSummary.Group]) -> String {
        var html = "<table><thead><tr><th>#</th><th>Rep</th><th>Finished</th><th>Abandoned</th><th>Mean</th>"
        html += "<th>Best</th><th>Trend</th></tr></thead><tbody>\n"
        for (rank, rep) in reps.enumerated() {
            html +=
                "<tr><td>\(rank + 1)</td><td>\(HTMLText.escape(rep.name))</td><td>\(rep.scores.count)</td>"
            html += "<td>\(rep.abandoned)</td><td>\(rep.mean.map(String.init) ?? "–")</td>"
            html +=
                "<td>\(rep.best.map(String.init) ?? "–")</td><td>\(TextCharts.sparkline(rep.scores))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    private static func scenarioTable(_ summary: ReportSummary, _ options: ReportOptions) -> String {
        var html = "<table><thead><tr><th>Scenario</th><th>Title</th><th>Attempts</th><th>Abandoned</th>"
        html += "<th>Mean</th><th>Best</th></tr></thead><tbody>\n"
        for scenario in summary.scenarios {
            html += "<tr><td><code>\(HTMLText.escape(scenario.name))</code></td>"
            html +=
                "<td>\(HTMLText.escape(options.title(of: scenario.name)))</td><td>\(scenario.attempts)</td>"
            html += "<td>\(scenario.abandoned)</td><td>\(scenario.mean.map(String.init) ?? "–")</td>"
            html += "<td>\(scenario.best.map(String.init) ?? "–")</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    private static func attemptList(_ attempts: [AttemptRecord], _ options: ReportOptions) -> String {
        var html = ""
        for attempt in attempts.reversed() {
            html +=
                "<details class=\"attempt\"><summary>\(HTMLText.escape(ReportDates.iso8601(attempt.started))) · "
            html +=
                "\(HTMLText.escape(attempt.rep)) · \(HTMLText.escape(options.title(of: attempt.scenario))) · "
            html +=
                "\(attempt.mode.rawValue) · <span class=\"\(attempt.isAbandoned ? "abandoned" : "ended")\">"
            html +=
                "\(HTMLText.escape(attempt.outcome))</span> · \(attempt.score)"
            if let graded = attempt.gradedScore {
                html += " <span class=\"reviewed\" title=\"reviewed by a trainer\">✎ grader \(graded)</span>"
            }
            html += "</summary>\n<ol start=\"1\">\n"
            for turn in attempt.turns {
                html += "<li><code>\(HTMLText.escape(turn.node))</code> “\(HTMLText.escape(turn.reply))” "
                html += "<span class=\"score\">\(Int((turn.score * 100).rounded()))%</span>"
                if !turn.detected.isEmpty {
                    html +=
                        " <span class=\"ids\">\(HTMLText.escape(turn.detected.joined(separator: ", ")))</span>"
                }
                if let entry = ReviewEntry(attempt: attempt, turn: turn) { html += review(entry) }
                html += "</li>\n"
            }
            html += "</ol></details>\n"
        }
        return html
    }

    /// The mark, the changed verdicts and the note of a reviewed reply.
    private static func review(_ entry: ReviewEntry) -> String {
        var html =
            "<div class=\"review\"><span class=\"reviewed\" title=\"reviewed by a trainer\">✎ reviewed by "
        html += "\(HTMLText.escape(entry.review.reviewer))</span> \(HTMLText.escape(entry.changeText))"
        if let note = entry.review.note { html += " <q class=\"note\">\(HTMLText.escape(note))</q>" }
        return html + "</div>"
    }

    private static func page(_ body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Defuse results</title>
        <style>
        body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d232a; }
        h1, h2, h3 { line-height: 1.2; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #dde; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; } th, td { padding: .25rem .7rem; text-align: left; }
        thead th { border-bottom: 2px solid #ccd; } tbody tr:nth-child(even) { background: #f5f6f8; }
        svg text { font: 12px system-ui, sans-serif; fill: #1d232a; } svg .tick { fill: #778; }
        .meta, .none { color: #667; } .abandoned { color: #a33; } .ids { color: #557; font-size: 90%; }
        details.attempt { margin: .3rem 0; } summary { cursor: pointer; }
        .reviewed { color: #8a5a00; font-weight: 600; } .review { margin: .1rem 0 .4rem 1rem; } .note { font-style: italic; }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
