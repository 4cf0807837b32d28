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

    static func render(_ mood: Int, colour: Bool) -> String {
        let clamped = min(10, max(0, mood))
        let bar = String(repeating: "▰", count: clamped) + String(repeating: "▱", count: 10 - clamped)
        let style: Terminal.Style = clamped >= 7 ? .red : clamped >= 5 ? .yellow : .green
        return "mood \(Terminal.paint(bar, style, enabled: colour)) \(clamped)/10 \(word(clamped))"
    }
}
