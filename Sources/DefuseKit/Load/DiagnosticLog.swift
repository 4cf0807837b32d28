/// Collects diagnostics while a file is decoded and checked.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    /// Records a problem; its severity comes from the code.
    func report(_ message: DiagnosticMessage, at location: SourceLocation, suggestion: String? = nil) {
        diagnostics.append(Diagnostic(message, at: location, suggestion: suggestion))
    }

    func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    func append(contentsOf more: [Diagnostic]) { diagnostics.append(contentsOf: more) }
}
