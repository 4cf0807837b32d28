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
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.capitulates

    func apply(to board: inout Board) {
        guard let cue = board.cue, cue.gates.contains(Self.id), let client = board.client,
            !board.isPresent(Self.key), !board.isPresent(.boundarySetting), !board.isPresent(.arguesBack)
        else { return }
        let lowered = client.lowercased()
        var people = CompetitorNames.capitalisedInside(client)
        for word in ["someone", "somebody"] where lowered.contains(word) { people.insert(word) }
        guard !people.isEmpty else { return }
        let tokens = board.text.tokens
        for clause in board.clauses
        where (clause.subject == .me || clause.subject == .we) && clause.negation == nil
            && !clause.conditional && (clause.future || clause.ability)
            && (!clause.question || clause.ability)
        {
            guard let verb = clause.verb else { continue }
            if let asks = Self.asksForAnother(clause, board) {
                let words = board.text.quote(clause.subjectRange.lowerBound..<asks)
                let place = board.text.span(clause.subjectRange.lowerBound..<asks)
                board.add(
                    Self.id,
                    [
                        Evidence(
                            words: words, span: place,
                            rule: board.rule("rule: asks for another rep for the client"))
                    ],
                    explanation: "gives in to the swap: “\(words)”")
                board.cancel(
                    "decisive-action", because: "it is the rep giving in to the demand (capitulates)")
                return
            }
            // "I'll text him and ask him to give you a ring today": a verb joined by "and" to the
            // first sends for the person too (review11).
            let joined = (verb + 1..<clause.range.upperBound).filter {
                tokens[$0 - 1].word == "and" && Self.sending.contains(tokens[$0].word)
            }
            guard ([verb] + joined).contains(where: { Self.sendsFor($0, clause, people, board) }) else {
                continue
            }
            let end = clause.range.upperBound
            let words = board.text.quote(clause.subjectRange.lowerBound..<end)
            let place = board.text.span(clause.subjectRange.lowerBound..<end)
            board.add(
                Self.id,
                [
                    Evidence(
                        words: words, span: place,
                        rule: board.rule("rule: sends for the rep the client asked for"))
                ],
                explanation: "gives in to the swap: “\(words)”")
            board.cancel("decisive-action", because: "it is the rep giving in to the demand (capitulates)")
            return
        }
    }

    /// Whether the verb at `index` sends for one of `people`: "ask him to call", "have Carla
    /// come", "send Doug" at the clause's end.
    static func sendsFor(_ index: Int, _ clause: Clause, _ people: Set<String>, _ board: Board) -> Bool {
        let tokens = board.text.tokens
        var verb = index
        var from = verb + 1
        // "I'll have Carla come": "have" read as a helper leaves the name as the verb.
        if verb > clause.range.lowerBound, ["have", "get"].contains(tokens[verb - 1].word) {
            from = verb
            verb -= 1
        }
        guard Self.sending.contains(tokens[verb].word) || tokens[verb].word == "tell",
            let person = Range(from: from, upTo: min(clause.range.upperBound, from + 2)).first(where: {
                Self.isPerson($0, people, board)
            })
        else { return false }
        let after = person + 1
        let end = clause.range.upperBound
        let arrives =
            after < end
            && (Self.arriving.contains(tokens[after].word)
                || (tokens[after].word == "to" && after + 1 < end
                    && Self.arriving.contains(tokens[after + 1].word)))
        return arrives || (Self.sending.contains(tokens[verb].word) && after == end)
    }

    /// Where the words end when `clause` asks someone for another rep in place of this one: a
    /// verb of asking or checking ("ask", "see", "check", "find out") and, before the sentence
    /// ends, a stand-in: "someone"/"somebody" with "else", "younger", "older", "new" or
    /// "different", or "another"/"a different"/"a new" rep ("I'll ask Carla if there's someone
    /// younger", "I can check whether somebody else could cover", "I'll ask about a different
    /// rep"). `nil` when the clause asks for nothing of the kind ("I'll ask Carla about Friday's
    /// set", "someone from SPD will call").
    static func asksForAnother(_ clause: Clause, _ board: Board) -> Int? {
        guard var verb = clause.verb else { return nil }
        let tokens = board.text.tokens
        // "I could maybe ask…", "I'll just check…": an adverb or hedge read as the verb is passed over.
        let hedges = WordRole.adverb.rawValue | WordRole.opener.rawValue
        while verb + 1 < clause.range.upperBound, board.text.infos[verb].roles & hedges != 0 {
            verb += 1
        }
        guard Self.asking.contains(tokens[verb].word) else { return nil }
        var index = verb + 1
        while index + 1 < tokens.count, tokens[index].sentence == tokens[verb].sentence, index < verb + 12 {
            let word = tokens[index].word
            let next = tokens[index + 1].word
            if ["someone", "somebody"].contains(word), Self.standIn.contains(next) { return index + 2 }
            if ["another", "different", "new"].contains(word), Self.rep.contains(next) { return index + 2 }
            index += 1
        }
        return nil
    }

    /// Verbs that ask for a stand-in.
    static let asking: Set<String> = ["ask", "see", "check", "find", "look", "talk", "speak", "reach"]
    /// Words that make "someone" a stand-in for the rep.
    static let standIn: Set<String> = ["else", "younger", "older", "new", "different", "under"]
    /// Words for the rep who would stand in.
    static let rep: Set<String> = [
        "rep", "representative", "person", "colleague", "one", "guy", "woman", "man",
    ]

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
