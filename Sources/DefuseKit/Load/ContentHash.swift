/// A stable content hash of a file's text (64-bit FNV-1a, as 16 hex digits), recorded with each
/// attempt so a report can tell which version of a scenario was played.
public enum ContentHash {
    public static func of(_ text: String) -> String {
        let digits = String(FNV1a.hash(text.utf8), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
