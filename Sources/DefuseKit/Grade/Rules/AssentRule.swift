/// Assent read against the client's line. After a demand the rep should not meet ("send Doug
/// instead", "forty percent off", "open the implants onto the field"), a bare yes ("ok will
/// do", "sure, I'll sort it", "fine, 35 and net 90") is `capitulates`, and so is a first-person
/// move toward the demand ("let me see if I can get 40 approved", "what if I do 30"). After an
/// insult, "yeah, fair", "lol probably", "true" is `agrees-with-insult`.
///
/// Which lines are demands and which are insults is data: the `soft-if-client` lists of
/// `capitulates` and `agrees-with-insult`. A reply that also refuses (a `boundary-setting`, a
/// negated "I can't"/"we won't"), challenges the reasoning (`respectful-challenge`) or opens by
/// acknowledging ("yeah, I hear you") is not assent.
struct AssentRule: GradingRule {
    func apply(to board: inout Board) {
        // Only a demand, a claim or an insult (in the client's line or reported in the reply)
        // calls for reading assent.
        let demandLine = board.client(.capitulates) == true
        let claimLine = board.client(.respectfulChallenge) == true
        let insultLine = board.client(.agreesWithInsult) == true
        if !demandLine, Self.bareYesToBreach(board) {
            let words = board.text.quote(0..<board.text.tokens.count)
            board.add(
                "capitulates",
                [
                    Evidence(
                        words: words, rule: board.rule("rule: a bare yes to a line that asks for a breach"))
                ],
                explanation: "says a bare yes to a line that asks for a breach: “\(words)”")
            return
        }
        guard
            demandLine || claimLine || insultLine || board.replyMatchesClientList("agrees-with-insult")
                || board.replyMatchesClientList("capitulates")
        else { return }
        let clauses = board.clauses
        guard let first = clauses.first else { return }
        let tokens = board.text.tokens
        let infos = board.text.infos
        func has(_ index: Int, _ role: WordRole) -> Bool { infos[index].roles & role.rawValue != 0 }
        // The assent words that open the reply ("ok ok", "lol yeah", "sure np").
        var opening = first.range.lowerBound
        // "no problem", "of course", "no bother": a yes in two words (stop 42, never-read set FC).
        var saidYes = false
        while opening < first.range.upperBound {
            if has(opening, .assent) || has(opening, .casual) || has(opening, .opener)
                || Self.assentWords.contains(tokens[opening].word)
            {
                opening += 1
            } else if let length = Self.yesPhrase(at: opening, tokens),
                opening + length <= first.range.upperBound
            {
                opening += length
                saidYes = true
            } else {
                break
            }
        }
        // "will do" said as a reply is a yes.
        let willDo =
            first.range.count >= 2 && tokens[first.range.lowerBound].word == "will"
            && tokens[first.range.lowerBound + 1].word == "do"
        // "Yes, I'm 61", "Sure, I'm from Lagos originally": the yes answers a question about the
        // rep's own person; it grants no put-down and agrees to no swap (review44 R21 finding 1).
        let aboutSelf = Self.answersAboutSelf(from: opening, tokens)
        let assents =
            !aboutSelf
            && (willDo || saidYes
                || (first.range.lowerBound..<opening).contains {
                    has($0, .assent) || Self.assentWords.contains(tokens[$0].word)
                })
        // "ok, tell me more", "sure, let's talk. What volume…?": engaging, not giving in.
        let engages = clauses.contains { clause in
            clause.question
                || (clause.subject == .none
                    && clause.verb.map { Self.asksForMore($0, clause, tokens) } == true)
        }
        let refuses =
            board.isPresent(.boundarySetting) || board.isPresent(.respectfulChallenge)
            || clauses.contains {
                ($0.subject == .me || $0.subject == .we) && $0.negation != nil && ($0.ability || $0.future)
            }
            || (tokens.first?.word == "no" && !Self.noThenYes(tokens) && Self.yesPhrase(at: 0, tokens) == nil)
            // "Absolutely not", "sure not": the assent word only strengthens a refusal. "Yeah,
            // nobody tells me anything" agrees: only "no" and "not" turn a yes into a no.
            || (opening > first.range.lowerBound && opening < first.range.upperBound
                && has(opening, .negation) && has(opening - 1, .assent)
                && Self.plainNo.contains(tokens[opening].word))
        // "yeah, I hear you", "totally understand": an acknowledgement, not assent.
        // A bare "I know" after an insult ("yeah I know, I'd have fired me too") concedes it.
        func bareKnow(_ verb: Int, _ end: Int) -> Bool { tokens[verb].word == "know" && verb + 1 == end }
        let acknowledges =
            (opening < first.range.upperBound && has(opening, .mental)
                && !bareKnow(opening, first.range.upperBound))
            || clauses.dropFirst(opening == first.range.upperBound ? 1 : 0).first.map { clause in
                clause.subject == .me && !clause.future
                    && clause.verb.map { has($0, .mental) && !bareKnow($0, clause.range.upperBound) } == true
            } ?? false
            // "Totally fair to be skeptical", "that's a fair challenge": the stance granted, not the claim.
            || FairStanceRule.stance(board) != nil
            // "Yeah, I know, it's been a nightmare": the yes goes with what the wait has been
            // like for the client, not with the jab (review23 A finding 14). Said of someone
            // ("yeah his accent was rough") it agrees.
            || clauses.contains { clause in
                Self.saysOfIt(clause, tokens)
                    && clause.range.contains { Self.hardship.contains(tokens[$0].word) }
            }
            // "Okay, that's a big number": the size of the ask named, not a yes to it (review24b C
            // finding 1).
            || clauses.contains { clause in
                Self.saysOfIt(clause, tokens) && !clause.question
                    && clause.range.dropLast().contains {
                        Self.large.contains(tokens[$0].word) && Self.asks.contains(tokens[$0 + 1].word)
                    }
            }
        let insulted =
            board.client(.agreesWithInsult) == true || board.replyMatchesClientList("agrees-with-insult")
        // Hitting back is not agreeing: "yep, good luck finding someone dumb enough" argues.
        // After a line that is both a jab and a demand ("you're what, sixty? Can your company send
        // someone under forty?"), a yes that moves toward the demand gives in to it.
        // A yes of compliance ("sure", "ok", "fine") to such a line gives in rather than agrees.
        let complies = (first.range.lowerBound..<opening).contains {
            Self.complying.contains(tokens[$0].word)
        }
        let givesInToDemand =
            board.client(.capitulates) == true
            && (complies
                || clauses.contains { clause in
                    (clause.subject == .me || clause.subject == .we) && clause.negation == nil
                        && clause.future
                        && Self.takesUp(clause, board)
                })
        if insulted, !board.isPresent(.agreesWithInsult), !acknowledges, !board.isPresent(.arguesBack),
            !board.isPresent(.boundarySetting), !givesInToDemand, !aboutSelf
        {
            // An assent that opens the reply, or stands as a clause of its own ("which, fair, I was…").
            let bare = clauses.first { clause in
                clause.range.count <= 2 && clause.range.allSatisfy { has($0, .assent) || has($0, .casual) }
                    && clause.range.contains { Self.agreeing.contains(tokens[$0].word) }
            }
            // "Ha." said on its own, before a question, is a laugh, not a yes; so is "Ha, my
            // back's fine, doctor.": a laugh before words that push back (review41 D finding 3).
            let pushesBack =
                clauses.dropFirst().first.map { next in
                    next.range.contains { Self.pushBack.contains(tokens[$0].word) }
                } ?? false
            let laughAlone =
                (first.range.lowerBound..<opening).allSatisfy { Self.laughs.contains(tokens[$0].word) }
                && opening == first.range.upperBound
                && (tokens[first.range.upperBound - 1].sentence != tokens.last?.sentence || pushesBack)
            let opens =
                !laughAlone
                && (first.range.lowerBound..<opening).contains {
                    Self.agreeing.contains(tokens[$0].word) || has($0, .casual)
                }
            // "You're right, and I'm sorry. I'll credit both balloons", "Yep, wrong set. That's on
            // me": a yes beside an apology or ownership concedes the mistake, not the insult
            // (words that endorse the insult are in the phrase list).
            if let range = bare?.range ?? (opens ? first.range : nil), !refuses || bare != nil,
                !board.isPresent(.apology), !board.isPresent(.ownership),
                !Self.grantsQuestion(first, opening, board.text)
            {
                let words = board.text.quote(range)
                let place = board.text.span(range)
                board.add(
                    "agrees-with-insult",
                    [
                        Evidence(
                            words: words, span: place,
                            rule: board.rule("rule: assents to the client's insult"))
                    ],
                    explanation: "goes along with the insult: “\(words)”")
            }
        }
        // "Does anybody at your company read a booking sheet?" "Apparently not.": a bare no to
        // a question whether anyone on the rep's side does the job answers the insult with a yes.
        if insulted, board.clientAsksAnyone, !board.isPresent(.agreesWithInsult),
            !board.isPresent(.arguesBack), let range = Self.bareNo(board)
        {
            let words = board.text.quote(range)
            let place = board.text.span(range)
            board.add(
                "agrees-with-insult",
                [
                    Evidence(
                        words: words, span: place,
                        rule: board.rule("rule: a bare no to “does anybody…?” concedes the insult"))
                ],
                explanation: "concedes the insult: “\(words)”")
        }
        // After a claim about the evidence ("it doesn't work in that group"), a bare "ok, makes
        // sense" defers instead of engaging ("Fair. What does a late set cost you?" engages).
        // Read only after such a claim (most replies follow none), by word number (``WordSet``).
        func agreesOutright() -> Bool {
            first.range.contains { Self.agreeingOrDeferring.contains($0, in: board.text) }
        }
        // "Fair point, but the data was analysed independently": the point granted, then answered.
        func answersBack() -> Bool {
            guard clauses.count > 1 else { return false }
            let start = clauses[1].range.lowerBound
            return Self.contrasting.contains(tokens[start].word)
                || (start > 0 && Self.contrasting.contains(tokens[start - 1].word))
                // "Yeah, totally get it… The newer data looks a lot better though": a later
                // sentence that turns on the claim with the evidence (review24b B finding 4).
                || {
                    var turning = Set<Int>()
                    var citing = Set<Int>()
                    for token in tokens[first.range.upperBound...] {
                        if Self.contrasting.contains(token.word) { turning.insert(token.sentence) }
                        if Self.evidenceWords.contains(token.word) { citing.insert(token.sentence) }
                    }
                    return !turning.isDisjoint(with: citing)
                }()
        }
        if board.client(.respectfulChallenge) == true, agreesOutright(), !refuses, !acknowledges, !engages,
            !answersBack(),
            !board.isPresent(.capitulates), !board.isPresent(.arguesBack),
            !board.isPresent(.agreesWithInsult)
        {
            let words = board.text.quote(first.range)
            let place = board.text.span(first.range)
            board.add(
                "capitulates",
                [
                    Evidence(
                        words: words, span: place,
                        rule: board.rule("rule: defers to the client's claim without engaging"))
                ],
                explanation: "defers to the client's claim: “\(words)”")
        }
        // "Deal!", "Done.": a yes that stands alone is not undone by a question after it
        // ("Deal! Where do I sign?").
        let settled =
            (first.range.lowerBound..<opening).contains { Self.settling.contains(tokens[$0].word) }
            && first.range.upperBound == opening
        // A report to a manager ("ok so when I walked in he asked for someone under forty")
        // tells the demand; it does not say yes to it.
        let demanded =
            board.client(.capitulates) == true
            || (assents && board.replyMatchesClientList("capitulates")
                && board.client(.objectiveReport) != true
                && !board.isPresent(.objectiveReport))
        if demanded, !board.isPresent(.capitulates), !board.isPresent(.arguesBack), !refuses,
            !acknowledges || Self.yesThenMove(clauses, board),
            !engages || settled
        {
            let moves = clauses.first { clause in
                (clause.subject == .me || clause.subject == .we) && clause.negation == nil && !clause.question
                    && (clause.future || clause.ability || clause.progressive)
                    && clause.verb.map { !has($0, .mental) || Self.bargaining.contains(tokens[$0].word) }
                        == true
            }
            // The assent is taken by the insult when the reply agrees with it; a move toward the
            // demand must take up the client's own words ("ill cover saturdays", "what if i do 30").
            let takesUp =
                moves.map { clause in
                    Self.takesUp(clause, board)
                        || clause.verb.map { Self.bargaining.contains(tokens[$0].word) } == true
                } ?? false
            let agreed = board.isPresent(.agreesWithInsult)
            // Handing over what was demanded in the client's own words ("six by forty, two
            // minutes should do it" after "Six by forty? Two minutes or three?") gives it.
            let supplied = moves == nil ? Self.supplies(clauses, board) : nil
            // "on these terms, yes, i'm walking away" to "So that's a no?": the yes confirms the
            // refusal the client asked about; it gives nothing (stop 46, LL080).
            let confirmsNo = board.clientAsksToConfirmANo
            // "i'm walking away" takes up the client's own words, and confirms the no they asked
            // about.
            if (assents && !agreed && !confirmsNo) || (takesUp && !confirmsNo) || supplied != nil {
                let range = assents && !agreed ? first.range : (moves?.range ?? supplied ?? first.range)
                let words = board.text.quote(range)
                let place = board.text.span(range)
                board.add(
                    "capitulates",
                    [
                        Evidence(
                            words: words, span: place,
                            rule: board.rule("rule: says yes to a demand the rep should refuse")
                        )
                    ],
                    explanation: "gives in to the client's demand: “\(words)”")
                // What the rep gives in with is not a fix they own, nor a decisive step.
                board.cancel(
                    "decisive-action", because: "it is the rep giving in to the demand (capitulates)")
            }
        }
    }

    /// Whether the client's line asks the rep to confirm a refusal ("So that's a no?", "You're
    /// walking away from ninety cases?", "So you won't do it?"): a sentence ending in "?" that
    /// names the no. A yes to it keeps the no.
    static func asksToConfirmANo(_ client: String?) -> Bool {
        guard let client, client.contains("?") else { return false }
        let lower = client.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        return lower.split(separator: "?", omittingEmptySubsequences: false).dropLast().contains { part in
            let question = part.split(whereSeparator: { ".!".contains($0) }).last.map(String.init) ?? ""
            return Self.namedRefusals.contains { question.contains($0) }
        }
    }
    static let namedRefusals = [
        "a no", "that's no", "walking away", "walk away", "you won't", "you will not", "you're refusing",
        "you are refusing", "turning me down", "turning us down", "turning it down", "saying no",
    ]

    /// Whether the opening assent grants the client's question, not the insult, and the reply
    /// goes on to answer it (play13): "Fair to ask. I'm trained on the Vantage cage", "fair
    /// question, about forty", "Reasonable thing to ask. …": the word after the assent run is
    /// "question(s)", "challenge", "q", or "to ask"/"to wonder"/"to raise", or "thing to ask".
    /// "fair question honestly" standing alone (the whole reply) still goes along with the jab,
    /// and "fair point" grants the point.
    static func grantsQuestion(_ first: Clause, _ opening: Int, _ text: TokenizedText) -> Bool {
        let tokens = text.tokens
        guard opening > first.range.lowerBound, opening < first.range.upperBound,
            let last = tokens.last, last.sentence != tokens[opening].sentence
        else { return false }
        var index = opening
        if ["thing", "things"].contains(tokens[index].word), index + 1 < first.range.upperBound {
            index += 1
        }
        let word = tokens[index].word
        if ["question", "questions", "challenge", "q", "ask"].contains(word) { return true }
        return word == "to" && index + 1 < first.range.upperBound
            && ["ask", "wonder", "raise", "check", "want"].contains(tokens[index + 1].word)
    }

    /// A reply that is nothing but a yes ("yes", "yep, no problem", "ok sure") to a line that
    /// asks for a compliance breach its node avoids, at a node that avoids giving in: "Can you
    /// get it to me by one, so SPD can flash it and we're done?" "Yes." (review10 finding 10).
    /// The client's line is the input: a yes grants what it asked. A yes with anything of its
    /// own ("Yes, by 12:45", "sure, I'll be at SPD at 12:30") is left to the rest of the rules.
    static func bareYesToBreach(_ board: Board) -> Bool {
        guard let cue = board.cue, cue.avoid.contains("capitulates"),
            ComplianceBreaches.list.contains(where: { cue.avoid.contains($0) && board.client($0) == true }),
            asksTheRep(board.client)
        else { return false }
        let tokens = board.text.tokens
        let infos = board.text.infos
        guard let first = tokens.first, first.word != "no" || yesPhrase(at: 0, tokens) != nil else {
            return false
        }
        var sawYes = false
        for (index, token) in tokens.enumerated() {
            let roles = infos[index].roles
            // "no problem", "of course", "course" said first (``yesPhrase(at:_:)``), "will do",
            // "can do": a yes in words that are not yes alone (stop 42, never-read sets FB and FC).
            if yesPhrase(at: index, tokens) != nil
                || (index + 1 < tokens.count && ["will", "can"].contains(token.word)
                    && tokens[index + 1].word == "do")
            {
                sawYes = true
            }
            if roles & WordRole.assent.rawValue != 0 || complying.contains(token.word)
                || assentWords.contains(token.word)
            {
                sawYes = true
                continue
            }
            // "no problem", "no worries", "of course", "will do", "no bother, happy to muck in": a
            // yes in more than one word. The client's own words said back with it ("Friday at
            // seven works. Tell the team.", "yep can do, tell SPD to flash away") grant the ask
            // as it was put (stop 42, never-read sets FB and FC).
            if yesAround.contains(token.word) || board.clientWords.contains(token.word)
                || roles & (WordRole.casual.rawValue | WordRole.opener.rawValue) != 0
            {
                continue
            }
            return false
        }
        return sawYes
    }

    /// Words that go with a yes in more than one word ("no problem", "of course", "will do",
    /// "can do", "no bother", "happy to muck in", "go ahead", "tell them to flash away").
    static let yesAround: Set<String> = [
        "no", "problem", "worries", "of", "course", "will", "do", "thing", "can", "bother", "happy", "glad",
        "to", "muck", "in", "go", "ahead", "away", "tell",
    ]

    /// Whether the client's line ends by asking the rep to do something, a question a yes
    /// grants: "Can you get it to me by one, so SPD can flash it?", not "when do I hear?" nor
    /// "Do you need anything from us, or not?".
    static func asksTheRep(_ client: String?) -> Bool {
        guard let client, let mark = client.lastIndex(of: "?") else { return false }
        let before = client[..<mark]
        let start =
            before.lastIndex(where: { ".!?".contains($0) }).map { before.index(after: $0) }
            ?? before.startIndex
        let words = TimeAnswerRule.letterWords(String(before[start...]))
        return words.count >= 2 && ["can", "could", "will", "would"].contains(words[0]) && words[1] == "you"
    }

    /// The length of a yes said in two words at `index` ("no problem", "no bother", "of course",
    /// or "course" said first), or nil. "No problem" opens a yes, not a refusal. Not "no
    /// worries", which as often waves a problem away as grants an ask ("no worries, it's only
    /// forty minutes").
    static func yesPhrase(at index: Int, _ tokens: [Token]) -> Int? {
        // "course, no bother": "of course" with its "of" dropped, said first.
        if index == 0, tokens[index].word == "course" { return 1 }
        guard index + 1 < tokens.count, tokens[index].clause == tokens[index + 1].clause else { return nil }
        let pair = (tokens[index].word, tokens[index + 1].word)
        switch pair {
        case ("no", "problem"), ("no", "problems"), ("no", "bother"), ("no", "probs"), ("no", "prob"),
            ("of", "course"):
            return 2
        default:
            return nil
        }
    }

    /// Whether an imperative asks the client for more ("tell me more", "walk me through it",
    /// "explain", "tell you straight"), not passes the ask on ("tell SPD to flash away": stop 42,
    /// never-read set FB).
    static func asksForMore(_ verb: Int, _ clause: Clause, _ tokens: [Token]) -> Bool {
        guard engaging.contains(tokens[verb].word) else { return false }
        if tokens[verb].word == "explain" { return true }
        let next = verb + 1
        return next < clause.range.upperBound && ["me", "us", "you", "more"].contains(tokens[next].word)
    }

    /// Whether an opening "no" gives way to a yes: "no, fine", "no no, let me see what I can
    /// do", "wait no no, ok": the "no" retracts the stand rather than refuses, when the words
    /// after the run of "no"s (and "wait") open with compliance or with "let me" and a verb of
    /// bargaining. "No, I can't", "no, not filing", "no thanks" stay refusals.
    static func noThenYes(_ tokens: [Token]) -> Bool {
        var index = 0
        while index < tokens.count, ["no", "wait"].contains(tokens[index].word) { index += 1 }
        guard index < tokens.count, index > 0 else { return false }
        if ["fine", "ok", "okay", "alright"].contains(tokens[index].word) {
            // "no, fine" but not "no, fine by me if you'd rather not": the yes stands alone.
            return index + 1 == tokens.count || tokens[index + 1].clause != tokens[index].clause
        }
        return index + 2 < tokens.count && tokens[index].word == "let" && tokens[index + 1].word == "me"
            && bargaining.contains(tokens[index + 2].word)
    }

    /// Whether a clause opens with a word of assent and moves toward the demand in the client's
    /// own words ("I understand wanting someone you know. Sure, I'll ask Doug to call"): an
    /// acknowledgement before it does not undo the yes.
    static func yesThenMove(_ clauses: [Clause], _ board: Board) -> Bool {
        let tokens = board.text.tokens
        let infos = board.text.infos
        return clauses.indices.contains { index in
            let clause = clauses[index]
            guard infos[clause.range.lowerBound].roles & WordRole.assent.rawValue != 0 else { return false }
            let rest = clauses[index...].prefix(2)
            return rest.contains { move in
                (move.subject == .me || move.subject == .we) && move.negation == nil && move.future
                    && move.range.contains { board.clientWords.contains(tokens[$0].word) }
            }
        }
    }

    /// Whether `clause` takes up what the client asked for: one of the client's own words (not a
    /// quoted one, and not a short particle like "up") as its verb or within three words after it
    /// ("ill cover saturdays", "I'll ask Doug to call", "I'll ask them today").
    ///
    /// Sending on the route instead of the thing ("I'll send them your question today", "I'll
    /// send you the application link", review5 C2 and C3) takes up the client's verb but not the
    /// demand: a clause whose object is a ``route`` word does not take it up.
    static func takesUp(_ clause: Clause, _ board: Board) -> Bool {
        guard let verb = clause.verb else { return false }
        let tokens = board.text.tokens
        let end = min(clause.range.upperBound, verb + 4)
        guard verb < end else { return false }
        if (verb..<clause.range.upperBound).contains(where: { route.contains(tokens[$0].word) }) {
            return false
        }
        // "I'll have medical affairs send you the data", "I'll get medical information to call
        // you": the request goes to the function that answers it, which does what was asked,
        // not the rep (review43 R10 finding 4).
        if clause.range.dropLast(2).contains(where: { index in
            Self.causative.contains(tokens[index].word) && tokens[index + 1].word == "medical"
                && Self.answeringFunction.contains(tokens[index + 2].word)
        }) {
            return false
        }
        return (verb..<end).contains { index in
            let word = tokens[index].word
            return !tokens[index].quoted && (word.count >= 4 || index == verb)
                && board.clientWords.contains(word)
        }
    }

    /// The clause that hands the client what they demanded, in their own words: no subject of
    /// its own (a fragment or a statement about the thing asked for, not "I can't…"), no
    /// negation anywhere in the reply, no question, and two or more of the client's content
    /// words, at least one of them a number other than "one" ("six by forty, two minutes should do it",
    /// "forty off and net 120"): the terms or the answer the client asked for.
    static func supplies(_ clauses: [Clause], _ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        guard !board.clientWords.isEmpty,
            !infos.contains(where: { $0.roles & WordRole.negation.rawValue != 0 })
        else { return nil }
        // The answer given up front: the reply's first clause.
        for clause in clauses.prefix(1)
        where !clause.question && clause.subject != .me && clause.subject != .you {
            // Two different echoed words, without building a set: the first one's index is kept.
            var first: Int?
            var distinct = false
            var number = false
            for index in clause.range
            where !tokens[index].quoted && board.clientWords.contains(tokens[index].word) {
                if let seen = first {
                    if tokens[seen].word != tokens[index].word { distinct = true }
                } else {
                    first = index
                }
                if Self.numberWords.contains(tokens[index].word) || tokens[index].word.first?.isNumber == true
                {
                    number = true
                }
            }
            if distinct, number { return clause.range }
        }
        return nil
    }

    /// The reply's first sentence with more than openers in it ("Honestly?" is passed over),
    /// when it is a bare no: only negations, openers, hedges and the words of "doesn't look like
    /// it" ("apparently not", "clearly not", "nope").
    static func bareNo(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        let filler =
            WordRole.negation.rawValue | WordRole.opener.rawValue | WordRole.casual.rawValue
            | WordRole.adverb.rawValue
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count, tokens[end].sentence == tokens[start].sentence { end += 1 }
            let range = start..<end
            // "oh gosh, honestly?", "Fair question.": a sentence of openers, or one that grants the
            // question, before the answer (training PH, OA).
            // "Oh no.", "oh god no": dismay, not an answer (review25 A finding 1).
            let dismay =
                range.contains { Self.noAnswers.contains(tokens[$0].word) }
                && range.allSatisfy {
                    !Self.noAnswers.contains(tokens[$0].word)
                        || ($0 > range.lowerBound && Self.dismayed.contains(tokens[$0 - 1].word))
                }
            let onlyOpeners =
                dismay
                || range.allSatisfy {
                    infos[$0].roles & (WordRole.opener.rawValue | WordRole.casual.rawValue) != 0
                        || Self.preamble.contains(tokens[$0].word)
                }
            if !onlyOpeners {
                let bare = range.allSatisfy {
                    infos[$0].roles & filler != 0 || Self.noWords.contains(tokens[$0].word)
                        || Self.noAnswers.contains(tokens[$0].word)
                }
                return bare && range.contains { Self.noAnswers.contains(tokens[$0].word) } ? range : nil
            }
            start = end
        }
        return nil
    }

    /// Whether the words at `start` state a fact of the rep's own person: "I'm 61", "I'm a
    /// woman", "I'm from Lagos", "I'm originally from Houston", "I was born in Manila". A put-down
    /// granted ("I'm a delivery driver, sure", "I'm useless") is not such a fact.
    static func answersAboutSelf(from start: Int, _ tokens: [Token]) -> Bool {
        guard start + 2 < tokens.count, tokens[start].word == "i" else { return false }
        var index = start + 1
        if tokens[index].word == "was", tokens[index + 1].word == "born" { return true }
        guard ["am", "m"].contains(tokens[index].word) else { return false }
        index += 1
        while index < tokens.count, ["actually", "just", "only", "originally"].contains(tokens[index].word) {
            if tokens[index].word == "originally" { return true }
            index += 1
        }
        guard index < tokens.count else { return false }
        let word = tokens[index].word
        if WordClass.isNumber(word) || word == "from" { return true }
        return ["a", "an"].contains(word) && index + 1 < tokens.count
            && Self.personWords.contains(tokens[index + 1].word)
    }

    /// What a rep may say they are when asked about their person: "a woman", "a mum".
    static let personWords: Set<String> = [
        "woman", "man", "female", "male", "girl", "guy", "mother", "mum", "mom", "father", "dad",
        "parent", "immigrant", "grandmother", "grandfather", "grandparent", "native", "local",
    ]

    /// Words after a laugh that push back on a jab rather than grant it ("Ha, my back's fine").
    static let pushBack: Set<String> = ["fine", "good", "great", "alright", "strong", "perfect", "solid"]

    /// Words of a bare no besides negations and openers ("nope", "doesn't look like it", "doctor").
    static let noWords: Set<String> = [
        "nope", "nah", "apparently", "clearly", "obviously", "evidently", "does", "look", "like", "it",
        "seem",
        "doctor", "doc", "today", "sadly", "eh",
        // Stop 44 (training KF, KH): "yeah, apparently nobody does", "no one does", "some days
        // no", "not always": the no said of how often, or by who does it.
        "one", "do", "some", "days", "most", "half", "the", "time", "always", "really",
    ]
    /// Words of a sentence that only leads into the answer: "oh gosh, honestly?", "Fair question."
    static let preamble: Set<String> = [
        "gosh", "geez", "jeez", "wow", "honestly", "fair", "good", "question", "oh", "um", "well",
    ]
    /// Numbers said as words: the terms of a demand ("forty percent", "six by forty").
    static let numberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "hundred",
    ]
    /// The negations that turn an opening yes into a refusal ("sure not", "absolutely not").
    static let plainNo: Set<String> = ["no", "not", "nope", "nah"]
    /// A no to "does anybody…?" said by who does it: the plain no, "nobody", "no one".
    static let noAnswers: Set<String> = plainNo.union(["nobody", "noone"])
    /// Words of compliance: a yes to do what was asked rather than to agree with a remark.
    static let complying: Set<String> = ["sure", "ok", "okay", "fine", "np", "will", "alright", "certainly"]
    /// Laughter that may stand alone ("Ha. What did your team make of it?").
    static let laughs: Set<String> = ["ha", "heh", "hah", "haha", "lol"]
    /// Words that open an answer to what was just granted: "fair, **but**…".
    static let contrasting: Set<String> = ["but", "though", "however", "yet"]
    /// What a claim about the evidence is answered with (``answersBack``).
    static let evidenceWords: Set<String> = [
        "data", "study", "studies", "trial", "trials", "evidence", "paper", "papers", "literature",
        "analysis", "numbers", "results", "follow",
    ]
    /// What a wait or a mistake has been like for the client: "it's been a nightmare".
    static let hardship: Set<String> = [
        "nightmare", "rough", "awful", "frustrating", "stressful", "painful", "miserable", "horrible",
        "brutal", "maddening", "infuriating",
    ]
    /// Whether `clause` says something of "it", "this" or "that", not negated: "it's been a
    /// nightmare", "that's a big number".
    static func saysOfIt(_ clause: Clause, _ tokens: [Token]) -> Bool {
        clause.subject == .other && clause.negation == nil && clause.subjectRange.count == 1
            && ["it", "this", "that"].contains(tokens[clause.subjectRange.lowerBound].word)
    }
    /// The size of an ask, named: "a big number", "a huge gap" (``acknowledges``).
    static let large: Set<String> = ["big", "huge", "large", "steep", "serious", "massive", "significant"]
    static let asks: Set<String> = ["number", "gap", "difference", "ask", "cut", "drop", "discount", "jump"]
    /// Words that close a deal on their own ("Deal!", "Done.", "Sold.").
    static let settling: Set<String> = ["deal", "done", "sold", "agreed"]
    /// Words of dismay that make the "no" after them an exclamation ("oh no", "oh god no"); not
    /// "uh", which hesitates before a real answer ("Uh, no.").
    static let dismayed: Set<String> = ["oh", "ah", "aw", "god", "dear", "gosh"]
    /// Assent said in more than one word, or in words the roles do not list.
    static let assentWords: Set<String> = [
        "np", "deal", "done", "sounds", "works", "cool", "great", "perfect", "noted",
        // Stop 41 (training GC): radio words for yes ("copy that, doc. wilco.").
        "copy", "wilco", "roger", "affirmative",
        // rules14: a yes in a warmer voice ("lovely, what time shall I book it for?").
        "lovely", "brilliant", "wonderful", "awesome",
        // Stop 42 (never-read set FC): the Irish yes ("grand so, no bother").
        "grand",
    ]
    /// Words that defer to a claim ("makes sense", "fine", "you're right").
    static let deferring: Set<String> = ["sense", "fine", "right", "sure", "enough", "fair", "point"]
    /// ``agreeing`` and ``deferring`` by word number.
    static let agreeingOrDeferring = WordSet(agreeing.union(deferring))
    /// Imperatives that ask the client for more ("tell me more", "walk me through it").
    static let engaging: Set<String> = ["tell", "walk", "help", "explain", "talk", "show", "say"]
    /// The proper route sent on instead of what was demanded: the question or request itself,
    /// an application form or its link, a referral.
    static let route: Set<String> = [
        "question", "questions", "request", "requests", "enquiry", "inquiry", "application", "applications",
        "link", "referral", "form",
    ]
    /// Verbs that have someone else do the act ("I'll have medical affairs send it").
    static let causative: Set<String> = ["have", "get", "ask"]
    /// The second word of the function that answers a request for data on an unlabelled use:
    /// "medical affairs", "medical information".
    static let answeringFunction: Set<String> = ["affairs", "information", "info"]
    /// Verbs of deciding that still move toward a demand ("let me see if I can get 40").
    static let bargaining: Set<String> = ["see", "try", "figure", "work", "think"]
    /// Words that agree with a remark (not a plain "ok").
    static let agreeing: Set<String> = [
        "yeah", "yes", "yep", "yup", "yea", "ya", "fair", "true", "agreed", "totally", "lol", "haha",
        "probably", "guilty", "apparently",
    ]
}
