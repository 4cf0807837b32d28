/// An answer to the client's question is not a yes to a demand (play13). After a line that asks
/// the rep how many, how much, how long or how often ("Doug knew that cage cold. How many TLIFs
/// have you actually stood in on? Convince me."), a reply that gives the figure ("Happy to. A bit
/// over forty TLIFs", "Sure, about 120 this year", "Around 140 TLIFs, about 60 with the
/// Vantage") answers it: an opening "happy to" or "sure" agrees to answer, and the figure is the
/// rep's own record, not the client's terms handed back. `capitulates` read from such a reply by
/// a soft phrase or by assent is withdrawn.
///
/// The question must be about the rep's record: a quantity question with "you"/"your" and no
/// "can", "could", "will" or "would" ("How much can you take off?" asks for a concession), and
/// it must end in "?". The figure must be the rep's: a number in a statement that is not
/// negated, not one the client said ("Sure, forty percent off it is" hands back the client's own
/// forty). A reply that also moves toward the client's demand in the client's words ("I'll ask
/// Doug to cover Thursday"), or gives in by a phrase of its own list ("whatever you want"), keeps
/// its `capitulates`.
struct AnsweredQuestionRule: GradingRule {
    static let key = RubricID.capitulates

    func apply(to board: inout Board) {
        // Leave early: most replies give in to nothing.
        guard board.isPresent(Self.key), board.finding(Self.key)?.matches.isEmpty != false,
            let client = board.client, Self.asksForRecord(client)
        else { return }
        let tokens = board.text.tokens
        let infos = board.text.infos
        let clientWords = Set(TimeAnswerRule.letterWords(client)).union(TimeAnswerRule.timeWords(client))
        // The figure given: a number the client did not say, in a statement.
        let answer = board.clauses.first { clause in
            !clause.question && clause.negation == nil && !clause.conditional
                && clause.range.contains { index in
                    let word = tokens[index].word
                    return !tokens[index].quoted && Self.isFigure(word) && !clientWords.contains(word)
                }
        }
        guard let answer else { return }
        // A move toward the demand in the client's words still gives in.
        let moves = board.clauses.contains { clause in
            (clause.subject == .me || clause.subject == .we) && clause.negation == nil && !clause.question
                && (clause.future || clause.ability || clause.progressive)
                && AssentRule.takesUp(clause, board)
                && clause.verb.map { infos[$0].roles & WordRole.mental.rawValue == 0 } == true
        }
        guard !moves else { return }
        let text = board.text
        board.cancel(
            "capitulates",
            because:
                "the reply answers the client's question with a figure of its own (“\(text.quote(answer.range))”)"
        )
    }

    /// Whether `client` asks the rep a question of quantity about their record: a sentence
    /// ending in "?" with "how many", "how much", "how long" or "how often", "you" or "your",
    /// and none of "can", "could", "will", "would" (a request, not a question about the rep).
    static func asksForRecord(_ client: String) -> Bool {
        var sentence: [String] = []
        var word = ""
        func close(_ asked: Bool) -> Bool {
            if !word.isEmpty { sentence.append(word) }
            word = ""
            defer { sentence.removeAll(keepingCapacity: true) }
            guard asked else { return false }
            guard let how = sentence.firstIndex(of: "how"), how + 1 < sentence.count,
                ["many", "much", "long", "often"].contains(sentence[how + 1])
            else { return false }
            let rest = sentence[(how + 2)...]
            return rest.contains { $0 == "you" || $0 == "your" || $0 == "youve" }
                && !rest.contains { ["can", "could", "will", "would", "should"].contains($0) }
        }
        for character in client.lowercased() {
            if character == "?" {
                if close(true) { return true }
            } else if ".!;".contains(character) {
                _ = close(false)
            } else if character.isLetter || character.isNumber {
                word.append(character)
            } else if character != "'" && character != "’" {
                if !word.isEmpty { sentence.append(word) }
                word = ""
            }
        }
        return false
    }

    /// A figure: a number in digits or words, "a dozen", "hundreds" ("forty-odd" is read by its
    /// first part when typed as one word).
    static func isFigure(_ word: String) -> Bool {
        if WordClass.isNumber(word) && !["one", "couple", "few"].contains(word) { return true }
        if ["dozen", "dozens", "hundred", "hundreds", "score"].contains(word) { return true }
        if let dash = word.firstIndex(of: "-") { return WordClass.isNumber(String(word[..<dash])) }
        return false
    }
}
