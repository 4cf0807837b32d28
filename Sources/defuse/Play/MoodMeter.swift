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

    /// `of` names whose mood it is, for a scenario where someone else speaks at some nodes (a
    /// manager on the phone): the meter is always the client's, never the speaker's (review24 A
    /// finding 14).
    static func render(_ mood: Int, colour: Bool, of client: String? = nil) -> String {
        let clamped = min(10, max(0, mood))
        let bar = String(repeating: "▰", count: clamped) + String(repeating: "▱", count: 10 - clamped)
        let style: Terminal.Style = clamped >= 7 ? .red : clamped >= 5 ? .yellow : .green
        let label = client.map { "\($0)'s mood" } ?? "mood"
        return "\(label) \(Terminal.paint(bar, style, enabled: colour)) \(clamped)/10 \(word(clamped))"
    }

    /// Whose mood to name on the meter: the client's name when another speaker has lines in the
    /// scenario, else nil.
    static func owner(in scenario: Scenario) -> String? {
        scenario.nodes.values.contains { $0.speaker != nil } ? Sanitizer.line(scenario.persona.name) : nil
    }
}
