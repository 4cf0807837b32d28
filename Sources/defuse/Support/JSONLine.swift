import DefuseKit
import Foundation

/// The small pieces of JSON that `defuse grade --jsonl` needs, written by hand because grading
/// is the hot path: reading one input object and writing one compact output object per line.
enum JSONLine {
    struct Input {
        /// The id exactly as written in the input (a JSON string or number), re-emitted as is.
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

    /// Parses one input line, or says why it is not usable.
    static func parseLine(_ line: Data) -> Result<Input, Failure> {
        do {
            return .success(try parse(line))
        } catch {
            return .failure(error)
        }
    }

    /// Parses one input line.
    static func parse(_ line: Data) throws(Failure) -> Input {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed])
        } catch {
            throw .notJSON("it is not valid JSON")
        }
        guard let fields = object as? [String: Any] else { throw .notJSON("it is not a JSON object") }
        guard let rawID = fields["id"], !(rawID is NSNull) else { throw .missing("it has no \"id\"") }
        let id: String
        if let text = rawID as? String {
            id = quote(text)
        } else if let number = rawID as? NSNumber {
            id = number.stringValue
        } else {
            throw .missing("its \"id\" must be a string or a number")
        }
        guard let text = fields["text"] as? String else { throw .missing("it has no \"text\" string") }
        let client = fields["client"] as? String
        return Input(id: id, text: text, client: client)
    }

    /// Appends the JSON string literal for `text` to `out`.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) { JSONString.append(text, to: &out) }

    /// A JSON string literal for `text`.
    static func quote(_ text: String) -> String { JSONString.quoted(text) }
}
