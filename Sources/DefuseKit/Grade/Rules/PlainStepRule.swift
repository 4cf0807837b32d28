/// `decisive-action`, and `ownership` where the client raised a problem, from a step the rep
/// names with its time in forms the phrase lists do not know:
///
/// - **a plan told in the present**, as writers whose first language is not English often put
///   it: "I go now to SPD", "I give you one page on the lead supply by the 15th", "I call you
///   from the car at 11:20". The rep as subject, a plain present verb of doing and a time still
///   to come in the same clause make it a promise;
/// - **the subject dropped**, as typed on a phone: "driving to mercy now", "sending it by 3";
/// - **a time typed short** in a commitment the lists read but could not date: "ill have mercys
///   set at ur dock 1120", "i can get u a quote by fri", "I'll have the buffer in your cage by
///   the 15th" (``StepTime``).
///
/// Not read: a negated, conditional or quoted clause, a question, a clause told in the past
/// ("I put it in my calendar for tomorrow", "I sent it at 3"), a habit ("I usually call by 9"),
/// a routine (``ScheduledStepRule``), a hedged sentence ("maybe by fri"), thinking and handing
/// on ("I think by 3", "I ask Joanne to…"), and a reply that gives in or argues back.
struct PlainStepRule: GradingRule {
    static let id = "decisive-action"
    /// Words after which a hedge belongs to what is asked, not to the rep's step.
    static let embedding: Set<String> = ["if", "whether"]
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.decisiveAction

    /// Verbs of going to fetch or bring something, after which a closing "now" dates the step.
    static let goingVerbs: Set<String> = [
        "drive", "come", "head", "run", "walk", "bring", "fetch", "collect", "race", "rush", "pop", "nip",
    ]

    /// How the clause commits the rep.
    enum Form {
        /// "I'll have…", "I'm driving…", "I can get u…": a helper the clause reader knows.
        case helper
        /// "I go now", "I give you…": a plain present.
        case present
        /// "driving to mercy now": no subject, an -ing verb opening the sentence.
        case dropped
    }

    func apply(to board: inout Board) {
        let tokens = board.text.tokens
        let infos = board.text.infos
        guard !board.isPresent(.capitulates), !board.isPresent(.arguesBack),
            !board.opensWithReframe
        else { return }
        let decisive = board.isPresent(Self.key)
        let owns = board.isPresent(CommitmentRule.key) || !CommitmentRule.mayRead(board)
        if decisive && owns { return }
        // The routines and hedged sentences are read only once a clause names a step with its
        // time (few do): the clause is kept only if every test passes, so their order is free.
        var routine: Set<Int>?
        var hedged: Set<Int>?
        let prevention = board.matches(.prevention).map(\.range)
        // The client's times, read once per line (``Grader/ClientReading/times``).
        let echoed = board.clientTimes
        for clause in board.clauses {
            let sentence = tokens[clause.range.lowerBound].sentence
            guard !clause.question, clause.negation == nil, !clause.conditional,
                !tokens[clause.range].allSatisfy(\.quoted),
                let form = Self.form(of: clause, board), let verb = clause.verb,
                let time = ((verb + 1)..<clause.range.upperBound).first(where: {
                    // A helper's commitment with a time the list knows was read by the list
                    // (and its exceptions); "now" there by ``ActionNowRule``.
                    form == .helper
                        ? StepTime.isShortTime(tokens, $0, in: clause.range)
                        : StepTime.isTime(tokens, infos, $0, in: clause.range)
                            && (tokens[$0].word != "now" || form == .dropped || $0 == verb + 1
                                // "I drive to Mercy now", "I drive there now and…": "now" closing
                                // a short clause of going somewhere (stop 42, training JF); not
                                // "I cover your cases now", a state.
                                || ($0 == clause.range.upperBound - 1 && $0 - verb <= 4
                                    && Self.goingVerbs.contains(tokens[verb].word)))
                            // "I answer texts at midnight" to "texting at midnight?": the
                            // client's time said back tells a habit, not a step.
                            && !echoed.contains(tokens[$0].word)
                })
            else { continue }
            if routine == nil { routine = ScheduledStepRule.recurringSentences(board.text) }
            if hedged == nil {
                // A hedge after "if" or "whether" is the client's ("I call you Monday to hear if
                // you want to try it": stop 40, retired TD), not the rep's about the step.
                var found = Set<Int>()
                var embedded = -1
                for token in tokens {
                    if Self.embedding.contains(token.word) { embedded = token.sentence }
                    if TimeAnswerRule.hedges.contains(token.word), embedded != token.sentence {
                        found.insert(token.sentence)
                    }
                }
                hedged = found
            }
            // A routine's step counts with a clock of its own ("I confirm by text at 16:00 the
            // day before"), as ``ScheduledStepRule`` keeps such a step the lists found; a clause
            // beside the routine in its sentence is not the routine ("I pull both boxes tomorrow
            // at 7, and from now on I check every lot").
            let clocked = clause.range.contains { ScheduledStepRule.isClock(tokens, $0) }
            let routineClause = !ScheduledStepRule.recurringClauses([clause], tokens, in: routine ?? [])
                .isEmpty
            guard !routineClause || clocked, hedged?.contains(sentence) == false,
                !clause.range.contains(where: { Self.habits.contains(tokens[$0].word) }),
                !Self.setsAheadOfEvent(clause, tokens) || clocked,
                !TimeAnswerRule.isPast(clause, tokens)
            else { continue }
            let start = clause.subject == .none ? verb : clause.subjectRange.lowerBound
            let words = board.text.quote(start..<(time + 1))
            let place = board.text.span(start..<(time + 1))
            if !decisive {
                board.add(
                    Self.id,
                    [
                        Evidence(
                            words: words, span: place,
                            rule: board.rule(
                                "rule: a step of the rep's (“\(board.word(verb))”) with its time (“\(board.word(time))”)"
                            ))
                    ],
                    explanation: "commits to a step with its time: “\(words)”")
            }
            // The helper forms are read for ownership by ``CommitmentRule`` already.
            if !owns, form != .helper, !prevention.contains(where: { $0.overlaps(clause.range) }) {
                board.add(
                    CommitmentRule.id,
                    [
                        Evidence(
                            words: words, span: place,
                            rule: board.rule(
                                "rule: the rep commits in the first person (“\(board.word(verb))”)"))
                    ],
                    explanation: "the rep commits to doing it: “\(words)”")
            }
            return
        }
    }

    /// How `clause` commits the rep to a step, if it does.
    static func form(of clause: Clause, _ board: Board) -> Form? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        guard let verb = clause.verb else { return nil }
        let word = tokens[verb].word
        let roles = infos[verb].roles
        let notDoing =
            roles
            & (WordRole.mental.rawValue | WordRole.handOff.rawValue | WordRole.disown.rawValue
                | WordRole.casual.rawValue) != 0 || ActionNowRule.leaving.contains(word)
            || (["head", "heading"].contains(word) && verb + 1 < clause.range.upperBound
                && ["off", "out", "home"].contains(tokens[verb + 1].word))
        switch clause.subject {
        case .me:
            if clause.future || clause.progressive || clause.perfect {
                return CommitmentRule.commits(clause, board) ? .helper : nil
            }
            if clause.ability {
                // "i can get u a quote by fri": a thing the rep will get the client.
                guard !notDoing, Self.giving.contains(word) else { return nil }
                return .helper
            }
            // "I am here", "I'm sorry": a state after a form of "be", not a present verb; "I do
            // answer at midnight" insists on a habit.
            guard !notDoing, Self.isPlainPresent(word),
                !(clause.subjectRange.upperBound..<verb).contains(where: {
                    infos[$0].roles & WordRole.being.rawValue != 0
                        || ["do", "does", "did"].contains(tokens[$0].word)
                            && roles & WordRole.determiner.rawValue == 0
                })
            else { return nil }
            // "I go now to SPD", "I go to take it myself": going is the step when it goes
            // somewhere; "I go now" alone leaves.
            if word == "go" {
                return ((verb + 1)..<clause.range.upperBound).contains(where: { tokens[$0].word == "to" })
                    ? .present : nil
            }
            if CommitmentRule.notCommitments.contains(word) || Self.notSteps.contains(word) { return nil }
            if CommitmentRule.contactVerbs.contains(word), CommitmentRule.relays(after: verb, clause, board) {
                return nil
            }
            return .present
        case .none:
            guard verb == clause.range.lowerBound, tokens[verb].startsSentence, word.hasSuffix("ing"),
                word.utf8.count > 5, !notDoing, !Self.notSteps.contains(word),
                // "Matching eleven isn't something I can do today": negated after the verb.
                !clause.range.contains(where: { infos[$0].roles & WordRole.negation.rawValue != 0 })
            else { return nil }
            return .dropped
        default:
            return nil
        }
    }

    /// Whether the clause sets its time ahead of each event: "I text you 24 hours before", "two
    /// days ahead": a routine, however it is worded, not this problem's fix.
    static func setsAheadOfEvent(_ clause: Clause, _ tokens: [Token]) -> Bool {
        clause.range.dropLast().contains {
            ["hours", "hour", "days", "day", "h", "hrs", "minutes", "mins", "weeks", "week"].contains(
                tokens[$0].word)
                && ["before", "ahead", "beforehand", "prior", "early"].contains(tokens[$0 + 1].word)
        }
    }

    /// A plain present of the first person: not a past ("-ed", "sent"), not a form that is
    /// also its own past ("put", "set", "read"), not "-s".
    static func isPlainPresent(_ word: String) -> Bool {
        !word.hasSuffix("ed") && !TimeAnswerRule.pastWords.contains(word)
            && !ClauseReader.irregularParticiples.contains(word) && !Self.pastAlike.contains(word)
            && word.utf8.count > 1 && word.utf8.allSatisfy { $0 >= 97 && $0 <= 122 }
    }

    /// Verbs whose present is also their past.
    static let pastAlike: Set<String> = [
        "put", "set", "read", "cut", "let", "hit", "quit", "shut", "cast", "cost", "hurt", "spread", "came",
        "went", "was", "were", "did", "had", "said", "took", "gave", "saw", "forgot", "thought",
    ]

    /// Verbs that give the client something, after "I can": "I can get u a quote by fri".
    static let giving: Set<String> = [
        "get", "send", "bring", "have", "drop", "give", "email", "deliver", "courier", "run", "do",
    ]

    /// Present verbs and -ing words that name no step: being, owning, wanting, waiting.
    static let notSteps: Set<String> = [
        "am", "have", "has", "do", "need", "want", "like", "love", "hope", "wish", "mean", "feel", "know",
        "agree", "promise", "work", "live", "get", "guess", "bet", "see", "hear", "look", "think",
        "apologize",
        "thanking", "nothing", "something", "anything", "everything", "morning", "evening", "looking",
        "hoping", "thinking", "waiting", "trying", "going", "wondering", "feeling", "having", "being",
        "getting", "saying", "telling", "asking", "checking", "following", "wishing",
    ]

    /// Words of habit: "I usually send it by 3" tells how things go, not what the rep will do.
    static let habits: Set<String> = [
        "usually", "always", "normally", "often", "sometimes", "generally", "typically", "never",
        "ever", "mostly",
    ]
}
