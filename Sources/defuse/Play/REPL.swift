import DefuseKit
import Foundation

/// The interactive loop of `defuse play` on a terminal: shows the client's lines, reads the
/// rep's replies with readline, answers slash commands, and hands each reply to the session.
struct REPL {
    var session: Session
    var renderer: TranscriptRenderer
    /// A drill hides hints, explanations and retries.
    var drill: Bool
    let editor: LineEditor
    var recorder: (any AttemptRecording)?
    /// Card text per id, for `/techniques`.
    /// The card names the rep reads instead of ids.
    private var name: TechniqueNames { renderer.coach.name }
    var cards: [String: String]
    /// Where Enter goes once the story has ended ("goes back to the menu").
    var leaving = "leaves"
    private var transcript: [String] = []

    init(
        session: Session, renderer: TranscriptRenderer, drill: Bool, editor: LineEditor,
        recorder: (any AttemptRecording)?, cards: [String: String]
    ) {
        self.session = session
        self.renderer = renderer
        self.drill = drill
        self.editor = editor
        self.recorder = recorder
        self.cards = cards
    }

    /// Plays until the rep leaves: at the end of the story, practice offers `/retry` (the turn
    /// that ended it) and `/restart`, and Enter moves on; a drill moves on at once. Returns how
    /// the scenario came out.
    mutating func run() throws -> SessionResult {
        // Nothing of this scenario is shown again on a resize once it is left.
        defer { LineEditor.showing([]) }
        editor.complete(with: SlashCommand.words)
        show(session.start())
        say(
            renderer.colour
                ? "\u{1B}[2m(/help for commands, Ctrl-D to leave)\u{1B}[0m"
                : "(/help for commands, Ctrl-D to leave)")
        var endShown = false
        while true {
            if session.isOver, !endShown {
                endShown = true
                try recorder?.finish(session)
                for line in renderer.summary(session.turns, scenario: session.scenario) { say(line) }
                if drill { break }
                say(afterEnd)
            }
            guard let line = editor.readLine(prompt: prompt) else {
                say("")
                break
            }
            var reply = line
            if reply.count > ScriptedPlay.maximumReplyLength {
                reply = String(reply.prefix(ScriptedPlay.maximumReplyLength))
                say("(your reply was cut to \(ScriptedPlay.maximumReplyLength) characters)")
            }
            if let parsed = SlashCommand.parse(reply) {
                switch parsed {
                case .failure(let unknown): say(unknown.message)
                case .success(.quit): try recorder?.finish(session); return session.result
                case .success(let command):
                    try handle(command)
                    if !session.isOver { endShown = false }
                }
                continue
            }
            if session.isOver {
                if reply.trimmingCharacters(in: .whitespaces).isEmpty { break }
                say("The conversation is over. " + afterEnd)
                continue
            }
            if reply.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            transcript.append("you: " + Sanitizer.line(reply))
            let events = session.respond(reply)
            try recorder?.record(events, session: session)
            show(events)
        }
        try recorder?.finish(session)
        return session.result
    }

    /// What the rep can do once the story has ended.
    private var afterEnd: String {
        "/retry takes the last turn again, /restart plays it from the start, Enter \(leaving)."
    }

    private var prompt: String {
        if session.isOver { return "done> " }
        if case .awaitingChoice(let id) = session.state, let count = session.scenario.nodes[id]?.choices.count
        {
            return "pick 1-\(count)> "
        }
        return "you> "
    }

    private mutating func handle(_ command: SlashCommand) throws {
        switch command {
        case .help:
            for entry in SlashCommand.allCases {
                say(
                    "  /\(entry.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(entry.summary)"
                )
            }
        case .hint:
            guard !drill else { return say("No hints in a drill.") }
            say(session.currentNode?.hint.map { "hint: " + Sanitizer.line($0) } ?? "No hint for this turn.")
        case .why:
            guard !drill else { return say("Explanations come at the end of a drill.") }
            explainLastTurn()
        case .retry:
            guard !drill else { return say("No retries in a drill.") }
            guard session.canRetry else { return say("Nothing to take back yet.") }
            let index = session.turns.count - 1
            let wasOver = session.isOver
            show(session.retry())
            if wasOver { try recorder?.reopen() }
            try recorder?.retract(turnIndex: index)
        case .techniques:
            let node = session.currentNode
            let ids = (node?.expect ?? []) + (node?.avoid ?? [])
            if ids.isEmpty { say("This turn is not graded on named techniques.") }
            for id in ids { say("  \(name(id)): " + Sanitizer.line(cards[id] ?? "")) }
        case .model:
            guard !drill else { return say("Model replies come at the end of a drill.") }
            showModel()
        case .mood:
            let label = MoodMeter.label(in: session.scenario, at: session.currentNode?.id)
            say(MoodMeter.render(session.mood, colour: renderer.colour, label: label))
        case .transcript:
            for line in transcript { say(line) }
        case .restart:
            guard !drill else { return say("No restarts in a drill.") }
            try recorder?.finish(session)
            try recorder?.restart()
            transcript = []
            show(session.restart())
        case .quit:
            break
        }
    }

    private func explainLastTurn() {
        guard let turn = session.turns.last, let node = session.scenario.nodes[turn.node] else {
            return say("Nothing graded yet.")
        }
        guard node.kind != .choice else {
            return say(
                "You picked: \(Sanitizer.line(turn.reply)) (credits: \(name.list(turn.detected)))"
            )
        }
        let assessment = session.assess(turn.reply, at: node)
        say("Your reply at '\(node.id)' scored \(Int((turn.score * 100).rounded()))%:")
        for id in node.expect {
            let present = assessment.detected.contains(id)
            let why = assessment.explanations[id] ?? (present ? "present" : "not found")
            say("  \(present ? "✓" : "✗ missed") \(name(id)): \(Sanitizer.line(why))")
        }
        for id in node.avoid {
            guard assessment.detected.contains(id) else {
                say("  · \(name(id)): not present")
                continue
            }
            say("  ⚠ did \(name(id)): \(Sanitizer.line(assessment.explanations[id] ?? "present"))")
        }
    }

    /// The model reply for the turn being answered, or for the last one once the story ended.
    private func showModel() {
        let node = session.currentNode ?? session.turns.last.flatMap { session.scenario.nodes[$0.node] }
        guard let node else { return say("No turn to show a model reply for.") }
        guard node.isFreeText else {
            return say("This turn is a choice: pick the line that does what the turn asks.")
        }
        guard let model = session.modelReply(at: node) else {
            return say("No model reply for this turn; /hint says what it asks for.")
        }
        say("A reply that works at '\(node.id)':")
        say("  “\(Sanitizer.line(model))”")
    }

    private mutating func show(_ events: [SessionEvent]) {
        // What the rep now answers, from the client's last line on, for a reflow on resize.
        // The narration told just before that line belongs to it.
        if var last = events.lastIndex(where: {
            switch $0 {
            case .clientLine, .narration: true
            default: false
            }
        }) {
            while last > events.startIndex, case .narration = events[last - 1] { last -= 1 }
            LineEditor.showing(events[last...].flatMap { renderer.render($0, scenario: session.scenario) })
        }
        for event in events {
            let lines = renderer.render(event, scenario: session.scenario)
            if case .clientLine = event { transcript.append(contentsOf: lines.map(stripStyle)) }
            if case .narration = event { transcript.append(contentsOf: lines.map(stripStyle)) }
            if case .clientReply = event { transcript.append(contentsOf: lines.map(stripStyle)) }
            for line in lines { say(line) }
        }
    }

    private func stripStyle(_ line: String) -> String {
        line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    private func say(_ line: String) {
        Terminal.say(line)
    }
}
