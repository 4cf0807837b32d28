import Foundation

/// The charts of the HTML report: mastery bars as HTML (labels wrap, so a long technique name
/// is never cut) and scores over time as inline SVG with a dated x axis. Every label is escaped
/// with ``HTMLText``.
enum HTMLCharts {
    /// One bar per row: the label, a bar of `share` (0…1) and the percentage with a caption.
    /// The label's `title` holds `hint` (the technique id) when given.
    static func bars(_ rows: [(label: String, hint: String?, share: Double, caption: String)]) -> String {
        guard !rows.isEmpty else { return "<p class=\"none\">No technique was called for.</p>" }
        var html = "<div class=\"bars\">"
        for row in rows {
            let share = min(1, max(0, row.share.isNaN ? 0 : row.share))
            let percent = Int((share * 100).rounded())
            let hint = row.hint.map { " title=\"\(HTMLText.escape($0))\"" } ?? ""
            html += "<div class=\"bar\"><span class=\"label\"\(hint)>\(HTMLText.escape(row.label))</span>"
            html += "<span class=\"track\" aria-hidden=\"true\"><span class=\"fill\" "
            html += "style=\"width:\(format(share * 100))%\"></span></span>"
            html += "<span class=\"value\">\(percent)% · \(HTMLText.escape(row.caption))</span></div>"
        }
        return html + "</div>"
    }

    /// The score chart's geometry, in SVG units (the chart scales to the page's width).
    static let width = 560.0
    static let height = 200.0
    static let left = 40.0
    static let right = 24.0
    static let top = 10.0
    static let bottom = 48.0

    /// Scores (0…100) over time: the finished attempts' mean as a line with a dot per point (a
    /// bar from lowest to highest where a point gathers several attempts), abandoned attempts
    /// as hollow dots, dates along the x axis.
    static func scores(_ series: ScoreSeries, title: String, options: ReportOptions) -> String {
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        var svg = """
            <svg class="line" role="img" viewBox="0 0 \(Int(width)) \(Int(height))" \
            xmlns="http://www.w3.org/2000/svg"><title>\(HTMLText.escape(title))</title>
            """
        for tick in stride(from: 0, through: 100, by: 25) {
            let y = top + plotHeight * (1 - Double(tick) / 100)
            svg +=
                "<line x1=\"\(Int(left))\" x2=\"\(Int(width - right))\" y1=\"\(format(y))\" y2=\"\(format(y))\" stroke=\"#dde\"/>"
            svg +=
                "<text x=\"\(Int(left - 6))\" y=\"\(format(y + 4))\" text-anchor=\"end\" class=\"tick\">\(tick)</text>"
        }
        let points = series.points
        guard let first = points.first?.date, let last = points.last?.date else { return svg + "</svg>" }
        let spread = last.timeIntervalSince(first)
        func x(_ date: Date) -> Double {
            spread <= 0 ? left + plotWidth / 2 : left + plotWidth * date.timeIntervalSince(first) / spread
        }
        func y(_ score: Int) -> Double { top + plotHeight * (1 - Double(min(100, max(0, score))) / 100) }
        // The x axis: a line, round dates as ticks, their labels kept inside the chart.
        let axisY = top + plotHeight
        let sample = DateAxis.dateTime(first)
        let labelWidth = Double(sample.count) * 8
        let maxTicks = spread <= 0 ? 1 : Int(plotWidth / (labelWidth * 0.8 + 24))
        svg += "<g class=\"x-axis\">"
        for tick in DateAxis.ticks(from: first, to: last, maxCount: maxTicks) {
            let tickX = x(tick.date)
            let half = Double(tick.label.count) * 4.2
            let anchor = tickX - half < 2 ? "start" : tickX + half > width - 2 ? "end" : "middle"
            let labelX =
                anchor == "start" ? max(2, tickX - 4) : anchor == "end" ? min(width - 2, tickX + 4) : tickX
            svg +=
                "<line x1=\"\(format(tickX))\" x2=\"\(format(tickX))\" y1=\"\(format(top))\" y2=\"\(format(axisY + 4))\" stroke=\"#eef\"/>"
            svg += "<text class=\"date\" x=\"\(format(labelX))\" y=\"\(format(axisY + 18))\" "
            svg += "text-anchor=\"\(anchor)\">\(HTMLText.escape(tick.label))</text>"
        }
        svg += "<line x1=\"\(Int(left))\" x2=\"\(Int(width - right))\" y1=\"\(format(axisY))\" "
        svg += "y2=\"\(format(axisY))\" stroke=\"#99a\"/>"
        svg += "<text class=\"tick\" x=\"\(format(left + plotWidth / 2))\" y=\"\(format(height - 6))\" "
        svg += "text-anchor=\"middle\">date started (UTC)</text></g>"
        let finished = points.filter { $0.mean != nil }
        if finished.count > 1 {
            let line = finished.map { "\(format(x($0.date))),\(format(y($0.mean ?? 0)))" }.joined(
                separator: " ")
            svg += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"#2f5d9d\" stroke-width=\"2\"/>"
        }
        for point in points {
            let pointX = format(x(point.date))
            let label = HTMLText.escape(self.label(point, options: options))
            if let mean = point.mean {
                if point.high > point.low {
                    svg += "<line x1=\"\(pointX)\" x2=\"\(pointX)\" y1=\"\(format(y(point.low)))\" "
                    svg += "y2=\"\(format(y(point.high)))\" stroke=\"#2f5d9d\" stroke-opacity=\"0.45\"/>"
                }
                svg += "<circle cx=\"\(pointX)\" cy=\"\(format(y(mean)))\" r=\"4\" fill=\"#2f5d9d\" "
                svg += "stroke=\"#2f5d9d\"><title>\(label)</title></circle>"
            }
            if let mean = point.abandonedMean {
                svg += "<circle cx=\"\(pointX)\" cy=\"\(format(y(mean)))\" r=\"4\" fill=\"white\" "
                svg += "stroke=\"#2f5d9d\"><title>\(label)</title></circle>"
            }
        }
        return svg + "</svg>"
    }

    /// A point's tooltip: one attempt as scenario, date, score and outcome; several as their
    /// dates, count, mean and range.
    private static func label(_ point: ScoreSeries.Point, options: ReportOptions) -> String {
        if point.attempts == 1 {
            let score = point.mean ?? point.abandonedMean ?? 0
            return "\(options.title(of: point.scenario)), \(ReportDates.iso8601(point.first)): "
                + "\(score) (\(point.outcome))"
        }
        var text =
            "\(point.attempts) attempts, \(DateAxis.dateTime(point.first)) to \(DateAxis.dateTime(point.last))"
        if let mean = point.mean {
            text += ": \(point.finished) finished, mean \(mean) (\(point.low) to \(point.high))"
        }
        if point.abandoned > 0 { text += "; \(point.abandoned) abandoned" }
        return text
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
