import DefuseKit
import Foundation

/// The list of recent attempts `review` shows: plain lines without a terminal, numbered rows
/// on one.
enum ReviewList {
    /// One line per attempt: UUID, start, rep, scenario, outcome, score, turns and how many
    /// were reviewed, then what a trainer must act on (``flags(_:)``).
    static func plain(
        _ attempts: [AttemptRecord], drills: [UUID: AttemptDrill] = [:], awaitingReview: Bool = false
    ) -> String {
        guard !attempts.isEmpty else { return empty(awaitingReview) + "\n" }
        return attempts.map { attempt in
            Sanitizer.line(
                [
                    AttemptID.text(attempt.id), day(attempt.started), attempt.rep, attempt.scenario,
                    attempt.outcome, "\(attempt.score)",
                    reviewed(attempt) + flags(attempt, drill: drills[attempt.id]),
                ].joined(separator: "  "))
        }.joined(separator: "\n") + "\n"
    }

    /// What the list says when it has no attempt to show.
    static func empty(_ awaitingReview: Bool) -> String {
        awaitingReview ? "No drill answers are waiting for a review." : "No attempts recorded yet."
    }

    /// Numbered rows for a terminal, newest first.
    static func numbered(_ attempts: [AttemptRecord], drills: [UUID: AttemptDrill] = [:]) -> [String] {
        let rows = attempts.enumerated().map { index, attempt in
            [
                "\(index + 1).", String(AttemptID.text(attempt.id).prefix(8)), day(attempt.started),
                Sanitizer.line(attempt.rep), Sanitizer.line(attempt.scenario), attempt.outcome,
                "\(attempt.score)",
                reviewed(attempt) + Sanitizer.line(flags(attempt, drill: drills[attempt.id])),
            ]
        }
        let widths = (0..<8).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 || column == 6 ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
    }

    /// `3 turns, 1 reviewed`.
    static func reviewed(_ attempt: AttemptRecord) -> String {
        let count = attempt.turns.count
        let reviewed = attempt.turns.filter { $0.review != nil }.count
        return "\(count) turn\(count == 1 ? "" : "s")" + (reviewed > 0 ? ", \(reviewed) reviewed" : "")
    }

    /// What the trainer must see on the line: ` · re-marked, was resolved 90 (trainer:
    /// offers-value on turn 1)` when a verdict of a compliance breach ended the attempt lost,
    /// ` · re-marked, was lost 40 (trainer Kim: turn 2 goes to calm-down, not played)` when a
    /// trainer's verdicts take the story off the path played (``Remark``), ` · failed drill
    /// first-week: lost ending (fail_on: lost)` for a drill attempt no trainer has reviewed
    /// whose ending failed its run, ` · breach read at turn 1, cleared at check` for a drill
    /// attempt whose breach a check cleared and no trainer has reviewed, and ` · pending review
    /// of 2 answers` when drill replies wait for a trainer; "" otherwise.
    static func flags(_ attempt: AttemptRecord, drill: AttemptDrill? = nil) -> String {
        var text = ""
        if let breach = attempt.breach, let was = attempt.gradedEnding {
            let score = attempt.gradedScore.map { " \($0)" } ?? ""
            text += " · re-marked, was \(was.rawValue)\(score) (\(breach.text))"
        } else if let remark = attempt.remark {
            let was = remark.playedEnding?.rawValue ?? "abandoned"
            let score = attempt.gradedScore.map { " \($0)" } ?? ""
            text += " · re-marked, was \(was)\(score) (\(remark.text))"
        }
        if let drill, !attempt.isReviewed { text += drill.failure(of: attempt) }
        // Review12 finding 12(b): a breach read and cleared at a check waits for a trainer.
        if attempt.clearedAtCheckAwaitingReview, let turn = attempt.clearedAtCheck {
            text += " · breach read at turn \(turn), cleared at check"
        }
        return text + DrillRunRecord.pending(attempt.answersAwaitingReview)
    }

    /// `2026-12-04 10:31` in UTC.
    static func day(_ date: Date) -> String {
        let text = ReportDates.iso8601(date)
        return String(text.prefix(10)) + " " + String(text.dropFirst(11).prefix(5))
    }
}
