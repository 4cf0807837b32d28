import Foundation

/// Dates and durations as reports write them (ISO 8601), and `--since` as reps type it.
public enum ReportDates {
    /// `2026-11-24T09:30:00Z`: UTC, whole seconds (fractions dropped).
    ///
    /// Worked out with integer arithmetic (the civil-from-days algorithm of H. Hinnant's
    /// `chrono` notes) rather than a `FormatStyle`: reports write one date per recorded reply,
    /// a million of them over a large database.
    public static func iso8601(_ date: Date) -> String {
        var bytes: [UInt8] = []
        appendISO8601(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``iso8601(_:)``'s text for `date` to `out`.
    public static func appendISO8601(_ date: Date, to out: inout [UInt8]) {
        let interval = date.timeIntervalSince1970
        let seconds = interval.isFinite ? Int64(interval.rounded(.down)) : 0
        var days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = max(0, min(9999, yearOfEra + era * 400 + (month <= 2 ? 1 : 0)))
        func digits(_ value: Int64, _ count: Int) {
            var divisor: Int64 = 1
            for _ in 1..<count { divisor *= 10 }
            var value = value
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                value %= divisor
                divisor /= 10
            }
        }
        digits(year, 4)
        out.append(UInt8(ascii: "-"))
        digits(month, 2)
        out.append(UInt8(ascii: "-"))
        digits(day, 2)
        out.append(UInt8(ascii: "T"))
        digits(secondOfDay / 3600, 2)
        out.append(UInt8(ascii: ":"))
        digits(secondOfDay / 60 % 60, 2)
        out.append(UInt8(ascii: ":"))
        digits(secondOfDay % 60, 2)
        out.append(UInt8(ascii: "Z"))
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
