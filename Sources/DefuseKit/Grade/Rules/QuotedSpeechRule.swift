/// Words inside quotation marks (double, or single ones that open and close) are reported
/// speech: a rep reporting an incident ("He said “you're pathetic”, then slammed the desk") is
/// not insulting anyone, and "Before I left I said: 'I'll email you by 17:00'" reports a step
/// taken earlier, not one taken now. A technique or violation whose every match lies inside
/// quotation marks does not count.
struct QuotedSpeechRule: GradingRule {
    static let violations = [
        "argues-back", "agrees-with-insult", "minimizing", "blame-shifting", "capitulates", "non-apology",
    ]

    /// The restatement exercise and the composite are read by their own rules.
    static let notQuotable: Set<String> = ["fromle", "apology-ownership-prevention-thanks"]

    func apply(to board: inout Board) {
        let tokens = board.text.tokens
        guard tokens.contains(where: \.quoted) else { return }
        for id in board.ids where board.isPresent(id) && !Self.notQuotable.contains(id) {
            let matches = board.matches(id)
            guard !matches.isEmpty, matches.allSatisfy({ tokens[$0.range].allSatisfy(\.quoted) }) else {
                continue
            }
            board.cancel(id, because: "its words are inside quotation marks: someone else's words, reported")
        }
    }
}
