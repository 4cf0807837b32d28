/// Turns diagnostics into text for people: the contract line `file:line:col: severity: …`,
/// followed (when source text is at hand) by the source line and a caret under the column, the
/// way Yams and compilers show a problem.
public struct DiagnosticRenderer: Sendable {
    /// Whether to show the source line and caret under each diagnostic.
    public var showsSource: Bool
    /// Optional styling of the severity word (the front end passes ANSI colours on a terminal).
    public var style: @Sendable (Diagnostic.Severity, String) -> String

    public init(
        showsSource: Bool, style: @escaping @Sendable (Diagnostic.Severity, String) -> String = { $1 }
    ) {
        self.showsSource = showsSource
        self.style = style
    }

    /// Renders one diagnostic; `source` is the text of the file it points into, if known.
    public func render(_ diagnostic: Diagnostic, source: String?) -> String {
        let head =
            "\(Self.printable(diagnostic.location.description)): "
            + "\(style(diagnostic.severity, diagnostic.severity.rawValue)): "
            + "\(Self.printable(diagnostic.text)) [\(diagnostic.code.rawValue)]"
        guard showsSource, let source, let line = Self.line(diagnostic.location.line, of: source) else {
            return head
        }
        let visible = Array(Self.printable(String(line)))
        let caretColumn = max(1, min(diagnostic.location.column, visible.count + 1))
        return head + "\n" + String(visible) + "\n" + String(repeating: " ", count: caretColumn - 1) + "^"
    }

    /// `text` with control characters (escape sequences, carriage returns, NUL…) replaced by
    /// U+FFFD and tabs by spaces, so text quoted from a file cannot drive the terminal.
    static func printable(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: output.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: output.append("\u{FFFD}")
            default: output.append(scalar)
            }
        }
        return String(output)
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
