/// Words inside double quotation marks are someone else's: a rep reporting an incident ("He
/// said “you're pathetic”, then slammed the desk") is not insulting anyone. A violation whose
/// every match lies inside quotation marks does not count.
struct QuotedSpeechRule: GradingRule {
    static let violations = [
        "argues-back", "agrees-with-insult", "minimizing", "blame-shifting", "capitulates", "non-apology",
    ]

    func apply(to board: inout Board) {
        let tokens = board.text.tokens
        guard tokens.contains(where: \.quoted) else { return }
        for id in Self.violations where board.isPresent(id) {
            let matches = board.matches(id)
            guard !matches.isEmpty, matches.allSatisfy({ tokens[$0.range].allSatisfy(\.quoted) }) else {
                continue
            }
            board.cancel(id, because: "its words are inside quotation marks: someone else's words, reported")
        }
    }
}
