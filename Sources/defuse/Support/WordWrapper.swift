import Foundation

/// Breaks text into lines that fit a terminal's width, at spaces, never inside a word (a word
/// longer than a whole line is the one exception, cut where it must be).
///
/// Widths are display widths (``DisplayWidth``): wide characters take two columns, combining
/// marks and colour escapes none. A line that starts with spaces and a marker (`✓`, `✗`, `⚠`,
/// `1.`, `-`) continues under its text, so lists stay readable. ``reflow(_:)`` first joins the
/// lines a scenario author broke by hand, so text fills the width the rep has rather than the
/// one the author had; blank lines, indented lines and list items keep their breaks.
struct WordWrapper {
    /// The smallest width wrapped to; narrower terminals get 40-column lines.
    static let minimumWidth = 40

    let width: Int

    init(width: Int) {
        self.width = max(Self.minimumWidth, width)
    }

    /// `text` reflowed and wrapped: the lines to print, without newlines.
    func wrap(_ text: String) -> [String] {
        Self.reflow(text).flatMap(wrapLine)
    }

    /// One line (no newline in it) broken into lines of at most ``width`` columns.
    func wrapLine(_ line: String) -> [String] {
        let line = line.replacingOccurrences(of: "\t", with: "    ")
        guard DisplayWidth.of(line) > width else { return [line] }
        let indent = String(repeating: " ", count: min(hangingIndent(of: line), width / 2))
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var pendingSpaces = ""
        for piece in Self.pieces(of: line) {
            if piece.isSpace {
                pendingSpaces += piece.text
                continue
            }
            let wordWidth = DisplayWidth.of(piece.text)
            let spaceWidth = pendingSpaces.count
            if currentWidth > 0 || !pendingSpaces.isEmpty, currentWidth + spaceWidth + wordWidth > width,
                currentWidth > indent.count
            {
                lines.append(current)
                current = indent
                currentWidth = indent.count
                pendingSpaces = ""
            } else {
                current += pendingSpaces
                currentWidth += spaceWidth
                pendingSpaces = ""
            }
            if currentWidth + wordWidth <= width {
                current += piece.text
                currentWidth += wordWidth
                continue
            }
            // A word wider than a line: cut it, column by column.
            for character in piece.text {
                let characterWidth = DisplayWidth.of(String(character))
                if currentWidth + characterWidth > width, currentWidth > indent.count {
                    lines.append(current)
                    current = indent
                    currentWidth = indent.count
                }
                current.append(character)
                currentWidth += characterWidth
            }
        }
        lines.append(current)
        return lines
    }

    /// Where a continuation line starts: under the text after the leading spaces and a
    /// marker made of no letters (`✓`, `⚠`, `12.`, `-`), else under the leading spaces.
    func hangingIndent(of line: String) -> Int {
        let visible = Self.stripped(line)
        let spaces = visible.prefix { $0 == " " }.count
        let rest = visible.dropFirst(spaces)
        guard let end = rest.firstIndex(of: " ") else { return spaces }
        let marker = rest[..<end]
        guard !marker.isEmpty, DisplayWidth.of(marker) <= 4, !marker.contains(where: \.isLetter) else {
            return spaces
        }
        let afterMarker = rest[end...].prefix { $0 == " " }.count
        return spaces + DisplayWidth.of(marker) + afterMarker
    }

    /// Joins hand-broken lines into paragraphs: a blank line, an indented line or a list item
    /// (`- `, `* `, `1. `) starts a new one.
    static func reflow(_ text: String) -> [String] {
        var lines: [String] = []
        var joinable = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                lines.append("")
                joinable = false
                continue
            }
            let startsBlock = line.first == " " || line.first == "\t" || isListItem(trimmed)
            if joinable, !startsBlock, let last = lines.popLast() {
                lines.append(last + " " + trimmed)
            } else {
                lines.append(line)
            }
            joinable = !startsBlock
        }
        return lines
    }

    private static func isListItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ") { return true }
        let digits = line.prefix { $0.isNumber }
        return !digits.isEmpty
            && (line.dropFirst(digits.count).hasPrefix(". ")
                || line.dropFirst(digits.count).hasPrefix(") "))
    }

    /// `text` without ANSI escape sequences.
    static func stripped(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var output = ""
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                output.append(character)
            }
        }
        return output
    }

    /// Runs of spaces and runs of everything else, in order.
    private static func pieces(of line: String) -> [(text: String, isSpace: Bool)] {
        var pieces: [(text: String, isSpace: Bool)] = []
        for character in line {
            let isSpace = character == " "
            if let last = pieces.last, last.isSpace == isSpace {
                pieces[pieces.count - 1].text.append(character)
            } else {
                pieces.append((String(character), isSpace))
            }
        }
        return pieces
    }
}
