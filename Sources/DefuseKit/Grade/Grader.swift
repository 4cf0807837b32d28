import Dispatch
import Synchronization

/// Grades one reply against every loaded technique.
///
/// Grading runs in two passes. First each technique's phrase lists (data, from
/// `Scenarios/techniques/`) are matched against the normalised reply, with negation,
/// conditionals and `except` patterns taken into account. Then the interaction rules of the
/// rubric run in order: soft patterns, a technique swallowed by a violation, the
/// sorry-but non-apology, violations that cancel techniques, the FroMLE restatement and the
/// composite. Patterns are compiled once, in ``init(techniques:)``; grading itself never parses
/// or compiles anything.
public struct Grader: Sendable {
    let techniques: [CompiledTechnique]
    /// Every pattern of every technique in one set, matched in a single pass.
    let patternSet: PatternSet
    /// For each pattern of ``patternSet``: the list of the technique it belongs to.
    let owners: [ListOwner]
    /// The `soft-if-client` lists, in a set of their own: they are matched against the
    /// client's line, and against a reply only when a rule asks (an insult the reply reports).
    let clientSet: PatternSet
    /// For each pattern of ``clientSet``: the technique it belongs to.
    let clientOwners: [ListOwner]
    let tokenizer: Tokenizer
    let fromle: FromleRule
    let positions: ByteTable
    /// The positions of the ``RubricID``s in ``ids``.
    let rubric: [Int]
    let softUnless: [[String]]
    /// The ids graded, in catalog order (rubric first, then added techniques).
    public let ids: [String]
    /// What the scenarios' nodes say about their client lines (``NodeCues``).
    private(set) var cues: NodeCues
    /// The learned layer, run after the interaction rules (nil: rules only).
    public let learned: LearnedModel?
    /// The same weights laid out for this grader's ids, for the grading path.
    let learnedScorer: LearnedScorer?
    /// The compliance ids' learned layer, run after the compliance rules (nil: none;
    /// ``LearnedLayer/compliance``).
    public let compliance: LearnedModel?
    let complianceScorer: LearnedScorer?
    /// The grader positions of the compliance layer's ids (``readsCompliance(_:)``).
    let compliancePositions: [Int]

    /// Compiles the phrase lists of `techniques`; a later entry with the same id replaces an
    /// earlier one. `cues` are read from the scenarios in play: a reply to one of their client
    /// lines is read against what that line's node expects and avoids. `learned` is the learned
    /// layer (the built-in weights unless told otherwise; nil grades with the rules alone), and
    /// `compliance` the compliance ids' learned layer (the same).
    public init(
        techniques: [Technique], cues: NodeCues = NodeCues(), learned: LearnedModel? = LearnedModel.builtIn,
        compliance: LearnedModel? = LearnedModel.builtInCompliance
    ) {
        self.cues = cues
        self.learned = learned
        self.compliance = compliance
        var byID: [String: Technique] = [:]
        var order: [String] = []
        for technique in techniques {
            if byID[technique.id] == nil { order.append(technique.id) }
            byID[technique.id] = technique
        }
        let parser = PatternParser(spelling: Spelling())
        let ordered = order.compactMap { byID[$0] }
        let compiled = ordered.map { CompiledTechnique($0, parser: parser) }
        var all: [Pattern] = []
        var owners: [ListOwner] = []
        var clientPatterns: [Pattern] = []
        var clientOwners: [ListOwner] = []
        for (position, technique) in compiled.enumerated() {
            for (list, patterns) in zip(CompiledTechnique.List.allCases, technique.lists) {
                let owner = ListOwner(technique: position, list: list)
                if list == .client {
                    clientPatterns += patterns
                    clientOwners += Array(repeating: owner, count: patterns.count)
                } else {
                    all += patterns
                    owners += Array(repeating: owner, count: patterns.count)
                }
            }
        }
        let vocabulary = Vocabulary(all + clientPatterns)
        // Two independent halves, built on two threads: the typo table, lexicon and tokenizer
        // (~340 M instructions with the shipped lists) and the two pattern sets with the
        // learned layer's columns (~180 M). `defuse grade` and play wait on this at start-up.
        let (patterns, clientList, ids) = (all, clientPatterns, order)
        let (built, tables) = Self.inParallel(
            {
                Tokenizer(
                    spelling: Spelling(
                        typos: Spelling.typos(for: vocabulary.words.union(["because", "although", "though"]))),
                    vocabulary: vocabulary)
            },
            {
                (
                    patterns: PatternSet(patterns, vocabulary: vocabulary),
                    client: PatternSet(clientList, vocabulary: vocabulary),
                    scorer: learned.map { LearnedScorer(model: $0, ids: ids, vocabulary: vocabulary) },
                    compliance: compliance.map { LearnedScorer(model: $0, ids: ids, vocabulary: vocabulary) }
                )
            })
        self.techniques = compiled
        self.patternSet = tables.patterns
        self.owners = owners
        self.clientSet = tables.client
        self.clientOwners = clientOwners
        self.tokenizer = built
        self.ids = order
        self.positions = ByteTable(order)
        self.rubric = RubricID.positions(in: self.positions)
        self.softUnless = ordered.map(\.phrases.softUnless)
        self.fromle = FromleRule()
        self.learnedScorer = tables.scorer
        self.complianceScorer = tables.compliance
        let positions = self.positions
        self.compliancePositions = (compliance?.ids ?? []).compactMap { positions.index(of: $0) }
    }

    /// `first()` and `second()`, run on two threads at once; returns when both are done.
    static func inParallel<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let results = Mutex<(First?, Second?)>((nil, nil))
        DispatchQueue.concurrentPerform(iterations: 2) { task in
            if task == 0 {
                let value = first()
                results.withLock { $0.0 = value }
            } else {
                let value = second()
                results.withLock { $0.1 = value }
            }
        }
        let (one, two) = results.withLock { $0 }
        // concurrentPerform returns only after both iterations ran: neither is ever nil.
        return (one ?? first(), two ?? second())
    }

    /// The same grader reading client lines by `cues`: for a caller that compiles the phrase
    /// lists while another thread reads the scenarios for their cues (`defuse grade`).
    public func with(cues: NodeCues) -> Grader {
        var grader = self
        grader.cues = cues
        return grader
    }

    /// Grades `reply`; `client` is the line it answers (used by `fromle` and `soft-if-client`).
    ///
    /// With `reasons` ``Reasons/omitted`` the verdicts, evidence words and fractions are the
    /// same, but explanations and evidence rules are nil and never built: the batch form, which
    /// prints only words, grades that way.
    ///
    /// `reading` is ``read(client:)`` of the same client line, when the caller keeps them (a
    /// batch answers many replies to one line and reads it once).
    public func grade(
        _ reply: String, client: String? = nil, reading: ClientReading? = nil, reasons: Reasons = .written
    ) -> Grade {
        finish(graded(reply, client: client, reading: reading, reasons: reasons))
    }

    /// The board with every verdict final: the phrase lists, the interaction rules, the learned
    /// layer and the composite. ``grade(_:client:reading:reasons:)`` turns it into a ``Grade``;
    /// the batch form reads it in place (``withVerdicts(_:client:reading:_:)``).
    func graded(_ reply: String, client: String?, reading: ClientReading?, reasons: Reasons) -> Board {
        var board = complianceRuled(reply, client: client, reading: reading, reasons: reasons)
        // The compliance ids' learned layer reads every verdict the rules and the rubric's layer
        // gave; it changes compliance ids only (``LearnedLayer/compliance``).
        if let complianceScorer, readsCompliance(board) { complianceScorer.apply(to: &board) }
        GrantedBreachRule().apply(to: &board)
        CompositeRule().apply(to: &board)
        return board
    }

    /// Whether the compliance layer reads `board`: the reply answers a line a scenario node says
    /// (as in play, and in the labelled sets the layer was trained on), the rules found one of its
    /// ids, or the client's line is read as the cue of one. Other replies (a batch of lines no
    /// scenario says) leave before the layer sums its weights (~7 k instructions a reply, and the
    /// full model besides where a verdict would change).
    func readsCompliance(_ board: Board) -> Bool {
        board.cue != nil
            || compliancePositions.contains { position in
                board.slots[position].present
                    || (board.clientGate.indices.contains(position) && board.clientGate[position] == true)
            }
    }

    /// The board with every verdict but the compliance layer's and the composite: what the
    /// compliance layer reads.
    func complianceRuled(_ reply: String, client: String?, reading: ClientReading?, reasons: Reasons) -> Board
    {
        var board = ruled(reply, client: client, reading: reading, reasons: reasons)
        learnedScorer?.apply(to: &board)
        // Compliance breaches read from structure, after the learned layer so that its features
        // (and so the rubric ids) are as the rules above leave them.
        FilledRecordRule().apply(to: &board)
        WaivedReportRule().apply(to: &board)
        LaterReportRule().apply(to: &board)
        SelfAuthorisedTermsRule().apply(to: &board)
        // compliance6: terms that are only the request the rep carries to someone who decides.
        RoutedTermsRule().apply(to: &board)
        // Read with the final limits and give-ins: the learned layer adds and withdraws them.
        TakesUpBreachRule().apply(to: &board)
        BreachButLimitRule().apply(to: &board)
        // compliance6: a report softened or held on the client's request (reads the final limit).
        AskedToSoftenRule().apply(to: &board)
        // Compliance read from structure that no rubric id reads back (so the rubric's verdicts
        // stay as the rules above leave them): a rival run down by talk, material the rep makes,
        // goods given free, results praised off the label, the sterile field only in its own
        // setting, and an account only where one was asked for and given plainly.
        RumouredRivalRule().apply(to: &board)
        MadeMaterialRule().apply(to: &board)
        FreeGoodsRule().apply(to: &board)
        // compliance9: a treat the rep pays for, or the client's people taken out.
        PaidTreatRule().apply(to: &board)
        PraisedUseRule().apply(to: &board)
        // review13 finding 14: the evidence said to be ahead of the label.
        AheadOfLabelRule().apply(to: &board)
        // compliance10: the label named as passed with the use vouched for, and material on a use
        // off the label handed over.
        PassedLabelRule().apply(to: &board)
        SentUseRule().apply(to: &board)
        SterileContextRule().apply(to: &board)
        HandedAcrossRule().apply(to: &board)
        PlainAccountRule().apply(to: &board)
        // eng46a: a time for the set in the room read from the reply's own times, and the list's
        // times for recall stock or news withdrawn (no rubric id or learned feature reads it).
        ImpossibleTimeRule().apply(to: &board)
        return board
    }

    /// The features the learned layer reads in `reply`, as the rules leave it.
    func learnedFeatures(_ reply: String, client: String?) -> [LearnedFeature] {
        LearnedFeature.features(of: ruled(reply, client: client, reading: nil, reasons: .omitted))
    }

    /// The features the compliance ids' learned layer reads in `reply`, as every rule and the
    /// rubric's layer leave it.
    func complianceFeatures(_ reply: String, client: String?) -> [LearnedFeature] {
        LearnedFeature.features(of: complianceRuled(reply, client: client, reading: nil, reasons: .omitted))
    }

    /// The board after the phrase lists and every interaction rule but the composite.
    func ruled(_ reply: String, client: String?, reading: ClientReading?, reasons: Reasons) -> Board {
        let client = Self.unwrapped(client)
        var board = Board(
            text: tokenizer.tokenize(reply), client: client, ids: ids, positions: positions, rubric: rubric,
            softUnless: softUnless,
            sources: patternSet.sources, reasons: reasons)
        applyRules(to: &board, client: client, reading: reading, reasons: reasons)
        return board
    }

    /// What ``ruled(_:client:reading:reasons:)`` does once the reply is tokenised: the phrase
    /// lists, the client's line and every interaction rule, in order. A function of its own so
    /// that `ruled` hands back its board without a copy: with the rules inlined into `ruled`,
    /// the board was copied out at the return and the original destroyed (~1.4 k instructions
    /// a reply). Not inlined, for the same reason.
    @inline(never)
    private func applyRules(
        to board: inout Board, client: String?, reading: ClientReading?, reasons: Reasons
    ) {
        let matched = MatchTable(
            patternSet.matches(in: board.text), owners: owners, techniques: techniques.count)
        for (position, technique) in techniques.enumerated() {
            guard !matched[position, .patterns].isEmpty || !matched[position, .soft].isEmpty,
                let finding = technique.find(in: board.text, matched: matched, technique: position)
            else { continue }
            board.slots[position].finding = finding
            if !finding.matches.isEmpty {
                board.slots[position].present = true
                board.slots[position].evidence =
                    Self.unique(finding.matches).map { board.evidence(for: $0) }
                    + Self.unique(finding.supports, besides: finding.matches).map {
                        board.evidence(for: $0, kind: "needs")
                    }
                if reasons == .written {
                    board.slots[position].explanation =
                        "found \(board.quoted(Array(board.slots[position].evidence.prefix(3))))"
                }
            }
        }
        // The client's line is matched only when a reply has soft phrases that wait on it.
        let waitsOnClient = board.slots.withUnsafeBufferPointer { slots in
            slots.indices.contains { position in
                slots[position].finding.map { !$0.softMatches.isEmpty } == true
                    && !techniques[position][.client].isEmpty
            }
        }
        board.clauses = ClauseReader.clauses(of: board.text)
        // The structural rules read the client's line whenever there is one.
        if waitsOnClient || client?.isEmpty == false {
            // The caller's reading is read in place: `reading ?? read(client:)` made a copy of
            // it (retaining each of its fields, then releasing them) for every reply.
            if let reading {
                board.adopt(reading)
            } else {
                board.adopt(read(client: client))
            }
        }
        board.matched = matched
        // A reply with a word of assent ("will do" too) may be agreeing with an insult it
        // reports itself, or naming the demand it gives in to; words it quotes are not its own,
        // and words of a question it asks ("what does the interaction test look like to you?")
        // report nothing.
        let tokens = board.text.tokens
        let opensWillDo = tokens.count >= 2 && tokens[0].word == "will" && tokens[1].word == "do"
        let assenting =
            opensWillDo
            || board.text.infos.contains(where: {
                $0.roles & (WordRole.assent.rawValue | WordRole.casual.rawValue) != 0
            })
        // After an insult, where the reply says the insult's words again (``EndorseRule``).
        let insultPosition = board.position(of: EndorseRule.key)
        let insulted = board.client(EndorseRule.key) == true
        if assenting || insulted {
            for match in clientSet.matches(in: board.text)
            where !tokens[match.range].allSatisfy(\.quoted) && !tokens[match.range.lowerBound].question {
                let owner = clientOwners[match.index].technique
                if assenting { board.replyClientLists.insert(owner) }
                if insulted, owner == insultPosition { board.replyInsults.append(match.range) }
            }
        }
        // The interaction rules, in order (called directly: no existential, no copy of the board).
        QuotedSpeechRule().apply(to: &board)
        OwnOrderRule().apply(to: &board)
        DisownedClauseRule().apply(to: &board)
        RefusedBreachRule().apply(to: &board)
        ListScopeRule().apply(to: &board)
        SoftPatternRule().apply(to: &board)
        RefusalRule().apply(to: &board)
        // review12 finding 2: "you know those papers better than I do. But I'm not allowed…"
        DeferenceThenLimitRule().apply(to: &board)
        AssentRule().apply(to: &board)
        // play13: "Happy to. A bit over forty TLIFs" answers "How many TLIFs have you…?".
        AnsweredQuestionRule().apply(to: &board)
        // review12 finding 3: "the golf day might be doable" to a request for value.
        HalfYesRule().apply(to: &board)
        SwapRule().apply(to: &board)
        // review12 finding 8: "I'll be more careful next time" is no prevention.
        EffortOnlyRule().apply(to: &board)
        CommitmentRule().apply(to: &board)
        // rules15: "Me." to "who's doing the work?".
        SelfNamedRule().apply(to: &board)
        ScheduledStepRule().apply(to: &board)
        DecisionRoleRule().apply(to: &board)
        QuietBlameRule().apply(to: &board)
        FailedDutyRule().apply(to: &board)
        OnThemRule().apply(to: &board)
        NotMineRule().apply(to: &board)
        // Stop 46: "compliance won't let me", "if it were up to me", "pricing tied my hands".
        HandsTiedRule().apply(to: &board)
        ActionNowRule().apply(to: &board)
        ListDeadlineRule().apply(to: &board)
        TimeAnswerRule().apply(to: &board)
        PlainStepRule().apply(to: &board)
        ImpactRule().apply(to: &board)
        // rules15: "that's so valid", "I totally hear the time pressure".
        ValidatedFeelingRule().apply(to: &board)
        FairStanceRule().apply(to: &board)
        ReasoningQuestionRule().apply(to: &board)
        // rules15: "Does the Meridian quote include consignment?"
        BasisQuestionRule().apply(to: &board)
        SmallProblemRule().apply(to: &board)
        // rules14: "she'll probably be fine", "she was going to die anyway".
        OutcomeShrugRule().apply(to: &board)
        CompetitorRule().apply(to: &board)
        RetortRule().apply(to: &board)
        ComebackRule().apply(to: &board)
        // rules14: "Then don't ask me off-label questions", "to be precise you're comparing…".
        LectureRule().apply(to: &board)
        YouKnowRule().apply(to: &board)
        // rules13: "I've been at this since before you finished medical school".
        SeniorityRule().apply(to: &board)
        EndorseRule().apply(to: &board)
        ConcedeRule().apply(to: &board)
        ConfirmsInsultRule().apply(to: &board)
        // rules14: "your surgeons like a familiar face, that's so valid".
        ValidatedJabRule().apply(to: &board)
        GoesAlongRule().apply(to: &board)
        ReportedBreachRule().apply(to: &board)
        ContainedMatchRule().apply(to: &board)
        SorryButRule().apply(to: &board)
        HedgedApologyRule().apply(to: &board)
        ExplainedAwayRule().apply(to: &board)
        ShoutingRule().apply(to: &board)
        ViolationCancelsRule().apply(to: &board)
        // review12 finding 8: a checkable step is the rep's, never a check named as blame.
        OwnStepRule().apply(to: &board)
        fromle.apply(to: &board)
    }

    /// What a grade writes besides its verdicts, evidence words and fractions.
    public enum Reasons: Sendable, Equatable {
        /// Each verdict's explanation and the pattern or rule behind each piece of evidence: for
        /// people (`defuse grade`, play, review).
        case written
        /// None of them, and none built: for the batch form (`grade --jsonl`), which prints only
        /// words. The verdicts, words and fractions are the same as with ``written``.
        case omitted
    }

    /// What the grader reads from a client line: which `soft-if-client` lists it matches (a
    /// demand, an insult, a claim, a complaint…) and its own words. The same for every reply
    /// to that line, so a caller grading many replies to one line can read it once.
    public struct ClientReading: Sendable {
        /// Per technique: whether the line matched its `soft-if-client` list (nil: no list).
        var gates: [Bool?]
        /// The line's content words.
        var words: Set<String>
        /// What the node that says this line asks of a reply, when a scenario says it.
        var cue: NodeCues.Cue?
        /// What the lines of the choice node that says this line credit (``NodeCues/credited(for:)``).
        var credited: Set<String> = []
        /// The figures the line names as terms ("forty", "120" in "Forty percent off list, net
        /// 120"; ``SelfAuthorisedTermsRule/termFigures(in:)``).
        var termFigures: Set<String> = []
        /// Whether the line ends by asking whether anyone does something ("Does anybody at
        /// your company read a booking sheet?"): a bare "no" to it agrees.
        var asksAnyone = false
        /// What the line says the rep did or does, as verb lemmas: the verbs of its statements
        /// about "you" and of its commands ("You said so" → say, "Don't look at me like that" →
        /// look). A rep who flatly denies one of them ("I didn't say that") contradicts the client.
        var attributes: Set<String> = []
        /// Whether the line asks the rep to do something (``Grader/requests(in:)``).
        var requests = false
        /// Whether the line asks for a time ("when will it be here?", "ETA?"): read once per line
        /// by ``TimeAnswerRule/asksForTime(client:)``, not once per reply.
        var asksForTime = false
        /// Whether the line asks the rep to confirm a refusal ("So that's a no?"): read once per
        /// line by ``AssentRule/asksToConfirmANo(_:)``, not once per reply by each of its readers.
        var asksToConfirmANo = false
        /// Whether the line names a device problem or a harm (``LaterReportRule/namesProblem(client:)``),
        /// read once per line: splitting it for every reply cost ~40 k instructions a reply.
        var namesProblem = false
        /// The line's times as written ("3", "11:45"; ``TimeAnswerRule/clientTimes(_:)``), read once
        /// per line, not once per reply.
        var times: Set<String> = []
        /// The remarks a restatement may keep the words of (``FromleRule/remarks(in:)``): the whole
        /// line's content words, then each of its sentences' when it has more than one (the insult
        /// is often one sentence of a longer line). Read once per line: ``FromleRule`` split the
        /// line again for every reply it read.
        var restatable: [[String]] = []
        /// Every word of the line as the tokenizer normalises it, stopwords included: a
        /// restatement's phrase of stopwords ("you people are") echoes the line when the client
        /// said each of its words (``FromleRule``).
        var said: Set<String> = []
    }

    /// Reads `client` (see ``ClientReading``).
    public func read(client: String?) -> ClientReading {
        let client = Self.unwrapped(client)
        let cue = client.flatMap { cues.cue(for: $0) }
        let (gates, words, asksAnyone) = clientGates(client, cue: cue)
        let line = client.map { tokenizer.tokenize($0) }
        return ClientReading(
            gates: gates, words: words, cue: cue, credited: client.map { cues.credited(for: $0) } ?? [],
            termFigures: line.map { SelfAuthorisedTermsRule.termFigures(in: $0.tokens.map(\.word)) } ?? [],
            asksAnyone: asksAnyone,
            attributes: line.map(Self.attributes(of:)) ?? [], requests: line.map(Self.requests(in:)) ?? false,
            asksForTime: TimeAnswerRule.asksForTime(client: client),
            asksToConfirmANo: AssentRule.asksToConfirmANo(client),
            namesProblem: LaterReportRule.namesProblem(client: client),
            times: TimeAnswerRule.clientTimes(client),
            restatable: line.map(FromleRule.remarks(in:)) ?? [],
            said: line.map { Set($0.tokens.map(\.word)) } ?? [])
    }

    /// `client` with the line breaks of its wrapping read as spaces: a scenario's `say` written
    /// as a YAML block breaks its sentences across lines ("…Match⏎it by Friday"), and a reply
    /// in play must be read against the line as `grade --client` reads it typed on one line
    /// (review21 A finding 4). The tokenizer splits sentences at new lines, so a phrase of a
    /// `soft-if-client` list was never found across one. A blank line (a new paragraph) stays a
    /// break.
    static func unwrapped(_ client: String?) -> String? {
        guard let client, client.utf8.contains(0x0A) else { return client }
        return client.components(separatedBy: "\n\n").map { paragraph in
            paragraph.split(separator: "\n", omittingEmptySubsequences: true)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ")
        }.joined(separator: "\n\n")
    }

    func clientGates(_ client: String?, cue: NodeCues.Cue? = nil) -> (
        gates: [Bool?], words: Set<String>, asksAnyone: Bool
    ) {
        var gates: [Bool?] = techniques.map {
            $0[.client].isEmpty ? nil : false
        }
        guard gates.contains(where: { $0 != nil }), let client, !client.isEmpty else {
            return (gates, [], false)
        }
        let line = tokenizer.tokenize(client)
        for match in clientSet.matches(in: line) {
            gates[clientOwners[match.index].technique] = true
        }
        // A scenario's line is also read by what its node asks of a reply.
        if let cue {
            for id in cue.gates {
                if let position = positions.index(of: id), gates[position] != nil { gates[position] = true }
            }
        }
        // The client's own words (no helpers or pronouns), for rules that ask whether a reply
        // takes up what the client asked for.
        var words = Set<String>()
        // People the client names ("Doug", "someone") count: a reply may give in by naming them.
        for (token, info) in zip(line.tokens, line.infos) {
            let named =
                info.roles == WordRole.person.rawValue
                && (["someone", "somebody"].contains(token.word)
                    || (token.start < line.utf8.count
                        && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(line.utf8[token.start])))
            // So do verbs of passing work on ("ask them for someone younger"): the demand itself.
            let handOff = info.roles == WordRole.handOff.rawValue
            if info.roles == 0 || named || handOff { words.insert(token.word) }
        }
        // The last sentence asks whether anyone (on the rep's side) does something.
        let last = line.tokens.last
        let asksAnyone =
            last?.question == true
            && line.tokens.contains { $0.sentence == last?.sentence && Self.anyone.contains($0.word) }
        return (gates, words, asksAnyone)
    }

    /// The roles of small words: pronouns, helpers, articles, negations, joiners and openers.
    static let functionWords: UInt32 = [
        WordRole.me, .meObject, .we, .you, .your, .otherPronoun, .objectPronoun, .determiner, .auxiliary,
        .negation, .joiner, .weakJoiner, .opener, .condition,
    ].reduce(0) { $0 | $1.rawValue }

    /// The lemmas of the verbs `line` puts on the rep: a statement with "you" as subject ("you
    /// said so", "you'll stand there") or a command ("don't look at me like that", "stay"),
    /// not a question ("did you check?" asks, it does not say); and the words that name the act
    /// after the verb ("you're making excuses", "don't get defensive").
    static func attributes(of line: TokenizedText) -> Set<String> {
        var lemmas = Set<String>()
        for clause in ClauseReader.clauses(of: line) where !clause.question {
            guard let verb = clause.verb else { continue }
            switch clause.subject {
            case .you:
                // A statement of what the rep did or is: "you said so", "you're paid to pick up";
                // not a demand ("you'll position the patient") nor a denial ("you didn't call").
                guard clause.negation == nil, !clause.future, !clause.ability else { continue }
            case .none:
                // A command not to do it ("don't look at me like that"): nothing but openers,
                // "do" and the negation before the verb. "Swap her boxes" asks; refusing it is a limit.
                guard clause.negation != nil,
                    (clause.range.lowerBound..<verb).allSatisfy({
                        line.infos[$0].roles
                            & (WordRole.opener.rawValue | WordRole.joiner.rawValue
                                | WordRole.auxiliary.rawValue
                                | WordRole.negation.rawValue) != 0
                    })
                else { continue }
            default: continue
            }
            lemmas.insert(Lemma.of(line.tokens[verb].word))
            // And what the act is called after the verb: "you're making excuses", "don't get
            // defensive": content words only (no pronoun, helper or small word).
            for index in (verb + 1)..<clause.range.upperBound
            where line.infos[index].roles & Self.functionWords == 0 {
                lemmas.insert(Lemma.of(line.tokens[index].word))
            }
        }
        return lemmas
    }

    /// Whether `line` asks the rep to do something: "can you get it to me by one", "you'll scrub
    /// in", "I want you in every case", a command ("swap her boxes quietly", "match it by
    /// Friday"). "Do you need anything from us?" asks about the rep, not for an act.
    static func requests(in line: TokenizedText) -> Bool {
        let tokens = line.tokens
        let infos = line.infos
        func has(_ index: Int, _ role: WordRole) -> Bool { infos[index].roles & role.rawValue != 0 }
        let pronouns =
            WordRole.me.rawValue | WordRole.we.rawValue | WordRole.you.rawValue
            | WordRole.otherPronoun.rawValue | WordRole.your.rawValue
        // "Can you get it to me by one?", "Will you ask them?": the helper before "you".
        for index in tokens.indices.dropLast(2)
        where ["can", "could", "will", "would"].contains(tokens[index].word)
            && tokens[index + 1].word == "you"
            && infos[index + 2].roles & (pronouns | WordRole.negation.rawValue | WordRole.mental.rawValue)
                == 0
            && !["like", "rather", "mind"].contains(tokens[index + 2].word)
        {
            return true
        }
        for clause in ClauseReader.clauses(of: line) {
            guard let verb = clause.verb, infos[verb].roles & pronouns == 0, !has(verb, .mental) else {
                continue
            }
            switch clause.subject {
            case .you:
                if clause.negation == nil, clause.future || clause.ability { return true }
            case .none:
                // A command: the verb first, after openers only ("so", "and", "just").
                // "Joanne's about to throw it in the bin" names someone: a helper follows the word.
                if clause.negation == nil, !clause.question,
                    (clause.range.lowerBound..<verb).allSatisfy({
                        has($0, .opener) || has($0, .joiner) || has($0, .adverb)
                    }),
                    !(verb + 1 < clause.range.upperBound && has(verb + 1, .auxiliary))
                {
                    return true
                }
            case .me:
                // "I want you in every case", "I need you to…".
                if ["want", "need"].contains(tokens[verb].word), verb + 1 < clause.range.upperBound,
                    tokens[verb + 1].word == "you"
                {
                    return true
                }
            default: break
            }
        }
        return false
    }

    /// Words that ask about anyone at all ("does anybody…", "do any of you…").
    static let anyone: Set<String> = ["anybody", "anyone", "any"]

    /// Matches whose words are not already inside an earlier match (or one of `besides`): two
    /// patterns often find the same phrase, and evidence should quote it once.
    ///
    /// One sort and one sweep: a match is dropped when a match that starts no later reaches at
    /// least as far (the same words and more, or the same words found earlier). Linear after the
    /// sort, so a reply of a hundred thousand repeated words is quoted in milliseconds.
    ///
    /// The pattern set finds matches in order of where they start, so they usually come in the
    /// sweep's order already (``inSweepOrder(_:)``), and `besides` by start: then nothing is
    /// sorted, and when every match is kept the list is handed back as it came (the sort and its
    /// arrays cost ~1.6 k instructions a call, a few calls a reply).
    static func unique(_ matches: [PatternSet.Match], besides: [PatternSet.Match] = []) -> [PatternSet.Match]
    {
        if matches.isEmpty || (matches.count == 1 && besides.isEmpty) { return matches }
        // `besides` by start: the sweep reads only which of them start no later than a match,
        // so their order among equal starts does not matter.
        let others =
            besides.indices.dropFirst().allSatisfy {
                besides[$0 - 1].range.lowerBound <= besides[$0].range.lowerBound
            }
            ? besides : besides.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var reach = Int.min
        var otherReach = Int.min
        var next = 0
        /// Whether the sweep keeps `range`, the next in order.
        func keeps(_ range: Range<Int>) -> Bool {
            while next < others.count, others[next].range.lowerBound <= range.lowerBound {
                otherReach = max(otherReach, others[next].range.upperBound)
                next += 1
            }
            defer { reach = max(reach, range.upperBound) }
            return reach < range.upperBound && otherReach < range.upperBound
        }
        if inSweepOrder(matches) {
            // The kept matches are copied out only from the first one dropped.
            var kept: [PatternSet.Match] = []
            var dropped = false
            for index in matches.indices {
                let keep = keeps(matches[index].range)
                if !dropped, !keep {
                    dropped = true
                    kept = Array(matches[..<index])
                } else if dropped, keep {
                    kept.append(matches[index])
                }
            }
            return dropped ? kept : matches
        }
        // Order: earlier start first, then the longer match, then the one found first.
        let order = matches.indices.sorted { left, right in
            let a = matches[left].range
            let b = matches[right].range
            if a.lowerBound != b.lowerBound { return a.lowerBound < b.lowerBound }
            if a.upperBound != b.upperBound { return a.upperBound > b.upperBound }
            return left < right
        }
        var keep = [Bool](repeating: false, count: matches.count)
        for index in order { keep[index] = keeps(matches[index].range) }
        return matches.indices.filter { keep[$0] }.map { matches[$0] }
    }

    /// Whether `matches` are in ``unique(_:besides:)``'s order as they stand: each starts after
    /// the one before, or where it starts and reaches no further.
    static func inSweepOrder(_ matches: [PatternSet.Match]) -> Bool {
        matches.indices.dropFirst().allSatisfy { index in
            let (a, b) = (matches[index - 1].range, matches[index].range)
            return a.lowerBound < b.lowerBound
                || (a.lowerBound == b.lowerBound && a.upperBound >= b.upperBound)
        }
    }

    func finish(_ board: Board) -> Grade {
        var verdicts: [Verdict] = []
        verdicts.reserveCapacity(ids.count)
        board.slots.withUnsafeBufferPointer { slots in
            for (position, id) in ids.enumerated() {
                let present = slots[position].present
                var explanation = slots[position].explanation
                if board.reasons == .written && !present && explanation == nil {
                    let cancelled = slots[position].finding?.cancelled ?? []
                    explanation =
                        cancelled.isEmpty
                        ? "no phrase of its list appears in the reply"
                        : cancelled.prefix(3).map { match, reason in
                            let exceptions =
                                board.matched?[position, .except] ?? []
                            let why = techniques[position].explain(
                                reason, of: match, text: board.text, exceptions: exceptions,
                                sources: board.sources)
                            return "“\(board.text.quote(match.range))” \(why)"
                        }.joined(
                            separator: "; ")
                }
                verdicts.append(
                    Verdict(
                        id: id, present: present, evidence: present ? slots[position].evidence : [],
                        explanation: explanation, fraction: slots[position].fraction))
            }
        }
        return Grade(verdicts: verdicts)
    }
}

/// Which list of which technique a pattern belongs to, packed into one integer,
/// `technique × List.count + list`, so that a reply's matches are grouped by one counting sort
/// (``MatchTable``) and a pattern's owner is one `Int32` in ``Grader/owners``.
struct ListOwner: Hashable, Sendable {
    /// The packed value: technique position × ``lists`` + ``CompiledTechnique/List`` raw value.
    let packed: Int32

    /// How many lists each technique has.
    static let lists = CompiledTechnique.List.allCases.count

    init(technique: Int, list: CompiledTechnique.List) {
        packed = Int32(technique * Self.lists + list.rawValue)
    }

    init(packed: Int32) { self.packed = packed }

    /// The technique's position in ``Grader/ids``.
    var technique: Int { Int(packed) / Self.lists }
    var list: CompiledTechnique.List {
        CompiledTechnique.List(rawValue: Int(packed) % Self.lists) ?? .patterns
    }
}

/// One reply's matches grouped by ``ListOwner``, in one array: a counting sort instead of an
/// array per list, since most lists match nothing.
struct MatchTable {
    private var matches: [PatternSet.Match]
    /// Owner `o` (packed) holds `matches[starts[o]..<starts[o + 1]]`.
    private var starts: [Int32]

    /// Groups `found` by the owner of each match's pattern; `techniques` is how many there are.
    ///
    /// `starts` is made by `reserveCapacity` and appended zeros, not `Array(repeating:count:)`:
    /// that initialiser makes its storage through a standard library function that is not
    /// specialised for `Int32` and asks the runtime for the storage type on every call (~570
    /// instructions a reply here). The sort's cursors live in scratch space rather than a third
    /// array (a copy of `starts`).
    init(_ found: [PatternSet.Match], owners: [ListOwner], techniques: Int) {
        let count = techniques * ListOwner.lists
        var starts: [Int32] = []
        starts.reserveCapacity(count + 1)
        starts.append(contentsOf: repeatElement(0, count: count + 1))
        for match in found { starts[Int(owners[match.index].packed) + 1] += 1 }
        for index in 0..<count { starts[index + 1] += starts[index] }
        var sorted = found
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count + 1) { next in
            _ = next.initialize(from: starts)
            for match in found {
                let owner = Int(owners[match.index].packed)
                sorted[Int(next[owner])] = match
                next[owner] += 1
            }
        }
        self.matches = sorted
        self.starts = starts
    }

    /// The matches of `owner`, in the order they were found.
    subscript(owner: ListOwner) -> ArraySlice<PatternSet.Match> {
        let packed = Int(owner.packed)
        return matches[Int(starts[packed])..<Int(starts[packed + 1])]
    }

    /// The matches of `list` of the technique at `technique`.
    subscript(technique: Int, list: CompiledTechnique.List) -> ArraySlice<PatternSet.Match> {
        self[ListOwner(technique: technique, list: list)]
    }
}
