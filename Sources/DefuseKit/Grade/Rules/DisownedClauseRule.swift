/// Negation belongs to its clause: "I'm **not** going to blame the warehouse", "I **won't**
/// pretend this is no big deal", "I'm **not** blaming our distribution centre". A first-person
/// clause that negates a verb of blaming, pretending or excusing (``WordRole/disown``) turns
/// the words after it into what the rep refuses to say, so a violation found there does not
/// count.
///
/// A verb joined to the negated one by "and" is negated too ("I'm not going to stand here and
/// blame the warehouse"). Only a negation of the verb disowns ("I'm not going to blame…", "I never pretend…"); "I've
/// no say in it" negates a noun and denies the rep's part instead.
struct DisownedClauseRule: GradingRule {
    static let verbNegations: Set<String> = ["not", "never"]

    func apply(to board: inout Board) {
        guard board.clauses.contains(where: { $0.subject == .me && $0.negation != nil }) else { return }
        let infos = board.text.infos
        let disowned = board.clauses.compactMap { clause -> Range<Int>? in
            guard clause.subject == .me, let negation = clause.negation, let verb = clause.verb,
                Self.verbNegations.contains(board.text.tokens[negation].word),
                // The verb, or one joined to it: "I'm not going to stand here and blame…".
                (verb..<clause.range.upperBound).contains(where: {
                    infos[$0].roles & WordRole.disown.rawValue != 0
                        && ($0 == verb || board.text.tokens[$0 - 1].word == "and")
                })
            else { return nil }
            return negation..<clause.range.upperBound
        }
        guard !disowned.isEmpty else { return }
        func outside(_ match: PatternSet.Match) -> Bool { !disowned.contains { $0.overlaps(match.range) } }
        for id in QuotedSpeechRule.violations {
            board.filterSoftMatches(id, outside)
            guard board.isPresent(id) else { continue }
            let matches = board.finding(id)?.matches ?? []
            let inside = matches.filter { match in disowned.contains { $0.overlaps(match.range) } }
            guard !inside.isEmpty else { continue }
            let words = inside.map { board.text.quote($0.range) }
            if inside.count == matches.count {
                let scope = disowned.map { board.text.quote($0) }.joined(separator: "”, “")
                board.cancel(
                    id,
                    because: "“\(words.joined(separator: "”, “"))” is what the rep refuses to do (“\(scope)”)"
                )
            } else {
                let kept = matches.filter(outside)
                board.set(id, evidence: kept.map { board.evidence(for: $0) })
            }
        }
    }
}
