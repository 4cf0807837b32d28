import Foundation

/// Date ticks for the x axis of the score charts: round dates (whole hours, days, weeks,
/// months or years, in UTC) at a step chosen so that no more than `maxCount` labels share the
/// axis. Labels are ISO 8601 as the rest of the report writes dates: `2026-09-21`, `2026-09`
/// for month steps and `2026-09-21 14:00` for steps under a day.
enum DateAxis {
    struct Tick: Equatable {
        var date: Date
        var label: String
    }

    private enum Step {
        case seconds(Double)
        case months(Int)
    }

    private static let hour = 3600.0
    private static let day = 86_400.0
    private static let steps: [Step] = [
        .seconds(hour), .seconds(3 * hour), .seconds(6 * hour), .seconds(12 * hour), .seconds(day),
        .seconds(2 * day), .seconds(7 * day), .seconds(14 * day), .months(1), .months(2), .months(3),
        .months(6), .months(12), .months(24), .months(60), .months(120),
    ]

    /// The ticks within `from…to`. When the first step with few enough ticks has only one
    /// inside the span, every second (third…) tick of the step before it; when the span is too
    /// short for two round ticks, its two ends (or its one date when both ends are equal) with
    /// date and time.
    static func ticks(from: Date, to: Date, maxCount: Int) -> [Tick] {
        let limit = max(1, maxCount)
        var previous: Step?
        for step in steps {
            let dates = self.dates(from: from, to: to, step: step, limit: limit + 1)
            guard dates.count <= limit else {
                previous = step
                continue
            }
            if dates.count >= 2 { return dates.map { Tick(date: $0, label: label($0, step: step)) } }
            guard let previous, limit >= 2 else { break }
            let finer = self.dates(from: from, to: to, step: previous, limit: 64 * limit)
            let every = (finer.count + limit - 1) / limit
            return stride(from: 0, to: finer.count, by: every).map {
                Tick(date: finer[$0], label: label(finer[$0], step: previous))
            }
        }
        let ends = from == to || limit < 2 ? [from] : [from, to]
        return ends.map { Tick(date: $0, label: dateTime($0)) }
    }

    /// The round dates of `step` in `from…to`; stops after `limit` of them.
    private static func dates(from: Date, to: Date, step: Step, limit: Int) -> [Date] {
        var dates: [Date] = []
        switch step {
        case .seconds(let seconds):
            // Weeks start on Monday (1970-01-01 was a Thursday: shift by 3 days).
            let offset = seconds == 7 * 86_400 || seconds == 14 * 86_400 ? -3 * 86_400.0 : 0
            var value =
                ((from.timeIntervalSince1970 - offset) / seconds).rounded(.up) * seconds + offset
            while value <= to.timeIntervalSince1970 && dates.count < limit {
                dates.append(Date(timeIntervalSince1970: value))
                value += seconds
            }
        case .months(let months):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
            let parts = calendar.dateComponents([.year, .month], from: from)
            var index = (parts.year ?? 1970) * 12 + (parts.month ?? 1) - 1
            index = (index + months - 1) / months * months
            while dates.count < limit {
                let start = DateComponents(year: index / 12, month: index % 12 + 1, day: 1)
                guard let date = calendar.date(from: start) else { break }
                if date < from {
                    index += months
                    continue
                }
                if date > to { break }
                dates.append(date)
                index += months
            }
        }
        return dates
    }

    private static func label(_ date: Date, step: Step) -> String {
        switch step {
        case .seconds(let seconds) where seconds < 86_400: dateTime(date)
        case .seconds: String(ReportDates.iso8601(date).prefix(10))
        case .months: String(ReportDates.iso8601(date).prefix(7))
        }
    }

    /// `2026-09-21 14:13`.
    static func dateTime(_ date: Date) -> String {
        let text = ReportDates.iso8601(date)
        return text.prefix(10) + " " + text.dropFirst(11).prefix(5)
    }
}
