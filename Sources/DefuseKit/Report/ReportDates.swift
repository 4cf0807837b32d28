import Foundation

/// Dates and durations as reports write them (ISO 8601), and `--since` as reps type it.
public enum ReportDates {
    /// `2026-11-24T09:30:00Z`: UTC, whole seconds.
    public static func iso8601(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .gmt))
    }

    /// An ISO 8601 duration such as `PT1H2M3.45S` or `PT0S`, to 0.01 s (what xAPI asks for).
    public static func iso8601Duration(_ seconds: TimeInterval) -> String {
        let hundredths = Int((max(0, seconds) * 100).rounded())
        let hours = hundredths / 360_000
        let minutes = hundredths / 6_000 % 60
        let rest = hundredths % 6_000
        var text = "PT"
        if hours > 0 { text += "\(hours)H" }
        if minutes > 0 { text += "\(minutes)M" }
        if rest > 0 || (hours == 0 && minutes == 0) {
            text += rest % 100 == 0 ? "\(rest / 100)S" : String(format: "%d.%02dS", rest / 100, rest % 100)
        }
        return text
    }

    /// Parses `--since`: `YYYY-MM-DD` (midnight in `timeZone`) or a full ISO 8601 date-time
    /// `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z`, `±HH:MM` or `±HHMM` (local to `timeZone` without
    /// one). Returns nil for anything else, including impossible dates such as `2026-02-30`.
    public static func parseSince(_ text: String, timeZone: TimeZone = .current) -> Date? {
        let pattern =
            /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/
        guard let match = text.wholeMatch(of: pattern) else { return nil }
        var components = DateComponents()
        components.year = Int(match.1)
        components.month = Int(match.2)
        components.day = Int(match.3)
        components.hour = match.4.flatMap { Int($0) } ?? 0
        components.minute = match.5.flatMap { Int($0) } ?? 0
        components.second = match.6.flatMap { Int($0) } ?? 0
        var zone = timeZone
        if let designator = match.8 {
            guard let parsed = Self.zone(String(designator)) else { return nil }
            zone = parsed
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        components.timeZone = zone
        guard let date = calendar.date(from: components) else { return nil }
        // Reject overflowing fields (Calendar turns 2026-02-30 into March 2).
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard back.year == components.year, back.month == components.month, back.day == components.day,
            back.hour == components.hour, back.minute == components.minute, back.second == components.second
        else { return nil }
        let fraction = match.7.flatMap { Double("0." + $0) } ?? 0
        return date.addingTimeInterval(fraction)
    }

    private static func zone(_ designator: String) -> TimeZone? {
        if designator.uppercased() == "Z" { return TimeZone(identifier: "UTC") }
        let sign = designator.hasPrefix("-") ? -1 : 1
        let digits = designator.dropFirst().filter(\.isNumber)
        guard let hours = Int(digits.prefix(2)), hours <= 23 else { return nil }
        let minutes = digits.count > 2 ? Int(digits.suffix(2)) ?? 0 : 0
        guard minutes <= 59 else { return nil }
        return TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
    }
}
