import DefuseKit

/// The small pieces of JSON that `defuse grade --jsonl` needs, written by hand because grading
/// is the hot path: one input object read per line (``FastJSONLine``) and one compact output
/// object written (``VerdictEncoder``).
enum JSONLine {
    struct Input {
        /// The id exactly as written in the input (a JSON string, number, `true` or `false`),
        /// re-emitted byte for byte.
        var id: String
        var text: String
        var client: String?
    }

    enum Failure: Error {
        case notJSON(String)
        case missing(String)

        var reason: String {
            switch self {
            case .notJSON(let why), .missing(let why): why
            }
        }
    }

    /// Appends the JSON string literal for `text` to `out`.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) { JSONString.append(text, to: &out) }
}
