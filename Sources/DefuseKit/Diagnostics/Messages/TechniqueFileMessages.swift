/// DF501–DF504: technique files (patterns, ids, the rubric's kinds, except entries).
extension DiagnosticMessage {
    /// DF501: `problem` is the pattern parser's explanation.
    static func badPattern(_ source: String, in key: String, problem: String) -> DiagnosticMessage {
        DiagnosticMessage(.badPattern, "pattern '\(source)' in '\(key)': \(problem)")
    }

    /// DF502: `first` is where the id is first defined (`file:line`, or the file).
    static func duplicateTechniqueID(_ id: String, firstAt first: String) -> DiagnosticMessage {
        DiagnosticMessage(.duplicateTechniqueID, "technique id '\(id)' is already used by \(first)")
    }

    /// DF503.
    static func rubricKindMismatch(_ id: String, rubric expected: TechniqueKind, file kind: TechniqueKind)
        -> DiagnosticMessage
    {
        DiagnosticMessage(
            .rubricKindMismatch, "'\(id)' is a \(expected.rawValue) in the rubric, not a \(kind.rawValue)")
    }

    /// DF504: `exceptIsLast` when `except` is the file's last list, where appended lines land.
    static func exceptNeverCancels(_ source: String, of id: String, exceptIsLast: Bool) -> DiagnosticMessage {
        let why =
            exceptIsLast
            ? "; lines added at the end of this file land in 'except', its last list: if '\(source)' "
                + "was meant as a pattern, move it under 'patterns'"
            : "; if it was meant as a pattern, move it under 'patterns'"
        return DiagnosticMessage(
            .exceptNeverCancels,
            "'except' entry '\(source)' shares no word with any pattern of '\(id)', so it can never cancel a "
                + "match\(why)")
    }
}
