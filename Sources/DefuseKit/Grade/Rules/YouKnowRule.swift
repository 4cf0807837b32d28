/// `argues-back` said by telling the client what they know: "You know exactly why", "you know
/// perfectly well what that means", "you know full well". The client as subject of "know" with a
/// word of certainty after it puts a charge on them instead of answering. Not asked ("you know
/// exactly why?"), negated ("you don't know exactly"), conditional or quoted; not "as you know",
/// "you know best" (deference: `capitulates`) or a filler "you know" with no certainty after it.
struct YouKnowRule: GradingRule {
    static let id = "argues-back"
    static let key = RubricID.arguesBack

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe else { return }
        let tokens = board.text.tokens
        // Leave early: no "know" in the reply.
        guard Self.knowSet.any(in: tokens.indices, of: board.text) else { return }
        for clause in board.clauses
        where clause.subject == .you && !clause.question && !clause.conditional && clause.negation == nil {
            guard let verb = clause.verb, tokens[verb].word == "know", verb + 1 < clause.range.upperBound,
                Self.certainty.contains(tokens[verb + 1].word), !tokens[verb].quoted
            else { continue }
            // "as you know": a shared fact, not a charge.
            if clause.subjectRange.lowerBound > 0, tokens[clause.subjectRange.lowerBound - 1].word == "as" {
                continue
            }
            board.add(
                Self.id, quoting: clause.subjectRange.lowerBound..<(verb + 2),
                rule: "tells the client what they know"
            ) {
                "puts a charge on the client: “\($0)”"
            }
            return
        }
    }

    static let knowSet = WordSet(["know"])
    /// Words of certainty after "you know": "exactly", "perfectly (well)", "full well".
    static let certainty: Set<String> = [
        "exactly", "perfectly", "full", "damn", "darn", "very", "precisely", "fully",
    ]
}
