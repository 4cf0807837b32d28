/// "Sorry, but that's not on us": an apology taken back in the same sentence by a "but" and an
/// excuse is a `non-apology`, not an `apology`. The excuse may be blame, a dispute ("sorry, but
/// 58 patients proves nothing") or a shrug ("sorry, but she's fine, right?"): what follows the
/// "but" takes the apology back either way.
struct SorryButRule: GradingRule {
    static let takeBacks = ["blame-shifting", "argues-back", "minimizing"]

    /// Clauses that open with "but" (or "though", "however") and tell a cause about another
    /// party, the client's side, "it"/"that" or the client, or what "we" did in the past.
    static func excuseClauses(_ board: Board) -> [Clause] {
        let tokens = board.text.tokens
        return board.clauses.filter { clause in
            // A question mark after a clause that names its subject in statement order ("sorry,
            // but the IFU was in the box too, so your team could have checked it?") is a hedger's
            // rising tone, not a question: only a clause with no subject before its helper asks.
            guard ["but", "however", "though", "tho"].contains(tokens[clause.range.lowerBound].word),
                !clause.question || !asksWithoutSubject(clause), !clause.conditional, clause.range.count >= 3
            else { return false }
            switch clause.subject {
            case .party, .yourSide, .other, .you: return true
            case .we: return !clause.future && !clause.ability && clause.negation == nil
            case .me: return toldPast(clause, tokens, board.text.infos)
            case .none:
                // "but when I dropped the set on Monday it was complete": read from its "I".
                let reread = ClauseReader.fromFirstPerson(clause, board.text)
                return reread.subject == .me && toldPast(reread, tokens, board.text.infos)
            }
        }
    }

    /// Whether a clause typed with a question mark asks: no subject before its verb ("but did
    /// the IFU…?"), or the rep ("but I told you, didn't I?" is read by ``toldPast``'s own checks).
    static func asksWithoutSubject(_ clause: Clause) -> Bool {
        switch clause.subject {
        case .party, .yourSide, .other, .you: return false
        case .me, .we, .none: return true
        }
    }

    /// Whether a first-person clause tells what the rep did or knew before ("but I had it down
    /// for tomorrow", "but I did drop it off yesterday", "but I was only trying to explain"):
    /// an account of the rep's past in place of the apology. Not a step the rep takes or offers
    /// ("but I can fix it today", "but I'll bring it"), a limit ("but I can't"), a thought ("but
    /// I know it matters") or a fault owned ("but I was wrong", "but I should have checked").
    static func toldPast(_ clause: Clause, _ tokens: [Token], _ infos: [TokenInfo]) -> Bool {
        guard !clause.future, !clause.ability, !clause.conditional,
            !tokens[clause.range].contains(where: { ownedFault.contains($0.word) })
        else { return false }
        var index = clause.subjectRange.upperBound
        while index < clause.range.upperBound,
            infos[index].roles & WordRole.adverb.rawValue != 0 || tokens[index].word == "not"
        {
            index += 1
        }
        guard index < clause.range.upperBound else { return false }
        let word = tokens[index].word
        if ["was", "were", "had", "did"].contains(word) { return true }
        guard infos[index].roles & WordRole.mental.rawValue == 0 else { return false }
        return (word.hasSuffix("ed") && word.count > 4) || RetortRule.irregularPast.contains(word)
            || ["left", "put", "sent", "got", "made", "went", "came", "dropped"].contains(word)
    }

    /// Words of a fault the rep owns after "but" ("but I was wrong", "but I messed up").
    static let ownedFault: Set<String> = [
        "wrong", "mistake", "fault", "should", "messed", "screwed", "blame", "forgot", "ball", "slipped",
        "missed",
    ]

    /// How many words after an apology its taking-back "but" may come.
    static let butReach = 10

    func apply(to board: inout Board) {
        guard board.isPresent(.apology) else { return }
        let present = Self.takeBacks.filter { board.isPresent($0) }
        let tokens = board.text.tokens
        // Without a violation found, the words after "but" may still be an excuse by their
        // shape: a cause told about someone or something else ("sorry, but the IFU wasn't
        // final", "sorry, but the count's off because your techs…"), not what the rep will do
        // or will not do ("sorry, but I can't", "sorry, but I'll have it by noon").
        // (A violation a structural rule found has no pattern match to place it: its clause
        // is found the same way.)
        guard !present.isEmpty || !board.isPresent(.boundarySetting) else { return }
        let excuses = Self.excuseClauses(board)
        guard !present.isEmpty || !excuses.isEmpty else { return }
        // Where each excuse starts (a violation's match, or the words after an excuse's "but"),
        // by sentence.
        let starts =
            present.flatMap { board.matches($0) }.map { ($0.sentence, $0.range.lowerBound) }
            + excuses.map { (tokens[$0.range.lowerBound].sentence, $0.range.lowerBound + 1) }
        // The last place an excuse starts in each sentence: "but" must come before it.
        var lastBlame: [Int: Int] = [:]
        for (sentence, start) in starts {
            lastBlame[sentence] = max(lastBlame[sentence] ?? -1, start)
        }
        var taken: [PatternSet.Match] = []
        for apology in board.matches(.apology) {
            let sentence = apology.sentence
            let end = apology.range.upperBound
            // The "but" may come after what the apology is for ("sorry you got put on the spot,
            // but honestly the backorders are global": stop 45, training LH056), within the
            // apology's sentence and ``butReach`` words of it.
            let but = Range(from: end, upTo: min(tokens.count, end + Self.butReach)).first {
                tokens[$0].sentence == sentence && (tokens[$0].word == "but" || tokens[$0].word == "however")
            }
            guard let but, let last = lastBlame[sentence], last > but
            else {
                continue
            }
            taken.append(apology)
        }
        guard !taken.isEmpty else { return }
        let ranges = taken.map { $0.range.lowerBound..<min(tokens.count, $0.range.upperBound + 1) }
        board.add(
            "non-apology",
            ranges.map {
                Evidence(
                    words: board.text.quote($0), span: board.text.span($0),
                    rule: board.rule("rule: an apology followed by “but” and an excuse"))
            },
            explanation: "the apology is taken back by “but” and an excuse")
        if taken.count == board.matches(.apology).count {
            board.cancel("apology", because: "it is followed by “but” and an excuse (a non-apology)")
        }
    }
}
