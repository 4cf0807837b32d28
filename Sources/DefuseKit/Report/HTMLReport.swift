import Foundation

/// One self-contained HTML page (no scripts, no external files or fonts): a cohort
/// leaderboard with each rep's first, best and latest score, a rep × technique grid of mastery,
/// technique bars, drill pass status per rep and set, score-over-time charts with dated axes
/// drawn as inline SVG, per rep and scenario progress, a table per scenario and every attempt
/// with its replies. Tables turn into labelled cards on a narrow screen, so nothing is cut. All user text is escaped with ``HTMLText``.
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
    /// oldest first: the summary's aggregates, per rep the first, best and latest score (also
    /// per scenario) and a bounded ``ScoreSeries`` for the score chart (no turns, no list of
    /// attempts: memory grows with reps and scenarios, not with history). The attempts follow,
    /// newest first, each written by ``attempt(_:options:)`` as it is read, then ``ending``.
    public struct Overview: Sendable {
        let options: ReportOptions
        private var summary: ReportSummary.Builder
        private var series: [String: ScoreSeries] = [:]
        private var progress: [String: ScoreProgress] = [:]
        private var scenarioProgress: [String: [String: ScoreProgress]] = [:]

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
            series[attempt.rep, default: ScoreSeries()].add(attempt)
            progress[attempt.rep, default: ScoreProgress()].add(attempt)
            scenarioProgress[attempt.rep, default: [:]][attempt.scenario, default: ScoreProgress()].add(
                attempt)
        }

        /// The page from its start to the heading of the attempt list, with the drill runs.
        public func html(drills: [DrillRunRecord] = []) -> String {
            let summary = summary.summary
            var body =
                "<h1>Defuse results</h1>\n<p class=\"meta\">\(summary.attempts) attempts · \(summary.reps.count) reps"
            if let span = summary.span {
                body +=
                    " · \(DateAxis.dateTime(span.lowerBound)) to \(DateAxis.dateTime(span.upperBound)) UTC"
            }
            body += " · generated \(ReportDates.iso8601(options.generated))</p>\n"
            if isEmpty { return opening + body + "<p>No attempts recorded yet.</p>\n" }
            body += contents(drills: !drills.isEmpty)
            body += "<h2 id=\"leaderboard\">Leaderboard</h2>\n"
            body +=
                "<p>Scores of finished attempts: the mean, and the first, best and latest with the day each was played.</p>\n"
            for cohort in summary.cohorts {
                body +=
                    "<h3>\(HTMLText.escape(cohort ?? "No cohort"))</h3>\n"
                    + leaderboard(summary.leaderboard(cohort: cohort))
            }
            body += "<h2 id=\"grid\">Techniques by rep</h2>\n"
            body += HTMLGrid.mastery(summary, options: options)
            body +=
                "<h2 id=\"techniques\">Techniques</h2>\n<p>The share of replies that used each technique where the scenario called for it.</p>\n"
            body += HTMLCharts.bars(HTMLReport.techniqueRows(summary.mastery, options))
            let violations = HTMLReport.violationRows(summary.mastery, options)
            if !violations.isEmpty {
                body +=
                    "<h3>Violations</h3>\n<p>The share of replies that showed each violation where the scenario said to avoid it.</p>\n"
                    + HTMLCharts.bars(violations)
            }
            if !drills.isEmpty {
                body += "<h2 id=\"drills\">Drills</h2>\n" + HTMLGrid.drills(drills)
                body += DrillReport.html(drills)
            }
            body += "\n<h2 id=\"reps\">Scores over time</h2>\n"
            for rep in summary.reps {
                body += "<section class=\"rep\"><h3>\(HTMLText.escape(rep.name))</h3>\n"
                body +=
                    HTMLCharts.scores(
                        series[rep.name] ?? ScoreSeries(), title: "Scores of \(rep.name) over time",
                        options: options)
                    + "\n"
                body += scenarioTable(of: rep.name)
                body += "<details><summary>Techniques of \(HTMLText.escape(rep.name))</summary>"
                body += HTMLCharts.bars(HTMLReport.techniqueRows(rep.mastery, options)) + "</details>"
                body += "</section>\n"
            }
            body += "<h2 id=\"scenarios\">Scenarios</h2>\n" + HTMLReport.scenarioTable(summary, options)
            return opening + body + "<h2 id=\"attempts\">Attempts</h2>\n"
        }

        /// Links to the page's sections.
        private func contents(drills: Bool) -> String {
            let sections =
                [
                    ("leaderboard", "Leaderboard"), ("grid", "Techniques by rep"),
                    ("techniques", "Techniques"),
                ] + (drills ? [("drills", "Drills")] : []) + [
                    ("reps", "Scores over time"), ("scenarios", "Scenarios"), ("attempts", "Attempts"),
                ]
            return "<nav><ul>" + sections.map { "<li><a href=\"#\($0)\">\($1)</a></li>" }.joined()
                + "</ul></nav>\n"
        }

        private func leaderboard(_ reps: [ReportSummary.Group]) -> String {
            var table = HTMLTable(
                columns: ["Rep", "Rank", "Finished", "Abandoned", "Mean", "First", "Best", "Latest", "Trend"]
                    .map {
                        HTMLTable.Column($0)
                    })
            for (rank, rep) in reps.enumerated() {
                let progress = progress[rep.name] ?? ScoreProgress()
                table.rows.append(
                    (
                        rep.name,
                        [
                            .text(String(rank + 1)), .text(String(rep.scores.count)),
                            .text(String(rep.abandoned)),
                            .text(rep.mean.map(String.init) ?? "–"), HTMLReport.mark(progress.first),
                            HTMLReport.mark(progress.best),
                            HTMLReport.mark(progress.latest, change: progress.change),
                            HTMLTable.Cell(
                                "<span aria-hidden=\"true\">\(TextCharts.sparkline(rep.scores))</span>"
                                    + "<span class=\"sr\">last \(min(20, rep.scores.count)) scores: "
                                    + rep.scores.suffix(20).map(String.init).joined(separator: ", ")
                                    + "</span>"),
                        ]
                    ))
            }
            return table.html
        }

        /// The rep's first, best and latest score in each scenario they played.
        private func scenarioTable(of rep: String) -> String {
            let scenarios = (scenarioProgress[rep] ?? [:]).sorted {
                $0.key.localizedStandardCompare($1.key) == .orderedAscending
            }
            var table = HTMLTable(
                columns: ["Scenario", "Finished", "Abandoned", "First", "Best", "Latest"].map {
                    HTMLTable.Column($0)
                })
            for (scenario, progress) in scenarios {
                table.rows.append(
                    (
                        options.title(of: scenario),
                        [
                            .text(String(progress.finished)), .text(String(progress.abandoned)),
                            HTMLReport.mark(progress.first), HTMLReport.mark(progress.best),
                            HTMLReport.mark(progress.latest, change: progress.change),
                        ]
                    ))
            }
            return "<details><summary>By scenario</summary>\(table.html)</details>"
        }
    }

    /// A score with the day it was played (and, for the latest, the change since the first).
    fileprivate static func mark(_ mark: ScoreProgress.Mark?, change: Int? = nil) -> HTMLTable.Cell {
        guard let mark else { return .text("–") }
        var html = "\(mark.score)"
        if let change, change != 0 {
            html += " <span class=\"change\">(\(change > 0 ? "+" : "−")\(abs(change)))</span>"
        }
        return HTMLTable.Cell(html + "<small>\(ReportDates.iso8601(mark.date).prefix(10))</small>")
    }

    static func techniqueRows(_ mastery: TechniqueMastery, _ options: ReportOptions)
        -> [(label: String, hint: String?, share: Double, caption: String)]
    {
        mastery.ordered(by: options.catalog).map { id, tally in
            let name = options.name(ofTechnique: id)
            return (name, name == id ? nil : id, tally.share, "\(tally.met) of \(tally.expected) replies")
        }
    }

    /// The violations some reply showed where its node avoided them: shown ÷ avoided.
    static func violationRows(_ mastery: TechniqueMastery, _ options: ReportOptions)
        -> [(label: String, hint: String?, share: Double, caption: String)]
    {
        mastery.orderedViolations(by: options.catalog).filter { $0.tally.shown > 0 }.map { id, tally in
            let name = options.name(ofTechnique: id)
            return (name, name == id ? nil : id, tally.share, "\(tally.shown) of \(tally.avoided) replies")
        }
    }

    fileprivate static func scenarioTable(_ summary: ReportSummary, _ options: ReportOptions) -> String {
        var table = HTMLTable(
            columns: ["Scenario", "Title", "Attempts", "Abandoned", "Mean", "Best"].map {
                HTMLTable.Column($0)
            })
        for scenario in summary.scenarios {
            table.rows.append(
                (
                    scenario.name,
                    [
                        .text(options.title(of: scenario.name)), .text(String(scenario.attempts)),
                        .text(String(scenario.abandoned)), .text(scenario.mean.map(String.init) ?? "–"),
                        .text(scenario.best.map(String.init) ?? "–"),
                    ]
                ))
        }
        return table.html
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
            "\(HTMLText.escape(attempt.outcomeText))</span> · \(attempt.score)"
        if let graded = attempt.gradedScore {
            html += " <span class=\"reviewed\" title=\"reviewed by a trainer\">✎ grader \(graded)</span>"
        }
        // A breach read and cleared at a check (review12 finding 12(b)), as JSON, CSV and xAPI
        // carry it: a drill holds its pass until a trainer reviews that reply.
        if let cleared = attempt.clearedAtCheckText {
            let waiting = attempt.clearedAtCheckAwaitingReview ? " pending" : ""
            html +=
                " · <span class=\"cleared\(waiting)\" title=\"a breach was read in a reply and a check cleared it\">"
                + "\(HTMLText.escape(cleared))</span>"
        }
        if let capped = attempt.scoreCapText {
            html +=
                " · <span class=\"capped\" title=\"the ending reached caps the score\">\(HTMLText.escape(capped))</span>"
        }
        html += "</summary>\n<ol start=\"1\">\n"
        for turn in attempt.turns {
            html += "<li><code>\(HTMLText.escape(turn.node))</code> “\(HTMLEvidence.reply(turn.turn))” "
            html += "<span class=\"score\">\(Int((turn.score * 100).rounded()))%</span>"
            if !turn.detected.isEmpty {
                html +=
                    " <span class=\"ids\">\(HTMLText.escape(turn.detected.joined(separator: ", ")))</span>"
            }
            if let entry = ReviewEntry(attempt: attempt, turn: turn) { html += review(entry) }
            if attempt.mode == .drill, turn.review == nil, turn.turn.needsComplianceReview {
                html +=
                    " <span class=\"pending\" title=\"nothing read at a compliance node\">needs review</span>"
            }
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
        body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 62rem; padding: 0 1rem; color: #1d232a; overflow-wrap: anywhere; }
        h1, h2, h3 { line-height: 1.2; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #dde; }
        nav ul { display: flex; flex-wrap: wrap; gap: .2rem 1rem; list-style: none; padding: 0; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; } th, td { padding: .25rem .6rem; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid #ccd; vertical-align: bottom; } tbody tr:nth-child(even) { background: #f5f6f8; }
        tbody th { font-weight: 600; } td small { display: block; color: #667; font-size: 78%; }
        .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        table.r:not(.grid) thead th { overflow-wrap: normal; } td b { white-space: nowrap; }
        table.grid { width: 100%; table-layout: fixed; } table.grid thead th { font-size: 85%; font-weight: 600; }
        table.grid thead th:first-child { width: 9rem; }
        table.grid td { text-align: center; padding: .3rem .25rem; } .grid td small { color: inherit; opacity: .85; }
        .shade { border: 1px solid #fff; } .legend .shade { display: inline-block; padding: 0 .4rem; border: 1px solid #ccd; }
        .s0 { background: #f0f5fb; color: #1d232a; } .s1 { background: #c6dbef; color: #1d232a; }
        .s2 { background: #6baed6; color: #10161c; } .s3 { background: #2166ac; color: #fff; } .s4 { background: #08306b; color: #fff; }
        .na { background: #fafafa; color: #667; }
        .status.passed { color: #17622e; } .status.failed { color: #a12a2a; } .status.incomplete { color: #7a5300; }
        .bars { display: grid; grid-template-columns: minmax(6rem, max-content) minmax(5rem, 1fr) minmax(0, max-content); gap: .35rem .7rem; align-items: center; margin: .6rem 0 1rem; }
        .bar { display: contents; } .bar .label { text-align: right; }
        .track { display: block; height: 1rem; background: #e6e9ec; border: 1px solid #c9ced4; } .fill { display: block; height: 100%; background: #2f7d6d; }
        svg.line { display: block; width: 100%; max-width: 560px; height: auto; margin: .4rem 0; }
        svg text { font: 12px system-ui, sans-serif; fill: #1d232a; } svg .tick { fill: #667; }
        .meta, .none, .legend { color: #556; } .abandoned { color: #a33; } .ids { color: #557; font-size: 90%; } .change { color: #556; }
        details { margin: .3rem 0; } summary { cursor: pointer; }
        .reviewed { color: #8a5a00; font-weight: 600; } .review { margin: .1rem 0 .4rem 1rem; } .note { font-style: italic; }
        .cleared { color: #a12a2a; }
        @media (max-width: 40rem) {
          body { margin: 1rem auto; }
          table.r, table.r tbody, table.r tr, table.r th, table.r td { display: block; width: auto; }
          table.r thead { display: none; } table.r tr { border: 1px solid #dde; margin: .6rem 0; padding: .3rem .5rem; }
          table.r td { padding: .15rem .3rem; text-align: right; } table.r td::after { content: ""; display: block; clear: both; }
          table.r td::before { content: attr(data-label); float: left; max-width: 62%; margin-right: .6rem; font-weight: 600; text-align: left; }
          table.r td small { display: inline; margin-left: .4rem; }
          .bars { grid-template-columns: minmax(0, 1fr) minmax(4rem, 40%); } .bar .label { text-align: left; }
          .bar .value { grid-column: 1 / -1; margin: -.3rem 0 .3rem; color: #556; }
        }
        @media print {
          * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          body { margin: 0; max-width: none; } details { display: block; } summary { list-style: none; }
          section.rep, table.grid tr { break-inside: avoid; }
        }
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
