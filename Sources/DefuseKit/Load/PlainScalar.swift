internal import Yams

/// A cheap test that says when an untagged YAML scalar is text without asking Yams's resolver.
///
/// Yams resolves the tag of every untagged scalar by trying seven regular expressions (bool,
/// int, float, merge, null, timestamp, value), which was a fifth of `defuse list`'s start-up.
/// Every string those rules match is empty, at most five characters long (`false`, `NULL`,
/// `~`, `<<`, `=`), or starts with a digit, a sign or a dot. So a scalar that starts with a
/// letter and is longer than that, or starts with any other character, is a string, and the
/// resolver only runs for the few values that might be something else.
enum PlainScalar {
    /// True when no default resolver rule can match `text`: it is certainly a string.
    static func isPlainText(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
            UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: "="):
            return false
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
            UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return text.utf8.count > 5
        default:
            return true
        }
    }

    /// The tag Yams's default resolver gives an untagged plain scalar (for tests).
    static func resolverTag(_ text: String) -> String { Yams.Node.scalar(.init(text)).tag.description }
}
