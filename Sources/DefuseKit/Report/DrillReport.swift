import Foundation

/// Drill runs in every report format: a `drills` array in JSON (the contract of
/// `shared/spec/cli.md`), a section in the table and HTML reports, a `drill_status` column in
/// CSV and one xAPI statement per run. A run left early says `incomplete` everywhere, and its
/// score counts the scenarios never played as 0.
public enum DrillReport {
    /// The table report's section: one line per run, then one per rep and set with its
    /// ``DrillStanding``.
    public static func table(_ drills: [DrillRunRecord]) -> String {
        guard !drills.isEmpty else { return "" }
        var lines = ["DRILLS"]
        for drill in drills {
            let cohort = drill.cohort.map { " (\($0))" } ?? ""
            lines.append(
                "  \(ReportDates.iso8601(drill.started))  \(drill.rep)\(cohort)  \(drill.set)  "
                    + "score \(drill.score)  \(drill.done)/\(drill.total) done  \(drill.status)  "
                    + (drill.passed
                        ? "passed\(drill.onReview) (pass mark \(drill.passMark))"
                            + DrillRunRecord.pending(drill.pendingReview)
                        : drill.verdict))
            for remark in drill.remarks { lines.append("    " + remark.text) }
        }
        lines.append("DRILL STANDING (per rep and set, over all runs)")
        for standing in DrillStanding.standings(drills) {
            let runs = "\(standing.runs) run\(standing.runs == 1 ? "" : "s")"
            lines.append(
                "  \(standing.rep)  \(standing.set)  \(standing.text)  (\(runs), pass mark \(standing.deciding.passMark))"
            )
        }
        return "\n" + lines.joined(separator: "\n") + "\n"
    }

    /// The HTML report's table of runs, newest last, after the grid of ``HTMLGrid/drills(_:)``.
    static func html(_ drills: [DrillRunRecord]) -> String {
        guard !drills.isEmpty else { return "" }
        var table = HTMLTable(
            columns: ["Rep", "Started", "Cohort", "Set", "Score", "Done", "Status", "Passed"].map {
                HTMLTable.Column($0)
            })
        for drill in drills {
            let cells = [
                ReportDates.iso8601(drill.started), drill.cohort ?? "–", drill.set, String(drill.score),
                "\(drill.done) of \(drill.total)", drill.status,
                drill.verdict,
            ]
            let status = drill.complete ? "" : " class=\"abandoned\""
            table.rows.append(
                (drill.rep, cells.map { HTMLTable.Cell(HTMLText.escape($0), attributes: status) }))
        }
        return "<details><summary>Every drill run (\(drills.count))</summary>\(table.html)</details>\n"
    }

    /// The drill run each attempt was played in, by attempt id, for the CSV report's
    /// `drill_status` and `drill_verdict` (`attempts`: run id by attempt id).
    public static func runByAttempt(_ drills: [DrillRunRecord], attempts: [UUID: UUID]) -> [UUID:
        DrillRunRecord]
    {
        let runs = Dictionary(drills.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return attempts.compactMapValues { runs[$0] }
    }

    /// One xAPI statement per run: `passed`, `failed`, or `terminated` for an incomplete one,
    /// with `completion` false and the honest score.
    public static func statements(_ drills: [DrillRunRecord], options: ReportOptions) -> [XAPIStatement] {
        let base = options.homePage
        return drills.map { drill in
            let verb = !drill.complete ? "terminated" : drill.passed ? "passed" : "failed"
            var extensions: [String: XAPIStatement.Extension] = [
                "\(base)/xapi/extensions/drill-run": .text(AttemptID.text(drill.id)),
                "\(base)/xapi/extensions/scenarios-done": .number(drill.done),
                "\(base)/xapi/extensions/scenarios-total": .number(drill.total),
            ]
            if let cohort = drill.cohort { extensions["\(base)/xapi/extensions/cohort"] = .text(cohort) }
            // A run a trainer's re-mark changed says so, and is a new statement (its result changed).
            let review = drill.isRemarked ? ["review", drill.verdict] : []
            if drill.isRemarked { extensions["\(base)/xapi/extensions/review"] = .text(drill.verdict) }
            return XAPIStatement(
                id: NameBasedUUID.v5(
                    namespace: NameBasedUUID.defuse,
                    name: ([base, "drill", AttemptID.text(drill.id), String(drill.done)] + review).joined(
                        separator: "\u{1F}")
                ).uuidString.lowercased(),
                actor: .init(name: drill.rep, account: .init(homePage: base, name: drill.rep)),
                verb: .init(id: XAPIReport.verbs[verb] ?? "", display: ["en-US": verb]),
                object: XAPIReport.drillActivity(
                    drill.set, base: base,
                    description: "A scored Defuse drill through \(drill.total) scenarios"),
                result: .init(
                    score: .init(scaled: Double(drill.score) / 100, raw: drill.score, min: 0, max: 100),
                    success: drill.complete ? drill.passed : nil, completion: drill.complete,
                    duration: "PT0S"),
                context: .init(
                    registration: AttemptID.text(drill.id),
                    contextActivities: .init(
                        parent: [],
                        grouping: drill.cohort.map { [XAPIReport.cohortActivity($0, base: base)] } ?? []),
                    platform: "Defuse", language: "en-US", extensions: extensions),
                timestamp: ReportDates.iso8601(drill.started))
        }
    }

    /// The JSON report's `drills` array, as the text that follows the `attempts` array (keys
    /// sorted, the layout `JSONEncoder` writes, indented to sit in the report object).
    public static func jsonMember(_ drills: [DrillRunRecord]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ReportDates.iso8601(date))
        }
        let text = (try? encoder.encode(drills)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        let indented = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            $0 == 0 ? String($1) : "  " + $1
        }.joined(separator: "\n")
        return ",\n  \"drills\" : " + indented
    }
}
