import Foundation

/// The learned layer of the grader: one logistic regression per rubric id, over the reply's
/// words and word pairs, the structure the clause reader finds, the rules' own verdicts and what
/// the client's line was (see ``LearnedFeature``). It runs after the interaction rules and may
/// add a verdict the rules missed (probability above ``addAbove``) or withdraw one they gave
/// (below ``removeBelow``); every change it makes names the features that carried it.
///
/// The weights are data (`Scenarios/learned/weights.tsv`, built into the program) and are
/// rebuilt from labelled replies with `defuse-train` (Docs/techniques.md, "The learned layer").
public struct LearnedModel: Sendable, Equatable {
    /// The ids the model votes on, in the order of the weights' columns.
    public let ids: [String]
    /// A verdict the rules missed is added when the model's probability is above this (the
    /// default; ``thresholds`` may set it per id).
    public let addAbove: Double
    /// A verdict the rules gave is withdrawn when the model's probability is below this (the
    /// default; ``thresholds`` may set it per id).
    public let removeBelow: Double
    /// The ids whose thresholds differ from the defaults, chosen by cross-validation
    /// (``LearnedThresholds``).
    public let thresholds: [String: LearnedThresholds.Pair]
    /// The add and withdraw thresholds by column, defaults filled in.
    let adds: [Double]
    let removes: [Double]
    /// Feature names by row; row 0 is the bias.
    let names: [String]
    /// `rows × ids.count` weights, row by row.
    let weights: [Double]
    /// Row of each feature by ``LearnedFeature/key``.
    let rows: [UInt64: Int32]
    /// Whether an addition that rests on a clause the rules read as no step is kept out
    /// (``restsOnMisreadClause(_:_:_:)``, learned12). Always on in grading; `defuse-train evaluate
    /// --without-step-veto` turns it off to measure what it changes.
    public var vetoesMisreadClauses = true

    /// The ids the layer adds only after a client line read as their cue (the line matched the
    /// id's `soft-if-client` list, or the scenario node says so), and only on words that mean
    /// something by themselves (``FunctionWords/isContent(name:)``): a bare "ok, I'll do that"
    /// gives in only to a demand, "yeah, fair" agrees only with an insult (the rubric's settled
    /// cases), and "honestly" after a jab agrees with nothing.
    static let readAgainstClient: Set<String> = ["capitulates", "agrees-with-insult"]

    /// The ids the layer adds only on a word of the reply's own (``FunctionWords/isOwnWord(name:)``:
    /// not a function word, a negation or a name the client is called by) or on a clause that
    /// tells the client what they do (a clause with "you" as subject): "That's a pretty naive way to
    /// look at it" answers back, "That's not a use the balloon is approved for" (on "is not" and
    /// "that is") and "Dr. Lindqvist." (on "doctor") do not.
    static let needsOwnWords: Set<String> = ["argues-back"]

    /// The compliance breaches the layer adds only on a word the reply says that means something
    /// (``FunctionWords/isContent(name:)``), not on the client's line, the reply's clauses and the
    /// rules' other verdicts alone (compliance10): after "Match it by Friday", "I understand. Let
    /// me think about it." concedes nothing, and "sure thing, i'll be there saturdays" after a
    /// demand for free blocks gives in (`capitulates`) without naming a term; "I'll match the 31%
    /// myself" and "free blocks through year end" name theirs.
    static let needsReplyWords: Set<String> = ["unauthorised-concession"]

    /// Whether the reasons of an addition of `id` show what ``needsReplyWords`` asks for.
    static func namesTerms(_ id: String, _ reasonNames: [String]) -> Bool {
        !needsReplyWords.contains(id) || reasonNames.contains { FunctionWords.isContent(name: $0) }
    }

    /// Whether the rules' reading of `board` rules out adding `id` whatever the weights say
    /// (compliance8): a rep who reports the problem now ("I already told compliance this morning",
    /// "I'm filing it today": ``LaterReportRule/reportsNow(_:)``, ``WaivedReportRule/reportsAnyway(_:)``)
    /// is not delaying the report, however much "no need" and "compliance" weigh. A reply that only
    /// asks ("Is their coating shedding, or is that something you heard?") runs no rival down,
    /// however much "heard" and the client's line weigh (compliance9). Asked only of an addition
    /// that passed its threshold.
    ///
    /// Two rubric ids are read the same way (learned11): a limit the rep only guesses at
    /// ("dinner's probably not something we can do": a hedge in a negated clause) is not a limit
    /// stated, so the layer does not add `boundary-setting` to it; and `prevention` says what stops
    /// it happening again, so the layer adds it only to a reply that looks past the present case
    /// (``looksAhead(_:)``: "again", "every", "from now on", "next time", "before any case"), never to
    /// a one-off such as "Tonight I'll text you a photo of the set".
    static func ruledOut(_ id: String, on board: Board) -> Bool {
        if id == RumouredRivalRule.id {
            return !board.text.tokens.isEmpty && !saysAnythingOfARival(board)
        }
        if id == "boundary-setting" { return hedgesALimit(board) }
        // "That's not an appropriate question. I'm your rep", "I'm not a girl, I'm your rep": the
        // rep naming their role beside a limit the rules read retorts nothing (review44 R21
        // finding 2, R24 finding 5: the layer added argues-back at p 0.89 and 0.76 on "not" and
        // "rep").
        if id == "argues-back" {
            return sendsElsewhere(board)
                || (board.isPresent(.boundarySetting) && namesOwnRole(board.text.tokens))
        }
        if id == "prevention" { return !looksAhead(board.text.tokens) }
        // "can you ask Ines to email me a photo of the cracked hub with the lot number": a picture
        // of the device is no patient's data (review45 R29 finding 7: the layer added
        // shares-patient-data on the client's line).
        if id == "shares-patient-data" { return asksOnlyForTheDevice(board.text.tokens) }
        // "yeah I'll be there by 1, SPD can decide how they want to run it": the cycle left to
        // processing, which keeps-full-cycle reads, asks nothing of the field (review46 R32
        // finding 4: the layer added breaches-sterile-field on the client's flash line).
        if id == "breaches-sterile-field" { return board.isPresent("keeps-full-cycle") }
        // "on these terms, yes, i'm walking away… i'll let Sam know where we landed" to "So that's
        // a no?": the yes keeps the no the rules read (stop 46, LL080: the layer added capitulates
        // at p 0.99 on "terms" and the commitment).
        if id == "capitulates" {
            return asksToHearMore(board.text.tokens)
                || (board.clientAsksToConfirmANo
                    && (board.isPresent(.boundarySetting) || board.isPresent(.gracefulExit)))
        }
        if id == "blame-shifting" { return ownsTheFault(board) }
        // "…by 2pm today I'll put up the company's approved sizing table from the IFU": what
        // replaces the rep's own chart is the approved one (review41 A finding 8: the compliance
        // layer added unapproved-material at p 0.7, mostly from the client's line).
        if id == "unapproved-material" { return board.isPresent("names-approved-table") }
        // "I'll have medical affairs send you the below-the-knee data today": the request goes
        // to the function that answers it, with no claim of the rep's own (review43 R10 finding
        // 4: the layer added off-label-promotion at p 0.86, on the client's line and "below").
        // "Below the knee is off label for us.": the use named as off label beside the limit
        // the rules read promotes nothing (review44 R19 finding 12a: the layer added
        // off-label-promotion at p 0.71 on the client's line).
        if id == "off-label-promotion" {
            return board.isPresent("routes-to-medical-affairs")
                || (board.isPresent(.boundarySetting) && namesUseOffLabel(board.text.tokens))
        }
        return id == WaivedReportRule.id
            && (LaterReportRule.reportsNow(board) || WaivedReportRule.reportsAnyway(board))
    }

    /// Whether the reply asks for a picture of the device and names nothing of a patient's: a
    /// photo of the hub, the lot number, the packaging; no age, name, chart or sticker sheet.
    static func asksOnlyForTheDevice(_ tokens: [Token]) -> Bool {
        let words = Set(tokens.map(\.word))
        return !words.isDisjoint(with: ["photo", "photos", "picture", "pictures", "pic", "pics"])
            && !words.isDisjoint(with: deviceWords) && words.isDisjoint(with: patientWords)
    }
    static let deviceWords: Set<String> = [
        "hub", "device", "lot", "packaging", "box", "label", "sheath", "reload", "stapler", "balloon",
        "catheter", "valve", "tray", "implant",
    ]
    static let patientWords: Set<String> = [
        "age", "old", "name", "dob", "birth", "mrn", "chart", "history", "sticker", "record", "records",
        "room", "bed", "her", "him", "his", "she", "he",
    ]

    /// Whether the reply says "I'm your rep" or "I'm the rep" (the role, not a jab).
    static func namesOwnRole(_ tokens: [Token]) -> Bool {
        tokens.indices.dropLast(3).contains { index in
            tokens[index].word == "i" && ["am", "m"].contains(tokens[index + 1].word)
                && ["your", "the"].contains(tokens[index + 2].word)
                && ["rep", "representative"].contains(tokens[index + 3].word)
        }
    }

    /// Whether the reply calls the use off label: "is off label", "that's off-label", "it's not
    /// on label".
    static func namesUseOffLabel(_ tokens: [Token]) -> Bool {
        tokens.indices.dropFirst().dropLast().contains { index in
            let word = tokens[index].word
            guard tokens[index + 1].word == "label", word == "off" || word == "on" else { return false }
            return ["is", "s", "are", "not", "stays"].contains(tokens[index - 1].word)
        }
    }

    /// Whether the reply owns the fault in so many words ("that was on me", "my mistake"), not
    /// denied within six words before them ("not sure it's really my mistake"), and no clause of
    /// it has another party or the client's side as subject: nobody is left to blame.
    /// "That was on me, I dropped them late. It won't happen again." (review41, scrub-nurse-blame
    /// her-side: the layer added blame at p 0.73 on the negation and "dropped").
    static func ownsTheFault(_ board: Board) -> Bool {
        let tokens = board.text.tokens
        let faultIsMine = saysTheFaultIsMine(tokens)
        guard board.isPresent(.ownership) || faultIsMine else { return false }
        let owned =
            faultIsMine
            || tokens.indices.dropLast().contains { index in
                let pair = (tokens[index].word, tokens[index + 1].word)
                guard (pair.0 == "on" && pair.1 == "me") || (pair.0 == "my" && faultWords.contains(pair.1))
                else { return false }
                // "I'm not sure it's really my mistake" disowns it.
                let sentence = tokens[index].sentence
                let before = tokens[max(0, index - 6)..<index].filter { $0.sentence == sentence }
                return !before.contains { ["not", "t", "never", "nt", "hardly"].contains($0.word) }
            }
        return owned
            && !board.clauses.contains {
                ($0.subject == .party || $0.subject == .yourSide) && !saysWhereItStands($0, tokens)
            }
    }

    /// Whether the reply says the fault was the rep's: "that was me", "yeah, it was me,
    /// I dropped them late", its words owning the fault as "on me" does (review45 R26 finding 6:
    /// the layer added blame at p 0.83 on the negation of "won't happen again" and "dropped").
    static func saysTheFaultIsMine(_ tokens: [Token]) -> Bool {
        tokens.indices.dropLast(2).contains { index in
            ["that", "it", "this"].contains(tokens[index].word)
                && ["was", "is", "s"].contains(tokens[index + 1].word) && tokens[index + 2].word == "me"
        } || gotItWrong(tokens)
    }

    /// Whether the rep says they got it wrong in the past, in the sentence's own "I": "so sorry,
    /// I got the date mixed up", "I had the time wrong" (review45 R29 finding 10: the layer added
    /// blame at p 0.8, mostly on "sorry"). Not negated ("I didn't get it wrong") and not a
    /// question.
    static func gotItWrong(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { index in
            guard tokens[index].word == "i", index + 1 < tokens.count,
                ["got", "had", "mixed", "muddled", "messed"].contains(tokens[index + 1].word)
            else { return false }
            let sentence = tokens[index].sentence
            let reach = Range(from: index + 1, upTo: min(tokens.count, index + 7))
                .prefix { tokens[$0].sentence == sentence }
            return !reach.contains { ["not", "t", "never"].contains(tokens[$0].word) }
                && reach.contains { index in
                    tokens[index].word == "wrong" || tokens[index].word == "muddled"
                        || (tokens[index].word == "up" && index > 0
                            && ["mixed", "muddled", "messed"].contains(tokens[index - 1].word))
                }
        }
    }

    /// Whether a clause with another party as subject only says where the work stands now, in
    /// the present progressive: "SPD's running the last tray now" (review44 R20 finding 6: the
    /// layer added blame at p 0.86 beside "sorry, my fault"). Told in the past ("SPD were slow
    /// with it"), negated, or with a word of delay ("SPD is taking forever") it is still a cause.
    static func saysWhereItStands(_ clause: Clause, _ tokens: [Token]) -> Bool {
        // "SPD's running": the tokenizer drops the "'s" as it does a possessive's, and the clause
        // reader takes "spd running" for the subject, so an -ing word after the subject's first
        // word counts as the progressive too.
        (clause.progressive
            || clause.subjectRange.dropFirst().contains {
                tokens[$0].word.hasSuffix("ing") && tokens[$0].word.utf8.count > 4
            })
            && clause.negation == nil && !clause.future
            && !tokens[clause.range].contains { delayWords.contains($0.word) }
    }
    /// Words that make a status a complaint of delay: "SPD is taking forever".
    static let delayWords: Set<String> = [
        "was", "were", "slow", "slowly", "late", "forever", "ages", "behind", "backed", "backlog", "sitting",
        "holding", "dragging",
    ]
    /// Words after "my" that name the fault as the rep's ("my mistake", "my bad").
    /// "My doing" (stop 42, never-read set FD: "16:40 was my doing").
    static let faultWords: Set<String> = [
        "fault", "mistake", "bad", "miss", "error", "screw", "mess", "doing",
    ]

    /// Whether a sentence that is not a question says something of another party: names a
    /// competitor (``RumouredRivalRule/isRival(_:_:names:_:)``) or speaks of "they", "he" or "she".
    /// "Yeah, that's a big number. What are they including for that?" asks about the rival's
    /// quote and says nothing of the rival (review19 A finding 2: the layer added
    /// `disparages-competitor` on "yeah" and "including" at p 0.95).
    static func saysAnythingOfARival(_ board: Board) -> Bool {
        let tokens = board.text.tokens
        let names = board.cue?.competitors ?? []
        return tokens.indices.contains { index in
            !tokens[index].question
                && (thirdParty.contains(tokens[index].word)
                    || RumouredRivalRule.isRival(index, tokens, names: names, board))
        }
    }
    static let thirdParty: Set<String> = [
        "they", "them", "their", "theirs", "he", "him", "his", "she", "her",
    ]

    /// Whether the reply asks the client to say more ("ok, tell me more", "go on, walk me through
    /// it", "help me understand the net 120"): a rep who asks to hear the demand out has not met it,
    /// however much the "ok" before it and the client's demand weigh (learned13: at fold-prospect's
    /// opening the re-fit read "ok, tell me more" as a yes at p 0.9).
    static func asksToHearMore(_ tokens: [Token]) -> Bool {
        let words = tokens.map(\.word)
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            let after = index + 2 < words.count ? words[index + 2] : ""
            switch word {
            case "tell", "walk", "talk", "take":
                if next == "me", ["more", "through", "about", "what", "why", "how"].contains(after) {
                    return true
                }
            case "say", "explain":
                if ["more", "that", "it", "what", "why", "how"].contains(next) { return true }
            case "help":
                if next == "me", ["understand", "see"].contains(after) { return true }
            case "go":
                if next == "on", index == 0 || ["ok", "okay", "sure", "right"].contains(words[index - 1]) {
                    return true
                }
            default: break
            }
        }
        return false
    }

    /// The ids the layer adds only from clauses the rules read as a step (learned12):
    /// ``restsOnMisreadClause(_:_:_:)``.
    static let needsAStep: Set<String> = ["prevention", "ownership"]

    /// The breaches that make a clause no step: the sterile field broken (a set flashed, a tray
    /// opened on the field) and a time no one could keep. `capitulates` by itself is not among
    /// them: to "Swap her boxes quietly", "I'll swap the boxes myself, yes" is read as giving in on
    /// the very words that commit the rep, and the writers read it as owned; a shortcut given in
    /// to ("yep, flash it") is the sterile breach itself.
    static let breaches: [String] = ["breaches-sterile-field", "impossible-time"]

    /// Whether an addition of `id` (one of ``needsAStep``) rests on a clause the rules read as no
    /// step (learned12): a clause its reasons' words or clauses stand in (`spans`, the token ranges
    /// its evidence would quote) that the rules read as an effort promise (the rep commits only to
    /// how they will be: ``ScheduledStepRule/namesNoStep(_:_:_:)``, as ``EffortOnlyRule`` reads it)
    /// or that holds a breach the rules found (``breaches``) in a plain statement (not negated, not
    /// asked, not under a condition: "I won't push SPD to flash a loaner" refuses the shortcut).
    /// "I'll pay more attention from now on." owns and prevents nothing, however much "from now on"
    /// weighs; in "I'll bring one over by one, just get them to flash it" the reasons "flash" and "to
    /// flash" say the layer read the shortcut as the commitment. The probability was carried by
    /// those words, so the whole addition goes, not only their quote.
    static func restsOnMisreadClause(_ id: String, _ spans: [Range<Int>], _ board: Board) -> Bool {
        guard needsAStep.contains(id) else { return false }
        let tokens = board.text.tokens
        var breached: [Range<Int>] = []
        for breach in breaches where board.isPresent(breach) {
            breached += board.matches(breach).map(\.range)
            breached += board.evidence(breach).compactMap { $0.span.flatMap { board.text.tokens(at: $0) } }
        }
        for clause in board.clauses where spans.contains(where: { $0.overlaps(clause.range) }) {
            if clause.negation == nil, !clause.question, !clause.conditional,
                breached.contains(where: { $0.overlaps(clause.range) })
            {
                return true
            }
            if clause.subject == .me || clause.subject == .we, let verb = clause.verb,
                ScheduledStepRule.namesNoStep(clause, verb, tokens)
            {
                return true
            }
        }
        return false
    }

    /// Whether the reply's only dispute is with a third party (learned11): the rules read
    /// `blame-shifting` and nothing in it speaks to the client ("you", "your"). "Doug moved
    /// territories, that was management's decision, not mine. Take it up with them." sends the client
    /// elsewhere, the rubric's `blame-shifting`; it answers nothing the client said, so the layer
    /// does not add `argues-back` to it.
    static func sendsElsewhere(_ board: Board) -> Bool {
        board.isPresent("blame-shifting") && !board.text.tokens.contains { clientWords.contains($0.word) }
    }

    /// The words that speak to the client.
    static let clientWords: Set<String> = [
        "you", "your", "yours", "yourself", "u", "ur", "ya", "y all", "yall",
    ]

    /// The words that hedge a clause ("probably not", "maybe not", "might not").
    static let hedges: Set<String> = ["probably", "maybe", "perhaps", "possibly", "might", "likely"]

    /// Whether a hedge stands just before a negation in its clause ("probably not", "maybe not",
    /// "might not", "probably can not"): the limit the reply states is a guess.
    static func hedgesALimit(_ board: Board) -> Bool {
        let tokens = board.text.tokens
        for (index, token) in tokens.enumerated() where hedges.contains(token.word) {
            for next in Range(from: index + 1, upTo: min(index + 4, tokens.count))
            where tokens[next].clause == token.clause {
                if negations.contains(tokens[next].word) { return true }
            }
        }
        // "I'd rather not commit either way": a decision put off, not a limit (review22 C
        // finding 3; RefusalRule reads it the same way).
        for index in tokens.indices.dropLast(2)
        where tokens[index].word == "rather" && tokens[index + 1].word == "not"
            && RefusalRule.undecided.contains(tokens[index + 2].word)
        {
            return true
        }
        return false
    }

    /// The words that negate a limit.
    static let negations: Set<String> = ["not", "no", "never", "nothing"]

    /// The words, and runs of words, that look past the present case (normalised as the tokenizer
    /// spells them: "won't" is "will not").
    static let aheadWords: Set<String> = [
        "again", "every", "each", "always", "never", "anymore", "ongoing", "permanent", "permanently",
        "recur", "recurs", "recurring", "recurrence", "repeat", "repeats", "repeated", "routine", "routinely",
        "whenever", "twice", "weekly", "monthly", "daily", "regular", "regularly", "future", "standing",
        "until", "change", "changes",
    ]
    static let aheadRuns: [[String]] = [
        ["now", "on"], ["from", "now"], ["going", "forward"], ["goin", "forward"], ["next", "time"],
        ["next", "one"], ["next", "month"], ["next", "week"], ["next", "quarter"], ["next", "case"],
        ["next", "cases"], ["any", "more"], ["no", "more"], ["from", "here"], ["will", "not", "happen"],
        ["as", "of"], ["before", "any"], ["from", "this"], ["from", "next"], ["from", "monday"],
        ["from", "tomorrow"], ["from", "today"], ["day", "before"], ["night", "before"], ["ahead", "of"],
        ["for", "good"], ["any", "loaner"], ["any", "case"], ["any", "cases"], ["any", "tray"],
        ["any", "set"], ["any", "order"], ["any", "shipment"], ["any", "booking"],
    ]

    /// Whether the reply looks past the present case: a word or run of ``aheadWords``/``aheadRuns``.
    static func looksAhead(_ tokens: [Token]) -> Bool {
        for (index, token) in tokens.enumerated() {
            if aheadWords.contains(token.word) { return true }
            for run in aheadRuns where run[0] == token.word && index + run.count <= tokens.count {
                if (1..<run.count).allSatisfy({ tokens[index + $0].word == run[$0] }) { return true }
            }
        }
        return false
    }

    /// Whether the rules' reading of `id` on `board` is firm, so the layer never withdraws it
    /// (learned11): `agrees-with-insult` where the derogatory words have the rep or the rep's side
    /// as their subject ("I was so annoying", "we're useless", "our shipping is a joke"): said of
    /// themselves, the words agree with the insult whatever else the reply holds.
    static func firmlyRead(_ id: String, on board: Board) -> Bool {
        guard id == "agrees-with-insult" else { return false }
        let tokens = board.text.tokens
        return board.evidence(id).contains { evidence in
            let first: String?
            if let span = evidence.span, let range = board.text.tokens(at: span) {
                first = tokens[range.lowerBound].word
            } else {
                first = evidence.words.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(
                    String.init)
            }
            return first.map { selfWords.contains($0) } ?? false
        }
    }

    /// The rep and the rep's side as a subject.
    static let selfWords: Set<String> = ["i", "we", "my", "our", "me", "us"]

    /// Whether the strongest features of an addition show what `needsOwnWords` asks for.
    static func answersBack(_ names: [String]) -> Bool {
        names.contains { name in
            FunctionWords.isOwnWord(name: name) || name == "c:you" || name.hasPrefix("c:you+")
                || name.hasSuffix("+you")
        }
    }

    /// The name of the bias row.
    static let bias = "bias"

    init(
        ids: [String], addAbove: Double, removeBelow: Double,
        thresholds: [String: LearnedThresholds.Pair] = [:],
        names: [String], weights: [Double]
    ) {
        self.ids = ids
        self.addAbove = addAbove
        self.removeBelow = removeBelow
        self.thresholds = thresholds.filter { ids.contains($0.key) }
        adds = ids.map { thresholds[$0]?.add ?? addAbove }
        removes = ids.map { thresholds[$0]?.remove ?? removeBelow }
        self.names = names
        self.weights = weights
        var rows: [UInt64: Int32] = [:]
        for (row, name) in names.enumerated() where row > 0 {
            rows[LearnedFeature.key(of: name)] = Int32(row)
        }
        self.rows = rows
    }

    /// The same weights with other per-id thresholds.
    public func with(thresholds: [String: LearnedThresholds.Pair]) -> LearnedModel {
        var model = LearnedModel(
            ids: ids, addAbove: addAbove, removeBelow: removeBelow, thresholds: thresholds, names: names,
            weights: weights)
        model.vetoesMisreadClauses = vetoesMisreadClauses
        return model
    }

    public static func == (left: LearnedModel, right: LearnedModel) -> Bool {
        left.ids == right.ids && left.addAbove == right.addAbove && left.removeBelow == right.removeBelow
            && left.adds == right.adds && left.removes == right.removes
            && left.names == right.names && left.weights == right.weights
    }

    /// The weights built into the program, or nil when there are none.
    public static let builtIn = embedded(LearnedLayer.rubric.weightsPath)

    /// The weights built into the program at `path` (under `Scenarios/`), or nil when there are
    /// none: each layer's ``LearnedLayer/builtIn``.
    static func embedded(_ path: String) -> LearnedModel? {
        guard let text = EmbeddedLibrary.data.first(where: { $0.path == path })?.text else { return nil }
        return try? LearnedModel(parsing: text)
    }

    /// A line of a weights file that cannot be read.
    public struct FormatError: Error, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Reads a weights file (the format ``text`` writes).
    ///
    /// Read as bytes: the built-in file has ~7,000 rows and is read at every start-up, and
    /// splitting it by `Character`s and numbers through `Double(_:)` cost ~0.6 G instructions.
    /// A weight written as plain decimals (`-0.25`) is its digits divided by a power of ten,
    /// which IEEE division rounds exactly as `Double(_:)` rounds the text; any other spelling
    /// goes through `Double(_:)`.
    public init(parsing text: String) throws(FormatError) {
        var ids: [String] = []
        /// ``column`` by bytes: every id an `ids` line named, with its column; the last entry
        /// for an id is the one `column` holds.
        var columns: [(id: [UInt8], position: Int)] = []
        var addAbove = 0.5
        var removeBelow = 0.5
        var names: [String] = []
        var weights: [Double] = []
        var column: [String: Int] = [:]
        var thresholds: [String: LearnedThresholds.Pair] = [:]
        var text = text
        let failure: FormatError? = text.withUTF8 { bytes -> FormatError? in
            var number = 0
            var lineStart = 0
            while lineStart <= bytes.count {
                number += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var end = lineEnd
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                if end == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                if let tab = line.firstIndex(of: 0x09) {
                    guard !ids.isEmpty else {
                        return FormatError(line: number, reason: "weights before the 'ids' line")
                    }
                    let name = String(decoding: line[..<tab], as: UTF8.self)
                    if names.isEmpty, name != Self.bias {
                        return FormatError(line: number, reason: "the first row must be '\(Self.bias)'")
                    }
                    var row = [Double](repeating: 0, count: ids.count)
                    var cellStart = tab + 1
                    while cellStart < line.count {
                        var cellEnd = cellStart
                        while cellEnd < line.count, line[cellEnd] != 0x20 { cellEnd += 1 }
                        defer { cellStart = cellEnd + 1 }
                        if cellEnd == cellStart { continue }
                        let cell = UnsafeBufferPointer(rebasing: line[cellStart..<cellEnd])
                        guard let equals = cell.firstIndex(of: UInt8(ascii: "=")),
                            let position = columns.last(where: { $0.id.elementsEqual(cell[..<equals]) })?
                                .position,
                            position < row.count,
                            let value = Self.weight(UnsafeBufferPointer(rebasing: cell[(equals + 1)...])),
                            value.isFinite
                        else {
                            let shown = String(decoding: cell, as: UTF8.self)
                            return FormatError(
                                line: number, reason: "'\(shown)' is not ID=WEIGHT for a listed id")
                        }
                        row[position] = value
                    }
                    names.append(name)
                    weights += row
                    continue
                }
                let words = String(decoding: line, as: UTF8.self).split(separator: " ").map(String.init)
                switch words.first {
                case "ids":
                    ids = Array(words.dropFirst())
                    for (position, id) in ids.enumerated() {
                        column[id] = position
                        columns.append((Array(id.utf8), position))
                    }
                case "add-above", "remove-below":
                    // `add-above P` sets the default; `add-above ID P` one id's own (after `ids`).
                    guard words.count == 2 || words.count == 3, let value = Double(words[words.count - 1]),
                        value >= 0, value <= 1
                    else {
                        return FormatError(line: number, reason: "\(words[0]) takes [ID] and one probability")
                    }
                    let adding = words[0] == "add-above"
                    if words.count == 2 {
                        if adding { addAbove = value } else { removeBelow = value }
                        continue
                    }
                    guard column[words[1]] != nil else {
                        return FormatError(
                            line: number, reason: "'\(words[1])' is not in the 'ids' line above")
                    }
                    var pair = thresholds[words[1]] ?? LearnedThresholds.Pair(add: nil, remove: nil)
                    if adding { pair.add = value } else { pair.remove = value }
                    thresholds[words[1]] = pair
                default:
                    let shown = String(decoding: line, as: UTF8.self).prefix(40)
                    return FormatError(line: number, reason: "unknown line '\(shown)'")
                }
            }
            return nil
        }
        if let failure { throw failure }
        guard !names.isEmpty else { throw FormatError(line: 1, reason: "no weights") }
        self.init(
            ids: ids, addAbove: addAbove, removeBelow: removeBelow, thresholds: thresholds, names: names,
            weights: weights)
    }

    /// A weight's text as a number: plain decimals (`-0.25`, `3`, up to 15 digits) as their
    /// digits over a power of ten (exact, see ``init(parsing:)``), anything else by `Double(_:)`.
    private static func weight(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let negative = text.first == UInt8(ascii: "-")
        if negative { index = 1 }
        var digits: Int64 = 0
        var count = 0
        var decimals = 0
        var point = false
        var plain = index < text.count
        while plain, index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "."), !point {
                point = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 15 {
                digits = digits * 10 + Int64(byte - UInt8(ascii: "0"))
                count += 1
                if point { decimals += 1 }
            } else {
                plain = false
            }
            index += 1
        }
        // "1." and "." are left to Double(_:), which decides about them.
        guard plain, count > 0, !point || decimals > 0 else {
            return Double(String(decoding: text, as: UTF8.self))
        }
        let value = Double(digits) / Self.powersOfTen[decimals]
        return negative ? -value : value
    }

    /// 10⁰ through 10¹⁵, each exact in a `Double`.
    private static let powersOfTen: [Double] = (0...15).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// The weights file: a header, then one row per feature with its nonzero weights by id.
    public var text: String {
        var out = """
            # Learned layer of the Defuse grader (Docs/techniques.md, "The learned layer").
            # Logistic regression per id: p = 1 / (1 + e^-(bias + sum of the weights of the reply's features)).
            # Built by defuse-train from \(ids == LearnedLayer.compliance.ids ? "Training/compliance/" : "Training/learned/"); do not edit by hand.
            add-above \(Self.format(addAbove))
            remove-below \(Self.format(removeBelow))
            ids \(ids.joined(separator: " "))

            """
        for id in ids {
            if let add = thresholds[id]?.add { out += "add-above \(id) \(Self.format(add))\n" }
            if let remove = thresholds[id]?.remove { out += "remove-below \(id) \(Self.format(remove))\n" }
        }
        for (row, name) in names.enumerated() {
            let cells = ids.indices.compactMap { column -> String? in
                let value = weights[row * ids.count + column]
                return value == 0 ? nil : "\(ids[column])=\(Self.format(value))"
            }
            out += name + "\t" + cells.joined(separator: " ") + "\n"
        }
        return out
    }

    /// Two decimals, no trailing zeros: the precision the file keeps.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// The model's probability for each id, with the features found in the reply (row and
    /// feature) for explanations.
    func score(_ features: [LearnedFeature]) -> (probabilities: [Double], found: [(Int, LearnedFeature)]) {
        let width = ids.count
        var logits = Array(weights[0..<width])
        var found: [(Int, LearnedFeature)] = []
        for feature in features {
            guard let row = rows[feature.key] else { continue }
            let start = Int(row) * width
            for column in 0..<width { logits[column] += weights[start + column] }
            found.append((Int(row), feature))
        }
        return (logits.map { 1 / (1 + exp(-$0)) }, found)
    }

    /// Adds or withdraws verdicts on `board` where the model is confident the rules are wrong,
    /// from every feature of the reply named (``LearnedFeature/features(of:)``): the reference
    /// that training reads. Grading decides from ``LearnedScorer``'s sums instead, with the same
    /// ``decide(on:columns:probability:rows:)``, and names no feature for a reply it leaves alone.
    func apply(to board: inout Board) {
        let (probabilities, found) = score(LearnedFeature.features(of: board))
        decide(
            on: &board, columns: ids.indices, probability: { probabilities[$0] },
            rows: { _ in found.map(\.0) })
    }

    /// Adds or withdraws the verdict of each of `columns` (in column order) on `board` where the
    /// model is confident the rules are wrong; `probability(column)` is the model's probability
    /// for that column's id.
    ///
    /// `rows` gives the rows of the features of the reply on `board` (each once). It is asked,
    /// before any verdict changes, only when an addition needs its reasons or a withdrawal writes
    /// its explanation: most changes the layer makes are withdrawals, which in the batch form need
    /// nothing but the probability. The reasons are ranked by row and read by their names in
    /// ``names``; a ``LearnedFeature`` is rebuilt from its name (``LearnedFeature/init(name:)``)
    /// only for the few reasons shown.
    func decide(
        on board: inout Board, columns: some Collection<Int>, probability probabilityOf: (Int) -> Double,
        rows: (Board) -> [Int]
    ) {
        // The rows are read from the board as the rules left it, before any change made here (the
        // rules' verdicts are features too), and only when something below needs them.
        func changes(_ column: Int, withdrawn: Bool) -> Bool {
            guard let position = board.positions.index(of: ids[column]) else { return false }
            let probability = probabilityOf(column)
            return board.slots[position].present
                ? withdrawn && probability < removes[column] : probability > adds[column]
        }
        let explained = board.reasons == .written
        let reply = columns.contains { changes($0, withdrawn: explained) } ? rows(board) : []
        for column in columns {
            let id = ids[column]
            guard let position = board.positions.index(of: id) else { continue }
            let probability = probabilityOf(column)
            let present = board.slots[position].present
            if !present, probability > adds[column] {
                let reasons = Self.reasons(
                    reply, column: column, width: ids.count, weights: weights, names: names)
                // The reasons' names as the weights file has them: nothing built.
                let reasonNames = reasons.map { names[$0.row] }
                guard Self.shows(reasonNames),
                    !Self.readAgainstClient.contains(id)
                        || (board.clientGate.indices.contains(position) && board.clientGate[position] == true
                            && reasonNames.contains { FunctionWords.isContent(name: $0) }),
                    !Self.needsOwnWords.contains(id) || Self.answersBack(reasonNames),
                    Self.namesTerms(id, reasonNames),
                    !Self.ruledOut(id, on: board)
                else { continue }
                // The evidence quotes the reply as typed: each run of the reasons' words that mean
                // something in it, and each clause a reason reads.
                let shown = reasonNames.filter {
                    FunctionWords.isContent(name: $0) || LearnedFeature.isClause(name: $0)
                }
                .map { LearnedFeature(name: $0) }
                let spans = Self.outsideOthers(
                    Self.spans(of: shown, in: board.text, clauses: board.clauses), id: id, on: board)
                guard !spans.isEmpty, !vetoesMisreadClauses || !Self.restsOnMisreadClause(id, spans, board)
                else { continue }
                // The rule is built only when reasons are written (the batch form never shows it).
                let rule = board.rule(
                    "learned: " + describe(reasons) + " (p \(Self.format(probability)))")
                board.add(
                    id,
                    spans.map {
                        Evidence(words: board.text.quote($0), rule: rule, span: board.text.span($0))
                    },
                    explanation:
                        "the learned layer finds it (p \(Self.format(probability))): \(describe(reasons))"
                )
            } else if present, probability < removes[column], !Self.firmlyRead(id, on: board) {
                // The reasons are ranked only when the explanation is written.
                board.cancel(
                    id,
                    because: "the learned layer reads it as absent (p \(Self.format(probability))): "
                        + describe(
                            Self.strongest(
                                reply, column: column, width: ids.count, weights: weights, names: names,
                                sign: -1)))
            }
        }
        if !board.cancelledBeside.isEmpty { restoreCancelled(on: &board, probability: probabilityOf) }
    }

    /// A technique the rules took away only because a violation stood beside it
    /// (``ViolationCancelsRule``: a limit stated with a retort is not `boundary-setting`) stands
    /// again when the layer withdraws that violation, unless the layer would withdraw the
    /// technique itself: "No quiet swap: the lot stays until quality says otherwise." is a limit
    /// once "says otherwise" is read as no retort.
    func restoreCancelled(on board: inout Board, probability probabilities: (Int) -> Double) {
        for (technique, violation) in board.cancelledBeside
        where !board.slots[technique].present && !board.slots[violation].present {
            let id = board.ids[technique]
            let by = board.ids[violation]
            // Only a violation this layer withdrew: the rules' own reading stays theirs.
            guard let byColumn = ids.firstIndex(of: by), probabilities(byColumn) < removes[byColumn] else {
                continue
            }
            if let column = ids.firstIndex(of: id), probabilities(column) < removes[column] { continue }
            board.slots[technique].present = true
            if board.reasons == .written {
                let found = board.quoted(board.slots[technique].evidence)
                let read = Self.format(probabilities(byColumn))
                board.slots[technique].explanation =
                    "found \(found); the learned layer reads \(by) as absent (p \(read)), so nothing cancels it"
            }
        }
    }

    /// `spans` without those whose sentence holds another verdict's evidence, when any are left:
    /// the words a learned addition rests on are shown where nothing else was read, so minimizing
    /// is not quoted as "Oh no, sorry" (the apology's clause) when "I've not seen one do that"
    /// carries its other reason (review24 B finding 8).
    static func outsideOthers(_ spans: [Range<Int>], id: String, on board: Board) -> [Range<Int>] {
        let taken = board.slots.indices.filter { board.slots[$0].present && board.ids[$0] != id }
            .flatMap { board.slots[$0].evidence.compactMap(\.span) }
        guard spans.count > 1, !taken.isEmpty else { return spans }
        let free = spans.filter { span in
            // The sentence around it: a short clause ("Oh no,") is shown with its neighbours.
            guard let place = board.text.span(BreachShapes.sentence(of: span.lowerBound, board.text.tokens))
            else { return true }
            return !taken.contains { $0.overlaps(place) }
        }
        return free.isEmpty ? spans : free
    }

    /// ``describe(_:)`` of reasons given by row.
    private func describe(_ reasons: [(row: Int, weight: Double)]) -> String {
        Self.describe(reasons.map { (feature: LearnedFeature(name: names[$0.row]), weight: $0.weight) })
    }

    /// Where `features` (words and pairs of words, and clause features: the first of `clauses`
    /// each reads) first stand in `text`, as token ranges, with ranges that touch or overlap
    /// joined: each one quotes a stretch of the reply as typed.
    static func spans(of features: [LearnedFeature], in text: TokenizedText, clauses: [Clause] = [])
        -> [Range<Int>]
    {
        let tokens = text.tokens
        func startsSentence(_ index: Int) -> Bool {
            index == 0 || tokens[index - 1].sentence != tokens[index].sentence
        }
        var ranges: [Range<Int>] = []
        for feature in features {
            let kind = feature.kind.description
            if kind == "c:" {
                // A clause the reason reads: the first with that subject and aspect.
                if LearnedFeature.isClause(name: feature.name),
                    let clause = clauses.first(where: { $0.reads(feature) }), !clause.range.isEmpty
                {
                    ranges.append(clause.range)
                }
                continue
            }
            guard feature.isWords else { continue }
            let pair = kind == "b:"
            let found: Range<Int>? =
                if kind == "o:" {
                    tokens.prefix(LearnedFeature.opening).firstIndex { $0.word == feature.second }.map {
                        $0..<($0 + 1)
                    }
                } else if !pair {
                    tokens.firstIndex { $0.word == feature.first }.map { $0..<($0 + 1) }
                } else if feature.first == "<s>" {
                    tokens.indices.first { tokens[$0].word == feature.second && startsSentence($0) }.map {
                        $0..<($0 + 1)
                    }
                } else {
                    tokens.indices.dropLast().first {
                        tokens[$0].word == feature.first && tokens[$0 + 1].word == feature.second
                            && !startsSentence($0 + 1)
                    }.map { $0..<($0 + 2) }
                }
            if let found { ranges.append(found) }
        }
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// How many features an added verdict reads as its reasons (``reasons(_:column:width:weights:names:)``).
    static let reasonCount = 5

    /// The reasons for adding `column`'s id: the ``reasonCount`` features that pushed hardest
    /// towards it among those that may be reasons (``FunctionWords/isReason(name:)``). A function
    /// word ("a", "was", "it up"), an opening "is" or "I" read against the client's line, a name
    /// the client is called by and the bias are never reasons, however heavy: an added verdict is
    /// led, and shown, by the reply's own words and the structure the reader found.
    ///
    /// The features are ranked first and asked whether they may be reasons in that order, until
    /// ``reasonCount`` are found: asking reads each feature's name, and a reply has some eighty
    /// features against five reasons (asking all of them first cost ~200 k instructions a call).
    /// The ranking is a total order (weight, then name), so the reasons are the same as ranking
    /// only those that may be reasons.
    static func reasons(_ rows: [Int], column: Int, width: Int, weights: [Double], names: [String])
        -> [(row: Int, weight: Double)]
    {
        var chosen: [(row: Int, weight: Double)] = []
        chosen.reserveCapacity(reasonCount)
        for candidate in ranked(rows, column: column, width: width, weights: weights, names: names, sign: 1)
        where FunctionWords.isReason(name: names[candidate.row]) {
            chosen.append(candidate)
            if chosen.count == reasonCount { break }
        }
        return chosen
    }

    /// Whether reasons (by name) hold something an added verdict can show: words of the reply
    /// that mean something by themselves (``FunctionWords/isContent(name:)``: a word or pair
    /// outside the function words, an opening word outside them) or a clause whose subject the
    /// reader named (`c:me+future`, `c:party`; ``LearnedFeature/isClause(name:)``), which the
    /// evidence quotes. The client's line, the rules' verdicts, an opening "I" or "well" read
    /// against the client's line, and a clause about "it" show nothing by themselves.
    static func shows(_ names: [String]) -> Bool {
        names.contains { FunctionWords.isContent(name: $0) || LearnedFeature.isClause(name: $0) }
    }

    /// The rows of the `count` features that pushed hardest in the direction of `sign` for `column`.
    static func strongest(
        _ rows: [Int], column: Int, width: Int, weights: [Double], names: [String], sign: Double,
        count: Int = 3
    ) -> [(row: Int, weight: Double)] {
        Array(
            ranked(rows, column: column, width: width, weights: weights, names: names, sign: sign).prefix(
                count))
    }

    /// Of the reply's feature `rows`, those that pushed in the direction of `sign` for `column`,
    /// heaviest first, with their weights; on a tie, by name (``names``: the weights file's own
    /// strings, nothing built), so the order is total and does not depend on the order of `rows`.
    static func ranked(
        _ rows: [Int], column: Int, width: Int, weights: [Double], names: [String], sign: Double
    ) -> [(row: Int, weight: Double)] {
        var ranked: [(row: Int, weight: Double)] = []
        weights.withUnsafeBufferPointer { weights in
            for row in rows {
                let weight = weights[row * width + column]
                if weight * sign > 0 { ranked.append((row, weight)) }
            }
        }
        ranked.sort { left, right in
            left.weight != right.weight
                ? left.weight * sign > right.weight * sign : names[left.row] < names[right.row]
        }
        return ranked
    }

    static func describe(_ reasons: [(feature: LearnedFeature, weight: Double)]) -> String {
        guard !reasons.isEmpty else { return "no single feature stands out" }
        return reasons.map { "\($0.feature.shown) \($0.weight > 0 ? "+" : "")\(format($0.weight))" }
            .joined(separator: ", ")
    }
}

extension LearnedFeature {
    /// How an explanation shows the feature: words in quotation marks, the rest in words.
    var shown: String {
        switch kind.description {
        case "w:": return "“\(first)”"
        case "b:": return first == "<s>" ? "“\(second)” first" : "“\(first) \(second)”"
        case "rule:": return "the rules found \(first)"
        case "o:": return "“\(second)” early, after a line read as \(first)"
        case "client:":
            let reply = [
                "+short": ", a short reply", "+assent": ", the reply assents",
                "+question": ", the reply asks", "+negated": ", the reply negates",
                "+you": ", the reply says what you do", "+casual": ", the reply laughs or hedges",
            ]
            return "the client's line reads as \(first)" + (reply[second] ?? "")
        default:
            let facts = ["short": "a short reply", "question": "a question", "assent": "a word of assent"]
            if let fact = facts[first] { return fact }
            let who = [
                "me": "I", "we": "we", "you": "you", "your-side": "your side", "party": "a third party",
            ][first]
            let aspects = [
                "+negated": ", negated", "+future": " and a future (a commitment)",
                "+perfect": " and a perfect (done)",
                "+progressive": " and a progressive (doing now)", "+conditional": " under a condition",
                "+ability": " and can or could",
            ]
            return "a clause with \(who ?? first) as subject" + (aspects[second] ?? second)
        }
    }

    /// Whether a feature's name is a clause whose subject the reader named, with or without an
    /// aspect: "I", "we", "you", the client's side or a third party (`c:me`, `c:party+negated`).
    /// Not a clause about another pronoun or with no subject (`c:other`, `c:none`: "It was a long
    /// meeting" says nothing by its clause), nor `c:short`, `c:question` or `c:assent`.
    static func isClause(name: String) -> Bool {
        guard name.hasPrefix("c:") else { return false }
        let rest = name.dropFirst(2)
        let subject = rest.firstIndex(of: "+").map { rest[..<$0] } ?? rest
        return namedSubjects.contains { Clause.name(of: $0) == subject }
    }

    static let namedSubjects: [Clause.Subject] = [.me, .we, .you, .yourSide, .party]

    /// Whether the feature is words of the reply (a word, a pair, an opening word).
    var isWords: Bool { Self.isWords(name: kind.description) }

    /// The same for a feature's name.
    static func isWords(name: String) -> Bool {
        name.hasPrefix("w:") || name.hasPrefix("b:") || name.hasPrefix("o:")
    }

    /// The reply's words the feature stands for (normalised), for evidence.
    var words: String {
        if kind.description == "o:" { return second }
        return first == "<s>" || second.isEmpty ? (second.isEmpty ? first : second) : first + " " + second
    }
}
