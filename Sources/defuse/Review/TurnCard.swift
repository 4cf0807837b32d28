import DefuseKit
import Foundation

/// One recorded turn as the interactive review shows it: the client's line, the rep's reply,
/// every verdict (numbered, so the trainer can flip it) with the grader's evidence, and the
/// turn score; a trainer's verdict is marked beside the grader's.
struct TurnCard {
    let attempt: AttemptRecord
    let position: Int
    let nodes: ReviewNodes
    let catalog: TechniqueCatalog
    let colour: Bool

    /// The ids a trainer can set, in catalog order (the composite follows its parts).
    static func ids(_ catalog: TechniqueCatalog) -> [String] {
        catalog.ids.filter { $0 != "apology-ownership-prevention-thanks" }
    }

    var lines: [String] {
        let turn = attempt.turns[position]
        let graded = turn.graded ?? turn.turn
        let node = nodes.node(attempt.scenario, turn.node)
        let client =
            nodes.workspace.library.scenarios.first { $0.id == attempt.scenario }?.persona.name ?? "Client"
        var score = "score \(ReviewRecorder.percent(turn.score))"
        if turn.review != nil && graded.score != turn.score {
            score += " (grader \(ReviewRecorder.percent(graded.score)))"
        }
        var out = [
            paint(
                "── Turn \(position + 1) of \(attempt.turns.count) · \(turn.node) · \(score)"
                    + (turn.review == nil ? "" : " · reviewed"), .bold)
        ]
        if let say = node?.say {
            out.append("\(node?.speaker.map(Sanitizer.line) ?? client): " + Sanitizer.line(say))
        }
        out.append("\(attempt.rep): " + Sanitizer.line(turn.reply))
        if let choice = turn.choice {
            out.append(paint("  (choice \(choice): nothing was graded; a note still helps)", .dim))
        } else {
            let expected = Set(turn.expected)
            let avoided = Set(node?.avoid ?? turn.review?.avoid ?? graded.violations)
            let ids = Self.ids(catalog)
            let width = ids.map(\.count).max() ?? 0
            for (number, id) in ids.enumerated() {
                let present = turn.detected.contains(id)
                let byGrader = graded.detected.contains(id)
                var line = "\(number + 1)".leftPadded(to: 4) + " "
                line += present ? paint("✓", .green) : paint("✗", .red)
                line += " " + id + String(repeating: " ", count: width - id.count)
                line +=
                    expected.contains(id) ? "  expected" : avoided.contains(id) ? "  avoided " : "          "
                if let trainer = turn.review?.verdicts[id], trainer.present != byGrader {
                    line += paint("  ✎ \(trainer.reviewer) (grader \(byGrader ? "✓" : "✗"))", .yellow)
                }
                if let evidence = graded.evidence[id], !evidence.isEmpty {
                    line += "  " + paint(Sanitizer.line(Self.clipped(evidence.joined(separator: "; "))), .dim)
                }
                out.append(line)
            }
        }
        if let review = turn.review {
            let note = review.note.map { "note: " + Sanitizer.line($0) } ?? "no note"
            out.append(
                paint(
                    "  \(note) (\(Sanitizer.line(review.reviewer)), \(ReviewList.day(review.reviewed)))",
                    .cyan))
        }
        return out
    }

    static func clipped(_ text: String) -> String {
        text.count <= 70 ? text : String(text.prefix(69)) + "…"
    }

    private func paint(_ text: String, _ style: Terminal.Style) -> String {
        Terminal.paint(text, style, enabled: colour)
    }
}
