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
        let reported = Self.reportedSpeech(tokens)
        guard !reported.isEmpty || tokens.contains(where: \.quoted) else { return }
        for id in board.ids where board.isPresent(id) && !Self.notQuotable.contains(id) {
            let matches = board.matches(id)
            // Words reported without quotation marks stand for the rubric's violations only: a
            // report's own readings ("he said he wanted someone under forty" names the request)
            // are about those words.
            let speech = Self.violations.contains(id) ? reported : []
            guard !matches.isEmpty,
                matches.allSatisfy({ match in
                    match.range.allSatisfy { tokens[$0].quoted || speech.contains($0) }
                })
            else {
                continue
            }
            board.cancel(id, because: "its words are inside quotation marks: someone else's words, reported")
        }
    }

    /// Words another person is reported to have said, without quotation marks: the rest of the
    /// clause after "he said", "she told me", "they called me" ("at 10:15 he said he wanted Doug
    /// cause spine is a mans business", "then he said you people are so sensitive": review42 R3
    /// finding 3). Only a third person's speech: "I said I'd have it by 7" is the rep's own.
    static func reportedSpeech(_ tokens: [Token]) -> Set<Int> {
        var reported = Set<Int>()
        for index in tokens.indices.dropLast()
        where speakers.contains(tokens[index].word) && speaking.contains(tokens[index + 1].word) {
            var start = index + 2
            // "told me that…", "called me a…", "said that…".
            while start < tokens.count, ["me", "us", "that"].contains(tokens[start].word),
                tokens[start].clause == tokens[index].clause
            {
                start += 1
            }
            var end = start
            while end < tokens.count, tokens[end].clause == tokens[index + 1].clause { end += 1 }
            reported.formUnion(start..<end)
        }
        return reported
    }

    /// Third persons whose words a rep reports.
    static let speakers: Set<String> = ["he", "she", "they"]
    /// Verbs of saying that open the words reported.
    static let speaking: Set<String> = [
        "said", "says", "told", "called", "shouted", "yelled", "added", "went",
    ]
}
