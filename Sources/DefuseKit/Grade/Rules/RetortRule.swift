/// `argues-back` read from structure, where no phrase list can know the words:
///
/// - **a flat denial of what the client said the rep did** — the client's line puts an act on
///   the rep ("You said so five minutes ago", "Don't look at me like that"), and the rep denies
///   that very act in the first person ("I didn't say that", "I never said free", "I wasn't
///   looking at you"). Not when the line only asks ("Did you check the booking?" "I didn't
///   check it"), when the rep owns or apologises in the same reply ("I didn't check it, that's
///   on me"), nor for verbs of thinking ("I didn't mean to", "I don't think so");
///   The same denial without a subject counts ("Don't lecture me." "not lecturing. just…";
///   "You're making excuses." "not excuses, the warehouse…"): the client's word for the act
///   (its verb or what follows it) just after an opening "not"; "no excuses" takes the charge on;
/// - **blame put back on the client** — "you should have asked me first", "you could've checked
///   the label": the client's own past conduct judged. Not what the client went through
///   ("you should have had the right set", "you could have lost the case") nor "you shouldn't
///   have to chase us", which owns it;
/// - **an insult about a third party** — "he's clueless", "their rep is lying", "that guy is a
///   liar": the rubric counts any insult. Not negated, asked, quoted or about the rep's or the
///   client's own side ("they called us liars" reports one).
struct RetortRule: GradingRule {
    static let id = "argues-back"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.arguesBack

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe else { return }
        let tokens = board.text.tokens
        let infos = board.text.infos
        func has(_ index: Int, _ role: WordRole) -> Bool { infos[index].roles & role.rawValue != 0 }
        // "I'm not taking it the wrong way, I'm just being clear": a denial that sets the rep's
        // own stance beside it corrects how the words were taken, calmly (review45 R28 finding
        // 5; bias-ethnicity's debrief recommends the line).
        // Only the two denials below read it, and both need a client line that says what the
        // rep did; without one, the stance scan is skipped.
        let answered =
            board.clientAttributes.isEmpty || board.isPresent(.apology) || board.isPresent(.ownership)
            || Self.namesOwnStance(board)
        for clause in board.clauses where !tokens[clause.range].allSatisfy(\.quoted) {
            // A flat denial of the act the client put on the rep.
            if !answered, !board.clientAttributes.isEmpty, clause.subject == .me,
                let negation = clause.negation,
                let verb = clause.verb, verb > negation, !clause.future, !clause.ability, !clause.question,
                !clause.conditional, !has(verb, .mental) || tokens[verb].word == "say",
                board.clientAttributes.contains(Lemma.of(tokens[verb].word)),
                !Self.plainVerbs.contains(Lemma.of(tokens[verb].word))
            {
                add(
                    &board, clause.subjectRange.lowerBound..<clause.range.upperBound,
                    "denies what the client says the rep did")
                return
            }
            // The same denial with no subject ("not lecturing.", "wasn't debating, you asked",
            // "not excuses"): a negation that opens the clause, the client's word for the act
            // within two words after it.
            if !answered, !board.clientAttributes.isEmpty, clause.subject == .none,
                let negation = clause.negation,
                !clause.question, !clause.conditional, !clause.future, !clause.ability,
                Self.plainNot.contains(tokens[negation].word),
                (clause.range.lowerBound..<negation).allSatisfy({
                    has($0, .opener) || has($0, .casual) || has($0, .auxiliary)
                }),
                Self.namesCharge(after: negation, clause, tokens, infos, board.clientAttributes)
            {
                add(&board, clause.range, "denies what the client says the rep is doing")
                return
            }
            if clause.subject == .you, let judged = Self.pastJudgement(clause, tokens) {
                add(
                    &board, clause.subjectRange.lowerBound..<judged, "judges what the client should have done"
                )
                return
            }
            if !clause.question, let word = Self.insult(clause, tokens, infos) {
                add(&board, clause.range.lowerBound..<(word + 1), "insults someone")
                return
            }
        }
    }

    /// Whether a clause of the rep's says how the rep means it, in the progressive: "I'm just
    /// being clear", "I'm being direct with you".
    static func namesOwnStance(_ board: Board) -> Bool {
        let tokens = board.text.tokens
        return board.clauses.contains { clause in
            guard clause.subject == .me, clause.negation == nil, !clause.question else { return false }
            return clause.range.contains { index in
                tokens[index].word == "being" && index + 1 < clause.range.upperBound
                    && stances.contains(tokens[index + 1].word)
            }
        }
    }

    /// How a rep says they mean it: "being clear", "being straight".
    static let stances: Set<String> = [
        "clear", "direct", "straight", "honest", "factual", "plain", "professional",
    ]

    private func add(_ board: inout Board, _ range: Range<Int>, _ what: String) {
        board.add(Self.id, quoting: range, rule: what) { "argues back: “\($0)”" }
    }

    /// "you should have asked", "you could've checked": the end of the judged verb, when the
    /// clause judges the client's own past conduct.
    static func pastJudgement(_ clause: Clause, _ tokens: [Token]) -> Int? {
        var index = clause.subjectRange.upperBound
        guard index + 2 < clause.range.upperBound, ["should", "could"].contains(tokens[index].word) else {
            return nil
        }
        index += 1
        if tokens[index].word == "not" { return nil }
        guard tokens[index].word == "have" else { return nil }
        let verb = tokens[index + 1].word
        guard verb.hasSuffix("ed") || irregularPast.contains(verb), !undergone.contains(verb) else {
            return nil
        }
        return index + 2
    }

    /// The first derogatory word said of a third party in `clause` ("he's clueless", "that guy is
    /// a total liar", "their rep is lying"), if any: a person named before it, "is/are" just
    /// before it.
    static func insult(_ clause: Clause, _ tokens: [Token], _ infos: [TokenInfo]) -> Int? {
        guard clause.subject != .me, clause.subject != .we, clause.subject != .you, !clause.conditional
        else { return nil }
        let range = clause.range
        func any(_ words: WordSet, _ index: Int) -> Bool {
            words.contains(infos[index], word: tokens[index].word)
        }
        // Most clauses call nobody anything: the word is looked for first, by word number.
        guard range.contains(where: { any(personalWords, $0) }),
            !range.contains(where: { any(CompetitorRule.ownSideWords, $0) || any(negatorWords, $0) })
        else { return nil }
        for index in range where any(personalWords, index) && !tokens[index].quoted {
            var before = index - 1
            while before > range.lowerBound, intensifiers.contains(tokens[before].word) { before -= 1 }
            guard before >= range.lowerBound, ["is", "are", "was", "were"].contains(tokens[before].word),
                (range.lowerBound..<before).contains(where: { people.contains(tokens[$0].word) })
            else { continue }
            return index
        }
        return nil
    }

    /// Whether the word after `negation` (or after an article: "wasn't a lecture") is the
    /// client's word for the act: the same verb, spelt with or without a final "e" ("lecturing",
    /// "lecture"), not a plain verb, a verb of thinking or a party.
    static func namesCharge(
        after negation: Int, _ clause: Clause, _ tokens: [Token], _ infos: [TokenInfo], _ charges: Set<String>
    ) -> Bool {
        var index = negation + 1
        if index < clause.range.upperBound, ["a", "an"].contains(tokens[index].word) { index += 1 }
        guard index < clause.range.upperBound,
            infos[index].roles & (WordRole.mental.rawValue | WordRole.party.rawValue) == 0
        else { return false }
        let lemma = Lemma.of(tokens[index].word)
        guard !plainVerbs.contains(lemma) else { return false }
        func stem(_ word: String) -> Substring { word.hasSuffix("e") ? word.dropLast() : Substring(word) }
        return charges.contains(lemma) || charges.contains { stem($0) == stem(lemma) }
    }

    /// The negations of a bare denial: "not lecturing", "wasn't debating" (not "no excuses",
    /// which takes the charge on).
    static let plainNot: Set<String> = ["not", "never"]
    /// Verbs too plain to be the act a client puts on the rep ("be", "have", "do", "get").
    static let plainVerbs: Set<String> = ["be", "have", "do", "go", "mean", "want", "need", "know", "think"]
    static let irregularPast: Set<String> = [
        "said", "told", "asked", "known", "thought", "checked", "read", "seen", "spoken", "come", "gone",
        "written", "rung", "called", "given", "taken", "brought", "sent",
    ]
    /// What happened to the client, not what they did: "you should have had the right set".
    static let undergone: Set<String> = [
        "had", "been", "got", "gotten", "received", "lost", "needed", "wanted", "expected", "heard", "seen",
    ]
    /// Words between "is" and the insult: "a total liar", "just clueless".
    static let intensifiers: Set<String> = [
        "a", "an", "such", "total", "complete", "absolute", "just", "so", "totally", "completely", "utterly",
        "basically", "literally", "pretty", "really", "kind", "of", "kinda", "bit",
    ]
    static let people: Set<String> = [
        "he", "she", "they", "guy", "man", "woman", "rep", "reps", "fellow", "bloke",
    ]
    /// ``personal`` and ``Scope/negators`` by word number (``WordSet``): read in every clause.
    static let personalWords = WordSet(personal)
    static let negatorWords = WordSet(Scope.negators)
    /// Words that call a person something.
    static let personal: Set<String> = [
        "liar", "liars", "lying", "clueless", "idiot", "idiots", "crook", "crooks", "cowboy", "cowboys",
        "incompetent", "dishonest", "snake", "snakes", "hack", "hacks", "cheat", "cheats", "amateur",
        "amateurs",
        "moron", "morons", "clown", "clowns",
    ]
}
