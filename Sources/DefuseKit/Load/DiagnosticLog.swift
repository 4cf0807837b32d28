/// Collects diagnostics while a file is decoded and checked.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    func error(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation, suggestion: String? = nil
    ) {
        diagnostics.append(Diagnostic(.error, code, message, at: location, suggestion: suggestion))
    }

    func warning(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation, suggestion: String? = nil
    ) {
        diagnostics.append(Diagnostic(.warning, code, message, at: location, suggestion: suggestion))
    }

    func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    func append(contentsOf more: [Diagnostic]) { diagnostics.append(contentsOf: more) }
}
