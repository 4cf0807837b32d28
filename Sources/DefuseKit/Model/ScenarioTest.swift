/// A test a trainer writes inside a scenario file, run by `defuse test`.
///
/// Two shapes:
/// - a **reply test** names a `node` and one `reply`, and lists the ids the grade must `detect`
///   and must `reject` (not detect), and optionally the node the branch must `goto`;
/// - a **path test** lists `replies` (a choice node takes the choice's number) and the `path` of
///   node ids and/or the `outcome` (an end kind, or a list of the kinds allowed) they must reach, and the bounds the scenario score
///   must stay within (`score_at_least`, `score_at_most`, 0–100).
public struct ScenarioTest: Sendable {
    public enum Shape: Sendable {
        case reply(node: String, reply: String, detects: [String], rejects: [String], goto: String?)
        case path(
            replies: [String], path: [String]?, outcome: [Ending]?, scoreAtLeast: Int?, scoreAtMost: Int?)
    }

    /// A short description shown in `defuse test` output.
    public var name: String
    public var shape: Shape
    public var location: SourceLocation
    /// Why the test is known to fail for now (`known_issue:`), e.g. a grader miss it documents:
    /// its failure is reported but does not fail the run, and its passing is announced.
    public var knownIssue: String?
    /// Why a path test's `exit` under ``ScenarioTestRunner/lowExitScore`` is the right ending
    /// (`low_exit:`), e.g. a rep who files a thin report about abuse aimed at them must not fail:
    /// it silences the low-exit warning, and `defuse test --verbose` prints the reason.
    public var lowExit: String?

    public init(
        name: String, shape: Shape, location: SourceLocation, knownIssue: String? = nil,
        lowExit: String? = nil
    ) {
        self.name = name
        self.shape = shape
        self.location = location
        self.knownIssue = knownIssue
        self.lowExit = lowExit
    }
}
