import Foundation

/// One row per attempt, as RFC 4180 CSV: a header line, CRLF line ends, and fields that
/// contain a comma, a double quote, a CR or LF (or start or end with a space) quoted, with
/// inner double quotes doubled. Lists (techniques met, missed, violations) are joined by `;`.
/// Scores and lists use trainers' verdicts where a trainer reviewed a turn; `grader_score` is the
/// score the grader gave, `reviewed_turns` counts the reviewed turns and `reviews` describes
/// each (`turn 2: apology ✗ (grader ✓) · Kim: "note"`, joined by ` | `).
///
/// A trainer's re-mark never replaces the grader's reading silently: `graded_outcome` is the
/// ending the story reached in play when a review changed the ending that counts (a confirmed
/// breach or a re-mark), `remark` says who re-marked the attempt, when, what the replay found
/// and the note (``AttemptRecord/remarkAccount``), and `drill_verdict` is the verdict of the
/// drill run the attempt was played in, `passed on review (was failed: …)` when a re-mark
/// changed it. `breach` is `true` when the ending that counts is a line crossed (an end node
/// marked `breach: true`, or a trainer's confirmed compliance breach), the drill's failure
/// reason under `fail_on: [breach]`.
public enum CSVReport {
    /// The header, in column order.
    public static let columns = [
        "id", "rep", "cohort", "scenario", "content_hash", "mode", "drill", "started", "ended", "outcome",
        "score",
        "turns", "duration_seconds", "techniques_met", "techniques_missed", "violations", "grader_score",
        "reviewed_turns", "reviews", "drill_status", "graded_outcome", "remark", "drill_verdict", "breach",
        "cleared_at_check", "score_cap",
    ]

    /// The rows; `drills` gives, by attempt id, the drill run each attempt was played in (see
    /// ``DrillReport/runByAttempt(_:attempts:)``).
    public static func render(_ attempts: [AttemptRecord], drills: [UUID: DrillRunRecord] = [:]) -> String {
        attempts.reduce(into: header) { $0 += row($1, drill: drills[$1.id]) }
    }

    /// The header line.
    public static var header: String { line(columns) }

    /// One attempt's line, with the drill run it was played in (if any); a report writes them one
    /// by one as the attempts stream by.
    public static func row(_ attempt: AttemptRecord, drill: DrillRunRecord? = nil) -> String {
        let met = ids(attempt.turns.flatMap(\.met))
        let missed = ids(attempt.turns.flatMap(\.missed))
        let violations = ids(attempt.turns.flatMap(\.violations))
        return line([
            AttemptID.text(attempt.id), attempt.rep, attempt.cohort ?? "", attempt.scenario,
            attempt.contentHash,
            attempt.mode.rawValue, attempt.drill ?? "", ReportDates.iso8601(attempt.started),
            attempt.ended.map(ReportDates.iso8601) ?? "", attempt.outcome, String(attempt.score),
            String(attempt.turns.count), String(format: "%.2f", attempt.duration), met, missed,
            violations, String(attempt.gradedScore ?? attempt.score), String(attempt.reviewEntries.count),
            attempt.reviewEntries.map(\.summary).joined(separator: " | "),
            drill.map { $0.complete ? "complete" : "incomplete" } ?? "",
            attempt.reviewedEnding?.rawValue ?? "",
            attempt.remarkAccount ?? "", drill?.verdict ?? "", attempt.countedBreach ? "true" : "false",
            attempt.clearedAtCheckText ?? "", attempt.scoreCapText ?? "",
        ])
    }

    /// Quotes one field when RFC 4180 requires it. A field that a spreadsheet would take for a
    /// formula (it starts with `=`, `+`, `-`, `@`, a tab or a CR) gets a leading `'` so that it
    /// stays text, as OWASP's CSV-injection advice says: a rep named `=HYPERLINK(…)` is shown,
    /// never run.
    public static func field(_ raw: String) -> String {
        let value = raw.unicodeScalars.first.map { formulaStarts.contains($0) } == true ? "'" + raw : raw
        let needsQuotes =
            value.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The first characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// Distinct ids with their counts where more than one: `apology;ownership×2`.
    private static func ids(_ list: [String]) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for id in list {
            if counts[id] == nil { order.append(id) }
            counts[id, default: 0] += 1
        }
        return order.map { counts[$0] == 1 ? $0 : "\($0)×\(counts[$0] ?? 0)" }.joined(separator: ";")
    }
}
