/// Quiet blame: a party, a system or a document named as the cause, in a reply that does not
/// own the fix ("the system showed them in stock", "my calendar had it for tomorrow",
/// "regulatory signs off on all our charts, so they should be right", "the booking sheet we got
/// from your scheduler said 4.5 tho"). The clause reader finds the party as the subject of a
/// clause, whatever the verb; a list could only name the verbs it has seen.
///
/// A cause named inside a reply that owns the fix is a neutral explanation (rubric), so the
/// rule is silent when `ownership` is present, when the reply refuses (`boundary-setting`: a
/// policy cited in a refusal) or steps out (`graceful-exit`: a manager who will follow up), when
/// the clause promises what the party will do
/// ("the courier will have it there by 3": a plan, not an excuse) or describes `prevention`.
struct QuietBlameRule: GradingRule {
    static let id = "blame-shifting"

    func apply(to board: inout Board) {
        // Blame excuses a problem: none is raised, the reply owns the fix, agrees with an insult
        // about its own company, or restates the client's remark (a reframe).
        guard !board.isPresent(Self.id), !board.isPresent("ownership"), board.clientRaisesProblem,
            !board.isPresent("agrees-with-insult"), !board.isPresent("boundary-setting"),
            !board.isPresent("graceful-exit"), !FromleRule.hasReframeOpener(board.text.tokens)
        else { return }
        let prevention = board.matches("prevention")
        // "backorders are part of the business" shrinks the problem (`minimizing`); it is not
        // read a second time as a cause.
        let minimizing = board.matches("minimizing")
        let tokens = board.text.tokens
        let infos = board.text.infos
        for clause in board.clauses {
            // "maybe your educator could run it?": the fix handed to the client's side, asked or not.
            let handsToClient =
                clause.subject == .yourSide && clause.negation == nil && Self.suggests(clause, tokens)
            guard clause.subject == .party || clause.subject == .yourSide, !clause.future,
                !clause.question || handsToClient, !clause.conditional,
                clause.verb != nil || clause.range.upperBound > clause.subjectRange.upperBound
            else { continue }
            if prevention.contains(where: { $0.range.overlaps(clause.range) }) { continue }
            if minimizing.contains(where: { $0.range.overlaps(clause.range) }) { continue }
            // "I'll send the paper and the regulatory review this week": after "and", a noun
            // with no verb behind it is a second object, not a new clause with a subject.
            if infos[clause.range.lowerBound].roles & WordRole.weakJoiner.rawValue != 0,
                !Self.verbFollows(clause, tokens, infos)
            {
                continue
            }
            // "our team is great", "the set is here": a state, not a cause, unless it is a fault.
            if let verb = clause.verb, Self.neutral.contains(tokens[verb].word) { continue }
            let words = board.text.quote(clause.range)
            board.add(
                Self.id,
                [
                    Evidence(
                        words: words, rule: "rule: names another party as the cause without owning the fix")
                ],
                explanation: "puts the cause on someone else and owns nothing: “\(words)”")
            return
        }
    }

    /// Whether the clause puts a helper of suggestion before its verb ("could", "can", "should").
    static func suggests(_ clause: Clause, _ tokens: [Token]) -> Bool {
        let end = clause.verb ?? clause.range.upperBound
        guard clause.subjectRange.upperBound < end else { return false }
        return (clause.subjectRange.upperBound..<end).contains { suggestions.contains(tokens[$0].word) }
    }

    static let suggestions: Set<String> = ["could", "can", "should", "might", "may"]

    /// Whether the word after the subject reads as a verb or its helper: a helper, a negation,
    /// an adverb, or a word with a verb's ending ("showed", "sends", "told").
    static func verbFollows(_ clause: Clause, _ tokens: [Token], _ infos: [TokenInfo]) -> Bool {
        let next = clause.subjectRange.upperBound
        guard next < clause.range.upperBound else { return false }
        let roles = WordRole(rawValue: infos[next].roles)
        if !roles.isDisjoint(with: [.auxiliary, .negation, .adverb]) { return true }
        let word = tokens[next].word
        return word.hasSuffix("ed") || word.hasSuffix("s") || ClauseReader.irregularParticiples.contains(word)
    }

    /// Words after a party's name that describe without excusing.
    static let neutral: Set<String> = [
        "here", "there", "great", "good", "fine", "ready", "available", "happy", "arriving", "arrive",
        "arrives",
        "coming", "now", "open", "free", "included", "covered", "helpful",
    ]
}
