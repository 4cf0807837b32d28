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
    var cards: [String: String]
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

    /// Plays until the story ends or the rep leaves; returns how it came out.
    mutating func run() throws -> SessionResult {
        editor.complete(with: SlashCommand.words)
        show(session.start())
        say(
            renderer.colour
                ? "\u{1B}[2m(/help for commands, Ctrl-D to leave)\u{1B}[0m"
                : "(/help for commands, Ctrl-D to leave)")
        while !session.isOver {
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
                case .success(let command): try handle(command)
                }
                continue
            }
            if reply.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            transcript.append("you: " + Sanitizer.line(reply))
            let events = session.respond(reply)
            try recorder?.record(events, session: session)
            show(events)
        }
        try recorder?.finish(session)
        if session.isOver {
            for line in renderer.summary(session.turns) { say(line) }
        }
        return session.result
    }

    private var prompt: String {
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
            show(session.retry())
            try recorder?.retract(turnIndex: index)
        case .techniques:
            let node = session.currentNode
            let ids = (node?.expect ?? []) + (node?.avoid ?? [])
            if ids.isEmpty { say("This turn is not graded on named techniques.") }
            for id in ids { say("  \(id): " + Sanitizer.line(cards[id] ?? "")) }
        case .mood:
            say(MoodMeter.render(session.mood, colour: renderer.colour))
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
                "You picked: \(Sanitizer.line(turn.reply)) (credits: \(turn.detected.joined(separator: ", ")))"
            )
        }
        let assessment = session.assess(turn.reply, at: node)
        say("Your reply at '\(node.id)' scored \(Int((turn.score * 100).rounded()))%:")
        for id in node.expect + node.avoid {
            let present = assessment.detected.contains(id)
            let mark = node.expect.contains(id) ? (present ? "✓" : "✗") : (present ? "✗" : "✓")
            let why = assessment.explanations[id] ?? (present ? "present" : "not found")
            say("  \(mark) \(id): \(Sanitizer.line(why))")
        }
    }

    private mutating func show(_ events: [SessionEvent]) {
        for event in events {
            let lines = renderer.render(event, scenario: session.scenario)
            if case .clientLine = event { transcript.append(contentsOf: lines.map(stripStyle)) }
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
