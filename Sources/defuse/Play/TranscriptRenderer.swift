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
        // A node's `speaker` (a manager on the phone) says its line and its branches' replies.
        func speaker(_ node: String) -> String {
            scenario.nodes[node]?.speaker.map(Sanitizer.line) ?? name
        }
        switch event {
        case .intro(let title, let persona, let summary):
            return [
                paint(Sanitizer.line(title), .bold),
                paint("\(Sanitizer.line(persona.name)), \(Sanitizer.line(persona.role))", .dim)
                    + "  " + MoodMeter.render(persona.mood, colour: colour),
                Sanitizer.text(summary).trimmingCharacters(in: .whitespacesAndNewlines), "",
            ]
        case .narration(_, let text):
            return [paint(Sanitizer.text(text).trimmingCharacters(in: .whitespacesAndNewlines), .dim)]
        case .clientLine(let node, let text):
            return [
                "\(paint(speaker(node) + ":", .cyan)) \(Sanitizer.text(text).trimmingCharacters(in: .whitespacesAndNewlines))"
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
        case .moodChanged(_, let to, let node):
            return showsFeedback
                ? [
                    "  "
                        + MoodMeter.render(to, colour: colour, label: MoodMeter.label(in: scenario, at: node))
                ] : []
        case .clientReply(let node, let text):
            return [
                "\(paint(speaker(node) + ":", .cyan)) \(Sanitizer.text(text).trimmingCharacters(in: .whitespacesAndNewlines))"
            ]
        case .boiledOver(_, let node):
            // Review25b B finding 13: someone else was speaking (a surgeon beside the nurse, a
            // manager on the phone): the room has had enough, not the absent client.
            if scenario.nodes[node]?.speaker != nil { return [paint("The room has had enough.", .red)] }
            return [paint("\(name) has boiled over.", .red)]
        case .ended(let result):
            var lines = ["", paint("── \(result.outcome) · score \(result.score) ──", .bold)]
            let earned = Scoring.scenarioScore(result.turns.map(\.score))
            if earned > result.score {
                // The ending's own `score_cap` when it is what holds the score down, else the
                // lost-ending cap.
                if let capped = result.scoreCap, capped.cap == result.score {
                    // Review25b B finding 9: a line crossed scores nothing.
                    lines.append(
                        result.breach
                            ? "Your replies earned \(earned), but an ending where a line was crossed scores \(capped.cap)."
                            : "Your replies earned \(earned), but the ending \(capped.ending) scores at most \(capped.cap)."
                    )
                } else {
                    let cap = Scoring.lostEndingCap
                    lines.append("Your replies earned \(earned), but a lost ending scores at most \(cap).")
                }
            }
            if result.breach {
                lines.append(
                    paint(
                        "A line was crossed: this ending is a breach, not a lost customer. "
                            + "A drill that fails on breaches fails on it.", .red))
            }
            lines += account(result.account)
            if let debrief = result.debrief {
                if result.account != nil { lines.append(paint("The lesson:", .bold)) }
                lines.append(Sanitizer.text(debrief).trimmingCharacters(in: .whitespacesAndNewlines))
            }
            return lines
        }
    }

    /// What decided the ending in this run, from the turn log: the deciding turns with the rep's
    /// words, then the techniques the run showed.
    func account(_ account: EndingAccount?) -> [String] {
        guard let account else { return [] }
        let sentences = account.sentences(naming: coach.name.callAsFunction)
        guard !sentences.isEmpty else { return [] }
        let heading = account.isGood ? "How this run got here:" : "What decided it:"
        return [paint(heading, .bold)] + sentences.map { "  " + Sanitizer.line($0) }
    }

    /// ✓ per technique met (with the words that earned it), `✗ missed` per technique missed,
    /// `⚠ did` per violation committed, one tip that says what to do instead, a pointer to
    /// `/model` after a miss, and why the mood rose when the reply was flawless.
    func feedback(_ turn: Turn, scenario: Scenario) -> [String] {
        guard let node = scenario.nodes[turn.node], node.kind != .choice else {
            return turn.violations.map { "  " + paint("⚠ did \(coach.name($0))", .yellow) }
                + givesMissedLine(turn) + crossedLine(turn) + afterMissLine(turn) + moodReason(turn, scenario)
        }
        var lines: [String] = []
        let crossed = !turn.crossedLine.isEmpty
        for id in node.expect {
            if !turn.met.contains(id) {
                lines.append("  " + paint("✗ missed \(coach.name(id))", .red))
            } else if crossed {
                // Read, but not earned: the reply crossed a line (review13 finding 13).
                lines.append(
                    "  " + paint("· \(coach.name(id)), not counted", .dim) + evidence(turn, id, at: node))
            } else {
                lines.append("  " + paint("✓ \(coach.name(id))", .green) + evidence(turn, id, at: node))
            }
        }
        for id in turn.violations {
            lines.append("  " + paint("⚠ did \(coach.name(id))", .yellow) + evidence(turn, id))
        }
        lines += givesMissedLine(turn) + crossedLine(turn)
        if let cause = turn.cause {
            lines.append(
                "  " + paint("why the story went this way: ", .bold)
                    + Sanitizer.line(cause.sentence(naming: coach.name.callAsFunction)))
        }
        if let tip = coach.tip(for: turn, at: node) {
            lines.append("  " + paint("tip: ", .bold) + Sanitizer.line(tip))
        }
        if !turn.passed, coach.modelReply(node) != nil {
            lines.append("  " + paint("(/model shows a reply that works here)", .dim))
        }
        return lines + moodReason(turn, scenario)
    }

    /// At a check that asked again, what the reply before it missed and this turn gave.
    private func givesMissedLine(_ turn: Turn) -> [String] {
        guard !turn.givesMissed.isEmpty else { return [] }
        return ["  " + paint("✓ given when asked again: \(coach.name.list(turn.givesMissed))", .green)]
    }

    /// After a turn that crossed a line (``Turn/crossedLine``), why it scored 0.
    private func crossedLine(_ turn: Turn) -> [String] {
        guard !turn.crossedLine.isEmpty else { return [] }
        return [
            "  " + paint("✗ a line crossed (\(coach.name.list(turn.crossedLine))): this turn scores 0", .red)
                + paint(", whatever else it showed", .dim)
        ]
    }

    /// Whether `turn` met nothing, gave nothing the reply before it missed, and showed no
    /// violation: a line picked after a miss that shows none of what the turn asked for, named
    /// alike live and in the summary. A line that gives what was missed ("✓ when asked again")
    /// shows something (review41 A finding 12), and so does a line that scored, crediting
    /// something the turn did not ask for (review43 R10 finding 9: live "50%", never "none").
    private static func creditsNothing(_ turn: Turn) -> Bool {
        turn.met.isEmpty && turn.violations.isEmpty && turn.givesMissed.isEmpty && turn.score == 0
    }

    /// At a check reached after a miss, why the pick scored what it did.
    private func afterMissLine(_ turn: Turn) -> [String] {
        guard turn.afterMiss else { return [] }
        let percent = Int((turn.score * 100).rounded())
        // Review24 B finding 16: a line that credits nothing scores 0 for what it is, not for
        // being printed; the half cap is no reason to give.
        if percent == 0, Self.creditsNothing(turn) {
            return ["  " + paint("this line shows none of what the turn asked for: 0%", .yellow)]
        }
        return [
            "  " + paint("chose the line offered after a miss: \(percent)%", .yellow)
                + paint(
                    " (a printed line counts at most half; typing it at the turn before counts in full)", .dim
                )
        ]
    }

    private func evidence(_ turn: Turn, _ id: String, at node: Node? = nil) -> String {
        if let earlier = turn.shownEarlier[id] { return "  " + paint("(shown at turn \(earlier))", .dim) }
        // Review14 finding 2: met because the branch taken credits it, not because of words.
        if turn.credited.contains(id), let node {
            let by =
                (node.next.indices.contains(turn.branch) ? node.next[turn.branch].condition?.met : nil) ?? []
            let what = by.isEmpty ? "the way this reply went" : coach.name.list(by)
            return "  " + paint("(counted here for \(what))", .dim)
        }
        let words = turn.shownEvidence(id).map { "“\(Sanitizer.line($0))”" }.joined(separator: ", ")
        return words.isEmpty ? "" : "  " + paint(words, .dim)
    }

    /// Why the mood rose after a turn that scored 100%: the branch's `reason`, or a plain word
    /// that the story, not the reply, moved it. When an earlier branch at the node asked for a
    /// technique the reply did not show (one the turn's score need not count), that technique
    /// is named instead, so the rep is never told the reply did everything asked when the
    /// story turned on something it lacked (review13, finding 3).
    func moodReason(_ turn: Turn, _ scenario: Scenario) -> [String] {
        guard turn.score >= 1, turn.moodAfter > turn.moodBefore else { return [] }
        let node = scenario.nodes[turn.node]
        let lacked =
            node?.techniquesLacked(beforeBranch: turn.branch, shown: Set(turn.detected + turn.met)) ?? []
        let reason =
            lacked.isEmpty
            ? node.flatMap { $0.next.indices.contains(turn.branch) ? $0.next[turn.branch].reason : nil }
                ?? "your reply did everything asked; here the client reacts to the situation, not to you."
            : "a better answer here also shows \(coach.name.list(lacked)), which your reply did not."
        return ["  " + paint("why the mood rose: ", .bold) + Sanitizer.line(reason)]
    }

    /// A turn-by-turn summary for the end of a scenario or drill: techniques met, missed and
    /// violations committed, and a model reply under each turn that scored under half.
    func summary(_ turns: [Turn], scenario: Scenario) -> [String] {
        guard !turns.isEmpty else { return [] }
        var lines = [paint("turn by turn:", .bold)]
        for (index, turn) in turns.enumerated() {
            let percent = Int((turn.score * 100).rounded())
            var line = "  \(index + 1). \(turn.node)  \(percent)%"
            if !turn.crossedLine.isEmpty {
                line += "  " + paint("✗ a line crossed: " + coach.name.list(turn.crossedLine), .red)
                if !turn.met.isEmpty {
                    line += "  " + paint("not counted: " + coach.name.list(turn.met), .dim)
                }
            } else if !turn.met.isEmpty {
                line += "  " + paint("✓ " + coach.name.list(turn.met), .green)
            }
            if !turn.missedAfterAsking.isEmpty {
                line += "  " + paint("✗ missed " + coach.name.list(turn.missedAfterAsking), .red)
            }
            if let at = turn.askedAgainAt {
                line +=
                    "  "
                    + paint(
                        "· only when asked again (turn \(at)): " + coach.name.list(turn.missedThenGiven),
                        .yellow)
            }
            if !turn.givesMissed.isEmpty {
                line += "  " + paint("✓ when asked again: " + coach.name.list(turn.givesMissed), .green)
            }
            if !turn.violations.isEmpty {
                line += "  " + paint("⚠ did " + coach.name.list(turn.violations), .yellow)
            }
            // A violation the node does not avoid costs the turn nothing, yet the branch taken on
            // it moved the story (review23 C finding 10): said beside the 100%, so the mark and
            // the account of the ending do not contradict each other.
            if let cause = turn.cause {
                let unscored = cause.violations.filter { !turn.violations.contains($0) }
                if !unscored.isEmpty {
                    let note =
                        "⚠ read " + coach.name.list(unscored) + ": not scored here, but it moved the story"
                    line += "  " + paint(note, .yellow)
                }
            }
            // Review25 B finding 14: the summary names a line that credits nothing as the live
            // feedback did.
            if turn.afterMiss {
                let what =
                    Self.creditsNothing(turn)
                    ? "chose a line that shows none of what the turn asked for"
                    : "chose the line offered after a miss"
                line += "  " + paint(what, .yellow)
            }
            lines.append(line)
            if turn.score < 0.5, let node = scenario.nodes[turn.node], let model = coach.modelReply(node) {
                lines.append("     " + paint("model: ", .bold) + "“\(Sanitizer.line(model))”")
            }
        }
        return lines
    }
}

/// Coaching after a miss: one tip per turn (what to do instead of the first violation, else
/// what the first missed technique asks for) and the node's model reply.
struct Coach {
    /// One-line advice per technique or violation id (the card's summary).
    var advice: [String: String]
    /// What to do instead of each violation (the card's `instead`).
    var instead: [String: String] = [:]
    /// The model reply at a node, if any (see ``Session/modelReply(at:)``).
    var modelReply: (Node) -> String? = { $0.model }
    /// The card names the rep reads instead of ids.
    var name: TechniqueNames

    init(techniques: [Technique], modelReply: @escaping (Node) -> String? = { $0.model }) {
        name = TechniqueNames(techniques: techniques)
        advice = Dictionary(techniques.map { ($0.id, $0.summary) }, uniquingKeysWith: { first, _ in first })
        instead = Dictionary(
            techniques.compactMap { technique in technique.instead.map { (technique.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        self.modelReply = modelReply
    }

    func tip(for turn: Turn, at node: Node) -> String? {
        if let violation = turn.violations.first {
            return instead[violation].map { "instead of \(name(violation)): \($0)" }
                ?? "Leave out \(name(violation)); it costs the turn a quarter of its score."
        }
        if let missed = turn.missed.first {
            return advice[missed].map { "\(name(missed)): \($0)" } ?? node.hint
                ?? "Work \(name(missed)) into your reply."
        }
        return nil
    }
}
