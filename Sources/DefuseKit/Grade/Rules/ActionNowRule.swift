/// `decisive-action` as an action already under way: "I'm calling Mercy right now", "I'm
/// driving it over now", "I'll grab the battery from OR 4 now". "Now" is as specific a time as
/// "by 11:30" when the rep is the one doing it: a first-person clause, in the progressive or the
/// future, with a verb of doing (the same test as ``CommitmentRule``) and "now" in it.
///
/// "For now" and "from now on" are not a time of action, and stepping out ("I'm going to step
/// out now") is `graceful-exit`, not an action on the problem. A reply that gives in to a
/// demand (`capitulates`) takes no decisive action by doing what it was pushed to.
struct ActionNowRule: GradingRule {
    static let id = "decisive-action"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.decisiveAction

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.isPresent(.capitulates), !board.isPresent(.arguesBack),
            !board.opensWithReframe
        else { return }
        let tokens = board.text.tokens
        let infos = board.text.infos
        for clause in board.clauses {
            guard clause.subject == .me, clause.negation == nil, !clause.conditional, !clause.question,
                clause.future || clause.progressive, let verb = clause.verb,
                let now = (verb..<clause.range.upperBound).first(where: { tokens[$0].word == "now" })
            else { continue }
            if now > clause.range.lowerBound, ["for", "from", "till", "until"].contains(tokens[now - 1].word)
            {
                continue
            }
            if now + 1 < clause.range.upperBound, tokens[now + 1].word == "on" { continue }
            let word = tokens[verb].word
            if infos[verb].roles
                & (WordRole.mental.rawValue | WordRole.handOff.rawValue | WordRole.disown.rawValue) != 0
                || CommitmentRule.notCommitments.contains(word) || Self.leaving.contains(word)
                || (["head", "heading"].contains(word) && verb + 1 < clause.range.upperBound
                    && ["off", "out", "home"].contains(tokens[verb + 1].word))
            {
                continue
            }
            if tokens[clause.range].allSatisfy(\.quoted) { continue }
            let words = board.text.quote(clause.subjectRange.lowerBound..<(now + 1))
            let place = board.text.span(clause.subjectRange.lowerBound..<(now + 1))
            board.add(
                Self.id,
                [
                    Evidence(
                        words: words, span: place,
                        rule: board.rule("rule: the rep is doing it now (“\(board.word(verb))”)"))
                ],
                explanation: "acts at once: “\(words)”")
            return
        }
    }

    /// Verbs of stepping out of the conversation rather than acting on the problem.
    static let leaving: Set<String> = [
        "step", "stepping", "excuse", "excusing", "wrap", "wrapping", "end", "ending", "hang", "hanging",
        "stop", "stopping", "pause", "pausing",
    ]
}
