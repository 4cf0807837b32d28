/// `agrees-with-insult` read from structure. After a line that insults the rep or their side:
///
/// - **the insult said again as the rep's own** — a statement of the reply that carries the
///   insult's own words ("it is kind of a joke right now", "reps are all the same, honestly"),
///   with nothing that keeps it at a distance: not negated ("we're not a joke"), not asked, not
///   quoted, not reported ("he called us a joke"), not an impression the rep acknowledges ("I
///   hear that it feels like a joke", "I get why it looks like chaos");
/// - **a laugh and a thanks** for a backhanded remark ("haha thanks i guess", "lol thanks, I'll
///   take it" after "sharper than I expected, for a girl"): the remark taken as a compliment.
///   That thanks is for the insult, so it is not `thanks` either.
///
/// Neither counts beside a limit or a retort: "thanks, but 'for a girl' isn't ok with me" draws
/// the line.
struct EndorseRule: GradingRule {
    static let id = "agrees-with-insult"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.agreesWithInsult

    func apply(to board: inout Board) {
        guard board.client(Self.key) == true, !board.isPresent(Self.key), !board.isPresent(.arguesBack),
            !board.isPresent(.boundarySetting), !board.opensWithReframe
        else { return }
        let tokens = board.text.tokens
        let infos = board.text.infos
        func has(_ index: Int, _ role: WordRole) -> Bool { infos[index].roles & role.rawValue != 0 }
        // In a reframe step the restatement is the exercise, even with its opener misplaced
        // ("…, from my limited experience"): a near miss is not agreement (rubric).
        // Read only when there is an insult said again to weigh (the loop below).
        let reframe =
            !board.replyInsults.isEmpty
            && (board.nodeExpects("fromle")
                || tokens.indices.contains {
                    $0 + 1 < tokens.count && tokens[$0].word == "limited"
                        && tokens[$0 + 1].word == "experience"
                })
        // The insult said again: the list's words, the client's own among them ("joke" after
        // "what a joke your company is"; not "thick tissue" after "is this misfire my fault?"),
        // and not a number alone ("a twelve-hour shift").
        for range in board.replyInsults where !reframe {
            guard
                range.contains(where: {
                    board.clientWords.contains(tokens[$0].word) && infos[$0].roles == 0
                        && !AssentRule.numberWords.contains(tokens[$0].word)
                        && !tokens[$0].word.allSatisfy(\.isNumber)
                })
            else { continue }
            guard let clause = board.clauses.first(where: { $0.range.contains(range.lowerBound) }),
                !clause.question, !clause.conditional, clause.negation == nil, clause.subject != .you,
                !tokens[range].contains(where: { $0.quoted })
            else { continue }
            // Nothing negated near the words ("not a joke", "no shambles").
            let near = max(clause.range.lowerBound, range.lowerBound - 3)..<range.upperBound
            if near.contains(where: { has($0, .negation) }) { continue }
            // An impression acknowledged or a remark reported keeps it at a distance.
            if clause.range.contains(where: {
                has($0, .mental) && tokens[$0].word != "know" || Self.distancing.contains(tokens[$0].word)
            }) {
                continue
            }
            let words = board.text.quote(clause.range)
            let place = board.text.span(clause.range)
            board.add(
                Self.id,
                [
                    Evidence(
                        words: words, span: place,
                        rule: board.rule("rule: says the client's insult again as its own"))
                ],
                explanation: "repeats the insult as true: “\(words)”")
            return
        }
        // A laugh beside a thanks, in the reply's first sentence.
        let first = tokens.first?.sentence
        if let thanks = tokens.indices.first(where: {
            tokens[$0].sentence == first && ["thanks", "thank"].contains(tokens[$0].word)
        }),
            tokens.indices.contains(where: {
                tokens[$0].sentence == first && AssentRule.laughs.contains(tokens[$0].word)
                    && abs($0 - thanks) <= 2
            })
        {
            let end = tokens.firstIndex { $0.sentence != first } ?? tokens.count
            let words = board.text.quote(0..<end)
            let place = board.text.span(0..<end)
            board.add(
                Self.id,
                [
                    Evidence(
                        words: words, span: place,
                        rule: board.rule("rule: laughs and thanks the client for an insult"))
                ],
                explanation: "takes the insult as a compliment: “\(words)”")
            board.cancel("thanks", because: "it thanks the client for an insult (agrees-with-insult)")
        }
    }

    /// Words that report or weigh a remark rather than make it ("he called us a joke", "it feels
    /// like chaos", "it must look like a shambles").
    static let distancing: Set<String> = [
        "called", "call", "calling", "said", "say", "says", "saying", "told", "tell", "feel", "feels", "felt",
        "seem", "seems", "seemed", "sound", "sounds", "sounded", "looks", "looked", "like", "think", "thinks",
        "why", "if", "whether", "must",
    ]
}
