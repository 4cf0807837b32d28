/// Why a verdict came out the way it did: the words of the reply that matched and the rule
/// that fired (a pattern as the trainer wrote it, or the name of a built-in rule).
public struct Evidence: Sendable, Hashable, Codable {
    /// The words of the reply, as typed.
    public var words: String
    /// The pattern or rule, e.g. `pattern "that is on me"` or `rule: agrees-with-insult cancels it`;
    /// nil when the grade was made without its reasons (``Grader/Reasons/omitted``).
    public var rule: String?
    /// Where ``words`` stand in the reply, as UTF-8 offsets (start inclusive, end exclusive);
    /// nil when the rule that wrote the evidence did not say. The same words can occur twice
    /// ("sorry … sorry"): the span says which one the verdict rests on.
    public var span: Range<Int>?

    public init(words: String, rule: String?, span: Range<Int>? = nil) {
        self.words = words
        self.rule = rule
        self.span = span
    }

    /// The evidence of `words` at `span` in the reply, read by `rule`.
    public init(words: String, span: Range<Int>?, rule: String?) {
        self.init(words: words, rule: rule, span: span)
    }

    /// `"that's on me" (pattern: that is on me)`: one line for the contract's evidence strings.
    public var text: String { rule.map { "\(words) (\($0))" } ?? words }
}
