/// Quiet blame: a party, a system or a document named as the cause, in a reply that does not
/// own the fix ("the system showed them in stock", "my calendar had it for tomorrow",
/// "regulatory signs off on all our charts, so they should be right", "the booking sheet we got
/// from your scheduler said 4.5 tho"). The clause reader finds the party as the subject of a
/// clause, whatever the verb; a list could only name the verbs it has seen.
///
/// A cause named inside a reply that owns the fix is a neutral explanation (rubric), so the
/// rule is silent when `ownership` is present, when the reply refuses (`boundary-setting`: a
/// policy cited in a refusal) or steps out (`graceful-exit`: a manager who will follow up), when
/// the clause promises what the party will do
/// ("the courier will have it there by 3": a plan, not an excuse) or describes `prevention`.
///
/// Two readings go further. A past fault put on the client's side ("your central sterile was
/// slammed that morning", "your scheduler booked it for Tuesday") points at the client even in a
/// reply that owns the fix (rubric: blame "points at the client's side"). And a reply that owns
/// nothing but hands the fix on ("I'll check with our clinical team and have them reach out",
/// "we'll have someone swing by", "someone on our team will sort it") sends the client elsewhere.
struct QuietBlameRule: GradingRule {
    static let id = "blame-shifting"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.blameShifting

    /// Whether `clause` only says where its party was: a form of "be" right after the subject,
    /// then a word of place ("were around", "was there", "were behind the glass"; not "is behind
    /// on everything").
    static func onlyWhere(_ clause: Clause, _ tokens: [Token]) -> Bool {
        let after = clause.subjectRange.upperBound
        guard after + 1 < clause.range.upperBound, ["was", "were", "is", "are"].contains(tokens[after].word)
        else { return false }
        let word = tokens[after + 1].word
        // "behind the glass" is a place; "the plant is behind on everything" is late.
        if word == "behind" {
            return after + 2 < clause.range.upperBound && ["the", "a"].contains(tokens[after + 2].word)
        }
        return places.contains(word)
    }

    /// Words that say where someone was, after "was"/"were".
    static let places: Set<String> = [
        "around", "there", "present", "nearby", "behind", "outside", "inside", "about", "somewhere",
        "watching", "standing", "next",
    ]

    func apply(to board: inout Board) {
        // Blame excuses a problem: none is raised, agrees with an insult about its own company,
        // refuses or steps out, or restates the client's remark (a reframe).
        guard !board.isPresent(Self.key), board.clientRaisesProblem,
            !board.isPresent(.agreesWithInsult), !board.isPresent(.boundarySetting),
            !board.isPresent(.gracefulExit), !board.opensWithReframe
        else { return }
        let tokens = board.text.tokens
        // "The chart was mine and wrong": a fault claimed owns it, and a cause named beside it
        // ("IFU says 7F") is the neutral account the rubric allows.
        let owns = board.isPresent(.ownership) || board.clauses.contains { Self.claimed($0, tokens) }
        // Naming what it cost the client's people ("your nurses gave up their evening") is
        // acknowledgement, not a cause.
        let acknowledged = board.matches(.acknowledgeDontAgree)
        let prevention = board.matches(.prevention)
        // "backorders are part of the business" shrinks the problem (`minimizing`); it is not
        // read a second time as a cause.
        let minimizing = board.matches(.minimizing)
        let infos = board.text.infos
        // A party named inside a retort ("calm down, the techs are watching", "the label's the
        // law, read it") or inside a yes to the demand is part of that violation, not an excuse.
        let answersBack = board.isPresent(.arguesBack) || board.isPresent(.capitulates)
        // "SPD turn it round for me if I ask nicely": a party named in a sentence that breaks the
        // sterile cycle is part of that breach, not an excuse (review22 A finding 11).
        let breachSentences = board.sentences(reading: [.breachesSterileField])
        for var clause in board.clauses where !answersBack {
            if tokens[clause.range].allSatisfy(\.quoted) { continue }
            if breachSentences.contains(tokens[clause.range.lowerBound].sentence) { continue }
            // "your central sterile was slammed": any noun of the client's, told in the past.
            if clause.subject == .other, tokens[clause.subjectRange.lowerBound].word == "your",
                Self.pastFault(clause, tokens)
            {
                clause.subject = .yourSide
            }
            // "maybe your educator could run it?": the fix handed to the client's side, asked or not.
            let handsToClient =
                clause.subject == .yourSide && clause.negation == nil && Self.suggests(clause, tokens)
            guard clause.subject == .party || clause.subject == .yourSide, !clause.future,
                !clause.question || handsToClient, !clause.conditional,
                clause.verb != nil || clause.range.upperBound > clause.subjectRange.upperBound
            else { continue }
            if prevention.contains(where: { $0.range.overlaps(clause.range) }) { continue }
            // "…because our team may ask to examine it": what a party may do next is a plan,
            // like a future, not the cause of the problem.
            if Self.mayDo(clause, tokens) { continue }
            // "The techs were around somewhere", "two techs were behind the glass": where a
            // party was is who saw it, not the cause (review24b A finding 9).
            if Self.onlyWhere(clause, tokens) { continue }
            // "our clinical specialist can go through the criteria with you": what a party of the
            // rep's side can do is an offer, not a cause (rules7).
            if clause.subject == .party, Self.canDo(clause, tokens) { continue }
            // "a late specialist isn't ok": the rep judging the fault owns it; it excuses nothing.
            if let negation = clause.negation, negation + 1 < clause.range.upperBound,
                Self.judged.contains(tokens[negation + 1].word)
            {
                continue
            }
            if minimizing.contains(where: { $0.range.overlaps(clause.range) }) { continue }
            if owns {
                // Owning the fix makes a named cause neutral, unless it gives a past fault of
                // the client's own side as the reason ("…because your SPD was slammed"); the
                // client's people named for what it cost them ("your nurses gave up an
                // evening") are impact, not a cause.
                guard clause.subject == .yourSide, Self.pastFault(clause, tokens),
                    Self.causes.contains(tokens[clause.range.lowerBound].word),
                    !acknowledged.contains(where: { $0.range.overlaps(clause.range) })
                else { continue }
            }
            // "signed chart by 3 p.m.": a bare noun before a party noun is a subject only when
            // a verb follows it.
            if clause.subject == .party,
                infos[clause.subjectRange.lowerBound].roles
                    & (WordRole.determiner.rawValue | WordRole.your.rawValue | WordRole.party.rawValue) == 0,
                !Self.verbFollows(clause, tokens, infos)
            {
                continue
            }
            // "I'll send the paper and the regulatory review this week": after "and", a noun
            // with no verb behind it is a second object, not a new clause with a subject.
            if infos[clause.range.lowerBound].roles & WordRole.weakJoiner.rawValue != 0,
                !Self.verbFollows(clause, tokens, infos)
            {
                continue
            }
            // "From today I count every set and email the signed sheet to your SPD lead": after
            // "and"/"then" behind a clause of the rep's own, a word that is also a verb ("email",
            // "text", "call") is the rep's second act, not a party (review20 A finding 1).
            if Self.secondVerbOfTheRep(clause, board.clauses, tokens) { continue }
            // "The set will be at SPD by 10 on Thursday, so SPD have well over their 48 hours":
            // after a plan, "so (that) <party> has…" is what the plan gives them, not a cause
            // (review21 C finding 3).
            if Self.purposeOfAPlan(clause, board.clauses, tokens, board.text.infos) { continue }
            // "The chart was mine and wrong", "that booking was my mistake": the thing claimed by
            // the rep is a fault owned, not a cause put on a party.
            if Self.claimed(clause, tokens) { continue }
            // "our team is great", "the set is here": a state, not a cause, unless it is a fault.
            if let verb = clause.verb, Self.neutral.contains(tokens[verb].word) { continue }
            // "The notice doesn't say what caused it" (review5 C1): what a document does not say
            // about the cause names no cause; it is the rule of saying only what the notice says.
            // ("the cause" may end the clause as a joiner: look one word past it.)
            if let verb = clause.verb, clause.negation != nil, Self.saying.contains(tokens[verb].word),
                tokens[clause.range.lowerBound..<min(tokens.count, clause.range.upperBound + 1)].contains(
                    where: {
                        Self.causeWords.contains($0.word)
                    })
            {
                continue
            }
            let words = board.text.quote(clause.range)
            let place = board.text.span(clause.range)
            board.add(
                Self.id,
                [
                    Evidence(
                        words: words, span: place,
                        rule: board.rule("rule: names another party as the cause without owning the fix"))
                ],
                explanation: "puts the cause on someone else and owns nothing: “\(words)”")
            return
        }
        // Handing on is blame only when the rep keeps nothing: no yes to a demand (that is
        // `capitulates`), and no coming back themselves ("let me check with my manager and get
        // back to you").
        if !owns, !board.isPresent(.capitulates), !Self.comesBack(tokens),
            let clause = board.clauses.first(where: { Self.handsOn($0, board) || Self.sendsOn($0, board) })
        {
            let words = board.text.quote(clause.range)
            let place = board.text.span(clause.range)
            board.add(
                Self.id,
                [
                    Evidence(
                        words: words, span: place,
                        rule: board.rule("rule: hands the fix to someone else and owns nothing")
                    )
                ],
                explanation: "sends the fix elsewhere instead of owning it: “\(words)”")
        }
    }

    /// Whether `clause` passes the fix to someone else: "I'll check with our team", "I'll ask the
    /// warehouse", "we'll have someone swing by", "someone on our team will sort it".
    static func handsOn(_ clause: Clause, _ board: Board) -> Bool {
        guard !clause.question, !clause.conditional, clause.negation == nil else { return false }
        let tokens = board.text.tokens
        let infos = board.text.infos
        let end = clause.range.upperBound
        func role(_ index: Int, _ role: WordRole) -> Bool {
            index < end && infos[index].roles & role.rawValue != 0
        }
        if clause.subject == .me || clause.subject == .we, clause.future, let verb = clause.verb {
            let word = tokens[verb].word
            // "have" read as a helper: "we'll have someone come by".
            if verb > clause.range.lowerBound, ["have", "get"].contains(tokens[verb - 1].word),
                CommitmentRule.handsOff(at: verb, clause, board)
            {
                return true
            }
            if word == "have" || word == "get", CommitmentRule.handsOff(at: verb + 1, clause, board) {
                return true
            }
            if handOffVerbs.contains(word) {
                var next = verb + 1
                if next < end, ["with", "to", "in"].contains(tokens[next].word) { return true }
                // "check my calendar" looks something up; "ask the warehouse" hands it on.
                if word == "check" { return false }
                if role(next, .determiner) || role(next, .your) { next += 1 }
                return role(next, .person) || role(next, .party)
            }
            return false
        }
        // "someone on our team will get it sorted"
        guard let first = clause.range.first(where: { !role($0, .opener) && !role($0, .joiner) }),
            ["someone", "somebody"].contains(tokens[first].word)
        else { return false }
        return Range(from: first, upTo: min(end, first + 7)).contains { role($0, .future) }
    }

    /// Whether `clause` sends the client to another party to get the fix: the client (or the
    /// client's side, or no subject: an imperative) is to contact, or raise something with, a
    /// party or person: "you'll need to call the depot", "please raise a ticket with the service
    /// department", "your materials manager has to ring distribution". Not negated, conditional
    /// or asked; "call me" names the rep, and "you can call my manager" after a limit is left to
    /// the guard on `boundary-setting`.
    static func sendsOn(_ clause: Clause, _ board: Board) -> Bool {
        guard clause.subject == .you || clause.subject == .yourSide || clause.subject == .none,
            !clause.question, !clause.conditional, clause.negation == nil, let main = clause.verb
        else { return false }
        let tokens = board.text.tokens
        let infos = board.text.infos
        let end = clause.range.upperBound
        var verb = main
        // "please raise a ticket…", "just call the desk": the imperative after its softener.
        while ["please", "just", "pls", "plz"].contains(tokens[verb].word), verb + 1 < end { verb += 1 }
        // "you'll want to / need to / have to call…": the verb after "to" ("have" is read as a
        // helper, leaving "to" as the verb).
        if Self.obliging.contains(tokens[verb].word), verb + 2 < end, tokens[verb + 1].word == "to" {
            verb += 2
        } else if tokens[verb].word == "to", verb + 1 < end {
            verb += 1
        }
        guard Self.sendingVerbs.contains(tokens[verb].word) else { return false }
        // The client is told what they will or must do, not what they did ("you called the desk").
        if clause.subject != .none, !clause.future, !clause.ability, verb == main { return false }
        let reach = min(end, verb + 6)
        guard verb + 1 < reach else { return false }
        return (verb + 1..<reach).contains { index in
            let roles = infos[index].roles
            return roles & (WordRole.party.rawValue | WordRole.person.rawValue) != 0
                && roles & (WordRole.meObject.rawValue | WordRole.me.rawValue) == 0
                && !["you", "your"].contains(tokens[index].word)
        }
    }

    /// Whether `clause` opens with "and"/"then" and a word that is also a verb, after a clause
    /// of the same sentence in which the rep acts: the rep's second act, not a party named.
    static func secondVerbOfTheRep(_ clause: Clause, _ clauses: [Clause], _ tokens: [Token]) -> Bool {
        let start = clause.range.lowerBound
        // The joiner opens the clause or sits just before it.
        let verb = ["and", "then"].contains(tokens[start].word) ? start + 1 : start
        guard verb < clause.range.upperBound, actsOfTheRep.contains(tokens[verb].word),
            verb > start || (start > 0 && ["and", "then"].contains(tokens[start - 1].word))
        else { return false }
        let sentence = tokens[start].sentence
        // The clause reader may leave "From today I count…" without a subject: an "I" or "we"
        // in an earlier clause of the sentence is the rep acting.
        return clauses.contains { earlier in
            earlier.range.upperBound <= start && tokens[earlier.range.lowerBound].sentence == sentence
                && (earlier.subject == .me || earlier.subject == .we
                    || tokens[earlier.range].contains { ["i", "we"].contains($0.word) && !$0.quoted })
        }
    }
    /// Whether `clause` opens with "so" (or "so that") right after a clause of the same sentence
    /// that plans ahead (a future: "I'll have it there Wednesday", "the set will be at SPD by
    /// 10"): the purpose of the plan, not a consequence put on a party.
    static func purposeOfAPlan(_ clause: Clause, _ clauses: [Clause], _ tokens: [Token], _ infos: [TokenInfo])
        -> Bool
    {
        let start = clause.range.lowerBound
        let opensWithSo =
            tokens[start].word == "so" || (start > 0 && tokens[start - 1].word == "so")
        guard opensWithSo, clause.negation == nil else { return false }
        let sentence = tokens[start].sentence
        guard
            let before = clauses.last(where: {
                $0.range.upperBound <= start && tokens[$0.range.lowerBound].sentence == sentence
            })
        else { return false }
        // "From now on I hand out nothing homemade, only the approved IFU sheet, so your team can
        // check any number against it": what a party can or will do after the rep's own "I" or
        // "we" in the sentence is what the rep's step gives them, whatever the tense of the step
        // (stop 45, training LH100; the clause reader leaves "from now on I…" without a subject,
        // so the word is looked for, not the clause's subject).
        if clause.ability || clause.future,
            tokens[..<start].contains(where: { $0.sentence == sentence && ["i", "we"].contains($0.word) })
        {
            return true
        }
        // A plan told in the present with its time is a plan too ("The set goes to the loaner
        // desk Friday by 2 pm, so SPD has it…": review25 A finding 4).
        return before.future
            || (before.negation == nil && !before.conditional
                && before.range.contains { StepTime.isTime(tokens, infos, $0, in: before.range) })
    }

    static let actsOfTheRep: Set<String> = [
        "email", "text", "call", "ring", "phone", "message", "mail", "post", "ship", "send", "fax", "courier",
    ]

    /// Verbs that send the client on when a party follows: contacting, or raising a request.
    static let sendingVerbs: Set<String> = [
        "call", "ring", "phone", "email", "contact", "raise", "log", "submit", "lodge", "open",
    ]
    /// "want to", "need to", "have to": the client's obligation before the verb.
    static let obliging: Set<String> = ["want", "need", "needs", "have", "has", "got"]

    /// Whether the rep says they will come back themselves: "back to you", "call you back",
    /// "let you know".
    static func comesBack(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { index in
            // "…and let you know", "…and keep you posted" (review23 A finding 14).
            if index > 0, index + 1 < tokens.count, tokens[index].word == "you",
                (tokens[index - 1].word == "let" && tokens[index + 1].word == "know")
                    || (tokens[index - 1].word == "keep" && tokens[index + 1].word == "posted")
            {
                return true
            }
            guard tokens[index].word == "back", index > 0 else { return false }
            if tokens[index - 1].word == "you" { return true }
            return index + 2 < tokens.count && tokens[index + 1].word == "to"
                && tokens[index + 2].word == "you"
        }
    }

    /// Verbs that pass the work on when a person or a department follows them.
    static let handOffVerbs: Set<String> = ["ask", "check", "pass", "forward", "refer", "escalate", "loop"]

    /// Whether the clause tells of something done in the past: a past helper ("was", "had",
    /// "did") or a verb with a past ending ("booked", "told").
    static func pastFault(_ clause: Clause, _ tokens: [Token]) -> Bool {
        let end = min(clause.range.upperBound, (clause.verb ?? clause.subjectRange.upperBound) + 1)
        guard clause.subjectRange.upperBound < end else { return false }
        return (clause.subjectRange.upperBound..<end).contains { index in
            let word = tokens[index].word
            return pastHelpers.contains(word) || word.hasSuffix("ed")
                || ClauseReader.irregularParticiples.contains(word)
        }
    }

    /// Joining words that give a reason.
    static let causes: Set<String> = ["because", "bc", "cos", "cuz", "coz", "cause", "since"]
    /// Verbs of what a document says ("the notice doesn't say", "the letter doesn't give").
    static let saying: Set<String> = [
        "say", "says", "said", "state", "states", "stated", "give", "gives", "gave", "mention", "mentions",
        "name", "names", "explain", "explains", "list", "lists", "tell", "tells", "specify", "specifies",
    ]
    /// Words that ask what the cause was.
    static let causeWords: Set<String> = ["caused", "cause", "causes", "why", "reason", "reasons", "root"]

    static let pastHelpers: Set<String> = [
        "was", "were", "had", "did", "gave", "said", "took", "came", "went", "lost", "forgot",
    ]

    /// Whether the clause puts a helper of suggestion before its verb ("could", "can", "should").
    static func suggests(_ clause: Clause, _ tokens: [Token]) -> Bool {
        let end = clause.verb ?? clause.range.upperBound
        guard clause.subjectRange.upperBound < end else { return false }
        return (clause.subjectRange.upperBound..<end).contains { suggestions.contains(tokens[$0].word) }
    }

    static let suggestions: Set<String> = ["could", "can", "should", "might", "may"]

    /// Whether the clause says what its subject may do next: "may" or "might" straight before a
    /// verb that is not "be" or "have" ("our team may ask to examine it"); "the courier might be
    /// late" and "it may have been mislabelled" are states and past causes, still read.
    static func mayDo(_ clause: Clause, _ tokens: [Token]) -> Bool {
        guard clause.negation == nil, let verb = clause.verb, verb > clause.subjectRange.upperBound,
            verb < clause.range.upperBound
        else { return false }
        return ["may", "might"].contains(tokens[verb - 1].word)
            && !["be", "been", "have", "has", "had"].contains(tokens[verb].word)
    }

    /// Whether the clause says what its subject can do: "can" or "could" straight before a verb
    /// that is not "be" or "have", not negated ("the warehouse can't find it" is still read).
    static func canDo(_ clause: Clause, _ tokens: [Token]) -> Bool {
        guard clause.negation == nil, clause.ability, let verb = clause.verb,
            verb > clause.subjectRange.upperBound, verb < clause.range.upperBound
        else { return false }
        return ["can", "could"].contains(tokens[verb - 1].word)
            && !["be", "been", "have", "has", "had"].contains(tokens[verb].word)
    }

    /// Words after a negation that judge the fault: "isn't ok", "not acceptable".
    static let judged: Set<String> = ["ok", "okay", "acceptable", "alright", "excusable", "fair"]

    /// Whether the word after the subject reads as a verb or its helper: a helper, a negation,
    /// an adverb, or a word with a verb's ending ("showed", "sends", "told").
    static func verbFollows(_ clause: Clause, _ tokens: [Token], _ infos: [TokenInfo]) -> Bool {
        let next = clause.subjectRange.upperBound
        guard next < clause.range.upperBound else { return false }
        let roles = WordRole(rawValue: infos[next].roles)
        if !roles.isDisjoint(with: [.auxiliary, .negation, .adverb]) { return true }
        let word = tokens[next].word
        return word.hasSuffix("ed") || word.hasSuffix("s") || ClauseReader.irregularParticiples.contains(word)
    }

    /// Whether a clause's predicate claims its subject for the rep: "was mine", "is ours", "was my
    /// mistake", "is on me". Read from the first word after the subject and its helpers.
    static func claimed(_ clause: Clause, _ tokens: [Token]) -> Bool {
        guard clause.negation == nil, let verb = clause.verb else { return false }
        let word = tokens[verb].word
        let next = verb + 1 < clause.range.upperBound ? tokens[verb + 1].word : ""
        return ["mine", "ours"].contains(word) || (word == "on" && ["me", "us"].contains(next))
            || (["my", "our"].contains(word) && owned.contains(next))
    }

    /// Nouns that, after "my"/"our", own a fault: "my mistake", "my fault", "our error".
    static let owned: Set<String> = [
        "mistake", "fault", "error", "doing", "responsibility", "mess", "screwup", "miss", "bad",
    ]

    /// Words after a party's name that describe without excusing.
    static let neutral: Set<String> = [
        "here", "there", "great", "good", "fine", "ready", "available", "happy", "arriving", "arrive",
        "arrives",
        "coming", "now", "open", "free", "included", "covered", "helpful",
        // What the client's people need, or what matters to the rep, is no cause (rules7).
        "needs", "need", "deserve", "deserves", "matters", "matter",
    ]
}
