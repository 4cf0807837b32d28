/// A parsed YAML value that remembers where it stood in its file.
///
/// Yams' nodes are converted into these once, under a budget, so that the rest of loading never
/// touches Yams and an alias bomb cannot expand without bound.
struct YAMLValue: Sendable {
    /// What a scalar resolved to under YAML's core schema.
    enum Scalar: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string(String)
    }

    /// One `key: value` pair of a mapping; keys are scalars.
    struct Pair: Sendable {
        var key: String
        var keyLocation: SourceLocation
        var value: YAMLValue
    }

    enum Content: Sendable {
        case scalar(Scalar, text: String)
        case sequence([YAMLValue])
        case mapping([Pair])
    }

    var content: Content
    var location: SourceLocation

    /// A word for the value's type, for messages: "a list", "a mapping", "the text \"angry\"".
    var kindDescription: String {
        switch content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(.null, _): return "nothing"
        case .scalar(.bool(let value), _): return "the boolean \(value)"
        case .scalar(.int(let value), _): return "the number \(value)"
        case .scalar(.float(let value), _): return "the number \(value)"
        case .scalar(.string(let text), _):
            let shown = text.count > 40 ? String(text.prefix(37)) + "..." : text
            return "the text \"\(shown)\""
        }
    }

    var isNull: Bool {
        if case .scalar(.null, _) = content { return true }
        return false
    }
}
