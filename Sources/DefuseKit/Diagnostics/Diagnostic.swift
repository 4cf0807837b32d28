/// One problem found in a scenario, technique or drill file, as a value.
///
/// Loading and validation never stop at the first problem: they collect diagnostics and the
/// command decides the exit code. A diagnostic says where (file, line, column), how bad
/// (``Severity``, fixed by the code's ``DiagnosticDescriptor``), which rule (a stable ``DiagnosticCode``), what is wrong in a plain sentence,
/// and, where a known name is close to what was typed, a "did you mean" suggestion.
public struct Diagnostic: Hashable, Sendable, Codable, Error {
    /// How bad a problem is.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        /// Worth knowing, not a problem (a file that replaces an installed one).
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var location: SourceLocation
    public var code: DiagnosticCode
    public var message: String
    /// A close known name for what was typed, shown as "did you mean '…'?".
    public var suggestion: String?

    /// The diagnostic that says `message` (its code and wording, from `Diagnostics/Messages/`)
    /// about `location`.
    public init(_ message: DiagnosticMessage, at location: SourceLocation, suggestion: String? = nil) {
        self.code = message.code
        self.message = message.text
        self.location = location
        self.suggestion = suggestion
    }

    /// Error or warning, as the code's descriptor says.
    public var severity: Severity { code.severity }

    /// The message with its suggestion, as one sentence.
    public var text: String {
        guard let suggestion else { return message }
        return "\(message); did you mean '\(suggestion)'?"
    }

    /// `file:line:col: error: message [DF104]`: one line, the contract shape.
    public var line: String {
        "\(location): \(severity.rawValue): \(text) [\(code.rawValue)]"
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by file, line and column, errors before warnings at the same place.
    public func sortedByLocation() -> [Diagnostic] {
        sorted {
            ($0.location.file, $0.location.line, $0.location.column, $1.severity)
                < ($1.location.file, $1.location.line, $1.location.column, $0.severity)
        }
    }
}
