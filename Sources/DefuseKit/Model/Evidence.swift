/// Why a verdict came out the way it did: the words of the reply that matched and the rule
/// that fired (a pattern as the trainer wrote it, or the name of a built-in rule).
public struct Evidence: Sendable, Hashable, Codable {
    /// The words of the reply, as typed.
    public var words: String
    /// The pattern or rule, e.g. `pattern "that is on me"` or `rule: agrees-with-insult cancels it`;
    /// nil when the grade was made without its reasons (``Grader/Reasons/omitted``).
    public var rule: String?

    public init(words: String, rule: String?) {
        self.words = words
        self.rule = rule
    }

    /// `"that's on me" (pattern: that is on me)`: one line for the contract's evidence strings.
    public var text: String { rule.map { "\(words) (\($0))" } ?? words }
}
