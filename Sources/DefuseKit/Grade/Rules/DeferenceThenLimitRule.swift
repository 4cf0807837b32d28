/// Deference to the client's knowledge, then a limit, is no capitulation: "I get that the
/// literature's moved, and you know those papers better than I do. But I'm not allowed to give
/// dosing or sizing for an unapproved use" (review12 finding 2). `capitulates` lists "you know
/// … better than me" and "you're the expert" because, said alone, they hand the decision over;
/// followed by the rep's own refusal they grant the client's expertise and keep the line.
///
/// Read by structure: every `capitulates` match sits in a clause about the client ("you" as its
/// subject, no negation, no question, no condition, and no "will" or "can": "you can have five"
/// grants), and a `boundary-setting` the reply states after it. A reply that also gives in by
/// its own words ("you know best, I'll drop it") keeps the verdict.
struct DeferenceThenLimitRule: GradingRule {
    func apply(to board: inout Board) {
        guard board.isPresent(.capitulates), board.isPresent(.boundarySetting) else { return }
        let matches = board.matches(.capitulates)
        guard !matches.isEmpty else { return }
        let tokens = board.text.tokens
        var deferenceEnd = 0
        for match in matches {
            guard
                let clause = board.clauses.first(where: { $0.range.contains(match.range.lowerBound) }),
                clause.negation == nil, !clause.question, !clause.conditional,
                !tokens[clause.range].allSatisfy(\.quoted)
            else { return }
            // "You know best", or the same said after "I'm sure": "I'm sure you know the studies
            // better than I do" (the words from "you" on, with no helper of granting).
            let aboutYou =
                clause.subject == .you
                ? !clause.future && !clause.ability
                : board.text.infos[match.range.lowerBound].roles & WordRole.you.rawValue != 0
                    && !(match.range.lowerBound..<clause.range.upperBound).contains {
                        board.text.infos[$0].roles & (WordRole.future.rawValue | WordRole.ability.rawValue)
                            != 0
                    }
            guard aboutYou else { return }
            deferenceEnd = max(deferenceEnd, tokens[clause.range.upperBound - 1].end)
        }
        let limits = board.evidence(.boundarySetting).filter { ($0.span?.lowerBound ?? -1) >= deferenceEnd }
        guard let limit = limits.first else { return }
        board.cancel(
            "capitulates",
            because: "it grants the client's knowledge, and the reply then states a limit (“\(limit.words)”)")
    }
}
