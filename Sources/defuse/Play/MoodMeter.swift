import DefuseKit

/// The client's mood as a meter: `mood ▰▰▰▰▰▰▰▱▱▱ 7/10 heated`.
enum MoodMeter {
    static func word(_ mood: Int) -> String {
        switch mood {
        case ...2: "calm"
        case 3...4: "wary"
        case 5...6: "tense"
        case 7...8: "heated"
        default: "boiling"
        }
    }

    /// `label` names what the meter reads: "mood", the client's ("Don Pruett's mood") where
    /// someone else speaks at some nodes, or "the room" (``label(in:at:)``).
    static func render(_ mood: Int, colour: Bool, label: String = "mood") -> String {
        let clamped = min(10, max(0, mood))
        let bar = String(repeating: "▰", count: clamped) + String(repeating: "▱", count: 10 - clamped)
        let style: Terminal.Style = clamped >= 7 ? .red : clamped >= 5 ? .yellow : .green
        return "\(label) \(Terminal.paint(bar, style, enabled: colour)) \(clamped)/10 \(word(clamped))"
    }

    /// What the meter reads in `scenario` after an answer at `node`: the client's mood, named
    /// when another speaker has lines in the scenario (a manager on the phone; review24 A
    /// finding 14), and "the room" after an answer to someone else (a node with a `speaker`),
    /// whose mood the meter is not (review25b B finding 13, review25 C finding 8).
    static func label(in scenario: Scenario, at node: String? = nil) -> String {
        if let node, scenario.nodes[node]?.speaker != nil { return "the room" }
        guard scenario.nodes.values.contains(where: { $0.speaker != nil }) else { return "mood" }
        return "\(Sanitizer.line(scenario.persona.name))'s mood"
    }
}
