import DefuseKit
import Foundation

/// Plays a scenario without a terminal (the contract of `shared/spec/cli.md`): one reply per
/// line on standard input (a choice node takes the choice's number), the conversation as plain
/// text, and a closing `outcome: <end kind> score: <0-100>` line; with `--json`, only the result
/// object at the end.
struct ScriptedPlay {
    var session: Session
    var renderer: TranscriptRenderer
    var json: Bool
    var recorder: (any AttemptRecording)?
    /// The longest reply taken; longer lines are cut (a pasted megabyte is not a reply).
    static let maximumReplyLength = 4_000

    mutating func run() throws {
        emit(session.start())
        while !session.isOver, let line = readLine(strippingNewline: true) {
            let reply = String(line.prefix(Self.maximumReplyLength))
            if reply.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            // SQLite would keep the text only up to a NUL while its evidence quotes past it.
            if reply.utf8.contains(0) {
                Terminal.warning("a reply cannot contain a NUL character; this line was skipped")
                continue
            }
            if !json { Terminal.say("you: \(Sanitizer.line(reply))") }
            let events = session.respond(reply)
            try recorder?.record(events, session: session)
            emit(events)
        }
        try recorder?.finish(session)
        let result = session.result
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            Terminal.write(String(decoding: try encoder.encode(result), as: UTF8.self) + "\n")
        } else {
            if !session.isOver { Terminal.write("\n(input ended before the scenario did)\n") }
            if renderer.showsFeedback || !session.isOver {
                for line in renderer.summary(session.turns, scenario: session.scenario) { Terminal.say(line) }
            }
            Terminal.write("outcome: \(result.outcome) score: \(result.score)\n")
        }
    }

    private func emit(_ events: [SessionEvent]) {
        guard !json else { return }
        for event in events {
            for line in renderer.render(event, scenario: session.scenario) { Terminal.say(line) }
        }
    }
}
