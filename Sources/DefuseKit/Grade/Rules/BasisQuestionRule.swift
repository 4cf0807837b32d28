/// `respectful-challenge` asked of the claim itself (rules15, issue 12): after a line that cites a
/// rival's figure, a claim or a demand resting on one ("Meridian is thirty-one percent under you",
/// "Meridian's rep told my scrub team your cage subsides in a third of cases"), a question that asks
/// what that figure or claim rests on, covers or counts engages the client's reasoning: "Does the
/// Meridian quote include consignment and 24-hour loaners?", "Is Meridian's number quoting all
/// that?", "How was it put to your team, any grade or grade II?", "Do you know which study he took
/// the third from?". The shape is general: a question (a question word or a helper of a verb
/// first) that carries one of the client's own words and a verb of basis (``basisVerbs``: include,
/// cover, count, measure, define, grade, base, put, come or take "from").
///
/// Not a question of the client's own act ("did you include the lot number?"), an offer ("can I
/// include the loaners?", "shall we count it together?"), a question with none of the client's
/// words, and not after a complaint or a remark: only a line read as a claim, a demand, or at a
/// node that asks for a challenge or the evidence.
struct BasisQuestionRule: GradingRule {
    static let id = "respectful-challenge"
    static let key = RubricID.respectfulChallenge

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe else { return }
        let tokens = board.text.tokens
        // Most replies ask nothing: leave before reading anything else.
        guard tokens.contains(where: \.question), !board.clientWords.isEmpty,
            board.client(.respectfulChallenge) == true || board.client(.capitulates) == true
                || board.nodeExpects(Self.id) || board.nodeExpects("answers-with-evidence")
        else { return }
        let infos = board.text.infos
        for sentence in BreachShapes.Sentences(tokens) {
            guard tokens[sentence.lowerBound].question, !tokens[sentence].contains(where: \.quoted),
                let verb = Self.basis(in: sentence, tokens, infos, clientWords: board.clientWords)
            else { continue }
            let asked = board.word(verb)
            board.add(
                Self.id, quoting: sentence, rule: "asks what the client's claim rests on (“\(asked)”)"
            ) {
                "asks what the claim rests on: “\($0)”"
            }
            return
        }
    }

    /// The verb of basis of a question sentence (`range`) that asks what the client's cited
    /// figure or claim rests on, if it does.
    static func basis(
        in range: Range<Int>, _ tokens: [Token], _ infos: [TokenInfo], clientWords: Set<String>
    ) -> Int? {
        func has(_ index: Int, _ role: WordRole) -> Bool { infos[index].roles & role.rawValue != 0 }
        // The question's first word, after openers, courtesies and a word of address.
        var start = range.lowerBound
        while start < range.upperBound {
            if has(start, .opener) || ReasoningQuestionRule.courtesy.contains(tokens[start].word) {
                start += 1
            } else if tokens[start].word == "i", start + 1 < range.upperBound, tokens[start + 1].word == "ask"
            {
                // "can I ask, …"
                start += 2
            } else {
                break
            }
        }
        // "Before you decide, how does…": a clause of its own before the question.
        if start < range.upperBound, !opens(start, tokens, infos) {
            var next = start
            while next < range.upperBound, tokens[next].clause == tokens[start].clause { next += 1 }
            if next - start <= 4, next < range.upperBound { start = next }
        }
        guard start < range.upperBound, opens(start, tokens, infos) else { return nil }
        // An offer or a step of the rep's: "can I include…", "shall we count…".
        if start + 1 < range.upperBound, has(start + 1, .me) || has(start + 1, .we) { return nil }
        guard (start..<range.upperBound).contains(where: { clientWords.contains(tokens[$0].word) }) else {
            return nil
        }
        for position in (start + 1)..<range.upperBound {
            let word = tokens[position].word
            // The rep before the verb: "what if I fill it in from the count?" offers a step.
            if has(position, .me) || has(position, .we) { return nil }
            // A word that is as often a noun ("the count", "Meridian's quote", "the Saturday
            // cover") is a verb only after a helper that asks for one ("does the quote cover…?",
            // "would it count…?"), and not straight after an article, a possessive or "is".
            var found = basisVerbs.contains(word)
            if found, nounsToo.contains(word) {
                let previous = position - 1
                found =
                    (start..<position).contains(where: { doSupport.contains(tokens[$0].word) })
                    && !(has(previous, .determiner) || has(previous, .your) || has(previous, .being)
                        || tokens[previous].word == "s")
            }
            // "took the third from", "where does it come from": a verb of getting with "from" later.
            if !found, sourcing.contains(word),
                (position + 1..<range.upperBound).contains(where: { tokens[$0].word == "from" })
            {
                found = true
            }
            // "what does the quote leave out?": left out of it.
            if !found, ["leave", "leaves", "leaving", "left"].contains(word), position + 1 < range.upperBound,
                tokens[position + 1].word == "out"
            {
                found = true
            }
            // "how was it put to your team": put, passive.
            if !found, word == "put", position > start, has(position - 1, .otherPronoun),
                position + 1 < range.upperBound, tokens[position + 1].word == "to"
            {
                found = true
            }
            guard found else { continue }
            // The client's own act: "did you include…", "have you counted…".
            var subject = position - 1
            while subject > start, has(subject, .adverb) || has(subject, .auxiliary) { subject -= 1 }
            if subject >= start, has(subject, .you) || has(subject, .me) || has(subject, .we) {
                continue
            }
            return position
        }
        return nil
    }

    /// Whether token `index` opens a question: a question word or a helper of a verb.
    static func opens(_ index: Int, _ tokens: [Token], _ infos: [TokenInfo]) -> Bool {
        ReasoningQuestionRule.questionWords.contains(tokens[index].word)
            || infos[index].roles & WordRole.auxiliary.rawValue != 0
    }

    /// Verbs that ask what a figure or a claim covers, counts or rests on.
    static let basisVerbs: Set<String> = [
        "include", "includes", "including", "included", "cover", "covers", "covering", "covered", "handle",
        "handles", "handling", "quote", "quotes", "quoting", "quoted", "count", "counts", "counting",
        "counted", "measure", "measures", "measuring", "measured", "define", "defines", "defining",
        "defined", "grade", "grades", "grading", "graded", "based", "calculate", "calculated", "calculating",
        "assume", "assumes", "assuming", "assumed", "factor", "factored", "factoring", "carry", "carries",
        "carrying",
    ]
    /// Verbs of basis that are as often nouns: "the count", "their quote", "weekend cover".
    static let nounsToo: Set<String> = [
        "cover", "covers", "count", "counts", "quote", "quotes", "grade", "grades", "factor", "handle",
    ]
    /// Helpers that ask for a verb after their subject: "does the quote cover…?".
    static let doSupport: Set<String> = [
        "do", "does", "did", "will", "would", "can", "could", "should", "might", "may",
    ]
    /// Verbs of getting that ask for a source with "from": "took the third from".
    static let sourcing: Set<String> = [
        "come", "comes", "came", "take", "takes", "took", "taken", "get", "gets", "got", "pull", "pulled",
    ]

    /// The words this rule compares by spelling (``WordRole/ruleWords``).
    static var ruleWords: Set<String> {
        basisVerbs.union(sourcing).union(["from", "leave", "leaves", "leaving", "left", "out"])
    }
}
