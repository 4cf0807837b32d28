/// Neutralises terminal control characters and escape sequences in text from scenario files or
/// replies before it is printed, so a file cannot move the cursor, recolour or retitle the
/// terminal. Newlines and tabs survive in ``text(_:)``; ``line(_:)`` flattens to one line.
enum Sanitizer {
    static func text(_ input: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in input.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09: output.append(scalar)
            case 0x00...0x1F, 0x7F, 0x80...0x9F: output.append("\u{FFFD}")
            default: output.append(scalar)
            }
        }
        return String(output)
    }

    static func line(_ input: String) -> String {
        text(input).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
