import DefuseKit

/// Turns session events into the lines a rep reads. Shared by the REPL (with colour, on a
/// terminal) and the plain-text mode used without a terminal. Every piece of scenario text and
/// every reply passes through ``Sanitizer`` first.
struct TranscriptRenderer {
    /// Practice mode shows per-turn feedback; a drill keeps it for the end.
    var showsFeedback: Bool
    var colour: Bool
    var coach: Coach

    private func paint(_ text: String, _ style: Terminal.Style) -> String {
        Terminal.paint(text, style, enabled: colour)
    }

    func render(_ event: SessionEvent, scenario: Scenario) -> [String] {
        let name = Sanitizer.line(scenario.persona.name)
        switch event {
        case .intro(let title, let persona, let summary):
            return [
                paint(Sanitizer.line(title), .bold),
                paint("\(Sanitizer.line(persona.name)), \(Sanitizer.line(persona.role))", .dim)
                    + "  " + MoodMeter.render(persona.mood, colour: colour),
                Sanitizer.text(summary).trimmingCharacters(in: .whitespacesAndNewlines), "",
            ]
        case .clientLine(_, let text):
            return [
                "\(paint(name + ":", .cyan)) \(Sanitizer.text(text).trimmingCharacters(in: .whitespacesAndNewlines))"
            ]
        case .instruction(let text):
            return [paint("(\(Sanitizer.line(text)))", .magenta)]
        case .awaitingReply:
            return []
        case .awaitingChoice(_, let choices):
            return choices.enumerated().map { "  \($0 + 1). \(Sanitizer.line($1))" }
        case .rejected(let message):
            return [paint(message, .yellow)]
        case .graded(let turn):
            return showsFeedback ? feedback(turn, scenario: scenario) : []
        case .moodChanged(_, let to):
            return showsFeedback ? ["  " + MoodMeter.render(to, colour: colour)] : []
        case .clientReply(let text):
            return [
                "\(paint(name + ":", .cyan)) \(Sanitizer.text(text).trimmingCharacters(in: .whitespacesAndNewlines))"
            ]
        case .boiledOver:
            return [paint("\(name) has boiled over.", .red)]
        case .ended(let result):
            var lines = ["", paint("── \(result.outcome) · score \(result.score) ──", .bold)]
            if let debrief = result.debrief {
                lines.append(Sanitizer.text(debrief).trimmingCharacters(in: .whitespacesAndNewlines))
            }
            return lines
        }
    }

    /// ✓/✗ per expected technique with the words that earned it, violations, and one tip.
    func feedback(_ turn: Turn, scenario: Scenario) -> [String] {
        guard let node = scenario.nodes[turn.node], node.kind != .choice else {
            return turn.violations.isEmpty ? [] : turn.violations.map { "  " + paint("✗ \($0)", .red) }
        }
        var lines: [String] = []
        for id in node.expect {
            let words = (turn.evidence[id] ?? []).map { "“\(Sanitizer.line($0))”" }.joined(separator: ", ")
            lines.append(
                turn.met.contains(id)
                    ? "  " + paint("✓ \(id)", .green) + (words.isEmpty ? "" : "  " + paint(words, .dim))
                    : "  " + paint("✗ \(id)", .red))
        }
        for id in turn.violations {
            let words = (turn.evidence[id] ?? []).map { "“\(Sanitizer.line($0))”" }.joined(separator: ", ")
            lines.append(
                "  " + paint("✗ avoid \(id)", .red) + (words.isEmpty ? "" : "  " + paint(words, .dim)))
        }
        if let tip = coach.tip(for: turn, at: node) {
            lines.append("  " + paint("tip: ", .bold) + Sanitizer.line(tip))
        }
        return lines
    }

    /// A turn-by-turn summary for the end of a scenario or drill.
    func summary(_ turns: [Turn]) -> [String] {
        guard !turns.isEmpty else { return [] }
        var lines = [paint("turn by turn:", .bold)]
        for (index, turn) in turns.enumerated() {
            let percent = Int((turn.score * 100).rounded())
            var line = "  \(index + 1). \(turn.node)  \(percent)%"
            if !turn.met.isEmpty { line += "  " + paint("✓ " + turn.met.joined(separator: ", "), .green) }
            let misses = turn.missed + turn.violations
            if !misses.isEmpty { line += "  " + paint("✗ " + misses.joined(separator: ", "), .red) }
            lines.append(line)
        }
        return lines
    }
}

/// Picks one coaching tip for a turn: the first violation's advice, else the first missed
/// technique's, else the node's hint.
struct Coach {
    /// One-line advice per technique or violation id (from the technique cards).
    var advice: [String: String]

    func tip(for turn: Turn, at node: Node) -> String? {
        if let violation = turn.violations.first {
            return advice[violation] ?? "Leave out \(violation); it costs the turn a quarter of its score."
        }
        if let missed = turn.missed.first {
            return advice[missed] ?? node.hint ?? "Work \(missed) into your reply."
        }
        return nil
    }
}
