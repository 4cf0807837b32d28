import Foundation

/// Inline SVG charts for the HTML report. Every label is escaped with ``HTMLText``.
enum HTMLCharts {
    /// One horizontal bar per row: label, bar of `share` (0…1), and a caption.
    static func bars(_ rows: [(label: String, share: Double, caption: String)], colour: String = "#2f7d6d")
        -> String
    {
        guard !rows.isEmpty else { return "<p class=\"none\">No technique was called for.</p>" }
        let labelWidth = 230.0
        let barWidth = 300.0
        let rowHeight = 24.0
        let height = Double(rows.count) * rowHeight + 4
        var svg = """
            <svg class="bars" role="img" viewBox="0 0 \(Int(labelWidth + barWidth + 160)) \(Int(height))" \
            width="\(Int(labelWidth + barWidth + 160))" height="\(Int(height))" xmlns="http://www.w3.org/2000/svg">
            """
        for (index, row) in rows.enumerated() {
            let share = min(1, max(0, row.share.isNaN ? 0 : row.share))
            let y = Double(index) * rowHeight + 2
            let percent = Int((share * 100).rounded())
            svg += """
                <g><title>\(HTMLText.escape(row.label)): \(percent)% (\(HTMLText.escape(row.caption)))</title>\
                <text x="\(Int(labelWidth - 8))" y="\(y + 16)" text-anchor="end">\(HTMLText.escape(row.label))</text>\
                <rect x="\(Int(labelWidth))" y="\(y + 3)" width="\(Int(barWidth))" height="16" fill="#e6e9ec"/>\
                <rect x="\(Int(labelWidth))" y="\(y + 3)" width="\(format(barWidth * share))" height="16" fill="\(colour)"/>\
                <text x="\(Int(labelWidth + barWidth + 8))" y="\(y + 16)">\(percent)% · \(HTMLText.escape(row.caption))</text></g>
                """
        }
        return svg + "</svg>"
    }

    /// Scores (0…100) over time as a line with a dot per attempt; abandoned attempts are hollow.
    static func scores(_ points: [(date: Date, score: Int, abandoned: Bool, label: String)], title: String)
        -> String
    {
        let width = 520.0
        let height = 160.0
        let left = 34.0
        let bottom = 20.0
        let plotWidth = width - left - 10
        let plotHeight = height - bottom - 10
        var svg = """
            <svg class="line" role="img" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" \
            height="\(Int(height))" xmlns="http://www.w3.org/2000/svg"><title>\(HTMLText.escape(title))</title>
            """
        for tick in stride(from: 0, through: 100, by: 25) {
            let y = 10 + plotHeight * (1 - Double(tick) / 100)
            svg +=
                "<line x1=\"\(Int(left))\" x2=\"\(Int(width - 10))\" y1=\"\(format(y))\" y2=\"\(format(y))\" stroke=\"#dde\"/>"
            svg +=
                "<text x=\"\(Int(left - 4))\" y=\"\(format(y + 4))\" text-anchor=\"end\" class=\"tick\">\(tick)</text>"
        }
        guard !points.isEmpty else { return svg + "</svg>" }
        let times = points.map(\.date.timeIntervalSince1970)
        let first = times.min() ?? 0
        let spread = max(1, (times.max() ?? 0) - first)
        func x(_ index: Int) -> Double {
            points.count == 1 ? left + plotWidth / 2 : left + plotWidth * (times[index] - first) / spread
        }
        func y(_ score: Int) -> Double { 10 + plotHeight * (1 - Double(min(100, max(0, score))) / 100) }
        let finished = points.indices.filter { !points[$0].abandoned }
        if finished.count > 1 {
            let line = finished.map { "\(format(x($0))),\(format(y(points[$0].score)))" }.joined(
                separator: " ")
            svg += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"#2f5d9d\" stroke-width=\"2\"/>"
        }
        for index in points.indices {
            let point = points[index]
            let fill = point.abandoned ? "white" : "#2f5d9d"
            svg += """
                <circle cx="\(format(x(index)))" cy="\(format(y(point.score)))" r="4" fill="\(fill)" stroke="#2f5d9d">\
                <title>\(HTMLText.escape(point.label))</title></circle>
                """
        }
        return svg + "</svg>"
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
