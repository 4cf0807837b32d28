/// `ownership` in the rep's own words, whatever the verb: a first-person clause that commits to
/// doing something ("I'm driving to Mercy now", "I'll run three sessions for nights", "let me
/// get the set", "I've already reserved a buffer"). Phrase lists cannot list every verb a rep
/// may use for a fix; the clause's shape generalises to verbs never seen.
///
/// The clause must have the rep as subject, a future, a progressive, a perfect or "let me",
/// no negation, no condition, no question, and a verb of doing: thinking and feeling verbs
/// ("I'll understand", "I hope") are not commitments, and a fix handed to someone else ("I'll
/// ask my manager to…", "I'll have Doug call you", "I'll check with the warehouse") is not
/// ownership. Ownership answers a problem: when the client's line is given it must raise one
/// (`ownership`'s `soft-if-client` list); after a line that raises none (a demand the rep
/// should refuse, a claim about the evidence, a manager asking for a report), no ownership
/// counts at all, from phrases or structure: there is no mistake to own.
struct CommitmentRule: GradingRule {
    static let id = "ownership"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.ownership

    func apply(to board: inout Board) {
        guard board.clientRaisesProblem else {
            board.cancel(Self.id, because: "the client's line raises no problem or mistake to own")
            return
        }
        guard !board.isPresent(Self.key), Self.mayRead(board) else { return }
        let prevention = board.matches(.prevention).map(\.range)
        // A breach is no ownership (review12, played table): "Let me just pop that tray open for
        // her", "I'll bring one over by one, just get them to flash it": a commitment in a
        // sentence that breaks the sterile field or fills in a record for the client delivers
        // the breach, not the fix. (Material the rep writes is read apart: "I'll write you a
        // one pager…" still owns the answer.) Nor is the report put off ("I'll sort out the
        // paperwork later this week": review22 A finding 1).
        let tokens = board.text.tokens
        let breachSentences = board.sentences(reading: [
            .breachesSterileField, .falsifiesRecord, .delaysReporting,
        ])
        for clause in board.clauses {
            // A step that stops a recurrence is `prevention`, not the fix of this problem.
            if prevention.contains(where: { $0.overlaps(clause.range) }) { continue }
            if breachSentences.contains(tokens[clause.range.lowerBound].sentence) { continue }
            guard Self.commits(clause, board), let verb = clause.verb else { continue }
            // "I'll have another look when I get a sec": a step put off to no time is no fix
            // taken on (review23 B finding 9).
            if Self.putsOff(sentence: tokens[clause.range.lowerBound].sentence, tokens) { continue }
            let words = board.text.quote(clause.subjectRange.lowerBound..<clause.range.upperBound)
            let place = board.text.span(clause.subjectRange.lowerBound..<clause.range.upperBound)
            board.add(
                Self.id,
                [
                    Evidence(
                        words: words, span: place,
                        rule: board.rule("rule: the rep commits in the first person (“\(board.word(verb))”)"))
                ],
                explanation: "the rep commits to doing it: “\(words)”")
            return
        }
    }

    /// Words that put a step off to no time: "when I get a sec" (read "seconds"), "at some point",
    /// "eventually".
    static let putOff: [[String]] = [
        ["when", "i", "get", "a", "seconds"], ["when", "i", "get", "a", "second"],
        ["when", "i", "get", "a", "chance"], ["when", "i", "get", "a", "minute"],
        ["when", "i", "get", "a", "moment"], ["at", "some", "point"], ["eventually"], ["sometime"],
        ["whenever", "i", "can"], ["when", "i", "can"],
    ]

    /// Whether sentence number `sentence` holds one of ``putOff``.
    static func putsOff(sentence: Int, _ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.sentence == sentence }.map(\.word)
        guard !words.isEmpty else { return false }
        return putOff.contains { phrase in
            words.count >= phrase.count
                && (0...(words.count - phrase.count)).contains {
                    Array(words[$0..<$0 + phrase.count]) == phrase
                }
        }
    }

    /// Whether ownership may be read from structure: only where the client raised a problem, and
    /// the reply neither refuses (what follows a refusal is an alternative) nor gives in, nor
    /// restates a remark.
    static func mayRead(_ board: Board) -> Bool {
        board.clientRaisesProblem && board.client(Self.key) != false && !board.isPresent(.boundarySetting)
            && !board.isPresent(.capitulates) && !board.isPresent(.arguesBack)
            && !board.isPresent(.agreesWithInsult) && !board.opensWithReframe
    }

    /// Whether `clause` commits the rep to a step: the rep as subject, a future, a progressive, a
    /// perfect or "let me", no negation, condition or question, and a verb of doing that is not
    /// handed to someone else.
    static func commits(_ clause: Clause, _ board: Board) -> Bool {
        let infos = board.text.infos
        let tokens = board.text.tokens
        guard clause.subject == .me, clause.negation == nil, !clause.conditional, !clause.question,
            clause.future || clause.progressive || clause.perfect, let verb = clause.verb
        else { return false }
        // "I'll have my manager call you": "have" read as a helper left "my" as the verb.
        // "I'll have them in your lab by 7" puts things somewhere: not handed off.
        if verb > clause.range.lowerBound, ["have", "get"].contains(tokens[verb - 1].word),
            Self.handsOff(at: verb, clause, board)
        {
            return false
        }
        // "I'd be raging too", "I must have mixed up the dates", "I should have called": a
        // helper of supposing or of hindsight before the verb tells no step the rep will take.
        if Self.supposes(clause, verb, tokens) { return false }
        let roles = WordRole(rawValue: infos[verb].roles)
        // "I'll make sure…" commits; "I'll make excuses" does not.
        let makesSure =
            tokens[verb].word == "make" && verb + 1 < clause.range.upperBound
            && tokens[verb + 1].word == "sure"
        if !makesSure, !roles.isDisjoint(with: [.mental, .handOff, .disown, .casual]) { return false }
        let word = tokens[verb].word
        // "I'll go through every line", "I'll go over it with them": going is the work.
        let goesThrough =
            word == "go" && verb + 1 < clause.range.upperBound
            && ["through", "over", "line"].contains(tokens[verb + 1].word)
        if Self.notCommitments.contains(word), !goesThrough { return false }
        // Words in quotation marks report what was said before, not a commitment now.
        if tokens[clause.range].allSatisfy(\.quoted) { return false }
        // "I'll be more careful next time", "I'll do better": how the rep will be, or effort, with
        // nothing to check (review12 finding 8).
        if ScheduledStepRule.namesNoStep(clause, verb, tokens) { return false }
        // "I'll be …" commits only to being somewhere ("I'll be on 4 West on Sunday").
        if word == "be" {
            guard verb + 1 < clause.range.upperBound, Self.places.contains(tokens[verb + 1].word) else {
                return false
            }
        }
        // "I'll call them", "I'll email the warehouse and let you know": the rep relays the
        // problem to a third party and the fix stays with them (T11). Calling or writing to the
        // client ("I'll call you at 3") is not a relay.
        if Self.contactVerbs.contains(word), Self.relays(after: verb, clause, board) { return false }
        // "I'll have/get my manager (to) call you": handed to someone else; "I'll get them to
        // you by 7" puts a thing somewhere.
        if word == "have" || word == "get", Self.handsOff(at: verb + 1, clause, board) { return false }
        // "let me give you their number", "I'll send you the helpline": the client is sent on.
        if Self.givesContact(verb, clause, tokens) { return false }
        // "I'm going to end the meeting here": stepping out is an exit, not a fix.
        if Self.exitVerbs.contains(word),
            (verb + 1..<clause.range.upperBound).contains(where: {
                Self.exitObjects.contains(tokens[$0].word)
            })
        {
            return false
        }
        return true
    }

    /// Whether a helper between the rep and the verb supposes or looks back instead of
    /// committing: "would" before "be …ing" or a perfect ("I'd be asking the same", "I would
    /// have called"), and "must", "might", "may", "should", "could" before a perfect ("I must have
    /// mixed up the dates"). "I'd bring it over now", "I'd have it to you by noon" are left to
    /// the other tests.
    static func supposes(_ clause: Clause, _ verb: Int, _ tokens: [Token]) -> Bool {
        let start = clause.subjectRange.upperBound
        guard start < verb else { return false }
        let helpers = tokens[start..<verb].map(\.word)
        if helpers.contains("would"), clause.progressive || clause.perfect { return true }
        return clause.perfect && helpers.contains(where: { Self.hindsight.contains($0) })
    }

    /// Helpers that look back at what might have been ("must have", "should have").
    static let hindsight: Set<String> = ["must", "might", "may", "should", "could", "would"]

    /// Whether the clause only gives the client a way to reach someone else: "give"/"send"
    /// followed within three words by "number", "details", "contact", "helpline"…
    static func givesContact(_ verb: Int, _ clause: Clause, _ tokens: [Token]) -> Bool {
        guard ["give", "send", "text", "email", "forward", "pass"].contains(tokens[verb].word) else {
            return false
        }
        let end = min(clause.range.upperBound, verb + 5)
        guard verb + 1 < end else { return false }
        return (verb + 1..<end).contains { index in
            Self.contactObjects.contains(tokens[index].word)
                && !Self.recordNumbers.contains(tokens[index - 1].word)
        }
    }

    /// Words before "number" that make it a record, not a contact ("the tracking number").
    static let recordNumbers: Set<String> = [
        "tracking", "order", "lot", "serial", "reference", "case", "batch", "part", "po", "invoice", "ticket",
    ]

    /// What a rep hands over to send the client on: a number or a contact.
    static let contactObjects: Set<String> = [
        "number", "numbers", "details", "contact", "contacts", "helpline", "hotline", "extension",
    ]
    /// Verbs of stepping out, and what they end ("end the meeting here", "stop the call").
    static let exitVerbs: Set<String> = ["end", "stop", "pause", "close", "wrap", "leave"]
    static let exitObjects: Set<String> = ["meeting", "conversation", "discussion", "here", "visit"]

    /// Whether the words from `start` name a person who is then to act ("my manager call you",
    /// "them ring you"), not a thing put somewhere ("them at Harborview by 9").
    static func handsOff(at start: Int, _ clause: Clause, _ board: Board) -> Bool {
        let infos = board.text.infos
        let tokens = board.text.tokens
        var index = start
        // "her" is a person when a verb follows ("have her reach out"), a determiner otherwise.
        let pronoun =
            index < clause.range.upperBound
            && infos[index].roles & WordRole.objectPronoun.rawValue != 0
            && infos[index].roles & WordRole.person.rawValue != 0
        if !pronoun, index < clause.range.upperBound, infos[index].roles & WordRole.determiner.rawValue != 0 {
            index += 1
        }
        guard index < clause.range.upperBound, infos[index].roles & WordRole.person.rawValue != 0 else {
            return false
        }
        let after = index + 1
        guard after < clause.range.upperBound else { return false }
        let destination =
            WordRole.you.rawValue | WordRole.your.rawValue | WordRole.meObject.rawValue
            | WordRole.we.rawValue | WordRole.determiner.rawValue
        return !places.contains(tokens[after].word)
            && !["to", "by", "ready", "delivered", "sent"].contains(tokens[after].word)
            // "I'll have them replaced": a thing the rep has done to them, not by them ("we'll
            // get them trained" leaves open who does it).
            && !(pronoun && clause.subject == .me && tokens[after].word.hasSuffix("ed"))
            || tokens[after].word == "to" && after + 1 < clause.range.upperBound
                && infos[after + 1].roles & destination == 0
    }

    /// Whether the words after a verb of contacting (`verb`) name a third party and nothing the
    /// rep then does themself: "them", "the warehouse", "our logistics lead", alone or followed
    /// by "and let you know" / "and see" / "and find out"; not "you", and not "…and have the set in
    /// your OR by 11", where the rep goes on to deliver.
    static func relays(after verb: Int, _ clause: Clause, _ board: Board) -> Bool {
        let infos = board.text.infos
        let tokens = board.text.tokens
        var index = verb + 1
        while index < clause.range.upperBound, infos[index].roles & WordRole.determiner.rawValue != 0 {
            index += 1
        }
        guard index < clause.range.upperBound else { return false }
        let roles = infos[index].roles
        let third = WordRole.person.rawValue | WordRole.party.rawValue
        guard roles & third != 0, roles & (WordRole.you.rawValue | WordRole.your.rawValue) == 0 else {
            return false
        }
        // What follows the party: nothing, a time, or a promise only to pass the news on.
        var rest = index + 1
        while rest < clause.range.upperBound, infos[rest].roles & WordRole.party.rawValue != 0 { rest += 1 }
        guard rest < clause.range.upperBound else { return true }
        // Put off to later ("I'll email them in the morning", "call the warehouse tomorrow"):
        // still only a message passed on (review43 R11 finding 6, for a 06:30 case).
        if (rest..<clause.range.upperBound).allSatisfy({ Self.later.contains(tokens[$0].word) }) {
            return true
        }
        guard tokens[rest].word == "and" else { return rest == clause.range.upperBound }
        let next = rest + 1
        return next < clause.range.upperBound && Self.relaying.contains(tokens[next].word)
    }

    /// Verbs of getting in touch: committing only to them relays the problem ("I'll call them").
    static let contactVerbs: Set<String> = [
        "call", "ring", "phone", "email", "text", "message", "ping", "contact", "chase", "notify",
    ]
    /// Words of a time put off to later, after a relay's party ("in the morning", "first thing
    /// tomorrow", "on Monday"); "now" and a clock time are not among them.
    static let later: Set<String> = [
        "in", "the", "morning", "tomorrow", "first", "thing", "later", "on", "monday", "tuesday",
        "wednesday", "thursday", "friday", "next", "week", "when", "they", "open", "once",
    ]
    /// What a relay promises after "and": the news, not the fix ("and let you know", "and see").
    static let relaying: Set<String> = [
        "let", "see", "find", "get", "ask", "tell", "check", "update", "keep",
    ]

    /// Verbs that follow "I'll" without committing to a fix.
    static let notCommitments: Set<String> = [
        "be", "keep", "stay", "leave", "wait", "go", "need", "say", "talk", "speak", "explain", "mention",
        "admit", "add", "note", "stand", "pray", "cross", "let", "try",
    ]

    /// Words after "I'll be" that name where the rep will be.
    static let places: Set<String> = [
        "in", "on", "at", "there", "here", "back", "over", "round", "around", "with", "outside", "onsite",
    ]
}
