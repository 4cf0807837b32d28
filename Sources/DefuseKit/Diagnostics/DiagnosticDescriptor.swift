/// What a diagnostic code stands for: its severity and its name, fixed once for every place that
/// reports it, as YarnSpinner's diagnostic descriptors do.
///
/// A call site chooses only the code and says what it found; whether that stops the file from
/// loading comes from here, so a code cannot be an error in one place and a warning in another.
/// `Docs/diagnostics.md` opens each paragraph with the same code, name and severity (a test
/// checks that they agree).
public struct DiagnosticDescriptor: Sendable, Hashable {
    public var code: DiagnosticCode
    /// Error, warning or note, for every diagnostic with this code.
    public var severity: Diagnostic.Severity
    /// The code's name in the authoring guide, e.g. `unknown node`.
    public var title: String

    init(_ code: DiagnosticCode, _ severity: Diagnostic.Severity, _ title: String) {
        self.code = code
        self.severity = severity
        self.title = title
    }
}

extension DiagnosticCode {
    /// This code's severity and name.
    public var descriptor: DiagnosticDescriptor {
        switch self {
        case .unreadableFile: DiagnosticDescriptor(self, .error, "unreadable file")
        case .invalidEncoding: DiagnosticDescriptor(self, .error, "invalid encoding")
        case .fileTooLarge: DiagnosticDescriptor(self, .error, "file too large")
        case .emptyFile: DiagnosticDescriptor(self, .error, "empty file")
        case .notYAML: DiagnosticDescriptor(self, .error, "not YAML")
        case .nestingTooDeep: DiagnosticDescriptor(self, .error, "nesting too deep")
        case .aliasExpansion: DiagnosticDescriptor(self, .error, "alias expansion")
        case .multipleDocuments: DiagnosticDescriptor(self, .error, "multiple documents")
        case .missingKey: DiagnosticDescriptor(self, .error, "missing key")
        case .unknownKey: DiagnosticDescriptor(self, .error, "unknown key")
        case .duplicateKey: DiagnosticDescriptor(self, .error, "duplicate key")
        case .wrongType: DiagnosticDescriptor(self, .error, "wrong type")
        case .outOfRange: DiagnosticDescriptor(self, .error, "out of range")
        case .badIdentifier: DiagnosticDescriptor(self, .error, "bad identifier")
        case .unknownValue: DiagnosticDescriptor(self, .error, "unknown value")
        case .unknownNode: DiagnosticDescriptor(self, .error, "unknown node")
        case .unknownTechnique: DiagnosticDescriptor(self, .error, "unknown technique")
        case .techniqueKindMismatch: DiagnosticDescriptor(self, .warning, "technique kind mismatch")
        case .duplicateScenarioID: DiagnosticDescriptor(self, .error, "duplicate scenario id")
        case .unknownScenario: DiagnosticDescriptor(self, .error, "unknown scenario")
        case .duplicateDrillSetID: DiagnosticDescriptor(self, .error, "duplicate drill set id")
        case .replacesInstalled: DiagnosticDescriptor(self, .note, "replaces installed")
        case .noDefaultBranch: DiagnosticDescriptor(self, .error, "no default branch")
        case .defaultBranchNotLast: DiagnosticDescriptor(self, .error, "default branch not last")
        case .mixedNodeKind: DiagnosticDescriptor(self, .error, "mixed node kind")
        case .emptyList: DiagnosticDescriptor(self, .error, "empty list")
        case .unreachableNode: DiagnosticDescriptor(self, .warning, "unreachable node")
        case .noReachableEnding: DiagnosticDescriptor(self, .error, "no reachable ending")
        case .inescapableCycle: DiagnosticDescriptor(self, .warning, "inescapable cycle")
        case .multiLineTitle: DiagnosticDescriptor(self, .warning, "multi-line title")
        case .unguardedBreach: DiagnosticDescriptor(self, .warning, "unguarded breach")
        case .hiddenGate: DiagnosticDescriptor(self, .warning, "hidden gate")
        case .creditNotExpected: DiagnosticDescriptor(self, .warning, "credit not expected")
        case .uncreditedBreachLine: DiagnosticDescriptor(self, .warning, "uncredited breach line")
        case .badPattern: DiagnosticDescriptor(self, .error, "bad pattern")
        case .duplicateTechniqueID: DiagnosticDescriptor(self, .error, "duplicate technique id")
        case .rubricKindMismatch: DiagnosticDescriptor(self, .error, "rubric kind mismatch")
        case .exceptNeverCancels: DiagnosticDescriptor(self, .warning, "except never cancels")
        case .badTest: DiagnosticDescriptor(self, .error, "bad test")
        }
    }

    /// Error or warning, the same wherever this code is reported.
    public var severity: Diagnostic.Severity { descriptor.severity }
}
