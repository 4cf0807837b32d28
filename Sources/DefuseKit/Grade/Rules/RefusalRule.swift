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

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.opensWithReframe else { return }
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
        guard pressed else { return }
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
            let clause = Self.fronted(raw, board.text)
            let policy = Self.policy(clause, tokens, infos)
            guard clause.subject == .me || clause.subject == .we, let negation = clause.negation,
                clause.future || clause.ability || Self.prefersNot(clause, tokens) || clause.progressive
                    || Self.willingness.contains(tokens[clause.verb ?? negation].word) || policy,
                !clause.question, !clause.conditional
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
            // "I'm not stepping off this account": a refusal under way, in the present ("I wasn't
            // looking at you" tells the past), negated by "not" ("I'm no spring chicken" names a
            // thing). Not "I'm not trying to…".
            if clause.progressive, !clause.future, !Self.refusesNow(clause, verb, tokens) { continue }
            let word = clause.progressive ? Lemma.of(tokens[verb].word) : tokens[verb].word
            let roles = WordRole(rawValue: infos[verb].roles).union(WordRole.lexicon[word] ?? [])
            if roles.contains(.mental) && !Self.limitVerbs.contains(word) { continue }
            if roles.contains(.disown) && !demand { continue }
            if roles.contains(.casual) { continue }
            // "I can't do anything / much about it": giving up, not a limit.
            if word == "do", verb + 1 < clause.range.upperBound,
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
            let refusesToAsk = (demand || pressing) && ["ask", "asking"].contains(refused)
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
            // "I can't apologise enough", "I can't thank you enough": emphasis, not a limit.
            if clause.range.contains(where: { tokens[$0].word == "enough" }) { continue }
            // "I won't offer excuses", "I won't make excuses": disowning, not a limit.
            if !demand, verb + 1 < clause.range.upperBound,
                infos[verb + 1].roles & WordRole.disown.rawValue != 0
            {
                continue
            }
            Self.add(
                &board, clause.subjectRange.lowerBound..<clause.range.upperBound,
                "the rep states what they will not do")
            return
        }
        if demand || pressing, let held = Self.holds(board) {
            Self.add(&board, held, "the rep holds to what they said before")
        }
    }

    /// `clause` read from its "I" or "we" when the thing refused stands before it: "31 I can't
    /// match", "skipping the form I can't do tho", "past that I can't speculate". The words before
    /// the subject are at most four, with no condition, question word or verb helper among them
    /// ("if I can't…", "when I can't…" keep their own reading).
    static func fronted(_ clause: Clause, _ text: TokenizedText) -> Clause {
        guard clause.subject == .none || clause.subject == .other, !clause.conditional,
            let start = clause.range.first(where: {
                text.infos[$0].roles & (WordRole.me.rawValue | WordRole.we.rawValue) != 0
            }), start > clause.range.lowerBound, start - clause.range.lowerBound <= 4,
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
            // "Doug won't be covering Thursday; I will": someone else's "will not", then the rep's
            // own "I will".
            if clause.subject != .me, clause.subject != .we, clause.subject != .you,
                let not = clause.range.first(where: { tokens[$0].word == "not" }),
                not > clause.range.lowerBound,
                tokens[not - 1].word == "will", position + 1 < clauses.count
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

    /// Words after "not" that make a limit without a helper: "I'm not comfortable going in alone".
    static let willingness: Set<String> = ["comfortable", "willing", "prepared", "happy", "able", "allowed"]
    /// Mental verbs that still state a limit when refused.
    static let limitVerbs: Set<String> = ["apologize", "apologise", "accept", "agree", "tolerate"]
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
    ]
}
