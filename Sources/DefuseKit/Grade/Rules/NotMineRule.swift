/// `blame-shifting` read from structure: the rep denies that the thing in question is theirs,
/// whatever the thing is called. "Not really my tray yet", "1 guide isn't my count tho", "is
/// compliance, not my circus", "it was not my invention": a negation, "my" or "our" and a noun,
/// in a clause with no subject or with "it", "that" or "this" as subject. The rubric's settled
/// case: a denial of the rep's own responsibility ("not really on me") is blame; the phrase
/// lists know the common nouns ("fault", "call", "department"), the shape knows the rest.
///
/// Not when the rep owns the fix, commits to a step or states a limit in the same reply ("not my
/// tray, but the arm is mine to get you: I'm driving it over now"); not a clause with a noun of
/// its own as subject ("numbers aren't my thing"; "their rep breaking rules isn't my problem"
/// judges the party); not whose call it is (the lists and ``DecisionRoleRule`` read that); not a
/// question, a condition or quoted words; not "so it's not my numbers" after a party of the
/// rep's side offered to do it (the approved route); and not the rep's intention, opinion, best
/// or place ("not my intention", "not my opinion, understood"), which deny nothing about whose
/// the problem is.
struct NotMineRule: GradingRule {
    static let id = "blame-shifting"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.blameShifting

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.isPresent(.ownership), !board.isPresent(.boundarySetting),
            !board.opensWithReframe,
            !board.clauses.contains(where: { CommitmentRule.commits($0, board) })
        else { return }
        let tokens = board.text.tokens
        let infos = board.text.infos
        func has(_ index: Int, _ role: WordRole) -> Bool { infos[index].roles & role.rawValue != 0 }
        for clause in board.clauses where !clause.question && !clause.conditional {
            if tokens[clause.range].allSatisfy(\.quoted) { continue }
            // "Our contracts team can put that comparison together, so it's not my numbers": the
            // approved route offered, and the disowning says why it is better (review24b C
            // finding 3).
            if tokens[clause.range.lowerBound].word == "so",
                board.clauses.contains(where: {
                    $0.subject == .party && ($0.ability || $0.future) && $0.negation == nil && !$0.question
                })
            {
                continue
            }
            switch clause.subject {
            case .none: break
            case .other where Self.pronouns.contains(tokens[clause.subjectRange.lowerBound].word): break
            default: continue
            }
            guard let noun = Self.disowned(in: clause, tokens, infos) else { continue }
            // Only openers, the subject pronoun and helpers before the negation: "numbers aren't my
            // thing" says what the rep is good at, with a noun of its own as subject.
            let start = clause.subject == .none ? clause.range.lowerBound : clause.subjectRange.upperBound
            guard let negation = (start..<noun).first(where: { ["not", "never"].contains(tokens[$0].word) }),
                (start..<negation).allSatisfy({
                    has($0, .opener) || has($0, .casual) || has($0, .auxiliary) || has($0, .adverb)
                })
            else { continue }
            board.add(Self.id, quoting: clause.range.lowerBound..<(noun + 1), rule: "denies it is the rep's")
            {
                "denies it is the rep's to answer for: “\($0)”"
            }
            return
        }
    }

    /// The noun of "not (really) my/our NOUN" in `clause`, if the clause says it.
    static func disowned(in clause: Clause, _ tokens: [Token], _ infos: [TokenInfo]) -> Int? {
        let end = clause.range.upperBound
        for negation in clause.range where ["not", "never"].contains(tokens[negation].word) {
            var index = negation + 1
            while index < end, hedges.contains(tokens[index].word) { index += 1 }
            guard index + 1 < end, ["my", "our"].contains(tokens[index].word) else { continue }
            let noun = index + 1
            let word = tokens[noun].word
            guard infos[noun].roles & Grader.functionWords == 0, !word.allSatisfy(\.isNumber),
                !notDenials.contains(word)
            else { continue }
            // "not my predecessor's": a possessive names someone else's, it does not disown.
            if noun + 1 < end, tokens[noun + 1].word == "s" { continue }
            return noun
        }
        return nil
    }

    static let pronouns: Set<String> = ["it", "that", "this"]
    /// Words between the negation and "my": "not really my tray", "not even our set".
    static let hedges: Set<String> = [
        "really", "exactly", "even", "technically", "strictly", "actually", "quite",
    ]
    /// Nouns after "not my" that deny nothing about whose the problem is.
    static let notDenials: Set<String> = [
        "intention", "intent", "intentions", "opinion", "view", "best", "favourite", "favorite", "place",
        "point", "words", "style", "aim", "goal", "usual", "first", "own", "wish", "plan", "way", "day",
        "thing", "strength", "forte", "cup",
        // Whose decision it is: the lists read these, and ``DecisionRoleRule`` beside a step.
        "call", "decision", "say",
    ]
}
