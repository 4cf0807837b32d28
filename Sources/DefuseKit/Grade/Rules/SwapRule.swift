/// `capitulates` by bringing in the other rep: after a demand to swap reps ("Can you get Doug to
/// call me?", "will you ask them for someone younger?"), a first-person commitment to send for
/// that person is giving in, however warmly it is put ("I'll ask him to give you a call
/// tonight", "I'll have Carla come instead", "If you'd rather have someone younger, I'll ask
/// Carla"). The rubric names this case: agreeing to swap reps because of the rep's identity.
///
/// It reads only where the node that says the client's line asks for a limit and avoids giving
/// in (``NodeCues``), and the line asks for a person: a name it capitalises, or "someone". The
/// person in the reply is that name, "him"/"her"/"them" for it, another name, or "someone
/// else"; the verb sends for them ("ask", "get", "have", "send", "bring"; "tell" only with "to
/// call/come…"). A reply that refuses or argues is left to those readings.
struct SwapRule: GradingRule {
    static let id = "capitulates"

    func apply(to board: inout Board) {
        guard let cue = board.cue, cue.gates.contains(Self.id), let client = board.client,
            !board.isPresent(Self.id), !board.isPresent(.boundarySetting), !board.isPresent(.arguesBack)
        else { return }
        let lowered = client.lowercased()
        var people = CompetitorNames.capitalisedInside(client)
        for word in ["someone", "somebody"] where lowered.contains(word) { people.insert(word) }
        guard !people.isEmpty else { return }
        let tokens = board.text.tokens
        for clause in board.clauses
        where (clause.subject == .me || clause.subject == .we) && clause.negation == nil && !clause.question
            && !clause.conditional && clause.future
        {
            guard var verb = clause.verb else { continue }
            var from = verb + 1
            // "I'll have Carla come": "have" read as a helper leaves the name as the verb.
            if verb > clause.range.lowerBound, ["have", "get"].contains(tokens[verb - 1].word) {
                from = verb
                verb -= 1
            }
            guard Self.sending.contains(tokens[verb].word) || tokens[verb].word == "tell",
                let person = (from..<min(clause.range.upperBound, from + 2)).first(where: {
                    Self.isPerson($0, people, board)
                })
            else { continue }
            let after = person + 1
            let end = clause.range.upperBound
            let arrives =
                after < end
                && (Self.arriving.contains(tokens[after].word)
                    || (tokens[after].word == "to" && after + 1 < end
                        && Self.arriving.contains(tokens[after + 1].word)))
            guard arrives || (Self.sending.contains(tokens[verb].word) && after == end) else { continue }
            let words = board.text.quote(clause.subjectRange.lowerBound..<end)
            board.add(
                Self.id,
                [Evidence(words: words, rule: board.rule("rule: sends for the rep the client asked for"))],
                explanation: "gives in to the swap: “\(words)”")
            board.cancel("decisive-action", because: "it is the rep giving in to the demand (capitulates)")
            return
        }
    }

    /// Whether token `index` names a person to send for.
    static func isPerson(_ index: Int, _ people: Set<String>, _ board: Board) -> Bool {
        let text = board.text
        let token = text.tokens[index]
        if token.quoted { return false }
        if people.contains(token.word) || ["him", "her", "them"].contains(token.word) { return true }
        if ["someone", "somebody", "another", "colleague"].contains(token.word) { return true }
        // Another name, typed with a capital inside the sentence ("I'll have Carla come").
        return !token.startsSentence && text.infos[index].roles & WordRole.person.rawValue == 0
            && token.start < text.utf8.count
            && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(text.utf8[token.start])
            && token.word != "i" && !days.contains(token.word)
    }

    /// Capitalised words that name a day, not a person.
    static let days = WordClass.weekdays.union(["tonight", "tomorrow"])

    /// Verbs that send for someone.
    static let sending: Set<String> = ["ask", "get", "have", "send", "bring", "put", "call", "ring", "text"]
    /// What the person is sent to do.
    static let arriving: Set<String> = [
        "call", "ring", "phone", "text", "come", "cover", "take", "swing", "drop", "join", "handle", "give",
        "instead", "over", "in", "along", "through", "contact", "reach", "meet", "visit", "pop", "stop",
    ]
}
