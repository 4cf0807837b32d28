/// `delays-reporting` said as a report put to a later day, or on a condition: after a line, or
/// in a reply, that names a device problem or a harm (a misfire, a crack, a bleed, a death, a
/// device about to be binned), the rep promises the report or the dealing with it at a time
/// past today ("I'll sort it out with my side later in the week", "I'll raise it at our Monday
/// huddle", "I'll write it up after the weekend"), or makes it wait on the fault coming back
/// ("If it happens again I'll open a complaint then"). The time is read by its kind (a weekday,
/// "next…", "later in the week", "after the weekend", a date, a meeting), not by the sentence.
///
/// compliance6: the later time may be any meeting or period named after a preposition ("I'll
/// note it in my quarterly review", "until after the quarter closes", "at the business
/// review": ``laterEvent(in:_:)``), and the report may be held rather than made ("we'll keep the
/// complaint side of it for the next time quality visits": a verb of holding whose object is the
/// report, ``holds(at:before:_:)``).
///
/// Not a report made today ("I'm filing it today; the engineers' findings come next week"), not
/// the replacement stock on a later day ("I'll send new reloads Monday": the verb must be a
/// report's, or a verb of dealing with "it" or the complaint), and not when nothing in the line
/// or the reply names a problem.
struct LaterReportRule: GradingRule {
    static let id = "delays-reporting"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.delaysReporting

    /// Verbs that are a report in themselves.
    static let reporting: Set<String> = [
        "report", "file", "log", "raise", "flag", "escalate", "lodge", "submit", "mention", "open", "write",
        "note", "record", "document",
    ]
    /// Verbs of holding something back: a delay when their object is the report (``holds(at:before:_:)``).
    static let holding: Set<String> = ["keep", "save", "hold", "park", "leave"]
    /// What a report is called, as the object of a verb of holding.
    static let reportNouns: Set<String> = [
        "complaint", "report", "paperwork", "form", "incident", "it", "this", "that", "reporting", "filing",
    ]
    /// Prepositions that put an act at a later event ("at the review", "until after the quarter").
    static let eventPrepositions: Set<String> = ["at", "in", "during", "until", "till", "after", "for"]
    /// Meetings and periods: after one of ``eventPrepositions`` they put the act off to them.
    static let events: Set<String> = [
        "review", "reviews", "meeting", "meetings", "huddle", "debrief", "catchup", "quarter", "qbr", "sync",
        "visit", "standup",
    ]
    /// Verbs of dealing with something: a report when their object is the event or the complaint.
    static let dealing: Set<String> = [
        "sort", "deal", "handle", "follow", "pass", "take", "bring", "put", "send", "look", "chase", "go",
    ]
    static let objects: Set<String> = [
        "it", "this", "that", "complaint", "report", "paperwork", "incident", "form", "failure", "misfire",
        "event",
    ]
    /// Words of a device problem or a harm, in the client's line or the reply.
    static let problems: Set<String> = [
        "complaint", "misfire", "misfired", "misfiring", "misfires", "failed", "failure", "fails", "cracked",
        "crack", "broke", "broken", "died", "death", "dead", "haematoma", "hematoma", "bleed", "bleeding",
        "bled",
        "injury", "injured", "harm", "harmed", "defect", "defective", "fault", "faulty", "leak", "leaked",
        "leaking", "jammed", "malfunction", "malfunctioned", "bin", "binned", "throw", "incident", "adverse",
        "reportable", "reload", "fired", "snapped", "burn", "burned", "infection",
    ]
    /// Times past today.
    static let weekdays = WordClass.weekdays.union(["mondays", "weekend", "fortnight"])
    static let later = BreachShapes.phrases([
        "later in the week", "later this week", "later that week", "next week", "next month", "next time",
        "end of the week", "end of the month", "end of the quarter", "in a few days", "in a couple of days",
        "in a day or two", "at the meeting", "at our meeting", "at the huddle", "at our huddle",
        "at the review",
        "at our review", "next quarter", "when i am next in", "when i am back in", "later on",
    ])
    /// Words of a recurrence: the report waits on the fault coming back.
    static let recurrence: Set<String> = ["again", "recurs", "repeats", "twice", "worse"]
    /// A report made now.
    static let now: Set<String> = ["today", "tonight", "now", "already", "immediately", "straight", "asap"]

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key) else { return }
        let text = board.text
        let tokens = text.tokens
        guard Self.problemNamed(board), !Self.reportsNow(board) else { return }
        if Self.waitsOnRecurrence(&board) { return }
        let clauses = board.clauses
        for clause in clauses
        where (clause.subject == .me || clause.subject == .we) && clause.negation == nil && !clause.question
            && !tokens[clause.range].contains(where: \.quoted) && (clause.future || clause.ability)
        {
            let range = clause.range
            guard
                let verb = range.first(where: { Self.reporting.contains(tokens[$0].word) })
                    ?? range.first(where: {
                        Self.deals(at: $0, before: range.upperBound, tokens)
                            || Self.holds(at: $0, before: range.upperBound, tokens)
                    })
            else { continue }
            // The time of this clause's act ("I'll file it within the hour, … and call you
            // Friday" files today).
            let rest = verb..<range.upperBound
            if rest.contains(where: { Self.now.contains(tokens[$0].word) }) { continue }
            let dated = rest.contains {
                Self.weekdays.contains(tokens[$0].word) || Self.isDate(tokens[$0].word)
            }
            let laterOn =
                BreachShapes.contains(Self.later, in: rest, tokens) || Self.laterEvent(in: rest, tokens)
            guard dated || laterOn else { continue }
            board.add(
                Self.id, quoting: range,
                rule: "the report put to a later day"
            ) { "puts the report off: “\($0)”" }
            return
        }
    }

    /// "If it happens again I'll open a complaint then": a sentence whose condition names the
    /// fault coming back, and then the rep's report ("I"/"we" with "will"/"would"/"can" and a
    /// verb of reporting, or of dealing with "it"). Adds the verdict and says whether it did.
    static func waitsOnRecurrence(_ board: inout Board) -> Bool {
        let tokens = board.text.tokens
        var index = 0
        while index < tokens.count {
            let sentence = BreachShapes.sentence(of: index, tokens)
            index = sentence.upperBound
            guard !tokens[sentence.lowerBound].question,
                let condition = sentence.first(where: {
                    ["if", "once", "unless", "should"].contains(tokens[$0].word)
                }),
                let again = (condition..<sentence.upperBound).first(where: {
                    recurrence.contains(tokens[$0].word)
                }),
                !sentence.contains(where: { now.contains(tokens[$0].word) || tokens[$0].quoted })
            else { continue }
            for subject in again..<max(again, sentence.upperBound - 2)
            where ["i", "we"].contains(tokens[subject].word)
                && ["will", "would", "can", "shall"].contains(tokens[subject + 1].word)
            {
                let verb =
                    subject + 2 < sentence.upperBound && tokens[subject + 2].word == "then"
                    ? subject + 3 : subject + 2
                guard verb < sentence.upperBound else { continue }
                let word = tokens[verb].word
                let reports = reporting.contains(word) || deals(at: verb, before: sentence.upperBound, tokens)
                guard reports else { continue }
                board.add(
                    id, quoting: subject..<sentence.upperBound,
                    rule: "the report waits on the fault coming back"
                ) { "makes the report wait on a second failure: “\($0)”" }
                return true
            }
        }
        return false
    }

    /// Whether the client's line or the reply names a device problem or a harm.
    /// The client's line is read once per line (``Grader/ClientReading/namesProblem``), not once
    /// per reply.
    static func problemNamed(_ board: Board) -> Bool {
        problemWords.any(in: board.text.tokens.indices, of: board.text) || board.clientNamesProblem
    }
    /// ``problems`` read by word number (every reply asks: by spelling it cost ~10 k instructions).
    static let problemWords = WordSet(problems)

    /// Whether the client's line names a device problem or a harm. Its words are split by bytes
    /// when the line is ASCII (``TimeAnswerRule/letterWords(_:)``).
    static func namesProblem(client: String?) -> Bool {
        client.map { TimeAnswerRule.letterWords($0).contains(where: problems.contains) } ?? false
    }

    /// Whether token `index` is a verb of dealing with the event: "sort it", "deal with it",
    /// "follow up on the complaint", "look into it".
    static func deals(at index: Int, before end: Int, _ tokens: [Token]) -> Bool {
        guard dealing.contains(tokens[index].word) else { return false }
        var next = index + 1
        while next < end, next <= index + 2,
            ["with", "into", "on", "up", "through", "to"].contains(tokens[next].word)
        {
            next += 1
        }
        return next < end && objects.contains(tokens[next].word)
    }

    /// Whether token `index` holds the report back: a verb of holding with the report, or a
    /// pronoun for it, within the next three words ("keep the complaint side of it", "hold it").
    static func holds(at index: Int, before end: Int, _ tokens: [Token]) -> Bool {
        guard holding.contains(tokens[index].word) else { return false }
        return Range(from: index + 1, upTo: min(end, index + 4)).contains {
            reportNouns.contains(tokens[$0].word)
        }
    }

    /// Whether `range` puts an act at a later meeting or period: one of ``eventPrepositions``
    /// with one of ``events`` within the next four words ("in my quarterly review", "after the
    /// quarter", "at the business review").
    static func laterEvent(in range: Range<Int>, _ tokens: [Token]) -> Bool {
        range.contains { index in
            eventPrepositions.contains(tokens[index].word)
                && Range(from: index + 1, upTo: min(range.upperBound, index + 5)).contains {
                    events.contains(tokens[$0].word)
                }
        }
    }

    /// "14th", "3rd": a date.
    static func isDate(_ word: String) -> Bool {
        guard word.count >= 3, let first = word.first, first.isNumber else { return false }
        return ["st", "nd", "rd", "th"].contains { word.hasSuffix($0) }
            && word.dropLast(2).allSatisfy(\.isNumber)
    }

    /// Times later today.
    static let soon = BreachShapes.phrases([
        "within the hour", "this afternoon", "this morning", "this evening", "before noon", "by noon",
        "before i leave", "in an hour", "the same day", "same day",
    ])

    /// Whether the rep reports with a time of now ("I'm filing it today"), or says the report goes
    /// to the body that handles it now ("it goes to complaint handling this afternoon").
    static func reportsNow(_ board: Board) -> Bool {
        let tokens = board.text.tokens
        return board.clauses.contains { clause in
            // "it goes to complaint handling this afternoon": the body and the time in one clause.
            if clause.negation == nil, !clause.question, !clause.conditional,
                !tokens[clause.range].contains(where: \.quoted),
                clause.range.contains(where: { WaivedReportRule.bodies.contains(tokens[$0].word) }),
                clause.range.contains(where: { now.contains(tokens[$0].word) })
                    || BreachShapes.contains(soon, in: clause.range, tokens)
            {
                return true
            }
            return BreachShapes.ownPlainAct(clause, tokens)
                && clause.range.contains { WaivedReportRule.reporting.contains(tokens[$0].word) }
                && {
                    let sentence = BreachShapes.sentence(of: clause.range.lowerBound, tokens)
                    return sentence.contains { now.contains(tokens[$0].word) }
                        || BreachShapes.contains(soon, in: sentence, tokens)
                }()
        }
    }
}
