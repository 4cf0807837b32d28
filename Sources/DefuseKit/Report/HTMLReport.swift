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
        // By start; attempts that started together keep the order they were given in (the store's).
        let ordered = attempts.enumerated().sorted {
            ($0.element.started, $0.offset) < ($1.element.started, $1.offset)
        }
        var overview = Overview(options: options)
        for (_, attempt) in ordered { overview.add(attempt) }
        var page = overview.html(drills: drills)
        if overview.isEmpty { return page + ending }
        for (_, attempt) in ordered.reversed() { page += self.attempt(attempt, options: options) }
        return page + ending
    }

    /// Everything on the page before the list of attempts, built while the attempts stream by
    /// oldest first: the summary's aggregates and, per rep, one point per attempt for the score
    /// chart (date, score, scenario, outcome; no turns). The attempts themselves follow, newest
    /// first, each written by ``attempt(_:options:)`` as it is read, then ``ending``.
    public struct Overview: Sendable {
        let options: ReportOptions
        private var summary: ReportSummary.Builder
        private var points: [String: [Point]] = [:]

        struct Point: Sendable {
            var date: Date
            var score: Int
            var abandoned: Bool
            var scenario: String
            var outcome: String
        }

        public init(options: ReportOptions) {
            self.options = options
            summary = ReportSummary.Builder(catalog: options.catalog)
        }

        /// Whether no attempt was added (the page then says so and lists none).
        public var isEmpty: Bool { latestStart == nil }

        /// When the latest attempt added started; nil when none was.
        public private(set) var latestStart: Date?

        /// Counts `attempt`; attempts must come oldest first. Its turns may be tallies only.
        public mutating func add(_ attempt: AttemptRecord) {
            summary.add(attempt)
            latestStart = max(latestStart ?? attempt.started, attempt.started)
            points[attempt.rep, default: []].append(
                Point(
                    date: attempt.started, score: attempt.score, abandoned: attempt.isAbandoned,
                    scenario: attempt.scenario, outcome: attempt.outcome))
        }

        /// The page from its start to the heading of the attempt list, with the drill runs.
        public func html(drills: [DrillRunRecord] = []) -> String {
            let summary = summary.summary
            var body =
                "<h1>Defuse results</h1>\n<p class=\"meta\">\(summary.attempts) attempts · \(summary.reps.count) reps"
            body += " · generated \(ReportDates.iso8601(options.generated))</p>\n"
            if isEmpty { return opening + body + "<p>No attempts recorded yet.</p>\n" }
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
            for rep in summary.reps {
                let points = (points[rep.name] ?? []).map { point in
                    (
                        date: point.date, score: point.score, abandoned: point.abandoned,
                        label: "\(options.title(of: point.scenario)), \(ReportDates.iso8601(point.date)): "
                            + "\(point.score) (\(point.outcome))"
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
            return opening + body + "<h2>Attempts</h2>\n"
        }
    }

    fileprivate static func techniqueRows(_ mastery: TechniqueMastery, _ options: ReportOptions)
        -> [(label: String, share: Double, caption: String)]
    {
        mastery.ordered(by: options.catalog).map { id, tally in
            (id, tally.share, "\(tally.met) of \(tally.expected) replies")
        }
    }

    fileprivate static func leaderboard(_ reps: [ReportSummary.Group]) -> String {
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

    fileprivate static func scenarioTable(_ summary: ReportSummary, _ options: ReportOptions) -> String {
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

    /// One attempt of the list, with its replies.
    public static func attempt(_ attempt: AttemptRecord, options: ReportOptions) -> String {
        var html =
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
        return html + "</ol></details>\n"
    }

    /// The mark, the changed verdicts and the note of a reviewed reply.
    private static func review(_ entry: ReviewEntry) -> String {
        var html =
            "<div class=\"review\"><span class=\"reviewed\" title=\"reviewed by a trainer\">✎ reviewed by "
        html += "\(HTMLText.escape(entry.review.reviewer))</span> \(HTMLText.escape(entry.changeText))"
        if let note = entry.review.note { html += " <q class=\"note\">\(HTMLText.escape(note))</q>" }
        return html + "</div>"
    }

    /// The page's start, up to the body's content.
    static let opening = """
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

        """

    /// The page's end, after the list of attempts.
    public static let ending = """

        </body>
        </html>

        """
}
