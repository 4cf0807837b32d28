/// Turns diagnostics into text for people: the contract line `file:line:col: severity: …`,
/// followed (when source text is at hand) by the source line and a caret under the column, the
/// way Yams and compilers show a problem.
public struct DiagnosticRenderer: Sendable {
    /// Whether to show the source line and caret under each diagnostic.
    public var showsSource: Bool
    /// Optional styling of the severity word (the front end passes ANSI colours on a terminal).
    public var style: @Sendable (Diagnostic.Severity, String) -> String

    public init(showsSource: Bool, style: @escaping @Sendable (Diagnostic.Severity, String) -> String = { $1 }) {
        self.showsSource = showsSource
        self.style = style
    }

    /// Renders one diagnostic; `source` is the text of the file it points into, if known.
    public func render(_ diagnostic: Diagnostic, source: String?) -> String {
        let head =
            "\(diagnostic.location): \(style(diagnostic.severity, diagnostic.severity.rawValue)): "
            + "\(diagnostic.text) [\(diagnostic.code.rawValue)]"
        guard showsSource, let source, let line = Self.line(diagnostic.location.line, of: source) else {
            return head
        }
        let visible = line.map { $0 == "\t" ? " " : $0 }
        let caretColumn = max(1, min(diagnostic.location.column, visible.count + 1))
        return head + "\n" + String(visible) + "\n" + String(repeating: " ", count: caretColumn - 1) + "^"
    }

    /// The 1-based `number`th line of `text`, cut to 200 characters so a huge line stays readable.
    static func line(_ number: Int, of text: String) -> Substring? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" {
                if current == number { break }
                current += 1
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        guard current == number else { return nil }
        let line = text[start..<index]
        return line.prefix(200)
    }
}
