/// A reply in the HTML report with the words each verdict rests on marked where they stand:
/// `<mark title="apology">sorry</mark>`, at the place the grader read them (``Turn/spans``), so
/// a reply that says "sorry" twice shows which one counted. Spans that overlap share one mark
/// whose title lists their ids; evidence whose place is unknown (a turn recorded before spans
/// were kept) is not marked, and the reply reads as typed.
enum HTMLEvidence {
    /// The escaped reply of `turn`, with the spans of its detected ids marked.
    static func reply(_ turn: Turn) -> String {
        let bytes = Array(turn.reply.utf8)
        var spans: [(range: Range<Int>, ids: [String])] = []
        for id in turn.detected {
            for case let span? in turn.spans[id] ?? [] where span.upperBound <= bytes.count && !span.isEmpty {
                spans.append((span, [id]))
            }
        }
        spans.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var merged: [(range: Range<Int>, ids: [String])] = []
        for span in spans {
            if let last = merged.last, span.range.lowerBound < last.range.upperBound {
                let range = last.range.lowerBound..<max(last.range.upperBound, span.range.upperBound)
                merged[merged.count - 1] = (range, last.ids + span.ids.filter { !last.ids.contains($0) })
            } else {
                merged.append(span)
            }
        }
        func text(_ range: Range<Int>) -> String {
            HTMLText.escape(String(decoding: bytes[range], as: UTF8.self))
        }
        var html = ""
        var position = 0
        for span in merged {
            html += text(position..<span.range.lowerBound)
            html += "<mark title=\"\(HTMLText.escape(span.ids.joined(separator: ", ")))\">"
            html += text(span.range) + "</mark>"
            position = span.range.upperBound
        }
        return html + text(position..<bytes.count)
    }
}
