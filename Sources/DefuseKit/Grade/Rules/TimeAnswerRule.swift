/// `decisive-action` as the answer to "when?": after a client line that asks for a time ("When
/// will the right set be in my room?", "by when?", "I need a real time from you"), or at a
/// scenario node that expects `decisive-action`, a reply that names a clock or a day for what
/// happens next commits to it, in whatever words: "2:05 p.m., sterile and checked, in OR 6",
/// "By 00:45, so before one", "Dock by 11:50", "Yes, today. I'll send you the reference number".
/// The client's question supplies the action; the reply's time is the promise.
///
/// A time counts only in a clause that is not a question ("could I come back Thursday?" asks
/// leave), not negated ("not 11:45"), not a condition ("if it's still missing by 3"), not in the
/// past ("SPD checked it in on Monday"), not hedged ("should be there by 3, probably"), not
/// quoted, not a routine (``ScheduledStepRule``) and not someone else's step ("my manager will
/// call you by 5" hands it on). A reply that gives in or argues back takes no decisive action.
struct TimeAnswerRule: GradingRule {
    static let id = "decisive-action"
    /// ``id`` by number (``RubricID``), for the test every reply makes of it.
    static let key = RubricID.decisiveAction

    func apply(to board: inout Board) {
        guard !board.isPresent(Self.key), !board.isPresent(.capitulates), !board.isPresent(.arguesBack),
            Self.asksForTime(board), !board.opensWithReframe
        else { return }
        let tokens = board.text.tokens
        let infos = board.text.infos
        let routine = ScheduledStepRule.recurringSentences(board.text)
        let echoed = Self.clientTimes(board.client)
        var hedged = Set<Int>()
        for (index, token) in tokens.enumerated() where Self.hedges.contains(token.word) {
            // "I'd like to try it your way first: … we review it together at the end of the
            // month": a want, not a hedge on the time (play13).
            if token.word == "would", index + 1 < tokens.count,
                ["like", "love"].contains(tokens[index + 1].word)
            {
                continue
            }
            // "try it your way first": trying an approach, not a hedge on the step ("I'll try to
            // get it there by 3" still hedges).
            if ["try", "trying"].contains(token.word), index + 1 < tokens.count,
                ["it", "this", "that", "your", "out"].contains(tokens[index + 1].word)
            {
                continue
            }
            // "I won't guess": a hedge word negated refuses to hedge (review13 finding 10).
            if index > 0, tokens[index - 1].sentence == token.sentence,
                ["not", "never"].contains(tokens[index - 1].word)
            {
                continue
            }
            hedged.insert(token.sentence)
        }
        for clause in board.clauses {
            let sentence = tokens[clause.range.lowerBound].sentence
            // "Her death has to go to our complaint team today": the matter routed, whatever its
            // subject and the participles inside it (review13 finding 10).
            let routed = Self.routesToFunction(clause, tokens)
            guard !clause.question, clause.negation == nil, !clause.conditional,
                !routine.contains(sentence), !hedged.contains(sentence),
                ![.you, .yourSide].contains(clause.subject),
                routed || clause.verb.map({ infos[$0].roles & WordRole.mental.rawValue == 0 }) ?? true,
                !tokens[clause.range].allSatisfy(\.quoted),
                routed
                    || !clause.subjectRange.contains(where: {
                        infos[$0].roles & WordRole.person.rawValue != 0
                    }),
                routed || !Self.isPast(clause, tokens) || Self.reportedAlready(clause, board),
                let time = clause.range.first(where: {
                    Self.isTime(tokens, infos, $0, in: clause.range) && !Self.echoes(tokens, $0, echoed)
                }),
                !Self.tellsTheHour(tokens, time, in: clause.range)
            else { continue }
            let said = board.word(time)
            board.add(
                Self.id, quoting: clause.range, rule: "a time (“\(said)”) answers the client's “when?”",
                explanation: { "answers when with a time: “\($0)”" })
            return
        }
    }

    /// Whether the clause sends the matter to a function of the rep's company: a verb of going or
    /// sending, "to", and within four words a function that takes it ("her death has to go to our
    /// complaint handling team today", "it goes to quality this afternoon", "the case is being
    /// reported to our safety team today"). Its subject is the thing routed, not a person who
    /// acts, so a person named in it ("her death", "a death in a patient") does not make it
    /// someone else's step (review13 finding 10). With the clause's time, the duty is the step.
    static func routesToFunction(_ clause: Clause, _ tokens: [Token]) -> Bool {
        let range = clause.range
        for index in range where Self.routing.contains(tokens[index].word) {
            // A participle routes now only after a present or future "be": "it's being sent to
            // quality today", not "it was sent to quality on Monday".
            if !Self.goVerbs.contains(tokens[index].word),
                !(index > range.lowerBound && Self.presentBe.contains(tokens[index - 1].word))
            {
                continue
            }
            guard
                let to = Range(from: index + 1, upTo: min(range.upperBound, index + 3)).first(where: {
                    tokens[$0].word == "to"
                })
            else { continue }
            if Range(from: to + 1, upTo: min(range.upperBound, to + 5)).contains(where: {
                Self.functions.contains(tokens[$0].word)
            }) {
                return true
            }
        }
        return false
    }

    /// Verbs that route a matter somewhere: going, or a participle of sending after "be".
    static let routing: Set<String> = [
        "go", "goes", "going", "sent", "reported", "escalated", "passed", "routed", "filed", "forwarded",
    ]
    static let goVerbs: Set<String> = ["go", "goes", "going"]
    static let presentBe: Set<String> = ["be", "being", "is", "are", "gets", "get"]
    /// The functions a duty is routed to.
    static let functions: Set<String> = [
        "complaint", "complaints", "quality", "safety", "vigilance", "pharmacovigilance", "compliance",
        "regulatory",
    ]

    /// Whether the client's line asks for a time, or the node it comes from expects a decisive
    /// action.
    static func asksForTime(_ board: Board) -> Bool {
        // A manager asking when something happened wants a report, not a promise.
        if board.nodeExpects("objective-report") || board.client(.objectiveReport) == true { return false }
        if board.nodeExpects(Self.id) { return true }
        return board.clientAsksForTime
    }

    /// Whether the client's line itself asks for a time: "ETA?", "when will it be here?", "what
    /// time", "how long". The same for every reply to the line, so the grader reads it once per
    /// line (``Grader/ClientReading/asksForTime``) and the rule reads that.
    static func asksForTime(client: String?) -> Bool {
        guard let client, !client.isEmpty else { return false }
        let words = letterWords(client)
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            switch word {
            case "eta": return true
            // "when will it be here?", "tell me when I get my stents": a time still to come; not
            // "where, when, and who saw it".
            case "when" where futureAsks.contains(next): return true
            case "time" where index > 0 && ["what", "real", "a"].contains(words[index - 1]): return true
            case "how" where ["long", "soon"].contains(next): return true
            default: continue
            }
        }
        return false
    }

    /// Whether token `index` names a time: a clock ("2:05", "11am", "noon"), an hour after a word
    /// of deadline ("by 1", "before 5"; not a size, "6 by 40"), or the day of the next action
    /// ("today", "tonight", "tomorrow"; not "for today").
    static func isTime(_ tokens: [Token], _ infos: [TokenInfo], _ index: Int, in range: Range<Int>) -> Bool {
        // A size, not a time: "6 by 40".
        if index >= range.lowerBound + 2, tokens[index - 1].word == "by",
            WordClass.isNumber(tokens[index - 2].word)
        {
            return false
        }
        if infos[index].flags & TokenInfo.clock != 0 || ScheduledStepRule.isClock(tokens, index) {
            return true
        }
        let word = tokens[index].word
        // "by 1", "before five".
        if index > range.lowerBound, ["by", "before"].contains(tokens[index - 1].word),
            WordClass.isHour(word) || hourWords.contains(word)
        {
            return true
        }
        // play13: a deadline set by an event or the end of a period, "in your inbox before your
        // afternoon clinic", "we review it together at the end of the month".
        if deadline(tokens, index, from: range.lowerBound) { return true }
        // "today", not "for today" (leaving it there).
        return days.contains(word)
            && (index == range.lowerBound
                || !["for", "till", "until", "of"].contains(tokens[index - 1].word))
    }

    /// Whether token `index` ends a deadline told by an event or by the end of a period
    /// (play13): "before"/"by" and a possessive or article, then up to two words, then an event
    /// of the client's day ("before your afternoon clinic", "by the committee meeting", "before
    /// his list"); or "by/at/before/until (the) end of (the) day/week/month/shift/quarter".
    /// Not "after your clinic" (no deadline), not a bare "before the case" told as a routine
    /// (the caller leaves out routines), and not "the end of it".
    static func deadline(_ tokens: [Token], _ index: Int, from lower: Int) -> Bool {
        let word = tokens[index].word
        if periods.contains(word) {
            // "(by|at|before|until) (the)? end of (the|this)? month"
            var at = index - 1
            if at >= lower, ["the", "this"].contains(tokens[at].word) { at -= 1 }
            guard at - 1 >= lower, tokens[at].word == "of", tokens[at - 1].word == "end" else { return false }
            at -= 2
            if at >= lower, tokens[at].word == "the" { at -= 1 }
            return at >= lower && deadlineWords.contains(tokens[at].word)
        }
        guard events.contains(word) else { return false }
        // "before your (afternoon)? clinic": the possessive or article, then at most two words.
        var at = index - 1
        var between = 0
        while at >= lower, between < 2,
            !["your", "the", "his", "her", "their", "our", "my"].contains(tokens[at].word)
        {
            if ["by", "before", "after", "until", "till"].contains(tokens[at].word) { return false }
            at -= 1
            between += 1
        }
        guard at - 1 >= lower, ["your", "the", "his", "her", "their", "our", "my"].contains(tokens[at].word)
        else { return false }
        return ["by", "before"].contains(tokens[at - 1].word)
    }

    /// Events of the client's day that set a deadline after "before"/"by" (``deadline(_:_:from:)``).
    static let events: Set<String> = [
        "clinic", "case", "list", "meeting", "committee", "shift", "rounds", "huddle", "surgery", "procedure",
        "session", "conference", "vote", "start", "handover", "debrief", "review", "visit",
    ]
    /// Periods whose end is a deadline ("by the end of the week").
    static let periods: Set<String> = ["day", "week", "month", "shift", "quarter"]
    /// Words that set a deadline before "the end of…".
    static let deadlineWords: Set<String> = ["by", "at", "before", "until", "till"]

    /// Whether the time is only what the hour is now: "it" and "is" before it, with nothing
    /// between but words of nearness ("It's nearly midnight", "it's gone eleven", "it is 23:40
    /// already"): a remark on the hour, no step (review11 finding 14). The minutes of the hour
    /// said in words are part of it ("it's twenty to midnight", "it's quarter past midnight",
    /// "it is ten minutes to 12pm": review12 finding 9). "It'll be on your dock by 11:40" has a
    /// future and a step between, and still counts.
    static func tellsTheHour(_ tokens: [Token], _ time: Int, in range: Range<Int>) -> Bool {
        guard
            let it = (range.lowerBound..<time).last(where: {
                tokens[$0].word == "it" && $0 + 1 < time && ["is", "was"].contains(tokens[$0 + 1].word)
            })
        else { return false }
        return ((it + 2)..<time).allSatisfy {
            nearHour.contains(tokens[$0].word) || minutesOfHour.contains(tokens[$0].word)
                || WordClass.isNumber(tokens[$0].word)
        }
    }

    /// Words that say the minutes of an hour told in words: "twenty to", "quarter past", "ten
    /// minutes to", "half past" (the numbers themselves are read by ``WordClass/isNumber(_:)``).
    static let minutesOfHour: Set<String> = ["quarter", "half", "minutes", "minute", "a", "mins", "min"]

    /// Words between "it is" and the hour that only say how near it is.
    static let nearHour: Set<String> = [
        "nearly", "almost", "already", "just", "past", "gone", "about", "around", "after", "well", "now",
        "only",
        "coming", "up", "on", "getting", "close", "to", "practically", "literally",
    ]

    /// Whether the clause is told in the past: "SPD checked it in on Monday", "it was there by 9";
    /// not "it's confirmed for 3 p.m." (a state now).
    /// A report the rep has already made, answering a line that asks to hold it back, at a node
    /// that asks for action: "let's not open a complaint" … "I filed it at 10:50", "we reported it
    /// to complaint handling at 09:30" (review10 finding 11). Done, with its time, it is the
    /// decisive step the node asks for. Told to a surgeon who asks what happens now, the same
    /// words report what happened (set-U U042), and any other past ("SPD checked it in on
    /// Monday", "I dropped the set at 4:40") stays a report.
    static func reportedAlready(_ clause: Clause, _ board: Board) -> Bool {
        guard board.nodeExpects(Self.id), board.client("delays-reporting") == true,
            clause.subject == .me || clause.subject == .we, let verb = clause.verb
        else { return false }
        let tokens = board.text.tokens
        let word = tokens[verb].word
        if word == "called" || word == "rang" || word == "phoned" {
            // "I called it in", not "I called you at 9".
            return verb + 2 < clause.range.upperBound && tokens[verb + 2].word == "in"
        }
        return reportingVerbs.contains(word)
    }

    static let reportingVerbs: Set<String> = [
        "filed", "reported", "logged", "lodged", "submitted", "escalated", "raised", "opened",
    ]

    static func isPast(_ clause: Clause, _ tokens: [Token]) -> Bool {
        guard !clause.future, !clause.progressive else { return false }
        if clause.range.contains(where: {
            (QuietBlameRule.pastHelpers.contains(tokens[$0].word) || pastWords.contains(tokens[$0].word))
                && !toldByOther($0, clause, tokens)
        }) {
            return true
        }
        guard let verb = clause.verb, tokens[verb].word.hasSuffix("ed") else { return false }
        return !(clause.range.lowerBound..<verb).contains {
            ["is", "are", "am", "be", "been", "being", "get", "gets"].contains(tokens[$0].word)
        }
    }

    /// Whether the past word at `index` is another person's, told in a clause hung on the rep's
    /// step (stop 44, training KF): "I report it before 12:00 today with what you just told
    /// me", "I bring the set she asked for by 3". The rep's step is still to come.
    static func toldByOther(_ index: Int, _ clause: Clause, _ tokens: [Token]) -> Bool {
        guard let verb = clause.verb, index > verb + 1 else { return false }
        var at = index - 1
        if ["just", "already", "only"].contains(tokens[at].word) { at -= 1 }
        guard at > verb, Self.otherSubjects.contains(tokens[at].word) else { return false }
        return at - 1 > verb && Self.relatives.contains(tokens[at - 1].word)
    }

    /// Subjects of a clause hung on the rep's step that are not the rep.
    static let otherSubjects: Set<String> = ["you", "he", "she", "they", "we"]
    /// Words that open a clause hung on a noun or a verb: "what you told me", "the set she asked for".
    static let relatives: Set<String> = [
        "what", "that", "which", "everything", "whatever", "set", "tray", "one",
    ]

    /// The client's own times, in lower case ("11:45", "tomorrow", "one"): said back, they are
    /// heard, not promised ("I know three PCIs tomorrow…").
    static func clientTimes(_ client: String?) -> Set<String> {
        guard let client else { return [] }
        return Set(timeWords(client))
    }

    /// `line`'s words in lower case, split at every character that is not a letter ("ETA?" →
    /// "eta").
    static func letterWords(_ line: String) -> [String] {
        lowercasedWords(
            line, byteSeparator: { !(asciiLetters ~= $0 || asciiCapitals ~= $0) }, separator: { !$0.isLetter }
        )
    }

    /// `line`'s words in lower case, split at white space and `,.?!;"` only, so that times hold
    /// together ("11:45", "9am").
    static func timeWords(_ line: String) -> [String] {
        lowercasedWords(
            line, byteSeparator: { (0x09...0x0D).contains($0) || ", .?!;\"".utf8.contains($0) },
            separator: { $0.isWhitespace || ",.?!;\"".contains($0) })
    }

    /// `line` in lower case, split into words where `separator` holds, as
    /// `line.lowercased().split(whereSeparator: separator)` splits it.
    ///
    /// A line of ASCII alone (nearly every client line) is split by its bytes, where
    /// `byteSeparator` must hold for exactly the ASCII characters `separator` holds for: ASCII has
    /// no combining marks, so its characters are its bytes and the words come out the same. Any
    /// other line goes through `Character`, which costs some 300 instructions a character: for a
    /// client line read with every reply, a tenth of the reply's grading.
    static func lowercasedWords(
        _ line: String, byteSeparator: (UInt8) -> Bool, separator: (Character) -> Bool
    ) -> [String] {
        guard line.utf8.allSatisfy({ $0 < 0x80 }) else {
            return line.lowercased().split(whereSeparator: separator).map(String.init)
        }
        var words: [String] = []
        var word: [UInt8] = []
        for byte in line.utf8 {
            if !byteSeparator(byte) {
                word.append(asciiCapitals ~= byte ? byte + 32 : byte)
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    static let asciiLetters = UInt8(ascii: "a")...UInt8(ascii: "z")
    static let asciiCapitals = UInt8(ascii: "A")...UInt8(ascii: "Z")

    /// Whether the time at `index` only says back one of the client's ("the 11:45 induction"),
    /// rather than setting a deadline of the rep's ("by 1").
    static func echoes(_ tokens: [Token], _ index: Int, _ echoed: Set<String>) -> Bool {
        guard echoed.contains(tokens[index].word) else { return false }
        // "before your clinic" sets the rep's deadline by the client's own event.
        if deadline(tokens, index, from: max(0, index - 5)) { return false }
        return index == 0 || !["by", "before", "at"].contains(tokens[index - 1].word)
    }

    /// Words after "when" that ask about what is still to come.
    static let futureAsks: Set<String> = [
        "will", "can", "do", "does", "is", "are", "am", "could", "would", "should", "i", "we", "it", "they",
        "the", "my", "exactly",
    ]

    static let days: Set<String> = ["today", "tonight", "tomorrow", "tmrw", "tmr"]

    static let hourWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]

    /// Words that leave the time open: "should be there by 3", "maybe tomorrow".
    static let hedges: Set<String> = [
        "should", "might", "may", "maybe", "probably", "hopefully", "possibly", "perhaps", "try", "trying",
        "hope", "guess", "ish", "could", "would", "sometime", "someday", "soon", "asap", "depends", "early",
        "eventually", "later",
    ]

    /// Irregular past verbs and words of past time.
    static let pastWords: Set<String> = [
        "told", "sent", "left", "got", "brought", "caught", "knew", "thought", "saw", "heard", "rang",
        "spoke",
        "wrote", "made", "found", "ago", "yesterday", "last",
    ]
}
