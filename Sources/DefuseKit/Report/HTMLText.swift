/// Escapes user text (rep names, replies, scenario titles and ids) for HTML, in element content
/// and in quoted attribute values alike.
///
/// `&`, `<`, `>`, `"` and `'` become character references; control characters (the escape
/// sequences that move a terminal's cursor or clear its screen, NUL, DEL, C1) become U+FFFD,
/// except newline and tab. Nothing a rep types can open a tag, close an attribute or smuggle a
/// control sequence into the page.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                switch scalar.value {
                case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: out += "\u{FFFD}"
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
