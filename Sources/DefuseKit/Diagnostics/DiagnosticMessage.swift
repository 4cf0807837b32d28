/// What a diagnostic says, in the words fixed for its code.
///
/// Every sentence a diagnostic can carry is written once, in `Diagnostics/Messages/` (one file a
/// range of codes, DF0xx to DF6xx), by a function named for what was found. The function takes
/// the found values as typed arguments and fixes the code, so a call site picks what it found and
/// where, never the code or the wording: the descriptor (``DiagnosticDescriptor``) binds a code
/// to its severity and name, and the messages file binds it to its templates, as YarnSpinner's
/// descriptors bind a code to its message.
public struct DiagnosticMessage: Sendable, Hashable {
    /// The code every diagnostic with this message carries.
    public let code: DiagnosticCode
    /// The sentence, with the found values in place.
    public let text: String

    /// Only the templates in `Diagnostics/Messages/` make messages.
    init(_ code: DiagnosticCode, _ text: String) {
        self.code = code
        self.text = text
    }
}
