/// `blame-shifting` said as someone else's failed duty: a third party, or the client's side, is
/// told what it should have done ("they should have caught it", "SPD should've flagged the
/// missing arm", "your scheduler should have checked the sheet") or should be doing ("marketing
/// should really be checking these charts"). The clause reader gives the subject, so the rule
/// holds whatever the verb and the party's name; a list could only name the pairs it has seen.
///
/// Not the rep or their company ("I should have caught it", "we should've checked": owning), not
/// the client ("you should have asked": that judges the client, ``RetortRule``), not negated,
/// asked or conditional, and not what happened to the party ("they should have had the set",
/// "it should have arrived at seven": no duty in it). A cause inside a reply that owns the fix is
/// neutral (rubric), so the rule is silent beside `ownership`, unless it is the client's own side
/// that is judged.
struct FailedDutyRule: GradingRule {
    static let id = "blame-shifting"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.blameShifting

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), board.clientRaisesProblem, !board.isPresent(.boundarySetting),
            !board.opensWithReframe
        else { return }
        let owns = board.isPresent(.ownership)
        let tokens = board.text.tokens
        let infos = board.text.infos
        for clause in board.clauses
        where !clause.question && !clause.conditional && clause.negation == nil
            && !tokens[clause.range].contains(where: \.quoted)
        {
            let subject = clause.subjectRange
            guard !subject.isEmpty else { continue }
            let yourSide =
                clause.subject == .yourSide
                || (clause.subject == .other && tokens[subject.lowerBound].word == "your")
            let party =
                clause.subject == .party
                || (clause.subject == .other && subject.contains { Self.people.contains(tokens[$0].word) })
            guard yourSide || party, !owns || yourSide else { continue }
            var index = subject.upperBound
            let end = clause.range.upperBound
            guard index < end, tokens[index].word == "should" else { continue }
            index += 1
            while index < end, infos[index].roles & WordRole.adverb.rawValue != 0 { index += 1 }
            guard index + 1 < end else { continue }
            let helper = tokens[index].word
            let verb = tokens[index + 1].word
            let failed: Bool
            switch helper {
            case "have":
                // "should have caught", "should have been flagged".
                let participle = verb == "been" && index + 2 < end ? tokens[index + 2].word : verb
                failed =
                    (participle.hasSuffix("ed") || ClauseReader.irregularParticiples.contains(participle)
                        || RetortRule.irregularPast.contains(participle))
                    && !RetortRule.undergone.contains(verb) && !Self.arrivals.contains(participle)
            case "be":
                // "should be checking": a duty in progress.
                failed = verb.hasSuffix("ing") && !Self.arrivals.contains(verb)
            default:
                failed = false
            }
            guard failed else { continue }
            board.add(
                Self.id, quoting: clause.range,
                rule: "says what another party should have done, in place of owning the fix"
            ) { "puts the fault on someone else's duty: “\($0)”" }
            return
        }
    }

    /// Pronouns and words for a person or a department besides the rep and the client.
    static let people: Set<String> = ["they", "he", "she"]
    /// Verbs of arriving or being delivered: what a thing should have done is a schedule, not a
    /// duty ("it should have arrived at seven", "they should be arriving by ten").
    static let arrivals: Set<String> = [
        "arrived", "arriving", "come", "coming", "landed", "landing", "delivered", "gotten", "got", "shipped",
        "reached",
    ]
}
