/// A time inside a recurring step belongs to `prevention`, not to `decisive-action`: "I'll send
/// you stock levels every Monday by 9", "from now on every loaner of mine will be at SPD by noon
/// the day before", "I confirm every in-service with you 48 hours before". The step's clock says
/// when a routine runs, not when this problem is fixed, so a decisive action whose words sit in
/// a sentence that schedules a routine does not count.
///
/// The same sentence, when it commits to something (the rep, the company, or "you'll get…"), is
/// the concrete step that stops a recurrence the rubric calls `prevention`, whatever its verbs:
/// "Starting next Monday you'll get a stock report on every lead by 9 am every Monday". Only
/// where the client raised a problem (a demand met with "I'll cover two Saturdays each week" is
/// a bargain, not prevention).
///
/// A third reading is about stepping out (`graceful-exit`): the follow-up an exit names ("my
/// manager will call you this afternoon", "I'll send you a note in the morning") is part of the
/// exit. Beside an exit, a decisive action needs a clock or a number of its own ("I'll email you
/// the delivery time by 5").
struct ScheduledStepRule: GradingRule {
    func apply(to board: inout Board) {
        guard
            board.text.infos.contains(where: { $0.roles & WordRole.recurrence.rawValue != 0 })
                || board.isPresent(.gracefulExit)
        else { return }
        let recurring = Self.recurringSentences(board.text)
        if !recurring.isEmpty {
            dropRecurringActions(&board, recurring)
            addPrevention(&board, recurring)
        }
        if board.isPresent(.gracefulExit) { keepTimedActions(&board) }
    }

    /// The sentences that schedule a routine: "every Monday", "each shipment", "from now on",
    /// "going forward", "next time", "the day before", "weekly".
    static func recurringSentences(_ text: TokenizedText) -> Set<Int> {
        recurringSentences(text.tokens) { markerWords.contains($0, in: text) }
    }

    /// ``recurringSentences(_:)`` of some tokens alone (a clause's), its markers read by spelling.
    static func recurringSentences(_ tokens: [Token]) -> Set<Int> {
        recurringSentences(tokens) { markers.contains(tokens[$0].word) }
    }

    /// The sentences of `tokens` that schedule a routine; `isMarker(index)` says whether token
    /// `index` is one of ``markers``.
    private static func recurringSentences(_ tokens: [Token], isMarker: (Int) -> Bool) -> Set<Int> {
        var sentences = Set<Int>()
        for index in tokens.indices where isMarker(index) {
            let word = tokens[index].word
            func next(_ offset: Int) -> String? {
                index + offset < tokens.count && tokens[index + offset].sentence == tokens[index].sentence
                    ? tokens[index + offset].word : nil
            }
            let recurs: Bool
            switch word {
            case "every", "each":
                // "every Monday", "each restock", "every single case"; not "every one of them",
                // nor "until every night nurse has done it" (an end, not a routine), nor "every
                // night nurse" (people named by their shift).
                let ending = index > 0 && ["until", "till", "til"].contains(tokens[index - 1].word)
                let people = next(2).map { shiftPeople.contains($0) } == true
                recurs =
                    !ending && !people
                    && (next(1).map { occasions.contains($0) } == true
                        || (next(1) == "single" || next(1) == "other")
                            && next(2).map { occasions.contains($0) } == true)
            case "weekly", "monthly", "daily", "nightly", "fortnightly", "quarterly":
                recurs = true
            case "from":
                // "from now on", "from next week", "from this week", "from tomorrow" (review10
                // finding 12): the point a routine starts.
                recurs =
                    next(1) == "now" && next(2) == "on" || next(1) == "next"
                    || next(1) == "this" && next(2).map { ["week", "month", "quarter"].contains($0) } == true
                    || next(1).map { ["today", "tomorrow"].contains($0) } == true
            case "going", "moving":
                recurs = next(1) == "forward"
            case "next":
                recurs = next(1) == "time" && (index == 0 || tokens[index - 1].word != "the")
            case "day":
                // "the day before each case", "the day before"
                recurs = index > 0 && tokens[index - 1].word == "the" && next(1) == "before"
            default:
                recurs = false
            }
            if recurs { sentences.insert(tokens[index].sentence) }
        }
        return sentences
    }

    /// Decisive-action words in a clause that schedules a routine are the routine's clock, unless
    /// the rep sets it to the hour ("I'll email you the count every Monday by 9 a.m."): dropped.
    /// "…will be at SPD by noon the day before", "I confirm every in-service 48 hours out" are
    /// the step that prevents, not an action on this problem.
    private func dropRecurringActions(_ board: inout Board, _ recurring: Set<Int>) {
        guard board.isPresent(.decisiveAction), let finding = board.finding(.decisiveAction),
            !finding.matches.isEmpty
        else { return }
        let tokens = board.text.tokens
        let routine = Self.recurringClauses(board.clauses, tokens, in: recurring)
        let kept = finding.matches.filter { match in
            guard let found = routine.first(where: { $0.range.contains(match.range.lowerBound) }) else {
                return true
            }
            let clause = ClauseReader.fromFirstPerson(found, board.text)
            let infos = board.text.infos
            let mine = WordRole.me.rawValue | WordRole.we.rawValue
            // The rep's own step ("I'll email you…"), or what the client will get from the rep
            // ("you'll get a stock report…"); not a thing's routine ("every set will be at SPD").
            let repsStep =
                clause.subject == .me || clause.subject == .we
                || infos[match.range.lowerBound].roles & mine != 0
                || clause.range.dropLast(2).contains { index in
                    tokens[index].word == "you" && tokens[index + 1].word == "will"
                        && Self.receiving.contains(tokens[index + 2].word)
                }
            return repsStep && clause.range.contains { Self.isClock(tokens, $0) }
        }
        if kept.isEmpty {
            board.cancel(
                "decisive-action", because: "its time schedules a recurring step (prevention), not this fix")
        } else if kept.count < finding.matches.count {
            board.set("decisive-action", evidence: Grader.unique(kept).map { board.evidence(for: $0) })
        }
    }

    /// A recurring sentence that commits to something is a step against recurrence.
    private func addPrevention(_ board: inout Board, _ recurring: Set<Int>) {
        guard !board.isPresent(.prevention), board.clientRaisesProblem,
            !board.isPresent(.capitulates), !board.isPresent(.arguesBack)
        else { return }
        let tokens = board.text.tokens
        let infos = board.text.infos
        for found in Self.recurringClauses(board.clauses, tokens, in: recurring) {
            let clause =
                ClauseReader.fromOwnThing(ClauseReader.fromFirstPerson(found, board.text), board.text)
                ?? ClauseReader.fromFirstPerson(found, board.text)
            guard clause.negation == nil, !clause.question, !clause.conditional, let verb = clause.verb,
                !tokens[clause.range].allSatisfy(\.quoted)
            else { continue }
            let roles = WordRole(rawValue: infos[verb].roles)
            if !roles.isDisjoint(with: [.mental, .disown, .casual]) { continue }
            // "I'll be more careful next time", "I'll pay more attention from now on": no step.
            if Self.namesNoStep(clause, verb, tokens) { continue }
            let commits: Bool
            switch clause.subject {
            case .me, .we:
                // "I'll send…", "I'm putting…", "I confirm every in-service…" (a routine, said in
                // the present), not "I sent…".
                commits =
                    clause.future || clause.progressive || Self.presentSimple(clause, verb, tokens, infos)
            case .you:
                // "you'll get a text from me", "you'll have the report".
                commits = clause.future && Self.receiving.contains(tokens[verb].word)
            case .party, .other:
                // "every loaner of mine will be at SPD by noon the day before"; not a person's
                // follow-up ("my manager will be in touch going forward"). The rep's own things
                // in the present after the point the routine starts count too: "from this week
                // my revision sets go to SPD by noon the day before" (review10 finding 12).
                let notPerson = !clause.subjectRange.contains {
                    infos[$0].roles & WordRole.person.rawValue != 0
                }
                commits =
                    notPerson
                    && (clause.future
                        || clause.subjectRange.contains { ["my", "our"].contains(tokens[$0].word) }
                            && Self.presentSimple(clause, verb, tokens, infos)
                            && Self.startsRoutine(before: clause.subjectRange.lowerBound, tokens))
            default:
                commits = false
            }
            guard commits else { continue }
            let words = board.text.quote(clause.range)
            let place = board.text.span(clause.range)
            board.add(
                "prevention",
                [Evidence(words: words, span: place, rule: board.rule("rule: commits to a recurring step"))],
                explanation: "schedules a step that stops a recurrence: “\(words)”")
            return
        }
    }

    /// Whether a commitment names no step anyone could check (review12 finding 8; the prevention
    /// and checkable-step cards: "'I'll be more careful', with no step and no promise, is
    /// neither"): a state after "be" that is not a place ("I'll be more careful next time", "we'll
    /// be more organised"; "I'll be at SPD by noon" is somewhere to be), or a verb of effort whose
    /// every word after it, times of the routine aside, is a word of degree or effort ("I'll pay
    /// more attention from now on", "I'll take more care", "I'll do better", "I'll try harder").
    static func namesNoStep(_ clause: Clause, _ verb: Int, _ tokens: [Token]) -> Bool {
        let end = clause.range.upperBound
        func effortOnly(from start: Int) -> Bool {
            let rest = (start..<end).map { tokens[$0].word }.filter { !routineWords.contains($0) }
            return !rest.isEmpty && rest.allSatisfy { effortWords.contains($0) }
        }
        // "I'll be more careful": the clause reader passes "be" as a helper, so the state's
        // first word stands as the verb.
        if !clause.progressive, verb > clause.subjectRange.upperBound,
            (clause.subjectRange.upperBound..<verb).contains(where: {
                ["be", "been"].contains(tokens[$0].word)
            })
        {
            return effortOnly(from: verb)
        }
        // "I'll do better": "do" is read as a helper, and the degree word stands as the verb.
        if effortWords.contains(tokens[verb].word) { return effortOnly(from: verb) }
        return effortVerbs.contains(tokens[verb].word) && effortOnly(from: verb + 1)
    }

    /// Verbs that promise effort when nothing but effort follows them.
    static let effortVerbs: Set<String> = ["pay", "take", "do", "try", "work", "make", "give", "put", "be"]
    /// Words of degree and effort: what "more careful", "more attention", "better" are made of.
    static let effortWords: Set<String> = [
        "more", "better", "extra", "closer", "harder", "much", "a", "lot", "bit", "little", "attention",
        "care",
        "effort", "an", "careful", "carefully", "vigilant", "attentive", "thorough", "diligent", "focused",
        "sharper", "mindful", "organised", "organized", "best", "my", "than", "before", "really", "very",
        "so", "even", "far",
    ]
    /// Words of when a routine runs, passed over when a commitment is read for its step.
    static let routineWords: Set<String> = [
        "next", "time", "from", "now", "on", "in", "future", "the", "going", "forward", "again", "onwards",
        "moving", "ever", "after", "this", "promise", "i", "you",
    ]

    /// Whether the sentence says, before `index`, when a routine starts: "from this week",
    /// "from now on", "starting Monday", "as of today".
    static func startsRoutine(before index: Int, _ tokens: [Token]) -> Bool {
        let sentence = tokens[index].sentence
        var start = index
        while start > 0, tokens[start - 1].sentence == sentence { start -= 1 }
        return (start..<index).contains { position in
            let word = tokens[position].word
            return word == "starting" || word == "from" && position + 1 < index
                || word == "as" && position + 1 < index && tokens[position + 1].word == "of"
        }
    }

    /// Whether the clause's verb follows its subject directly, in the present: "I confirm every
    /// in-service", not "I'd ask", "I'm hopeless", "I sent".
    static func presentSimple(_ clause: Clause, _ verb: Int, _ tokens: [Token], _ infos: [TokenInfo]) -> Bool
    {
        let word = tokens[verb].word
        guard infos[verb].roles & (WordRole.auxiliary.rawValue | WordRole.negation.rawValue) == 0,
            !word.hasSuffix("ed"), !ClauseReader.irregularParticiples.contains(word),
            !QuietBlameRule.pastHelpers.contains(word)
        else { return false }
        return (clause.subjectRange.upperBound..<verb).allSatisfy {
            infos[$0].roles & WordRole.adverb.rawValue != 0
        }
    }

    /// Beside an exit, a decisive action the rep takes counts ("I'll email you a summary
    /// tonight"); one handed to someone else counts only with a clock, a number, a span or a
    /// weekday in its clause ("the stents will be here at 07:00"): "my manager will call you this
    /// afternoon" is the exit's own follow-up.
    private func keepTimedActions(_ board: inout Board) {
        guard board.isPresent(.decisiveAction), let finding = board.finding(.decisiveAction),
            !finding.matches.isEmpty
        else { return }
        let text = board.text
        let tokens = text.tokens
        let mine = WordRole.me.rawValue | WordRole.we.rawValue
        let kept = finding.matches.filter { match in
            // The rep's own follow-up ("I'll email you a summary tonight") is an action.
            if text.infos[match.range.lowerBound].roles & mine != 0 { return true }
            let clauses = tokens[match.range.lowerBound].clause...tokens[match.range.upperBound - 1].clause
            var index = match.range.lowerBound
            while index > 0, clauses.contains(tokens[index - 1].clause) { index -= 1 }
            while index < tokens.count, clauses.contains(tokens[index].clause) {
                if Self.isNumber(index, in: text) || Self.spanWords.contains(index, in: text) {
                    return true
                }
                index += 1
            }
            return false
        }
        if kept.isEmpty {
            board.cancel(
                "decisive-action",
                because:
                    "beside stepping out, a follow-up without a clock is part of the exit (graceful-exit)")
        } else if kept.count < finding.matches.count {
            board.set("decisive-action", evidence: Grader.unique(kept).map { board.evidence(for: $0) })
        }
    }

    /// The clauses of `sentences` that carry a recurrence, or follow one that is nothing but its
    /// marker ("From now on, I'll…").
    static func recurringClauses(_ clauses: [Clause], _ tokens: [Token], in sentences: Set<Int>) -> [Clause] {
        var result: [Clause] = []
        var previousMarkerOnly: Int?
        for clause in clauses {
            let sentence = tokens[clause.range.lowerBound].sentence
            guard sentences.contains(sentence) else { continue }
            let marked = !recurringSentences(Array(tokens[clause.range])).isEmpty
            if marked || previousMarkerOnly == sentence { result.append(clause) }
            previousMarkerOnly = marked && clause.subject == .none && clause.range.count <= 4 ? sentence : nil
        }
        return result
    }

    /// Whether token `index` is a clock time: "9:00", "9am", "9" before "am"/"pm", "noon".
    static func isClock(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index].word
        if ["noon", "midday", "midnight"].contains(word) { return true }
        guard let first = word.utf8.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            return false
        }
        if word.contains(":") || word.hasSuffix("am") || word.hasSuffix("pm") { return true }
        if index + 1 < tokens.count && ["am", "pm"].contains(tokens[index + 1].word) { return true }
        // "by 9", "before 9": an hour after a word of deadline.
        return index > 0 && ["by", "before", "at"].contains(tokens[index - 1].word) && word.utf8.count <= 2
    }

    /// What the client will be given: "you'll get", "you'll have", "you'll hear".
    static let receiving: Set<String> = ["get", "have", "hear", "receive", "see"]

    /// Spans and days that make a follow-up specific: "within the hour", "on Monday".
    static let spans = WordClass.weekdays.union(["hour", "hours", "minute", "minutes"])
    /// ``spans`` by word number (``WordSet``).
    static let spanWords = WordSet(spans)
    /// ``numberWords`` by word number.
    static let numberWordSet = WordSet(numberWords)

    /// ``isNumber(_:)`` of token `index` of `text`, ``numberWords`` read by word number: no hashing.
    static func isNumber(_ index: Int, in text: TokenizedText) -> Bool {
        guard let first = text.tokens[index].word.utf8.first else { return false }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
            || numberWordSet.contains(index, in: text)
    }

    /// A clock time or a number: "5", "07:00", "11am", "noon", "five", "half".
    static func isNumber(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || numberWords.contains(word)
    }

    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "noon", "midday", "midnight", "half", "quarter", "twenty", "thirty", "forty", "fifteen",
    ]

    /// Words that may open a recurrence ("every", "from now on", "going forward"…).
    /// ``markers`` by word number (``WordSet``): every word of every reply is tested.
    static let markerWords = WordSet(markers)
    static let markers: Set<String> = [
        "every", "each", "weekly", "monthly", "daily", "nightly", "fortnightly", "quarterly", "from", "going",
        "moving", "next", "day",
    ]

    /// What a routine runs on: days, periods and recurring events of the work.
    /// People named by their shift after an occasion word: "every night nurse".
    static let shiftPeople: Set<String> = ["nurse", "nurses", "staff", "tech", "techs", "crew", "charge"]
    static let occasions: Set<String> = WordClass.weekdays.union([
        "week", "weekday", "month", "quarter", "morning", "evening", "night", "day", "fortnight", "case",
        "cases", "shipment",
        "restock", "visit", "session", "in", "delivery", "time", "surgery", "procedure", "shift",
    ])
}
