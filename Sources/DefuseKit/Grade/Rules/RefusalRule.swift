/// `boundary-setting` said as what the rep will not do: "I won't be asking Doug to call", "I'm
/// not going to stand here and be called pathetic", "I can't match eleven across the board".
/// A first-person clause that negates a future, a "going to" or an ability states a limit,
/// whatever its verb; thinking verbs ("I can't see why") and giving up ("I can't do anything
/// about it", which is `blame-shifting`) are not limits. A negated verb of pretending or
/// blaming ("I won't pretend…") is a limit only when it answers a demand the rep should refuse.
/// The limit must answer pressure (a demand, an insult, a manager's request, per the
/// `soft-if-client` lists): refusing a plain question about a duty is not a boundary.
struct RefusalRule: GradingRule {
    static let id = "boundary-setting"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.boundarySetting

    /// Heads of a relative clause whose negation undoes itself ("nothing I can't handle").
    static let boastHeads: Set<String> = ["nothing", "nobody", "none"]

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe else { return }
        // "No comment from me on him": declining to discuss a person is a limit, pressed or not
        // (review13 finding 5).
        if let declined = Self.declinesComment(board) {
            Self.add(&board, declined, "the rep declines to comment on a person")
            return
        }
        let infos = board.text.infos
        let tokens = board.text.tokens
        let demand = board.client(.capitulates) == true
        // A limit answers pressure: a demand, an insult, a manager's request, or no known line.
        // "No, I won't file it" to "Are you filing a complaint?" refuses a duty, not pressure.
        // A node that avoids `capitulates` presses the rep too ("Stay. Explain yourself.", "Can you
        // get it to me by one, so SPD can flash it?"), whatever else it expects.
        let pressing = board.cue?.avoid.contains("capitulates") == true
        let pressed =
            board.client == nil || board.client?.isEmpty == true || demand || pressing
            || board.client(.agreesWithInsult) == true || board.client(.objectiveReport) == true
        // A node that expects a limit asks for one, whatever its line's words ("Wow. Okay. I was
        // being honest with you." → "my answer stands: I won't be asking for someone younger").
        guard pressed || board.nodeExpects(Self.id) else { return }
        // "No." on its own, to a demand the node wants refused: the plainest limit there is.
        // (Where the node is known, only one that expects a limit: "No." to "are you going to
        // tell me how to treat my patients?" answers a question.)
        if board.cue.map({ $0.expect.contains(Self.id) }) ?? demand, let no = Self.bareNo(board) {
            let words = board.text.quote(no)
            let place = board.text.span(no)
            board.add(
                Self.id,
                [
                    Evidence(
                        words: words, span: place,
                        rule: board.rule("rule: a plain no to a demand the rep should refuse"))
                ],
                explanation: "refuses the demand: “\(words)”")
            return
        }
        for raw in board.clauses {
            let named = Self.relative(raw, board.text)
            let dropped = Self.droppedI(raw, tokens)
            let clause =
                dropped
                ?? Self.unwilling(
                    Self.framed(raw, board.text) ?? named ?? Self.fronted(raw, board.text),
                    tokens)
            let policy = Self.policy(clause, tokens, infos)
            guard clause.subject == .me || clause.subject == .we, let negation = clause.negation,
                clause.future || clause.ability || Self.prefersNot(clause, tokens) || clause.progressive
                    || Self.willingness.contains(tokens[clause.verb ?? negation].word) || policy,
                !clause.question || Self.uptalk(clause, infos), !clause.conditional
            else { continue }
            // A limit in quotation marks was stated before, and is reported now.
            if tokens[clause.range].allSatisfy(\.quoted) { continue }
            // "No, I won't.", "I can't, sorry": the verb left unsaid is the one demanded.
            guard let verb = clause.verb, verb > negation else {
                if clause.verb == nil, clause.future || clause.ability || Self.prefersNot(clause, tokens) {
                    Self.add(
                        &board, clause.subjectRange.lowerBound..<clause.range.upperBound,
                        "the rep refuses what was asked")
                    return
                }
                continue
            }
            // "We won't need the form" (review44 R19, field-recall form-again): a need denied
            // gives the thing up. "Need" reads as a helper, so the verb found is what follows it;
            // "I won't need to…" is left to the verb after "to".
            if ((negation + 1)..<verb).contains(where: { ["need", "needs"].contains(tokens[$0].word) }),
                tokens[verb].word != "to"
            {
                continue
            }
            // "I'm not stepping off this account": a refusal under way, in the present ("I wasn't
            // looking at you" tells the past), negated by "not" ("I'm no spring chicken" names a
            // thing). Not "I'm not trying to…".
            if clause.progressive, !clause.future, dropped == nil, !Self.refusesNow(clause, verb, tokens) {
                continue
            }
            let word = clause.progressive ? Lemma.of(tokens[verb].word) : tokens[verb].word
            let roles = WordRole(rawValue: infos[verb].roles).union(WordRole.lexicon[word] ?? [])
            if roles.contains(.mental) && !Self.limitVerbs.contains(word) { continue }
            if roles.contains(.disown) && !demand { continue }
            if roles.contains(.casual) { continue }
            // "I can't do anything / much about it": giving up, not a limit.
            // (Not when the thing refused is named before the "I": "things I can do though".)
            if word == "do", named == nil, verb + 1 < clause.range.upperBound,
                Self.givingUp.contains(tokens[verb + 1].word)
                    || infos[verb + 1].roles & WordRole.adverb.rawValue != 0
            {
                continue
            }
            // "I won't be asking": the -ing verb after "be" is the one refused.
            let refused =
                word == "be" && verb + 1 < clause.range.upperBound && tokens[verb + 1].word.hasSuffix("ing")
                ? Lemma.of(tokens[verb + 1].word) : word
            // "I won't ask them to flash it", "I'm not going to ask for someone else": after a
            // demand, refusing to ask is refusing the demand.
            // "I won't tell them to flash it", "I'm not going to get him to call you": a verb of
            // instructing with its person and "to" asks someone to act, as "ask" does.
            let instructs =
                Self.instructing.contains(refused)
                && Range(from: verb + 2, upTo: min(verb + 4, clause.range.upperBound)).contains {
                    tokens[$0].word == "to"
                }
            let refusesToAsk = (demand || pressing) && (["ask", "asking"].contains(refused) || instructs)
            // After a demand, "I can't get to 31", "I can't promise either one", "I can't tell
            // you that": what is refused is what was demanded.
            let refusesDemand = demand && Self.refusableAfterDemand.contains(refused)
            if Self.notLimits.contains(refused) && !refusesToAsk && !refusesDemand { continue }
            // "I don't talk about other reps": a rule the rep keeps, not a thing they lack or think.
            if policy,
                Self.notLimits.contains(refused) || Self.notPolicies.contains(refused)
                    || roles.contains(.mental)
            {
                continue
            }
            // "We can't seem to pack a box", "I can't speak for everybody": not managing, or
            // not answering for others, is no limit. Nor, after a jab that is no demand, is
            // "we can't pack a box to save our lives" to "a company that can pack a box": the
            // client's own verb said back with "can't" confesses the charge.
            if clause.ability, !demand,
                refused == "seem"
                    || (refused == "speak" && verb + 1 < clause.range.upperBound
                        && tokens[verb + 1].word == "for")
                    || (board.client(.agreesWithInsult) == true
                        && board.clientWords.contains(tokens[verb].word))
            {
                continue
            }
            // "I'd rather not commit either way today": declining to decide leaves the demand open;
            // it refuses nothing (review22 C finding 3).
            if Self.prefersNot(clause, tokens), Self.undecided.contains(refused) { continue }
            // "Nothing I can't handle", "nothing we won't do for you": a double negative boasts;
            // it limits nothing (review21 C finding 6).
            if let pronoun = (clause.range.lowerBound..<negation).last(where: {
                ["i", "we"].contains(tokens[$0].word)
            }),
                pronoun > 0, Self.boastHeads.contains(tokens[pronoun - 1].word)
            {
                continue
            }
            // "I can't apologise enough", "I can't thank you enough": emphasis, not a limit.
            if clause.range.contains(where: { tokens[$0].word == "enough" }) { continue }
            // "I won't offer excuses", "I won't make excuses": disowning, not a limit.
            if !demand, verb + 1 < clause.range.upperBound,
                infos[verb + 1].roles & WordRole.disown.rawValue != 0
            {
                continue
            }
            // "I'm not going to make a big thing of it", "I'd rather not make a whole thing of
            // it": letting the matter go, not a limit (review25 A finding 2, C finding 1).
            if refused == "make",
                Range(from: verb + 1, upTo: min(verb + 5, clause.range.upperBound)).contains(where: {
                    Self.fussWords.contains(tokens[$0].word)
                })
            {
                continue
            }
            Self.add(
                &board, clause.subjectRange.lowerBound..<clause.range.upperBound,
                "the rep states what they will not do")
            return
        }
        if let owned = Self.notMineTo(board) {
            Self.add(&board, owned, "the rep says it is not theirs to give")
            return
        }
        guard demand || pressing else { return }
        if let named = Self.namesRefused(board) {
            Self.add(&board, named, "the rep refuses the thing demanded by name")
            return
        }
        if let held = Self.holds(board) {
            Self.add(&board, held, "the rep holds to what they said before")
        }
    }

    /// `clause` read from the "I"/"we" inside a frame of thinking that hedges the limit: "I don't
    /// think I can do the dinner", "I'm not sure I'd be comfortable leaving it out", "I think I
    /// probably can't ask them", "I'm afraid we can't". A negated frame ("don't think", "not sure")
    /// negates the clause it governs when that clause has a modal ("can", "will", "would",
    /// "should"): "I don't think I should" is "I shouldn't", hedged. An unnegated frame ("I think",
    /// "I guess", "I'm afraid") leaves the inner clause its own negation. The inner "I" follows the
    /// frame within three words ("that", adverbs and hedges between). Not "I don't think I can't"
    /// and not an inner clause without a modal ("I don't think I said that").
    static func framed(_ clause: Clause, _ text: TokenizedText) -> Clause? {
        let tokens = text.tokens
        let infos = text.infos
        guard clause.subject == .me || clause.subject == .we, let verb = clause.verb,
            frames.contains(tokens[verb].word), tokens[verb].word != "sure" || clause.negation != nil
        else { return nil }
        let end = clause.range.upperBound
        let firstPerson = WordRole.me.rawValue | WordRole.we.rawValue
        let between = WordRole.adverb.rawValue | WordRole.hedge.rawValue | WordRole.casual.rawValue
        var inner = verb + 1
        while inner < min(verb + 4, end), infos[inner].roles & firstPerson == 0 {
            guard tokens[inner].word == "that" || infos[inner].roles & between != 0 else { return nil }
            inner += 1
        }
        guard inner < end, infos[inner].roles & firstPerson != 0 else { return nil }
        var reread = ClauseReader.fromFirstPerson(
            Clause(range: (inner - 1)..<end, subject: .none, subjectRange: (inner - 1)..<(inner - 1)), text)
        guard reread.subject == .me || reread.subject == .we, let innerVerb = reread.verb else { return nil }
        if let outer = clause.negation {
            guard reread.negation == nil,
                let modal = (reread.subjectRange.upperBound..<innerVerb).first(where: {
                    Self.frameModals.contains(tokens[$0].word)
                })
            else { return nil }
            reread.negation = outer
            // "I don't think I'd…", "…I should": the hedged hypothetical refuses as "I won't" does.
            if !reread.ability, !reread.future, ["would", "should"].contains(tokens[modal].word) {
                reread.future = true
            }
        } else if reread.negation == nil {
            return nil
        }
        reread.range = clause.range
        reread.subjectRange = clause.subjectRange.lowerBound..<reread.subjectRange.upperBound
        reread.question = clause.question
        reread.conditional = clause.conditional
        return reread
    }

    /// Words of a frame that hedges what follows: "I don't think I can…", "I'm not sure I'd…".
    static let frames: Set<String> = [
        "think", "believe", "suppose", "reckon", "guess", "feel", "sure", "afraid",
    ]
    /// Modals a negated frame passes to the clause it governs.
    static let frameModals: Set<String> = ["can", "could", "will", "would", "should", "able", "going"]

    /// `clause` with its verb moved from "feel" or "be" to the word of willingness after it: "I
    /// don't feel ok leaving that out", "I wouldn't feel comfortable paying for it", "I'd not be
    /// happy to…". The willingness word needs "to", "with" or a verb in -ing after it ("I don't
    /// feel right about it" tells a feeling); the clause is unchanged otherwise.
    static func unwilling(_ clause: Clause, _ tokens: [Token]) -> Clause {
        guard clause.negation != nil, let verb = clause.verb, ["feel", "be"].contains(tokens[verb].word),
            verb + 2 < clause.range.upperBound,
            willingness.contains(tokens[verb + 1].word) || feelingOK.contains(tokens[verb + 1].word)
        else { return clause }
        let after = tokens[verb + 2].word
        // "…leaving it out" refuses an act; "…knowing they waited" tells a feeling.
        let act =
            after.count > 4 && after.hasSuffix("ing")
            && WordRole.lexicon[Lemma.of(after)]?.contains(.mental) != true
        guard after == "to" || after == "with" || act else { return clause }
        var moved = clause
        moved.verb = verb + 1
        // "ok" stands where "comfortable" would: the limit's own test reads it as willingness.
        if feelingOK.contains(tokens[verb + 1].word) { moved.ability = true }
        return moved
    }

    /// Words that, after "feel"/"be", say the rep is willing: "I don't feel ok leaving it out".
    static let feelingOK: Set<String> = ["ok", "okay", "alright", "right", "good"]

    /// A clause typed with a question mark that is a statement in word order: the rep's "I"/"we"
    /// opens it (after openers), as hedging writers end a limit ("I don't think I can do 2am calls
    /// about manuals?"). "Can I not…?", "why can't I…?" put a helper or a question word first and
    /// stay questions (the reader finds no first-person subject in them, or finds words before it).
    static func uptalk(_ clause: Clause, _ infos: [TokenInfo]) -> Bool {
        guard clause.subject == .me || clause.subject == .we else { return false }
        let skippable = WordRole.opener.rawValue | WordRole.joiner.rawValue | WordRole.casual.rawValue
        return (clause.range.lowerBound..<clause.subjectRange.lowerBound).allSatisfy {
            infos[$0].roles & skippable != 0 && infos[$0].roles & WordRole.auxiliary.rawValue == 0
        }
    }

    /// A refusal to comment on a person: "no", "not" or "none" and, within four words, a word of
    /// commenting ("comment", "opinion", "view", "off the record", what the rep thinks "of" or
    /// "about"), in a clause that says whose comment it would be ("from me", "for me") or whom it
    /// is about ("on him", "about their rep", "of another rep"): "No comment from me on him",
    /// "Ha, no off the record from me", "There's no off the record for me", "…, not on what I
    /// think of another rep" (review13 finding 5). Not a comment about a thing ("no opinion yet
    /// on the tray"), someone else's ("no comment from him yet"), the client's ("you've no view
    /// on him"), asked, conditional or quoted. A reply with no word of commenting is passed over
    /// on a word test.
    static func declinesComment(_ board: Board) -> Range<Int>? {
        let text = board.text
        let tokens = text.tokens
        guard commentWordSet.any(in: tokens.indices, of: text) else { return nil }
        for clause in board.clauses where !clause.question && !clause.conditional {
            let range = clause.range
            guard ![.you, .yourSide, .party].contains(clause.subject),
                !tokens[range].contains(where: \.quoted),
                let no = range.first(where: { ["no", "not", "none"].contains(tokens[$0].word) })
            else { continue }
            let reach = Range(from: no + 1, upTo: min(range.upperBound, no + 6))
            guard
                let word = reach.first(where: { index in
                    guard commentWordSet.contains(index, in: text) else { return false }
                    switch tokens[index].word {
                    // "off the record".
                    case "record": return index >= no + 3 && tokens[index - 2].word == "off"
                    // What the rep thinks of someone: "what I think of another rep".
                    case "think", "thinks":
                        return index > range.lowerBound
                            && (text.infos[index - 1].roles & (WordRole.me.rawValue | WordRole.we.rawValue))
                                != 0
                    default: return true
                    }
                }),
                !(no + 1..<word).contains(where: { notRefusals.contains(tokens[$0].word) })
            else { continue }
            let after = word..<range.upperBound
            let fromMe = after.contains {
                $0 + 1 < range.upperBound && ["from", "for"].contains(tokens[$0].word)
                    && ["me", "us"].contains(tokens[$0 + 1].word)
            }
            let aboutSomeone = after.contains { index in
                ["on", "about", "of", "regarding"].contains(tokens[index].word)
                    && Range(from: index + 1, upTo: min(range.upperBound, index + 4)).contains {
                        commentedPeople.contains(tokens[$0].word)
                            || text.infos[$0].roles & WordRole.person.rawValue != 0
                            || isName($0, text)
                    }
            }
            guard fromMe || aboutSomeone else { continue }
            return no..<range.upperBound
        }
        return nil
    }

    /// Words of commenting on someone.
    static let commentWords: Set<String> = [
        "comment", "comments", "opinion", "opinions", "view", "views", "record", "gossip", "remarks", "think",
        "thinks",
    ]
    static let commentWordSet = WordSet(commentWords)
    /// People a comment would be about, besides the person words of ``WordRole/person``.
    static let commentedPeople: Set<String> = [
        "rep", "reps", "competitor", "competitors", "competition", "guy", "guys", "man", "woman", "anyone",
        "anybody", "people", "colleague", "colleagues", "predecessor",
    ]

    /// Whether token `index` was typed with a capital and does not open its sentence: a name.
    static func isName(_ index: Int, _ text: TokenizedText) -> Bool {
        let token = text.tokens[index]
        guard !token.startsSentence, token.start < text.utf8.count else { return false }
        let byte = text.utf8[token.start]
        return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    /// Verbs of getting someone else to act: with a person and "to" after them ("tell them to
    /// flash it", "get him to call", "tell anyone there to rush it"), refusing one refuses to ask.
    static let instructing: Set<String> = ["tell", "get", "push", "pressure", "pester", "order"]

    /// `clause` read from the rep's "I"/"we" of a relative clause the negation governs: "switching
    /// reps isn't something I'll ask for", "that's not something we can do", "a free set is not a
    /// thing I can sign off": a thing the rep names, said not to be one they will or can do. The
    /// negation stands after a form of "be" and before "something", "anything", "one" or "a thing";
    /// the "I" follows at once. Not "wasn't something I expected" (past, and no helper: the
    /// clause's own checks still apply to the verb read from the "I").
    static func relative(_ clause: Clause, _ text: TokenizedText) -> Clause? {
        let tokens = text.tokens
        let infos = text.infos
        let end = clause.range.upperBound
        for index in clause.range where infos[index].roles & WordRole.negation.rawValue != 0 {
            guard index > clause.range.lowerBound, index + 2 < end,
                ["is", "are", "am"].contains(tokens[index - 1].word)
            else { continue }
            var next = index + 1
            if ["a", "the"].contains(tokens[next].word), next + 1 < end,
                ["thing", "one"].contains(tokens[next + 1].word)
            {
                next += 2
            } else if ["something", "anything", "one"].contains(tokens[next].word) {
                next += 1
            } else if let head = Self.namedThing(from: next, before: end, text) {
                // play13: "40% and net 120 aren't things I can do", "that's not a discount we
                // can give", "free blocks are not terms I'll sign": the thing named by a noun.
                next = head
            } else {
                continue
            }
            guard next < end, infos[next].roles & (WordRole.me.rawValue | WordRole.we.rawValue) != 0 else {
                continue
            }
            var reread = ClauseReader.fromFirstPerson(
                Clause(range: index..<end, subject: .none, subjectRange: index..<index), text)
            // "things I can do": the "do" the reader takes for a helper is the verb.
            if reread.verb == nil, reread.future || reread.ability,
                let done = ((next + 1)..<end).first(where: { tokens[$0].word == "do" })
            {
                reread.verb = done
            }
            guard reread.subject == .me || reread.subject == .we, reread.negation == nil,
                let verb = reread.verb, verb > next, !disowningVerbs.contains(tokens[verb].word)
            else { continue }
            reread.negation = index
            reread.range = clause.range
            reread.subjectRange = clause.range.lowerBound..<reread.subjectRange.upperBound
            reread.question = clause.question
            reread.conditional = clause.conditional
            return reread
        }
        return nil
    }

    /// Where the rep's "I"/"we" stands after a short noun phrase that opens at `start`, just
    /// after "is/are not": an optional article and one or two words, none of them a pronoun,
    /// a negation, a word that opens a clause of its own ("that", "what", "because"…) or a
    /// noun of deciding or of fault ("not a call I can make" says whose call it is, "not a
    /// mistake I'll make again" promises, "not a problem I can fix" disowns). "Things I can
    /// do", "a discount we can give", "terms I'll sign" (play13).
    static func namedThing(from start: Int, before end: Int, _ text: TokenizedText) -> Int? {
        let tokens = text.tokens
        let infos = text.infos
        var index = start
        if index < end, ["a", "an", "the", "any"].contains(tokens[index].word) { index += 1 }
        let first = index
        let blocked =
            WordRole.me.rawValue | WordRole.we.rawValue | WordRole.you.rawValue | WordRole.negation.rawValue
            | WordRole.otherPronoun.rawValue | WordRole.condition.rawValue | WordRole.auxiliary.rawValue
            | WordRole.future.rawValue | WordRole.ability.rawValue | WordRole.joiner.rawValue
            | WordRole.objectPronoun.rawValue
        while index < end, index - first < 2, infos[index].roles & blocked == 0,
            !Self.notNamedThings.contains(tokens[index].word), !tokens[index].word.hasSuffix("ing")
        {
            index += 1
        }
        guard index > first, index < end,
            infos[index].roles & (WordRole.me.rawValue | WordRole.we.rawValue) != 0
        else { return nil }
        return index
    }

    /// Words that do not name the thing refused before "I"/"we" (``namedThing(from:before:_:)``).
    static let notNamedThings: Set<String> = [
        "that", "what", "how", "why", "when", "where", "who", "which", "whether", "because", "so", "like",
        "as", "to", "about", "until", "unless", "if", "since", "while", "just", "really", "only", "even",
        "call", "decision", "choice", "mistake", "fault", "problem", "issue", "error", "way", "time",
        "place", "reason", "person", "someone", "anyone", "everything", "all", "much", "many", "more",
    ]

    /// "Sponsorships aren't mine to give", "the contract is not ours to change": what the client
    /// asks for, said not to be the rep's (or the company's) to grant. A form of "be", a negation,
    /// "mine"/"ours", "to" and a verb that is not one of deciding or thinking ("it isn't mine to
    /// decide" names whose call it is: ``DecisionRoleRule``). Not asked, conditional or quoted.
    static func notMineTo(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        for clause in board.clauses where !clause.question && !clause.conditional {
            let end = clause.range.upperBound
            for index in clause.range where infos[index].roles & WordRole.negation.rawValue != 0 {
                guard index > clause.range.lowerBound, index + 3 < end + 0, index + 3 < tokens.count,
                    ["is", "are"].contains(tokens[index - 1].word),
                    ["mine", "ours"].contains(tokens[index + 1].word), tokens[index + 2].word == "to",
                    index + 3 < end, !tokens[index].quoted
                else { continue }
                let verb = tokens[index + 3].word
                let roles = WordRole(rawValue: infos[index + 3].roles).union(WordRole.lexicon[verb] ?? [])
                guard !roles.contains(.mental), !DecisionRoleRule.decisionWords.contains(verb),
                    !["be", "blame", "fix", "judge", "worry"].contains(verb)
                else { continue }
                return clause.range.lowerBound..<(index + 4)
            }
        }
        return nil
    }

    /// "And no lunch", "no dinners from us", "no free generators either": after a demand, a clause
    /// that opens (after "and", "but", "so", "also" and the like) with "no" and, within two words,
    /// a word the client's line used: the thing demanded, refused by name. Not the words of a yes
    /// ("no problem", "no worries"), not asked, and not a clause with a verb of its own after a
    /// subject ("no one will…").
    static func namesRefused(_ board: Board) -> Range<Int>? {
        guard !board.clientWords.isEmpty else { return nil }
        let tokens = board.text.tokens
        let infos = board.text.infos
        for clause in board.clauses where !clause.question && !clause.conditional {
            var index = clause.range.lowerBound
            while index < clause.range.upperBound,
                infos[index].roles & (WordRole.joiner.rawValue | WordRole.opener.rawValue) != 0,
                tokens[index].word != "no"
            {
                index += 1
            }
            guard index + 1 < clause.range.upperBound, tokens[index].word == "no", !tokens[index].quoted
            else { continue }
            for next in Range(from: index + 1, upTo: min(index + 3, clause.range.upperBound)) {
                let word = tokens[next].word
                guard !notRefusals.contains(word),
                    infos[next].roles
                        & (WordRole.auxiliary.rawValue | WordRole.me.rawValue | WordRole.we.rawValue) == 0
                else { break }
                let singular = word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : word
                if board.clientWords.contains(word) || board.clientWords.contains(singular)
                    || board.clientWords.contains(word + "s"), !Self.clientNegates(word, in: board.client)
                {
                    return index..<(next + 1)
                }
            }
        }
        return nil
    }

    /// Words that make a figure a time or a place in time ("still on for 7am", "by 7").
    static let timeWords: Set<String> = [
        "am", "pm", "by", "for", "at", "before", "until", "on", "o'clock", "oclock",
    ]

    /// Verbs whose negated "can" disowns rather than limits: "the reload isn't something I can
    /// control" says it is not the rep's doing.
    static let disowningVerbs: Set<String> = [
        "control", "help", "influence", "predict", "fix", "prevent",
        // "those aren't numbers I can ignore", "not a point I can argue with": conceding.
        "ignore", "argue", "deny", "dispute", "complain", "blame",
    ]

    /// Whether the client's line says `word` after a negation within four words ("let's not open
    /// a complaint", "I don't want a fight"): then "no complaint" grants the demand, it does not
    /// refuse it.
    static func clientNegates(_ word: String, in client: String?) -> Bool {
        guard let client else { return false }
        let words = client.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(
            String.init)
        for (index, said) in words.enumerated() {
            let stem = said.count > 3 && said.hasSuffix("s") ? String(said.dropLast()) : said
            let target = word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : word
            guard stem == target else { continue }
            for before in words[max(0, index - 4)..<index] {
                if ["not", "no", "never", "without", "nothing"].contains(before) || before.hasSuffix("n't")
                    || before.hasSuffix("n’t")
                    || ["dont", "wont", "cant", "didnt", "doesnt"].contains(before)
                {
                    return true
                }
            }
        }
        return false
    }

    /// Words after "no" that make it a yes or a shrug, not a refusal.
    static let notRefusals: Set<String> = [
        "problem", "problems", "worries", "worry", "issue", "issues", "trouble", "bother", "rush", "doubt",
        "idea", "offense", "offence", "way", "one", "need", "matter", "big", "stress",
    ]

    /// Words ending in "-ing" that are no verb: "not something I control".
    static let ingNouns: Set<String> = [
        "something", "nothing", "anything", "everything", "thing", "morning", "evening", "during", "being",
    ]

    /// `clause` read as "I'm not …" when the "I'm" is dropped, as clipped speakers do: "Not
    /// asking for someone younger.", "Not touching the patient or the field." (training RA).
    /// Only a clause that opens on "not" or "never" and an -ing verb; "Not trying to…" and "not
    /// something I control" are not.
    static func droppedI(_ clause: Clause, _ tokens: [Token]) -> Clause? {
        guard clause.subject == .none, let negation = clause.negation,
            negation == clause.range.lowerBound, ["not", "never"].contains(tokens[negation].word),
            negation + 1 < clause.range.upperBound, tokens[negation + 1].word.hasSuffix("ing"),
            !Self.ingNouns.contains(tokens[negation + 1].word),
            !(negation + 2 < clause.range.upperBound && tokens[negation + 2].word == "to")
        else { return nil }
        var read = clause
        read.subject = .me
        read.subjectRange = negation..<negation
        read.progressive = true
        read.verb = negation + 1
        return read
    }

    /// `clause` read from its "I" or "we" when the thing refused stands before it: "31 I can't
    /// match", "skipping the form I can't do tho", "past that I can't speculate". The words before
    /// the subject are at most four, with no condition, question word or verb helper among them
    /// ("if I can't…", "when I can't…" keep their own reading); up to eight when the refusal ends
    /// the clause in a few words ("Opening the implants on the field I won't do", "Dinner for
    /// twelve with spouses we cannot pay": stop 40, training YA).
    static func fronted(_ clause: Clause, _ text: TokenizedText) -> Clause {
        guard clause.subject == .none || clause.subject == .other, !clause.conditional,
            let start = clause.range.first(where: {
                text.infos[$0].roles & (WordRole.me.rawValue | WordRole.we.rawValue) != 0
            }), start > clause.range.lowerBound,
            start - clause.range.lowerBound <= 4
                || (start - clause.range.lowerBound <= 8 && clause.range.upperBound - start <= 5),
            start + 2 < clause.range.upperBound
        else { return clause }
        let barred = WordRole.condition.rawValue | WordRole.auxiliary.rawValue | WordRole.you.rawValue
        for index in clause.range.lowerBound..<start {
            if text.infos[index].roles & barred != 0 || frontBarred.contains(text.tokens[index].word) {
                return clause
            }
        }
        var reread = ClauseReader.fromFirstPerson(
            Clause(
                range: clause.range, subject: .none,
                subjectRange: clause.range.lowerBound..<clause.range.lowerBound),
            text)
        guard reread.subject == .me || reread.subject == .we, reread.negation != nil else { return clause }
        reread.question = clause.question
        return reread
    }

    /// Words that, before "I", make the clause something other than a refusal of what precedes it.
    static let frontBarred: Set<String> = [
        "when", "why", "how", "until", "till", "because", "since", "though",
    ]

    /// "I don't talk about other reps", "we don't do dinners": a negated "do" in the present, the
    /// rep's (or the company's) rule. Not the past ("I didn't say that").
    static func policy(_ clause: Clause, _ tokens: [Token], _ infos: [TokenInfo]) -> Bool {
        guard clause.subject == .me || clause.subject == .we, let negation = clause.negation,
            negation > 0, negation >= clause.subjectRange.upperBound
        else { return false }
        // "I don't have the list": "have" read as a helper hides the verb; what follows "not" is it.
        let next = negation + 1
        // "We don't do that often": how often, not whether; a rule admits no degree.
        return tokens[negation - 1].word == "do" && next < clause.range.upperBound
            && !notPolicies.contains(tokens[next].word)
            && !clause.range.contains { degrees.contains(tokens[$0].word) }
    }

    /// Words that make a negated "do" a matter of degree: "not often", "not usually".
    static let degrees: Set<String> = [
        "often", "usually", "normally", "typically", "generally", "much", "always",
    ]

    /// Verbs whose present negation tells what the rep lacks, knows or feels, not a rule they keep.
    static let notPolicies: Set<String> = [
        "have", "need", "mean", "mind", "agree", "accept", "care", "like", "see", "get", "usually",
        "really", "normally", "always", "even", "control", "set", "decide", "work", "handle", "deal",
    ]

    /// Marks the limit present with the words of `range` and the rule that read it.
    private static func add(_ board: inout Board, _ range: Range<Int>, _ rule: String) {
        board.add(id, quoting: range, rule: rule) { "states a limit: “\($0)”" }
    }

    /// Whether a progressive clause refuses now: "am/are/is" and "not"/"never" before the -ing
    /// verb, and no "to" after it ("I'm not trying to…").
    static func refusesNow(_ clause: Clause, _ verb: Int, _ tokens: [Token]) -> Bool {
        guard let negation = clause.negation, ["not", "never"].contains(tokens[negation].word),
            (clause.subjectRange.upperBound..<verb).contains(where: {
                ["am", "is", "are"].contains(tokens[$0].word)
            }),
            !(clause.subjectRange.upperBound..<verb).contains(where: {
                ["was", "were"].contains(tokens[$0].word)
            })
        else { return false }
        return !(verb + 1 < clause.range.upperBound && tokens[verb + 1].word == "to")
    }

    /// After a demand, the rep's own step said with "still" ("I'm still putting 'pathetic' in",
    /// "I'll still be covering Thursday"), or the person demanded ruled out and the rep in their
    /// place ("Doug won't be covering Thursday; I will"): the position held. Not "I'm still
    /// waiting on them", "I still think…" or "I'm still trying to…".
    static func holds(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        let infos = board.text.infos
        let clauses = board.clauses
        for (position, clause) in clauses.enumerated() where !clause.question && !clause.conditional {
            guard !tokens[clause.range].allSatisfy(\.quoted) else { continue }
            if clause.subject == .me || clause.subject == .we, clause.negation == nil,
                clause.future || clause.progressive, let verb = clause.verb,
                (clause.subjectRange.upperBound..<verb).contains(where: { tokens[$0].word == "still" })
            {
                let lemma = Lemma.of(
                    tokens[verb].word == "be" && verb + 1 < clause.range.upperBound
                        ? tokens[verb + 1].word : tokens[verb].word)
                let roles = WordRole(rawValue: infos[verb].roles).union(WordRole.lexicon[lemma] ?? [])
                if !roles.contains(.mental), !roles.contains(.casual), !notLimits.contains(lemma),
                    !(verb + 1 < clause.range.upperBound && tokens[verb + 1].word == "to")
                {
                    return clause.subjectRange.lowerBound..<clause.range.upperBound
                }
            }
            // "It's still 12% and net 45", "I'm still at 12%": a form of "be", then "still", then a
            // figure: the terms held as they were. Not the client's ("you're still at forty"), not
            // negated ("it's still not 12%"), and not without a figure ("it's still broken").
            let ownTerms =
                clause.subject == .me || clause.subject == .we
                || (clause.subjectRange.count == 1
                    && ["it", "that", "this"].contains(tokens[clause.subjectRange.lowerBound].word))
            if ownTerms, clause.negation == nil,
                let still = clause.range.first(where: { tokens[$0].word == "still" }),
                still > clause.range.lowerBound, ["is", "am", "are"].contains(tokens[still - 1].word),
                (still + 1..<clause.range.upperBound).contains(where: {
                    tokens[$0].word.first?.isNumber == true
                        || AssentRule.numberWords.contains(tokens[$0].word)
                }),
                // "it's still on for 7am", "still in your lab by 7": a time, not a term.
                !(still + 1..<clause.range.upperBound).contains(where: {
                    Self.timeWords.contains(tokens[$0].word)
                })
            {
                return clause.range
            }
            // "Doug won't be covering Thursday; I will": someone else's "will not", then the rep's
            // own "I will". Not a "won't" that opens its clause with no one before it: "ok,
            // won't file it. i'll swap her boxes" drops the rep's own "I" and gives the demand
            // (stop 45, training LG035).
            if clause.subject != .me, clause.subject != .we, clause.subject != .you,
                let not = clause.range.first(where: { tokens[$0].word == "not" }),
                not > clause.range.lowerBound,
                tokens[not - 1].word == "will", position + 1 < clauses.count,
                clause.subject != .none || not - 1 > clause.range.lowerBound
            {
                let next = clauses[position + 1]
                if next.subject == .me, next.future, next.negation == nil, !next.question {
                    return clause.range.lowerBound..<next.range.upperBound
                }
            }
        }
        return nil
    }

    /// The reply's first sentence when it is a bare "no" ("No.", "Nope, sorry", "no, Dr. Ellery"):
    /// a refusal word and nothing but a name, "sorry" or another "no" beside it.
    static func bareNo(_ board: Board) -> Range<Int>? {
        let tokens = board.text.tokens
        guard let first = tokens.first, noWords.contains(first.word) else { return nil }
        let end = tokens.firstIndex { $0.sentence != first.sentence } ?? tokens.count
        let rest = tokens[1..<end]
        func isName(_ token: Token) -> Bool {
            token.start < board.text.utf8.count
                && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(board.text.utf8[token.start])
        }
        guard rest.count <= 3,
            rest.allSatisfy({ noWords.contains($0.word) || courtesies.contains($0.word) || isName($0) })
        else { return nil }
        return 0..<end
    }

    static let noWords: Set<String> = ["no", "nope", "nah", "not"]
    /// Words that may stand beside a bare "no" without changing it.
    static let courtesies: Set<String> = ["sorry", "thanks", "dr", "doctor", "doc", "sir", "maam", "mate"]

    /// "I'd rather not", "I'd rather we didn't": a preference stated as a limit.
    static func prefersNot(_ clause: Clause, _ tokens: [Token]) -> Bool {
        guard let negation = clause.negation else { return false }
        return (clause.range.lowerBound..<negation).contains { tokens[$0].word == "rather" }
    }

    /// Verbs whose "rather not" puts a decision off ("I'd rather not commit", "rather not decide
    /// today"): no limit.
    static let undecided: Set<String> = ["commit", "decide", "say", "choose", "answer"]

    /// Words after "not" that make a limit without a helper: "I'm not comfortable going in alone".
    static let willingness: Set<String> = ["comfortable", "willing", "prepared", "happy", "able", "allowed"]
    /// Mental verbs that still state a limit when refused.
    static let limitVerbs: Set<String> = ["apologize", "apologise", "accept", "agree", "tolerate"]
    /// What a rep who "won't make a … of it" lets go of: a fuss, not a demand refused.
    static let fussWords: Set<String> = ["thing", "deal", "fuss", "drama", "scene", "stink", "song", "issue"]
    static let givingUp: Set<String> = ["anything", "much", "nothing", "a"]
    /// Verbs of ``notLimits`` whose negation is a limit after a demand ("I can't get to 31", "I
    /// can't promise either one", "I can't tell you that", "I won't make slides").
    static let refusableAfterDemand: Set<String> = [
        "get", "promise", "guarantee", "tell", "make", "keep", "hold", "take", "push", "press", "find",
    ]
    /// Verbs whose negation is not a limit ("I won't be long", "I won't forget", "I can't wait").
    static let notLimits: Set<String> = [
        "be", "forget", "wait", "let", "happen", "take", "fail", "miss", "stop", "believe", "lie", "blame",
        "promise",
        "guarantee", "say", "tell", "find", "get", "make", "waste", "keep", "bother", "repeat", "hold", "ask",
        "argue", "push", "press", "disagree", "anywhere", "fight", "long", "lose",
        // review44 R19 (fix helper's note, field-recall form-again): "we won't require the form"
        // gives the form up; a need denied is no limit the rep keeps.
        "require",
    ]
}
