/// A table of the HTML report. Each data cell carries its column's name (`data-label`), so on a
/// narrow screen the page's style sheet shows every row as a card of labelled lines instead of
/// letting columns run off the edge. Headers and row names are plain text, escaped here; cells
/// are HTML, already escaped by their maker.
struct HTMLTable {
    struct Column {
        /// The header as HTML (it may hold `<wbr>` break hints).
        var html: String
        /// The header as plain text, for `data-label` and `title`.
        var text: String
        /// What the column is in the data (a technique or drill set id), as `data-key`.
        var key: String?

        init(_ text: String) {
            self.text = text
            html = HTMLText.escape(text)
        }

        init(html: String, text: String, key: String? = nil) {
            self.html = html
            self.text = text
            self.key = key
        }
    }

    struct Cell {
        var html: String
        /// Extra attributes of the `td`, such as a `class` or `style`.
        var attributes = ""

        init(_ html: String, attributes: String = "") {
            self.html = html
            self.attributes = attributes
        }

        /// A cell of plain text.
        static func text(_ text: String) -> Cell { Cell(HTMLText.escape(text)) }
    }

    var className = "r"
    var caption: String?
    var columns: [Column]
    /// Each row: its name (the first column, a row header) and its cells.
    var rows: [(name: String, cells: [Cell])] = []

    var html: String {
        var html = "<table class=\"\(className)\">"
        if let caption { html += "<caption>\(HTMLText.escape(caption))</caption>" }
        html += "<thead><tr>"
        for (index, column) in columns.enumerated() {
            html += "<th scope=\"col\""
            if index > 0 { html += " title=\"\(HTMLText.escape(column.text))\"" }
            if let key = column.key { html += " data-key=\"\(HTMLText.escape(key))\"" }
            html += ">"
            html += column.html + "</th>"
        }
        html += "</tr></thead><tbody>\n"
        for row in rows {
            html += "<tr><th scope=\"row\">\(HTMLText.escape(row.name))</th>"
            for (index, cell) in row.cells.enumerated() {
                let label = index + 1 < columns.count ? columns[index + 1].text : ""
                html += "<td data-label=\"\(HTMLText.escape(label))\"\(cell.attributes)>\(cell.html)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }
}
