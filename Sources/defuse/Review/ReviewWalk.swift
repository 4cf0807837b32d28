import DefuseKit
import Foundation

/// `defuse review` on a terminal: pick a recent attempt, walk its turns, flip verdicts and
/// write notes with readline editing. Every change is saved at once.
struct ReviewWalk {
    let store: ResultStore
    let nodes: ReviewNodes
    let catalog: TechniqueCatalog
    let editor: LineEditor
    let reviewer: String
    let colour: Bool

    static let help =
        "number: flip that verdict · n: note · a: agree with the grader · c: clear the review · "
        + "Enter: next turn · b: back · q: the list"

    private var recorder: ReviewRecorder { ReviewRecorder(store: store, nodes: nodes, catalog: catalog) }

    /// Lists the attempts matching `filter` (newest first, `limit` of them; with `awaitingReview`
    /// only drill attempts whose answers wait for a trainer) until the trainer leaves.
    mutating func run(filter: ReportFilter, limit: Int, awaitingReview: Bool = false) throws {
        while true {
            let attempts = try store.recentAttempts(filter, limit: limit, awaitingReview: awaitingReview)
                .compactMap { try store.attempt(id: $0.id, catalog: catalog) }
            guard !attempts.isEmpty else {
                Terminal.write(ReviewList.empty(awaitingReview) + "\n")
                return
            }
            let title =
                awaitingReview
                ? "Drill attempts waiting for a review, newest first" : "Recent attempts, newest first"
            Terminal.write(Terminal.paint(title, .bold, enabled: colour) + "\n")
            let drills = try store.drills(of: attempts.map(\.id))
            for row in ReviewList.numbered(attempts, drills: drills) { Terminal.write(row + "\n") }
            Terminal.write("Pick an attempt by number or id (q or Ctrl-D leaves).\n")
            editor.complete(with: attempts.map { String(AttemptID.text($0.id).prefix(8)) })
            guard let line = editor.readLine(prompt: "attempt> ") else { return }
            let answer = line.trimmingCharacters(in: .whitespaces)
            if answer.isEmpty { continue }
            if ["q", "quit"].contains(answer.lowercased()) { return }
            if let number = Int(answer), attempts.indices.contains(number - 1) {
                try walk(attempts[number - 1].id)
                continue
            }
            do {
                try walk(try store.attemptID(matching: answer))
            } catch let error as StoreError {
                Terminal.write(Sanitizer.line(error.message) + "\n")
            }
        }
    }

    /// Shows the turns of attempt `id` one at a time until the trainer goes back to the list.
    private mutating func walk(_ id: UUID) throws {
        var position = 0
        var show = true
        while let attempt = try store.attempt(id: id, catalog: catalog) {
            guard !attempt.turns.isEmpty else {
                Terminal.write("This attempt has no recorded replies.\n")
                return
            }
            position = min(position, attempt.turns.count - 1)
            if show {
                let card = TurnCard(
                    attempt: attempt, position: position, nodes: nodes, catalog: catalog, colour: colour)
                Terminal.write("\n" + card.lines.joined(separator: "\n") + "\n")
                Terminal.write(Terminal.paint(Self.help, .dim, enabled: colour) + "\n")
            }
            show = true
            editor.complete(with: TurnCard.ids(catalog))
            guard let line = editor.readLine(prompt: "turn \(position + 1)> ") else { return }
            let answer = line.trimmingCharacters(in: .whitespaces)
            let turn = attempt.turns[position]
            switch answer.lowercased() {
            case "":
                guard position + 1 < attempt.turns.count else {
                    Terminal.write("That was the last turn; b goes back, q to the list.\n")
                    show = false
                    continue
                }
                position += 1
            case "b", "back": position = max(0, position - 1)
            case "q", "quit": return
            case "n", "note":
                guard let note = editor.readLine(prompt: "note> ", editing: turn.review?.note ?? "") else {
                    continue
                }
                try change(ReviewChange(note: note), position, attempt)
            case "a", "agree", "ok":
                try change(ReviewChange(note: turn.review?.note ?? ""), position, attempt)
            case "c", "clear": try change(ReviewChange(clearAll: true), position, attempt)
            case "?", "h", "help":
                Terminal.write(Self.help + "\n")
                show = false
            default:
                let ids = TurnCard.ids(catalog)
                let id = Int(answer).flatMap { ids.indices.contains($0 - 1) ? ids[$0 - 1] : nil } ?? answer
                guard ids.contains(id) else {
                    Terminal.write("'\(Sanitizer.line(answer))'? \(Self.help)\n")
                    show = false
                    continue
                }
                try change(flip(id, in: turn), position, attempt)
            }
        }
    }

    /// Flipping a verdict back to the grader's takes the trainer's verdict away.
    private func flip(_ id: String, in turn: TurnRecord) -> ReviewChange {
        let present = !turn.detected.contains(id)
        let graded = (turn.graded ?? turn.turn).detected.contains(id)
        return present == graded ? ReviewChange(clear: [id]) : ReviewChange(set: [id: present])
    }

    private func change(_ change: ReviewChange, _ position: Int, _ attempt: AttemptRecord) throws {
        do {
            let (before, after, replay) = try recorder.apply(
                change, turn: position + 1, attempt: attempt.id, by: reviewer)
            Terminal.write(
                Sanitizer.text(
                    ReviewRecorder.summary(before: before, after: after, turn: position + 1, replay: replay)))
        } catch let refusal as ReviewRecorder.Refusal {
            Terminal.write(Sanitizer.line(refusal.message) + "\n")
        }
    }
}
