/// What a word can do in a clause, for reading a reply's structure rather than its phrases:
/// who is speaking or being spoken of, which words are helpers of a verb, which verbs are
/// thinking or feeling rather than doing, which words assent.
///
/// Every word listed here is numbered in the ``Vocabulary`` with its roles, so the clause
/// reader tests bits on integers and never compares strings (it runs on every reply). The
/// lists are closed classes of English (pronouns, auxiliaries, conjunctions) plus small
/// lexicons a trainer can read here: parties a rep may point at, verbs that are not actions.
struct WordRole: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    /// "i": the rep.
    static let me = WordRole(rawValue: 1 << 0)
    /// "we", "us": the rep's company.
    static let we = WordRole(rawValue: 1 << 1)
    /// "you": the client.
    static let you = WordRole(rawValue: 1 << 2)
    /// "he", "she", "they", "it", "that", "this", "there": someone or something else.
    static let otherPronoun = WordRole(rawValue: 1 << 3)
    /// A determiner before a noun ("the", "our", "their", "my", "a").
    static let determiner = WordRole(rawValue: 1 << 4)
    /// "your": the client's side ("your front desk").
    static let your = WordRole(rawValue: 1 << 5)
    /// A party, system or document a rep can point at: "warehouse", "courier", "system", "chart".
    static let party = WordRole(rawValue: 1 << 6)
    /// A helper of a verb: "will", "am", "have", "can", "going", "to".
    static let auxiliary = WordRole(rawValue: 1 << 7)
    /// "will", "shall", "going" (to): a commitment about the future.
    static let future = WordRole(rawValue: 1 << 8)
    /// "am", "is", "are", "be": a progressive or a state.
    static let being = WordRole(rawValue: 1 << 9)
    /// "have", "has": a perfect ("I've already booked").
    static let perfect = WordRole(rawValue: 1 << 10)
    /// An adverb that may sit between helper and verb: "really", "just", "already", "personally".
    static let adverb = WordRole(rawValue: 1 << 11)
    /// A negation: "not", "never", "no".
    static let negation = WordRole(rawValue: 1 << 12)
    /// A verb of thinking, feeling or perceiving: "understand", "hear", "hope", "want".
    static let mental = WordRole(rawValue: 1 << 13)
    /// A verb that hands the work to someone else: "ask", "tell", "check", "pass", "see".
    static let handOff = WordRole(rawValue: 1 << 14)
    /// A word that joins clauses: "but", "so", "because", "though".
    static let joiner = WordRole(rawValue: 1 << 15)
    /// A word that opens a clause without being its subject: "ok", "so", "well", "honestly".
    static let opener = WordRole(rawValue: 1 << 16)
    /// A word of assent: "ok", "sure", "fine", "yeah", "deal", "fair", "true".
    static let assent = WordRole(rawValue: 1 << 17)
    /// "if", "unless", "whether": a condition.
    static let condition = WordRole(rawValue: 1 << 18)
    /// A person the rep could pass the work to: "manager", "someone", "colleague", "him".
    static let person = WordRole(rawValue: 1 << 19)
    /// A verb of blaming, pretending or excusing that a negation turns into its opposite:
    /// "I'm not going to **blame** the warehouse", "I won't **pretend** it's fine".
    static let disown = WordRole(rawValue: 1 << 20)
    /// "me", "myself", "mine": the rep as object or owner.
    static let meObject = WordRole(rawValue: 1 << 21)
    /// Laughter and hedges that make an assent casual: "lol", "haha", "honestly", "probably".
    static let casual = WordRole(rawValue: 1 << 22)
    /// A modal of ability or permission: "can", "could", "able".
    static let ability = WordRole(rawValue: 1 << 23)

    /// "and", "or", "then", "plus": joiners that join words as often as clauses.
    static let weakJoiner = WordRole(rawValue: 1 << 24)
    /// An adjective that names a hardship: "awful", "rotten", "rough", "stressful". "That's a
    /// rotten thing to find at this hour" names the impact on the client (``ImpactRule``).
    static let hardship = WordRole(rawValue: 1 << 25)
    /// A pronoun that can only be an object: "it", "them", "you", "me", "him", "her", "us". After
    /// a bare noun it shows the noun is a verb ("email it to you").
    static let objectPronoun = WordRole(rawValue: 1 << 26)
    /// A word that may open a recurrence: "every", "each", "weekly", "from (now on)", "going
    /// (forward)" (``ScheduledStepRule``), so a reply without one is passed over on a bit test.
    static let recurrence = WordRole(rawValue: 1 << 27)
    /// A hedge between the subject and its verb: "kinda", "sorta", "maybe", "kind (of)", "sort
    /// (of)". "I kind of can't ask SPD to flash it" is read as "I can't ask…" (``ClauseReader``).
    static let hedge = WordRole(rawValue: 1 << 28)

    /// Words the structural rules compare by spelling: numbered in the vocabulary too, so that
    /// typo correction never turns one into a word a pattern uses ("promise" into "promises").
    static var ruleWords: Set<String> {
        CommitmentRule.notCommitments.union(CommitmentRule.places).union(RefusalRule.willingness)
            .union(RefusalRule.limitVerbs).union(RefusalRule.givingUp).union(RefusalRule.notLimits)
            .union(AssentRule.assentWords).union(AssentRule.bargaining).union(AssentRule.agreeing)
            .union(AssentRule.deferring).union(AssentRule.engaging).union(QuietBlameRule.neutral)
            .union(AssentRule.numberWords).union(AssentRule.noAnswers).union(AssentRule.noWords)
            .union(RefusalRule.refusableAfterDemand).union(CommitmentRule.contactVerbs)
            .union(ClauseReader.irregularParticiples).union(ClauseReader.quantifiers)
            .union(AssentRule.settling).union(QuietBlameRule.suggestions).union(QuietBlameRule.handOffVerbs)
            .union(QuietBlameRule.pastHelpers).union(QuietBlameRule.causes).union(RefusalRule.noWords)
            .union(RefusalRule.courtesies).union(AssentRule.complying).union(AssentRule.laughs)
            .union(ScheduledStepRule.markers).union(ScheduledStepRule.occasions)
            .union(ScheduledStepRule.numberWords).union(ScheduledStepRule.spans)
            .union(ScheduledStepRule.receiving).union(DecisionRoleRule.decisionWords).union(
                DecisionRoleRule.timingWords
            )
            .union(RefusedBreachRule.ruleWords).union(BreachShapes.ruleWords)
            .union(ReasoningQuestionRule.ruleWords)
            .union(BasisQuestionRule.ruleWords).union(ValidatedFeelingRule.ruleWords)
            .union(RefusalRule.frontBarred).union(RefusalRule.notPolicies).union(RefusalRule.degrees)
            .union(FairStanceRule.legitimate).union(FairStanceRule.stances).union(FairStanceRule.feeling)
            .union(RefusalRule.disowningVerbs)
            .union(RefusedBreachRule.keepingVerbs).union([
                "unchanged", "untouched", "instead", "rather", "than",
            ])
            .union(QuietBlameRule.owned).union(OnThemRule.places).union(YouKnowRule.certainty)
            .union(["on", "know"])
            .union(RefusalRule.instructing).union(RefusalRule.notRefusals)
            .union(RefusalRule.commentWords).union(RefusalRule.commentedPeople)
            .union(AheadOfLabelRule.labelWords).union(AheadOfLabelRule.evidence).union(
                AheadOfLabelRule.pastWords
            )
            .union(AheadOfLabelRule.lagWords).union(AheadOfLabelRule.viewVerbs).union(
                AheadOfLabelRule.asserting
            )
            .union(TimeAnswerRule.routing).union(TimeAnswerRule.functions)
            .union(["something", "anything", "thing", "mine", "ours"])
            .union(ImpactRule.supposing).union(ImpactRule.mattering).union(ScheduledStepRule.shiftPeople)
            .union(LectureRule.ruleWords).union(ValidatedJabRule.ruleWords).union(OutcomeShrugRule.ruleWords)
    }

    /// The words and their roles.
    static let lexicon: [String: WordRole] = {
        var table: [String: WordRole] = [:]
        func add(_ role: WordRole, _ words: String) {
            for word in words.split(separator: " ") { table[String(word), default: []].insert(role) }
        }
        add(.me, "i")
        add(.meObject, "me myself mine")
        add(.we, "we us")
        add(.you, "you")
        add(.your, "your")
        add(.otherPronoun, "he she they it that this there which who")
        add(.determiner, "the our their his her a an my its some")
        add(
            .party,
            """
            warehouse warehouses plant factory courier couriers driver team specialist calendar outlook \
            system systems software app computer ifu handout chart sheet form forms label labels insert \
            brochure regulatory marketing distribution logistics shipping dispatch education scheduler \
            scheduling desk office lab pharmacy supplier suppliers manufacturer vendor distributor traffic \
            accident weather company corporate management manager boss colleague colleagues rep admin \
            finance billing procurement legal compliance training trainer department fedex ups dhl post \
            invite booking paperwork rota backorder backorders shortage recall recalls network server \
            hq headquarters reception receptionist frontdesk secretary nurse nurses staff hospital \
            service services support depot carrier plan protocol guidelines engineers engineering \
            email emails educator educators cfo ceo coo cno circulator coordinator deck spec specs clerk clerks \
            techs technicians spd notice notices scanner tissue quality people
            """)
        add(
            .auxiliary,
            "will would shall should can could may might must do does did have has had am is are was were be been being going to got gonna need"
        )
        add(.future, "will shall going")
        add(.being, "am is are was were be")
        add(.perfect, "have has")
        add(.ability, "can could able")
        add(
            .adverb,
            """
            really just also already personally still definitely now then actually totally probably \
            even only always quickly happily gladly absolutely literally honestly certainly immediately \
            right straight back myself rather
            """)
        add(.negation, "not never no nothing nobody neither nor without hardly")
        add(
            .mental,
            """
            understand hear know see think feel believe appreciate hope apologize apologise want wish \
            like love thank thanks try guess suppose mean agree realize realise imagine bet doubt \
            assume expect reckon worry care remember forget wonder
            """)
        add(.handOff, "ask tell check pass forward mention see look let refer direct put")
        add(
            .joiner,
            "but so because though although yet while whereas since and or then cause tho bc cos cuz coz")
        add(
            .opener,
            """
            ok okay so well honestly look lol haha yeah yes yep yup sure fine right now actually tbh \
            also oh um er hmm alright and but then plus anyway basically listen yea ya ugh meh welp wait \
            maybe perhaps
            """)
        add(
            .assent,
            """
            ok okay sure fine yeah yes yep yup yea ya deal done alright fair true agreed absolutely \
            certainly definitely totally whatever
            """)
        add(.weakJoiner, "and or then plus")
        add(.objectPronoun, "it them you me him her us")
        add(.recurrence, ScheduledStepRule.markers.sorted().joined(separator: " "))
        add(.condition, "if unless whether")
        add(.hedge, "kinda sorta maybe perhaps possibly kind sort")
        add(
            .person,
            """
            manager boss colleague colleagues someone somebody him her them team rep supervisor director \
            lead partner assistant office he she they doug
            """)
        add(
            .disown,
            "blame blaming pretend pretending excuse excuses defend defending hide hiding deny denying sugarcoat point pointing pass passing lie lying use using make making say saying claim claiming"
        )
        add(.casual, "lol haha hah ha heh lmao probably apparently kinda guess guilty")
        add(
            .hardship,
            """
            awful terrible rotten horrible rough tough hard frustrating stressful infuriating maddening \
            exhausting scary frightening worrying upsetting miserable brutal painful disappointing \
            embarrassing humiliating nightmare disaster mess lousy dreadful unacceptable bad \
            grim nasty draining gutting alarming awkward difficult impossible serious unfair worst heavy \
            pain headache hassle nuisance
            """)
        return table
    }()
}
