/// "Sorry, I just meant it's mostly fixed now": an apology followed in the same sentence by the
/// rep explaining what they "just" meant, said or think is a `non-apology`, not an `apology`.
/// The "just" before a verb of meaning, saying or thinking ("I just meant", "I'm just trying
/// to explain", "I just really doubt", "I just think") turns the sorry into a correction of the
/// client: the rep was right all along. It is the same move as "sorry, but…" (``SorryButRule``)
/// without the "but".
///
/// Not an explanation in another sentence ("I'm sorry. I just think we should check the lot"),
/// nor the rep's own act ("sorry, I just need the lot number", "sorry, I just sent it"), nor
/// without "just" ("sorry, I think the set is at Mercy").
struct ExplainedAwayRule: GradingRule {
    func apply(to board: inout Board) {
        guard board.isPresent(.apology) else { return }
        let tokens = board.text.tokens
        // The first-person clauses that explain the rep away, by where they start.
        let explaining = board.clauses.filter { Self.explainsAway($0, tokens) }
        guard !explaining.isEmpty else { return }
        let apologies = board.matches(.apology)
        let taken = apologies.filter { apology in
            explaining.contains {
                $0.range.lowerBound >= apology.range.upperBound
                    && tokens[$0.range.lowerBound].sentence == apology.sentence
            }
        }
        guard !taken.isEmpty else { return }
        board.add(
            "non-apology",
            taken.map {
                Evidence(
                    words: board.text.quote($0.range), span: board.text.span($0.range),
                    rule: board.rule("rule: an apology followed by what the rep “just” meant"))
            },
            explanation: "the apology is followed by what the rep “just” meant: it corrects the client")
        if taken.count == apologies.count {
            board.cancel("apology", because: "the rep goes on to explain it away (a non-apology)")
        }
    }

    /// "I just meant…", "I'm just trying to explain…", "I just really doubt…".
    static func explainsAway(_ clause: Clause, _ tokens: [Token]) -> Bool {
        guard clause.subject == .me, clause.negation == nil, !clause.question, !clause.conditional,
            var verb = clause.verb
        else { return false }
        guard (clause.subjectRange.upperBound..<verb).contains(where: { tokens[$0].word == "just" }) else {
            return false
        }
        // "trying to explain", "wanted to say": the verb after "to".
        if ["trying", "try", "wanted", "want"].contains(tokens[verb].word),
            verb + 2 < clause.range.upperBound,
            tokens[verb + 1].word == "to"
        {
            verb += 2
        }
        return explaining.contains(tokens[verb].word)
    }

    static let explaining: Set<String> = [
        "mean", "meant", "think", "thought", "doubt", "say", "said", "saying", "explain", "explaining",
        "figure", "figured", "assume", "assumed", "guess", "guessed", "feel", "felt", "point",
    ]
}
